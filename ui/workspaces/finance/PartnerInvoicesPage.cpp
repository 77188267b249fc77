// PartnerInvoicesPage: invoice list, filters, detail with lines and reminders, mark paid, CSV.
#include "PartnerInvoicesPage.h"

#include "FinanceLabels.h"
#include "MoneyDelegate.h"
#include "SplitterRatio.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "RecordDetailPane.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ey::desk::finance {

namespace {

QString text(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

qint64 number(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toInteger();
}

QString statusLabel(const QString& status)
{
    if (status == QStringLiteral("pending"))
        return PartnerInvoicesPage::tr("Belum dibayar");
    if (status == QStringLiteral("awaiting_confirmation"))
        return PartnerInvoicesPage::tr("Perlu konfirmasi");
    if (status == QStringLiteral("paid"))
        return PartnerInvoicesPage::tr("Lunas");
    if (status == QStringLiteral("rejected"))
        return PartnerInvoicesPage::tr("Ditolak");
    if (status == QStringLiteral("cancelled"))
        return PartnerInvoicesPage::tr("Dibatalkan");
    return status;
}

QColor statusColour(const QString& status, bool overdue)
{
    if (status == QStringLiteral("paid"))
        return QColor(QStringLiteral("#16A34A"));
    if (overdue)
        return QColor(QStringLiteral("#DC2626"));
    if (status == QStringLiteral("pending"))
        return QColor(QStringLiteral("#D97706"));
    return QColor(QStringLiteral("#6B7280"));
}

/// "Oktober 2026" for a whole calendar month, else "1 Okt 2026 – 15 Okt 2026".
QString period(const QJsonObject& invoice)
{
    const QDate start = QDate::fromString(text(invoice, "period_start"), Qt::ISODate);
    const QDate end = QDate::fromString(text(invoice, "period_end"), Qt::ISODate);
    if (!start.isValid())
        return QStringLiteral("\u2014");
    if (end.isValid() && start.day() == 1 && end == start.addMonths(1).addDays(-1))
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    return QStringLiteral("%1 \u2013 %2").arg(QLocale().toString(start, QStringLiteral("d MMM yyyy")),
                                             QLocale().toString(end, QStringLiteral("d MMM yyyy")));
}

QString lineKind(const QString& kind)
{
    if (kind == QStringLiteral("report"))
        return PartnerInvoicesPage::tr("Laporan");
    if (kind == QStringLiteral("executive"))
        return PartnerInvoicesPage::tr("Ringkasan eksekutif");
    return kind;
}

QString channelLabel(const QString& channel)
{
    if (channel == QStringLiteral("email"))
        return PartnerInvoicesPage::tr("Email");
    if (channel == QStringLiteral("whatsapp"))
        return PartnerInvoicesPage::tr("WhatsApp");
    if (channel == QStringLiteral("in_app"))
        return PartnerInvoicesPage::tr("Aplikasi");
    return channel;
}

QString reminderStatus(const QString& status)
{
    if (status == QStringLiteral("scheduled") || status == QStringLiteral("pending"))
        return PartnerInvoicesPage::tr("Terjadwal");
    if (status == QStringLiteral("sent"))
        return PartnerInvoicesPage::tr("Terkirim");
    if (status == QStringLiteral("cancelled"))
        return PartnerInvoicesPage::tr("Dibatalkan");
    if (status == QStringLiteral("failed"))
        return PartnerInvoicesPage::tr("Gagal");
    return status;
}

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("number"), [] { return PartnerInvoicesPage::tr("Nomor"); }},
        {QStringLiteral("partner_institution"), [] { return PartnerInvoicesPage::tr("Partner"); }},
        {QStringLiteral("period_start"), [] { return PartnerInvoicesPage::tr("Periode"); },
         [](const QJsonObject& item) { return QVariant(period(item)); }},
        {QStringLiteral("amount"), [] { return PartnerInvoicesPage::tr("Jumlah"); },
         [](const QJsonObject& item) {
             return QVariant(FinanceLabels::money(number(item, "amount")));
         }},
        {QStringLiteral("due_at"), [] { return PartnerInvoicesPage::tr("Jatuh tempo"); },
         [](const QJsonObject& item) {
             return QVariant(text(item, "due_at").isEmpty()
                                 ? QStringLiteral("\u2014")
                                 : FinanceLabels::date(text(item, "due_at")));
         }},
        {QStringLiteral("status"), [] { return PartnerInvoicesPage::tr("Status"); },
         [](const QJsonObject& item) {
             return QVariant(PartnerInvoicesPage::isOverdue(item)
                                 ? PartnerInvoicesPage::tr("Lewat jatuh tempo")
                                 : statusLabel(text(item, "status")));
         }},
    };
}

/// Due date and status in red while an invoice is overdue; the status always in its colour.
class InvoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QJsonObject item = index.data(PagedTableModel::ItemRole).toJsonObject();
        const bool overdue = PartnerInvoicesPage::isOverdue(item);
        if (index.column() == PartnerInvoicesPage::Due && overdue) {
            option->palette.setColor(QPalette::Text, QColor(QStringLiteral("#DC2626")));
            option->font.setBold(true);
        } else if (index.column() == PartnerInvoicesPage::Status) {
            option->palette.setColor(QPalette::Text,
                                     statusColour(text(item, "status"), overdue).darker(115));
            option->font.setBold(true);
        }
    }
};

QTableWidget* smallTable(int columns, QWidget* parent, const char* name)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setMinimumHeight(120);
    return table;
}

QString csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

} // namespace

bool PartnerInvoicesPage::isOverdue(const QJsonObject& invoice)
{
    const QString status = text(invoice, "status");
    if (status != QStringLiteral("pending") && status != QStringLiteral("awaiting_confirmation"))
        return false;
    const QDateTime due = QDateTime::fromString(text(invoice, "due_at"), Qt::ISODateWithMs);
    return due.isValid() && due < QDateTime::currentDateTimeUtc();
}

PartnerInvoicesPage::PartnerInvoicesPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("partnerInvoicesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("invoiceStatusFilter"));
    for (const char* status : {"", "pending", "awaiting_confirmation", "paid", "cancelled"})
        m_status->addItem(QString(), QString::fromLatin1(status));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("invoicePartnerFilter"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->setMinimumWidth(240);
    m_partner->addItem(QString(), QString());
    m_partner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("invoiceExport"));
    bar->addWidget(m_status);
    bar->addWidget(m_partner);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("invoiceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/finance/partner-invoices"),
                                  columns(), this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setItemDelegate(new InvoiceDelegate(m_table));
    m_table->setItemDelegateForColumn(Amount, new MoneyDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(Partner, QHeaderView::Stretch);
    const int widths[ColumnCount] = {150, 160, 112, 105, 100, 125};
    for (int column = 0; column < ColumnCount; ++column)
        if (column != Partner)
            m_table->setColumnWidth(column, widths[column]);

    m_pane = new RecordDetailPane(QStringLiteral("invoice"), 6, m_splitter);
    auto* detail = m_pane->body();
    m_linesTitle = new QLabel(m_pane->detail());
    m_linesTitle->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    detail->addWidget(m_linesTitle);
    m_lines = smallTable(5, m_pane->detail(), "invoiceLines");
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    detail->addWidget(m_lines);
    m_remindersTitle = new QLabel(m_pane->detail());
    m_remindersTitle->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    detail->addWidget(m_remindersTitle);
    m_reminders = smallTable(4, m_pane->detail(), "invoiceReminders");
    m_reminders->setMinimumHeight(90);
    m_reminders->horizontalHeader()->setStretchLastSection(true);
    detail->addWidget(m_reminders);
    m_error = new QLabel(m_pane->detail());
    m_error->setObjectName(QStringLiteral("invoiceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #991B1B;"));
    m_error->setVisible(false);
    detail->addWidget(m_error);
    m_payBox = new QWidget(m_pane->detail());
    auto* payLayout = new QVBoxLayout(m_payBox);
    payLayout->setContentsMargins(0, 8, 0, 0);
    m_payTitle = new QLabel(m_payBox);
    m_payTitle->setWordWrap(true);
    m_note = new QLineEdit(m_payBox);
    m_note->setObjectName(QStringLiteral("invoicePaidNote"));
    m_note->setMaxLength(500);
    m_pay = new QPushButton(m_payBox);
    m_pay->setObjectName(QStringLiteral("invoicePaidButton"));
    m_pay->setStyleSheet(QStringLiteral(
        "QPushButton { background: #16A34A; color: white; padding: 5px 14px; border-radius: 4px; }"
        "QPushButton:disabled { background: #9CA3AF; }"));
    auto* payRow = new QHBoxLayout;
    payRow->addWidget(m_note, 1);
    payRow->addWidget(m_pay);
    payLayout->addWidget(m_payTitle);
    payLayout->addLayout(payRow);
    detail->addWidget(m_payBox);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_ratio = new SplitterRatio(m_splitter, 0.55);

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(250);
    connect(&m_liveReload, &QTimer::timeout, this, [this] {
        m_model->reload();
        if (!m_current.isEmpty())
            fetchDetail(text(m_current, "id"));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &PartnerInvoicesPage::applyFilter);
    connect(m_partner, &QComboBox::activated, this, &PartnerInvoicesPage::applyFilter);
    connect(m_partner->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_partner->findText(m_partner->currentText()) < 0)
            m_partner->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { open(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    open(current.row());
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        // Finance staff may not list partners (partner.manage): the invoices name theirs.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QJsonObject item = m_model->item(row);
            if (m_partner->findData(text(item, "partner_id")) < 0) {
                const QSignalBlocker block(m_partner);
                m_partner->addItem(text(item, "partner_institution"), text(item, "partner_id"));
            }
        }
        m_count->setText(tr("%n tagihan", nullptr, m_model->rowCount()) +
                         (m_model->hasMore() ? QStringLiteral("+") : QString()));
        const QString wanted = m_selectId.isEmpty() ? text(m_current, "id") : m_selectId;
        for (int row = 0; row < m_model->rowCount() && !wanted.isEmpty(); ++row) {
            if (text(m_model->item(row), "id") == wanted) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
        m_selectId.clear();
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const ApiError& failure) { m_count->setText(failure.detail); });
    connect(m_pay, &QPushButton::clicked, this, &PartnerInvoicesPage::markPaid);
    connect(m_export, &QPushButton::clicked, this, &PartnerInvoicesPage::exportCsv);
    retranslateUi();
    // Unpaid invoices are the work.
    setStatusFilter(QStringLiteral("pending"));
}

PartnerInvoicesPage::~PartnerInvoicesPage() = default;

void PartnerInvoicesPage::retranslateUi()
{
    const QStringList statuses = {tr("Semua status"), tr("Belum dibayar"), tr("Perlu konfirmasi"),
                                  tr("Lunas"), tr("Dibatalkan")};
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i, statuses[i]);
    m_partner->setItemText(0, tr("Semua partner"));
    m_partner->lineEdit()->setPlaceholderText(tr("Cari partner… (Ctrl+L)"));
    m_export->setText(tr("Ekspor CSV"));
    m_export->setToolTip(tr("Simpan daftar tagihan dengan filter ini sebagai CSV (Ctrl+E)"));
    m_pane->placeholder()->setText(tr("Pilih tagihan untuk melihat rincian, baris dan pengingatnya."));
    const QStringList labels = {tr("Partner"),      tr("Periode"), tr("Jumlah"),
                                tr("Jatuh tempo"), tr("Dibayar"), tr("Catatan")};
    m_pane->setFieldLabels(labels);
    m_linesTitle->setText(tr("Rincian tagihan"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Klien"), tr("Acara"), tr("Jenis"), tr("Jumlah"), tr("Tanggal")});
    m_remindersTitle->setText(tr("Pengingat"));
    m_reminders->setHorizontalHeaderLabels(
        {tr("Jadwal"), tr("Saluran"), tr("Status"), tr("Terkirim")});
    m_payTitle->setText(tr("Transfer partner sudah masuk? Tandai lunas (pengingat berikutnya "
                           "dibatalkan, partner diberi tahu):"));
    m_note->setPlaceholderText(tr("Catatan (opsional), mis. ref. transfer BCA 123456"));
    m_pay->setText(tr("Tandai &lunas…"));
    m_model->retranslate();
    if (!m_current.isEmpty())
        showDetail(m_current);
}

void PartnerInvoicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PartnerInvoicesPage::setStatusFilter(const QString& status)
{
    const int index = m_status->findData(status);
    if (index >= 0 && index != m_status->currentIndex())
        m_status->setCurrentIndex(index);
}

QString PartnerInvoicesPage::statusFilter() const
{
    return m_status->currentData().toString();
}

void PartnerInvoicesPage::reload()
{
    if (!m_partnersLoaded) {
        m_partnersLoaded = true;
        loadPartners();
    }
    m_model->reload();
    if (!m_current.isEmpty())
        fetchDetail(text(m_current, "id"));
}

void PartnerInvoicesPage::focusSearch()
{
    m_partner->setFocus();
    m_partner->lineEdit()->selectAll();
}

void PartnerInvoicesPage::loadPartners()
{
    // Only post-paid partners are ever invoiced.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_context.api.get(
        QStringLiteral("/api/v1/admin/partners"), query, this,
        [this](const ApiResponse& response) {
            const QSignalBlocker block(m_partner);
            for (const QJsonValue& value :
                 response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject partner = value.toObject();
                if (text(partner, "payment_model") == QStringLiteral("before_payment") &&
                    m_partner->findData(text(partner, "id")) < 0)
                    m_partner->addItem(text(partner, "institution"), text(partner, "id"));
            }
        },
        // Without partner.manage the list is refused: the invoices' own partners fill the filter.
        [](const ApiError&) {});
}

void PartnerInvoicesPage::applyFilter()
{
    QUrlQuery query;
    if (!statusFilter().isEmpty())
        query.addQueryItem(QStringLiteral("status"), statusFilter());
    if (!m_partner->currentData().toString().isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partner->currentData().toString());
    m_model->setFilter(query);
}

void PartnerInvoicesPage::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_table->currentIndex().row() != row) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    m_error->setVisible(false);
    m_note->clear();
    const QJsonObject item = m_model->item(row);
    // The list row has no lines: show what is known at once, then the full invoice.
    if (text(item, "id") != text(m_current, "id")) {
        m_lines->setRowCount(0);
        m_reminders->setRowCount(0);
    }
    showDetail(item);
    fetchDetail(text(item, "id"));
}

void PartnerInvoicesPage::fetchDetail(const QString& id)
{
    m_context.api.get(
        QStringLiteral("/api/v1/finance/partner-invoices/%1").arg(id), {}, this,
        [this, id](const ApiResponse& response) {
            if (id != text(m_current, "id"))
                return;
            showDetail(response.object());
            emit detailLoaded(response.object());
        },
        [this](const ApiError& failure) { showError(failure); });
}

void PartnerInvoicesPage::showDetail(const QJsonObject& invoice)
{
    m_current = invoice;
    m_pane->showRecord(true);
    const QString status = text(invoice, "status");
    const bool overdue = isOverdue(invoice);
    m_pane->title()->setText(QStringLiteral("<b style='font-size:14pt'>%1</b><br>"
                                    "<span style='color:#6B7280'>%2</span>")
                         .arg(FinanceLabels::money(number(invoice, "amount")).toHtmlEscaped(),
                              text(invoice, "number").toHtmlEscaped()));
    m_pane->badge()->setStatus(overdue ? tr("Lewat jatuh tempo") : statusLabel(status),
                       statusColour(status, overdue));
    const QString due = text(invoice, "due_at");
    const QStringList values = {
        text(invoice, "partner_institution"),
        period(invoice),
        FinanceLabels::money(number(invoice, "amount")),
        due.isEmpty() ? QStringLiteral("\u2014") : FinanceLabels::date(due),
        text(invoice, "paid_at").isEmpty() ? QStringLiteral("\u2014")
                                           : FinanceLabels::dateTime(text(invoice, "paid_at")),
        text(invoice, "paid_note").isEmpty() ? QStringLiteral("\u2014") : text(invoice, "paid_note"),
    };
    m_pane->setFieldValues(values);
    m_pane->fieldValue(3)->setStyleSheet(overdue ? QStringLiteral("color: #DC2626; font-weight: bold;")
                                            : QString());
    if (invoice.contains(QStringLiteral("lines"))) {
        const QJsonArray lines = invoice.value(QStringLiteral("lines")).toArray();
        m_lines->setRowCount(int(lines.size()));
        for (int row = 0; row < lines.size(); ++row) {
            const QJsonObject line = lines.at(row).toObject();
            const QStringList cells = {text(line, "client_name"),
                                       text(line, "event_reference_code"),
                                       lineKind(text(line, "kind")),
                                       FinanceLabels::money(number(line, "amount")),
                                       FinanceLabels::date(text(line, "created_at"))};
            for (int column = 0; column < cells.size(); ++column) {
                auto* cell = new QTableWidgetItem(cells[column]);
                if (column == 3)
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_lines->setItem(row, column, cell);
            }
        }
        m_lines->resizeColumnsToContents();
        m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        const QJsonArray reminders = invoice.value(QStringLiteral("reminders")).toArray();
        m_reminders->setRowCount(int(reminders.size()));
        for (int row = 0; row < reminders.size(); ++row) {
            const QJsonObject reminder = reminders.at(row).toObject();
            const QStringList cells = {
                FinanceLabels::dateTime(text(reminder, "due_at")),
                channelLabel(text(reminder, "channel")), reminderStatus(text(reminder, "status")),
                text(reminder, "sent_at").isEmpty()
                    ? QStringLiteral("\u2014")
                    : FinanceLabels::dateTime(text(reminder, "sent_at"))};
            for (int column = 0; column < cells.size(); ++column)
                m_reminders->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_reminders->resizeColumnsToContents();
        m_reminders->setVisible(!reminders.isEmpty());
        m_remindersTitle->setText(reminders.isEmpty() ? tr("Pengingat: belum ada yang terjadwal.")
                                                      : tr("Pengingat"));
        m_linesTitle->setText(tr("Rincian tagihan (%n baris)", nullptr, int(lines.size())));
    }
    m_payBox->setVisible(status == QStringLiteral("pending") ||
                         status == QStringLiteral("awaiting_confirmation"));
    m_pay->setEnabled(true);
}

void PartnerInvoicesPage::markPaid()
{
    if (m_current.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Tandai lunas"),
        tr("Tandai tagihan %1 dari %2 sebesar %3 sudah lunas?\nPengingat berikutnya dibatalkan "
           "dan partner diberi tahu.")
            .arg(text(m_current, "number"), text(m_current, "partner_institution"),
                 FinanceLabels::money(number(m_current, "amount"))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QJsonObject body;
    if (!m_note->text().trimmed().isEmpty())
        body.insert(QStringLiteral("note"), m_note->text().trimmed());
    m_pay->setEnabled(false);
    m_error->setVisible(false);
    m_context.api.post(
        QStringLiteral("/api/v1/finance/partner-invoices/%1/mark-paid").arg(text(m_current, "id")),
        body, this,
        [this](const ApiResponse& response) {
            m_note->clear();
            const QJsonObject invoice = response.object();
            emit invoiceUpdated(invoice);
            m_selectId = text(invoice, "id");
            m_liveReload.start(); // the list row and the full invoice (reminders cancelled)
            showDetail(invoice);
        },
        [this](const ApiError& failure) {
            showError(failure);
            if (failure.status == 409)
                m_liveReload.start();
        });
}

void PartnerInvoicesPage::showError(const ApiError& failure)
{
    m_pay->setEnabled(true);
    QStringList lines{failure.detail.isEmpty() ? failure.title : failure.detail};
    for (const QString& message : failure.fieldErrors)
        lines << message;
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(true);
}

void PartnerInvoicesPage::invoiceChanged(const QString& id)
{
    Q_UNUSED(id)
    m_liveReload.start();
}

void PartnerInvoicesPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Simpan tagihan partner"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/tagihan-partner.csv"),
        tr("Berkas CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

void PartnerInvoicesPage::exportTo(const QString& filePath)
{
    if (m_exportFile)
        return; // one export at a time
    m_exportFile = std::make_unique<QSaveFile>(filePath);
    if (!m_exportFile->open(QIODevice::WriteOnly)) {
        const QString message =
            tr("Berkas %1 tidak bisa ditulis: %2").arg(filePath, m_exportFile->errorString());
        m_exportFile.reset();
        emit exportFailed(message);
        return;
    }
    // Excel opens UTF-8 with a byte-order mark correctly.
    m_exportFile->write("\xEF\xBB\xBF");
    m_exportFile->write("number,partner,period_start,period_end,amount,due_at,status,paid_at,"
                        "paid_note\r\n");
    m_exportRows = 0;
    m_exportProgress = new QProgressDialog(tr("Mengekspor tagihan partner…"), tr("Batal"), 0, 0,
                                           this);
    m_exportProgress->setObjectName(QStringLiteral("invoiceExportProgress"));
    m_exportProgress->setWindowTitle(tr("Ekspor CSV"));
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, this,
            [this] { finishExport(false, QString()); });
    exportPage(QString());
}

void PartnerInvoicesPage::exportPage(const QString& cursor)
{
    QUrlQuery query = m_model->filter();
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const int generation = m_exportGeneration;
    m_context.api.get(
        QStringLiteral("/api/v1/finance/partner-invoices"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_exportGeneration || !m_exportFile)
                return; // cancelled meanwhile
            QByteArray chunk;
            for (const QJsonValue& value :
                 response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = value.toObject();
                const QStringList fields = {
                    text(item, "number"),       text(item, "partner_institution"),
                    text(item, "period_start"), text(item, "period_end"),
                    QString::number(number(item, "amount")),
                    text(item, "due_at"),       text(item, "status"),
                    text(item, "paid_at"),      text(item, "paid_note")};
                QStringList escaped;
                for (const QString& field : fields)
                    escaped << csvField(field);
                chunk += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
                ++m_exportRows;
            }
            if (m_exportFile->write(chunk) != chunk.size()) {
                finishExport(false, tr("Berkas tidak bisa ditulis: %1")
                                        .arg(m_exportFile->errorString()));
                return;
            }
            if (m_exportProgress)
                m_exportProgress->setLabelText(
                    tr("Mengekspor tagihan partner… %n baris", nullptr, m_exportRows));
            const QString next = response.object().value(QStringLiteral("next_cursor")).toString();
            if (next.isEmpty())
                finishExport(true, QString());
            else
                exportPage(next);
        },
        [this, generation](const ApiError& failure) {
            if (generation == m_exportGeneration && m_exportFile)
                finishExport(false, failure.detail);
        });
}

void PartnerInvoicesPage::finishExport(bool ok, const QString& message)
{
    if (!m_exportFile)
        return;
    ++m_exportGeneration;
    const QString path = m_exportFile->fileName();
    const bool committed = ok && m_exportFile->commit();
    if (!committed)
        m_exportFile->cancelWriting();
    m_exportFile.reset();
    if (m_exportProgress) {
        m_exportProgress->blockSignals(true);
        m_exportProgress->deleteLater();
    }
    if (committed)
        emit exportFinished(path);
    else if (ok || !message.isEmpty())
        emit exportFailed(message.isEmpty() ? tr("Berkas %1 tidak bisa disimpan.").arg(path)
                                            : message);
}

} // namespace ey::desk::finance

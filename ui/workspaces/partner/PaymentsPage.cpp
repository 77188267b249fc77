// PaymentsPage: the payment queue, its filters, the detail pane with proof, and the packages.
#include "PaymentsPage.h"

#include "PackagesPanel.h"
#include "PartnerFormat.h"
#include "PaymentFormat.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "RecordDetailPane.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

QString text(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

qint64 number(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toInteger();
}

QString dash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("\u2014") : value;
}

/// What the transaction buys, in one phrase: "50 laporan" or "3 klien".
QString covers(const QJsonObject& t)
{
    if (text(t, "kind") == QStringLiteral("topup"))
        return PaymentsPage::tr("%1 laporan").arg(QLocale().toString(number(t, "quota")));
    if (number(t, "client_count") > 0)
        return PaymentsPage::tr("%1 klien").arg(QLocale().toString(number(t, "client_count")));
    return QStringLiteral("\u2014");
}

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("created_at"), [] { return PaymentsPage::tr("Dibuat"); },
         [](const QJsonObject& t) { return QVariant(PartnerFormat::date(text(t, "created_at"))); }},
        {QStringLiteral("number"), [] { return PaymentsPage::tr("Nomor"); }},
        {QStringLiteral("partner_institution"), [] { return PaymentsPage::tr("Partner"); }},
        {QStringLiteral("kind"), [] { return PaymentsPage::tr("Jenis"); },
         [](const QJsonObject& t) { return QVariant(PaymentFormat::kind(text(t, "kind"))); }},
        {QStringLiteral("event_reference_code"), [] { return PaymentsPage::tr("Acara"); },
         [](const QJsonObject& t) { return QVariant(dash(text(t, "event_reference_code"))); }},
        {QStringLiteral("quota"), [] { return PaymentsPage::tr("Isi"); },
         [](const QJsonObject& t) { return QVariant(covers(t)); }},
        {QStringLiteral("amount"), [] { return PaymentsPage::tr("Jumlah"); },
         [](const QJsonObject& t) { return QVariant(PartnerFormat::money(number(t, "amount"))); }},
        {QStringLiteral("status"), [] { return PaymentsPage::tr("Status"); },
         [](const QJsonObject& t) { return QVariant(PaymentFormat::status(text(t, "status"))); }},
    };
}

/// Money right-aligned; the status in its colour and bold, so the waiting ones stand out.
class QueueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PaymentsPage::Amount || index.column() == PaymentsPage::Quota)
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        if (index.column() == PaymentsPage::Status) {
            const QString status =
                index.data(PagedTableModel::ItemRole).toJsonObject().value(QStringLiteral("status")).toString();
            option->palette.setColor(QPalette::Text, PaymentFormat::statusColour(status).darker(115));
            option->font.setBold(true);
        }
    }
};

} // namespace

PaymentsPage::PaymentsPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("paymentStatusFilter"));
    m_status->addItem(tr("Semua status"), QString());
    for (const QString& status : PaymentFormat::statuses())
        m_status->addItem(PaymentFormat::status(status), status);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("paymentKindFilter"));
    m_kind->addItem(tr("Semua jenis"), QString());
    for (const char* kind : {"topup", "executive"})
        m_kind->addItem(PaymentFormat::kind(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("paymentPartnerFilter"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->setMinimumWidth(240);
    m_partner->addItem(tr("Semua partner"), QString());
    m_partner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_partner->lineEdit()->setPlaceholderText(tr("Cari partner… (Ctrl+L)"));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    auto* refresh = new QPushButton(tr("Muat ulang"), this);
    refresh->setToolTip(tr("Muat ulang antrean (F5)"));
    connect(refresh, &QPushButton::clicked, this, &PaymentsPage::reload);
    bar->addWidget(m_status);
    bar->addWidget(m_kind);
    bar->addWidget(m_partner);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("paymentsVertical"));
    vertical->setChildrenCollapsible(false);
    layout->addWidget(vertical, 1);
    m_splitter = new QSplitter(Qt::Horizontal, vertical);
    m_splitter->setObjectName(QStringLiteral("paymentsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_model = new PagedTableModel(api, QStringLiteral("/api/v1/admin/partner-transactions"),
                                  columns(), this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setItemDelegate(new QueueDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(Partner, QHeaderView::Stretch);
    const int widths[ColumnCount] = {88, 150, 160, 105, 92, 82, 108, 122};
    for (int column = 0; column < ColumnCount; ++column)
        if (column != Partner)
            m_table->setColumnWidth(column, widths[column]);

    // The detail pane.
    m_pane = new RecordDetailPane(QStringLiteral("payment"), 12, m_splitter);
    m_pane->placeholder()->setText(tr("Pilih pembayaran untuk melihat rincian dan buktinya."));
    m_pane->setFieldLabels({tr("Partner"), tr("Jenis"), tr("Metode"), tr("Acara"), tr("Paket"),
                            tr("Kuota"), tr("Klien"), tr("Jumlah"), tr("Bayar sebelum"),
                            tr("Dibuat"), tr("Dibayar"), tr("Catatan")});
    auto* detail = m_pane->body();

    m_error = new QLabel(m_pane->detail());
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #991B1B;"));
    m_error->setVisible(false);
    detail->addWidget(m_error);

    m_confirmBox = new QWidget(m_pane->detail());
    auto* confirmLayout = new QHBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(0, 8, 0, 0);
    m_note = new QLineEdit(m_confirmBox);
    m_note->setObjectName(QStringLiteral("confirmNote"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Catatan (opsional), mis. cocok dengan mutasi BCA 21/11"));
    m_confirm = new QPushButton(tr("&Konfirmasi…"), m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmPayment"));
    m_confirm->setStyleSheet(QStringLiteral(
        "QPushButton { background: #16A34A; color: white; padding: 5px 14px; border-radius: 4px; }"
        "QPushButton:disabled { background: #9CA3AF; }"));
    confirmLayout->addWidget(m_note, 1);
    confirmLayout->addWidget(m_confirm);
    detail->addWidget(m_confirmBox);

    m_rejectBox = new QWidget(m_pane->detail());
    auto* rejectLayout = new QVBoxLayout(m_rejectBox);
    rejectLayout->setContentsMargins(0, 8, 0, 0);
    auto* rejectTitle =
        new QLabel(tr("Tolak dengan alasan (partner membacanya dan bisa mengirim bukti baru):"),
                   m_rejectBox);
    rejectTitle->setWordWrap(true);
    m_reason = new QLineEdit(m_rejectBox);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Alasan penolakan, mis. nominal transfer tidak sesuai"));
    m_reject = new QPushButton(tr("&Tolak"), m_rejectBox);
    m_reject->setObjectName(QStringLiteral("rejectPayment"));
    auto* rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_reason, 1);
    rejectRow->addWidget(m_reject);
    rejectLayout->addWidget(rejectTitle);
    rejectLayout->addLayout(rejectRow);
    detail->addWidget(m_rejectBox);
    // The proof last: the decision buttons stay in sight above it however tall the photo.
    auto* proofBox = new QGroupBox(tr("Bukti transfer"), m_pane->detail());
    auto* proofLayout = new QVBoxLayout(proofBox);
    m_proofImage = new QLabel(proofBox);
    m_proofImage->setObjectName(QStringLiteral("proofImage"));
    m_proofImage->setAlignment(Qt::AlignCenter);
    m_proofButton = new QPushButton(tr("Buka bukti"), proofBox);
    m_proofButton->setObjectName(QStringLiteral("openProof"));
    m_proofButton->setToolTip(tr("Buka bukti dengan penampil bawaan sistem"));
    connect(m_proofButton, &QPushButton::clicked, this, &PaymentsPage::openProof);
    proofLayout->addWidget(m_proofButton, 0, Qt::AlignLeft);
    proofLayout->addWidget(m_proofImage);
    detail->addWidget(proofBox);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    // Stretch factors lose to the table's large size hint: start from explicit proportions.
    m_splitter->setSizes({880, 540});

    auto* packagesBox = new QGroupBox(tr("Paket kuota"), vertical);
    packagesBox->setObjectName(QStringLiteral("packagesBox"));
    auto* packagesLayout = new QVBoxLayout(packagesBox);
    m_packages = new PackagesPanel(api, packagesBox);
    m_packages->setObjectName(QStringLiteral("packagesPanel"));
    packagesLayout->addWidget(m_packages);
    vertical->addWidget(m_splitter);
    vertical->addWidget(packagesBox);
    vertical->setSizes({560, 280});

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(250);
    connect(&m_liveReload, &QTimer::timeout, this, [this] { m_model->reload(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &PaymentsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PaymentsPage::applyFilter);
    connect(m_partner, &QComboBox::activated, this, &PaymentsPage::applyFilter);
    connect(m_partner->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typing a name that matches nothing (or clearing it) means every partner.
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
        m_count->setText(tr("%n transaksi", nullptr, m_model->rowCount()) +
                         (m_model->hasMore() ? QStringLiteral("+") : QString()));
        // After a reload the open transaction stays open when it is still listed.
        const QString wanted = m_selectId.isEmpty() ? text(m_current, "id") : m_selectId;
        for (int row = 0; row < m_model->rowCount() && !wanted.isEmpty(); ++row) {
            if (text(m_model->item(row), "id") == wanted) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->setCurrentIndex(m_model->index(row, 0));
                showDetail(m_model->item(row));
                break;
            }
        }
        m_selectId.clear();
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const ApiError& failure) { m_count->setText(failure.detail); });
    connect(m_confirm, &QPushButton::clicked, this, &PaymentsPage::confirm);
    connect(m_reject, &QPushButton::clicked, this, &PaymentsPage::reject);
    connect(m_reason, &QLineEdit::returnPressed, this, &PaymentsPage::reject);

    // The work waiting for an admin comes first.
    setStatusFilter(QStringLiteral("awaiting_confirmation"));
}

void PaymentsPage::openTransaction(const QString& id)
{
    m_api.get(
        QStringLiteral("/api/v1/admin/partner-transactions/%1").arg(id), {}, this,
        [this](const ApiResponse& response) { showDetail(response.object()); },
        [this](const ApiError& error) { showError(error); });
}

void PaymentsPage::setPartnerId(const QString& partnerId)
{
    m_partnerId = partnerId;
    const int index = m_partner->findData(partnerId);
    if (index >= 0 && index != m_partner->currentIndex()) {
        m_partner->setCurrentIndex(index);
        applyFilter();
    }
}

void PaymentsPage::reload()
{
    if (m_partner->count() <= 1)
        loadPartners();
    if (!m_packagesLoaded) {
        m_packagesLoaded = true;
        m_packages->reload();
    }
    m_model->reload();
}

void PaymentsPage::focusSearch()
{
    m_partner->setFocus();
    m_partner->lineEdit()->selectAll();
}

void PaymentsPage::handleEvent(const QString& name, const QJsonObject& data)
{
    if (name != QStringLiteral("partner.payment_updated"))
        return;
    Q_UNUSED(data)
    // Several confirmations in a burst become one reload.
    m_liveReload.start();
}

void PaymentsPage::loadPartners()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api.get(
        QStringLiteral("/api/v1/admin/partners"), query, this,
        [this](const ApiResponse& response) {
            const QString chosen = m_partner->currentData().toString();
            const QSignalBlocker block(m_partner);
            while (m_partner->count() > 1)
                m_partner->removeItem(1);
            for (const QJsonValue& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject partner = value.toObject();
                m_partner->addItem(text(partner, "institution"), text(partner, "id"));
            }
            const QString wanted = chosen.isEmpty() ? m_partnerId : chosen;
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(wanted)));
            if (m_partner->currentData().toString() != chosen)
                applyFilter();
        });
}

void PaymentsPage::setStatusFilter(const QString& status)
{
    const int index = m_status->findData(status);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

QString PaymentsPage::statusFilter() const
{
    return m_status->currentData().toString();
}

void PaymentsPage::setKindFilter(const QString& kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void PaymentsPage::applyFilter()
{
    QUrlQuery query;
    for (const auto& [name, combo] : {std::pair{"status", m_status}, std::pair{"kind", m_kind},
                                      std::pair{"partner_id", m_partner}}) {
        const QString value = combo->currentData().toString();
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(name), value);
    }
    m_model->setFilter(query);
}

void PaymentsPage::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_table->currentIndex().row() != row) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    m_error->setVisible(false);
    m_reason->clear();
    m_note->clear();
    showDetail(m_model->item(row));
}

void PaymentsPage::showDetail(const QJsonObject& t)
{
    const bool sameProof = text(t, "id") == m_proofFor && t.value(QStringLiteral("has_proof")).toBool();
    m_current = t;
    m_pane->showRecord(true);
    const QString status = text(t, "status");
    m_pane->title()->setText(QStringLiteral("<b style='font-size:14pt'>%1</b><br>"
                                            "<span style='color:#6B7280'>%2 \u00b7 %3</span>")
                         .arg(PartnerFormat::money(number(t, "amount")).toHtmlEscaped(),
                              text(t, "number").toHtmlEscaped(),
                              PaymentFormat::kind(text(t, "kind")).toHtmlEscaped()));
    m_pane->badge()->setStatus(PaymentFormat::status(status), PaymentFormat::statusColour(status));
    QString event = text(t, "event_reference_code");
    if (!text(t, "event_title").isEmpty())
        event += QStringLiteral(" \u2014 ") + text(t, "event_title");
    const QString note = !text(t, "rejection_reason").isEmpty() ? text(t, "rejection_reason")
                                                                : text(t, "paid_note");
    const QString kind = text(t, "kind");
    const QStringList values = {
        text(t, "partner_institution"),
        PaymentFormat::kind(kind),
        PaymentFormat::method(text(t, "method")),
        dash(event),
        dash(text(t, "package_name")),
        kind == QStringLiteral("topup") ? tr("%1 laporan").arg(QLocale().toString(number(t, "quota")))
                                        : QStringLiteral("\u2014"),
        number(t, "client_count") > 0 ? QLocale().toString(number(t, "client_count"))
                                      : QStringLiteral("\u2014"),
        PartnerFormat::money(number(t, "amount")),
        PaymentFormat::dateTime(text(t, "pay_before")),
        PaymentFormat::dateTime(text(t, "created_at")),
        PaymentFormat::dateTime(text(t, "paid_at")),
        dash(note),
    };
    m_pane->setFieldValues(values);
    // A reason shown in red reads as "this went wrong", a paid note as plain text.
    m_pane->fieldValue(m_pane->fieldCount() - 1)
        ->setStyleSheet(!text(t, "rejection_reason").isEmpty() ? QStringLiteral("color: #991B1B;")
                                                               : QString());
    const bool open = status == QStringLiteral("awaiting_confirmation") ||
                      status == QStringLiteral("pending");
    m_confirmBox->setVisible(open);
    m_rejectBox->setVisible(open);
    if (!sameProof) {
        m_proofPixmap = {};
        m_proofBytes.clear();
        m_proofFor.clear();
        m_proofButton->setVisible(false);
        if (t.value(QStringLiteral("has_proof")).toBool()) {
            showProofText(tr("Memuat bukti…"));
            loadProof(text(t, "id"));
        } else {
            showProofText(text(t, "method") == QStringLiteral("xendit")
                                      ? tr("Dibayar lewat Xendit; tidak perlu bukti transfer.")
                                      : tr("Partner belum mengirim bukti transfer."));
        }
    }
    setBusy(false);
}

void PaymentsPage::loadProof(const QString& id)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/admin/partner-transactions/%1/proof").arg(id);
    request.timeoutMs = 60000;
    m_api.send(
        request, this,
        [this, id](const ApiResponse& response) {
            if (id != text(m_current, "id"))
                return; // another transaction was opened meanwhile
            m_proofFor = id;
            m_proofBytes = response.body;
            m_proofButton->setVisible(true);
            if (m_proofBytes.startsWith("%PDF")) {
                showProofText(tr("Bukti berupa PDF (%1). Buka untuk memeriksanya.")
                                          .arg(QLocale().formattedDataSize(m_proofBytes.size())));
            } else if (m_proofPixmap.loadFromData(m_proofBytes)) {
                scaleProof();
            } else {
                showProofText(tr("Bukti tidak bisa ditampilkan di sini; buka dengan "
                                         "penampil sistem."));
            }
            emit proofLoaded();
        },
        [this, id](const ApiError& failure) {
            if (id == text(m_current, "id"))
                showProofText(failure.detail);
        });
}

void PaymentsPage::showProofText(const QString& message)
{
    m_proofImage->setPixmap({});
    m_proofImage->setWordWrap(true);
    m_proofImage->setText(message);
}

void PaymentsPage::scaleProof()
{
    if (m_proofPixmap.isNull())
        return;
    // A word-wrapping label reports height-for-width, which a layout then trusts over the
    // pixmap's size and squeezes the picture: wrapping is for the texts only.
    m_proofImage->setWordWrap(false);
    // As wide as the pane allows, never taller than a comfortable reading height.
    const int width = std::max(160, m_pane->detail()->width() - 40);
    m_proofImage->setPixmap(
        m_proofPixmap.scaled(QSize(width, 420), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PaymentsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleProof();
}

void PaymentsPage::openProof()
{
    if (m_proofBytes.isEmpty())
        return;
    // The server only ever stores these three kinds, each known by its first bytes.
    const QString suffix = m_proofBytes.startsWith("%PDF")        ? QStringLiteral("pdf")
                           : m_proofBytes.startsWith("\x89PNG") ? QStringLiteral("png")
                                                                  : QStringLiteral("jpg");
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("bukti-%1.%2")
                                           .arg(text(m_current, "number").isEmpty()
                                                    ? m_proofFor.left(8)
                                                    : text(m_current, "number"),
                                                suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_proofBytes) != m_proofBytes.size()) {
        m_error->setText(tr("Bukti tidak bisa disimpan sementara di %1.").arg(path));
        m_error->setVisible(true);
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void PaymentsPage::confirm()
{
    if (m_current.isEmpty())
        return;
    const QString kind = text(m_current, "kind");
    QString what;
    if (kind == QStringLiteral("topup"))
        what = tr("Kuota acara %1 bertambah %2 laporan.")
                   .arg(dash(text(m_current, "event_reference_code")),
                        QLocale().toString(number(m_current, "quota")));
    else
        what = tr("Ringkasan eksekutif dibuka untuk %n klien.", nullptr,
                  int(number(m_current, "client_count")));
    const auto answer = QMessageBox::question(
        this, tr("Konfirmasi pembayaran"),
        tr("Konfirmasi pembayaran %1 dari %2 sebesar %3?\n%4\nPastikan dana sudah masuk ke "
           "rekening; partner diberi tahu.")
            .arg(text(m_current, "number"), text(m_current, "partner_institution"),
                 PartnerFormat::money(number(m_current, "amount")), what),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QJsonObject body;
    if (!m_note->text().trimmed().isEmpty())
        body.insert(QStringLiteral("note"), m_note->text().trimmed());
    act(QStringLiteral("confirm"), body);
}

void PaymentsPage::reject()
{
    if (m_current.isEmpty())
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Tulis alasan penolakan; partner akan membacanya."));
        m_error->setVisible(true);
        m_reason->setFocus();
        return;
    }
    act(QStringLiteral("reject"), {{QStringLiteral("reason"), reason}});
}

void PaymentsPage::act(const QString& action, const QJsonObject& body)
{
    const QString id = text(m_current, "id");
    setBusy(true);
    m_error->setVisible(false);
    m_api.post(
        QStringLiteral("/api/v1/admin/partner-transactions/%1/%2").arg(id, action), body, this,
        [this](const ApiResponse& response) {
            m_reason->clear();
            m_note->clear();
            showDetail(response.object());
            emit paymentUpdated(response.object());
            m_selectId = text(response.object(), "id");
            m_liveReload.start();
        },
        [this](const ApiError& failure) {
            showError(failure);
            if (failure.status == 409)
                m_liveReload.start(); // someone else acted first: show the truth
        });
}

void PaymentsPage::showError(const ApiError& failure)
{
    setBusy(false);
    QStringList lines{failure.detail.isEmpty() ? failure.title : failure.detail};
    for (const QString& message : failure.fieldErrors)
        lines << message;
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(true);
}

void PaymentsPage::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
    m_reject->setEnabled(!busy);
}

} // namespace ey::desk::partner

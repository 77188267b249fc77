// BillingPage: pre-paid quota and payments, post-paid credit and invoices, live refresh.
#include "BillingPage.h"

#include "BillingCharts.h"
#include "PartnerFormat.h"
#include "PartnerTableModel.h"
#include "TopupDialog.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

QString str(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

QString paymentStatus(const QString& status, const QString& kind = {})
{
    if (status == QStringLiteral("pending"))
        return kind == QStringLiteral("monthly_invoice") ? BillingPage::tr("Belum dibayar")
                                                         : BillingPage::tr("Menunggu pembayaran");
    if (status == QStringLiteral("awaiting_confirmation"))
        return BillingPage::tr("Menunggu konfirmasi");
    if (status == QStringLiteral("paid"))
        return BillingPage::tr("Lunas");
    if (status == QStringLiteral("rejected"))
        return BillingPage::tr("Ditolak");
    if (status == QStringLiteral("cancelled"))
        return BillingPage::tr("Dibatalkan");
    return status;
}

QColor paymentColour(const QString& status)
{
    if (status == QStringLiteral("pending"))
        return QColor(QStringLiteral("#D97706"));
    if (status == QStringLiteral("awaiting_confirmation"))
        return QColor(QStringLiteral("#2563EB"));
    if (status == QStringLiteral("paid"))
        return QColor(QStringLiteral("#16A34A"));
    if (status == QStringLiteral("rejected"))
        return QColor(QStringLiteral("#DC2626"));
    return QColor(QStringLiteral("#6B7280"));
}

QString kindText(const QString& kind)
{
    if (kind == QStringLiteral("topup"))
        return BillingPage::tr("Top-up kuota");
    if (kind == QStringLiteral("executive"))
        return BillingPage::tr("Ringkasan eksekutif");
    if (kind == QStringLiteral("monthly_invoice"))
        return BillingPage::tr("Tagihan bulanan");
    return kind;
}

QString reasonText(const QString& reason)
{
    if (reason == QStringLiteral("topup"))
        return BillingPage::tr("Top-up");
    if (reason == QStringLiteral("download"))
        return BillingPage::tr("Unduhan laporan");
    if (reason == QStringLiteral("adjustment"))
        return BillingPage::tr("Penyesuaian admin");
    if (reason == QStringLiteral("refund"))
        return BillingPage::tr("Pengembalian");
    return reason;
}

QString reminderChannel(const QString& channel)
{
    if (channel == QStringLiteral("email"))
        return BillingPage::tr("Email");
    if (channel == QStringLiteral("whatsapp"))
        return BillingPage::tr("WhatsApp");
    if (channel == QStringLiteral("in_app"))
        return BillingPage::tr("Notifikasi aplikasi");
    return channel;
}

QString reminderStatus(const QString& status)
{
    if (status == QStringLiteral("scheduled"))
        return BillingPage::tr("Terjadwal");
    if (status == QStringLiteral("sent"))
        return BillingPage::tr("Terkirim");
    if (status == QStringLiteral("cancelled"))
        return BillingPage::tr("Dibatalkan");
    return status;
}

QString dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString period(const QJsonObject& invoice)
{
    const QDate start = QDate::fromString(str(invoice, "period_start"), Qt::ISODate);
    if (!start.isValid())
        return QString();
    return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
}

/// The status column coloured by payment status (the shared partner colours know other states).
class BillingTableModel : public PartnerTableModel
{
public:
    BillingTableModel(ApiClient& api, QString path, QList<ColumnSpec> columns,
                      QSet<int> rightColumns, int statusColumn, QObject* parent)
        : PartnerTableModel(api, std::move(path), std::move(columns), std::move(rightColumns), -1,
                            QStringLiteral("status"), parent),
          m_paymentStatusColumn(statusColumn)
    {
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.isValid() && index.column() == m_paymentStatusColumn) {
            const QColor colour = paymentColour(str(item(index.row()), "status"));
            if (role == Qt::BackgroundRole)
                return QBrush(colour);
            if (role == Qt::ForegroundRole)
                return QBrush(Qt::white);
        }
        return PartnerTableModel::data(index, role);
    }

private:
    int m_paymentStatusColumn;
};

QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidget* makeList(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel* figure(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

QByteArray contentTypeFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("jpg") || suffix == QStringLiteral("jpeg"))
        return QByteArrayLiteral("image/jpeg");
    if (suffix == QStringLiteral("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QStringLiteral("pdf"))
        return QByteArrayLiteral("application/pdf");
    // The server decides by the content anyway and names what it accepts.
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

BillingPage::BillingPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("billingHeadline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_topup = new QPushButton(tr("Top-up kuota…"), this);
    m_topup->setObjectName(QStringLiteral("topup"));
    m_topup->setVisible(false);
    bar->addWidget(m_headline, 1);
    bar->addWidget(m_topup);
    layout->addLayout(bar);

    m_modes = new QStackedWidget(this);
    m_empty = new QLabel(tr("Memuat data partner…"), m_modes);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_modes->addWidget(m_empty);
    m_prepaid = buildPrepaid();
    m_postpaid = buildPostpaid();
    m_modes->addWidget(m_prepaid);
    m_modes->addWidget(m_postpaid);
    layout->addWidget(m_modes, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("billingMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_topup, &QPushButton::clicked, this, [this] { openTopup(); });
}

QWidget* BillingPage::buildPrepaid()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("prepaidPanel"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* vertical = new QSplitter(Qt::Vertical, page);

    // Quota per event | the selected event's history.
    auto* top = new QSplitter(Qt::Horizontal, vertical);
    auto* quotaBox = new QGroupBox(tr("Kuota per acara"), top);
    auto* quotaLayout = new QVBoxLayout(quotaBox);
    m_quotaModel = new PartnerTableModel(
        m_api, QStringLiteral("/api/v1/partner/events"),
        {
            {QStringLiteral("reference_code"), [] { return tr("Kode"); }},
            {QStringLiteral("title"), [] { return tr("Acara"); }},
            {QStringLiteral("status"), [] { return tr("Status"); },
             [](const QJsonObject& e) {
                 return QVariant(PartnerFormat::eventStatus(str(e, "status")));
             }},
            {QStringLiteral("quota"), [] { return tr("Sisa kuota"); },
             [](const QJsonObject& e) {
                 return QVariant(QLocale().toString(e.value(QStringLiteral("quota")).toInteger()));
             }},
        },
        {3}, 2, QStringLiteral("status"), this);
    m_quotaTable = makeTable(m_quotaModel, "quotaTable", quotaBox);
    quotaLayout->addWidget(m_quotaTable);
    top->addWidget(quotaBox);
    auto* historyBox = new QGroupBox(tr("Riwayat kuota"), top);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_quotaHeadline = new QLabel(tr("Pilih acara untuk melihat riwayat kuotanya."), historyBox);
    m_quotaHeadline->setObjectName(QStringLiteral("quotaHeadline"));
    m_quotaHeadline->setWordWrap(true);
    m_quotaChart = BillingCharts::createView(QStringLiteral("quotaChart"), historyBox);
    m_quotaLog = makeList({tr("Waktu"), tr("Perubahan"), tr("Sisa"), tr("Keterangan")}, "quotaLog",
                          historyBox);
    historyLayout->addWidget(m_quotaHeadline);
    historyLayout->addWidget(m_quotaChart, 3);
    historyLayout->addWidget(m_quotaLog, 2);
    top->addWidget(historyBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    // Payments | the selected payment.
    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    auto* listBox = new QGroupBox(tr("Pembayaran"), bottom);
    auto* listLayout = new QVBoxLayout(listBox);
    m_transactionFilter = new QComboBox(listBox);
    m_transactionFilter->setObjectName(QStringLiteral("transactionFilter"));
    m_transactionFilter->addItem(tr("Semua status"), QString());
    for (const char* status : {"pending", "awaiting_confirmation", "paid", "rejected", "cancelled"})
        m_transactionFilter->addItem(paymentStatus(QString::fromLatin1(status)),
                                     QString::fromLatin1(status));
    listLayout->addWidget(m_transactionFilter, 0, Qt::AlignLeft);
    m_transactions = new BillingTableModel(
        m_api, QStringLiteral("/api/v1/partner/transactions"),
        {
            {QStringLiteral("number"), [] { return tr("Nomor"); }},
            {QStringLiteral("kind"), [] { return tr("Jenis"); },
             [](const QJsonObject& t) {
                 const QString kind = kindText(str(t, "kind"));
                 const QString code = str(t, "event_reference_code");
                 return QVariant(code.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, code));
             }},
            {QStringLiteral("status"), [] { return tr("Status"); },
             [](const QJsonObject& t) { return QVariant(paymentStatus(str(t, "status"))); }},
            {QStringLiteral("amount"), [] { return tr("Jumlah"); },
             [](const QJsonObject& t) {
                 return QVariant(
                     PartnerFormat::money(t.value(QStringLiteral("amount")).toInteger()));
             }},
            {QStringLiteral("created_at"), [] { return tr("Dibuat"); },
             [](const QJsonObject& t) {
                 return QVariant(PartnerFormat::date(str(t, "created_at")));
             }},
        },
        {3}, 2, this);
    m_transactionsTable = makeTable(m_transactions, "transactionsTable", listBox);
    listLayout->addWidget(m_transactionsTable);
    bottom->addWidget(listBox);

    auto* detail = new QGroupBox(tr("Rincian pembayaran"), bottom);
    detail->setObjectName(QStringLiteral("transactionDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    m_transactionTitle = new QLabel(tr("Pilih pembayaran di daftar."), detail);
    QFont titleFont = m_transactionTitle->font();
    titleFont.setBold(true);
    m_transactionTitle->setFont(titleFont);
    m_transactionStatus = new StatusBadge(detail);
    m_transactionStatus->setObjectName(QStringLiteral("transactionStatus"));
    m_transactionStatus->hide();
    m_transactionDetail = new QLabel(detail);
    m_transactionDetail->setWordWrap(true);
    m_transactionDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transactionDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* actions = new QHBoxLayout;
    m_proof = new QPushButton(tr("Unggah bukti…"), detail);
    m_proof->setObjectName(QStringLiteral("uploadProof"));
    m_viewProof = new QPushButton(tr("Lihat bukti"), detail);
    m_pay = new QPushButton(tr("Buka halaman pembayaran"), detail);
    m_cancel = new QPushButton(tr("Batalkan"), detail);
    m_cancel->setObjectName(QStringLiteral("cancelTransaction"));
    for (QPushButton* button : {m_proof, m_viewProof, m_pay, m_cancel}) {
        button->hide();
        actions->addWidget(button);
    }
    actions->addStretch(1);
    detailLayout->addWidget(m_transactionTitle);
    detailLayout->addWidget(m_transactionStatus, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_transactionDetail, 1);
    detailLayout->addLayout(actions);
    bottom->addWidget(detail);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setSizes({480, 340});
    layout->addWidget(vertical);

    connect(m_quotaModel, &PagedTableModel::pageLoaded, this, [this] {
        m_quotaTable->resizeColumnsToContents();
        // Keep the event the person was looking at; the first one otherwise.
        int row = 0;
        for (int r = 0; r < m_quotaModel->rowCount(); ++r)
            if (str(m_quotaModel->item(r), "id") == m_quotaEventId)
                row = r;
        if (m_quotaModel->rowCount() > 0 && !m_quotaTable->currentIndex().isValid())
            m_quotaTable->selectionModel()->setCurrentIndex(m_quotaModel->index(row, 0),
                                                            QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    });
    connect(m_quotaTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    loadQuota(str(m_quotaModel->item(current.row()), "id"));
            });
    connect(m_transactions, &PagedTableModel::pageLoaded, this, [this] {
        m_transactionsTable->resizeColumnsToContents();
        for (int r = 0; r < m_transactions->rowCount(); ++r) {
            if (str(m_transactions->item(r), "id") == m_transactionId &&
                !m_transactionsTable->currentIndex().isValid()) {
                m_transactionsTable->selectionModel()->setCurrentIndex(
                    m_transactions->index(r, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
    });
    connect(m_transactionsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showTransaction(m_transactions->item(current.row()));
            });
    connect(m_transactionFilter, &QComboBox::currentIndexChanged, this, [this] {
        QUrlQuery filter = scoped();
        if (!m_transactionFilter->currentData().toString().isEmpty())
            filter.addQueryItem(QStringLiteral("status"),
                                m_transactionFilter->currentData().toString());
        m_transactions->setFilter(filter);
        m_transactions->reload();
    });
    connect(m_proof, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Pilih bukti transfer"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Bukti transfer (*.jpg *.jpeg *.png *.pdf)"));
        if (!path.isEmpty())
            uploadProof(path);
    });
    connect(m_viewProof, &QPushButton::clicked, this, [this] {
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/partner/transactions/%1/proof").arg(m_transactionId);
        request.query = scoped();
        request.timeoutMs = 60000;
        m_api.send(
            request, this,
            [this](const ApiResponse& response) {
                // Opened with the system viewer from a temporary copy that outlives this call.
                auto* file = new QTemporaryFile(
                    QDir::tempPath() + QStringLiteral("/bukti-XXXXXX.") +
                        (response.body.startsWith("%PDF")
                             ? QStringLiteral("pdf")
                             : (response.body.startsWith("\x89PNG") ? QStringLiteral("png")
                                                                    : QStringLiteral("jpg"))),
                    this);
                if (file->open() && file->write(response.body) == response.body.size()) {
                    file->flush();
                    QDesktopServices::openUrl(QUrl::fromLocalFile(file->fileName()));
                } else {
                    m_message->setText(tr("Bukti tidak dapat dibuka dari folder sementara."));
                }
            },
            [this](const ApiError& error) { showError(error); });
    });
    connect(m_pay, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(str(m_transaction, "invoice_url"))); });
    connect(m_cancel, &QPushButton::clicked, this, &BillingPage::cancelSelected);
    return page;
}

QWidget* BillingPage::buildPostpaid()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("creditPanel"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* vertical = new QSplitter(Qt::Vertical, page);

    auto* top = new QSplitter(Qt::Horizontal, vertical);
    auto* creditBox = new QGroupBox(tr("Kredit"), top);
    auto* grid = new QGridLayout(creditBox);
    m_creditLimit = figure("creditLimit", creditBox);
    m_creditUsed = figure("creditUsed", creditBox);
    m_creditAvailable = figure("creditAvailable", creditBox);
    m_creditPending = new QLabel(creditBox);
    m_creditPending->setWordWrap(true);
    m_creditBar = new QProgressBar(creditBox);
    m_creditBar->setObjectName(QStringLiteral("creditBar"));
    m_creditBar->setRange(0, 1000);
    m_creditBar->setTextVisible(true);
    m_creditBar->setMinimumHeight(22);
    grid->addWidget(new QLabel(tr("Batas kredit"), creditBox), 0, 0);
    grid->addWidget(m_creditLimit, 0, 1);
    grid->addWidget(new QLabel(tr("Terpakai"), creditBox), 1, 0);
    grid->addWidget(m_creditUsed, 1, 1);
    grid->addWidget(new QLabel(tr("Tersedia"), creditBox), 2, 0);
    grid->addWidget(m_creditAvailable, 2, 1);
    grid->addWidget(m_creditBar, 3, 0, 1, 2);
    grid->addWidget(m_creditPending, 4, 0, 1, 2);
    grid->setRowStretch(5, 1);
    top->addWidget(creditBox);
    m_creditChart = BillingCharts::createView(QStringLiteral("creditChart"), top);
    top->addWidget(m_creditChart);
    // Splitters start from size hints, which leave the chart a sliver: give it the larger part.
    top->setSizes({420, 900});

    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    auto* listBox = new QGroupBox(tr("Tagihan bulanan"), bottom);
    auto* listLayout = new QVBoxLayout(listBox);
    m_invoiceFilter = new QComboBox(listBox);
    m_invoiceFilter->setObjectName(QStringLiteral("invoiceFilter"));
    m_invoiceFilter->addItem(tr("Semua status"), QString());
    m_invoiceFilter->addItem(tr("Belum dibayar"), QStringLiteral("pending"));
    m_invoiceFilter->addItem(tr("Lunas"), QStringLiteral("paid"));
    listLayout->addWidget(m_invoiceFilter, 0, Qt::AlignLeft);
    m_invoices = new BillingTableModel(
        m_api, QStringLiteral("/api/v1/partner/invoices"),
        {
            {QStringLiteral("number"), [] { return tr("Nomor"); }},
            {QStringLiteral("period_start"), [] { return tr("Periode"); },
             [](const QJsonObject& i) { return QVariant(period(i)); }},
            {QStringLiteral("status"), [] { return tr("Status"); },
             [](const QJsonObject& i) {
                 return QVariant(
                     paymentStatus(str(i, "status"), QStringLiteral("monthly_invoice")));
             }},
            {QStringLiteral("amount"), [] { return tr("Jumlah"); },
             [](const QJsonObject& i) {
                 return QVariant(
                     PartnerFormat::money(i.value(QStringLiteral("amount")).toInteger()));
             }},
            {QStringLiteral("due_at"), [] { return tr("Jatuh tempo"); },
             [](const QJsonObject& i) { return QVariant(PartnerFormat::date(str(i, "due_at"))); }},
        },
        {3}, 2, this);
    m_invoicesTable = makeTable(m_invoices, "invoicesTable", listBox);
    listLayout->addWidget(m_invoicesTable);
    bottom->addWidget(listBox);

    auto* detail = new QGroupBox(tr("Rincian tagihan"), bottom);
    auto* detailLayout = new QVBoxLayout(detail);
    m_invoiceTitle = new QLabel(tr("Pilih tagihan di daftar."), detail);
    QFont titleFont = m_invoiceTitle->font();
    titleFont.setBold(true);
    m_invoiceTitle->setFont(titleFont);
    m_invoiceStatus = new StatusBadge(detail);
    m_invoiceStatus->hide();
    m_invoiceDetail = new QLabel(detail);
    m_invoiceDetail->setWordWrap(true);
    m_invoiceLines = makeList({tr("Klien"), tr("Acara"), tr("Jenis"), tr("Jumlah"), tr("Tanggal")},
                              "invoiceLines", detail);
    m_invoiceReminders = makeList({tr("Jadwal"), tr("Saluran"), tr("Status"), tr("Terkirim")},
                                  "invoiceReminders", detail);
    detailLayout->addWidget(m_invoiceTitle);
    detailLayout->addWidget(m_invoiceStatus, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_invoiceDetail);
    detailLayout->addWidget(new QLabel(tr("Rincian"), detail));
    detailLayout->addWidget(m_invoiceLines, 3);
    detailLayout->addWidget(new QLabel(tr("Pengingat"), detail));
    detailLayout->addWidget(m_invoiceReminders, 1);
    bottom->addWidget(detail);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);

    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setSizes({340, 460});
    layout->addWidget(vertical);

    connect(m_invoices, &PagedTableModel::pageLoaded, this, [this] {
        m_invoicesTable->resizeColumnsToContents();
        for (int r = 0; r < m_invoices->rowCount(); ++r) {
            if (str(m_invoices->item(r), "id") == m_invoiceId &&
                !m_invoicesTable->currentIndex().isValid())
                m_invoicesTable->selectionModel()->setCurrentIndex(
                    m_invoices->index(r, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
    connect(m_invoicesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    loadInvoice(str(m_invoices->item(current.row()), "id"));
            });
    connect(m_invoiceFilter, &QComboBox::currentIndexChanged, this, [this] {
        QUrlQuery filter = scoped();
        if (!m_invoiceFilter->currentData().toString().isEmpty())
            filter.addQueryItem(QStringLiteral("status"),
                                m_invoiceFilter->currentData().toString());
        m_invoices->setFilter(filter);
        m_invoices->reload();
    });
    return page;
}

QUrlQuery BillingPage::scoped() const
{
    QUrlQuery query;
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    return query;
}

void BillingPage::setPartnerId(const QString& partnerId)
{
    m_partnerId = partnerId;
    m_paymentModel.clear();
    m_quotaEventId.clear();
    m_transactionId.clear();
    m_invoiceId.clear();
    if (isVisible())
        reload();
}

void BillingPage::reload()
{
    loadPartner();
}

void BillingPage::focusSearch()
{
    if (isPrepaid())
        m_transactionFilter->setFocus();
    else
        m_invoiceFilter->setFocus();
}

void BillingPage::showError(const ApiError& error)
{
    m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
}

void BillingPage::loadPartner()
{
    m_api.get(
        QStringLiteral("/api/v1/partner/me"), scoped(), this,
        [this](const ApiResponse& response) {
            const QJsonObject partner = response.object();
            m_paymentModel = str(partner, "payment_model");
            m_headline->setText(QStringLiteral("%1 — %2").arg(
                str(partner, "institution"), PartnerFormat::paymentModel(m_paymentModel)));
            m_topup->setVisible(isPrepaid());
            if (isPrepaid()) {
                m_modes->setCurrentWidget(m_prepaid);
                QUrlQuery events = scoped();
                m_quotaModel->setFilter(events);
                m_quotaModel->reload();
                QUrlQuery transactions = scoped();
                if (!m_transactionFilter->currentData().toString().isEmpty())
                    transactions.addQueryItem(QStringLiteral("status"),
                                              m_transactionFilter->currentData().toString());
                m_transactions->setFilter(transactions);
                m_transactions->reload();
                if (!m_quotaEventId.isEmpty())
                    loadQuota(m_quotaEventId);
                refreshTransaction();
            } else {
                m_modes->setCurrentWidget(m_postpaid);
                loadCredit();
                QUrlQuery invoices = scoped();
                if (!m_invoiceFilter->currentData().toString().isEmpty())
                    invoices.addQueryItem(QStringLiteral("status"),
                                          m_invoiceFilter->currentData().toString());
                m_invoices->setFilter(invoices);
                m_invoices->reload();
                if (!m_invoiceId.isEmpty())
                    loadInvoice(m_invoiceId);
            }
            emit partnerLoaded(m_paymentModel);
        },
        [this](const ApiError& error) {
            m_modes->setCurrentWidget(m_empty);
            m_empty->setText(error.detail.isEmpty() ? error.title : error.detail);
        });
}

void BillingPage::loadQuota(const QString& eventId)
{
    m_quotaEventId = eventId;
    const int generation = ++m_quotaGeneration;
    m_api.get(
        QStringLiteral("/api/v1/partner/events/%1/quota").arg(eventId), scoped(), this,
        [this, generation](const ApiResponse& response) {
            if (generation == m_quotaGeneration)
                showQuota(response.object());
        },
        [this](const ApiError& error) { showError(error); });
}

void BillingPage::showQuota(const QJsonObject& quota)
{
    const QJsonArray logs = quota.value(QStringLiteral("logs")).toArray();
    const qint64 left = quota.value(QStringLiteral("quota")).toInteger();
    m_quotaHeadline->setText(
        tr("%1: sisa %2 laporan").arg(str(quota, "reference_code")).arg(QLocale().toString(left)));
    BillingCharts::showQuotaHistory(m_quotaChart, logs, left);
    m_quotaLog->setRowCount(static_cast<int>(logs.size()));
    for (int row = 0; row < logs.size(); ++row) {
        const QJsonObject entry = logs.at(row).toObject();
        const qint64 delta = entry.value(QStringLiteral("delta")).toInteger();
        QStringList note{reasonText(str(entry, "reason"))};
        if (!str(entry, "client_name").isEmpty())
            note << str(entry, "client_name");
        if (!str(entry, "note").isEmpty())
            note << str(entry, "note");
        m_quotaLog->setItem(row, 0, cell(dateTime(str(entry, "created_at"))));
        auto* change =
            cell(delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta), true);
        change->setForeground(delta > 0 ? QColor(QStringLiteral("#15803D"))
                                        : QColor(QStringLiteral("#B91C1C")));
        m_quotaLog->setItem(row, 1, change);
        m_quotaLog->setItem(
            row, 2,
            cell(QLocale().toString(entry.value(QStringLiteral("balance_after")).toInteger()),
                 true));
        m_quotaLog->setItem(row, 3, cell(note.join(QStringLiteral(" · "))));
    }
    m_quotaLog->resizeColumnsToContents();
    emit quotaShown(str(quota, "event_id"), left);
}

void BillingPage::showTransaction(const QJsonObject& t)
{
    m_transaction = t;
    m_transactionId = str(t, "id");
    const QString status = str(t, "status");
    const QString kind = str(t, "kind");
    const bool manual = str(t, "method") == QStringLiteral("manual");
    m_transactionTitle->setText(
        QStringLiteral("%1 · %2 · %3")
            .arg(str(t, "number"), kindText(kind),
                 PartnerFormat::money(t.value(QStringLiteral("amount")).toInteger())));
    m_transactionStatus->setStatus(paymentStatus(status, kind), paymentColour(status));
    m_transactionStatus->show();
    QStringList lines;
    if (kind == QStringLiteral("topup"))
        lines << tr("Kuota: %1 laporan untuk %2")
                     .arg(t.value(QStringLiteral("quota")).toInteger())
                     .arg(str(t, "event_reference_code"));
    if (!str(t, "package_name").isEmpty())
        lines << tr("Paket: %1").arg(str(t, "package_name"));
    if (kind == QStringLiteral("executive"))
        lines << tr("Ringkasan eksekutif untuk %1 klien")
                     .arg(t.value(QStringLiteral("client_count")).toInteger());
    lines << tr("Cara bayar: %1").arg(manual ? tr("transfer bank") : tr("online (Xendit)"));
    lines << tr("Dibuat: %1").arg(dateTime(str(t, "created_at")));
    if (status == QStringLiteral("pending") && !str(t, "pay_before").isEmpty())
        lines << tr("Bayar sebelum: %1").arg(dateTime(str(t, "pay_before")));
    if (status == QStringLiteral("pending") && manual)
        lines << tr("Transfer sesuai jumlah di atas dengan nomor %1 di berita transfer, lalu "
                    "unggah buktinya.")
                     .arg(str(t, "number"));
    if (status == QStringLiteral("awaiting_confirmation"))
        lines << tr("Bukti sudah diterima; admin akan memeriksanya. Anda diberi tahu begitu "
                    "pembayaran dikonfirmasi.");
    if (status == QStringLiteral("paid"))
        lines << tr("Dibayar: %1").arg(dateTime(str(t, "paid_at")));
    if (!str(t, "paid_note").isEmpty())
        lines << tr("Catatan: %1").arg(str(t, "paid_note"));
    if (status == QStringLiteral("rejected"))
        lines << tr("Alasan penolakan: %1").arg(str(t, "rejection_reason"));
    m_transactionDetail->setText(lines.join(QLatin1Char('\n')));
    const bool open =
        status == QStringLiteral("pending") || status == QStringLiteral("awaiting_confirmation");
    m_proof->setVisible(manual && open && kind != QStringLiteral("monthly_invoice"));
    m_proof->setText(t.value(QStringLiteral("has_proof")).toBool() ? tr("Ganti bukti…")
                                                                   : tr("Unggah bukti…"));
    m_viewProof->setVisible(t.value(QStringLiteral("has_proof")).toBool());
    m_pay->setVisible(!manual && status == QStringLiteral("pending") &&
                      !str(t, "invoice_url").isEmpty());
    m_cancel->setVisible(status == QStringLiteral("pending"));
    emit transactionShown(t);
}

void BillingPage::openTransaction(const QString& id)
{
    m_transactionId = id;
    refreshTransaction();
}

void BillingPage::openInvoice(const QString& id)
{
    loadInvoice(id);
}

void BillingPage::refreshTransaction()
{
    if (m_transactionId.isEmpty())
        return;
    m_api.get(QStringLiteral("/api/v1/partner/transactions/%1").arg(m_transactionId), scoped(),
              this, [this](const ApiResponse& response) { showTransaction(response.object()); });
}

void BillingPage::uploadProof(const QString& path)
{
    if (m_transactionId.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Berkas %1 tidak dapat dibaca.").arg(path));
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/transactions/%1/proof").arg(m_transactionId);
    request.query = scoped();
    // Bounded by the file dialog's types and the server's 5 MiB limit; a larger file is refused
    // by the server with a message that says so.
    request.rawBody = file.readAll();
    request.rawContentType = contentTypeFor(path);
    request.timeoutMs = 120000;
    m_proof->setEnabled(false);
    m_message->setText(tr("Mengunggah bukti %1…").arg(QFileInfo(path).fileName()));
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_proof->setEnabled(true);
            m_message->setText(tr("Bukti terkirim. Admin akan mengonfirmasi pembayaran Anda."));
            showTransaction(response.object());
            m_transactions->reload();
            emit proofUploaded(response.object());
        },
        [this](const ApiError& error) {
            m_proof->setEnabled(true);
            showError(error);
        });
}

void BillingPage::cancelSelected()
{
    if (m_transactionId.isEmpty())
        return;
    m_cancel->setEnabled(false);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/transactions/%1/cancel").arg(m_transactionId);
    request.query = scoped();
    request.body = QJsonDocument(QJsonObject());
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_cancel->setEnabled(true);
            m_message->setText(
                tr("Pembayaran %1 dibatalkan.").arg(str(response.object(), "number")));
            showTransaction(response.object());
            m_transactions->reload();
        },
        [this](const ApiError& error) {
            m_cancel->setEnabled(true);
            showError(error);
        });
}

TopupDialog* BillingPage::openTopup()
{
    if (m_topupDialog) {
        m_topupDialog->raise();
        m_topupDialog->activateWindow();
        return m_topupDialog;
    }
    auto* dialog = new TopupDialog(m_api, m_partnerId, m_quotaEventId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_topupDialog = dialog;
    connect(dialog, &TopupDialog::created, this, [this](const QJsonObject& transaction) {
        m_transactionId = str(transaction, "id");
        // Shown at once in the list, so "Unggah bukti" is right there when the dialog closes.
        if (m_transactionFilter->currentIndex() != 0)
            m_transactionFilter->setCurrentIndex(0);
        m_transactionsTable->clearSelection();
        m_transactionsTable->setCurrentIndex({});
        m_transactions->reload();
        showTransaction(transaction);
    });
    dialog->show();
    return dialog;
}

void BillingPage::loadCredit()
{
    m_api.get(
        QStringLiteral("/api/v1/partner/credit"), scoped(), this,
        [this](const ApiResponse& response) {
            const QJsonObject credit = response.object();
            const qint64 limit = credit.value(QStringLiteral("credit_limit")).toInteger();
            const qint64 used = credit.value(QStringLiteral("outstanding")).toInteger();
            const qint64 available = credit.value(QStringLiteral("available")).toInteger();
            m_creditLimit->setText(PartnerFormat::money(limit));
            m_creditUsed->setText(PartnerFormat::money(used));
            m_creditAvailable->setText(PartnerFormat::money(available));
            const double share = limit > 0 ? std::min(1.0, double(used) / double(limit)) : 1.0;
            m_creditBar->setValue(int(share * 1000));
            m_creditBar->setFormat(tr("%1% terpakai").arg(QLocale().toString(share * 100, 'f', 0)));
            // Green while there is room, amber past 75%, red past 90%: the partner sees it coming.
            const QString colour = share >= 0.9    ? QStringLiteral("#DC2626")
                                   : share >= 0.75 ? QStringLiteral("#D97706")
                                                   : QStringLiteral("#16A34A");
            m_creditBar->setStyleSheet(
                QStringLiteral("QProgressBar { border: 1px solid #D1D5DB; border-radius: 4px; "
                               "text-align: center; } QProgressBar::chunk { background: %1; }")
                    .arg(colour));
            m_creditPending->setText(
                tr("Belum ditagih: %1 · Sudah ditagih, belum dibayar: %2")
                    .arg(PartnerFormat::money(
                             credit.value(QStringLiteral("pending_amount")).toInteger()),
                         PartnerFormat::money(
                             credit.value(QStringLiteral("billed_unpaid_amount")).toInteger())));
            BillingCharts::showCreditMonths(m_creditChart,
                                            credit.value(QStringLiteral("months")).toArray());
            emit creditLoaded(credit);
        },
        [this](const ApiError& error) { showError(error); });
}

void BillingPage::loadInvoice(const QString& id)
{
    m_invoiceId = id;
    m_api.get(
        QStringLiteral("/api/v1/partner/invoices/%1").arg(id), scoped(), this,
        [this, id](const ApiResponse& response) {
            if (id == m_invoiceId)
                showInvoice(response.object());
        },
        [this](const ApiError& error) { showError(error); });
}

void BillingPage::showInvoice(const QJsonObject& invoice)
{
    const QString status = str(invoice, "status");
    m_invoiceTitle->setText(
        QStringLiteral("%1 · %2 · %3")
            .arg(str(invoice, "number"), period(invoice),
                 PartnerFormat::money(invoice.value(QStringLiteral("amount")).toInteger())));
    m_invoiceStatus->setStatus(paymentStatus(status, QStringLiteral("monthly_invoice")),
                               paymentColour(status));
    m_invoiceStatus->show();
    QStringList facts;
    if (!str(invoice, "due_at").isEmpty()) {
        const QDateTime due = QDateTime::fromString(str(invoice, "due_at"), Qt::ISODateWithMs);
        const bool overdue = status == QStringLiteral("pending") && due.isValid() &&
                             due < QDateTime::currentDateTimeUtc();
        facts << (overdue ? tr("Jatuh tempo: %1 (lewat jatuh tempo)") : tr("Jatuh tempo: %1"))
                     .arg(PartnerFormat::date(str(invoice, "due_at")));
        m_invoiceDetail->setStyleSheet(overdue ? QStringLiteral("color: #B91C1C;") : QString());
    }
    if (status == QStringLiteral("paid"))
        facts << tr("Dibayar: %1").arg(dateTime(str(invoice, "paid_at")));
    m_invoiceDetail->setText(facts.join(QStringLiteral(" · ")));
    const QJsonArray lines = invoice.value(QStringLiteral("lines")).toArray();
    m_invoiceLines->setRowCount(static_cast<int>(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject line = lines.at(row).toObject();
        m_invoiceLines->setItem(row, 0, cell(str(line, "client_name")));
        m_invoiceLines->setItem(row, 1, cell(str(line, "event_reference_code")));
        m_invoiceLines->setItem(row, 2,
                                cell(str(line, "kind") == QStringLiteral("executive")
                                         ? tr("Ringkasan eksekutif")
                                         : tr("Laporan")));
        m_invoiceLines->setItem(
            row, 3,
            cell(PartnerFormat::money(line.value(QStringLiteral("amount")).toInteger()), true));
        m_invoiceLines->setItem(row, 4, cell(PartnerFormat::date(str(line, "created_at"))));
    }
    m_invoiceLines->resizeColumnsToContents();
    const QJsonArray reminders = invoice.value(QStringLiteral("reminders")).toArray();
    m_invoiceReminders->setRowCount(static_cast<int>(reminders.size()));
    for (int row = 0; row < reminders.size(); ++row) {
        const QJsonObject reminder = reminders.at(row).toObject();
        m_invoiceReminders->setItem(row, 0, cell(dateTime(str(reminder, "due_at"))));
        m_invoiceReminders->setItem(row, 1, cell(reminderChannel(str(reminder, "channel"))));
        m_invoiceReminders->setItem(row, 2, cell(reminderStatus(str(reminder, "status"))));
        m_invoiceReminders->setItem(row, 3, cell(dateTime(str(reminder, "sent_at"))));
    }
    m_invoiceReminders->resizeColumnsToContents();
    emit invoiceShown(invoice);
}

void BillingPage::handleEvent(const QString& name, const QJsonObject& data)
{
    if (m_paymentModel.isEmpty())
        return; // not loaded yet: the first look reads everything anyway
    if (name == QStringLiteral("partner.payment_updated") ||
        name == QStringLiteral("partner.invoice_updated"))
        m_message->clear(); // "proof sent…" and the like are past once the status moved
    if (name == QStringLiteral("partner.payment_updated") && isPrepaid()) {
        m_transactions->reload();
        if (str(data, "id") == m_transactionId)
            refreshTransaction();
        // A confirmed top-up changes the quota left and its history.
        m_quotaModel->reload();
        if (!m_quotaEventId.isEmpty())
            loadQuota(m_quotaEventId);
    } else if (name == QStringLiteral("partner.invoice_updated") && !isPrepaid()) {
        loadCredit();
        m_invoices->reload();
        if (str(data, "id") == m_invoiceId)
            loadInvoice(m_invoiceId);
    } else if (name == QStringLiteral("partner.client_completed")) {
        if (isPrepaid()) {
            m_quotaModel->reload();
            if (!m_quotaEventId.isEmpty())
                loadQuota(m_quotaEventId);
        } else {
            loadCredit();
        }
    }
}

} // namespace ey::desk::partner

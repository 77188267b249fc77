// ClientsPage: filter bar, clients table and single report download.
#include "ClientsPage.h"

#include "PartnerFormat.h"
#include "PartnerTableModel.h"

#include "ApiClient.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

QString sub(const QJsonObject& item, const char* object, const char* field)
{
    return item.value(QString::fromLatin1(object))
        .toObject()
        .value(QString::fromLatin1(field))
        .toString();
}

QString clientStatus(const QString& status)
{
    if (status == QStringLiteral("in_progress"))
        return ClientsPage::tr("Sedang mengerjakan");
    if (status == QStringLiteral("pending_download"))
        return ClientsPage::tr("Menunggu unduhan");
    if (status == QStringLiteral("complete"))
        return ClientsPage::tr("Selesai");
    return status;
}

QList<ColumnSpec> clientColumns()
{
    return {
        {QStringLiteral("client"), [] { return ClientsPage::tr("Nama klien"); },
         [](const QJsonObject& c) { return QVariant(sub(c, "client", "full_name")); }},
        {QStringLiteral("email"), [] { return ClientsPage::tr("Email"); },
         [](const QJsonObject& c) { return QVariant(sub(c, "client", "email")); }},
        {QStringLiteral("organization"), [] { return ClientsPage::tr("Organisasi"); },
         [](const QJsonObject& c) { return QVariant(sub(c, "client", "organization")); }},
        {QStringLiteral("event"), [] { return ClientsPage::tr("Acara"); },
         [](const QJsonObject& c) { return QVariant(sub(c, "event", "reference_code")); }},
        {QStringLiteral("status"), [] { return ClientsPage::tr("Status"); },
         [](const QJsonObject& c) {
             return QVariant(clientStatus(c.value(QStringLiteral("status")).toString()));
         }},
        {QStringLiteral("started_at"), [] { return ClientsPage::tr("Mulai"); },
         [](const QJsonObject& c) {
             return QVariant(PartnerFormat::date(c.value(QStringLiteral("started_at")).toString()));
         }},
        {QStringLiteral("completed_at"), [] { return ClientsPage::tr("Selesai mengerjakan"); },
         [](const QJsonObject& c) {
             return QVariant(
                 PartnerFormat::date(c.value(QStringLiteral("completed_at")).toString()));
         }},
    };
}

} // namespace

ClientsPage::ClientsPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Cari nama atau email klien…"));
    m_search->setClearButtonEnabled(true);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("eventFilter"));
    m_event->setMinimumWidth(200);
    m_event->addItem(tr("Semua acara"), QString());
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Semua status"), QString());
    for (const char* status : {"in_progress", "pending_download", "complete"})
        m_status->addItem(clientStatus(QString::fromLatin1(status)), QString::fromLatin1(status));
    m_download = new QPushButton(tr("Unduh laporan"), this);
    m_download->setObjectName(QStringLiteral("download"));
    m_download->setEnabled(false);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_event);
    bar->addWidget(m_status);
    bar->addWidget(m_download);
    layout->addLayout(bar);

    m_model = new PartnerTableModel(api, QStringLiteral("/api/v1/partner/clients"), clientColumns(),
                                    {}, 4, QStringLiteral("status"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ClientsPage::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);
    connect(m_model, &PagedTableModel::pageLoaded, this,
            [this] { m_table->resizeColumnsToContents(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                // Only finished clients have a report; an unfinished one has nothing to fetch.
                m_download->setEnabled(
                    current.isValid() &&
                    m_model->item(current.row()).value(QStringLiteral("status")).toString() !=
                        QStringLiteral("in_progress"));
            });
    connect(m_download, &QPushButton::clicked, this, &ClientsPage::downloadSelected);
    connect(m_table, &QAbstractItemView::activated, this, &ClientsPage::downloadSelected);
}

void ClientsPage::setPartnerId(const QString& partnerId)
{
    m_partnerId = partnerId;
    reload();
}

void ClientsPage::reload()
{
    loadEvents();
    applyFilter();
}

void ClientsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ClientsPage::applyFilter()
{
    QUrlQuery filter;
    if (!m_partnerId.isEmpty())
        filter.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    if (!m_event->currentData().toString().isEmpty())
        filter.addQueryItem(QStringLiteral("event_id"), m_event->currentData().toString());
    if (!m_status->currentData().toString().isEmpty())
        filter.addQueryItem(QStringLiteral("status"), m_status->currentData().toString());
    if (!m_search->text().trimmed().isEmpty())
        filter.addQueryItem(QStringLiteral("q"), m_search->text().trimmed());
    m_model->setFilter(filter);
    m_model->reload();
    m_download->setEnabled(false);
}

void ClientsPage::loadEvents()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/events"), query, this, [this](const ApiResponse& response) {
            const QString kept = m_event->currentData().toString();
            QSignalBlocker block(m_event);
            m_event->clear();
            m_event->addItem(tr("Semua acara"), QString());
            for (const auto value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject e = value.toObject();
                const QString title = e.value(QStringLiteral("title")).toString();
                const QString code = e.value(QStringLiteral("reference_code")).toString();
                m_event->addItem(title.isEmpty() ? code
                                                 : QStringLiteral("%1 — %2").arg(code, title),
                                 e.value(QStringLiteral("id")).toString());
            }
            m_event->setCurrentIndex(std::max(0, m_event->findData(kept)));
        });
}

void ClientsPage::downloadSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_download->isEnabled())
        return;
    const QJsonObject item = m_model->item(current.row());
    const QString name =
        sub(item, "client", "full_name").simplified().replace(QLatin1Char(' '), QLatin1Char('-')) +
        QStringLiteral(".pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan laporan"), folder + QLatin1Char('/') + name, tr("Dokumen PDF (*.pdf)"));
    if (!path.isEmpty())
        download(current.row(), path);
}

void ClientsPage::download(int row, const QString& path)
{
    const QJsonObject item = m_model->item(row);
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/partner/clients/%1/report.pdf")
                       .arg(item.value(QStringLiteral("id")).toString());
    if (!m_partnerId.isEmpty())
        request.query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    request.timeoutMs = 120000; // the first download renders the PDF on the server
    m_download->setEnabled(false);
    m_message->setText(tr("Mengunduh laporan %1…").arg(sub(item, "client", "full_name")));
    m_api.send(
        request, this,
        [this, path](const ApiResponse& response) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(response.body) < 0 ||
                !file.commit()) {
                m_message->setText(
                    tr("Laporan tidak dapat disimpan ke %1. Pilih folder lain.").arg(path));
                return;
            }
            m_message->setText(tr("Laporan disimpan ke %1.").arg(path));
            m_model->reload(); // the first download marks the client complete
            emit downloaded(path);
        },
        [this](const ApiError& error) {
            m_download->setEnabled(true);
            m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
        });
}

} // namespace ey::desk::partner

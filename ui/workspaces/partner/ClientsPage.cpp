// ClientsPage: filter bar, clients table, client pane, single and bulk report download, add-on.
#include "ClientsPage.h"

#include "BusinessDate.h"
#include "BulkZipDownload.h"
#include "PartnerFormat.h"
#include "PartnerTableModel.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
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

bool executivePending(const QJsonObject& client)
{
    // The server names the pending add-on payment once the payments work lands; either field
    // means "reserved for a payment that is not confirmed yet".
    return !client.value(QStringLiteral("executive_transaction_id")).toString().isEmpty() ||
           client.value(QStringLiteral("executive_pending")).toBool();
}

QString executiveStatus(const QJsonObject& client)
{
    if (client.value(QStringLiteral("executive_available")).toBool())
        return ClientsPage::tr("Tersedia");
    if (executivePending(client))
        return ClientsPage::tr("Menunggu pembayaran");
    return QStringLiteral("—");
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
        {QStringLiteral("executive_available"),
         [] { return ClientsPage::tr("Ringkasan eksekutif"); },
         [](const QJsonObject& c) { return QVariant(executiveStatus(c)); }},
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
    m_zip = new QPushButton(tr("Unduh ZIP"), this);
    m_zip->setObjectName(QStringLiteral("downloadZip"));
    m_zip->setToolTip(tr("Laporan semua klien yang dipilih dalam satu berkas ZIP (Ctrl+E)"));
    m_zip->setEnabled(false);
    m_executive = new QPushButton(tr("Ringkasan Eksekutif"), this);
    m_executive->setObjectName(QStringLiteral("executive"));
    m_executive->setToolTip(
        tr("Tambahkan ringkasan eksekutif ke laporan klien yang dipilih (berbayar per klien)"));
    m_executive->setEnabled(false);
    // Pre-paid partners choose how to pay; post-paid partners get it on credit with one click.
    m_executiveMenu = new QMenu(this);
    m_executiveMenu->addAction(tr("Bayar dengan transfer bank"), this,
                               [this] { requestExecutive(QStringLiteral("manual")); });
    m_executiveMenu->addAction(tr("Bayar online (Xendit)"), this,
                               [this] { requestExecutive(QStringLiteral("xendit")); });
    bar->addWidget(m_search, 1);
    bar->addWidget(m_event);
    bar->addWidget(m_status);
    // Finished between two dates: an intake's week, a month's billing.
    m_byDate = new QCheckBox(tr("Selesai"), this);
    m_byDate->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(businessToday().addDays(-30), this);
    m_to = new QDateEdit(businessToday(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setToolTip(tr("Selesai mulai tanggal"));
    m_to->setToolTip(tr("Selesai sampai tanggal"));
    bar->addWidget(m_byDate);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("s.d."), this));
    bar->addWidget(m_to);
    bar->addWidget(m_download);
    bar->addWidget(m_zip);
    bar->addWidget(m_executive);
    layout->addLayout(bar);

    m_model = new PartnerTableModel(api, QStringLiteral("/api/v1/partner/clients"), clientColumns(),
                                    {}, 4, QStringLiteral("status"), this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl/Shift-click and Ctrl+A pick the clients for "Unduh ZIP" and the add-on.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    splitter->addWidget(m_table);

    m_detail = new QWidget(splitter);
    m_detail->setObjectName(QStringLiteral("clientDetail"));
    auto* detailLayout = new QVBoxLayout(m_detail);
    m_detailName = new QLabel(m_detail);
    m_detailName->setObjectName(QStringLiteral("detailName"));
    QFont nameFont = m_detailName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_detailName->setFont(nameFont);
    m_detailName->setWordWrap(true);
    m_detailStatus = new StatusBadge(m_detail);
    auto* form = new QFormLayout;
    m_detailEmail = new QLabel(m_detail);
    m_detailOrganization = new QLabel(m_detail);
    m_detailEvent = new QLabel(m_detail);
    m_detailDates = new QLabel(m_detail);
    m_detailExecutive = new QLabel(m_detail);
    for (QLabel* label :
         {m_detailEmail, m_detailOrganization, m_detailEvent, m_detailDates, m_detailExecutive}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(tr("Email"), m_detailEmail);
    form->addRow(tr("Organisasi"), m_detailOrganization);
    form->addRow(tr("Acara"), m_detailEvent);
    form->addRow(tr("Waktu"), m_detailDates);
    form->addRow(tr("Ringkasan eksekutif"), m_detailExecutive);
    m_detailEmpty = new QLabel(m_detail);
    m_detailEmpty->setWordWrap(true);
    m_detailEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_detailName);
    detailLayout->addWidget(m_detailStatus, 0, Qt::AlignLeft);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_detailEmpty);
    detailLayout->addStretch(1);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    showDetail({});
    updateActions();

    auto* exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ClientsPage::zipSelected);
    addAction(exportAction);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ClientsPage::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);
    connect(m_byDate, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_byDate->isChecked())
                applyFilter();
        });
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        m_table->resizeColumnsToContents();
        findPendingClient();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        if (m_shown.isEmpty() || m_pendingClientId.isEmpty())
            showDetail({});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showDetail(m_model->item(current.row()));
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientsPage::updateActions);
    connect(m_download, &QPushButton::clicked, this, &ClientsPage::downloadSelected);
    connect(m_zip, &QPushButton::clicked, this, &ClientsPage::zipSelected);
    connect(m_executive, &QPushButton::clicked, this, [this] {
        if (m_paymentModel == QStringLiteral("before_payment"))
            requestExecutive(QStringLiteral("manual"));
        else
            m_executiveMenu->popup(m_executive->mapToGlobal(QPoint(0, m_executive->height())));
    });
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
    loadPartner();
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
    if (m_byDate->isChecked()) {
        filter.addQueryItem(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
        filter.addQueryItem(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    }
    m_model->setFilter(filter);
    m_model->reload();
    updateActions();
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

void ClientsPage::loadPartner()
{
    QUrlQuery query;
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/me"), query, this, [this](const ApiResponse& response) {
            m_paymentModel = response.object().value(QStringLiteral("payment_model")).toString();
        });
}

QStringList ClientsPage::selectedClientIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids.append(m_model->item(index.row()).value(QStringLiteral("id")).toString());
    return ids;
}

void ClientsPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool busy = !m_bulk.isNull();
    // Only finished clients have a report; an unfinished one has nothing to fetch.
    const auto finished = [this](int row) {
        return m_model->item(row).value(QStringLiteral("status")).toString() !=
               QStringLiteral("in_progress");
    };
    m_download->setEnabled(!busy && current.isValid() &&
                           m_table->selectionModel()->isRowSelected(current.row(), {}) &&
                           finished(current.row()));
    int reports = 0;
    int addOns = 0;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (!finished(index.row()))
            continue;
        ++reports;
        const QJsonObject item = m_model->item(index.row());
        if (!item.value(QStringLiteral("executive_available")).toBool() && !executivePending(item))
            ++addOns;
    }
    const auto selected = m_table->selectionModel()->selectedRows().size();
    if (selected > 1)
        showDetail({}); // several clients: the pane says what the buttons will act on
    m_detailEmpty->setText(
        selected > 1
            ? tr("%1 klien dipilih: %2 dengan laporan siap diunduh.").arg(selected).arg(reports)
            : tr("Pilih klien untuk melihat rinciannya. Ctrl/Shift-klik atau Ctrl+A memilih "
                 "beberapa klien untuk diunduh sekaligus."));
    m_zip->setEnabled(!busy && reports > 0);
    m_zip->setText(reports > 1 ? tr("Unduh ZIP (%1)").arg(reports) : tr("Unduh ZIP"));
    m_executive->setEnabled(addOns > 0);
}

void ClientsPage::showDetail(const QJsonObject& client)
{
    m_shown = client;
    const bool empty = client.isEmpty();
    for (QWidget* widget : m_detail->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        widget->setVisible(!empty);
    m_detailEmpty->setVisible(empty);
    if (empty)
        return;
    const QString status = client.value(QStringLiteral("status")).toString();
    m_detailName->setText(sub(client, "client", "full_name"));
    m_detailStatus->setStatus(clientStatus(status), PartnerFormat::statusColour(status));
    m_detailEmail->setText(sub(client, "client", "email"));
    const QString organization = sub(client, "client", "organization");
    const QString position = sub(client, "client", "position");
    m_detailOrganization->setText(
        organization.isEmpty()
            ? QStringLiteral("—")
            : (position.isEmpty() ? organization
                                  : QStringLiteral("%1, %2").arg(position, organization)));
    const QString title = sub(client, "event", "title");
    const QString code = sub(client, "event", "reference_code");
    m_detailEvent->setText(title.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, title));
    QStringList dates{
        tr("Mulai %1")
            .arg(PartnerFormat::date(client.value(QStringLiteral("started_at")).toString()))};
    if (!client.value(QStringLiteral("completed_at")).toString().isEmpty())
        dates << tr("Selesai %1")
                     .arg(PartnerFormat::date(
                         client.value(QStringLiteral("completed_at")).toString()));
    if (!client.value(QStringLiteral("downloaded_at")).toString().isEmpty())
        dates << tr("Diunduh %1")
                     .arg(PartnerFormat::date(
                         client.value(QStringLiteral("downloaded_at")).toString()));
    m_detailDates->setText(dates.join(QLatin1Char('\n')));
    m_detailExecutive->setText(executiveStatus(client));
}

void ClientsPage::showClient(const QString& clientId)
{
    m_pendingClientId = clientId;
    {
        // A link shows the client whatever the filters were; cleared quietly, loaded once.
        const QSignalBlocker search(m_search);
        const QSignalBlocker event(m_event);
        const QSignalBlocker status(m_status);
        const QSignalBlocker byDate(m_byDate);
        m_search->clear();
        m_event->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_byDate->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_searchDelay->stop();
    }
    applyFilter();
}

void ClientsPage::findPendingClient()
{
    if (m_pendingClientId.isEmpty())
        return;
    const QString id = m_pendingClientId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row).value(QStringLiteral("id")).toString() != id)
            continue;
        m_pendingClientId.clear();
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
        m_table->setFocus();
        emit clientShown(id);
        return;
    }
    // Further down the list than the first page: fetched on its own and shown in the pane.
    m_pendingClientId.clear();
    QUrlQuery query;
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/clients/%1").arg(id), query, this,
        [this, id](const ApiResponse& response) {
            m_table->clearSelection();
            showDetail(response.object());
            emit clientShown(id);
        },
        [this](const ApiError& error) {
            m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
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

void ClientsPage::zipSelected()
{
    if (!m_zip->isEnabled())
        return;
    const int count = static_cast<int>(selectedClientIds().size());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Laporan-asesmen-%1-klien.zip").arg(count);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Simpan laporan (ZIP)"),
                                     folder + QLatin1Char('/') + name, tr("Arsip ZIP (*.zip)"));
    if (!path.isEmpty())
        downloadZip(path);
}

void ClientsPage::downloadZip(const QString& path)
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QJsonObject item = m_model->item(index.row());
        if (item.value(QStringLiteral("status")).toString() != QStringLiteral("in_progress"))
            ids.append(item.value(QStringLiteral("id")).toString());
    }
    if (ids.isEmpty() || m_bulk)
        return;
    auto* bulk = new BulkZipDownload(m_api, ids, m_partnerId, path, this);
    m_bulk = bulk;
    auto* progress = new QProgressDialog(this);
    m_progress = progress;
    progress->setObjectName(QStringLiteral("zipProgress"));
    progress->setWindowTitle(tr("Unduh ZIP"));
    progress->setLabelText(tr("Menyiapkan laporan… 0 dari %1 laporan").arg(ids.size()));
    progress->setCancelButtonText(tr("Batal"));
    progress->setRange(0, static_cast<int>(ids.size()));
    progress->setValue(0);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    const auto closeProgress = [this, progress] {
        m_bulk = nullptr; // it deletes itself later; for the buttons it is over now
        progress->hide();
        progress->deleteLater();
        updateActions();
    };
    connect(bulk, &BulkZipDownload::progress, progress, [this, progress](int done, int total) {
        progress->setValue(done);
        if (done > 0) // until the first report is in, "Menyiapkan…" says what is happening
            progress->setLabelText(tr("%1 dari %2 laporan").arg(done).arg(total));
        emit zipProgressed(done, total);
    });
    connect(progress, &QProgressDialog::canceled, bulk, &BulkZipDownload::cancel);
    connect(bulk, &BulkZipDownload::finished, this,
            [this, closeProgress](const QString& file, int reports) {
                closeProgress();
                m_message->setText(tr("%1 laporan disimpan ke %2.").arg(reports).arg(file));
                m_model->reload(); // downloaded clients are complete now
                emit zipFinished(file, reports);
            });
    connect(bulk, &BulkZipDownload::failed, this, [this, closeProgress](const QString& message) {
        closeProgress();
        m_message->setText(message);
        m_model->reload(); // reports delivered before the failure were charged
        emit zipFailed(message);
    });
    connect(bulk, &BulkZipDownload::cancelled, this, [this, closeProgress] {
        closeProgress();
        m_message->setText(tr("Unduhan ZIP dibatalkan; tidak ada berkas yang disimpan."));
        m_model->reload();
        emit zipCancelled();
    });
    m_message->setText(tr("Mengunduh %1 laporan ke %2…").arg(ids.size()).arg(path));
    updateActions();
    progress->show();
    bulk->start();
}

void ClientsPage::requestExecutive(const QString& method)
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QJsonObject item = m_model->item(index.row());
        if (item.value(QStringLiteral("status")).toString() != QStringLiteral("in_progress") &&
            !item.value(QStringLiteral("executive_available")).toBool() && !executivePending(item))
            ids.append(item.value(QStringLiteral("id")).toString());
    }
    if (ids.isEmpty())
        return;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/executive");
    if (!m_partnerId.isEmpty())
        request.query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    QJsonObject body;
    body.insert(QStringLiteral("client_ids"), QJsonArray::fromStringList(ids));
    body.insert(QStringLiteral("method"), method);
    request.body = QJsonDocument(body);
    m_executive->setEnabled(false);
    m_message->setText(tr("Memesan ringkasan eksekutif untuk %1 klien…").arg(ids.size()));
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            const QJsonObject answer = response.object();
            const QJsonObject transaction = answer.value(QStringLiteral("transaction")).toObject();
            if (transaction.isEmpty()) {
                const auto activated =
                    answer.value(QStringLiteral("activated_client_ids")).toArray().size();
                m_message->setText(
                    tr("Ringkasan eksekutif aktif untuk %1 klien; %2 masuk tagihan bulan ini. "
                       "Unduh ulang laporannya untuk mendapatkan ringkasan.")
                        .arg(activated)
                        .arg(PartnerFormat::money(
                            answer.value(QStringLiteral("credit_amount")).toInteger())));
            } else {
                m_message->setText(
                    tr("Pembayaran %1 sebesar %2 dibuat. Selesaikan di tab \"Kuota & Tagihan\"; "
                       "ringkasan eksekutif tersedia setelah pembayaran dikonfirmasi.")
                        .arg(transaction.value(QStringLiteral("number")).toString(),
                             PartnerFormat::money(
                                 transaction.value(QStringLiteral("amount")).toInteger())));
                const QString invoiceUrl =
                    transaction.value(QStringLiteral("invoice_url")).toString();
                if (!invoiceUrl.isEmpty())
                    QDesktopServices::openUrl(QUrl(invoiceUrl));
            }
            m_model->reload();
            emit executiveRequested(transaction);
        },
        [this](const ApiError& error) {
            updateActions();
            m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
        });
}

} // namespace ey::desk::partner

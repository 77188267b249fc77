// SalesPage: the sales table, its columns, selection, export, resend and live reloads.
#include "SalesPage.h"

#include "SaleDetailPane.h"
#include "SalesExporter.h"
#include "SalesFilterBar.h"
#include "SalesFormat.h"
#include "SalesTableDelegate.h"

#include "ApiClient.h"
#include "DownloadProgress.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "Toast.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ey::desk::sales {

namespace {

QString nested(const QJsonObject& item, const char* object, const char* key)
{
    return item.value(QLatin1String(object)).toObject().value(QLatin1String(key)).toString();
}

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("invoice_number"), [] { return SalesPage::tr("Invoice"); },
         [](const QJsonObject& item) -> QVariant {
             return item.value(QStringLiteral("invoice_number")).toString() + QLatin1Char('\n') +
                    SalesFormat::date(item.value(QStringLiteral("created_at")).toString());
         }},
        {QStringLiteral("buyer"), [] { return SalesPage::tr("Nama"); },
         [](const QJsonObject& item) -> QVariant {
             return nested(item, "buyer", "full_name") + QLatin1Char('\n') +
                    nested(item, "buyer", "email");
         }},
        {QStringLiteral("product"), [] { return SalesPage::tr("Produk"); },
         [](const QJsonObject& item) -> QVariant {
             const QJsonObject product = item.value(QStringLiteral("product")).toObject();
             QString title = product.value(QStringLiteral("title")).toString();
             const int items = product.value(QStringLiteral("items")).toInt();
             if (items > 1)
                 title += SalesPage::tr(" +%1 item").arg(items - 1);
             return title + QLatin1Char('\n') + SalesFormat::productKind(product);
         }},
        {QStringLiteral("amount"), [] { return SalesPage::tr("Total"); },
         [](const QJsonObject& item) -> QVariant {
             return SalesFormat::money(item.value(QStringLiteral("amount")).toInteger());
         }},
        {QStringLiteral("status"), [] { return SalesPage::tr("Status"); },
         [](const QJsonObject& item) -> QVariant {
             return SalesFormat::status(item.value(QStringLiteral("status")).toString());
         }},
        {QStringLiteral("affiliate"), [] { return SalesPage::tr("Affiliate"); },
         [](const QJsonObject& item) -> QVariant {
             const QJsonObject affiliate = item.value(QStringLiteral("affiliate")).toObject();
             if (affiliate.isEmpty())
                 return QStringLiteral("\u2014");
             const QJsonValue commission = affiliate.value(QStringLiteral("commission"));
             return affiliate.value(QStringLiteral("full_name")).toString() + QLatin1Char('\n') +
                    (commission.isNull() ? SalesPage::tr("komisi belum diposting")
                                         : SalesFormat::money(commission.toInteger()));
         }},
        {QStringLiteral("followups"), [] { return SalesPage::tr("Follow-up"); },
         [](const QJsonObject& item) -> QVariant {
             return SalesFormat::followups(item.value(QStringLiteral("followups")).toObject());
         }},
        {QStringLiteral("actions"), [] { return SalesPage::tr("Aksi"); },
         [](const QJsonObject&) -> QVariant { return QString(); }},
    };
}

} // namespace

SalesPage::SalesPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("salesPage"));
    m_canManage = m_context.session.hasPermission(QStringLiteral("sales.manage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    auto* top = new QHBoxLayout;
    m_filters = new SalesFilterBar(m_context.api, this);
    top->addWidget(m_filters, 1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    top->addWidget(m_export);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("salesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_model =
        new PagedTableModel(m_context.api, QStringLiteral("/api/v1/admin/sales"), columns(), this);
    m_model->setPageSize(50);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(Invoice, Qt::DescendingOrder);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (int column : {Invoice, Buyer, Product, Affiliate, FollowUp})
        m_table->setItemDelegateForColumn(
            column, new SalesTableDelegate(SalesTableDelegate::Kind::TwoLine, m_table));
    m_table->setItemDelegateForColumn(
        Total, new SalesTableDelegate(SalesTableDelegate::Kind::Money, m_table));
    m_table->setItemDelegateForColumn(
        Status, new SalesTableDelegate(SalesTableDelegate::Kind::Status, m_table));
    m_actions = new SalesTableDelegate(SalesTableDelegate::Kind::Actions, m_table);
    m_actions->setResendAllowed(m_canManage);
    m_table->setItemDelegateForColumn(Actions, m_actions);
    const int widths[ColumnCount] = {105, 185, 175, 112, 108, 145, 100, 110};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    leftLayout->addWidget(m_table, 1);

    const auto footer = addListFooter(leftLayout, left, QStringLiteral("sales"));
    m_message = footer.message;
    m_count = footer.count;

    m_detail = new SaleDetailPane(m_context.api, m_canManage, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table gets the whole width until a sale is opened; an empty pane only takes columns.
    m_detail->hide();

    m_exporter = new SalesExporter(m_context.api, this);

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(400); // payment + notification + follow-up events become one reload
    connect(&m_liveReload, &QTimer::timeout, this, &SalesPage::reload);

    connect(m_filters, &SalesFilterBar::filterChanged, this, &SalesPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &SalesPage::exportCsv);
    connect(m_table, &QTableView::activated, this, &SalesPage::openRow);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &SalesPage::sortBy);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_selectedInvoice =
                    m_model->item(current.row()).value(QStringLiteral("invoice_number")).toString();
        });
    for (int column = 0; column < ColumnCount; ++column) {
        if (auto* delegate =
                qobject_cast<SalesTableDelegate*>(m_table->itemDelegateForColumn(column))) {
            connect(delegate, &SalesTableDelegate::detailRequested, this,
                    [this](int row) { openRow(m_model->index(row, Invoice)); });
            connect(delegate, &SalesTableDelegate::resendRequested, this, [this](int row) {
                resend(m_model->item(row).value(QStringLiteral("invoice_number")).toString());
            });
        }
    }
    connect(m_detail, &SaleDetailPane::resendRequested, this, &SalesPage::resend);
    connect(m_model, &PagedTableModel::pageLoaded, this, &SalesPage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadingChanged, this, &SalesPage::updateCount);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_message->setText(error.detail);
        m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
    });
    connect(m_exporter, &SalesExporter::finished, this, [this](const QString& path, qint64 rows) {
        Toast::showOn(window(), tr("Ekspor selesai"),
                      tr("%1 baris disimpan ke %2")
                          .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
                      6);
    });
    connect(m_exporter, &SalesExporter::failed, this, [this](const QString& message) {
        Toast::showOn(window(), tr("Ekspor gagal"), message, 0);
    });
    connect(m_exporter, &SalesExporter::cancelled, this, [this] {
        Toast::showOn(window(), tr("Ekspor dibatalkan"),
                      tr("Berkas yang belum selesai sudah dihapus."), 4);
    });

    retranslateUi();
    applyFilter();
}

SalesPage::~SalesPage() = default;

void SalesPage::retranslateUi()
{
    m_export->setText(tr("Ekspor CSV"));
    m_export->setToolTip(tr("Ekspor baris yang sesuai filter ke CSV (Ctrl+E)"));
    m_model->retranslate();
    updateCount();
}

void SalesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesPage::applyFilter()
{
    QUrlQuery query = m_filters->query();
    query.addQueryItem(QStringLiteral("sort"), m_sort);
    query.addQueryItem(QStringLiteral("order"),
                       m_descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    m_message->clear();
    m_model->setFilter(query);
    if (!m_model->isLoading())
        m_model->reload();
    emit filterChanged();
}

void SalesPage::sortBy(int column)
{
    const QString sort = column == Total     ? QStringLiteral("amount")
                         : column == Invoice ? QStringLiteral("created_at")
                                             : QString();
    if (sort.isEmpty()) {
        // Only Invoice (date) and Total sort on the server; keep the indicator where it was.
        m_table->horizontalHeader()->setSortIndicator(
            m_sort == QStringLiteral("amount") ? Total : Invoice,
            m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_descending = sort == m_sort ? !m_descending : true;
    m_sort = sort;
    m_table->horizontalHeader()->setSortIndicator(column, m_descending ? Qt::DescendingOrder
                                                                       : Qt::AscendingOrder);
    applyFilter();
}

void SalesPage::reload()
{
    m_model->reload();
    m_detail->refresh();
}

void SalesPage::focusSearch()
{
    m_filters->focusSearch();
}

void SalesPage::salesChanged()
{
    m_liveReload.start();
}

void SalesPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_selectedInvoice =
        m_model->item(index.row()).value(QStringLiteral("invoice_number")).toString();
    revealDetail();
    m_detail->showSale(m_selectedInvoice);
}

void SalesPage::revealDetail()
{
    if (!m_detail->isHidden())
        return;
    m_detail->show();
    // Wide enough for the payload JSON; the table keeps the rest.
    const int total = m_splitter->width();
    m_splitter->setSizes({qMax(total - 440, total / 2), qMin(440, total / 2)});
}

void SalesPage::openSale(const QString& invoice)
{
    m_selectedInvoice = invoice;
    revealDetail();
    m_detail->showSale(invoice);
    onPageLoaded();
}

void SalesPage::onPageLoaded()
{
    updateCount();
    if (m_selectedInvoice.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row).value(QStringLiteral("invoice_number")).toString() ==
            m_selectedInvoice) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, Invoice),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
            return;
        }
    }
}

void SalesPage::updateCount()
{
    const int rows = m_model->rowCount();
    showListCount(*m_model, m_message, m_count, tr("Tidak ada transaksi untuk filter ini."),
                  m_model->hasMore() ? tr("%1+ transaksi dimuat").arg(QLocale().toString(rows))
                                     : tr("%n transaksi", nullptr, rows));
}

void SalesPage::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("penjualan-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Simpan ekspor penjualan"),
                                                      suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SalesPage::exportTo(const QString& filePath)
{
    if (m_exporter->isRunning())
        return;
    auto* progress =
        new DownloadProgress(m_exporter->download(), tr("Ekspor CSV"), tr("Mengekspor\u2026"), this);
    progress->setLabel([this](qint64 bytes, qint64) {
        return tr("Mengekspor\u2026 %1 baris (%2)")
            .arg(QLocale().toString(m_exporter->rows()),
                 QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat));
    });
    // The table's own query: same rows, same order as on screen.
    m_exporter->start(filePath, m_model->filter());
}

void SalesPage::resend(const QString& invoice)
{
    if (!m_canManage || invoice.isEmpty())
        return;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/admin/sales/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(invoice)) +
                   QStringLiteral("/resend");
    request.body = QJsonDocument(QJsonObject());
    // If this request is sent again (a retry after a timeout), the buyer is messaged once.
    request.headers.append({QByteArrayLiteral("Idempotency-Key"),
                            QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    m_context.api.send(
        request, this,
        [this, invoice](const ApiResponse& response) {
            const bool link = response.object().value(QStringLiteral("notice")).toString() ==
                              QStringLiteral("payment_link");
            Toast::showOn(
                window(), tr("Notifikasi dikirim ulang"),
                link
                    ? tr("Tautan pembayaran %1 dikirim lagi lewat email dan WhatsApp.").arg(invoice)
                    : tr("Konfirmasi pembelian %1 dikirim lagi lewat email dan WhatsApp.")
                          .arg(invoice),
                5);
        },
        [this](const ApiError& error) {
            Toast::showOn(window(), tr("Tidak bisa mengirim ulang"), error.detail, 0);
        });
}

QByteArray SalesPage::saveSplitter() const
{
    return m_splitter->saveState();
}

void SalesPage::restoreSplitter(const QByteArray& state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace ey::desk::sales

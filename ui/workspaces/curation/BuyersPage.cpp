// BuyersPage: the buyer table, its columns, selection, export and live reloads.
#include "BuyersPage.h"

#include "BuyerEditor.h"
#include "BuyerFilterBar.h"
#include "BuyerImportWizard.h"
#include "BuyerTableDelegate.h"
#include "CountryCatalog.h"
#include "CurationFormat.h"

#include "ApiClient.h"
#include "DownloadProgress.h"
#include "FileDownload.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "Toast.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QString count(const QJsonObject& item, const char* key)
{
    return CurationFormat::number(item.value(QLatin1String(key)).toInteger());
}

QList<ColumnSpec> columns(CountryCatalog* countries)
{
    return {
        {QStringLiteral("company"), [] { return BuyersPage::tr("Perusahaan"); },
         [](const QJsonObject& item) -> QVariant {
             QStringList contact;
             for (const char* key : {"contact_person", "email"}) {
                 const QString value = item.value(QLatin1String(key)).toString();
                 if (!value.isEmpty())
                     contact << value;
             }
             return item.value(QStringLiteral("company")).toString() + QLatin1Char('\n') +
                    contact.join(QStringLiteral(" \u00B7 "));
         }},
        {QStringLiteral("country"), [] { return BuyersPage::tr("Negara"); },
         [countries](const QJsonObject& item) -> QVariant {
             const QString code = item.value(QStringLiteral("country")).toString();
             return countries->label(code) + QLatin1Char('\n') + code;
         }},
        {QStringLiteral("products"), [] { return BuyersPage::tr("Produk"); },
         [](const QJsonObject& item) -> QVariant {
             const QString hs = CurationFormat::joined(item.value(QStringLiteral("hs_codes")));
             return CurationFormat::joined(item.value(QStringLiteral("products"))) +
                    QLatin1Char('\n') + (hs.isEmpty() ? QString() : BuyersPage::tr("HS %1").arg(hs));
         }},
        {QStringLiteral("terms"), [] { return BuyersPage::tr("Syarat"); },
         [](const QJsonObject& item) -> QVariant {
             const QString payment =
                 CurationFormat::joined(item.value(QStringLiteral("payment_terms")), QStringLiteral(" "));
             const QString shipping =
                 CurationFormat::joined(item.value(QStringLiteral("shipping_terms")), QStringLiteral(" "));
             return (payment.isEmpty() ? QStringLiteral("\u2014") : payment) + QLatin1Char('\n') +
                    shipping;
         }},
        {QStringLiteral("verified"), [] { return BuyersPage::tr("Status"); },
         [](const QJsonObject& item) -> QVariant {
             return item.value(QStringLiteral("verified")).toBool()
                        ? BuyersPage::tr("Terverifikasi")
                        : BuyersPage::tr("Belum");
         }},
        {QStringLiteral("rating"), [] { return BuyersPage::tr("Rating"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::stars(item.value(QStringLiteral("rating")));
         }},
        {QStringLiteral("views"), [] { return BuyersPage::tr("Dilihat"); },
         [](const QJsonObject& item) -> QVariant { return count(item, "views"); }},
        {QStringLiteral("likes"), [] { return BuyersPage::tr("Suka"); },
         [](const QJsonObject& item) -> QVariant { return count(item, "likes"); }},
        {QStringLiteral("open_reports"), [] { return BuyersPage::tr("Laporan"); },
         [](const QJsonObject& item) -> QVariant { return count(item, "open_reports"); }},
        {QStringLiteral("date_added"), [] { return BuyersPage::tr("Ditambahkan"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::date(item.value(QStringLiteral("date_added")).toString());
         }},
    };
}

} // namespace

BuyersPage::BuyersPage(const WorkspaceContext& context, CountryCatalog& countries,
                       QWidget* parent)
    : QWidget(parent), m_context(context), m_countries(countries)
{
    setObjectName(QStringLiteral("buyersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newBuyer"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importBuyers"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportBuyers"));
    m_filters = new BuyerFilterBar(m_countries, this);
    m_filters->searchRow()->addSpacing(12);
    m_filters->searchRow()->addWidget(m_new);
    m_filters->searchRow()->addWidget(m_import);
    m_filters->searchRow()->addWidget(m_export);
    layout->addWidget(m_filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("buyersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/admin/buyers"),
                                  columns(&m_countries), this);
    m_model->setPageSize(50);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("buyersTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (int column : {Company, Country, Products, Terms})
        m_table->setItemDelegateForColumn(
            column, new BuyerTableDelegate(BuyerTableDelegate::Kind::TwoLine, m_table));
    m_table->setItemDelegateForColumn(
        Verified, new BuyerTableDelegate(BuyerTableDelegate::Kind::Verified, m_table));
    m_table->setItemDelegateForColumn(
        Rating, new BuyerTableDelegate(BuyerTableDelegate::Kind::Rating, m_table));
    for (int column : {Views, Likes})
        m_table->setItemDelegateForColumn(
            column, new BuyerTableDelegate(BuyerTableDelegate::Kind::Count, m_table));
    m_table->setItemDelegateForColumn(
        Reports, new BuyerTableDelegate(BuyerTableDelegate::Kind::Alert, m_table));
    const int widths[ColumnCount] = {270, 175, 260, 110, 120, 95, 70, 60, 75, 110};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    leftLayout->addWidget(m_table, 1);

    const auto footer = addListFooter(leftLayout, left, QStringLiteral("buyers"));
    m_message = footer.message;
    m_count = footer.count;

    m_editor = new BuyerEditor(m_context.api, m_countries, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table gets the whole width until a buyer is opened.
    m_editor->hide();

    m_exporter = new FileDownload(m_context.api, this);

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(400); // an import's burst of events becomes one reload
    connect(&m_liveReload, &QTimer::timeout, this, &BuyersPage::reload);

    connect(m_filters, &BuyerFilterBar::filterChanged, this, &BuyersPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &BuyersPage::newBuyer);
    connect(m_import, &QPushButton::clicked, this, &BuyersPage::startImport);
    connect(m_export, &QPushButton::clicked, this, &BuyersPage::exportFile);
    connect(m_table, &QTableView::activated, this, &BuyersPage::openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_selectedId = m_model->item(current.row()).value(QStringLiteral("id")).toString();
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, &BuyersPage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadingChanged, this, &BuyersPage::updateCount);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_message->setText(error.detail);
        m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
    });
    // Country names arrive after the first page: repaint the column with names, not codes.
    connect(&m_countries, &CountryCatalog::loaded, m_model, &PagedTableModel::retranslate);

    connect(m_editor, &BuyerEditor::saved, this, [this](const QJsonObject& buyer, bool) {
        m_selectedId = buyer.value(QStringLiteral("id")).toString();
        m_liveReload.start();
        emit buyersChanged();
    });
    connect(m_editor, &BuyerEditor::deleted, this, [this](const QString&) {
        m_selectedId.clear();
        m_editor->hide();
        Toast::showOn(window(), tr("Buyer dihapus"), tr("Buyer sudah dihapus dari direktori."), 4);
        reload();
        emit buyersChanged();
    });
    connect(m_editor, &BuyerEditor::openBuyerRequested, this, &BuyersPage::openBuyer);
    connect(m_editor, &BuyerEditor::closeRequested, this, [this] {
        m_editor->hide();
        m_table->setFocus();
    });

    connect(m_exporter, &FileDownload::finished, this, [this](const QString& path, qint64 bytes) {
        Toast::showOn(window(), tr("Ekspor selesai"),
                      tr("%1 disimpan ke %2")
                          .arg(QLocale().formattedDataSize(bytes, 1,
                                                           QLocale::DataSizeTraditionalFormat),
                               QDir::toNativeSeparators(path)),
                      6);
    });
    connect(m_exporter, &FileDownload::failed, this, [this](const QString& message) {
        Toast::showOn(window(), tr("Ekspor gagal"), message, 0);
    });
    connect(m_exporter, &FileDownload::cancelled, this, [this] {
        Toast::showOn(window(), tr("Ekspor dibatalkan"),
                      tr("Berkas yang belum selesai sudah dihapus."), 4);
    });

    retranslateUi();
    applyFilter();
}

BuyersPage::~BuyersPage() = default;

void BuyersPage::retranslateUi()
{
    m_new->setText(tr("Buyer baru"));
    m_import->setText(tr("Impor\u2026"));
    m_import->setToolTip(tr("Impor buyer dari berkas CSV atau XLSX"));
    m_export->setText(tr("Ekspor\u2026"));
    m_export->setToolTip(tr("Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)"));
    m_model->retranslate();
    updateCount();
}

void BuyersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BuyersPage::applyFilter()
{
    m_message->clear();
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_model->setFilter(m_filters->query());
    if (!m_model->isLoading())
        m_model->reload();
}

void BuyersPage::reload()
{
    m_model->reload();
}

void BuyersPage::focusSearch()
{
    m_filters->focusSearch();
}

void BuyersPage::buyerChanged(const QString& id, const QString& action)
{
    m_liveReload.start();
    if (id.isEmpty() || id != m_editor->buyerId() || m_editor->isHidden())
        return;
    if (action == QStringLiteral("deleted")) {
        m_editor->hide();
        Toast::showOn(window(), tr("Buyer dihapus"),
                      tr("Buyer yang sedang dibuka baru saja dihapus oleh staf lain."), 6);
    } else {
        m_editor->refresh();
    }
}

void BuyersPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    openBuyer(m_model->item(index.row()).value(QStringLiteral("id")).toString());
}

void BuyersPage::openBuyer(const QString& id)
{
    if (id.isEmpty())
        return;
    m_selectedId = id;
    revealEditor();
    m_editor->showBuyer(id);
    onPageLoaded();
}

void BuyersPage::newBuyer()
{
    m_table->clearSelection();
    m_selectedId.clear();
    revealEditor();
    m_editor->newBuyer();
}

void BuyersPage::revealEditor()
{
    if (!m_editor->isHidden())
        return;
    m_editor->show();
    const int total = m_splitter->width();
    m_splitter->setSizes({qMax(total - 520, total / 2), qMin(520, total / 2)});
}

void BuyersPage::onPageLoaded()
{
    updateCount();
    if (m_selectedId.isEmpty())
        return;
    reselectRecord(m_table, *m_model, m_selectedId, Company);
}

void BuyersPage::updateCount()
{
    const int rows = m_model->rowCount();
    showListCount(*m_model, m_message, m_count, tr("Tidak ada buyer untuk filter ini."),
                  m_model->hasMore() ? tr("%1+ buyer dimuat").arg(QLocale().toString(rows))
                                     : tr("%n buyer", nullptr, rows));
}

void BuyersPage::exportFile()
{
    if (m_exporter->isRunning())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("buyer-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Simpan ekspor buyer"), suggested,
                                                tr("Excel (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("csv") && suffix != QStringLiteral("xlsx"))
        path += selected.contains(QStringLiteral("csv")) ? QStringLiteral(".csv")
                                                         : QStringLiteral(".xlsx");
    exportTo(path);
}

void BuyersPage::exportTo(const QString& filePath)
{
    if (m_exporter->isRunning())
        return;
    const bool csv = QFileInfo(filePath).suffix().toLower() == QStringLiteral("csv");
    new DownloadProgress(*m_exporter, csv ? tr("Ekspor CSV") : tr("Ekspor XLSX"),
                         tr("Mengekspor\u2026"), this);
    ApiRequest request;
    request.path = csv ? QStringLiteral("/api/v1/admin/buyers/export.csv")
                       : QStringLiteral("/api/v1/admin/buyers/export.xlsx");
    // The table's own query: the same rows as on screen.
    request.query = m_model->filter();
    m_exporter->start(request, filePath);
}

BuyerImportWizard* BuyersPage::importWizard() const
{
    return m_wizard;
}

BuyerImportWizard* BuyersPage::startImport()
{
    // A finished wizard that is closing (deleted on close) is not reused.
    if (m_wizard && m_wizard->isVisible()) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new BuyerImportWizard(m_context.api, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &BuyerImportWizard::importFinished, this, [this] {
        reload();
        emit buyersChanged();
    });
    m_wizard->show();
    return m_wizard;
}

QByteArray BuyersPage::saveSplitter() const
{
    return m_splitter->saveState();
}

void BuyersPage::restoreSplitter(const QByteArray& state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace ey::desk::curation

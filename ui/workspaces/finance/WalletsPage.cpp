// WalletsPage: wallets list, entries pane, search, export and live reloads.
#include "WalletsPage.h"

#include "CsvDownload.h"
#include "FinanceLabels.h"
#include "MoneyDelegate.h"
#include "SplitterRatio.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ey::desk::finance {

namespace {

qint64 amountOf(const QJsonObject& item, const char* field)
{
    return item.value(QLatin1String(field)).toInteger();
}

QList<ColumnSpec> walletColumns()
{
    return {
        {QStringLiteral("owner"), [] { return WalletsPage::tr("Pemilik"); },
         [](const QJsonObject& item) { return FinanceLabels::accountName(item); }},
        {QStringLiteral("role"), [] { return WalletsPage::tr("Peran / jenis"); },
         [](const QJsonObject& item) {
             const QString role = item.value(QStringLiteral("role")).toString();
             // The company's own accounts are named in the owner column already.
             return role.isEmpty() ? WalletsPage::tr("Akun perusahaan") : FinanceLabels::role(role);
         }},
        {QStringLiteral("balance"), [] { return WalletsPage::tr("Saldo"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "balance")); }},
        {QStringLiteral("held"), [] { return WalletsPage::tr("Ditahan"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "held")); }},
        {QStringLiteral("available"), [] { return WalletsPage::tr("Tersedia"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "available")); }},
    };
}

QList<ColumnSpec> entryColumns()
{
    return {
        {QStringLiteral("created_at"), [] { return WalletsPage::tr("Waktu"); },
         [](const QJsonObject& item) {
             return FinanceLabels::dateTime(item.value(QStringLiteral("created_at")).toString());
         }},
        {QStringLiteral("entry_kind"), [] { return WalletsPage::tr("Jenis"); },
         [](const QJsonObject& item) {
             return FinanceLabels::entryKind(item.value(QStringLiteral("entry_kind")).toString());
         }},
        {QStringLiteral("reference"), [] { return WalletsPage::tr("Referensi"); }},
        {QStringLiteral("memo"), [] { return WalletsPage::tr("Keterangan"); }},
        {QStringLiteral("amount"), [] { return WalletsPage::tr("Jumlah"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "amount")); }},
        {QStringLiteral("balance_after"), [] { return WalletsPage::tr("Saldo berjalan"); },
         [](const QJsonObject& item) {
             return FinanceLabels::money(amountOf(item, "balance_after"));
         }},
    };
}

void styleTable(QTableView* table)
{
    setUpRecordList(table);
    table->verticalHeader()->setDefaultSectionSize(28);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(false);
}

} // namespace

WalletsPage::WalletsPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("walletsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("walletSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("walletExport"));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    bar->addWidget(m_search);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("walletSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_wallets = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/finance/wallets"),
                                    walletColumns(), this);
    m_wallets->setPageSize(100);
    m_walletTable = new QTableView(m_splitter);
    m_walletTable->setObjectName(QStringLiteral("walletTable"));
    m_walletTable->setModel(m_wallets);
    styleTable(m_walletTable);
    auto* money = new MoneyDelegate(m_walletTable);
    for (int column : {Balance, Held, Available})
        m_walletTable->setItemDelegateForColumn(column, money);
    m_walletTable->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Stretch);
    for (int column : {Kind, Balance, Held, Available})
        m_walletTable->setColumnWidth(column, column == Kind ? 150 : 118);

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("walletHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_entryTable = new QTableView(right);
    m_entryTable->setObjectName(QStringLiteral("entryTable"));
    styleTable(m_entryTable);
    auto* entryMoney = new MoneyDelegate(m_entryTable);
    m_entryTable->setItemDelegateForColumn(Amount, entryMoney);
    m_entryTable->setItemDelegateForColumn(BalanceAfter, entryMoney);
    m_placeholder = new QLabel(right);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6B7280; padding: 24px;"));
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_entryTable, 1);
    rightLayout->addWidget(m_placeholder);
    m_entryTable->setVisible(false);
    m_splitter->addWidget(m_walletTable);
    m_splitter->addWidget(right);
    m_ratio = new SplitterRatio(m_splitter, 0.47);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300); // one request per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        QUrlQuery query;
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty())
            query.addQueryItem(QStringLiteral("q"), text);
        m_wallets->setFilter(query);
    });
    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(250); // a sale touches several wallets at once: one reload
    connect(&m_liveReload, &QTimer::timeout, this, &WalletsPage::reload);

    connect(m_walletTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { openWallet(index.row()); });
    connect(m_walletTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openWallet(current.row());
            });
    connect(m_wallets, &PagedTableModel::pageLoaded, this, [this] {
        m_count->setText(tr("%n akun", nullptr, m_wallets->rowCount()) +
                         (m_wallets->hasMore() ? QStringLiteral("+") : QString()));
        updateHeader();
    });
    connect(m_wallets, &PagedTableModel::loadFailed, this,
            [this](const ApiError& error) { m_count->setText(error.detail); });
    connect(m_export, &QPushButton::clicked, this, &WalletsPage::exportCsv);

    retranslateUi();
    m_wallets->reload();
}

void WalletsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Cari pemilik atau email (Ctrl+L)"));
    m_export->setText(tr("Ekspor CSV"));
    m_export->setToolTip(
        tr("Mutasi dompet terpilih, atau daftar dompet bila tidak ada yang dipilih (Ctrl+E)"));
    m_placeholder->setText(tr("Pilih dompet untuk melihat mutasinya."));
    m_wallets->retranslate();
    if (m_entries)
        m_entries->retranslate();
    updateHeader();
}

void WalletsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WalletsPage::reload()
{
    m_wallets->reload();
    if (m_entries)
        m_entries->reload();
}

void WalletsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WalletsPage::openWallet(int row)
{
    if (row < 0 || row >= m_wallets->rowCount())
        return;
    const QString id = m_wallets->item(row).value(QStringLiteral("id")).toString();
    if (m_walletTable->currentIndex().row() != row)
        m_walletTable->setCurrentIndex(m_wallets->index(row, 0));
    if (id == m_walletId && m_entries)
        return;
    m_walletId = id;
    auto* old = m_entries;
    m_entries = new PagedTableModel(m_context.api,
                                    QStringLiteral("/api/v1/finance/wallets/%1/entries").arg(id),
                                    entryColumns(), this);
    m_entries->setPageSize(100);
    m_entryTable->setModel(m_entries);
    delete old;
    m_entryTable->horizontalHeader()->setSectionResizeMode(Memo, QHeaderView::Stretch);
    const int widths[EntryColumnCount] = {125, 80, 110, 0, 105, 115};
    for (int column = 0; column < EntryColumnCount; ++column)
        if (column != Memo)
            m_entryTable->setColumnWidth(column, widths[column]);
    m_entryTable->setVisible(true);
    m_placeholder->setVisible(false);
    updateHeader();
    m_entries->reload();
}

void WalletsPage::updateHeader()
{
    if (m_walletId.isEmpty()) {
        m_header->setText(QString());
        return;
    }
    for (int row = 0; row < m_wallets->rowCount(); ++row) {
        const QJsonObject item = m_wallets->item(row);
        if (item.value(QStringLiteral("id")).toString() != m_walletId)
            continue;
        const QString role = item.value(QStringLiteral("role")).toString();
        m_header->setText(
            tr("<b style='font-size:14pt'>%1</b> &nbsp; <span style='color:#6B7280'>%2</span><br>"
               "Saldo <b>%3</b> &nbsp;·&nbsp; ditahan %4 &nbsp;·&nbsp; tersedia <b>%5</b>")
                .arg(FinanceLabels::accountName(item).toHtmlEscaped(),
                     role.isEmpty()
                         ? FinanceLabels::accountKind(item.value(QStringLiteral("kind")).toString())
                         : FinanceLabels::role(role),
                     FinanceLabels::money(amountOf(item, "balance")),
                     FinanceLabels::money(amountOf(item, "held")),
                     FinanceLabels::money(amountOf(item, "available"))));
        return;
    }
}

void WalletsPage::exportTo(const QString& filePath)
{
    // The search narrows the wallet list; a wallet's entries are all of them.
    auto* download =
        m_walletId.isEmpty()
            ? CsvDownload::start(m_context.api, QStringLiteral("/api/v1/finance/wallets"),
                                 m_wallets->filter(), filePath, this)
            : CsvDownload::start(
                  m_context.api,
                  QStringLiteral("/api/v1/finance/wallets/%1/entries").arg(m_walletId), {},
                  filePath, this);
    connect(download, &CsvDownload::finished, this, &WalletsPage::exportFinished);
    connect(download, &CsvDownload::failed, this, &WalletsPage::exportFailed);
}

void WalletsPage::exportCsv()
{
    const QString name =
        m_walletId.isEmpty() ? QStringLiteral("dompet.csv") : QStringLiteral("mutasi-dompet.csv");
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Simpan ekspor CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            name,
        tr("Berkas CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

void WalletsPage::walletChanged(const QString& walletId)
{
    Q_UNUSED(walletId)
    // Balances of any row may have moved (a sale posts to several wallets): reload the page.
    m_liveReload.start();
}

QByteArray WalletsPage::saveSplitter() const
{
    return m_splitter->saveState();
}

void WalletsPage::restoreSplitter(const QByteArray& state)
{
    if (!state.isEmpty() && m_splitter->restoreState(state))
        m_ratio->release();
}

} // namespace ey::desk::finance

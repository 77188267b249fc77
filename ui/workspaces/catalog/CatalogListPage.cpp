// CatalogListPage: filter bar, paged table, splitter with the editor.
#include "CatalogListPage.h"

#include "CatalogEditor.h"
#include "CatalogListProxy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ey::desk::catalog {

CatalogListPage::CatalogListPage(ApiClient& api, ListSpec spec, CatalogEditor* editor,
                                 bool canManage, QWidget* parent)
    : QWidget(parent), m_api(api), m_spec(std::move(spec)), m_editor(editor), m_canManage(canManage)
{
    m_model = new PagedTableModel(api, m_spec.path, m_spec.columns, this);
    m_model->setPageSize(50);
    m_proxy = new CatalogListProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setMoneyColumns(m_spec.moneyColumns);
    m_proxy->setStatusColumn(m_spec.statusColumn, m_spec.statusColour);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newItem"));
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_new->setVisible(canManage);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_new);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("list"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    auto* deleteAction = new QAction(m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] { m_editor->askDelete(); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(editor);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setSizes({680, 760});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, &CatalogListPage::newItem);
    connect(m_new, &QPushButton::clicked, this, &CatalogListPage::newItem);
    connect(m_refresh, &QToolButton::clicked, this, &CatalogListPage::reload);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &CatalogListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogListPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CatalogListPage::applyFilter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogListPage::onCurrentChanged);
    // Enter (or a double click) moves into the editor to work on the row.
    connect(m_table, &QTableView::activated, m_editor, &CatalogEditor::focusForm);
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        updateCount();
        selectPending();
        m_table->resizeColumnsToContents();
        // resizeColumnsToContents sizes the last column too; stretching it again fills the view.
        m_table->horizontalHeader()->setStretchLastSection(false);
        m_table->horizontalHeader()->setStretchLastSection(true);
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const ApiError& error) { setMessage(error.detail, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogListPage::updateCount);
    connect(m_editor, &CatalogEditor::saved, this, [this](const QJsonObject& item) {
        setMessage(tr("Perubahan tersimpan."), false);
        selectId(item.value(QStringLiteral("id")).toString());
        m_model->reload();
    });
    connect(m_editor, &CatalogEditor::deleted, this, [this] {
        setMessage(tr("Item dihapus."), false);
        m_model->reload();
    });
    connect(m_editor, &CatalogEditor::dirtyChanged, this, [this](bool dirty) {
        // "Saved" goes once the user types again; "save or discard first" once they did.
        if (dirty != m_messageIsError)
            setMessage({}, false);
    });
    retranslate();
}

bool CatalogListPage::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QWidget::event(event);
}

void CatalogListPage::retranslate()
{
    m_search->setPlaceholderText(m_spec.searchHint ? m_spec.searchHint() : QString());
    m_search->setToolTip(tr("Cari (Ctrl+L)"));
    m_new->setText(tr("Baru"));
    m_new->setToolTip(tr("Buat baru (Ctrl+N)"));
    m_refresh->setText(tr("Muat ulang"));
    m_refresh->setToolTip(tr("Muat ulang daftar (F5)"));
    m_newAction->setText(tr("Baru"));
    {
        const QSignalBlocker blocker(m_status);
        const QString current = m_status->currentData().toString();
        m_status->clear();
        for (const auto& [value, label] : m_spec.statusChoices())
            m_status->addItem(label, value);
        const int at = m_status->findData(current);
        m_status->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_model->retranslate();
    updateCount();
}

void CatalogListPage::applyFilter()
{
    m_searchDelay.stop();
    QUrlQuery query;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        query.addQueryItem(QStringLiteral("q"), text);
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        query.addQueryItem(m_spec.statusParam, status);
    m_model->setFilter(query);
}

void CatalogListPage::reload()
{
    setMessage({}, false);
    if (!m_editor->currentId().isEmpty())
        selectId(m_editor->currentId());
    m_model->reload();
}

void CatalogListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogListPage::newItem()
{
    if (!m_canManage)
        return;
    if (m_editor->isDirty()) {
        setMessage(tr("Simpan atau buang perubahan yang sedang dibuka dulu."), true);
        return;
    }
    m_reverting = true;
    m_table->selectionModel()->clear();
    m_reverting = false;
    m_editor->startNew();
    m_editor->focusForm();
}

void CatalogListPage::selectId(const QString& id)
{
    m_pendingId = id;
    selectPending();
}

void CatalogListPage::selectPending()
{
    if (m_pendingId.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(PagedTableModel::IdRole).toString() != m_pendingId)
            continue;
        m_pendingId.clear();
        // The editor already shows this item; selecting the row must not reload it over edits.
        m_reverting = true;
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        m_reverting = false;
        m_table->scrollTo(m_proxy->index(row, 0));
        return;
    }
}

void CatalogListPage::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_reverting || !current.isValid())
        return;
    const QJsonObject item = current.data(PagedTableModel::ItemRole).toJsonObject();
    if (item.value(QStringLiteral("id")).toString() == m_editor->currentId())
        return;
    if (m_editor->isDirty()) {
        // Unsaved typing is never thrown away by a click in the list.
        m_reverting = true;
        if (previous.isValid())
            m_table->selectionModel()->setCurrentIndex(
                previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_table->selectionModel()->clear();
        m_reverting = false;
        setMessage(tr("Simpan atau buang perubahan yang sedang dibuka dulu."), true);
        return;
    }
    setMessage({}, false);
    m_editor->load(item);
}

void CatalogListPage::setMessage(const QString& text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B91C1C;")
                                   : QStringLiteral("color: #15803D;"));
    m_message->setVisible(!text.isEmpty());
}

QString CatalogListPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CatalogListPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->hasMore() && rows > 0 ? tr("%1+ item").arg(rows)
                                                    : tr("%n item", nullptr, rows));
}

} // namespace ey::desk::catalog

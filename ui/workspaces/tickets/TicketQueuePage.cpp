// TicketQueuePage: the list, its columns, selection and live reloads.
#include "TicketQueuePage.h"

#include "TicketFilterBar.h"
#include "TicketLabels.h"
#include "TicketTableDelegate.h"
#include "TicketView.h"

#include "ApiClient.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ey::desk::tickets {

namespace {

QString nested(const QJsonObject& item, const char* object, const char* key)
{
    return item.value(QLatin1String(object)).toObject().value(QLatin1String(key)).toString();
}

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("number"), [] { return TicketQueuePage::tr("Nomor"); }},
        {QStringLiteral("title"), [] { return TicketQueuePage::tr("Judul"); }},
        {QStringLiteral("category"), [] { return TicketQueuePage::tr("Kategori"); },
         [](const QJsonObject& item) { return TicketLabels::category(item.value(QStringLiteral("category")).toString()); }},
        {QStringLiteral("priority"), [] { return TicketQueuePage::tr("Prioritas"); },
         [](const QJsonObject& item) { return TicketLabels::priority(item.value(QStringLiteral("priority")).toString()); }},
        {QStringLiteral("status"), [] { return TicketQueuePage::tr("Status"); },
         [](const QJsonObject& item) { return TicketLabels::status(item.value(QStringLiteral("status")).toString()); }},
        {QStringLiteral("owner"), [] { return TicketQueuePage::tr("Pemilik"); },
         [](const QJsonObject& item) { return nested(item, "owner", "full_name"); }},
        {QStringLiteral("owner_role"), [] { return TicketQueuePage::tr("Peran"); },
         [](const QJsonObject& item) { return TicketLabels::role(item.value(QStringLiteral("owner_role")).toString()); }},
        {QStringLiteral("assignee"), [] { return TicketQueuePage::tr("Ditugaskan"); },
         [](const QJsonObject& item) {
             const QString name = nested(item, "assignee", "full_name");
             return name.isEmpty() ? QStringLiteral("\u2014") : name;
         }},
        {QStringLiteral("last_message_at"), [] { return TicketQueuePage::tr("Aktivitas terakhir"); },
         [](const QJsonObject& item) {
             return TicketLabels::localTime(item.value(QStringLiteral("last_message_at")).toString());
         }},
        {QStringLiteral("sla"), [] { return TicketQueuePage::tr("SLA"); },
         [](const QJsonObject& item) -> QVariant {
             const QJsonObject sla = item.value(QStringLiteral("sla")).toObject();
             const QString status = item.value(QStringLiteral("status")).toString();
             if (sla.value(QStringLiteral("breached")).toBool())
                 return TicketQueuePage::tr("Terlewat");
             if (status == QStringLiteral("resolved") || status == QStringLiteral("closed"))
                 return TicketQueuePage::tr("Terpenuhi");
             const bool answered = !item.value(QStringLiteral("first_response_at")).isNull();
             const QString due = sla.value(answered ? QStringLiteral("resolution_due")
                                                    : QStringLiteral("first_response_due"))
                                     .toString();
             return (answered ? TicketQueuePage::tr("Selesai sblm %1") : TicketQueuePage::tr("Respons sblm %1"))
                 .arg(TicketLabels::localTime(due));
         }},
    };
}

} // namespace

TicketQueuePage::TicketQueuePage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("queuePage"));
    const bool staff = m_context.session.hasPermission(QStringLiteral("tickets.handle"));
    const bool manage = m_context.session.hasPermission(QStringLiteral("tickets.manage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_filters = new TicketFilterBar(staff || manage, manage, this);
    layout->addWidget(m_filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);

    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/tickets"), columns(), this);
    m_model->setPageSize(50);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false); // the server's order: priority, then last activity
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegateForColumn(Priority, new TicketTableDelegate(TicketTableDelegate::Kind::Priority, m_table));
    m_table->setItemDelegateForColumn(Status, new TicketTableDelegate(TicketTableDelegate::Kind::Status, m_table));
    m_table->setItemDelegateForColumn(Sla, new TicketTableDelegate(TicketTableDelegate::Kind::Sla, m_table));
    const int widths[ColumnCount] = {95, 260, 175, 90, 140, 140, 110, 130, 140, 150};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    // Short values fit their contents; the title takes what the view has left beside them (fitTitle),
    // and the rest of the columns are a scroll away.
    for (int column : {Number, Priority, Status})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == Title) {
            // Only a drag with the mouse counts; the header also resizes sections on model resets.
            if (!m_fittingTitle && (QGuiApplication::mouseButtons() & Qt::LeftButton))
                m_titleDragged = true; // the user's width wins from now on
        } else if (column == Number || column == Category || column == Priority || column == Status) {
            fitTitle(); // Nomor, Kategori, Prioritas or Status changed width
        }
    });
    // Owners only ever see their own tickets: their name and role in every row says nothing.
    m_table->setColumnHidden(Owner, !staff && !manage);
    m_table->setColumnHidden(Role, !staff && !manage);
    leftLayout->addWidget(m_table, 1);

    m_placeholder = new QLabel(left);
    m_placeholder->setObjectName(QStringLiteral("queuePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6B7280; padding: 12px;"));
    m_retry = new QPushButton(left);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setVisible(false);
    auto* footer = new QHBoxLayout;
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    footer->addWidget(m_placeholder, 1);
    footer->addWidget(m_retry);
    footer->addWidget(m_count);
    leftLayout->addLayout(footer);

    m_view = new TicketView(m_context, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->installEventFilter(this); // 60/40 until the user moves the handle (eventFilter)
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterPlaced = true; });

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(250); // a burst of events (reply + status + notification) becomes one reload
    connect(&m_liveReload, &QTimer::timeout, this, &TicketQueuePage::reload);

    connect(m_filters, &TicketFilterBar::filterChanged, this, &TicketQueuePage::applyFilter);
    connect(m_table, &QTableView::activated, this, &TicketQueuePage::openRow);
    connect(m_table, &QTableView::doubleClicked, this, &TicketQueuePage::openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_selectedId = current.data(PagedTableModel::IdRole).toString();
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, &TicketQueuePage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadingChanged, this, &TicketQueuePage::updatePlaceholder);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_placeholder->setText(error.detail);
        m_placeholder->setStyleSheet(QStringLiteral("color: #991B1B; padding: 12px;"));
        m_placeholder->setVisible(true);
        m_retry->setVisible(true);
    });
    connect(m_retry, &QPushButton::clicked, this, &TicketQueuePage::reload);
    connect(m_view, &TicketView::ticketEdited, this, [this] { m_liveReload.start(); });

    // Support without tickets.manage starts on its own tickets and, if it has none, on the
    // unassigned ones (onPageLoaded); admins start on all tickets (TicketFilterBar).
    m_autoView = staff && !manage;
    retranslateUi();
    m_model->setFilter(m_filters->query());
    if (!m_model->isLoading())
        m_model->reload(); // no filter at all (admins' "Semua tiket") equals the model's initial one
}

void TicketQueuePage::applyFilter()
{
    if (m_filters->view() != TicketFilterBar::View::Mine)
        m_autoView = false;
    m_model->setFilter(m_filters->query());
}

void TicketQueuePage::chooseView(TicketFilterBar::View view)
{
    m_autoView = false;
    m_filters->setView(view);
}

void TicketQueuePage::retranslateUi()
{
    m_retry->setText(tr("Coba lagi"));
    m_model->retranslate();
    updatePlaceholder();
    QTimer::singleShot(0, this, &TicketQueuePage::fitTitle); // the headers' new words have new widths
}

void TicketQueuePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool TicketQueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_splitter && !m_splitterPlaced && m_splitter->width() > 0) {
            // Until the user moves the handle, every width keeps the list at 60 %.
            const int width = m_splitter->width() - m_splitter->handleWidth();
            m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
        } else if (watched == m_table->viewport()) {
            fitTitle();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TicketQueuePage::fitTitle()
{
    if (m_titleDragged)
        return;
    // The contents widths are computed here rather than read back: the header applies them lazily.
    QHeaderView* header = m_table->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    int others = m_table->columnWidth(Category);
    for (int column : {Number, Priority, Status}) {
        int width = header->sectionSizeHint(column);
        QAbstractItemDelegate* delegate = m_table->itemDelegateForColumn(column);
        if (!delegate)
            delegate = m_table->itemDelegate();
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width, delegate->sizeHint(option, m_model->index(row, column)).width());
        others += width;
    }
    m_fittingTitle = true;
    m_table->setColumnWidth(Title, std::max(180, m_table->viewport()->width() - others));
    m_fittingTitle = false;
}

void TicketQueuePage::reload()
{
    m_liveReload.stop();
    m_retry->setVisible(false);
    m_model->setFilter(m_filters->query());
    m_model->reload();
}

void TicketQueuePage::focusSearch() { m_filters->focusSearch(); }

void TicketQueuePage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_selectedId = index.data(PagedTableModel::IdRole).toString();
    m_view->open(m_selectedId);
}

void TicketQueuePage::openTicket(const QString& ticketId)
{
    m_selectedId = ticketId;
    m_view->open(ticketId);
    onPageLoaded(); // selects it when it is already listed
}

void TicketQueuePage::ticketChanged(const QString& ticketId)
{
    m_liveReload.start();
    if (!ticketId.isEmpty() && ticketId == m_view->ticketId())
        m_view->refresh();
}

void TicketQueuePage::onPageLoaded()
{
    updatePlaceholder();
    // Nomor, Prioritas and Status size themselves to the new rows when the view next lays out.
    QTimer::singleShot(0, this, &TicketQueuePage::fitTitle);
    if (m_autoView && m_filters->view() == TicketFilterBar::View::Mine && m_model->rowCount() == 0 &&
        m_filters->query().toString() == QStringLiteral("assignee=me")) {
        m_autoView = false;
        m_filters->setView(TicketFilterBar::View::Unassigned);
        return;
    }
    m_autoView = false;
    if (m_selectedId.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(PagedTableModel::IdRole).toString() == m_selectedId)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, Number);
        if (index.data(PagedTableModel::IdRole).toString() == m_selectedId) {
            const QString keep = m_selectedId;
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_selectedId = keep;
            break;
        }
    }
}

void TicketQueuePage::updatePlaceholder()
{
    const int rows = m_model->rowCount();
    m_placeholder->setStyleSheet(QStringLiteral("color: #6B7280; padding: 12px;"));
    m_retry->setVisible(false);
    if (m_model->isLoading()) {
        m_placeholder->setText(tr("Memuat tiket…"));
        m_placeholder->setVisible(true);
    } else if (rows == 0) {
        const bool filtered = !m_filters->query().isEmpty();
        m_placeholder->setText(
            filtered ? tr("Tidak ada tiket di tampilan ini. Ubah filter atau pilih tampilan lain.")
                     : (m_context.session.hasPermission(QStringLiteral("tickets.handle"))
                            ? tr("Antrean kosong. Tiket baru akan muncul di sini dengan sendirinya.")
                            : tr("Anda belum punya tiket. Butuh bantuan? Buka tab \"Buat Tiket\".")));
        m_placeholder->setVisible(true);
    } else {
        m_placeholder->setVisible(false);
    }
    m_count->setText(m_model->hasMore() && rows > 0 ? tr("%n tiket dimuat, gulir untuk lebih banyak", nullptr, rows)
                                                    : tr("%n tiket", nullptr, rows));
}

QByteArray TicketQueuePage::saveSplitter() const { return m_splitter->saveState(); }

void TicketQueuePage::restoreSplitter(const QByteArray& state)
{
    if (!state.isEmpty() && m_splitter->restoreState(state))
        m_splitterPlaced = true; // where the user left the handle, not the first-run split
}

} // namespace ey::desk::tickets

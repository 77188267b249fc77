// The queue: filter bar, the server-paged ticket table and the open ticket beside it.
#pragma once

#include "TicketFilterBar.h"
#include "Workspace.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::tickets {

class TicketView;

/// UI thread. The table is a PagedTableModel over GET /api/v1/tickets (sorted by the server:
/// priority, then last activity). A live change reloads the list (coalesced) and keeps the selected
/// ticket selected; the open ticket refreshes without losing the reply being typed.
class TicketQueuePage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Number, Title, Category, Priority, Status, Owner, Role, Assignee, Activity, Sla, ColumnCount };

    explicit TicketQueuePage(const WorkspaceContext& context, QWidget* parent = nullptr);

    PagedTableModel* model() const { return m_model; }
    TicketFilterBar* filterBar() const { return m_filters; }
    TicketView* ticketView() const { return m_view; }
    QTableView* table() const { return m_table; }

    void reload();
    void focusSearch();
    void openTicket(const QString& ticketId);
    /// A live event named this ticket (empty: some ticket) — reload soon, refresh it when open.
    void ticketChanged(const QString& ticketId);
    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);
    /// A view the user picked earlier (restored state): no automatic choice replaces it.
    void chooseView(TicketFilterBar::View view);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void retranslateUi();
    /// The title column takes the width the viewport has beside Nomor, Kategori, Prioritas, Status.
    void fitTitle();
    void onPageLoaded();
    void openRow(const QModelIndex& index);
    void updatePlaceholder();

    WorkspaceContext m_context;
    TicketFilterBar* m_filters = nullptr;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    TicketView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_retry = nullptr;
    QTimer m_liveReload;
    QString m_selectedId; ///< kept across reloads
    bool m_autoView = false;       ///< support's first "Ditugaskan ke saya" may still move to "Belum ditugaskan"
    bool m_splitterPlaced = false; ///< the user moved the handle or a saved split was restored
    bool m_titleDragged = false;   ///< the user sized the title column: fitTitle leaves it alone
    bool m_fittingTitle = false;
};

} // namespace ey::desk::tickets

// The queue's filters: view (assignee), status, priority, category, owner role, dates, search.
#pragma once

#include <QTimer>
#include <QUrlQuery>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTabBar;
class QToolButton;

namespace ey::desk::tickets {

/// UI thread. Builds the GET /api/v1/tickets query. Staff get the view tabs (assigned to me,
/// unassigned, all; tickets.manage starts on all) and the owner-role filter; owners only see their own tickets anyway. Typing in
/// the search field is debounced (300 ms) so the server is asked once per pause, not per key.
class TicketFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class View { Mine, Unassigned, All };

    TicketFilterBar(bool staff, bool manage, QWidget* parent = nullptr);

    QUrlQuery query() const;
    View view() const;
    void setView(View view);
    void focusSearch();
    void clear();
    static constexpr int kSearchDebounceMs = 300;

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void changed();
    void retranslateUi();

    bool m_staff;
    bool m_manage;
    QTabBar* m_views = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_dateEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_reset = nullptr;
    QTimer m_searchTimer;
    bool m_quiet = false; ///< set while clear() resets several controls, so one reload follows
};

} // namespace ey::desk::tickets

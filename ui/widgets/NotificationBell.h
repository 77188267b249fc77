// The bell: unread badge, a popup list of recent notifications, live updates from the event stream.
#pragma once

#include <QJsonObject>
#include <QToolButton>

class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ey::desk {

class ApiClient;

/// UI thread. Reads GET /api/v1/notifications/unread-count and the list, marks read through the
/// API, and counts up when the event stream delivers "notification" (handleEvent).
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(ApiClient& api, QWidget* parent = nullptr);

    int unreadCount() const { return m_unread; }
    void setUnreadCount(int count);
    /// Re-reads the unread count from the server.
    void refresh();
    void handleEvent(const QString& name, const QJsonObject& data);
    QFrame* popup() const { return m_popup; }
    void showPopup();

signals:
    void notificationArrived(const QJsonObject& notification);
    void notificationOpened(const QJsonObject& notification);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadList();
    void addItem(const QJsonObject& notification, bool atTop);
    void openItem(QListWidgetItem* item);
    void markAllRead();

    ApiClient& m_api;
    QFrame* m_popup;
    QLabel* m_popupTitle;
    QLabel* m_emptyLabel;
    QListWidget* m_list;
    QPushButton* m_markAllButton;
    int m_unread = 0;
};

} // namespace ey::desk

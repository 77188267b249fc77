// One ticket beside the queue: header, workflow controls, the thread and the reply box.
#pragma once

#include "Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QNetworkReply;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSaveFile;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace ey::desk {
struct ApiError;
struct OutboxEntry;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::tickets {

class AttachmentList;

/// UI thread. What the controls offer follows the viewer's permissions and the server's workflow:
/// owners may only close; tickets.handle works assigned and unassigned tickets ("Ambil tiket ini");
/// tickets.manage also assigns and reopens. Replies go through the Outbox, so a reply written while
/// the server is unreachable is shown as waiting and sent once when it is back. Refreshing (live
/// events, F5) reloads the ticket and thread but never touches the reply being typed.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketView(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~TicketView() override;

    /// Shows the ticket; the same id again only refreshes it.
    void open(const QString& ticketId);
    void refresh();
    void showNothing();
    QString ticketId() const { return m_ticketId; }
    const QJsonObject& ticket() const { return m_ticket; }

    /// What "Lampirkan berkas…" does after its file dialog.
    void attachFiles(const QStringList& paths);
    /// What a click on an attachment link does after its save dialog.
    void downloadAttachment(const QString& attachmentId, const QString& targetPath);
    void sendReply();

signals:
    /// The ticket changed through this view (status, priority, assignee, reply).
    void ticketEdited(const QString& ticketId);
    void threadLoaded();
    void downloadFinished(const QString& path, bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    /// Every fixed text again, then the open ticket's header and thread (QEvent::LanguageChange).
    void retranslateUi();
    void loadTicket();
    void loadThread();
    void showTicket();
    void renderThread();
    void updateControls();
    void patch(const QJsonObject& changes);
    void loadStaff();
    void showMessage(const QString& text, bool error);
    void onAnchor(const QUrl& url);
    void onReplayed(const OutboxEntry& entry);
    QString messagesPath() const;

    WorkspaceContext m_context;
    QString m_ticketId;
    QJsonObject m_ticket;
    QJsonArray m_messages;
    int m_generation = 0; ///< answers for a ticket no longer shown are dropped
    bool m_sending = false;
    bool m_staffLoaded = false;
    QJsonArray m_staff;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_title = nullptr;
    StatusBadge* m_statusBadge = nullptr;
    StatusBadge* m_priorityBadge = nullptr;
    StatusBadge* m_slaBadge = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_links = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_priorityLabel = nullptr;
    QComboBox* m_priority = nullptr;
    QLabel* m_assigneeLabel = nullptr;
    QComboBox* m_assignee = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_closedBanner = nullptr;
    QTextBrowser* m_thread = nullptr;
    QFrame* m_replyBox = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    AttachmentList* m_attachments = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_replyState = nullptr;
    QWidget* m_downloadRow = nullptr;
    QProgressBar* m_downloadProgress = nullptr;
    QLabel* m_downloadLabel = nullptr;
    QToolButton* m_cancelDownload = nullptr;
    QPointer<QNetworkReply> m_download;
    QSaveFile* m_downloadFile = nullptr;
};

} // namespace ey::desk::tickets

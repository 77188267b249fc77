// Files attached to a reply or a new ticket, each uploaded with its own progress and error.
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QNetworkReply;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::tickets {

/// UI thread. Uploads go to POST /api/v1/tickets/{id}/attachments?filename=… as raw bytes; the
/// server decides type and size, so its problem detail (413, 415) is shown under the file as-is.
/// Uploaded attachments stay private to the uploader until a message names their ids.
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(ApiClient& api, QWidget* parent = nullptr);
    ~AttachmentList() override;

    /// The ticket uploads go to. With uploadImmediately, files start as soon as they are added.
    /// Files attached for another ticket are dropped unless keepFiles (a form whose ticket was just made).
    void setTicketId(const QString& ticketId, bool keepFiles = false);
    void setUploadImmediately(bool immediately) { m_immediately = immediately; }
    void addFiles(const QStringList& paths);
    /// Starts every file that has not been uploaded yet (or failed on the network).
    void uploadPending();
    void clear();

    QStringList uploadedIds() const;
    int count() const { return static_cast<int>(m_entries.size()); }
    bool isBusy() const;
    int failedCount() const;
    /// Files not yet uploaded (waiting for a ticket id).
    int waitingCount() const;

signals:
    /// Busy state, the list or an outcome changed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Waiting, Uploading, Done, Failed };
    struct Entry
    {
        QString path;
        QString name;
        State state = State::Waiting;
        QString attachmentId;
        qint64 size = 0;  ///< as the server stored it
        QString error;    ///< why it failed (or why the last try did), as the server or the disk said
        QWidget* row = nullptr;
        QProgressBar* progress = nullptr;
        QLabel* status = nullptr;
        QPointer<QNetworkReply> reply;
    };

    void upload(Entry& entry);
    static void abortAll(const QList<Entry>& entries);
    void showState(Entry& entry);
    Entry* find(QWidget* row);
    void remove(QWidget* row);

    ApiClient& m_api;
    QString m_ticketId;
    bool m_immediately = false;
    QVBoxLayout* m_layout = nullptr;
    QList<Entry> m_entries;
};

} // namespace ey::desk::tickets

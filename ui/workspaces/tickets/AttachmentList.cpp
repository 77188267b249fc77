// AttachmentList: per-file uploads with progress.
#include "AttachmentList.h"

#include "TicketLabels.h"

#include "ApiClient.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ey::desk::tickets {

namespace {

// Far above the server's 10 MB limit, so the server still gives its own message for a file that is a
// little too big, while a huge file is never read into memory.
constexpr qint64 kReadLimitBytes = 32LL * 1024 * 1024;

} // namespace

AttachmentList::AttachmentList(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setVisible(false);
}

AttachmentList::~AttachmentList()
{
    abortAll(std::exchange(m_entries, {}));
}

void AttachmentList::abortAll(const QList<Entry>& entries)
{
    // Called with entries already taken out of m_entries: an aborted upload still reports a failure,
    // which then finds no entry to update.
    for (const auto& entry : entries) {
        if (entry.reply)
            entry.reply->abort();
    }
}

void AttachmentList::setTicketId(const QString& ticketId, bool keepFiles)
{
    if (ticketId == m_ticketId)
        return;
    // Uploads belong to one ticket: what was attached for another one is dropped.
    if (!keepFiles)
        clear();
    m_ticketId = ticketId;
}

void AttachmentList::addFiles(const QStringList& paths)
{
    for (const auto& path : paths) {
        Entry entry;
        entry.path = path;
        entry.name = QFileInfo(path).fileName();
        entry.row = new QWidget(this);
        entry.row->setObjectName(QStringLiteral("attachment:%1").arg(entry.name));
        auto* layout = new QHBoxLayout(entry.row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(QStringLiteral("\U0001F4CE %1").arg(entry.name), entry.row);
        name->setToolTip(path);
        entry.progress = new QProgressBar(entry.row);
        entry.progress->setObjectName(QStringLiteral("progress"));
        entry.progress->setRange(0, 100);
        entry.progress->setValue(0);
        entry.progress->setMaximumWidth(140);
        entry.progress->setMaximumHeight(12);
        entry.progress->setTextVisible(false);
        entry.status = new QLabel(entry.row);
        entry.status->setObjectName(QStringLiteral("state"));
        entry.status->setWordWrap(true);
        auto* removeButton = new QToolButton(entry.row);
        removeButton->setObjectName(QStringLiteral("removeAttachment"));
        removeButton->setText(QStringLiteral("\u2715"));
        removeButton->setAutoRaise(true);
        layout->addWidget(name);
        layout->addWidget(entry.progress);
        layout->addWidget(entry.status, 1);
        layout->addWidget(removeButton);
        m_layout->addWidget(entry.row);
        QWidget* row = entry.row;
        connect(removeButton, &QToolButton::clicked, this, [this, row] { remove(row); });
        m_entries.append(entry);
        showState(m_entries.last());
    }
    setVisible(!m_entries.isEmpty());
    if (m_immediately && !m_ticketId.isEmpty())
        uploadPending();
    emit changed();
}

void AttachmentList::uploadPending()
{
    for (auto& entry : m_entries) {
        if (entry.state == State::Waiting)
            upload(entry);
    }
    emit changed();
}

void AttachmentList::clear()
{
    const QList<Entry> entries = std::exchange(m_entries, {});
    abortAll(entries);
    for (const auto& entry : entries)
        delete entry.row;
    setVisible(false);
    emit changed();
}

QStringList AttachmentList::uploadedIds() const
{
    QStringList ids;
    for (const auto& entry : m_entries) {
        if (entry.state == State::Done)
            ids << entry.attachmentId;
    }
    return ids;
}

bool AttachmentList::isBusy() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const Entry& entry) { return entry.state == State::Uploading; });
}

int AttachmentList::failedCount() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const Entry& entry) { return entry.state == State::Failed; }));
}

int AttachmentList::waitingCount() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const Entry& entry) { return entry.state == State::Waiting; }));
}

AttachmentList::Entry* AttachmentList::find(QWidget* row)
{
    for (auto& entry : m_entries) {
        if (entry.row == row)
            return &entry;
    }
    return nullptr;
}

void AttachmentList::remove(QWidget* row)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].row != row)
            continue;
        const Entry entry = m_entries.takeAt(i);
        abortAll({entry});
        entry.row->deleteLater();
        break;
    }
    setVisible(!m_entries.isEmpty());
    emit changed();
}

void AttachmentList::showState(Entry& entry)
{
    // The texts are made here from the state, so a language switch can simply show them again;
    // only a server's or the file system's message is kept as it came.
    QString text = entry.error;
    if (text.isEmpty()) {
        switch (entry.state) {
        case State::Waiting:
            text = tr("Menunggu diunggah");
            break;
        case State::Uploading:
            text = tr("Mengunggah…");
            break;
        case State::Done:
            text = tr("Terunggah · %1").arg(TicketLabels::fileSize(entry.size));
            break;
        case State::Failed:
            break;
        }
    }
    entry.status->setText(text);
    entry.status->setStyleSheet(!entry.error.isEmpty() ? QStringLiteral("color: #DC2626;")
                                                       : QStringLiteral("color: #6B7280;"));
    entry.progress->setVisible(entry.state == State::Uploading);
    if (auto* removeButton = entry.row->findChild<QToolButton*>(QStringLiteral("removeAttachment")))
        removeButton->setToolTip(tr("Hapus lampiran ini"));
}

void AttachmentList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (auto& entry : m_entries)
            showState(entry);
    }
    QWidget::changeEvent(event);
}

void AttachmentList::upload(Entry& entry)
{
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.state = State::Failed;
        entry.error = tr("Berkas tidak dapat dibaca: %1").arg(file.errorString());
        showState(entry);
        return;
    }
    if (file.size() > kReadLimitBytes) {
        entry.state = State::Failed;
        entry.error = tr("Berkas %1 terlalu besar. Lampiran maksimal 10 MB; perkecil atau kompres berkasnya.")
                          .arg(TicketLabels::fileSize(file.size()));
        showState(entry);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/tickets/%1/attachments").arg(m_ticketId);
    request.query.addQueryItem(QStringLiteral("filename"), entry.name);
    request.rawBody = file.readAll();
    request.timeoutMs = 120000; // 10 MB over a slow uplink
    entry.state = State::Uploading;
    entry.error.clear();
    entry.progress->setValue(0);
    showState(entry);
    QWidget* row = entry.row;
    QNetworkReply* reply = m_api.send(
        request, this,
        [this, row](const ApiResponse& response) {
            Entry* e = find(row);
            if (!e)
                return; // removed while it was uploading
            e->reply = nullptr;
            e->state = State::Done;
            const QJsonObject info = response.object();
            e->attachmentId = info.value(QStringLiteral("id")).toString();
            e->size = info.value(QStringLiteral("size")).toInteger();
            e->progress->setValue(100);
            showState(*e);
            emit changed();
        },
        [this, row](const ApiError& error) {
            Entry* e = find(row);
            if (!e)
                return;
            e->reply = nullptr;
            // Unreachable: it may be tried again with the next send; refused by the server: it stays refused.
            e->state = error.isNetworkError() ? State::Waiting : State::Failed;
            e->error = error.detail;
            showState(*e);
            emit changed();
        });
    entry.reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, row](qint64 sent, qint64 total) {
        if (Entry* e = find(row); e && total > 0)
            e->progress->setValue(static_cast<int>(sent * 100 / total));
    });
}

} // namespace ey::desk::tickets

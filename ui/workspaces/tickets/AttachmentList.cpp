// AttachmentList: per-file uploads with progress.
#include "AttachmentList.h"

#include "TicketLabels.h"

#include "ApiClient.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    for (auto& entry : m_entries) {
        if (entry.reply) {
            entry.reply->disconnect(this);
            entry.reply->abort();
        }
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
        removeButton->setToolTip(tr("Hapus lampiran ini"));
        removeButton->setAutoRaise(true);
        layout->addWidget(name);
        layout->addWidget(entry.progress);
        layout->addWidget(entry.status, 1);
        layout->addWidget(removeButton);
        m_layout->addWidget(entry.row);
        QWidget* row = entry.row;
        connect(removeButton, &QToolButton::clicked, this, [this, row] { remove(row); });
        m_entries.append(entry);
        showState(m_entries.last(), tr("Menunggu diunggah"), false);
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
    for (auto& entry : m_entries) {
        if (entry.reply) {
            entry.reply->disconnect(this);
            entry.reply->abort();
        }
        delete entry.row;
    }
    m_entries.clear();
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
        if (m_entries[i].reply) {
            m_entries[i].reply->disconnect(this);
            m_entries[i].reply->abort();
        }
        m_entries[i].row->deleteLater();
        m_entries.removeAt(i);
        break;
    }
    setVisible(!m_entries.isEmpty());
    emit changed();
}

void AttachmentList::showState(Entry& entry, const QString& text, bool error)
{
    entry.status->setText(text);
    entry.status->setStyleSheet(error ? QStringLiteral("color: #DC2626;") : QStringLiteral("color: #6B7280;"));
    entry.progress->setVisible(entry.state == State::Uploading);
}

void AttachmentList::upload(Entry& entry)
{
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.state = State::Failed;
        showState(entry, tr("Berkas tidak dapat dibaca: %1").arg(file.errorString()), true);
        return;
    }
    if (file.size() > kReadLimitBytes) {
        entry.state = State::Failed;
        showState(entry,
                  tr("Berkas %1 terlalu besar. Lampiran maksimal 10 MB; perkecil atau kompres berkasnya.")
                      .arg(TicketLabels::fileSize(file.size())),
                  true);
        return;
    }
    const QByteArray bytes = file.readAll();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filename"), entry.name);
    QNetworkRequest request =
        m_api.networkRequest(QStringLiteral("/api/v1/tickets/%1/attachments").arg(m_ticketId), query);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setTransferTimeout(120000);
    entry.state = State::Uploading;
    entry.progress->setValue(0);
    showState(entry, tr("Mengunggah…"), false);
    QNetworkReply* reply = m_api.transport().send(request, "POST", bytes);
    entry.reply = reply;
    QWidget* row = entry.row;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, row](qint64 sent, qint64 total) {
        if (Entry* e = find(row); e && total > 0)
            e->progress->setValue(static_cast<int>(sent * 100 / total));
    });
    connect(reply, &QNetworkReply::finished, this, [this, row, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_api.noteReachable(status != 0);
        Entry* e = find(row);
        if (!e)
            return;
        e->reply = nullptr;
        if (status == 201 || status == 200) {
            e->state = State::Done;
            const QJsonObject info = QJsonDocument::fromJson(body).object();
            e->attachmentId = info.value(QStringLiteral("id")).toString();
            e->progress->setValue(100);
            showState(*e, tr("Terunggah · %1").arg(TicketLabels::fileSize(info.value(QStringLiteral("size")).toInteger())),
                      false);
        } else {
            const ApiError error = ApiError::fromReply(reply, body);
            // Unreachable: it may be tried again with the next send; refused by the server: it stays refused.
            e->state = error.isNetworkError() ? State::Waiting : State::Failed;
            showState(*e, error.detail, true);
        }
        emit changed();
    });
}

} // namespace ey::desk::tickets

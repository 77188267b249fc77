// TicketView: loading, rendering and changing one ticket.
#include "TicketView.h"

#include "AttachmentList.h"
#include "TicketLabels.h"

#include "ApiClient.h"
#include "Outbox.h"
#include "Session.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ey::desk::tickets {

namespace {

const QString kHandle = QStringLiteral("tickets.handle");
const QString kManage = QStringLiteral("tickets.manage");

QString field(const QJsonObject& object, const char* path)
{
    // "owner.full_name" style lookups for nested wire objects.
    const QStringList parts = QString::fromLatin1(path).split(QLatin1Char('.'));
    QJsonValue value = object;
    for (const auto& part : parts)
        value = value.toObject().value(part);
    return value.toString();
}

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

/// One message as a block of the thread: users on the left, staff on the right, the system centred.
QString bubble(bool right, const QString& background, const QString& header, const QString& body,
               const QString& footer)
{
    const QString spacer = QStringLiteral("<td width=\"18%\"></td>");
    const QString cell = QStringLiteral("<td bgcolor=\"%1\"><div style=\"color:#4B5563; font-size:small;\">%2</div>"
                                        "<div style=\"margin-top:4px;\">%3</div>%4</td>")
                             .arg(background, header, body, footer);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"9\" style=\"margin-bottom:6px;\">"
                          "<tr>%1</tr></table>")
        .arg(right ? spacer + cell : cell + spacer);
}

} // namespace

TicketView::TicketView(const WorkspaceContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("ticketView"));
    buildLayout();
    connect(&m_context.outbox, &Outbox::pendingChanged, this, [this] {
        if (!m_ticketId.isEmpty())
            renderThread();
    });
    connect(&m_context.outbox, &Outbox::entryReplayed, this,
            [this](const OutboxEntry& entry, const ApiResponse&) { onReplayed(entry); });
    connect(&m_context.outbox, &Outbox::entryRejected, this, [this](const OutboxEntry& entry, const ApiError& error) {
        if (!m_ticketId.isEmpty() && entry.path == messagesPath())
            showMessage(tr("Balasan yang tertunda ditolak server: %1").arg(error.detail), true);
    });
    showNothing();
}

TicketView::~TicketView()
{
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
    delete m_downloadFile;
}

void TicketView::buildLayout()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("ticketEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6B7280; padding: 24px;"));
    m_pages->addWidget(m_empty);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    m_pages->addWidget(page);

    // Header: number and badges, title, who and what it is about.
    auto* top = new QHBoxLayout;
    m_number = new QLabel(page);
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setStyleSheet(QStringLiteral("color: #6B7280; font-weight: 600;"));
    m_statusBadge = new StatusBadge(page);
    m_statusBadge->setObjectName(QStringLiteral("ticketStatusBadge"));
    m_priorityBadge = new StatusBadge(page);
    m_priorityBadge->setObjectName(QStringLiteral("ticketPriorityBadge"));
    m_slaBadge = new StatusBadge(page);
    m_slaBadge->setObjectName(QStringLiteral("ticketSlaBadge"));
    top->addWidget(m_number);
    top->addWidget(m_statusBadge);
    top->addWidget(m_priorityBadge);
    top->addWidget(m_slaBadge);
    top->addStretch(1);
    layout->addLayout(top);

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_meta = new QLabel(page);
    m_meta->setObjectName(QStringLiteral("ticketMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);
    m_links = new QLabel(page);
    m_links->setObjectName(QStringLiteral("ticketLinks"));
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setStyleSheet(QStringLiteral("color: #374151;"));
    layout->addWidget(m_links);

    // Workflow controls; which of them show depends on who is looking.
    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    m_statusLabel = new QLabel(page);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusControl"));
    m_priorityLabel = new QLabel(page);
    m_priority = new QComboBox(page);
    m_priority->setObjectName(QStringLiteral("priorityControl"));
    for (const auto& priority : TicketLabels::priorities())
        m_priority->addItem(QString(), priority);
    m_assigneeLabel = new QLabel(page);
    m_assignee = new QComboBox(page);
    m_assignee->setObjectName(QStringLiteral("assigneeControl"));
    // Long staff names must not widen the whole pane: the combo shows ~24 characters, the list all.
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(24);
    m_take = new QPushButton(page);
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_close = new QPushButton(page);
    m_close->setObjectName(QStringLiteral("closeTicketButton"));
    m_reopen = new QPushButton(page);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    for (QWidget* widget : std::initializer_list<QWidget*>{m_statusLabel, m_status, m_priorityLabel, m_priority,
                                                           m_assigneeLabel, m_assignee, m_take, m_close, m_reopen}) {
        controls->addWidget(widget);
        widget->setVisible(false); // updateControls shows what the viewer may use on the open ticket
    }
    controls->addStretch(1);
    layout->addLayout(controls);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("viewMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_closedBanner = new QLabel(page);
    m_closedBanner->setObjectName(QStringLiteral("closedBanner"));
    m_closedBanner->setWordWrap(true);
    m_closedBanner->setStyleSheet(QStringLiteral(
        "background: #F3F4F6; color: #374151; border: 1px solid #D1D5DB; border-radius: 6px; padding: 8px;"));
    m_closedBanner->setVisible(false);
    layout->addWidget(m_closedBanner);

    m_thread = new QTextBrowser(page);
    m_thread->setObjectName(QStringLiteral("thread"));
    m_thread->setOpenLinks(false);
    m_thread->setOpenExternalLinks(false);
    m_thread->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_thread, 1);

    m_downloadRow = new QWidget(page);
    auto* downloadLayout = new QHBoxLayout(m_downloadRow);
    downloadLayout->setContentsMargins(0, 0, 0, 0);
    m_downloadLabel = new QLabel(m_downloadRow);
    m_downloadProgress = new QProgressBar(m_downloadRow);
    m_downloadProgress->setObjectName(QStringLiteral("downloadProgress"));
    m_cancelDownload = new QToolButton(m_downloadRow);
    m_cancelDownload->setObjectName(QStringLiteral("cancelDownloadButton"));
    downloadLayout->addWidget(m_downloadLabel);
    downloadLayout->addWidget(m_downloadProgress, 1);
    downloadLayout->addWidget(m_cancelDownload);
    m_downloadRow->setVisible(false);
    layout->addWidget(m_downloadRow);
    connect(m_cancelDownload, &QToolButton::clicked, this, [this] {
        if (m_download)
            m_download->abort();
    });

    // Reply box.
    m_replyBox = new QFrame(page);
    m_replyBox->setObjectName(QStringLiteral("replyBox"));
    m_replyBox->setFrameShape(QFrame::StyledPanel);
    auto* replyLayout = new QVBoxLayout(m_replyBox);
    replyLayout->setContentsMargins(8, 8, 8, 8);
    m_reply = new QPlainTextEdit(m_replyBox);
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(96);
    replyLayout->addWidget(m_reply);
    m_attachments = new AttachmentList(m_context.api, m_replyBox);
    m_attachments->setObjectName(QStringLiteral("replyAttachments"));
    m_attachments->setUploadImmediately(true);
    replyLayout->addWidget(m_attachments);
    auto* replyButtons = new QHBoxLayout;
    m_attach = new QPushButton(m_replyBox);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_replyState = new QLabel(m_replyBox);
    m_replyState->setObjectName(QStringLiteral("replyState"));
    m_replyState->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_send = new QPushButton(m_replyBox);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    replyButtons->addWidget(m_attach);
    replyButtons->addWidget(m_replyState, 1);
    replyButtons->addWidget(m_send);
    replyLayout->addLayout(replyButtons);
    layout->addWidget(m_replyBox);

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_replyBox);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_replyBox);
    sendShortcutEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &TicketView::sendReply);
    connect(sendShortcutEnter, &QShortcut::activated, this, &TicketView::sendReply);
    connect(m_send, &QPushButton::clicked, this, &TicketView::sendReply);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Lampirkan berkas"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;"
               "Semua berkas (*)"));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        m_replyState->setText(m_attachments->isBusy() ? tr("Mengunggah lampiran…") : QString());
    });
    connect(m_thread, &QTextBrowser::anchorClicked, this, &TicketView::onAnchor);
    retranslateUi();

    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const QString to = m_status->itemData(index).toString();
        if (!to.isEmpty() && to != m_ticket.value(QStringLiteral("status")).toString())
            patch({{QStringLiteral("status"), to}});
    });
    connect(m_priority, &QComboBox::activated, this, [this](int index) {
        const QString to = m_priority->itemData(index).toString();
        if (to != m_ticket.value(QStringLiteral("priority")).toString())
            patch({{QStringLiteral("priority"), to}});
    });
    connect(m_assignee, &QComboBox::activated, this, [this](int index) {
        const QString to = m_assignee->itemData(index).toString();
        if (to == field(m_ticket, "assignee.id"))
            return;
        patch({{QStringLiteral("assignee_id"), to.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(to)}});
    });
    connect(m_take, &QPushButton::clicked, this,
            [this] { patch({{QStringLiteral("assignee_id"), m_context.session.user().id}}); });
    connect(m_close, &QPushButton::clicked, this, [this] { patch({{QStringLiteral("status"), QStringLiteral("closed")}}); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { patch({{QStringLiteral("status"), QStringLiteral("in_progress")}}); });
}

void TicketView::retranslateUi()
{
    m_empty->setText(tr("Pilih tiket dari daftar (Enter atau klik dua kali) untuk membaca percakapannya."));
    m_statusLabel->setText(tr("Status:"));
    m_status->setToolTip(tr("Hanya perubahan yang diizinkan alur kerja tiket yang ditawarkan"));
    m_priorityLabel->setText(tr("Prioritas:"));
    for (int i = 0; i < m_priority->count(); ++i)
        m_priority->setItemText(i, TicketLabels::priority(m_priority->itemData(i).toString()));
    m_assigneeLabel->setText(tr("Ditugaskan:"));
    m_take->setText(tr("Ambil tiket ini"));
    m_close->setText(tr("Tutup tiket"));
    m_reopen->setText(tr("Buka kembali"));
    m_cancelDownload->setText(tr("Batal"));
    m_attach->setText(tr("Lampirkan berkas…"));
    m_send->setText(tr("Kirim"));
    m_send->setToolTip(tr("Kirim balasan (Ctrl+Enter)"));
    if (m_ticket.isEmpty()) {
        m_reply->setPlaceholderText(tr("Tulis balasan… (Ctrl+Enter untuk mengirim)"));
    } else {
        // Badges, header, workflow choices and the thread's labels are built from the ticket.
        showTicket();
        renderThread();
    }
}

void TicketView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString TicketView::messagesPath() const { return QStringLiteral("/api/v1/tickets/%1/messages").arg(m_ticketId); }

void TicketView::showNothing()
{
    ++m_generation;
    m_ticketId.clear();
    m_ticket = {};
    m_messages = {};
    m_reply->clear();
    m_attachments->setTicketId({});
    m_pages->setCurrentWidget(m_empty);
}

void TicketView::open(const QString& ticketId)
{
    if (ticketId.isEmpty()) {
        showNothing();
        return;
    }
    if (ticketId == m_ticketId) {
        refresh();
        return;
    }
    ++m_generation;
    m_ticketId = ticketId;
    m_ticket = {};
    m_messages = {};
    // A reply half-written for another ticket must not go to this one.
    m_reply->clear();
    m_attachments->setTicketId(ticketId);
    m_message->setVisible(false);
    m_title->setText(tr("Memuat tiket…"));
    m_number->clear();
    m_meta->clear();
    m_links->clear();
    m_thread->clear();
    m_pages->setCurrentIndex(1);
    loadTicket();
    loadThread();
}

void TicketView::refresh()
{
    if (m_ticketId.isEmpty())
        return;
    loadTicket();
    loadThread();
}

void TicketView::loadTicket()
{
    const int generation = m_generation;
    m_context.api.get(
        QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId), {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_ticket = response.object();
            showTicket();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            if (m_ticket.isEmpty())
                m_title->setText(tr("Tiket tidak dapat dimuat"));
            showMessage(error.detail, true);
        });
}

void TicketView::loadThread()
{
    const int generation = m_generation;
    m_context.api.get(
        messagesPath(), {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_messages = response.object().value(QStringLiteral("items")).toArray();
            renderThread();
            emit threadLoaded();
        },
        [this, generation](const ApiError& error) {
            if (generation == m_generation)
                showMessage(error.detail, true);
        });
}

void TicketView::showTicket()
{
    const QString status = m_ticket.value(QStringLiteral("status")).toString();
    const QString priority = m_ticket.value(QStringLiteral("priority")).toString();
    m_number->setText(m_ticket.value(QStringLiteral("number")).toString());
    m_title->setText(m_ticket.value(QStringLiteral("title")).toString());
    m_statusBadge->setStatus(TicketLabels::status(status), TicketLabels::statusColor(status));
    m_priorityBadge->setStatus(TicketLabels::priority(priority), TicketLabels::priorityColor(priority));
    const QJsonObject sla = m_ticket.value(QStringLiteral("sla")).toObject();
    const bool breached = sla.value(QStringLiteral("breached")).toBool();
    m_slaBadge->setStatus(breached ? tr("Melewati SLA") : tr("Sesuai SLA"),
                          breached ? TicketLabels::breachedColor() : QColor(0xDC, 0xFC, 0xE7));
    m_slaBadge->setToolTip(tr("Respons pertama paling lambat %1\nSelesai paling lambat %2")
                               .arg(TicketLabels::localTime(sla.value(QStringLiteral("first_response_due")).toString()),
                                    TicketLabels::localTime(sla.value(QStringLiteral("resolution_due")).toString())));

    const QString assignee = field(m_ticket, "assignee.full_name");
    m_meta->setText(tr("<b>%1</b> (%2) · %3 · %4 · dibuat %5 · %6")
                        .arg(field(m_ticket, "owner.full_name").toHtmlEscaped(),
                             field(m_ticket, "owner.email").toHtmlEscaped(),
                             TicketLabels::role(m_ticket.value(QStringLiteral("owner_role")).toString()),
                             TicketLabels::category(m_ticket.value(QStringLiteral("category")).toString()),
                             TicketLabels::localTime(m_ticket.value(QStringLiteral("created_at")).toString()),
                             assignee.isEmpty() ? tr("belum ditugaskan")
                                                : tr("ditangani %1").arg(assignee.toHtmlEscaped())));
    QStringList links;
    const QJsonObject linkObject = m_ticket.value(QStringLiteral("links")).toObject();
    if (const QString v = linkObject.value(QStringLiteral("membership_id")).toString(); !v.isEmpty())
        links << tr("Membership: %1").arg(v);
    if (const QString v = linkObject.value(QStringLiteral("invoice_number")).toString(); !v.isEmpty())
        links << tr("Invoice: %1").arg(v);
    if (const QString v = linkObject.value(QStringLiteral("course_id")).toString(); !v.isEmpty())
        links << tr("Kelas: %1").arg(v);
    m_links->setText(links.join(QStringLiteral("  ·  ")));
    m_links->setVisible(!links.isEmpty());
    updateControls();
}

void TicketView::updateControls()
{
    const QString me = m_context.session.user().id;
    const bool canHandle = m_context.session.hasPermission(kHandle);
    const bool canManage = m_context.session.hasPermission(kManage);
    const QString status = m_ticket.value(QStringLiteral("status")).toString();
    const QString assigneeId = field(m_ticket, "assignee.id");
    const bool closed = status == QStringLiteral("closed");
    // The same rule the server applies: who may work this ticket as staff.
    const bool staff = canManage || (canHandle && (assigneeId.isEmpty() || assigneeId == me));

    m_status->clear();
    m_status->addItem(TicketLabels::status(status), status);
    for (const auto& to : TicketLabels::transitionsFrom(status)) {
        if (closed)
            break; // reopening is its own button, for admins only
        m_status->addItem(tr("→ %1").arg(TicketLabels::status(to)), to);
    }
    m_statusLabel->setVisible(staff);
    m_status->setVisible(staff);
    m_status->setEnabled(m_status->count() > 1);

    m_priority->setCurrentIndex(m_priority->findData(m_ticket.value(QStringLiteral("priority")).toString()));
    m_priorityLabel->setVisible(staff);
    m_priority->setVisible(staff);
    m_priority->setEnabled(!closed);

    m_assigneeLabel->setVisible(canManage);
    m_assignee->setVisible(canManage);
    m_assignee->setEnabled(!closed);
    if (canManage) {
        m_assignee->clear();
        m_assignee->addItem(tr("— Belum ditugaskan —"), QString());
        bool listed = assigneeId.isEmpty();
        for (const auto& value : std::as_const(m_staff)) {
            const QJsonObject person = value.toObject();
            const QString id = person.value(QStringLiteral("id")).toString();
            listed = listed || id == assigneeId;
            m_assignee->addItem(tr("%1 (%2 tiket aktif)")
                                    .arg(person.value(QStringLiteral("full_name")).toString())
                                    .arg(person.value(QStringLiteral("open_tickets")).toInteger()),
                                id);
        }
        if (!listed)
            m_assignee->addItem(field(m_ticket, "assignee.full_name"), assigneeId);
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assigneeId)));
        if (!m_staffLoaded)
            loadStaff();
    }

    m_take->setVisible(canHandle && !canManage && assigneeId.isEmpty() && !closed);
    m_close->setVisible(!staff && !closed);
    m_reopen->setVisible(canManage && closed);

    m_closedBanner->setVisible(closed);
    m_closedBanner->setText(canManage ? tr("Tiket ini sudah ditutup dan hanya bisa dibaca. Gunakan \"Buka kembali\" "
                                           "bila masalahnya muncul lagi.")
                                      : tr("Tiket ini sudah ditutup dan hanya bisa dibaca. Bila masalahnya muncul "
                                           "lagi, buat tiket baru."));
    m_replyBox->setEnabled(!closed);
    m_reply->setPlaceholderText(closed ? tr("Tiket yang sudah ditutup tidak bisa dibalas.")
                                       : tr("Tulis balasan… (Ctrl+Enter untuk mengirim)"));
}

void TicketView::loadStaff()
{
    m_staffLoaded = true;
    m_context.api.get(
        QStringLiteral("/api/v1/tickets/staff"), {}, this,
        [this](const ApiResponse& response) {
            m_staff = response.object().value(QStringLiteral("items")).toArray();
            if (!m_ticket.isEmpty())
                updateControls();
        },
        [this](const ApiError& error) {
            m_staffLoaded = false; // asked again with the next ticket
            showMessage(tr("Daftar staf support tidak dapat dimuat: %1").arg(error.detail), true);
        });
}

void TicketView::patch(const QJsonObject& changes)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId);
    request.body = QJsonDocument(changes);
    const int generation = m_generation;
    m_message->setVisible(false);
    m_context.api.send(
        request, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_ticket = response.object();
            showTicket();
            loadThread();
            emit ticketEdited(m_ticketId);
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            showMessage(error.detail, true);
            showTicket(); // the controls go back to what the server has
        });
}

void TicketView::attachFiles(const QStringList& paths)
{
    if (m_ticketId.isEmpty())
        return;
    m_attachments->addFiles(paths);
}

void TicketView::sendReply()
{
    if (m_ticketId.isEmpty() || m_sending || !m_replyBox->isEnabled())
        return;
    QString text = m_reply->toPlainText().trimmed();
    const QStringList attachmentIds = m_attachments->uploadedIds();
    if (m_attachments->isBusy()) {
        showMessage(tr("Tunggu sampai semua lampiran selesai diunggah, lalu kirim lagi."), true);
        return;
    }
    if (m_attachments->failedCount() > 0 || m_attachments->waitingCount() > 0) {
        showMessage(tr("Ada lampiran yang belum terunggah. Hapus lampiran itu atau lampirkan ulang, lalu kirim lagi."),
                    true);
        return;
    }
    if (text.isEmpty() && attachmentIds.isEmpty()) {
        showMessage(tr("Tulis balasan terlebih dahulu."), true);
        m_reply->setFocus();
        return;
    }
    if (text.isEmpty())
        text = tr("(lampiran)");
    QJsonObject body{{QStringLiteral("body"), text}};
    if (!attachmentIds.isEmpty())
        body.insert(QStringLiteral("attachment_ids"), QJsonArray::fromStringList(attachmentIds));
    m_sending = true;
    m_send->setEnabled(false);
    m_replyState->setText(tr("Mengirim…"));
    const int generation = m_generation;
    m_context.outbox.submit("POST", messagesPath(), body, this, [this, generation](const OutboxResult& result) {
        m_sending = false;
        m_send->setEnabled(true);
        m_replyState->clear();
        if (generation != m_generation)
            return;
        switch (result.outcome) {
        case OutboxResult::Outcome::Sent:
            m_reply->clear();
            m_attachments->clear();
            m_message->setVisible(false);
            m_messages.append(result.response.object());
            renderThread();
            loadTicket();
            emit ticketEdited(m_ticketId);
            break;
        case OutboxResult::Outcome::Queued:
            // The text is safe in the outbox and shows in the thread as waiting.
            m_reply->clear();
            m_attachments->clear();
            renderThread();
            showMessage(tr("Server tidak dapat dihubungi. Balasan disimpan dan dikirim otomatis begitu koneksi "
                           "kembali."),
                        false);
            break;
        case OutboxResult::Outcome::Rejected: {
            QString detail = result.error.detail;
            for (auto it = result.error.fieldErrors.begin(); it != result.error.fieldErrors.end(); ++it)
                detail += QStringLiteral("\n• ") + it.value();
            showMessage(detail, true);
            break;
        }
        }
    });
}

void TicketView::onReplayed(const OutboxEntry& entry)
{
    if (m_ticketId.isEmpty() || entry.path != messagesPath())
        return;
    m_message->setVisible(false);
    loadThread();
    emit ticketEdited(m_ticketId);
}

void TicketView::renderThread()
{
    QScrollBar* bar = m_thread->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    const QString ownerId = field(m_ticket, "owner.id");

    QString html = QStringLiteral("<html><body style=\"font-size:medium;\">");
    if (!m_ticket.isEmpty()) {
        // The description opens the conversation, as the owner wrote it.
        html += bubble(false, QStringLiteral("#F3F4F6"),
                       tr("<b>%1</b> · deskripsi tiket · %2")
                           .arg(field(m_ticket, "owner.full_name").toHtmlEscaped(),
                                TicketLabels::localTime(m_ticket.value(QStringLiteral("created_at")).toString())),
                       escaped(m_ticket.value(QStringLiteral("description")).toString()), {});
    }
    for (const auto& value : std::as_const(m_messages)) {
        const QJsonObject message = value.toObject();
        const QString kind = message.value(QStringLiteral("kind")).toString();
        const QString when = TicketLabels::localTime(message.value(QStringLiteral("created_at")).toString());
        if (kind == QStringLiteral("system")) {
            html += QStringLiteral("<p align=\"center\" style=\"color:#6B7280; font-size:small;\"><i>%1 · %2</i></p>")
                        .arg(escaped(message.value(QStringLiteral("body")).toString()), when);
            continue;
        }
        QString footer;
        for (const auto& attachmentValue : message.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject attachment = attachmentValue.toObject();
            footer += QStringLiteral("<div style=\"margin-top:4px;\">\U0001F4CE <a href=\"ey-attachment:%1\">%2</a> "
                                     "<span style=\"color:#6B7280;\">(%3)</span></div>")
                          .arg(attachment.value(QStringLiteral("id")).toString(),
                               attachment.value(QStringLiteral("filename")).toString().toHtmlEscaped(),
                               TicketLabels::fileSize(attachment.value(QStringLiteral("size")).toInteger()));
        }
        const bool staff = kind == QStringLiteral("staff");
        const QString author = field(message, "author.full_name").toHtmlEscaped();
        html += bubble(staff, staff ? QStringLiteral("#E0E7FF") : QStringLiteral("#F3F4F6"),
                       staff ? tr("<b>%1</b> · Tim Support · %2").arg(author, when)
                             : tr("<b>%1</b> · %2").arg(author, when),
                       escaped(message.value(QStringLiteral("body")).toString()), footer);
    }
    // Replies still in the outbox: the user sees they are kept, and that they have not arrived yet.
    const QString path = messagesPath();
    for (const auto& entry : m_context.outbox.pending()) {
        if (entry.path != path)
            continue;
        const bool asStaff = m_context.session.user().id != ownerId;
        html += bubble(asStaff, QStringLiteral("#FEF3C7"),
                       tr("<b>%1</b> · \u23F3 menunggu koneksi").arg(m_context.session.user().fullName.toHtmlEscaped()),
                       escaped(entry.body.object().value(QStringLiteral("body")).toString()),
                       tr("<div style=\"color:#92400E; font-size:small;\">Dikirim otomatis saat server dapat dihubungi "
                          "lagi.</div>"));
    }
    html += QStringLiteral("</body></html>");
    m_thread->setHtml(html);
    bar->setValue(atEnd ? bar->maximum() : position);
}

void TicketView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("background: #FEE2E2; color: #991B1B; border-radius: 6px; "
                                                    "padding: 6px 8px;")
                                   : QStringLiteral("background: #FEF3C7; color: #92400E; border-radius: 6px; "
                                                    "padding: 6px 8px;"));
    m_message->setVisible(!text.isEmpty());
}

void TicketView::onAnchor(const QUrl& url)
{
    if (url.scheme() != QStringLiteral("ey-attachment"))
        return;
    const QString attachmentId = url.path();
    QString filename = tr("lampiran");
    for (const auto& value : std::as_const(m_messages)) {
        for (const auto& attachment : value.toObject().value(QStringLiteral("attachments")).toArray()) {
            if (attachment.toObject().value(QStringLiteral("id")).toString() == attachmentId)
                filename = attachment.toObject().value(QStringLiteral("filename")).toString();
        }
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(filename);
    const QString target = QFileDialog::getSaveFileName(this, tr("Simpan lampiran"), suggested);
    if (!target.isEmpty())
        downloadAttachment(attachmentId, target);
}

void TicketView::downloadAttachment(const QString& attachmentId, const QString& targetPath)
{
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
    delete m_downloadFile;
    m_downloadFile = new QSaveFile(targetPath);
    if (!m_downloadFile->open(QIODevice::WriteOnly)) {
        showMessage(tr("Berkas %1 tidak dapat ditulis: %2").arg(targetPath, m_downloadFile->errorString()), true);
        emit downloadFinished(targetPath, false);
        return;
    }
    QNetworkRequest request =
        m_context.api.networkRequest(QStringLiteral("/api/v1/tickets/%1/attachments/%2").arg(m_ticketId, attachmentId));
    request.setRawHeader("Accept", "*/*");
    request.setTransferTimeout(120000);
    QNetworkReply* reply = m_context.api.transport().send(request, "GET", {});
    m_download = reply;
    m_downloadLabel->setText(tr("Mengunduh %1").arg(QFileInfo(targetPath).fileName()));
    m_downloadProgress->setRange(0, 0);
    m_downloadRow->setVisible(true);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_downloadProgress->setRange(0, 100);
            m_downloadProgress->setValue(static_cast<int>(received * 100 / total));
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        // Only a successful answer goes into the file; an error body is read when it finishes.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && m_downloadFile)
            m_downloadFile->write(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, targetPath] {
        reply->deleteLater();
        m_download = nullptr;
        m_downloadRow->setVisible(false);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray rest = reply->readAll();
        bool ok = false;
        if (status == 200 && reply->error() == QNetworkReply::NoError && m_downloadFile) {
            m_downloadFile->write(rest);
            ok = m_downloadFile->commit();
            showMessage(ok ? tr("Lampiran disimpan ke %1").arg(targetPath)
                           : tr("Berkas %1 tidak dapat disimpan: %2").arg(targetPath, m_downloadFile->errorString()),
                        !ok);
        } else {
            if (m_downloadFile)
                m_downloadFile->cancelWriting();
            if (reply->error() == QNetworkReply::OperationCanceledError)
                showMessage(tr("Unduhan dibatalkan."), false);
            else
                showMessage(ApiError::fromReply(reply, rest).detail, true);
        }
        delete m_downloadFile;
        m_downloadFile = nullptr;
        emit downloadFinished(targetPath, ok);
    });
}

} // namespace ey::desk::tickets

// TicketCreateForm: fields, validation display, create + attachments.
#include "TicketCreateForm.h"

#include "AttachmentList.h"
#include "TicketLabels.h"

#include "ApiClient.h"
#include "Outbox.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>

namespace ey::desk::tickets {

TicketCreateForm::TicketCreateForm(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("createForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 16);

    auto* card = new QWidget(content);
    card->setMaximumWidth(760);
    column->addWidget(card, 0, Qt::AlignHCenter | Qt::AlignTop);
    column->addStretch(1);
    auto* layout = new QVBoxLayout(card);
    layout->setSpacing(4);

    auto* heading = new QLabel(card);
    m_texts.add([heading] { heading->setText(tr("Buat tiket baru")); });
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto* intro = new QLabel(card);
    m_texts.add([intro] {
        intro->setText(tr("Ceritakan masalah Anda sejelas mungkin. Tim support akan membalas di tiket ini, dan "
                          "Anda mendapat notifikasi setiap ada balasan."));
    });
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #4B5563; margin-bottom: 8px;"));
    layout->addWidget(intro);

    const auto label = [this, card](std::function<QString()> text) {
        auto* l = new QLabel(card);
        l->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
        m_texts.add([l, text = std::move(text)] { l->setText(text()); });
        return l;
    };

    m_formError = new QLabel(card);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setVisible(false);
    m_formError->setStyleSheet(
        QStringLiteral("background: #FEE2E2; color: #991B1B; border-radius: 6px; padding: 6px 8px;"));
    layout->addWidget(m_formError);

    layout->addWidget(label([] { return tr("Judul tiket *"); }));
    m_title = new QLineEdit(card);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(150);
    m_texts.add([this] { m_title->setPlaceholderText(tr("Contoh: Tidak bisa masuk setelah ganti nomor WhatsApp")); });
    layout->addWidget(m_title);
    layout->addWidget(errorLabel(QStringLiteral("title"), "titleError"));

    layout->addWidget(label([] { return tr("Kategori masalah *"); }));
    m_category = new QComboBox(card);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(QString(), QString());
    for (const auto& category : TicketLabels::categories())
        m_category->addItem(QString(), category);
    m_texts.add([this] {
        // Same items, new words: the chosen category stays chosen.
        m_category->setItemText(0, tr("Pilih kategori…"));
        for (int i = 1; i < m_category->count(); ++i)
            m_category->setItemText(i, TicketLabels::category(m_category->itemData(i).toString()));
    });
    layout->addWidget(m_category);
    layout->addWidget(errorLabel(QStringLiteral("category"), "categoryError"));

    layout->addWidget(label([] { return tr("Deskripsi masalah *"); }));
    m_description = new QPlainTextEdit(card);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_texts.add([this] {
        m_description->setPlaceholderText(tr("Apa yang terjadi, apa yang Anda harapkan, dan langkah yang sudah dicoba."));
    });
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(150);
    layout->addWidget(m_description);
    layout->addWidget(errorLabel(QStringLiteral("description"), "descriptionError"));

    layout->addWidget(label([] { return tr("Terkait (opsional)"); }));
    auto* links = new QFormLayout;
    m_membership = new QLineEdit(card);
    m_membership->setObjectName(QStringLiteral("membershipEdit"));
    m_invoice = new QLineEdit(card);
    m_invoice->setObjectName(QStringLiteral("invoiceEdit"));
    m_texts.add([this] { m_invoice->setPlaceholderText(tr("Contoh: INV-2025-000123")); });
    m_course = new QLineEdit(card);
    m_course->setObjectName(QStringLiteral("courseEdit"));
    for (auto* edit : {m_membership, m_invoice, m_course})
        edit->setMaxLength(100);
    // Empty labels are not made by QFormLayout, so each row's label is made here and named later.
    const auto rowLabel = [card](QWidget* field) {
        auto* l = new QLabel(card);
        l->setBuddy(field);
        return l;
    };
    QLabel* membershipLabel = rowLabel(m_membership);
    QLabel* invoiceLabel = rowLabel(m_invoice);
    QLabel* courseLabel = rowLabel(m_course);
    links->addRow(membershipLabel, m_membership);
    links->addRow(QString(), errorLabel(QStringLiteral("links.membership_id"), "membershipError"));
    links->addRow(invoiceLabel, m_invoice);
    links->addRow(QString(), errorLabel(QStringLiteral("links.invoice_number"), "invoiceError"));
    links->addRow(courseLabel, m_course);
    m_texts.add([membershipLabel, invoiceLabel, courseLabel] {
        membershipLabel->setText(tr("ID membership"));
        invoiceLabel->setText(tr("Nomor order / invoice"));
        courseLabel->setText(tr("Kelas"));
    });
    links->addRow(QString(), errorLabel(QStringLiteral("links.course_id"), "courseError"));
    layout->addLayout(links);
    layout->addWidget(errorLabel(QStringLiteral("links"), "linksError"));

    layout->addWidget(label([] { return tr("Lampiran (opsional)"); }));
    auto* hint = new QLabel(card);
    m_texts.add([hint] { hint->setText(tr("Gambar, PDF, atau dokumen Office, masing-masing maksimal 10 MB.")); });
    hint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(hint);
    m_attachments = new AttachmentList(m_context.api, card);
    m_attachments->setObjectName(QStringLiteral("createAttachments"));
    layout->addWidget(m_attachments);

    auto* buttons = new QHBoxLayout;
    m_attach = new QPushButton(card);
    m_texts.add([this] { m_attach->setText(tr("Lampirkan berkas…")); });
    m_attach->setObjectName(QStringLiteral("createAttachButton"));
    m_state = new QLabel(card);
    m_state->setObjectName(QStringLiteral("createState"));
    m_state->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_submit = new QPushButton(card);
    m_texts.add([this] { m_submit->setText(tr("Kirim tiket")); });
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_submit);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &TicketCreateForm::submit);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Lampirkan berkas"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;"
               "Semua berkas (*)"));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        if (!m_createdId.isEmpty() && !m_attachments->isBusy())
            finishAttachments(m_createdId);
    });
}

void TicketCreateForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

QLabel* TicketCreateForm::errorLabel(const QString& field, const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #DC2626;"));
    label->setVisible(false);
    m_errors.insert(field, label);
    return label;
}

void TicketCreateForm::attachFiles(const QStringList& paths) { m_attachments->addFiles(paths); }

void TicketCreateForm::clearErrors()
{
    for (auto* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    m_formError->setVisible(false);
}

void TicketCreateForm::showErrors(const ApiError& error)
{
    clearErrors();
    QStringList unplaced;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        if (QLabel* label = m_errors.value(it.key())) {
            label->setText(it.value());
            label->setVisible(true);
        } else {
            unplaced << it.value();
        }
    }
    if (error.fieldErrors.isEmpty() || !unplaced.isEmpty()) {
        m_formError->setText(unplaced.isEmpty() ? error.detail : error.detail + QLatin1Char('\n') +
                                                                     unplaced.join(QLatin1Char('\n')));
        m_formError->setVisible(true);
    }
}

void TicketCreateForm::setBusy(bool busy, const QString& state)
{
    m_submit->setEnabled(!busy);
    m_attach->setEnabled(!busy);
    m_state->setText(state);
}

void TicketCreateForm::submit()
{
    if (!m_submit->isEnabled())
        return;
    clearErrors();
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body{{QStringLiteral("title"), m_title->text().trimmed()},
                     {QStringLiteral("description"), m_description->toPlainText().trimmed()}};
    // No category chosen: the field is left out, so the server names it as required.
    if (const QString category = m_category->currentData().toString(); !category.isEmpty())
        body.insert(QStringLiteral("category"), category);
    QJsonObject links;
    const auto link = [&links](const char* key, QLineEdit* edit) {
        if (const QString value = edit->text().trimmed(); !value.isEmpty())
            links.insert(QLatin1String(key), value);
    };
    link("membership_id", m_membership);
    link("invoice_number", m_invoice);
    link("course_id", m_course);
    if (!links.isEmpty())
        body.insert(QStringLiteral("links"), links);

    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/tickets");
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey.toUtf8()});
    setBusy(true, tr("Mengirim tiket…"));
    m_context.api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_idempotencyKey.clear();
            const QString id = response.object().value(QStringLiteral("id")).toString();
            if (m_attachments->count() == 0) {
                setBusy(false);
                emit ticketCreated(id);
                reset();
                return;
            }
            m_createdId = id;
            setBusy(true, tr("Tiket dibuat. Mengunggah lampiran…"));
            m_attachments->setTicketId(id, true);
            m_attachments->uploadPending();
        },
        [this](const ApiError& error) {
            setBusy(false);
            showErrors(error);
        });
}

void TicketCreateForm::finishAttachments(const QString& ticketId)
{
    const QStringList ids = m_attachments->uploadedIds();
    const int failed = m_attachments->failedCount() + m_attachments->waitingCount();
    m_createdId.clear();
    const auto done = [this, ticketId, failed] {
        setBusy(false);
        if (failed > 0) {
            // The ticket exists; what did not upload is said plainly and can be attached with a reply.
            m_formError->setText(tr("Tiket sudah dibuat, tetapi %n lampiran gagal diunggah. Lampirkan lagi lewat "
                                    "balasan di tiket itu.",
                                    nullptr, failed));
            m_formError->setVisible(true);
        }
        emit ticketCreated(ticketId);
        if (failed == 0)
            reset();
    };
    if (ids.isEmpty()) {
        done();
        return;
    }
    QJsonObject body{{QStringLiteral("body"), tr("Lampiran untuk tiket ini.")},
                     {QStringLiteral("attachment_ids"), QJsonArray::fromStringList(ids)}};
    m_context.outbox.submit("POST", QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId), body, this,
                            [done](const OutboxResult&) { done(); });
}

void TicketCreateForm::reset()
{
    m_title->clear();
    m_category->setCurrentIndex(0);
    m_description->clear();
    m_membership->clear();
    m_invoice->clear();
    m_course->clear();
    m_attachments->clear();
    m_attachments->setTicketId({});
    m_idempotencyKey.clear();
    m_createdId.clear();
    clearErrors();
    setBusy(false);
}

} // namespace ey::desk::tickets

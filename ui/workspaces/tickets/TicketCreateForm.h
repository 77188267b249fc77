// "Buat Tiket": the new-ticket form, a page of the workspace rather than a popup (per the PRD).
#pragma once

#include "Retranslator.h"
#include "Workspace.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ey::desk {
struct ApiError;
}

namespace ey::desk::tickets {

class AttachmentList;

/// UI thread. POST /api/v1/tickets with an Idempotency-Key kept until it succeeds (a double click
/// or a retry after a lost answer makes one ticket), then uploads the attachments and sends them in
/// one message. The server's 422 field errors appear under their fields.
class TicketCreateForm : public QWidget
{
    Q_OBJECT

public:
    explicit TicketCreateForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    void submit();
    void attachFiles(const QStringList& paths);
    void reset();

signals:
    void ticketCreated(const QString& ticketId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showErrors(const ApiError& error);
    void clearErrors();
    void finishAttachments(const QString& ticketId);
    void setBusy(bool busy, const QString& state = {});
    QLabel* errorLabel(const QString& field, const char* objectName);

    WorkspaceContext m_context;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_membership = nullptr;
    QLineEdit* m_invoice = nullptr;
    QLineEdit* m_course = nullptr;
    AttachmentList* m_attachments = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_formError = nullptr;
    QMap<QString, QLabel*> m_errors; ///< wire field name → label under it
    QString m_idempotencyKey;
    QString m_createdId; ///< created, attachments still on their way
    Retranslator m_texts;
};

} // namespace ey::desk::tickets

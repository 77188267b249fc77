// The "Asesmen" page: assessment products edited (sections, questions, templates, scoring) with a preview.
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ey::desk {
class ApiClient;
class StatusBadge;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class AssessmentEditor;
class AssessmentListModel;
class AssessmentPreview;

/// UI thread; shown to assessments.manage. The server-paged list sits beside the editor and its
/// preview. Save sends the whole definition (POST for a new one, PUT otherwise); the server's
/// field errors are shown where they point with the typing kept. Switching assessments with
/// unsaved changes asks first; delete and publish ask too (publish explains what it locks).
class AssessmentsPage : public QWidget
{
    Q_OBJECT

public:
    /// Asked before anything that cannot be undone or would drop edits; true = go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    explicit AssessmentsPage(ApiClient& api, QWidget* parent = nullptr);

    /// Admins: the partner the page acts for (sent as partner_id where the API takes it).
    void setPartnerId(const QString& partnerId);
    void reload();
    void focusSearch();

    /// Opens assessment `id` in the editor (asks first when the editor has unsaved changes).
    bool open(const QString& id);
    /// An empty draft with a Likert 1–5 template, saved with POST.
    bool startNew();
    /// A copy of what the editor shows, with a new code, saved with POST.
    void duplicate();
    void save();
    void publish();
    void remove();
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QString currentId() const { return m_currentId; }
    QString currentStatus() const { return m_summary.value(QStringLiteral("status")).toString(); }
    AssessmentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AssessmentEditor* editor() const { return m_editor; }
    AssessmentPreview* preview() const { return m_preview; }
    StatusBadge* statusBadge() const { return m_badge; }
    QLabel* message() const { return m_message; }
    QLabel* lockNote() const { return m_lock; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* publishButton() const { return m_publishButton; }

signals:
    /// A definition was stored (created or updated).
    void saved(const QString& id);
    /// A load, save, publish or delete finished (successfully or not).
    void settled();

private:
    void applyFilter();
    void showSummary(const QJsonObject& summary);
    void showDefinition(const QString& id, const QJsonObject& definition);
    void showError(const ApiError& error);
    void selectCurrentRow();
    bool confirmDiscard();

    ApiClient& m_api;
    QString m_partnerId;
    QString m_currentId;
    QJsonObject m_summary;
    Confirm m_confirm;
    bool m_selecting = false;
    AssessmentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_heading = nullptr;
    StatusBadge* m_badge = nullptr;
    QLabel* m_lock = nullptr;
    AssessmentEditor* m_editor = nullptr;
    AssessmentPreview* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_publishButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace ey::desk::partner

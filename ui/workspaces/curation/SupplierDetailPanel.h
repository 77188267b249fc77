// The side pane of the supplier queue: one supplier's profile tabs, documents, assessment,
// history and audit, with the review and decision actions the reader's permissions allow.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace ey::desk {
class ApiClient;
struct ApiError;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::curation {

class SupplierPremiumPanel;

/// UI thread. Shows GET /api/v1/admin/suppliers/{id}. An action button is shown only when the
/// server lists the action in allowed_actions AND the reader holds its permission
/// (suppliers.review: note, recommend, request changes; suppliers.decide: verify, limit,
/// suspend, reinstate, type and tier). A refused action (409, 422) is shown in the server's
/// words under the buttons and the supplier is loaded again, so the buttons match its real status.
class SupplierDetailPanel : public QWidget
{
    Q_OBJECT

public:
    /// Opens a downloaded document that cannot be shown here (PDF); the default hands it to the
    /// desktop (QDesktopServices). Returns false when nothing could open it.
    using DocumentOpener = std::function<bool(const QString& filePath)>;

    SupplierDetailPanel(ApiClient& api, bool canReview, bool canDecide, QWidget* parent = nullptr);
    ~SupplierDetailPanel() override;

    void showSupplier(const QString& id);
    void refresh();
    QString supplierId() const { return m_id; }
    QJsonObject supplier() const { return m_supplier; }
    bool isLoading() const { return m_loading; }
    void setDocumentOpener(DocumentOpener opener) { m_opener = std::move(opener); }

    /// "note", "recommend", "request_changes", "verify", "limit", "suspend", "reinstate".
    QPushButton* actionButton(const QString& action) const { return m_actions.value(action); }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* message() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* documentsTable() const { return m_documents; }
    QLabel* preview() const { return m_preview; }
    QTableWidget* assessmentTable() const { return m_assessment; }
    QTableWidget* historyTable() const { return m_history; }
    QTreeWidget* auditTree() const { return m_audit; }
    /// The "Premium" tab: tier, premium until and the supplier's premium orders.
    SupplierPremiumPanel* premiumPanel() const { return m_premium; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* tierCombo() const { return m_tier; }
    /// Downloads the document in `row` of the documents table and shows or opens it.
    void openDocument(int row);
    /// Runs an action with the note typed in the note box (what the buttons do).
    void runAction(const QString& action);

signals:
    /// The supplier changed here (action done); the queue reloads.
    void supplierChanged(const QJsonObject& supplier);
    void closeRequested();
    /// A document finished opening: shown in the preview (image) or handed to the opener (path).
    void documentOpened(const QString& title, const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void display(const QJsonObject& supplier);
    void fillProfile();
    void fillDocuments();
    void fillAssessment();
    void fillHistory();
    void fillAudit();
    void updateActions();
    void changeType();
    void changeTier();
    void send(const QByteArray& method, const QString& path, const QJsonObject& body,
              const QString& done);
    void showError(const ApiError& error);
    void showInfo(const QString& text);

    ApiClient& m_api;
    const bool m_canReview;
    const bool m_canDecide;
    QString m_id;
    QJsonObject m_supplier;
    bool m_loading = false;
    int m_generation = 0;
    DocumentOpener m_opener;
    std::unique_ptr<QTemporaryDir> m_downloads;

    QLabel* m_company = nullptr;
    StatusBadge* m_badge = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_score = nullptr;
    QPushButton* m_close = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QHash<QString, QPushButton*> m_actions;
    QWidget* m_decideRow = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_type = nullptr;
    QPushButton* m_typeApply = nullptr;
    QLabel* m_tierLabel = nullptr;
    QComboBox* m_tier = nullptr;
    QDateEdit* m_premiumUntil = nullptr;
    QPushButton* m_tierApply = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, QFormLayout*> m_forms; ///< profile tab → its form
    QTableWidget* m_documents = nullptr;
    QPushButton* m_openDocument = nullptr;
    QLabel* m_preview = nullptr;
    QScrollArea* m_previewArea = nullptr;
    QTableWidget* m_assessment = nullptr;
    QLabel* m_assessmentTotal = nullptr;
    QTableWidget* m_history = nullptr;
    QTreeWidget* m_audit = nullptr;
    SupplierPremiumPanel* m_premium = nullptr;
};

} // namespace ey::desk::curation

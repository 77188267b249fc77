// The side form of the forwarder table: every field of one forwarder, new or existing, with the
// server's 422 messages under the fields they belong to.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::curation {

/// UI thread. newForwarder() empties the form; showForwarder() fills it from a Forwarder JSON.
/// Save sends POST /api/v1/forwarders or PATCH /api/v1/forwarders/{id} with every field; a 422
/// puts each message under its field and focuses the first. Without `canManage` every field is
/// read-only and the buttons are hidden. A 409 for a company already in use shows "Buka forwarder
/// yang ada", which asks the page to open that forwarder (the problem's duplicate_id).
class ForwarderEditor : public QWidget
{
    Q_OBJECT

public:
    ForwarderEditor(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    void newForwarder();
    void showForwarder(const QJsonObject& forwarder);
    QString forwarderId() const { return m_forwarder.value(QStringLiteral("id")).toString(); }
    QJsonObject forwarder() const { return m_forwarder; }
    bool isSaving() const { return m_saving; }
    /// The body Save would send.
    QJsonObject body() const;
    void save();
    void remove();

    QLineEdit* company() const { return m_company; }
    QListWidget* services() const { return m_services; }
    QListWidget* originPorts() const { return m_ports; }
    QListWidget* destinationRegions() const { return m_regions; }
    QLineEdit* email() const { return m_email; }
    QLineEdit* phone() const { return m_phone; }
    QLineEdit* website() const { return m_website; }
    /// The message line under a field ("email"), empty when the field is fine.
    QLabel* fieldError(const QString& field) const { return m_errors.value(field); }
    QLabel* message() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* openDuplicateButton() const { return m_openDuplicate; }
    /// The existing forwarder the last 409 named; empty otherwise.
    QString duplicateId() const { return m_duplicateId; }

signals:
    void saved(const QJsonObject& forwarder, bool created);
    void deleted(const QString& id);
    void openForwarderRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ListEditor
    {
        QListWidget* list = nullptr;
        QLineEdit* input = nullptr;
        QPushButton* add = nullptr;
        QPushButton* remove = nullptr;
    };

    void retranslateUi();
    QWidget* makeListEditor(ListEditor& editor, const QString& name);
    static void setList(QListWidget* list, const QJsonValue& values);
    static QJsonArray listValues(QListWidget* list);
    void clearErrors();
    void showError(const ApiError& error);
    void setMessage(const QString& text, bool problem);

    ApiClient& m_api;
    const bool m_canManage;
    QJsonObject m_forwarder;
    bool m_saving = false;

    QLabel* m_heading = nullptr;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_errors;
    QLineEdit* m_company = nullptr;
    QListWidget* m_services = nullptr;
    ListEditor m_portEditor;
    ListEditor m_regionEditor;
    QListWidget* m_ports = nullptr;
    QListWidget* m_regions = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_website = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_verified = nullptr;
    QComboBox* m_rating = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_openDuplicate = nullptr;
    QString m_duplicateId;
};

} // namespace ey::desk::curation

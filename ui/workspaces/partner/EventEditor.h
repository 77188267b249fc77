// The pane beside the events table: create or edit one event, and share its link and QR code.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ey::desk {
class ApiClient;
struct ApiError;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::partner {

/// UI thread. startNew() clears the form for a new event (assessment and code editable);
/// load() shows an existing one (code fixed, share link and QR shown). The server's 409/422
/// land under the field they concern; the typed values stay.
class EventEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EventEditor(ApiClient& api, QWidget* parent = nullptr);

    /// Admins act for a chosen partner (sent as partner_id); empty for partner users.
    void setPartnerId(const QString& partnerId) { m_partnerId = partnerId; }
    void startNew();
    void load(const QJsonObject& event);
    void save();

    bool isNew() const { return m_eventId.isEmpty(); }
    QString eventId() const { return m_eventId; }
    QString shareUrl() const { return m_shareUrl; }
    QImage qrImage() const;
    /// Writes the QR code as PNG; false (with a message) when it cannot.
    bool saveQr(const QString& path);

    QComboBox* assessmentCombo() const { return m_assessment; }
    QLineEdit* codeEdit() const { return m_code; }
    QLabel* codeError() const { return m_codeError; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* statusCombo() const { return m_status; }
    QSpinBox* priceEdit() const { return m_price; }
    QCheckBox* specialCheck() const { return m_special; }
    QDateTimeEdit* specialEndEdit() const { return m_specialEnd; }
    QPushButton* saveButton() const { return m_saveButton; }
    QLabel* message() const { return m_message; }

signals:
    /// The server accepted a create or an edit; `event` is its answer.
    void saved(const QJsonObject& event);

private:
    void loadAssessments();
    void showShare();
    void clearErrors();
    void showError(const ApiError& error);
    QJsonObject body() const;

    ApiClient& m_api;
    QString m_partnerId;
    QString m_eventId;
    QString m_shareUrl;
    bool m_assessmentsLoaded = false;
    QLabel* m_heading = nullptr;
    StatusBadge* m_badge = nullptr;
    QComboBox* m_assessment = nullptr;
    QLabel* m_assessmentError = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_codeError = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_price = nullptr;
    QLabel* m_priceError = nullptr;
    QCheckBox* m_special = nullptr;
    QDateTimeEdit* m_specialEnd = nullptr;
    QLabel* m_specialError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_share = nullptr;
    QLineEdit* m_link = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_counts = nullptr;
};

} // namespace ey::desk::partner

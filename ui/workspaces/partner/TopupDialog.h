// The top-up form: event, package or own quota, payment method; then how to pay.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::partner {

/// UI thread. Prices come from GET /partner/quota-packages for the chosen event (the server's
/// price; nothing is computed here except the preview of an own quantity, which the server
/// prices again). "Buat pembayaran" posts /partner/topups with one Idempotency-Key per dialog,
/// so a double click or a retry after a timeout never buys twice. Bank transfer: the dialog
/// stays open with the account, amount, number and deadline; Xendit: the payment page opens in
/// the browser and the dialog closes.
class TopupDialog : public QDialog
{
    Q_OBJECT

public:
    TopupDialog(ApiClient& api, QString partnerId, QString eventId, QWidget* parent = nullptr);

    QComboBox* eventCombo() const { return m_event; }
    QComboBox* packageCombo() const { return m_package; }
    QSpinBox* quotaSpin() const { return m_quota; }
    QRadioButton* manualRadio() const { return m_manual; }
    QRadioButton* xenditRadio() const { return m_xendit; }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* priceLabel() const { return m_price; }
    QLabel* message() const { return m_message; }
    QLabel* instructions() const { return m_instructions; }
    QJsonObject transaction() const { return m_transaction; }
    void submit();

signals:
    void packagesLoaded();
    void created(const QJsonObject& transaction);

private:
    void loadEvents();
    void loadPackages();
    void updatePrice();
    void showInstructions();

    ApiClient& m_api;
    QString m_partnerId;
    QString m_presetEvent;
    QString m_idempotencyKey;
    QJsonObject m_packages;
    QJsonObject m_transaction;
    QComboBox* m_event = nullptr;
    QComboBox* m_package = nullptr;
    QSpinBox* m_quota = nullptr;
    QLabel* m_quotaLabel = nullptr;
    QLabel* m_price = nullptr;
    QRadioButton* m_manual = nullptr;
    QRadioButton* m_xendit = nullptr;
    QLabel* m_bank = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_instructions = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_close = nullptr;
    int m_generation = 0;
};

} // namespace ey::desk::partner

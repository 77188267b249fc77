// The buyer edit form in the side pane: every field, errors at the field, duplicate hand-off,
// delete with an inline confirmation, and who viewed the buyer how often.
#pragma once

#include "ApiError.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

class CountryCatalog;

/// UI thread. newBuyer() for a blank form (POST), showBuyer(id) loads one (PATCH on save). A 422
/// puts each message under its field; a 409 duplicate shows "Buka buyer yang sama".
class BuyerEditor : public QWidget
{
    Q_OBJECT

public:
    BuyerEditor(ApiClient& api, CountryCatalog& countries, QWidget* parent = nullptr);

    void newBuyer();
    void showBuyer(const QString& id);
    /// Loads the shown buyer again (live update), unless the user has unsaved edits.
    void refresh();
    QString buyerId() const { return m_id; }
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }

    /// The form as the API's JSON body (every field; empty optional fields are null).
    QJsonObject body() const;
    void save();
    /// Shows the inline confirmation; confirmDelete() does it.
    void askDelete();
    void confirmDelete();

    // For tests.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* errorLabel(const QString& name) const { return m_errors.value(name); }
    QLabel* message() const { return m_message; }
    QPushButton* openDuplicateButton() const { return m_openDuplicate; }
    QTreeWidget* viewers() const { return m_viewers; }
    QString duplicateId() const { return m_duplicateId; }
    /// Adds an entry to a list field ("products" or "hs_codes").
    void addListEntry(const QString& field, const QString& text);

signals:
    void saved(const QJsonObject& buyer, bool created);
    void deleted(const QString& id);
    void openBuyerRequested(const QString& id);
    void closeRequested();
    void loaded(const QJsonObject& buyer);
    void viewersLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void fill(const QJsonObject& buyer);
    void loadViewers();
    void clearErrors();
    void showError(const ApiError& error);
    void setBusy(bool busy);
    void setMessage(const QString& text, bool error);
    void retranslateUi();
    void markDirty();

    ApiClient& m_api;
    CountryCatalog& m_countries;
    QString m_id;
    QJsonObject m_buyer;
    QString m_duplicateId;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_filling = false;
    int m_generation = 0;

    QLabel* m_heading = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_openDuplicate = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_country = nullptr;
    QListWidget* m_products = nullptr;
    QLineEdit* m_productInput = nullptr;
    QListWidget* m_hsCodes = nullptr;
    QLineEdit* m_hsInput = nullptr;
    QComboBox* m_scale = nullptr;
    QHash<QString, QCheckBox*> m_paymentChecks;
    QHash<QString, QCheckBox*> m_shippingChecks;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_verified = nullptr;
    QComboBox* m_rating = nullptr;
    QLineEdit* m_source = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_close = nullptr;
    QWidget* m_confirmBar = nullptr;
    QLabel* m_confirmText = nullptr;
    QPushButton* m_confirmYes = nullptr;
    QPushButton* m_confirmNo = nullptr;
    QLabel* m_viewersTitle = nullptr;
    QTreeWidget* m_viewers = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_labels;
    QList<QPair<QLabel*, QString>> m_groupTitles;
    QList<QPushButton*> m_listAddButtons;
    QList<QPushButton*> m_listRemoveButtons;
};

} // namespace ey::desk::curation

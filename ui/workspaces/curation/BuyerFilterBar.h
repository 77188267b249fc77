// The controls above the buyer table: search, country, product, terms, verified, date range.
#pragma once

#include <QDate>
#include <QTimer>
#include <QUrlQuery>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLineEdit;

namespace ey::desk::curation {

class CountryCatalog;

/// UI thread. filterChanged() fires once per change; typing in the search or product field waits
/// 300 ms so a word is one request, Enter applies at once.
class BuyerFilterBar : public QWidget
{
    Q_OBJECT

public:
    BuyerFilterBar(CountryCatalog& countries, QWidget* parent = nullptr);

    /// The list endpoint's filter parameters (empty ones left out).
    QUrlQuery query() const;
    void focusSearch();
    /// The first row (the search field): the page adds its buttons at its end.
    QHBoxLayout* searchRow() const { return m_searchRow; }

    // For tests and restoring state.
    QLineEdit* searchField() const { return m_search; }
    QLineEdit* productField() const { return m_product; }
    QComboBox* countryBox() const { return m_country; }
    QComboBox* paymentBox() const { return m_payment; }
    QComboBox* shippingBox() const { return m_shipping; }
    QComboBox* verifiedBox() const { return m_verified; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    /// The "no date" value of both date fields.
    static QDate unsetDate() { return QDate(2000, 1, 1); }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CountryCatalog& m_countries;
    QLineEdit* m_search = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_product = nullptr;
    QComboBox* m_payment = nullptr;
    QComboBox* m_shipping = nullptr;
    QComboBox* m_verified = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QHBoxLayout* m_searchRow = nullptr;
    QTimer m_typingDelay;
};

} // namespace ey::desk::curation

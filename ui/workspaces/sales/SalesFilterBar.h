// The sales filter bar: date presets (with a custom range), status, product, affiliate, search.
#pragma once

#include <QDate>
#include <QTimer>
#include <QUrlQuery>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ey::desk {
class ApiClient;
} // namespace ey::desk

namespace ey::desk::sales {

/// UI thread. Emits filterChanged once per change (the search after a short pause). Product and
/// affiliate choices are the plans, products and affiliates that appear on sales, loaded from
/// the sales routes (sales.read), so everyone who may open the workspace can use both boxes.
class SalesFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        All,
        Today,
        ThisWeek,
        ThisMonth,
        ThisYear,
        Custom
    };

    explicit SalesFilterBar(ApiClient& api, QWidget* parent = nullptr);

    /// from/to/status/product/affiliate/q for the list, export and summary.
    QUrlQuery query() const;
    Preset preset() const;
    void setPreset(Preset preset);
    /// The date range the preset stands for (invalid dates for All).
    QDate fromDate() const;
    QDate toDate() const;
    /// The chart bucket that suits the range: day, week, month or year.
    QString bucket() const;
    void focusSearch();
    /// "Today" for the presets; tests pin it.
    void setToday(const QDate& today);

    QComboBox* presetBox() const { return m_preset; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* affiliateBox() const { return m_affiliate; }
    QLineEdit* searchField() const { return m_search; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadChoices();
    void presetChosen();

    ApiClient& m_api;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_affiliate = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
    QDate m_today;
};

} // namespace ey::desk::sales

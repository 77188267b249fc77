// The rates of one forwarder in an editable table: route, mode, unit, currency, price, transit
// days, valid until and notes; new and changed rows are saved together.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

/// UI thread. Loads GET /api/v1/forwarders/{id}/rates; edited rows are marked and "Simpan tarif"
/// sends POST (new rows) or PATCH (changed rows) one after another. A 422 marks the cells of the
/// fields it names and says which row; expired rates are shown grey.
class ForwarderRatesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Origin,
        Destination,
        Mode,
        Unit,
        Currency,
        Price,
        Transit,
        ValidUntil,
        Notes,
        ColumnCount
    };

    ForwarderRatesPanel(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    /// Shows the rates of a forwarder (empty id: nothing, a new forwarder has no rates yet).
    void setForwarder(const QString& id);
    void reload();
    /// Adds an empty row to fill in (today + 30 days as validity).
    int addRate();
    /// Saves every new or changed row.
    void saveRates();
    void deleteSelected();
    bool isBusy() const { return m_busy; }
    bool hasUnsavedRows() const;
    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }
    QCheckBox* includeExpired() const { return m_expired; }

signals:
    void ratesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill(const QJsonArray& rates);
    void setRow(int row, const QJsonObject& rate);
    void markDirty(int row);
    QJsonObject rowBody(int row, QString* problem) const;
    void saveNext();
    void setMessage(const QString& text, bool problem);

    ApiClient& m_api;
    const bool m_canManage;
    QString m_forwarderId;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_expired = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_heading = nullptr;
    bool m_filling = false;
    bool m_busy = false;
    int m_generation = 0;
    int m_saved = 0;
};

} // namespace ey::desk::curation

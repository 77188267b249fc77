// The "Batas paket" tab: what each membership tier gets from the buyer directory, edited in place.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

/// UI thread. GET /api/v1/admin/directory-limits fills one row per tier; a changed row gets its own
/// "Simpan" (PUT .../{tier} with every field). Needs directory.limits.manage.
class PlanLimitsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Tier,
        BuyersPerMonth,
        FullContact,
        CsvDownload,
        ApiAccess,
        PriorityListing,
        VerifiedBadge,
        UpdatedAt,
        Save,
        ColumnCount
    };

    explicit PlanLimitsPage(ApiClient& api, QWidget* parent = nullptr);

    void load();
    void saveRow(const QString& tier);
    QTableWidget* table() const { return m_table; }
    QSpinBox* quotaBox(const QString& tier) const { return m_rows.value(tier).quota; }
    QCheckBox* check(const QString& tier, Column column) const;
    QPushButton* saveButton(const QString& tier) const { return m_rows.value(tier).save; }
    QLabel* message() const { return m_message; }
    QJsonObject limits(const QString& tier) const { return m_rows.value(tier).saved; }

signals:
    void loaded();
    void rowSaved(const QString& tier);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        int index = -1;
        QSpinBox* quota = nullptr;
        QHash<int, QCheckBox*> checks;
        QPushButton* save = nullptr;
        QJsonObject saved;
    };

    void fillRow(const QString& tier, const QJsonObject& limits);
    QJsonObject rowBody(const QString& tier) const;
    void updateDirty(const QString& tier);
    void retranslateUi();

    ApiClient& m_api;
    QTableWidget* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
    QHash<QString, Row> m_rows;
};

} // namespace ey::desk::curation

// The "Batas supplier" tab: what a Free and a Premium supplier may have (products, images,
// documents, chats, public profile), edited in place, and the premium plans suppliers can buy.
#pragma once

#include "Workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ey::desk::curation {

class PremiumPlansPanel;

/// UI thread. GET /api/v1/admin/supplier-limits fills one row per tier when the page is first
/// shown; a changed row gets its own "Simpan" (PUT .../{tier} with every field; a count of -1 is
/// shown as "Tanpa batas" and sent as null). Below it the "Paket Premium" section
/// (PremiumPlansPanel), loaded at the same time. Needs suppliers.decide.
class SupplierLimitsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Tier,
        Products,
        Images,
        Documents,
        Chats,
        PublicProfile,
        UpdatedAt,
        Save,
        ColumnCount
    };

    SupplierLimitsPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    void load();
    void saveRow(const QString& tier);
    bool isLoaded() const { return m_loaded; }
    QSpinBox* countBox(const QString& tier, Column column) const;
    QCheckBox* check(const QString& tier, Column column) const;
    QPushButton* saveButton(const QString& tier) const { return m_rows.value(tier).save; }
    QLabel* message() const { return m_message; }
    QTableWidget* table() const { return m_table; }
    PremiumPlansPanel* plans() const { return m_plans; }

signals:
    void rowSaved(const QString& tier);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Row
    {
        int index = -1;
        QHash<int, QSpinBox*> counts;
        QHash<int, QCheckBox*> checks;
        QPushButton* save = nullptr;
        QJsonObject saved;
    };

    void fillRow(const QString& tier, const QJsonObject& limits);
    QJsonObject rowBody(const QString& tier) const;
    void updateDirty(const QString& tier);
    void setMessage(const QString& text, bool problem);
    void retranslateUi();

    ApiClient& m_api;
    QTableWidget* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
    PremiumPlansPanel* m_plans = nullptr;
    QHash<QString, Row> m_rows;
    bool m_loaded = false;
    bool m_requested = false;
};

} // namespace ey::desk::curation

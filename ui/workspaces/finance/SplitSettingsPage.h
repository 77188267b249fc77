// "Pengaturan Bagi Hasil": the split percentages, withdrawal minimum and fee, split on/off, with
// each field's problem shown under it, and the audit trail of earlier changes beneath.
#pragma once

#include "Workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QAbstractSpinBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::finance {

/// UI thread. Read-only without finance.manage. Percentages are edited as "15,00 %" and sent as
/// basis points; rupiah as whole numbers.
class SplitSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SplitSettingsPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    void load();
    void save();
    PagedTableModel* history() const { return m_history; }
    /// The shown error text under `field` ("" when none).
    QString fieldError(const QString& field) const;
    QDoubleSpinBox* spin(const QString& field) const { return m_spins.value(field); }
    QCheckBox* splitEnabled() const { return m_enabled; }
    QJsonObject config() const { return m_config; }

signals:
    void loaded();
    void saved(const QJsonObject& config);
    void saveFailed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void show(const QJsonObject& config);
    QJsonObject formValues() const;
    void clearErrors();
    void setError(const QString& field, const QString& message);
    bool validateHere();
    void updateDirty();

    WorkspaceContext m_context;
    bool m_canManage = false;
    QCheckBox* m_enabled = nullptr;
    QMap<QString, QDoubleSpinBox*> m_spins;
    QMap<QString, QLabel*> m_labels;
    QMap<QString, QLabel*> m_errors;
    QLabel* m_help = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_historyTitle = nullptr;
    QTableView* m_historyTable = nullptr;
    PagedTableModel* m_history = nullptr;
    QJsonObject m_config;
};

} // namespace ey::desk::finance

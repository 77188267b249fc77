// The membership plan editor: texts, prices per duration, badge, commission, grants, follow-ups,
// logo and banner.
#pragma once

#include "CatalogEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ey::desk::catalog {

class ImagePicker;
class MoneySpinBox;
class RowListEditor;

/// UI thread. The slug follows the title while the user types, until the user edits the slug
/// (new plans only: an existing plan's address does not change by itself).
class PlanEditor : public CatalogEditor
{
    Q_OBJECT

public:
    static const QStringList kDurations;

    PlanEditor(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* slugEdit() const { return m_slug; }
    /// Sets (or with `selling` false removes) the price of a duration ("1m" … "lifetime").
    void setPrice(const QString& duration, qint64 rupiah, bool selling = true);
    ImagePicker* logo() const { return m_logo; }
    ImagePicker* banner() const { return m_banner; }
    RowListEditor* followups() const { return m_followups; }
    RowListEditor* grants() const { return m_grants; }

protected:
    void fill(const QJsonObject& item) override;
    QJsonObject collect() const override;
    QString kindName() const override;
    QString itemName(const QJsonObject& item) const override;
    QString newTitle() const override;
    QPair<QString, QColor> statusOf(const QJsonObject& item) const override;
    QString conflictField() const override { return QStringLiteral("slug"); }
    void applyReadOnly(bool readOnly) override;

private:
    void updateCommissionEditor();

    QLineEdit* m_title = nullptr;
    QLineEdit* m_slug = nullptr;
    bool m_slugTouched = false;
    QComboBox* m_status = nullptr;
    QComboBox* m_badge = nullptr;
    QLineEdit* m_salespage = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QTableWidget* m_prices = nullptr;
    QComboBox* m_commissionType = nullptr;
    MoneySpinBox* m_commissionValue = nullptr;
    QComboBox* m_upgradeMode = nullptr;
    RowListEditor* m_grants = nullptr;
    RowListEditor* m_followups = nullptr;
    QLabel* m_placeholders = nullptr;
    ImagePicker* m_logo = nullptr;
    ImagePicker* m_banner = nullptr;
};

} // namespace ey::desk::catalog

// The coupon editor: code, percent or nominal value, validity window, limits, scope, owning
// affiliate, active flag, and how often it was used.
#pragma once

#include "CatalogEditor.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ey::desk::catalog {

class ItemPicker;
class UserField;
class MoneySpinBox;

/// UI thread. The value editor switches between "25 %" and "Rp 50.000" with the kind.
class CouponEditor : public CatalogEditor
{
    Q_OBJECT

public:
    CouponEditor(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QComboBox* kind() const { return m_kind; }
    MoneySpinBox* value() const { return m_value; }
    QCheckBox* hasEnd() const { return m_hasEnd; }
    QDateTimeEdit* ends() const { return m_ends; }
    QComboBox* scope() const { return m_scope; }
    ItemPicker* planPicker() const { return m_planIds; }
    ItemPicker* productPicker() const { return m_productIds; }
    UserField* owner() const { return m_owner; }

protected:
    void fill(const QJsonObject& item) override;
    QJsonObject collect() const override;
    QString kindName() const override;
    QString itemName(const QJsonObject& item) const override;
    QString newTitle() const override;
    QPair<QString, QColor> statusOf(const QJsonObject& item) const override;
    QString conflictField() const override { return QStringLiteral("code"); }
    void applyReadOnly(bool readOnly) override;

private:
    QWidget* optional(QCheckBox* check, QWidget* editor);
    void updateEditors();

    QLineEdit* m_code = nullptr;
    QComboBox* m_kind = nullptr;
    MoneySpinBox* m_value = nullptr;
    QCheckBox* m_hasStart = nullptr;
    QDateTimeEdit* m_starts = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateTimeEdit* m_ends = nullptr;
    QCheckBox* m_hasTotal = nullptr;
    QSpinBox* m_total = nullptr;
    QCheckBox* m_hasPerUser = nullptr;
    QSpinBox* m_perUser = nullptr;
    QComboBox* m_scope = nullptr;
    ItemPicker* m_planIds = nullptr;
    ItemPicker* m_productIds = nullptr;
    UserField* m_owner = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_used = nullptr;
};

} // namespace ey::desk::catalog

// The product editor: texts, category and tags, prices and promo, access, stock, mentor, SEO, CTA,
// FAQ, bonus, bundle items, grants, follow-ups, cover and gallery.
#pragma once

#include "CatalogEditor.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ey::desk::catalog {

class GalleryStrip;
class ImagePicker;
class ItemPicker;
class UserField;
class MoneySpinBox;

/// UI thread. Optional values (promo price and its end, access days, stock) have a checkbox:
/// unticked sends null, which the server reads as "none" / "unlimited".
class ProductEditor : public CatalogEditor
{
    Q_OBJECT

public:
    ProductEditor(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    MoneySpinBox* basePrice() const { return m_basePrice; }
    QCheckBox* hasPromo() const { return m_hasPromo; }
    MoneySpinBox* promoPrice() const { return m_promoPrice; }
    QCheckBox* hasPromoEnd() const { return m_hasPromoEnd; }
    QDateTimeEdit* promoEnds() const { return m_promoEnds; }
    ImagePicker* cover() const { return m_cover; }
    GalleryStrip* gallery() const { return m_gallery; }
    ItemPicker* bundlePicker() const { return m_bundle; }

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
    /// A checkbox in front of `editor`; the editor is usable only while it is ticked.
    QWidget* optional(QCheckBox* check, QWidget* editor);
    QSpinBox* percentBox(const char* name);
    void updateOptionals();

    QLineEdit* m_title = nullptr;
    QLineEdit* m_slug = nullptr;
    bool m_slugTouched = false;
    QComboBox* m_status = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_short = nullptr;
    QPlainTextEdit* m_description = nullptr;
    UserField* m_creator = nullptr;

    QComboBox* m_pricingType = nullptr;
    MoneySpinBox* m_basePrice = nullptr;
    QCheckBox* m_hasPromo = nullptr;
    MoneySpinBox* m_promoPrice = nullptr;
    QCheckBox* m_hasPromoEnd = nullptr;
    QDateTimeEdit* m_promoEnds = nullptr;
    QSpinBox* m_affiliate = nullptr;
    QSpinBox* m_memberDiscount = nullptr;
    QSpinBox* m_tax = nullptr;

    QComboBox* m_accessLevel = nullptr;
    QCheckBox* m_hasAccessDays = nullptr;
    QSpinBox* m_accessDays = nullptr;
    QCheckBox* m_hasStock = nullptr;
    QSpinBox* m_stock = nullptr;
    ItemPicker* m_bundle = nullptr;
    RowListEditor* m_grants = nullptr;
    RowListEditor* m_followups = nullptr;
    QLabel* m_placeholders = nullptr;

    QLineEdit* m_seoTitle = nullptr;
    QPlainTextEdit* m_seoDescription = nullptr;
    QLineEdit* m_cta = nullptr;
    RowListEditor* m_faq = nullptr;
    RowListEditor* m_bonus = nullptr;

    ImagePicker* m_cover = nullptr;
    GalleryStrip* m_gallery = nullptr;
};

} // namespace ey::desk::catalog

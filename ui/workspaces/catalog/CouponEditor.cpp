// CouponEditor: the coupon form and its JSON.
#include "CouponEditor.h"

#include "CatalogFormat.h"
#include "ItemPicker.h"
#include "MoneySpinBox.h"
#include "UserField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ey::desk::catalog {

namespace {

QStringList listOf(const QJsonValue& value)
{
    QStringList items;
    for (const auto& item : value.toArray())
        items << item.toString();
    return items;
}

QDateTimeEdit* dateTimeEdit(const char* name)
{
    auto* edit = new QDateTimeEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    return edit;
}

QSpinBox* countBox(const char* name)
{
    auto* box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(1, 1'000'000'000);
    box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return box;
}

} // namespace

CouponEditor::CouponEditor(ApiClient& api, bool canManage, QWidget* parent)
    : CatalogEditor(api, QStringLiteral("/api/v1/admin/catalog/coupons"), canManage, parent)
{
    setObjectName(QStringLiteral("couponEditor"));
    QFormLayout* form = addPage([] { return tr("Kupon"); });
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(40);
    // Codes are typed by buyers: one spelling, upper case.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int at = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(at);
    });
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_value = new MoneySpinBox;
    m_value->setObjectName(QStringLiteral("value"));
    m_hasStart = new QCheckBox;
    m_hasStart->setObjectName(QStringLiteral("hasStart"));
    m_starts = dateTimeEdit("startsAt");
    m_hasEnd = new QCheckBox;
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_ends = dateTimeEdit("endsAt");
    m_hasTotal = new QCheckBox;
    m_hasTotal->setObjectName(QStringLiteral("hasTotal"));
    m_total = countBox("maxUsesTotal");
    m_hasPerUser = new QCheckBox;
    m_hasPerUser->setObjectName(QStringLiteral("hasPerUser"));
    m_perUser = countBox("maxUsesPerUser");
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("scope"));
    m_planIds =
        new ItemPicker(api, QStringLiteral("/api/v1/admin/catalog/plans"), QStringLiteral("title"));
    m_planIds->setObjectName(QStringLiteral("planIds"));
    m_productIds = new ItemPicker(api, QStringLiteral("/api/v1/admin/catalog/products"),
                                  QStringLiteral("title"));
    m_productIds->setObjectName(QStringLiteral("productIds"));
    m_owner = new UserField(api);
    m_owner->setObjectName(QStringLiteral("ownerAffiliateId"));
    m_active = new QCheckBox;
    m_active->setObjectName(QStringLiteral("active"));
    m_used = new QLabel;
    m_used->setObjectName(QStringLiteral("usedCount"));

    addRow(
        form, [] { return tr("Kode"); }, m_code, QStringLiteral("code"));
    addRow(
        form, [] { return tr("Jenis potongan"); }, m_kind, QStringLiteral("kind"));
    addRow(
        form, [] { return tr("Besar potongan"); }, m_value, QStringLiteral("value"));
    addRow(
        form, [] { return tr("Berlaku mulai"); }, optional(m_hasStart, m_starts),
        QStringLiteral("starts_at"));
    addRow(
        form, [] { return tr("Berlaku sampai"); }, optional(m_hasEnd, m_ends),
        QStringLiteral("ends_at"));
    addRow(
        form, [] { return tr("Batas pemakaian total"); }, optional(m_hasTotal, m_total),
        QStringLiteral("max_uses_total"));
    addRow(
        form, [] { return tr("Batas per pembeli"); }, optional(m_hasPerUser, m_perUser),
        QStringLiteral("max_uses_per_user"));
    addRow(
        form, [] { return tr("Berlaku untuk"); }, m_scope, QStringLiteral("scope"));
    addRow(
        form, [] { return tr("Paket yang boleh"); }, m_planIds, QStringLiteral("plan_ids"));
    addRow(
        form, [] { return tr("Produk yang boleh"); }, m_productIds, QStringLiteral("product_ids"));
    addRow(
        form, [] { return tr("Affiliate pemilik"); }, m_owner,
        QStringLiteral("owner_affiliate_id"));
    addRow(
        form, [] { return tr("Status"); }, m_active, QStringLiteral("active"));
    addRow(
        form, [] { return tr("Sudah dipakai"); }, m_used);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_code, m_kind, m_value, m_hasStart, m_starts, m_hasEnd, m_ends, m_hasTotal, m_total,
             m_hasPerUser, m_perUser, m_scope, m_planIds, m_productIds, m_owner, m_active})
        watch(w);
    for (QCheckBox* check : {m_hasStart, m_hasEnd, m_hasTotal, m_hasPerUser})
        connect(check, &QCheckBox::toggled, this, &CouponEditor::updateEditors);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CouponEditor::updateEditors);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CouponEditor::updateEditors);

    translate([this] {
        fillCombo(m_kind, {QStringLiteral("percent"), QStringLiteral("nominal")},
                  [](const QString& kind) {
                      return kind == QStringLiteral("percent") ? tr("Persen (%)")
                                                               : tr("Nominal (Rp)");
                  });
        fillCombo(m_scope,
                  {QStringLiteral("all"), QStringLiteral("plans"), QStringLiteral("products")},
                  &CatalogFormat::couponScope);
        for (QCheckBox* check : {m_hasStart, m_hasEnd})
            check->setText(tr("Dibatasi"));
        for (QCheckBox* check : {m_hasTotal, m_hasPerUser})
            check->setText(tr("Dibatasi"));
        m_active->setText(tr("Aktif (bisa dipakai)"));
        m_code->setPlaceholderText(tr("misalnya HEMAT50"));
        m_planIds->retranslate();
        m_productIds->retranslate();
        m_owner->setPlaceholderText(tr("email affiliate; kosongkan bila kupon milik perusahaan"));
        m_total->setSuffix(tr(" kali"));
        m_perUser->setSuffix(tr(" kali"));
    });
    updateEditors();
}

QWidget* CouponEditor::optional(QCheckBox* check, QWidget* editor)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(editor, 1);
    return row;
}

void CouponEditor::updateEditors()
{
    const bool editable = canManage();
    m_starts->setEnabled(editable && m_hasStart->isChecked());
    m_ends->setEnabled(editable && m_hasEnd->isChecked());
    m_total->setEnabled(editable && m_hasTotal->isChecked());
    m_perUser->setEnabled(editable && m_hasPerUser->isChecked());
    const QString scope = m_scope->currentData().toString();
    m_planIds->setEnabled(editable && scope == QStringLiteral("plans"));
    m_productIds->setEnabled(editable && scope == QStringLiteral("products"));
    if (m_kind->currentData().toString() == QStringLiteral("percent")) {
        m_value->setPrefix(QString());
        m_value->setSuffix(QStringLiteral(" %"));
        m_value->setRange(1, 100);
        m_value->setSingleStep(5);
    } else {
        m_value->setPrefix(QStringLiteral("Rp "));
        m_value->setSuffix(QString());
        m_value->setRange(1, static_cast<double>(MoneySpinBox::kMaxRupiah));
        m_value->setSingleStep(10000);
    }
}

void CouponEditor::fill(const QJsonObject& item)
{
    const auto str = [&](const char* field) {
        return item.value(QString::fromLatin1(field)).toString();
    };
    m_code->setText(str("code"));
    selectData(m_kind, item.isEmpty() ? QStringLiteral("percent") : str("kind"));
    updateEditors();
    m_value->setRupiah(item.isEmpty() ? 10 : item.value(QStringLiteral("value")).toInteger());
    const QDateTime starts = QDateTime::fromString(str("starts_at"), Qt::ISODateWithMs);
    const QDateTime ends = QDateTime::fromString(str("ends_at"), Qt::ISODateWithMs);
    const QDate today = QDate::currentDate();
    m_hasStart->setChecked(starts.isValid());
    m_starts->setDateTime(starts.isValid() ? starts.toLocalTime() : QDateTime(today, QTime(0, 0)));
    m_hasEnd->setChecked(ends.isValid());
    m_ends->setDateTime(ends.isValid() ? ends.toLocalTime()
                                       : QDateTime(today.addMonths(1), QTime(23, 59)));
    const QJsonValue total = item.value(QStringLiteral("max_uses_total"));
    m_hasTotal->setChecked(total.isDouble());
    m_total->setValue(total.isDouble() ? total.toInt() : 100);
    const QJsonValue perUser = item.value(QStringLiteral("max_uses_per_user"));
    m_hasPerUser->setChecked(perUser.isDouble());
    m_perUser->setValue(perUser.isDouble() ? perUser.toInt() : 1);
    selectData(m_scope, item.isEmpty() ? QStringLiteral("all") : str("scope"));
    m_planIds->setIds(listOf(item.value(QStringLiteral("plan_ids"))));
    m_productIds->setIds(listOf(item.value(QStringLiteral("product_ids"))));
    m_owner->setUserId(str("owner_affiliate_id"));
    m_active->setChecked(item.value(QStringLiteral("active")).toBool(true));
    m_used->setText(item.isEmpty() ? tr("belum pernah")
                                   : tr("%n kali", nullptr,
                                        static_cast<int>(
                                            item.value(QStringLiteral("used_count")).toInteger())));
    updateEditors();
}

QJsonObject CouponEditor::collect() const
{
    QJsonObject body;
    body.insert(QStringLiteral("code"), m_code->text().trimmed());
    body.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    body.insert(QStringLiteral("value"), m_value->rupiah());
    body.insert(QStringLiteral("starts_at"),
                m_hasStart->isChecked() ? QJsonValue(CatalogFormat::isoUtc(m_starts->dateTime()))
                                        : QJsonValue());
    body.insert(QStringLiteral("ends_at"),
                m_hasEnd->isChecked() ? QJsonValue(CatalogFormat::isoUtc(m_ends->dateTime()))
                                      : QJsonValue());
    body.insert(QStringLiteral("max_uses_total"),
                m_hasTotal->isChecked() ? QJsonValue(m_total->value()) : QJsonValue());
    body.insert(QStringLiteral("max_uses_per_user"),
                m_hasPerUser->isChecked() ? QJsonValue(m_perUser->value()) : QJsonValue());
    const QString scope = m_scope->currentData().toString();
    body.insert(QStringLiteral("scope"), scope);
    body.insert(QStringLiteral("plan_ids"), scope == QStringLiteral("plans")
                                                ? QJsonArray::fromStringList(m_planIds->ids())
                                                : QJsonArray());
    body.insert(QStringLiteral("product_ids"), scope == QStringLiteral("products")
                                                   ? QJsonArray::fromStringList(m_productIds->ids())
                                                   : QJsonArray());
    const QString owner = m_owner->value();
    body.insert(QStringLiteral("owner_affiliate_id"),
                owner.isEmpty() ? QJsonValue() : QJsonValue(owner));
    body.insert(QStringLiteral("active"), m_active->isChecked());
    return body;
}

QString CouponEditor::kindName() const
{
    return tr("kupon");
}

QString CouponEditor::itemName(const QJsonObject& item) const
{
    return item.value(QStringLiteral("code")).toString();
}

QString CouponEditor::newTitle() const
{
    return tr("Kupon baru");
}

QPair<QString, QColor> CouponEditor::statusOf(const QJsonObject& item) const
{
    const bool active = item.value(QStringLiteral("active")).toBool();
    return {CatalogFormat::couponStatus(active),
            CatalogFormat::statusColour(active ? QStringLiteral("active")
                                               : QStringLiteral("inactive"))};
}

void CouponEditor::applyReadOnly(bool readOnly)
{
    Q_UNUSED(readOnly)
    updateEditors();
}

} // namespace ey::desk::catalog

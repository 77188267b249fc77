// ProductEditor: the product form and its JSON.
#include "ProductEditor.h"

#include "CatalogFormat.h"
#include "GalleryStrip.h"
#include "ImagePicker.h"
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
#include <QPlainTextEdit>
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

QJsonArray splitList(const QString& text)
{
    QJsonArray items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    return items;
}

QJsonValue orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed());
}

} // namespace

ProductEditor::ProductEditor(ApiClient& api, bool canManage, QWidget* parent)
    : CatalogEditor(api, QStringLiteral("/api/v1/admin/catalog/products"), canManage, parent)
{
    setObjectName(QStringLiteral("productEditor"));
    const auto line = [](const char* name, int max) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(max);
        return edit;
    };
    const auto text = [](const char* name, int height) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMinimumHeight(height);
        edit->setMaximumHeight(height * 2);
        return edit;
    };
    const auto combo = [](const char* name) {
        auto* box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        return box;
    };

    // ---- general
    QFormLayout* general = addPage([] { return tr("Umum"); });
    m_title = line("title", 150);
    m_slug = line("slug", 200);
    m_status = combo("status");
    m_category = combo("category");
    m_tags = line("tags", 1600);
    m_short = text("shortDescription", 60);
    m_short->setMaximumHeight(80);
    m_description = text("description", 120);
    m_creator = new UserField(api);
    m_creator->setObjectName(QStringLiteral("creatorId"));
    addRow(
        general, [] { return tr("Judul"); }, m_title, QStringLiteral("title"));
    addRow(
        general, [] { return tr("Slug"); }, m_slug, QStringLiteral("slug"));
    addRow(
        general, [] { return tr("Status"); }, m_status, QStringLiteral("status"));
    addRow(
        general, [] { return tr("Kategori"); }, m_category, QStringLiteral("category"));
    addRow(
        general, [] { return tr("Tag"); }, m_tags, QStringLiteral("tags"));
    addRow(
        general, [] { return tr("Deskripsi singkat"); }, m_short,
        QStringLiteral("short_description"));
    addRow(
        general, [] { return tr("Deskripsi lengkap (HTML)"); }, m_description,
        QStringLiteral("description_html"));
    addRow(
        general, [] { return tr("Mentor / pembuat"); }, m_creator, QStringLiteral("creator_id"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_slug, m_status, m_category, m_tags,
                                                      m_short, m_description, m_creator})
        watch(w);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& title) {
        if (!m_slugTouched)
            m_slug->setText(CatalogFormat::slugify(title));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });

    // ---- prices
    QFormLayout* pricing = addPage([] { return tr("Harga"); });
    m_pricingType = combo("pricingType");
    m_basePrice = new MoneySpinBox;
    m_basePrice->setObjectName(QStringLiteral("basePrice"));
    m_hasPromo = new QCheckBox;
    m_hasPromo->setObjectName(QStringLiteral("hasPromo"));
    m_promoPrice = new MoneySpinBox;
    m_promoPrice->setObjectName(QStringLiteral("promoPrice"));
    m_hasPromoEnd = new QCheckBox;
    m_hasPromoEnd->setObjectName(QStringLiteral("hasPromoEnd"));
    m_promoEnds = new QDateTimeEdit;
    m_promoEnds->setObjectName(QStringLiteral("promoEnds"));
    m_promoEnds->setCalendarPopup(true);
    m_promoEnds->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_affiliate = percentBox("affiliatePercent");
    m_memberDiscount = percentBox("premiumDiscountPercent");
    m_tax = percentBox("taxPercent");
    addRow(
        pricing, [] { return tr("Jenis harga"); }, m_pricingType, QStringLiteral("pricing_type"));
    addRow(
        pricing, [] { return tr("Harga dasar"); }, m_basePrice, QStringLiteral("base_price"));
    addRow(
        pricing, [] { return tr("Harga promo"); }, optional(m_hasPromo, m_promoPrice),
        QStringLiteral("promo_price"));
    addRow(
        pricing, [] { return tr("Promo berakhir"); }, optional(m_hasPromoEnd, m_promoEnds),
        QStringLiteral("promo_ends_at"));
    addRow(
        pricing, [] { return tr("Komisi affiliate"); }, m_affiliate,
        QStringLiteral("affiliate_percent"));
    addRow(
        pricing, [] { return tr("Diskon member premium"); }, m_memberDiscount,
        QStringLiteral("premium_discount_percent"));
    addRow(
        pricing, [] { return tr("Pajak / biaya"); }, m_tax, QStringLiteral("tax_percent"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_pricingType, m_basePrice, m_hasPromo,
                                                      m_promoPrice, m_hasPromoEnd, m_promoEnds,
                                                      m_affiliate, m_memberDiscount, m_tax})
        watch(w);

    // ---- access
    QFormLayout* access = addPage([] { return tr("Akses dan Follow-up"); });
    m_accessLevel = combo("accessLevel");
    m_hasAccessDays = new QCheckBox;
    m_hasAccessDays->setObjectName(QStringLiteral("hasAccessDays"));
    m_accessDays = new QSpinBox;
    m_accessDays->setObjectName(QStringLiteral("accessDays"));
    m_accessDays->setRange(1, 36500);
    m_hasStock = new QCheckBox;
    m_hasStock->setObjectName(QStringLiteral("hasStock"));
    m_stock = new QSpinBox;
    m_stock->setObjectName(QStringLiteral("stock"));
    m_stock->setRange(0, 1'000'000'000);
    m_bundle = new ItemPicker(api, QStringLiteral("/api/v1/admin/catalog/products"),
                              QStringLiteral("title"));
    m_bundle->setObjectName(QStringLiteral("bundleItems"));
    m_grants = new RowListEditor(
        {{QStringLiteral("kind"), [] { return CatalogFormat::tr("Jenis"); },
          RowListEditor::Kind::Choice,
          [] {
              QList<QPair<QString, QString>> choices;
              for (const char* kind : {"group", "course", "event", "file"})
                  choices.append({QString::fromLatin1(kind),
                                  CatalogFormat::grantKind(QString::fromLatin1(kind))});
              return choices;
          }},
         {QStringLiteral("ref"), [] { return CatalogFormat::tr("Referensi (id atau kode)"); },
          RowListEditor::Kind::Text}});
    m_grants->setObjectName(QStringLiteral("grants"));
    m_followups = new RowListEditor(followupColumns());
    m_followups->setObjectName(QStringLiteral("followups"));
    m_placeholders = new QLabel;
    m_placeholders->setWordWrap(true);
    m_placeholders->setStyleSheet(QStringLiteral("color: #6B7280;"));
    addRow(
        access, [] { return tr("Level akses"); }, m_accessLevel, QStringLiteral("access_level"));
    addRow(
        access, [] { return tr("Masa akses (hari)"); }, optional(m_hasAccessDays, m_accessDays),
        QStringLiteral("access_days"));
    addRow(
        access, [] { return tr("Stok / kursi"); }, optional(m_hasStock, m_stock),
        QStringLiteral("stock"));
    addRow(
        access, [] { return tr("Isi bundel"); }, m_bundle, QStringLiteral("bundle_items"));
    addRow(
        access, [] { return tr("Akses yang dibuka"); }, m_grants, QStringLiteral("grants"));
    addRow(
        access, [] { return tr("Follow-up WhatsApp"); }, m_followups, QStringLiteral("followups"));
    access->addRow(QString(), m_placeholders);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_accessLevel, m_hasAccessDays, m_accessDays, m_hasStock,
                                         m_stock, m_bundle, m_grants, m_followups})
        watch(w);

    // ---- sales page content
    QFormLayout* content = addPage([] { return tr("Halaman Jual"); });
    m_seoTitle = line("seoTitle", 200);
    m_seoDescription = text("seoDescription", 60);
    m_cta = line("ctaText", 100);
    m_faq = new RowListEditor({{QStringLiteral("q"), [] { return CatalogFormat::tr("Pertanyaan"); },
                                RowListEditor::Kind::Text},
                               {QStringLiteral("a"), [] { return CatalogFormat::tr("Jawaban"); },
                                RowListEditor::Kind::LongText}});
    m_faq->setObjectName(QStringLiteral("faq"));
    m_bonus = new RowListEditor(
        {{QString(), [] { return CatalogFormat::tr("Bonus"); }, RowListEditor::Kind::Text}});
    m_bonus->setObjectName(QStringLiteral("bonus"));
    addRow(
        content, [] { return tr("Judul SEO"); }, m_seoTitle, QStringLiteral("seo_title"));
    addRow(
        content, [] { return tr("Deskripsi SEO"); }, m_seoDescription,
        QStringLiteral("seo_description"));
    addRow(
        content, [] { return tr("Teks tombol (CTA)"); }, m_cta, QStringLiteral("cta_text"));
    addRow(
        content, [] { return tr("FAQ"); }, m_faq, QStringLiteral("faq"));
    addRow(
        content, [] { return tr("Bonus"); }, m_bonus, QStringLiteral("bonus"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_seoTitle, m_seoDescription, m_cta, m_faq, m_bonus})
        watch(w);

    // ---- pictures
    QFormLayout* images = addPage([] { return tr("Gambar"); });
    m_cover = new ImagePicker(api, QSize(320, 180));
    m_cover->setObjectName(QStringLiteral("cover"));
    m_gallery = new GalleryStrip(api);
    m_gallery->setObjectName(QStringLiteral("gallery"));
    addRow(
        images, [] { return tr("Sampul"); }, m_cover);
    addRow(
        images, [] { return tr("Galeri"); }, m_gallery);
    m_cover->setReadOnly(!canManage);
    m_gallery->setReadOnly(!canManage);

    translate([this] {
        fillCombo(
            m_status,
            {QStringLiteral("draft"), QStringLiteral("publish"), QStringLiteral("coming_soon")},
            &CatalogFormat::productStatus);
        fillCombo(m_category,
                  {QStringLiteral("ebook"), QStringLiteral("kelas"), QStringLiteral("webinar"),
                   QStringLiteral("template"), QStringLiteral("jasa"), QStringLiteral("event"),
                   QStringLiteral("tool"), QStringLiteral("lainnya")},
                  &CatalogFormat::category);
        fillCombo(
            m_pricingType,
            {QStringLiteral("one_time"), QStringLiteral("subscription"), QStringLiteral("free")},
            &CatalogFormat::pricingType);
        fillCombo(m_accessLevel,
                  {QStringLiteral("public"), QStringLiteral("member"), QStringLiteral("premium")},
                  &CatalogFormat::accessLevel);
        m_slug->setPlaceholderText(tr("dibuat dari judul"));
        m_tags->setPlaceholderText(tr("pisahkan dengan koma, misalnya ekspor, pemula"));
        m_creator->setPlaceholderText(tr("email mentor; kosongkan bila tidak ada"));
        m_description->setPlaceholderText(
            tr("Boleh memakai HTML sederhana: <p>, <b>, <i>, <ul>, <li>, <a href>."));
        m_bundle->retranslate();
        m_hasPromo->setText(tr("Ada promo"));
        m_hasPromoEnd->setText(tr("Sampai"));
        m_hasAccessDays->setText(tr("Dibatasi"));
        m_hasStock->setText(tr("Dibatasi"));
        m_accessDays->setSuffix(tr(" hari"));
        m_placeholders->setText(
            tr("Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}"));
        for (RowListEditor* list : {m_grants, m_followups, m_faq, m_bonus})
            list->retranslate();
        m_cover->retranslate();
        m_gallery->retranslate();
    });
    connect(m_hasPromo, &QCheckBox::toggled, this, &ProductEditor::updateOptionals);
    connect(m_hasPromoEnd, &QCheckBox::toggled, this, &ProductEditor::updateOptionals);
    connect(m_hasAccessDays, &QCheckBox::toggled, this, &ProductEditor::updateOptionals);
    connect(m_hasStock, &QCheckBox::toggled, this, &ProductEditor::updateOptionals);
}

QSpinBox* ProductEditor::percentBox(const char* name)
{
    auto* box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 100);
    box->setSuffix(QStringLiteral(" %"));
    box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    box->setMaximumWidth(120);
    return box;
}

QWidget* ProductEditor::optional(QCheckBox* check, QWidget* editor)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(editor, 1);
    return row;
}

void ProductEditor::updateOptionals()
{
    const bool editable = canManage();
    m_promoPrice->setEnabled(editable && m_hasPromo->isChecked());
    m_hasPromoEnd->setEnabled(editable && m_hasPromo->isChecked());
    m_promoEnds->setEnabled(editable && m_hasPromo->isChecked() && m_hasPromoEnd->isChecked());
    m_accessDays->setEnabled(editable && m_hasAccessDays->isChecked());
    m_stock->setEnabled(editable && m_hasStock->isChecked());
}

void ProductEditor::fill(const QJsonObject& item)
{
    const auto str = [&](const char* field) {
        return item.value(QString::fromLatin1(field)).toString();
    };
    m_title->setText(str("title"));
    m_slug->setText(str("slug"));
    m_slugTouched = !item.isEmpty();
    selectData(m_status, item.isEmpty() ? QStringLiteral("draft") : str("status"));
    selectData(m_category, item.isEmpty() ? QStringLiteral("lainnya") : str("category"));
    m_tags->setText(listOf(item.value(QStringLiteral("tags"))).join(QStringLiteral(", ")));
    m_short->setPlainText(str("short_description"));
    m_description->setPlainText(str("description_html"));
    m_creator->setUserId(str("creator_id"), str("creator_name"));

    selectData(m_pricingType, item.isEmpty() ? QStringLiteral("one_time") : str("pricing_type"));
    m_basePrice->setRupiah(item.value(QStringLiteral("base_price")).toInteger());
    const QJsonValue promo = item.value(QStringLiteral("promo_price"));
    m_hasPromo->setChecked(promo.isDouble());
    m_promoPrice->setRupiah(promo.toInteger());
    const QDateTime ends = QDateTime::fromString(str("promo_ends_at"), Qt::ISODateWithMs);
    m_hasPromoEnd->setChecked(ends.isValid());
    m_promoEnds->setDateTime(ends.isValid()
                                 ? ends.toLocalTime()
                                 : QDateTime(QDate::currentDate().addDays(7), QTime(23, 59)));
    m_affiliate->setValue(item.value(QStringLiteral("affiliate_percent")).toInt());
    m_memberDiscount->setValue(item.value(QStringLiteral("premium_discount_percent")).toInt());
    m_tax->setValue(item.value(QStringLiteral("tax_percent")).toInt());

    selectData(m_accessLevel, item.isEmpty() ? QStringLiteral("public") : str("access_level"));
    const QJsonValue days = item.value(QStringLiteral("access_days"));
    m_hasAccessDays->setChecked(days.isDouble());
    m_accessDays->setValue(days.isDouble() ? days.toInt() : 365);
    const QJsonValue stock = item.value(QStringLiteral("stock"));
    m_hasStock->setChecked(stock.isDouble());
    m_stock->setValue(stock.toInt());
    m_bundle->setExcludedId(str("id"));
    m_bundle->setIds(listOf(item.value(QStringLiteral("bundle_items"))));
    m_grants->setRows(item.value(QStringLiteral("grants")).toArray());
    m_followups->setRows(item.value(QStringLiteral("followups")).toArray());

    m_seoTitle->setText(str("seo_title"));
    m_seoDescription->setPlainText(str("seo_description"));
    m_cta->setText(str("cta_text"));
    m_faq->setRows(item.value(QStringLiteral("faq")).toArray());
    m_bonus->setRows(item.value(QStringLiteral("bonus")).toArray());

    const QString id = str("id");
    m_cover->setUploadPath(id.isEmpty() ? QString()
                                        : QStringLiteral("/api/v1/admin/catalog/products/") + id +
                                              QStringLiteral("/cover"));
    const QString coverKey = str("cover_key");
    m_cover->showImage(coverKey.isEmpty() ? QString()
                                          : QStringLiteral("/media/catalog/") + coverKey);
    m_gallery->setProduct(id, item.value(QStringLiteral("gallery")).toArray());
    updateOptionals();
}

QJsonObject ProductEditor::collect() const
{
    QJsonObject body;
    body.insert(QStringLiteral("title"), m_title->text().trimmed());
    body.insert(QStringLiteral("slug"), m_slug->text().trimmed());
    body.insert(QStringLiteral("status"), m_status->currentData().toString());
    body.insert(QStringLiteral("category"), m_category->currentData().toString());
    body.insert(QStringLiteral("tags"), splitList(m_tags->text()));
    body.insert(QStringLiteral("short_description"), m_short->toPlainText().trimmed());
    body.insert(QStringLiteral("description_html"), m_description->toPlainText());
    body.insert(QStringLiteral("creator_id"), orNull(m_creator->value()));

    body.insert(QStringLiteral("pricing_type"), m_pricingType->currentData().toString());
    body.insert(QStringLiteral("base_price"), m_basePrice->rupiah());
    body.insert(QStringLiteral("promo_price"),
                m_hasPromo->isChecked() ? QJsonValue(m_promoPrice->rupiah()) : QJsonValue());
    body.insert(QStringLiteral("promo_ends_at"),
                m_hasPromo->isChecked() && m_hasPromoEnd->isChecked()
                    ? QJsonValue(CatalogFormat::isoUtc(m_promoEnds->dateTime()))
                    : QJsonValue());
    body.insert(QStringLiteral("affiliate_percent"), m_affiliate->value());
    body.insert(QStringLiteral("premium_discount_percent"), m_memberDiscount->value());
    body.insert(QStringLiteral("tax_percent"), m_tax->value());

    body.insert(QStringLiteral("access_level"), m_accessLevel->currentData().toString());
    body.insert(QStringLiteral("access_days"),
                m_hasAccessDays->isChecked() ? QJsonValue(m_accessDays->value()) : QJsonValue());
    body.insert(QStringLiteral("stock"),
                m_hasStock->isChecked() ? QJsonValue(m_stock->value()) : QJsonValue());
    body.insert(QStringLiteral("bundle_items"), QJsonArray::fromStringList(m_bundle->ids()));
    body.insert(QStringLiteral("grants"), m_grants->rows());
    body.insert(QStringLiteral("followups"), m_followups->rows());

    body.insert(QStringLiteral("seo_title"), orNull(m_seoTitle->text()));
    body.insert(QStringLiteral("seo_description"), orNull(m_seoDescription->toPlainText()));
    body.insert(QStringLiteral("cta_text"), orNull(m_cta->text()));
    body.insert(QStringLiteral("faq"), m_faq->rows());
    QJsonArray bonus;
    for (const auto& value : m_bonus->rows())
        if (!value.toString().isEmpty())
            bonus.append(value);
    body.insert(QStringLiteral("bonus"), bonus);
    // Cover and gallery are stored through their own routes; the server keeps them on update.
    return body;
}

QString ProductEditor::kindName() const
{
    return tr("produk");
}

QString ProductEditor::itemName(const QJsonObject& item) const
{
    return item.value(QStringLiteral("title")).toString();
}

QString ProductEditor::newTitle() const
{
    return tr("Produk baru");
}

QPair<QString, QColor> ProductEditor::statusOf(const QJsonObject& item) const
{
    const QString status = item.value(QStringLiteral("status")).toString();
    return {CatalogFormat::productStatus(status), CatalogFormat::statusColour(status)};
}

void ProductEditor::applyReadOnly(bool readOnly)
{
    for (RowListEditor* list : {m_grants, m_followups, m_faq, m_bonus})
        list->setReadOnly(readOnly);
    updateOptionals();
}

} // namespace ey::desk::catalog

// PlanEditor: the plan form and its JSON.
#include "PlanEditor.h"

#include "CatalogFormat.h"
#include "ImagePicker.h"
#include "MoneySpinBox.h"
#include "RowListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace ey::desk::catalog {

const QStringList PlanEditor::kDurations = {QStringLiteral("1m"), QStringLiteral("3m"),
                                            QStringLiteral("6m"), QStringLiteral("12m"),
                                            QStringLiteral("lifetime")};

PlanEditor::PlanEditor(ApiClient& api, bool canManage, QWidget* parent)
    : CatalogEditor(api, QStringLiteral("/api/v1/admin/catalog/plans"), canManage, parent)
{
    setObjectName(QStringLiteral("planEditor"));
    QFormLayout* general = addPage([] { return tr("Umum"); });
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(150);
    m_slug = new QLineEdit;
    m_slug->setObjectName(QStringLiteral("slug"));
    m_slug->setMaxLength(200);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_badge = new QComboBox;
    m_badge->setObjectName(QStringLiteral("badge"));
    m_salespage = new QLineEdit;
    m_salespage->setObjectName(QStringLiteral("salespageUrl"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMinimumHeight(140);
    addRow(
        general, [] { return tr("Judul"); }, m_title, QStringLiteral("title"));
    addRow(
        general, [] { return tr("Slug"); }, m_slug, QStringLiteral("slug"));
    addRow(
        general, [] { return tr("Status"); }, m_status, QStringLiteral("status"));
    addRow(
        general, [] { return tr("Lencana"); }, m_badge, QStringLiteral("badge"));
    addRow(
        general, [] { return tr("Link salespage"); }, m_salespage, QStringLiteral("salespage_url"));
    addRow(
        general, [] { return tr("Deskripsi (HTML)"); }, m_description,
        QStringLiteral("description_html"));
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_slug),
                       static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_badge),
                       static_cast<QWidget*>(m_salespage), static_cast<QWidget*>(m_description)})
        watch(w);
    // The slug follows the title until the user types a slug of their own.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_slugTouched)
            m_slug->setText(CatalogFormat::slugify(text));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });

    QFormLayout* pricing = addPage([] { return tr("Harga dan Komisi"); });
    m_prices = new QTableWidget(static_cast<int>(kDurations.size()), 2);
    m_prices->setObjectName(QStringLiteral("prices"));
    m_prices->verticalHeader()->hide();
    m_prices->horizontalHeader()->setStretchLastSection(true);
    m_prices->horizontalHeader()->resizeSection(0, 150);
    m_prices->setSelectionMode(QAbstractItemView::NoSelection);
    m_prices->verticalHeader()->setDefaultSectionSize(32);
    m_prices->setFixedHeight(32 * static_cast<int>(kDurations.size()) + 30);
    for (int row = 0; row < kDurations.size(); ++row) {
        auto* selling = new QCheckBox;
        selling->setObjectName(QStringLiteral("sells_") + kDurations.at(row));
        auto* price = new MoneySpinBox;
        price->setObjectName(QStringLiteral("price_") + kDurations.at(row));
        price->setFrame(false);
        m_prices->setCellWidget(row, 0, selling);
        m_prices->setCellWidget(row, 1, price);
        watch(selling);
        watch(price);
        // Typing a price means the duration is sold.
        connect(price, &MoneySpinBox::valueChanged, this, [this, selling] {
            if (!isFilling())
                selling->setChecked(true);
        });
    }
    addRow(
        pricing, [] { return tr("Harga per durasi"); }, m_prices, QStringLiteral("prices"));
    m_commissionType = new QComboBox;
    m_commissionType->setObjectName(QStringLiteral("commissionType"));
    m_commissionValue = new MoneySpinBox;
    m_commissionValue->setObjectName(QStringLiteral("commissionValue"));
    m_upgradeMode = new QComboBox;
    m_upgradeMode->setObjectName(QStringLiteral("upgradeMode"));
    addRow(
        pricing, [] { return tr("Jenis komisi affiliate"); }, m_commissionType,
        QStringLiteral("commission_type"));
    addRow(
        pricing, [] { return tr("Nilai komisi"); }, m_commissionValue,
        QStringLiteral("commission_value"));
    addRow(
        pricing, [] { return tr("Mode upgrade"); }, m_upgradeMode,
        QStringLiteral("upgrade_payment_mode"));
    watch(m_commissionType);
    watch(m_commissionValue);
    watch(m_upgradeMode);
    connect(m_commissionType, &QComboBox::currentIndexChanged, this,
            &PlanEditor::updateCommissionEditor);

    QFormLayout* access = addPage([] { return tr("Akses dan Follow-up"); });
    m_grants = new RowListEditor(
        {{QStringLiteral("kind"), [] { return CatalogFormat::tr("Jenis"); },
          RowListEditor::Kind::Choice,
          [] {
              QList<QPair<QString, QString>> choices;
              for (const char* kind : {"group", "course", "product", "feature"})
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
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setStyleSheet(QStringLiteral("color: #6B7280;"));
    addRow(
        access, [] { return tr("Akses yang dibuka"); }, m_grants, QStringLiteral("grants"));
    addRow(
        access, [] { return tr("Follow-up WhatsApp"); }, m_followups, QStringLiteral("followups"));
    access->addRow(QString(), m_placeholders);
    watch(m_grants);
    watch(m_followups);

    QFormLayout* images = addPage([] { return tr("Gambar"); });
    m_logo = new ImagePicker(api, QSize(120, 120));
    m_logo->setObjectName(QStringLiteral("logo"));
    m_banner = new ImagePicker(api, QSize(320, 120));
    m_banner->setObjectName(QStringLiteral("banner"));
    addRow(
        images, [] { return tr("Logo"); }, m_logo);
    addRow(
        images, [] { return tr("Banner"); }, m_banner);
    m_logo->setReadOnly(!canManage);
    m_banner->setReadOnly(!canManage);

    translate([this] {
        fillCombo(m_status,
                  {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("archived")},
                  &CatalogFormat::planStatus);
        fillCombo(m_badge,
                  {QStringLiteral("none"), QStringLiteral("paling_laris"),
                   QStringLiteral("paling_murah")},
                  &CatalogFormat::badge);
        fillCombo(m_commissionType, {QStringLiteral("percent"), QStringLiteral("fixed")},
                  &CatalogFormat::commissionType);
        fillCombo(m_upgradeMode, {QStringLiteral("accumulate"), QStringLiteral("full")},
                  &CatalogFormat::upgradeMode);
        m_prices->setHorizontalHeaderLabels({tr("Durasi dijual"), tr("Harga")});
        for (int row = 0; row < kDurations.size(); ++row)
            static_cast<QCheckBox*>(m_prices->cellWidget(row, 0))
                ->setText(CatalogFormat::duration(kDurations.at(row)));
        m_slug->setPlaceholderText(tr("dibuat dari judul"));
        m_salespage->setPlaceholderText(QStringLiteral("https://"));
        m_description->setPlaceholderText(
            tr("Boleh memakai HTML sederhana: <p>, <b>, <i>, <ul>, <li>, <a href>."));
        m_placeholders->setText(
            tr("Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}"));
        m_grants->retranslate();
        m_followups->retranslate();
        m_logo->retranslate();
        m_banner->retranslate();
    });
    updateCommissionEditor();
}

void PlanEditor::updateCommissionEditor()
{
    if (m_commissionType->currentData().toString() == QStringLiteral("percent")) {
        m_commissionValue->setPrefix(QString());
        m_commissionValue->setSuffix(QStringLiteral(" %"));
        m_commissionValue->setMaximum(100);
        m_commissionValue->setSingleStep(1);
    } else {
        m_commissionValue->setPrefix(QStringLiteral("Rp "));
        m_commissionValue->setSuffix(QString());
        m_commissionValue->setMaximum(static_cast<double>(MoneySpinBox::kMaxRupiah));
        m_commissionValue->setSingleStep(10000);
    }
}

void PlanEditor::setPrice(const QString& duration, qint64 rupiah, bool selling)
{
    const int row = static_cast<int>(kDurations.indexOf(duration));
    if (row < 0)
        return;
    static_cast<MoneySpinBox*>(m_prices->cellWidget(row, 1))->setRupiah(rupiah);
    static_cast<QCheckBox*>(m_prices->cellWidget(row, 0))->setChecked(selling);
}

void PlanEditor::fill(const QJsonObject& item)
{
    m_title->setText(item.value(QStringLiteral("title")).toString());
    m_slug->setText(item.value(QStringLiteral("slug")).toString());
    m_slugTouched = !item.isEmpty();
    selectData(m_status, item.value(QStringLiteral("status")).toString(QStringLiteral("draft")));
    selectData(m_badge, item.value(QStringLiteral("badge")).toString(QStringLiteral("none")));
    m_salespage->setText(item.value(QStringLiteral("salespage_url")).toString());
    m_description->setPlainText(item.value(QStringLiteral("description_html")).toString());
    for (int row = 0; row < kDurations.size(); ++row)
        setPrice(kDurations.at(row), 0, false);
    for (const auto& value : item.value(QStringLiteral("prices")).toArray()) {
        const QJsonObject price = value.toObject();
        setPrice(price.value(QStringLiteral("duration")).toString(),
                 price.value(QStringLiteral("price")).toInteger());
    }
    selectData(m_commissionType,
               item.value(QStringLiteral("commission_type")).toString(QStringLiteral("percent")));
    updateCommissionEditor();
    m_commissionValue->setRupiah(item.value(QStringLiteral("commission_value")).toInteger());
    selectData(
        m_upgradeMode,
        item.value(QStringLiteral("upgrade_payment_mode")).toString(QStringLiteral("accumulate")));
    m_grants->setRows(item.value(QStringLiteral("grants")).toArray());
    m_followups->setRows(item.value(QStringLiteral("followups")).toArray());

    const QString id = item.value(QStringLiteral("id")).toString();
    const QString base = QStringLiteral("/api/v1/admin/catalog/plans/") + id;
    m_logo->setUploadPath(id.isEmpty() ? QString() : base + QStringLiteral("/logo"));
    m_banner->setUploadPath(id.isEmpty() ? QString() : base + QStringLiteral("/banner"));
    const auto media = [&](const char* field) {
        const QString key = item.value(QString::fromLatin1(field)).toString();
        return key.isEmpty() ? QString() : QStringLiteral("/media/catalog/") + key;
    };
    m_logo->showImage(media("logo_key"));
    m_banner->showImage(media("banner_key"));
}

QJsonObject PlanEditor::collect() const
{
    QJsonObject body;
    body.insert(QStringLiteral("title"), m_title->text().trimmed());
    body.insert(QStringLiteral("slug"), m_slug->text().trimmed());
    body.insert(QStringLiteral("status"), m_status->currentData().toString());
    body.insert(QStringLiteral("badge"), m_badge->currentData().toString());
    body.insert(QStringLiteral("salespage_url"), m_salespage->text().trimmed());
    body.insert(QStringLiteral("description_html"), m_description->toPlainText());
    QJsonArray prices;
    for (int row = 0; row < kDurations.size(); ++row) {
        if (!static_cast<QCheckBox*>(m_prices->cellWidget(row, 0))->isChecked())
            continue;
        prices.append(
            QJsonObject{{QStringLiteral("duration"), kDurations.at(row)},
                        {QStringLiteral("price"),
                         static_cast<MoneySpinBox*>(m_prices->cellWidget(row, 1))->rupiah()}});
    }
    body.insert(QStringLiteral("prices"), prices);
    body.insert(QStringLiteral("commission_type"), m_commissionType->currentData().toString());
    body.insert(QStringLiteral("commission_value"), m_commissionValue->rupiah());
    body.insert(QStringLiteral("upgrade_payment_mode"), m_upgradeMode->currentData().toString());
    body.insert(QStringLiteral("grants"), m_grants->rows());
    body.insert(QStringLiteral("followups"), m_followups->rows());
    // The picture keys are the upload routes' business; the server keeps them on update.
    return body;
}

QString PlanEditor::kindName() const
{
    return tr("paket");
}

QString PlanEditor::itemName(const QJsonObject& item) const
{
    return item.value(QStringLiteral("title")).toString();
}

QString PlanEditor::newTitle() const
{
    return tr("Paket membership baru");
}

QPair<QString, QColor> PlanEditor::statusOf(const QJsonObject& item) const
{
    const QString status = item.value(QStringLiteral("status")).toString();
    return {CatalogFormat::planStatus(status), CatalogFormat::statusColour(status)};
}

void PlanEditor::applyReadOnly(bool readOnly)
{
    m_grants->setReadOnly(readOnly);
    m_followups->setReadOnly(readOnly);
}

} // namespace ey::desk::catalog

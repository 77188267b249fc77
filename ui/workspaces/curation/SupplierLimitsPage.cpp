// SupplierLimitsPage: the supplier_limits rows (free, premium), editable and saved one by one.
#include "SupplierLimitsPage.h"

#include "CurationFormat.h"
#include "PremiumPlansPanel.h"
#include "SupplierFormat.h"

#include "ApiClient.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

const QStringList kTiers = {QStringLiteral("free"), QStringLiteral("premium")};
constexpr int kCounts[] = {SupplierLimitsPage::Products, SupplierLimitsPage::Images,
                           SupplierLimitsPage::Documents};
constexpr int kChecks[] = {SupplierLimitsPage::Chats, SupplierLimitsPage::PublicProfile};

QString fieldOf(int column)
{
    switch (column) {
    case SupplierLimitsPage::Products:
        return QStringLiteral("max_products");
    case SupplierLimitsPage::Images:
        return QStringLiteral("max_images");
    case SupplierLimitsPage::Documents:
        return QStringLiteral("max_documents");
    case SupplierLimitsPage::Chats:
        return QStringLiteral("receive_chats");
    case SupplierLimitsPage::PublicProfile:
        return QStringLiteral("public_profile");
    default:
        return {};
    }
}

QWidget* centred(QCheckBox* check, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check, 0, Qt::AlignCenter);
    return cell;
}

} // namespace

SupplierLimitsPage::SupplierLimitsPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_api(context.api)
{
    setObjectName(QStringLiteral("supplierLimits"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("supplierLimitsTable"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 20);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Tier, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 2 + 3 * (m_table->fontMetrics().height() + 20));
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("supplierLimitsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    m_plans = new PremiumPlansPanel(m_api, this);
    layout->addWidget(m_plans);
    layout->addStretch(1);

    m_table->setRowCount(static_cast<int>(kTiers.size()));
    for (int index = 0; index < kTiers.size(); ++index) {
        const QString tier = kTiers.at(index);
        Row row;
        row.index = index;
        auto* name = new QTableWidgetItem;
        name->setData(Qt::UserRole, tier);
        m_table->setItem(index, Tier, name);
        for (int column : kCounts) {
            auto* box = new QSpinBox(m_table);
            box->setObjectName(QStringLiteral("%1_%2").arg(fieldOf(column), tier));
            // -1 is shown as "Tanpa batas" (null on the wire).
            box->setRange(-1, 100000);
            box->setAlignment(Qt::AlignRight);
            box->setMinimumWidth(120);
            row.counts.insert(column, box);
            m_table->setCellWidget(index, column, box);
            connect(box, &QSpinBox::valueChanged, this, [this, tier] { updateDirty(tier); });
        }
        for (int column : kChecks) {
            auto* check = new QCheckBox(m_table);
            check->setObjectName(QStringLiteral("%1_%2").arg(fieldOf(column), tier));
            row.checks.insert(column, check);
            m_table->setCellWidget(index, column, centred(check, m_table));
            connect(check, &QCheckBox::toggled, this, [this, tier] { updateDirty(tier); });
        }
        m_table->setItem(index, UpdatedAt, new QTableWidgetItem);
        row.save = new QPushButton(m_table);
        row.save->setObjectName(QStringLiteral("saveLimits_") + tier);
        row.save->setEnabled(false);
        m_table->setCellWidget(index, Save, row.save);
        connect(row.save, &QPushButton::clicked, this, [this, tier] { saveRow(tier); });
        m_rows.insert(tier, row);
    }
    setEnabled(false); // until the saved values are in
    retranslateUi();
}

void SupplierLimitsPage::retranslateUi()
{
    m_intro->setText(tr("Batas untuk setiap paket supplier. Batas selalu mengikuti paket yang "
                        "berlaku: Premium yang sudah lewat tanggalnya dihitung sebagai Free."));
    m_table->setHorizontalHeaderLabels({tr("Paket"), tr("Produk maks."), tr("Gambar per produk"),
                                        tr("Dokumen maks."), tr("Terima chat"),
                                        tr("Profil publik"), tr("Diperbarui"), QString()});
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        m_table->item(it->index, Tier)->setText(SupplierFormat::tier(it.key()));
        for (auto* box : it->counts)
            box->setSpecialValueText(tr("Tanpa batas"));
        it->save->setText(tr("Simpan"));
    }
}

void SupplierLimitsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupplierLimitsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        load();
}

QSpinBox* SupplierLimitsPage::countBox(const QString& tier, Column column) const
{
    return m_rows.value(tier).counts.value(column);
}

QCheckBox* SupplierLimitsPage::check(const QString& tier, Column column) const
{
    return m_rows.value(tier).checks.value(column);
}

void SupplierLimitsPage::load()
{
    m_requested = true;
    m_plans->load();
    m_api.get(
        QStringLiteral("/api/v1/admin/supplier-limits"), {}, this,
        [this](const ApiResponse& response) {
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject limits = value.toObject();
                fillRow(limits.value(QStringLiteral("tier")).toString(), limits);
            }
            m_loaded = true;
            setEnabled(true);
            m_message->clear();
        },
        [this](const ApiError& error) {
            m_requested = false; // shown again: try again
            setEnabled(true);
            setMessage(error.fullText(), true);
        });
}

void SupplierLimitsPage::fillRow(const QString& tier, const QJsonObject& limits)
{
    if (!m_rows.contains(tier))
        return;
    Row& row = m_rows[tier];
    row.saved = limits;
    for (int column : kCounts) {
        const QSignalBlocker block(row.counts.value(column));
        const QJsonValue value = limits.value(fieldOf(column));
        row.counts.value(column)->setValue(value.isDouble() ? value.toInt() : -1);
    }
    for (int column : kChecks) {
        const QSignalBlocker block(row.checks.value(column));
        row.checks.value(column)->setChecked(limits.value(fieldOf(column)).toBool());
    }
    m_table->item(row.index, UpdatedAt)
        ->setText(CurationFormat::dateTime(limits.value(QStringLiteral("updated_at")).toString()));
    updateDirty(tier);
}

QJsonObject SupplierLimitsPage::rowBody(const QString& tier) const
{
    const Row row = m_rows.value(tier);
    QJsonObject body;
    for (int column : kCounts) {
        const int value = row.counts.value(column)->value();
        body.insert(fieldOf(column), value < 0 ? QJsonValue() : QJsonValue(value));
    }
    for (int column : kChecks)
        body.insert(fieldOf(column), row.checks.value(column)->isChecked());
    return body;
}

void SupplierLimitsPage::updateDirty(const QString& tier)
{
    const Row row = m_rows.value(tier);
    bool dirty = false;
    const QJsonObject body = rowBody(tier);
    for (auto it = body.begin(); it != body.end(); ++it)
        dirty = dirty || row.saved.value(it.key()) != it.value();
    row.save->setEnabled(dirty);
}

void SupplierLimitsPage::saveRow(const QString& tier)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/api/v1/admin/supplier-limits/") + tier;
    request.body = QJsonDocument(rowBody(tier));
    m_rows.value(tier).save->setEnabled(false);
    m_api.send(
        request, this,
        [this, tier](const ApiResponse& response) {
            fillRow(tier, response.object());
            setMessage(tr("Batas paket %1 disimpan.").arg(SupplierFormat::tier(tier)), false);
            emit rowSaved(tier);
        },
        [this, tier](const ApiError& error) {
            updateDirty(tier);
            setMessage(error.fullText(), true);
        });
}

void SupplierLimitsPage::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #991B1B;")
                                     : QStringLiteral("color: #166534;"));
}

} // namespace ey::desk::curation

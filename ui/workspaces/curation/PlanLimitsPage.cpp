// PlanLimitsPage: the directory_plan_limits rows, editable and saved one by one.
#include "PlanLimitsPage.h"

#include "CurationFormat.h"

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

const char* fieldOf(int column)
{
    switch (column) {
    case PlanLimitsPage::FullContact:
        return "full_contact";
    case PlanLimitsPage::CsvDownload:
        return "csv_download";
    case PlanLimitsPage::ApiAccess:
        return "api_access";
    case PlanLimitsPage::PriorityListing:
        return "priority_listing";
    case PlanLimitsPage::VerifiedBadge:
        return "verified_badge";
    default:
        return "";
    }
}

constexpr int kChecks[] = {PlanLimitsPage::FullContact, PlanLimitsPage::CsvDownload,
                           PlanLimitsPage::ApiAccess, PlanLimitsPage::PriorityListing,
                           PlanLimitsPage::VerifiedBadge};

/// A checkbox centred in its cell.
QWidget* centred(QCheckBox* check, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check, 0, Qt::AlignCenter);
    return cell;
}

} // namespace

PlanLimitsPage::PlanLimitsPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("planLimits"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("limitsTable"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 20);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("limitsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    const QStringList tiers = CurationFormat::tiers();
    m_table->setRowCount(static_cast<int>(tiers.size()));
    for (int index = 0; index < tiers.size(); ++index) {
        const QString tier = tiers.at(index);
        Row row;
        row.index = index;
        auto* name = new QTableWidgetItem;
        name->setData(Qt::UserRole, tier);
        m_table->setItem(index, Tier, name);
        row.quota = new QSpinBox(m_table);
        row.quota->setObjectName(QStringLiteral("quota_") + tier);
        // -1 is shown as "Tanpa batas" (null on the wire).
        row.quota->setRange(-1, 100000);
        row.quota->setAlignment(Qt::AlignRight);
        row.quota->setMinimumWidth(130);
        m_table->setCellWidget(index, BuyersPerMonth, row.quota);
        connect(row.quota, &QSpinBox::valueChanged, this, [this, tier] { updateDirty(tier); });
        for (int column : kChecks) {
            auto* check = new QCheckBox(m_table);
            check->setObjectName(QStringLiteral("%1_%2").arg(QString::fromLatin1(fieldOf(column)), tier));
            row.checks.insert(column, check);
            m_table->setCellWidget(index, column, centred(check, m_table));
            connect(check, &QCheckBox::toggled, this, [this, tier] { updateDirty(tier); });
        }
        m_table->setItem(index, UpdatedAt, new QTableWidgetItem);
        row.save = new QPushButton(m_table);
        row.save->setObjectName(QStringLiteral("save_") + tier);
        row.save->setEnabled(false);
        m_table->setCellWidget(index, Save, row.save);
        connect(row.save, &QPushButton::clicked, this, [this, tier] { saveRow(tier); });
        m_rows.insert(tier, row);
    }
    retranslateUi();
}

void PlanLimitsPage::retranslateUi()
{
    m_intro->setText(tr("Yang didapat setiap paket membership dari direktori buyer. Kuota dihitung "
                        "per bulan kalender (WIB) dari jumlah buyer berbeda yang dibuka member."));
    m_table->setHorizontalHeaderLabels({tr("Paket"), tr("Buyer per bulan"), tr("Kontak lengkap"),
                                        tr("Unduh CSV"), tr("Akses API"), tr("Prioritas"),
                                        tr("Lencana terverifikasi"), tr("Diubah"), QString()});
    const QString hints[ColumnCount] = {
        QString(),
        tr("Buyer berbeda yang boleh dibuka member per bulan"),
        tr("Email, telepon dan narahubung tampil utuh (tanpa sensor)"),
        tr("Member boleh mengunduh buyer yang dibukanya bulan ini sebagai CSV"),
        tr("Member boleh memakai direktori lewat API"),
        tr("Member tampil lebih dulu di daftar"),
        tr("Member mendapat lencana terverifikasi"),
        QString(),
        QString()};
    for (int column = 0; column < ColumnCount; ++column)
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(column))
            header->setToolTip(hints[column]);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        m_table->item(it->index, Tier)->setText(CurationFormat::tier(it.key()));
        it->quota->setSpecialValueText(tr("Tanpa batas"));
        it->quota->setSuffix(tr(" buyer"));
        it->save->setText(tr("Simpan"));
    }
    // Columns sized to their contents do not see cell widgets: the button column and the tier
    // names get their width here.
    int saveWidth = 0;
    for (const Row& row : std::as_const(m_rows))
        saveWidth = std::max(saveWidth, row.save->sizeHint().width());
    m_table->horizontalHeader()->setSectionResizeMode(Save, QHeaderView::Fixed);
    m_table->setColumnWidth(Save, saveWidth + 12);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setSectionResizeMode(Tier, QHeaderView::Fixed);
    // "Diubah" takes the spare width, so the save buttons sit at the right edge.
    m_table->horizontalHeader()->setSectionResizeMode(UpdatedAt, QHeaderView::Stretch);
    // Six rows: the table is as tall as they are, not the whole page.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount() +
                            2 * m_table->frameWidth() + 2);
    m_table->setColumnWidth(
        Tier, std::max(140, m_table->fontMetrics().horizontalAdvance(tr("Seumur hidup")) + 40));
    m_table->updateGeometry();
}

void PlanLimitsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QCheckBox* PlanLimitsPage::check(const QString& tier, Column column) const
{
    return m_rows.value(tier).checks.value(column);
}

void PlanLimitsPage::load()
{
    m_message->clear();
    m_api.get(
        QStringLiteral("/api/v1/admin/directory-limits"), QUrlQuery(), this,
        [this](const ApiResponse& response) {
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject limits = value.toObject();
                fillRow(limits.value(QStringLiteral("tier")).toString(), limits);
            }
            // The texts changed the columns' widths: let the table ask for its new size.
            m_table->updateGeometry();
            emit loaded();
        },
        [this](const ApiError& error) {
            m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
            m_message->setText(error.detail);
        });
}

void PlanLimitsPage::fillRow(const QString& tier, const QJsonObject& limits)
{
    auto found = m_rows.find(tier);
    if (found == m_rows.end())
        return;
    Row& row = *found;
    row.saved = limits;
    {
        const QSignalBlocker block(row.quota);
        const QJsonValue quota = limits.value(QStringLiteral("buyers_per_month"));
        row.quota->setValue(quota.isDouble() ? quota.toInt() : -1);
    }
    for (int column : kChecks) {
        const QSignalBlocker block(row.checks.value(column));
        row.checks.value(column)->setChecked(
            limits.value(QLatin1String(fieldOf(column))).toBool());
    }
    m_table->item(row.index, UpdatedAt)
        ->setText(CurationFormat::dateTime(limits.value(QStringLiteral("updated_at")).toString()));
    updateDirty(tier);
}

QJsonObject PlanLimitsPage::rowBody(const QString& tier) const
{
    const Row row = m_rows.value(tier);
    QJsonObject body;
    body.insert(QStringLiteral("buyers_per_month"), row.quota->value() < 0
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(row.quota->value()));
    for (int column : kChecks)
        body.insert(QLatin1String(fieldOf(column)), row.checks.value(column)->isChecked());
    return body;
}

void PlanLimitsPage::updateDirty(const QString& tier)
{
    const Row row = m_rows.value(tier);
    const QJsonObject body = rowBody(tier);
    bool dirty = false;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (row.saved.value(it.key()) != it.value())
            dirty = true;
    row.save->setEnabled(dirty && !row.saved.isEmpty());
    QFont font = m_table->font();
    font.setBold(dirty);
    m_table->item(row.index, Tier)->setFont(font);
}

void PlanLimitsPage::saveRow(const QString& tier)
{
    const Row row = m_rows.value(tier);
    if (!row.save)
        return;
    row.save->setEnabled(false);
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/api/v1/admin/directory-limits/") + tier;
    request.body = QJsonDocument(rowBody(tier));
    m_api.send(
        request, this,
        [this, tier](const ApiResponse& response) {
            fillRow(tier, response.object());
            m_message->setStyleSheet(QStringLiteral("color: #166534;"));
            m_message->setText(tr("Batas paket %1 disimpan; berlaku untuk pembukaan buyer berikutnya.")
                                   .arg(CurationFormat::tier(tier)));
            emit rowSaved(tier);
        },
        [this, tier](const ApiError& error) {
            updateDirty(tier);
            m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
            m_message->setText(error.fullText());
        });
}

} // namespace ey::desk::curation

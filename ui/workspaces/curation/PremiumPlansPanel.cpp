// PremiumPlansPanel: the premium plan table and its edit form.
#include "PremiumPlansPanel.h"

#include "CurationFormat.h"
#include "SupplierFormat.h"

#include "ApiClient.h"
#include "ListTable.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ey::desk::curation {

namespace {

// The server's rules (premium-api): shown as limits on the inputs so a wrong value cannot be typed.
constexpr int kMaxMonths = 36;
constexpr int kMinPrice = 10000;
constexpr int kMaxPrice = 1000000000;

QTableWidgetItem* cell(const QString& text,
                       Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

PremiumPlansPanel::PremiumPlansPanel(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("premiumPlans"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #4B5563;"));
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("premiumPlansTable"));
    setUpRecordList(m_table);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    // A handful of plans: room for five rows, the page scrolls no further.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(rowHeight * 3 + m_table->horizontalHeader()->sizeHint().height() + 4);
    m_table->setMaximumHeight(rowHeight * 5 + m_table->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_table);

    // The form: one plan at a time, new or selected.
    m_formHeading = new QLabel(this);
    m_formHeading->setObjectName(QStringLiteral("premiumPlanFormHeading"));
    QFont bold = m_formHeading->font();
    bold.setBold(true);
    m_formHeading->setFont(bold);
    layout->addWidget(m_formHeading);
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    m_codeLabel = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("premiumPlanCode"));
    m_code->setMaxLength(30);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9-]{0,30}")), m_code));
    m_labelLabel = new QLabel(this);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("premiumPlanLabel"));
    m_label->setMaxLength(80);
    m_monthsLabel = new QLabel(this);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("premiumPlanMonths"));
    m_months->setRange(1, kMaxMonths);
    m_months->setAlignment(Qt::AlignRight);
    m_priceLabel = new QLabel(this);
    m_price = new QSpinBox(this);
    m_price->setObjectName(QStringLiteral("premiumPlanPrice"));
    m_price->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_price->setGroupSeparatorShown(true);
    m_price->setPrefix(QStringLiteral("Rp "));
    m_price->setRange(kMinPrice, kMaxPrice);
    m_price->setSingleStep(1000);
    m_price->setAlignment(Qt::AlignRight);
    m_price->setMinimumWidth(
        m_price->fontMetrics().horizontalAdvance(QStringLiteral("Rp 1.000.000.000")) + 40);
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("premiumPlanActive"));
    m_codeLabel->setBuddy(m_code);
    m_labelLabel->setBuddy(m_label);
    m_monthsLabel->setBuddy(m_months);
    m_priceLabel->setBuddy(m_price);
    form->addWidget(m_codeLabel, 0, 0);
    form->addWidget(m_code, 0, 1);
    form->addWidget(m_labelLabel, 0, 2);
    form->addWidget(m_label, 0, 3);
    form->addWidget(m_monthsLabel, 1, 0);
    form->addWidget(m_months, 1, 1);
    form->addWidget(m_priceLabel, 1, 2);
    form->addWidget(m_price, 1, 3, Qt::AlignLeft); // a price, not a paragraph
    form->addWidget(m_active, 2, 1, 1, 3);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("savePremiumPlan"));
    m_save->setDefault(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newPremiumPlan"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("premiumPlansMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { editRow(row); });
    connect(m_save, &QPushButton::clicked, this, &PremiumPlansPanel::save);
    connect(m_new, &QPushButton::clicked, this, &PremiumPlansPanel::newPlan);
    for (auto* edit : {m_code, m_label})
        connect(edit, &QLineEdit::returnPressed, this, &PremiumPlansPanel::save);

    retranslateUi();
    newPlan();
}

void PremiumPlansPanel::retranslateUi()
{
    m_heading->setText(tr("Paket Premium"));
    m_intro->setText(tr("Paket yang bisa dibeli supplier lewat Xendit. Premium aktif otomatis "
                        "setelah lunas; paket nonaktif tidak ditawarkan lagi, pesanan lamanya "
                        "tetap berlaku."));
    m_table->setHorizontalHeaderLabels(
        {tr("Kode"), tr("Nama paket"), tr("Lama"), tr("Harga"), tr("Aktif"), tr("Diperbarui")});
    m_formHeading->setText(m_editing.isEmpty() ? tr("Paket baru")
                                               : tr("Ubah paket %1").arg(m_editing));
    m_codeLabel->setText(tr("&Kode"));
    m_code->setPlaceholderText(tr("mis. quarterly"));
    m_code->setToolTip(tr("Huruf kecil, angka dan tanda hubung; 2–30 karakter. Tidak bisa "
                          "diubah setelah disimpan."));
    m_labelLabel->setText(tr("&Nama"));
    m_label->setPlaceholderText(tr("mis. Premium 3 Bulan"));
    m_monthsLabel->setText(tr("&Lama"));
    m_months->setSuffix(tr(" bulan"));
    m_priceLabel->setText(tr("&Harga"));
    m_active->setText(tr("Aktif (ditawarkan ke supplier)"));
    m_save->setText(tr("Simpan paket"));
    m_new->setText(tr("Paket baru"));
    fillTable();
}

void PremiumPlansPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PremiumPlansPanel::load()
{
    m_api.get(
        QStringLiteral("/api/v1/admin/supplier-premium-plans"), {}, this,
        [this](const ApiResponse& response) {
            m_plans.clear();
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray())
                m_plans << value.toObject();
            m_loaded = true;
            fillTable();
            emit loaded();
        },
        [this](const ApiError& error) {
            showError(error);
            emit loaded();
        });
}

void PremiumPlansPanel::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_plans.size()));
    int selected = -1;
    for (int row = 0; row < m_plans.size(); ++row) {
        const QJsonObject& plan = m_plans.at(row);
        const QString code = plan.value(QStringLiteral("code")).toString();
        if (code == m_editing)
            selected = row;
        auto* codeItem = cell(code);
        codeItem->setData(Qt::UserRole, code);
        m_table->setItem(row, Code, codeItem);
        m_table->setItem(row, Label, cell(plan.value(QStringLiteral("label")).toString()));
        const int months = plan.value(QStringLiteral("months")).toInt();
        m_table->setItem(row, Months,
                         cell(tr("%n bulan", nullptr, months), Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(
            row, Price,
            cell(SupplierFormat::money(
                     plan.value(QStringLiteral("price")).toInteger(),
                     plan.value(QStringLiteral("currency")).toString(QStringLiteral("IDR"))),
                 Qt::AlignRight | Qt::AlignVCenter));
        const bool active = plan.value(QStringLiteral("active")).toBool();
        auto* activeItem = cell(active ? tr("Aktif") : tr("Nonaktif"), Qt::AlignCenter);
        activeItem->setForeground(active ? QColor(0x16, 0x65, 0x34) : QColor(0x6B, 0x72, 0x80));
        m_table->setItem(row, Active, activeItem);
        m_table->setItem(
            row, UpdatedAt,
            cell(CurationFormat::dateTime(plan.value(QStringLiteral("updated_at")).toString())));
        if (!active) {
            // A plan no one can buy any more reads greyed.
            for (int column : {Code, Label, Months, Price})
                m_table->item(row, column)->setForeground(QColor(0x9C, 0xA3, 0xAF));
        }
    }
    if (selected >= 0)
        m_table->selectRow(selected);
    else
        m_table->clearSelection();
}

void PremiumPlansPanel::editRow(int row)
{
    if (row < 0 || row >= m_plans.size())
        return;
    const QJsonObject& plan = m_plans.at(row);
    m_editing = plan.value(QStringLiteral("code")).toString();
    m_code->setText(m_editing);
    m_code->setReadOnly(true); // the code is the plan's key; orders refer to it
    m_label->setText(plan.value(QStringLiteral("label")).toString());
    m_months->setValue(plan.value(QStringLiteral("months")).toInt());
    m_price->setValue(static_cast<int>(std::clamp(plan.value(QStringLiteral("price")).toInteger(),
                                                  qint64(kMinPrice), qint64(kMaxPrice))));
    m_active->setChecked(plan.value(QStringLiteral("active")).toBool());
    m_message->clear();
    m_formHeading->setText(tr("Ubah paket %1").arg(m_editing));
}

void PremiumPlansPanel::newPlan()
{
    m_editing.clear();
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_code->clear();
    m_code->setReadOnly(false);
    m_label->clear();
    m_months->setValue(1);
    m_price->setValue(99000);
    m_active->setChecked(true);
    m_message->clear();
    m_formHeading->setText(tr("Paket baru"));
    if (isVisible())
        m_code->setFocus();
}

QJsonObject PremiumPlansPanel::body() const
{
    return {
        {QStringLiteral("label"), m_label->text().simplified()},
        {QStringLiteral("months"), m_months->value()},
        {QStringLiteral("price"), m_price->value()},
        {QStringLiteral("active"), m_active->isChecked()},
    };
}

void PremiumPlansPanel::save()
{
    if (m_saving)
        return;
    const QString code = m_code->text().trimmed();
    if (code.size() < 2) {
        setMessage(tr("Isi kode paket: 2–30 huruf kecil, angka atau tanda hubung."), true);
        m_code->setFocus();
        return;
    }
    if (m_label->text().simplified().isEmpty()) {
        setMessage(tr("Isi nama paket yang dilihat supplier."), true);
        m_label->setFocus();
        return;
    }
    const bool creating = m_editing.isEmpty();
    if (creating) {
        for (const QJsonObject& plan : std::as_const(m_plans)) {
            if (plan.value(QStringLiteral("code")).toString() == code) {
                setMessage(tr("Kode %1 sudah dipakai paket lain. Pilih paket itu di tabel untuk "
                              "mengubahnya.")
                               .arg(code),
                           true);
                m_code->setFocus();
                return;
            }
        }
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/api/v1/admin/supplier-premium-plans/") +
                   QString::fromUtf8(QUrl::toPercentEncoding(code));
    request.body = QJsonDocument(body());
    m_saving = true;
    m_save->setEnabled(false);
    m_api.send(
        request, this,
        [this, creating](const ApiResponse& response) {
            m_saving = false;
            m_save->setEnabled(true);
            const QJsonObject plan = response.object();
            const QString saved = plan.value(QStringLiteral("code")).toString();
            bool replaced = false;
            for (QJsonObject& existing : m_plans) {
                if (existing.value(QStringLiteral("code")).toString() == saved) {
                    existing = plan;
                    replaced = true;
                }
            }
            if (!replaced)
                m_plans << plan;
            m_editing = saved;
            m_code->setReadOnly(true);
            m_formHeading->setText(tr("Ubah paket %1").arg(saved));
            fillTable();
            setMessage(
                creating
                    ? tr("Paket %1 ditambahkan.")
                          .arg(plan.value(QStringLiteral("label")).toString())
                    : tr("Paket %1 disimpan.").arg(plan.value(QStringLiteral("label")).toString()),
                false);
            emit planSaved(plan);
            // The server keeps the order (cheapest first): ask again so the table matches it.
            load();
        },
        [this](const ApiError& error) {
            m_saving = false;
            m_save->setEnabled(true);
            showError(error);
        });
}

void PremiumPlansPanel::showError(const ApiError& error)
{
    setMessage(error.fullText(), true);
    // Focus the first field the server named.
    const QHash<QString, QWidget*> fields{{QStringLiteral("code"), m_code},
                                          {QStringLiteral("label"), m_label},
                                          {QStringLiteral("months"), m_months},
                                          {QStringLiteral("price"), m_price}};
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (QWidget* field = fields.value(it.key())) {
            field->setFocus();
            break;
        }
    }
}

void PremiumPlansPanel::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #991B1B;")
                                     : QStringLiteral("color: #166534;"));
}

} // namespace ey::desk::curation

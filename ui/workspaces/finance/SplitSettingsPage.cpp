// SplitSettingsPage: the settings form, its validation and the change history.
#include "SplitSettingsPage.h"

#include "FinanceLabels.h"

#include "ApiClient.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ey::desk::finance {

namespace {

// In pairs as the form shows them: founder and co-founder side by side, since they add up to 100 %.
const QStringList kPercentFields = {QStringLiteral("company_fee_bps"), QStringLiteral("mentor_bps"),
                                    QStringLiteral("founder_bps"), QStringLiteral("cofounder_bps")};
const QStringList kMoneyFields = {QStringLiteral("withdrawal_minimum"),
                                  QStringLiteral("withdrawal_fee")};

QList<ColumnSpec> historyColumns()
{
    return {
        {QStringLiteral("at"), [] { return SplitSettingsPage::tr("Waktu"); },
         [](const QJsonObject& item) {
             return FinanceLabels::dateTime(item.value(QStringLiteral("at")).toString());
         }},
        {QStringLiteral("actor"), [] { return SplitSettingsPage::tr("Oleh"); },
         [](const QJsonObject& item) {
             const QString name = item.value(QStringLiteral("actor"))
                                      .toObject()
                                      .value(QStringLiteral("full_name"))
                                      .toString();
             return name.isEmpty() ? SplitSettingsPage::tr("Sistem") : name;
         }},
        {QStringLiteral("changes"),
         [] { return SplitSettingsPage::tr("Perubahan (sebelum → sesudah)"); },
         [](const QJsonObject& item) {
             QStringList parts;
             for (const auto& value : item.value(QStringLiteral("changes")).toArray()) {
                 const QJsonObject change = value.toObject();
                 const QString field = change.value(QStringLiteral("field")).toString();
                 parts << QStringLiteral("%1: %2 → %3")
                              .arg(FinanceLabels::configField(field),
                                   FinanceLabels::configValue(
                                       field, change.value(QStringLiteral("before"))),
                                   FinanceLabels::configValue(
                                       field, change.value(QStringLiteral("after"))));
             }
             return parts.isEmpty() ? SplitSettingsPage::tr("(tanpa perubahan nilai)")
                                    : parts.join(QStringLiteral("; "));
         }},
    };
}

} // namespace

SplitSettingsPage::SplitSettingsPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_canManage(context.session.hasPermission(QStringLiteral("finance.manage")))
{
    setObjectName(QStringLiteral("splitSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: #4B5563;"));
    layout->addWidget(m_help);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("splitEnabled"));
    grid->addWidget(m_enabled, 0, 0, 1, 4);
    int index = 0;
    for (const QString& field : kPercentFields + kMoneyFields) {
        const bool percent = kPercentFields.contains(field);
        auto* label = new QLabel(this);
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(field);
        spin->setAlignment(Qt::AlignRight);
        spin->setMinimumWidth(170);
        spin->setGroupSeparatorShown(true);
        if (percent) {
            spin->setDecimals(2);
            spin->setRange(0, 100);
            spin->setSuffix(QStringLiteral(" %"));
            spin->setSingleStep(0.5);
        } else {
            spin->setDecimals(0);
            spin->setRange(0, 1e12);
            spin->setPrefix(QStringLiteral("Rp "));
            spin->setSingleStep(5000);
        }
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + field);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #B91C1C; font-size: 9pt;"));
        error->setVisible(false);
        label->setBuddy(spin);
        // Two columns of fields, each with its error right under it.
        const int row = 1 + (index / 2) * 2;
        const int column = (index % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
        grid->addWidget(error, row + 1, column + 1);
        m_labels.insert(field, label);
        m_spins.insert(field, spin);
        m_errors.insert(field, error);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SplitSettingsPage::updateDirty);
        spin->setReadOnly(!m_canManage);
        ++index;
    }
    m_enabled->setEnabled(m_canManage);
    connect(m_enabled, &QCheckBox::toggled, this, &SplitSettingsPage::updateDirty);
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);
    m_save->setVisible(m_canManage);
    m_revert->setVisible(m_canManage);
    layout->addLayout(buttons);

    m_historyTitle = new QLabel(this);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(m_historyTitle);
    m_history = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/finance/config/history"),
                                    historyColumns(), this);
    m_historyTable = new QTableView(this);
    m_historyTable->setObjectName(QStringLiteral("configHistory"));
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setShowGrid(false);
    m_historyTable->setWordWrap(false);
    m_historyTable->verticalHeader()->setVisible(false);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setColumnWidth(0, 140);
    m_historyTable->setColumnWidth(1, 170);
    layout->addWidget(m_historyTable, 1);

    connect(m_save, &QPushButton::clicked, this, &SplitSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        clearErrors();
        show(m_config);
    });
    retranslateUi();
}

void SplitSettingsPage::retranslateUi()
{
    m_help->setText(
        tr("Urutan pembagian setiap penjualan: biaya gateway, komisi affiliate, bagian mentor "
           "(kelas), lalu fee perusahaan dari sisanya; sisanya lagi dibagi founder dan co-founder. "
           "Perubahan berlaku untuk penjualan berikutnya dan tercatat di riwayat di bawah."));
    m_enabled->setText(tr(
        "Bagi hasil aktif (bila mati, semua setelah gateway dan affiliate masuk ke perusahaan)"));
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it)
        it.value()->setText(FinanceLabels::configField(it.key()));
    m_save->setText(tr("Simpan"));
    m_revert->setText(tr("Batalkan perubahan"));
    m_historyTitle->setText(tr("Riwayat perubahan"));
    m_history->retranslate();
}

void SplitSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SplitSettingsPage::load()
{
    m_context.api.get(
        QStringLiteral("/api/v1/finance/config"), {}, this,
        [this](const ApiResponse& response) {
            show(response.object());
            emit loaded();
        },
        [this](const ApiError& error) {
            m_status->setStyleSheet(QStringLiteral("color: #991B1B;"));
            m_status->setText(error.detail);
            emit loaded();
        });
    m_history->reload();
}

void SplitSettingsPage::show(const QJsonObject& config)
{
    m_config = config;
    const QSignalBlocker blockEnabled(m_enabled);
    m_enabled->setChecked(config.value(QStringLiteral("split_enabled")).toBool());
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const QSignalBlocker block(it.value());
        const double value = static_cast<double>(config.value(it.key()).toInteger());
        it.value()->setValue(kPercentFields.contains(it.key()) ? value / 100.0 : value);
    }
    updateDirty();
}

QJsonObject SplitSettingsPage::formValues() const
{
    QJsonObject values{{QStringLiteral("split_enabled"), m_enabled->isChecked()}};
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const double value = it.value()->value();
        values.insert(it.key(), static_cast<qint64>(std::llround(
                                    kPercentFields.contains(it.key()) ? value * 100.0 : value)));
    }
    return values;
}

void SplitSettingsPage::updateDirty()
{
    bool dirty = false;
    const QJsonObject values = formValues();
    for (auto it = values.begin(); it != values.end(); ++it)
        dirty = dirty || m_config.value(it.key()) != it.value();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty) {
        m_status->setStyleSheet(QStringLiteral("color: #92400E;"));
        m_status->setText(tr("Ada perubahan yang belum disimpan."));
    } else if (!m_config.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #6B7280;"));
        m_status->setText(tr("Terakhir diubah %1.")
                              .arg(FinanceLabels::dateTime(
                                  m_config.value(QStringLiteral("updated_at")).toString())));
    }
}

void SplitSettingsPage::clearErrors()
{
    for (QLabel* error : std::as_const(m_errors)) {
        error->clear();
        error->setVisible(false);
    }
}

void SplitSettingsPage::setError(const QString& field, const QString& message)
{
    if (QLabel* error = m_errors.value(field)) {
        error->setText(message);
        error->setVisible(true);
    }
}

QString SplitSettingsPage::fieldError(const QString& field) const
{
    QLabel* error = m_errors.value(field);
    return error && error->isVisible() ? error->text() : QString();
}

bool SplitSettingsPage::validateHere()
{
    // The server checks the same rules; checking here first answers without a round trip.
    const QJsonObject values = formValues();
    bool ok = true;
    if (values.value(QStringLiteral("founder_bps")).toInteger() +
            values.value(QStringLiteral("cofounder_bps")).toInteger() !=
        10000) {
        setError(
            QStringLiteral("cofounder_bps"),
            tr("Bagian founder dan co-founder harus berjumlah 100 %, misalnya 60 % dan 40 %."));
        ok = false;
    }
    if (values.value(QStringLiteral("withdrawal_minimum")).toInteger() < 1) {
        setError(QStringLiteral("withdrawal_minimum"),
                 tr("Minimal penarikan paling sedikit Rp 1."));
        ok = false;
    } else if (values.value(QStringLiteral("withdrawal_fee")).toInteger() >=
               values.value(QStringLiteral("withdrawal_minimum")).toInteger()) {
        setError(QStringLiteral("withdrawal_fee"),
                 tr("Biaya penarikan harus lebih kecil dari minimal penarikan."));
        ok = false;
    }
    return ok;
}

void SplitSettingsPage::save()
{
    clearErrors();
    if (!validateHere()) {
        emit saveFailed();
        return;
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/api/v1/finance/config");
    request.body = QJsonDocument(formValues());
    m_save->setEnabled(false);
    m_status->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_status->setText(tr("Menyimpan…"));
    m_context.api.send(
        request, this,
        [this](const ApiResponse& response) {
            show(response.object());
            m_status->setStyleSheet(QStringLiteral("color: #166534;"));
            m_status->setText(tr("Tersimpan. Berlaku untuk penjualan berikutnya."));
            m_history->reload();
            emit saved(response.object());
        },
        [this](const ApiError& error) {
            for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it)
                setError(it.key(), it.value());
            m_status->setStyleSheet(QStringLiteral("color: #991B1B;"));
            m_status->setText(error.detail);
            updateDirty();
            emit saveFailed();
        });
}

} // namespace ey::desk::finance

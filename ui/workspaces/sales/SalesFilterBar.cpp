// SalesFilterBar: the controls above the sales table.
#include "SalesFilterBar.h"

#include "BusinessDate.h"
#include "ApiClient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>

namespace ey::desk::sales {

namespace {

const char* const kStatuses[] = {"PAID", "PENDING", "EXPIRED", "FAILED", "REFUNDED"};

} // namespace

SalesFilterBar::SalesFilterBar(ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api), m_today(businessToday())
{
    setObjectName(QStringLiteral("salesFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    for (int i = 0; i <= static_cast<int>(Preset::Custom); ++i)
        m_preset->addItem(QString(), i);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == Preset::Custom)
                emit filterChanged();
        });
    }
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusBox"));
    m_status->addItem(QString(), QString());
    for (const char* status : kStatuses)
        m_status->addItem(QString(), QString::fromLatin1(status));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productBox"));
    m_product->addItem(QString(), QString());
    m_product->setMinimumContentsLength(18);
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_affiliate = new QComboBox(this);
    m_affiliate->setObjectName(QStringLiteral("affiliateBox"));
    m_affiliate->addItem(QString(), QString());
    m_affiliate->setMinimumContentsLength(14);
    m_affiliate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_status);
    layout->addWidget(m_product);
    layout->addWidget(m_affiliate);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300); // typing "budi" is one request, not four
    connect(&m_searchDelay, &QTimer::timeout, this, &SalesFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        emit filterChanged();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SalesFilterBar::presetChosen);
    for (auto* box : {m_status, m_product, m_affiliate})
        connect(box, &QComboBox::currentIndexChanged, this, &SalesFilterBar::filterChanged);

    retranslateUi();
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(static_cast<int>(Preset::ThisMonth));
    }
    m_from->setDate(m_today.addDays(1 - m_today.day()));
    m_to->setDate(m_today);
    loadChoices();
}

void SalesFilterBar::retranslateUi()
{
    const QString presets[] = {tr("Semua waktu"), tr("Hari ini"),  tr("Minggu ini"),
                               tr("Bulan ini"),   tr("Tahun ini"), tr("Kustom")};
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, presets[i]);
    m_preset->setToolTip(tr("Rentang tanggal transaksi (WIB)"));
    const QString statuses[] = {tr("Semua status"), tr("Lunas"), tr("Menunggu"),
                                tr("Kedaluwarsa"),  tr("Gagal"), tr("Dikembalikan")};
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, statuses[i]);
    m_product->setItemText(0, tr("Semua produk"));
    m_affiliate->setItemText(0, tr("Semua affiliate"));
    m_search->setPlaceholderText(tr("Cari invoice, nama atau email (Ctrl+L)"));
    m_from->setToolTip(tr("Dari tanggal"));
    m_to->setToolTip(tr("Sampai tanggal"));
}

void SalesFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesFilterBar::loadChoices()
{
    // Both lists come from the sales routes (sales.read, which everyone in this workspace has):
    // they hold only what appears on sales, and finance staff see them without users.read or
    // catalog.read.
    m_api.get(
        QStringLiteral("/api/v1/admin/sales/products"), QUrlQuery(), this,
        [this](const ApiResponse& response) {
            const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
            for (const auto& value : items) {
                const QJsonObject item = value.toObject();
                const QString title = item.value(QStringLiteral("title")).toString();
                const bool plan =
                    item.value(QStringLiteral("kind")).toString() == QLatin1String("plan");
                m_product->addItem(plan ? tr("Paket: %1").arg(title) : tr("Produk: %1").arg(title),
                                   item.value(QStringLiteral("ref")).toString());
            }
        });
    m_api.get(QStringLiteral("/api/v1/admin/sales/affiliates"), QUrlQuery(), this,
              [this](const ApiResponse& response) {
                  const QJsonArray items =
                      response.object().value(QStringLiteral("items")).toArray();
                  for (const auto& value : items) {
                      const QJsonObject affiliate = value.toObject();
                      m_affiliate->addItem(affiliate.value(QStringLiteral("full_name")).toString(),
                                           affiliate.value(QStringLiteral("id")).toString());
                      const int sales = affiliate.value(QStringLiteral("sales_count")).toInt();
                      m_affiliate->setItemData(m_affiliate->count() - 1,
                                               tr("%n penjualan", nullptr, sales), Qt::ToolTipRole);
                  }
              });
}

void SalesFilterBar::presetChosen()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emit filterChanged();
}

SalesFilterBar::Preset SalesFilterBar::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void SalesFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(static_cast<int>(preset));
}

void SalesFilterBar::setToday(const QDate& today)
{
    m_today = today;
}

QDate SalesFilterBar::fromDate() const
{
    switch (preset()) {
    case Preset::All:
        return {};
    case Preset::Today:
        return m_today;
    case Preset::ThisWeek:
        return m_today.addDays(1 - m_today.dayOfWeek()); // weeks start on Monday
    case Preset::ThisMonth:
        return QDate(m_today.year(), m_today.month(), 1);
    case Preset::ThisYear:
        return QDate(m_today.year(), 1, 1);
    case Preset::Custom:
        return std::min(m_from->date(), m_to->date());
    }
    return {};
}

QDate SalesFilterBar::toDate() const
{
    switch (preset()) {
    case Preset::All:
        return {};
    case Preset::Custom:
        return std::max(m_from->date(), m_to->date());
    case Preset::ThisWeek:
        return fromDate().addDays(6);
    case Preset::ThisMonth:
        return QDate(m_today.year(), m_today.month(), m_today.daysInMonth());
    case Preset::ThisYear:
        return QDate(m_today.year(), 12, 31);
    case Preset::Today:
        return m_today;
    }
    return {};
}

QString SalesFilterBar::bucket() const
{
    switch (preset()) {
    case Preset::All:
        return QStringLiteral("month");
    case Preset::ThisYear:
        return QStringLiteral("month");
    case Preset::Today:
    case Preset::ThisWeek:
    case Preset::ThisMonth:
        return QStringLiteral("day");
    case Preset::Custom:
        break;
    }
    const qint64 days = fromDate().daysTo(toDate()) + 1;
    if (days <= 62)
        return QStringLiteral("day");
    if (days <= 370)
        return QStringLiteral("week");
    if (days <= 365 * 8)
        return QStringLiteral("month");
    return QStringLiteral("year");
}

QUrlQuery SalesFilterBar::query() const
{
    QUrlQuery query;
    if (preset() != Preset::All) {
        query.addQueryItem(QStringLiteral("from"), fromDate().toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), toDate().toString(Qt::ISODate));
    }
    for (auto* box : {m_status, m_product, m_affiliate}) {
        const QString value = box->currentData().toString();
        if (!value.isEmpty())
            query.addQueryItem(box == m_status    ? QStringLiteral("status")
                               : box == m_product ? QStringLiteral("product")
                                                  : QStringLiteral("affiliate"),
                               value);
    }
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), search);
    return query;
}

void SalesFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace ey::desk::sales

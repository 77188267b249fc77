// BuyerFilterBar: the filter controls of the buyer table.
#include "BuyerFilterBar.h"

#include "CountryCatalog.h"
#include "CurationFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ey::desk::curation {

BuyerFilterBar::BuyerFilterBar(CountryCatalog& countries, QWidget* parent)
    : QWidget(parent), m_countries(countries)
{
    setObjectName(QStringLiteral("buyerFilterBar"));
    // Two rows: the search with the page's buttons, then the filters, so nothing is squeezed.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    m_searchRow = new QHBoxLayout;
    m_searchRow->setSpacing(6);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(m_searchRow);
    rows->addLayout(layout);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("buyerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->setMinimumContentsLength(14);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->addItem(QString(), QString());
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_product->setClearButtonEnabled(true);
    m_product->setMinimumWidth(170);
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("paymentFilter"));
    m_payment->addItem(QString(), QString());
    for (const QString& term : CurationFormat::paymentTerms())
        m_payment->addItem(term, term);
    m_shipping = new QComboBox(this);
    m_shipping->setObjectName(QStringLiteral("shippingFilter"));
    m_shipping->addItem(QString(), QString());
    for (const QString& term : CurationFormat::shippingTerms())
        m_shipping->addItem(term, term);
    m_verified = new QComboBox(this);
    m_verified->setObjectName(QStringLiteral("verifiedFilter"));
    m_verified->addItem(QString(), QString());
    m_verified->addItem(QString(), QStringLiteral("true"));
    m_verified->addItem(QString(), QStringLiteral("false"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("addedFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("addedTo"));
    for (auto* edit : {m_from, m_to}) {
        // The minimum shows as "semua": no bound on that side.
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMinimumDate(unsetDate());
        edit->setDate(unsetDate());
        connect(edit, &QDateEdit::dateChanged, this, &BuyerFilterBar::filterChanged);
    }

    m_searchRow->addWidget(m_search, 1);
    layout->addWidget(m_country);
    layout->addWidget(m_product);
    layout->addWidget(m_payment);
    layout->addWidget(m_shipping);
    layout->addWidget(m_verified);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addStretch(1);

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(300);
    connect(&m_typingDelay, &QTimer::timeout, this, &BuyerFilterBar::filterChanged);
    for (auto* field : {m_search, m_product}) {
        connect(field, &QLineEdit::textEdited, this, [this] { m_typingDelay.start(); });
        connect(field, &QLineEdit::returnPressed, this, [this] {
            m_typingDelay.stop();
            emit filterChanged();
        });
    }
    for (auto* box : {m_country, m_payment, m_shipping, m_verified})
        connect(box, &QComboBox::currentIndexChanged, this, &BuyerFilterBar::filterChanged);
    connect(&m_countries, &CountryCatalog::loaded, this,
            [this] { m_countries.fill(m_country, tr("Semua negara")); });
    if (m_countries.isLoaded())
        m_countries.fill(m_country, tr("Semua negara"));
    retranslateUi();
}

void BuyerFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Cari perusahaan, kontak, produk, HS (Ctrl+L)"));
    m_product->setPlaceholderText(tr("Produk atau kode HS"));
    m_country->setItemText(0, tr("Semua negara"));
    m_payment->setItemText(0, tr("Semua pembayaran"));
    m_shipping->setItemText(0, tr("Semua pengiriman"));
    for (int i = 1; i < m_payment->count(); ++i)
        m_payment->setItemData(i, CurationFormat::paymentTermHint(m_payment->itemData(i).toString()),
                               Qt::ToolTipRole);
    m_verified->setItemText(0, tr("Semua status"));
    m_verified->setItemText(1, tr("Terverifikasi"));
    m_verified->setItemText(2, tr("Belum diverifikasi"));
    m_from->setSpecialValueText(tr("Sejak: semua"));
    m_to->setSpecialValueText(tr("Sampai: semua"));
    m_from->setToolTip(tr("Ditambahkan sejak tanggal"));
    m_to->setToolTip(tr("Ditambahkan sampai tanggal"));
    // Wide enough for "Sampai: semua" and for "23 Nov 2025" beside the calendar button.
    for (auto* edit : {m_from, m_to})
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(edit->specialValueText() + QStringLiteral("MM")) + 40);
}

void BuyerFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QUrlQuery BuyerFilterBar::query() const
{
    QUrlQuery query;
    auto add = [&query](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            query.addQueryItem(QString::fromLatin1(key), value.trimmed());
    };
    add("q", m_search->text());
    add("country", m_country->currentData().toString());
    add("product", m_product->text());
    add("payment_term", m_payment->currentData().toString());
    add("shipping_term", m_shipping->currentData().toString());
    add("verified", m_verified->currentData().toString());
    if (m_from->date() > unsetDate())
        add("added_from", m_from->date().toString(Qt::ISODate));
    if (m_to->date() > unsetDate())
        add("added_to", m_to->date().toString(Qt::ISODate));
    return query;
}

void BuyerFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace ey::desk::curation

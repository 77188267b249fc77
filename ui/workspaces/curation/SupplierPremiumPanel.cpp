// SupplierPremiumPanel: a supplier's tier and its premium orders, read-only.
#include "SupplierPremiumPanel.h"

#include "CurationFormat.h"
#include "SupplierFormat.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "StatusBadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QTableWidgetItem* cell(const QString& text,
                       Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

} // namespace

SupplierPremiumPanel::SupplierPremiumPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("supplierPremium"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("premiumTier"));
    QFont bold = m_tier->font();
    bold.setBold(true);
    m_tier->setFont(bold);
    m_tier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_tier);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(m_hint);

    m_orders = new QTableWidget(0, ColumnCount, this);
    m_orders->setObjectName(QStringLiteral("premiumOrders"));
    setUpRecordList(m_orders);
    m_orders->verticalHeader()->setDefaultSectionSize(m_orders->fontMetrics().height() + 14);
    m_orders->horizontalHeader()->setHighlightSections(false);
    m_orders->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_orders->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_orders, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("premiumMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(m_message);
    retranslateUi();
}

void SupplierPremiumPanel::retranslateUi()
{
    m_hint->setText(tr("Pesanan Paket Premium yang dibuat supplier lewat Xendit, terbaru di atas. "
                       "Premium aktif otomatis setelah pembayaran lunas."));
    m_orders->setHorizontalHeaderLabels(
        {tr("Nomor"), tr("Paket"), tr("Jumlah"), tr("Status"), tr("Dibayar")});
    fillTier();
    fillOrders();
}

void SupplierPremiumPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupplierPremiumPanel::showSupplier(const QJsonObject& supplier)
{
    const bool other =
        supplier.value(QStringLiteral("id")) != m_supplier.value(QStringLiteral("id"));
    m_supplier = supplier;
    if (other) {
        m_items.clear();
        fillOrders();
    }
    fillTier();
    reload();
}

void SupplierPremiumPanel::reload()
{
    const QString id = m_supplier.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    m_loading = true;
    const int generation = ++m_generation;
    if (m_items.isEmpty())
        m_message->setText(tr("Memuat pesanan premium\u2026"));
    m_api.get(
        QStringLiteral("/api/v1/admin/suppliers/%1/premium-orders").arg(id), {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_items.clear();
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray())
                m_items << value.toObject();
            fillOrders();
            emit ordersLoaded();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_message->setText(error.fullText());
            m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
            emit ordersLoaded();
        });
}

void SupplierPremiumPanel::fillTier()
{
    if (m_supplier.isEmpty()) {
        m_tier->clear();
        return;
    }
    // The stored tier and the one in force differ once premium_until has passed.
    const QString tier = m_supplier.value(QStringLiteral("tier")).toString();
    const QString effective = m_supplier.value(QStringLiteral("effective_tier")).toString();
    const QString until = m_supplier.value(QStringLiteral("premium_until")).toString();
    QString text;
    if (effective == QStringLiteral("premium"))
        text = until.isEmpty() ? tr("Premium, tanpa batas akhir (diberikan admin)")
                               : tr("Premium sampai %1").arg(CurationFormat::date(until));
    else if (tier == QStringLiteral("premium") && !until.isEmpty())
        text = tr("Free \u2014 Premium berakhir %1").arg(CurationFormat::date(until));
    else
        text = tr("Free \u2014 belum pernah Premium atau sudah diubah admin");
    m_tier->setText(text);
    m_tier->setStyleSheet(effective == QStringLiteral("premium") ? QStringLiteral("color: #166534;")
                                                                 : QString());
}

void SupplierPremiumPanel::fillOrders()
{
    m_orders->setRowCount(static_cast<int>(m_items.size()));
    int badgeWidth = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const QJsonObject& order = m_items.at(row);
        auto* number = cell(order.value(QStringLiteral("number")).toString());
        number->setToolTip(tr("Dibuat %1")
                               .arg(CurationFormat::dateTime(
                                   order.value(QStringLiteral("created_at")).toString())));
        m_orders->setItem(row, Number, number);
        m_orders->setItem(
            row, Plan,
            cell(SupplierFormat::premiumPlan(order.value(QStringLiteral("plan")).toString(),
                                             order.value(QStringLiteral("months")).toInt())));
        m_orders->setItem(
            row, Amount,
            cell(SupplierFormat::money(order.value(QStringLiteral("amount")).toInteger(),
                                       QStringLiteral("IDR")),
                 Qt::AlignRight | Qt::AlignVCenter));
        const QString status = order.value(QStringLiteral("status")).toString();
        // The pill draws the status; the item keeps the code and the words for a screen reader,
        // and no text of its own that would show beside the pill.
        auto* statusItem = new QTableWidgetItem;
        statusItem->setData(Qt::UserRole, status);
        statusItem->setData(Qt::AccessibleTextRole, SupplierFormat::premiumOrderStatus(status));
        m_orders->setItem(row, Status, statusItem);
        auto* holder = new QWidget(m_orders);
        auto* holderLayout = new QHBoxLayout(holder);
        holderLayout->setContentsMargins(4, 2, 4, 2);
        auto* badge = new StatusBadge(holder);
        badge->setStatus(SupplierFormat::premiumOrderStatus(status),
                         SupplierFormat::premiumOrderStatusColor(status));
        holderLayout->addWidget(badge, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_orders->setCellWidget(row, Status, holder);
        badgeWidth = qMax(badgeWidth, holder->sizeHint().width());
        const QString paid = order.value(QStringLiteral("paid_at")).toString();
        m_orders->setItem(
            row, PaidAt,
            cell(paid.isEmpty() ? QStringLiteral("\u2014") : CurationFormat::dateTime(paid)));
    }
    m_orders->resizeColumnsToContents();
    // Cell widgets do not count for resizeColumnsToContents: the widest pill sets the width.
    m_orders->setColumnWidth(Status, qMax(m_orders->columnWidth(Status), badgeWidth));
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    if (m_items.isEmpty()) {
        m_message->setText(m_loading ? tr("Memuat pesanan premium\u2026")
                                     : tr("Supplier ini belum pernah memesan Paket Premium."));
        return;
    }
    qint64 paidTotal = 0;
    int paidCount = 0;
    for (const QJsonObject& order : std::as_const(m_items)) {
        if (order.value(QStringLiteral("status")).toString() == QStringLiteral("paid")) {
            ++paidCount;
            paidTotal += order.value(QStringLiteral("amount")).toInteger();
        }
    }
    m_message->setText(
        tr("%n pesanan, %1 lunas senilai %2", nullptr, static_cast<int>(m_items.size()))
            .arg(paidCount)
            .arg(SupplierFormat::money(paidTotal, QStringLiteral("IDR"))));
}

} // namespace ey::desk::curation

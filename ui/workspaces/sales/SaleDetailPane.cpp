// SaleDetailPane: fetch and show one sale.
#include "SaleDetailPane.h"

#include "SalesFormat.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ey::desk::sales {

namespace {

constexpr int PayloadRole = Qt::UserRole + 1;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QTreeWidget* makeTree(const char* name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

SaleDetailPane::SaleDetailPane(ApiClient& api, bool canResend, QWidget* parent)
    : QWidget(parent), m_api(api), m_canResend(canResend)
{
    setObjectName(QStringLiteral("saleDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("detailPlaceholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6B7280; padding: 24px;"));
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 6, 6, 6);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new StatusBadge(page);
    m_badge->setObjectName(QStringLiteral("detailStatus"));
    m_resend = new QPushButton(page);
    m_resend->setObjectName(QStringLiteral("detailResend"));
    m_resend->setVisible(m_canResend);
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch(1);
    header->addWidget(m_resend);
    layout->addLayout(header);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setStyleSheet(QStringLiteral("color: #4B5563;"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_summary = new QTextBrowser(m_tabs);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setOpenExternalLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_summary, QString());

    auto* historySplit = new QSplitter(Qt::Vertical, m_tabs);
    historySplit->setObjectName(QStringLiteral("historySplitter"));
    m_history = makeTree("historyTree", historySplit);
    m_history->setColumnCount(3);
    m_payload = new QPlainTextEdit(historySplit);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFont(QStringLiteral("monospace")));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    historySplit->setStretchFactor(0, 1);
    historySplit->setStretchFactor(1, 1);
    m_tabs->addTab(historySplit, QString());

    m_followups = makeTree("followupTree", m_tabs);
    m_followups->setColumnCount(5);
    m_tabs->addTab(m_followups, QString());
    m_ledger = makeTree("ledgerTree", m_tabs);
    m_ledger->setColumnCount(2);
    m_ledger->setRootIsDecorated(true);
    m_tabs->addTab(m_ledger, QString());
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_history, &QTreeWidget::currentItemChanged, this, &SaleDetailPane::showPayload);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (!m_invoice.isEmpty())
            emit resendRequested(m_invoice);
    });
    retranslateUi();
    clear();
}

void SaleDetailPane::retranslateUi()
{
    m_empty->setText(m_loading ? tr("Memuat transaksi\u2026")
                               : tr("Pilih transaksi di tabel (Enter) untuk melihat detailnya."));
    m_resend->setText(tr("Kirim ulang notifikasi"));
    m_resend->setToolTip(
        tr("PAID: konfirmasi pembelian; PENDING: tautan pembayaran. Lewat email dan WhatsApp."));
    m_tabs->setTabText(0, tr("Ringkasan"));
    m_tabs->setTabText(1, tr("Riwayat pembayaran"));
    m_tabs->setTabText(2, tr("Follow-up"));
    m_tabs->setTabText(3, tr("Ledger"));
    m_history->setHeaderLabels({tr("Waktu"), tr("Perubahan"), tr("Catatan")});
    m_followups->setHeaderLabels(
        {tr("Langkah"), tr("Status"), tr("Jadwal"), tr("Terkirim"), tr("Pesan")});
    m_ledger->setHeaderLabels({tr("Entri / akun"), tr("Jumlah")});
    m_payload->setPlaceholderText(
        tr("Pilih baris yang berisi payload gateway untuk melihat JSON mentahnya."));
    if (!m_sale.isEmpty())
        render();
}

void SaleDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SaleDetailPane::clear()
{
    ++m_generation;
    m_invoice.clear();
    m_sale = {};
    m_loading = false;
    retranslateUi();
    m_stack->setCurrentWidget(m_empty);
}

void SaleDetailPane::showSale(const QString& invoice)
{
    if (invoice.isEmpty()) {
        clear();
        return;
    }
    if (invoice != m_invoice) {
        m_sale = {};
        m_invoice = invoice;
        m_loading = true;
        retranslateUi();
        m_stack->setCurrentWidget(m_empty);
    }
    refresh();
}

void SaleDetailPane::refresh()
{
    if (m_invoice.isEmpty())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_api.get(
        QStringLiteral("/api/v1/admin/sales/") +
            QString::fromLatin1(QUrl::toPercentEncoding(m_invoice)),
        {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return; // another sale was chosen meanwhile
            m_loading = false;
            m_sale = response.object();
            render();
            emit loaded();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_sale = {};
            m_empty->setText(error.detail);
            m_stack->setCurrentIndex(0);
        });
}

void SaleDetailPane::render()
{
    const QJsonObject& s = m_sale;
    const QString status = s.value(QStringLiteral("status")).toString();
    m_title->setText(s.value(QStringLiteral("invoice_number")).toString());
    m_badge->setStatus(SalesFormat::status(status), SalesFormat::statusColor(status));
    QString subtitle =
        tr("%1 · dibuat %2")
            .arg(SalesFormat::money(s.value(QStringLiteral("amount")).toInteger()),
                 SalesFormat::dateTime(s.value(QStringLiteral("created_at")).toString()));
    if (!s.value(QStringLiteral("paid_at")).isNull())
        subtitle += tr(" · dibayar %1")
                        .arg(SalesFormat::dateTime(s.value(QStringLiteral("paid_at")).toString()));
    subtitle += tr(" · gateway %1").arg(s.value(QStringLiteral("gateway")).toString());
    if (s.value(QStringLiteral("flagged")).toBool())
        subtitle += QStringLiteral("\n") +
                    tr("Ditandai: %1").arg(s.value(QStringLiteral("flag_reason")).toString());
    m_subtitle->setText(subtitle);
    m_resend->setEnabled(status == QStringLiteral("PAID") || status == QStringLiteral("PENDING"));

    // Summary: buyer, affiliate, items.
    const QJsonObject buyer = s.value(QStringLiteral("buyer")).toObject();
    QStringList roles;
    for (const auto& role : buyer.value(QStringLiteral("roles")).toArray())
        roles << SalesFormat::role(role.toString());
    const QJsonObject membership = buyer.value(QStringLiteral("membership")).toObject();
    QString membershipText = tr("Tidak ada membership aktif");
    if (!membership.isEmpty())
        membershipText =
            membership.value(QStringLiteral("lifetime")).toBool()
                ? tr("%1 (seumur hidup)").arg(membership.value(QStringLiteral("plan")).toString())
                : tr("%1 (sampai %2)")
                      .arg(membership.value(QStringLiteral("plan")).toString(),
                           SalesFormat::date(
                               membership.value(QStringLiteral("ends_at")).toString()));
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral(
                   "<tr><td style='color:#6B7280; padding-right:14px'>%1</td><td>%2</td></tr>")
            .arg(esc(label), esc(orDash(value)));
    };
    QString html =
        QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3><table>").arg(esc(tr("Pembeli")));
    html += row(tr("Nama"), buyer.value(QStringLiteral("full_name")).toString());
    html += row(tr("Email"), buyer.value(QStringLiteral("email")).toString());
    html += row(tr("WhatsApp"), buyer.value(QStringLiteral("whatsapp")).toString());
    html += row(tr("Bergabung"),
                SalesFormat::date(buyer.value(QStringLiteral("joined_at")).toString()));
    html += row(tr("Peran"), roles.join(QStringLiteral(", ")));
    html += row(tr("Membership"), membershipText);
    html += QStringLiteral("</table>");
    const QJsonObject affiliate = s.value(QStringLiteral("affiliate")).toObject();
    html += QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>").arg(esc(tr("Affiliate")));
    if (affiliate.isEmpty()) {
        html += QStringLiteral("<p style='color:#6B7280'>%1</p>").arg(esc(tr("Tanpa affiliate")));
    } else {
        const QJsonValue commission = affiliate.value(QStringLiteral("commission"));
        html += QStringLiteral("<table>");
        html += row(tr("Nama"), affiliate.value(QStringLiteral("full_name")).toString());
        html += row(tr("Kode"), affiliate.value(QStringLiteral("code")).toString());
        html += row(tr("Email"), affiliate.value(QStringLiteral("email")).toString());
        html +=
            row(tr("Komisi"), commission.isNull() ? tr("Belum diposting (transaksi belum lunas)")
                                                  : SalesFormat::money(commission.toInteger()));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral(
                "<h3 style='margin-bottom:4px'>%1</h3><table cellspacing='0' cellpadding='3'>"
                "<tr style='color:#6B7280'><td>%2</td><td>%3</td><td align='right'>%4</td>"
                "<td align='right'>%5</td><td align='right'>%6</td></tr>")
                .arg(esc(tr("Item")), esc(tr("Nama")), esc(tr("Jenis")), esc(tr("Harga")),
                     esc(tr("Jml")), esc(tr("Diskon")));
    for (const auto& value : s.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                "<td align='right'>%5</td></tr>")
                .arg(esc(item.value(QStringLiteral("title")).toString()),
                     esc(SalesFormat::productKind(item)),
                     esc(SalesFormat::money(item.value(QStringLiteral("unit_price")).toInteger())),
                     QString::number(item.value(QStringLiteral("quantity")).toInt()),
                     esc(SalesFormat::money(item.value(QStringLiteral("discount")).toInteger())));
    }
    html += QStringLiteral("</table>");
    if (!s.value(QStringLiteral("payment_url")).isNull() && status == QStringLiteral("PENDING"))
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(tr("Tautan pembayaran:")),
                         esc(s.value(QStringLiteral("payment_url")).toString()));
    if (!s.value(QStringLiteral("failure_reason")).isNull())
        html += QStringLiteral("<p style='color:#991B1B'>%1</p>")
                    .arg(esc(tr("Alasan gagal: %1")
                                 .arg(s.value(QStringLiteral("failure_reason")).toString())));
    m_summary->setHtml(html);

    // History: status changes, then the gateway's deliveries; payloads on selection.
    m_history->clear();
    for (const auto& value : s.value(QStringLiteral("history")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString from = change.value(QStringLiteral("from")).toString();
        const QString to = change.value(QStringLiteral("to")).toString();
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0,
                      SalesFormat::dateTime(change.value(QStringLiteral("created_at")).toString()));
        item->setText(
            1, from.isEmpty()
                   ? SalesFormat::status(to)
                   : tr("%1 \u2192 %2").arg(SalesFormat::status(from), SalesFormat::status(to)));
        QString note = change.value(QStringLiteral("note")).toString();
        const QJsonValue payload = change.value(QStringLiteral("payload"));
        if (!payload.isNull() && !payload.isUndefined()) {
            item->setData(0, PayloadRole,
                          QString::fromUtf8(
                              QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented)));
            note = note.isEmpty() ? tr("payload gateway") : note + tr(" · payload gateway");
        }
        item->setText(2, note);
    }
    for (const auto& value : s.value(QStringLiteral("payment_events")).toArray()) {
        const QJsonObject event = value.toObject();
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0,
                      SalesFormat::dateTime(event.value(QStringLiteral("received_at")).toString()));
        item->setText(1, tr("Callback %1").arg(event.value(QStringLiteral("provider")).toString()));
        item->setText(
            2, event.value(QStringLiteral("flagged")).toBool()
                   ? tr("ditandai: %1").arg(event.value(QStringLiteral("flag_reason")).toString())
                   : event.value(QStringLiteral("event_key")).toString());
        item->setData(
            0, PayloadRole,
            QString::fromUtf8(QJsonDocument(event.value(QStringLiteral("payload")).toObject())
                                  .toJson(QJsonDocument::Indented)));
    }
    for (const auto& value : s.value(QStringLiteral("refunds")).toArray()) {
        auto* item = new QTreeWidgetItem(m_history);
        const QJsonObject refund = value.toObject();
        item->setText(0,
                      SalesFormat::dateTime(refund.value(QStringLiteral("created_at")).toString()));
        item->setText(1, tr("Refund"));
        if (refund.contains(QStringLiteral("amount")))
            item->setText(2,
                          SalesFormat::money(refund.value(QStringLiteral("amount")).toInteger()));
        item->setData(0, PayloadRole,
                      QString::fromUtf8(QJsonDocument(refund).toJson(QJsonDocument::Indented)));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_payload->clear();

    m_followups->clear();
    for (const auto& value : s.value(QStringLiteral("followup_log")).toArray()) {
        const QJsonObject line = value.toObject();
        auto* item = new QTreeWidgetItem(m_followups);
        item->setText(0, QString::number(line.value(QStringLiteral("step")).toInt()));
        const QString lineStatus = line.value(QStringLiteral("status")).toString();
        item->setText(1, lineStatus == QStringLiteral("sent")        ? tr("Terkirim")
                         : lineStatus == QStringLiteral("pending")   ? tr("Terjadwal")
                         : lineStatus == QStringLiteral("failed")    ? tr("Gagal")
                         : lineStatus == QStringLiteral("cancelled") ? tr("Dibatalkan")
                                                                     : lineStatus);
        item->setText(2, SalesFormat::dateTime(line.value(QStringLiteral("due_at")).toString()));
        item->setText(
            3, orDash(SalesFormat::dateTime(line.value(QStringLiteral("sent_at")).toString())));
        QString body = line.value(QStringLiteral("body")).toString().simplified();
        if (!line.value(QStringLiteral("error")).isNull())
            body = tr("Galat: %1").arg(line.value(QStringLiteral("error")).toString()) +
                   QStringLiteral(" · ") + body;
        item->setText(4, body);
        item->setToolTip(4, line.value(QStringLiteral("body")).toString());
    }
    for (int c = 0; c < 4; ++c)
        m_followups->resizeColumnToContents(c);

    m_ledger->clear();
    for (const auto& value : s.value(QStringLiteral("ledger")).toArray()) {
        const QJsonObject entry = value.toObject();
        auto* top = new QTreeWidgetItem(m_ledger);
        top->setText(0, tr("%1 · %2 · %3")
                            .arg(entry.value(QStringLiteral("kind")).toString(),
                                 entry.value(QStringLiteral("memo")).toString(),
                                 SalesFormat::dateTime(
                                     entry.value(QStringLiteral("created_at")).toString())));
        for (const auto& p : entry.value(QStringLiteral("postings")).toArray()) {
            const QJsonObject posting = p.toObject();
            auto* line = new QTreeWidgetItem(top);
            QString account = posting.value(QStringLiteral("account_kind")).toString();
            if (!posting.value(QStringLiteral("role")).isNull())
                account = posting.value(QStringLiteral("role")).toString();
            if (!posting.value(QStringLiteral("owner_name")).isNull())
                account += QStringLiteral(" (") +
                           posting.value(QStringLiteral("owner_name")).toString() +
                           QStringLiteral(")");
            line->setText(0, account);
            line->setText(1,
                          SalesFormat::money(posting.value(QStringLiteral("amount")).toInteger()));
            line->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        top->setExpanded(true);
    }
    m_ledger->resizeColumnToContents(0);
    m_stack->setCurrentIndex(1);
}

void SaleDetailPane::showPayload()
{
    const QTreeWidgetItem* item = m_history->currentItem();
    m_payload->setPlainText(item ? item->data(0, PayloadRole).toString() : QString());
}

} // namespace ey::desk::sales

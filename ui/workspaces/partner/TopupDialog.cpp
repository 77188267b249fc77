// TopupDialog: loading priced packages, posting the top-up and showing the transfer details.
#include "TopupDialog.h"

#include "PartnerFormat.h"

#include "ApiClient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

const QString kCustom = QStringLiteral("custom");

QString problemText(const ApiError& error)
{
    return error.detail.isEmpty() ? error.title : error.detail;
}

} // namespace

TopupDialog::TopupDialog(ApiClient& api, QString partnerId, QString eventId, QWidget* parent)
    : QDialog(parent), m_api(api), m_partnerId(std::move(partnerId)),
      m_presetEvent(std::move(eventId)),
      m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("topupDialog"));
    setWindowTitle(tr("Top-up kuota"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("topupEvent"));
    m_package = new QComboBox(this);
    m_package->setObjectName(QStringLiteral("topupPackage"));
    m_quota = new QSpinBox(this);
    m_quota->setObjectName(QStringLiteral("topupQuota"));
    m_quota->setRange(1, 100000);
    m_quota->setValue(10);
    m_quota->setSuffix(tr(" laporan"));
    m_quotaLabel = new QLabel(tr("Jumlah kuota"), this);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("topupPrice"));
    QFont priceFont = m_price->font();
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    m_manual = new QRadioButton(tr("Transfer bank (unggah bukti)"), this);
    m_manual->setObjectName(QStringLiteral("topupManual"));
    m_xendit = new QRadioButton(tr("Bayar online (Xendit)"), this);
    m_xendit->setObjectName(QStringLiteral("topupXendit"));
    m_manual->setChecked(true);
    auto* methods = new QVBoxLayout;
    methods->addWidget(m_manual);
    methods->addWidget(m_xendit);
    m_bank = new QLabel(this);
    m_bank->setWordWrap(true);
    m_bank->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Acara"), m_event);
    form->addRow(tr("Paket"), m_package);
    form->addRow(m_quotaLabel, m_quota);
    form->addRow(tr("Harga"), m_price);
    form->addRow(tr("Cara bayar"), methods);
    form->addRow(QString(), m_bank);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("topupMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    layout->addWidget(m_message);
    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("topupInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->setStyleSheet(QStringLiteral(
        "QLabel { background: #ECFDF5; border: 1px solid #A7F3D0; border-radius: 6px; "
        "padding: 10px; }"));
    m_instructions->hide();
    layout->addWidget(m_instructions);
    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Buat pembayaran"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("topupSubmit"));
    m_submit->setEnabled(false);
    m_close = buttons->addButton(tr("Tutup"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    // The box's accepted() is not connected: "Buat pembayaran" submits and the dialog stays open
    // with the transfer details; only "Tutup" closes it.
    connect(m_submit, &QPushButton::clicked, this, &TopupDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_event, &QComboBox::currentIndexChanged, this, &TopupDialog::loadPackages);
    connect(m_package, &QComboBox::currentIndexChanged, this, &TopupDialog::updatePrice);
    connect(m_quota, &QSpinBox::valueChanged, this, &TopupDialog::updatePrice);
    connect(m_manual, &QRadioButton::toggled, this, &TopupDialog::updatePrice);
    loadEvents();
}

void TopupDialog::loadEvents()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/events"), query, this,
        [this](const ApiResponse& response) {
            {
                const QSignalBlocker block(m_event);
                m_event->clear();
                for (const auto value :
                     response.object().value(QStringLiteral("items")).toArray()) {
                    const QJsonObject e = value.toObject();
                    const QString code = e.value(QStringLiteral("reference_code")).toString();
                    const QString title = e.value(QStringLiteral("title")).toString();
                    m_event->addItem(title.isEmpty() ? code
                                                     : QStringLiteral("%1 — %2").arg(code, title),
                                     e.value(QStringLiteral("id")).toString());
                }
                m_event->setCurrentIndex(std::max(0, m_event->findData(m_presetEvent)));
            }
            if (m_event->count() == 0)
                m_message->setText(tr("Belum ada acara aktif. Aktifkan acara dulu di tab "
                                      "\"Acara\", lalu top-up kuotanya."));
            else
                loadPackages();
        },
        [this](const ApiError& error) { m_message->setText(problemText(error)); });
}

void TopupDialog::loadPackages()
{
    const QString eventId = m_event->currentData().toString();
    if (eventId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_submit->setEnabled(false);
    m_message->clear();
    m_price->setText(tr("Menghitung harga…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("event_id"), eventId);
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/quota-packages"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_packages = response.object();
            {
                const QSignalBlocker block(m_package);
                m_package->clear();
                for (const auto value : m_packages.value(QStringLiteral("items")).toArray()) {
                    const QJsonObject p = value.toObject();
                    const qint64 discount = p.value(QStringLiteral("discount_percent")).toInteger();
                    QString text = tr("%1 — %2 laporan")
                                       .arg(p.value(QStringLiteral("name")).toString())
                                       .arg(p.value(QStringLiteral("quota")).toInteger());
                    if (discount > 0)
                        text += tr(" (hemat %1%)").arg(discount);
                    m_package->addItem(text, p.value(QStringLiteral("id")).toString());
                }
                m_package->addItem(tr("Jumlah lain…"), kCustom);
                m_package->setCurrentIndex(0);
            }
            const QJsonObject bank = m_packages.value(QStringLiteral("bank")).toObject();
            m_manual->setEnabled(!bank.isEmpty());
            m_xendit->setEnabled(m_packages.value(QStringLiteral("xendit_available")).toBool());
            if (!m_manual->isEnabled() && m_xendit->isEnabled())
                m_xendit->setChecked(true);
            updatePrice();
            emit packagesLoaded();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_packages = {};
            m_package->clear();
            m_price->clear();
            m_message->setText(problemText(error));
            emit packagesLoaded();
        });
}

void TopupDialog::updatePrice()
{
    const bool custom = m_package->currentData().toString() == kCustom;
    m_quota->setVisible(custom);
    m_quotaLabel->setVisible(custom);
    const qint64 unit = m_packages.value(QStringLiteral("unit_price")).toInteger();
    if (custom) {
        m_price->setText(
            tr("%1 × %2 = %3")
                .arg(m_quota->value())
                .arg(PartnerFormat::money(unit), PartnerFormat::money(unit * m_quota->value())));
    } else {
        for (const auto value : m_packages.value(QStringLiteral("items")).toArray()) {
            const QJsonObject p = value.toObject();
            if (p.value(QStringLiteral("id")).toString() != m_package->currentData().toString())
                continue;
            const qint64 quota = p.value(QStringLiteral("quota")).toInteger();
            const qint64 amount = p.value(QStringLiteral("amount")).toInteger();
            m_price->setText(
                p.value(QStringLiteral("discount_percent")).toInteger() > 0
                    ? tr("%1 (normal %2)")
                          .arg(PartnerFormat::money(amount), PartnerFormat::money(unit * quota))
                    : PartnerFormat::money(amount));
        }
    }
    const QJsonObject bank = m_packages.value(QStringLiteral("bank")).toObject();
    m_bank->setVisible(m_manual->isChecked() && !bank.isEmpty());
    m_bank->setText(tr("Transfer ke %1 %2 a.n. %3, lalu unggah bukti transfer.")
                        .arg(bank.value(QStringLiteral("bank_name")).toString(),
                             bank.value(QStringLiteral("account_number")).toString(),
                             bank.value(QStringLiteral("account_name")).toString()));
    const bool methodOk = (m_manual->isChecked() && m_manual->isEnabled()) ||
                          (m_xendit->isChecked() && m_xendit->isEnabled());
    m_submit->setEnabled(!m_packages.isEmpty() && m_package->count() > 0 && methodOk &&
                         m_transaction.isEmpty());
}

void TopupDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    QJsonObject body;
    body.insert(QStringLiteral("event_id"), m_event->currentData().toString());
    if (m_package->currentData().toString() == kCustom)
        body.insert(QStringLiteral("quota"), m_quota->value());
    else
        body.insert(QStringLiteral("package_id"), m_package->currentData().toString());
    body.insert(QStringLiteral("method"),
                m_xendit->isChecked() ? QStringLiteral("xendit") : QStringLiteral("manual"));
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/topups");
    if (!m_partnerId.isEmpty())
        request.query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey.toLatin1()});
    m_submit->setEnabled(false);
    m_message->clear();
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_transaction = response.object();
            for (QWidget* input :
                 std::initializer_list<QWidget*>{m_event, m_package, m_quota, m_manual, m_xendit})
                input->setEnabled(false);
            m_submit->setEnabled(false);
            emit created(m_transaction);
            const QString invoiceUrl =
                m_transaction.value(QStringLiteral("invoice_url")).toString();
            if (m_transaction.value(QStringLiteral("method")).toString() ==
                    QStringLiteral("xendit") &&
                !invoiceUrl.isEmpty()) {
                QDesktopServices::openUrl(QUrl(invoiceUrl));
                accept();
                return;
            }
            showInstructions();
        },
        [this](const ApiError& error) {
            m_message->setText(problemText(error));
            updatePrice();
        });
}

void TopupDialog::showInstructions()
{
    const QJsonObject bank = m_packages.value(QStringLiteral("bank")).toObject();
    const QString payBefore = m_transaction.value(QStringLiteral("pay_before")).toString();
    const QDateTime deadline = QDateTime::fromString(payBefore, Qt::ISODateWithMs);
    m_instructions->setText(
        tr("<b>Pembayaran %1 dibuat.</b><br>Transfer <b>%2</b> ke <b>%3 %4</b> a.n. %5%6.<br>"
           "Tulis nomor %1 di berita transfer, lalu pilih \"Unggah bukti\" di daftar transaksi.")
            .arg(m_transaction.value(QStringLiteral("number")).toString().toHtmlEscaped(),
                 PartnerFormat::money(m_transaction.value(QStringLiteral("amount")).toInteger()),
                 bank.value(QStringLiteral("bank_name")).toString().toHtmlEscaped(),
                 bank.value(QStringLiteral("account_number")).toString().toHtmlEscaped(),
                 bank.value(QStringLiteral("account_name")).toString().toHtmlEscaped(),
                 deadline.isValid()
                     ? tr(" sebelum %1")
                           .arg(QLocale().toString(deadline.toLocalTime(),
                                                   QStringLiteral("d MMM yyyy HH:mm")))
                     : QString()));
    m_instructions->show();
    m_bank->hide();
    m_close->setFocus();
}

} // namespace ey::desk::partner

// EventEditor: the event form, its save round-trip, and the share link with its QR code.
#include "EventEditor.h"

#include "PartnerFormat.h"
#include "QrCode.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

constexpr int kQrSide = 180;

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #DC2626;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showAt(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

EventEditor::EventEditor(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_badge = new StatusBadge(this);
    head->addWidget(m_heading, 1);
    head->addWidget(m_badge);
    layout->addLayout(head);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_assessment = new QComboBox(this);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessmentError = errorLabel(this, "assessmentError");
    auto* assessmentBox = new QVBoxLayout;
    assessmentBox->addWidget(m_assessment);
    assessmentBox->addWidget(m_assessmentError);
    form->addRow(tr("Asesmen"), assessmentBox);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("mis. Rekrutmen Batch Juni"));
    form->addRow(tr("Judul"), m_title);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("referenceCode"));
    m_code->setPlaceholderText(tr("Kosongkan untuk dibuat otomatis"));
    m_code->setMaxLength(32);
    // The server's rule, so a space or symbol never gets typed in the first place.
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,32}")), m_code));
    m_codeError = errorLabel(this, "codeError");
    auto* codeBox = new QVBoxLayout;
    codeBox->addWidget(m_code);
    codeBox->addWidget(m_codeError);
    form->addRow(tr("Kode referensi"), codeBox);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(PartnerFormat::eventStatus(QStringLiteral("active")),
                      QStringLiteral("active"));
    m_status->addItem(PartnerFormat::eventStatus(QStringLiteral("inactive")),
                      QStringLiteral("inactive"));
    form->addRow(tr("Status"), m_status);

    m_price = new QSpinBox(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setRange(0, 2'000'000'000);
    m_price->setSingleStep(10'000);
    m_price->setGroupSeparatorShown(true);
    m_price->setPrefix(QStringLiteral("Rp "));
    m_price->setAlignment(Qt::AlignRight);
    m_priceError = errorLabel(this, "priceError");
    auto* priceBox = new QVBoxLayout;
    priceBox->addWidget(m_price);
    priceBox->addWidget(m_priceError);
    form->addRow(tr("Harga per klien"), priceBox);

    m_special = new QCheckBox(tr("Harga khusus sampai"), this);
    m_special->setObjectName(QStringLiteral("specialPrice"));
    m_specialEnd = new QDateTimeEdit(this);
    m_specialEnd->setObjectName(QStringLiteral("specialEnd"));
    m_specialEnd->setCalendarPopup(true);
    m_specialEnd->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_specialEnd->setEnabled(false);
    m_specialError = errorLabel(this, "specialError");
    connect(m_special, &QCheckBox::toggled, m_specialEnd, &QWidget::setEnabled);
    auto* specialRow = new QHBoxLayout;
    specialRow->addWidget(m_special);
    specialRow->addWidget(m_specialEnd, 1);
    auto* specialBox = new QVBoxLayout;
    specialBox->addLayout(specialRow);
    specialBox->addWidget(m_specialError);
    form->addRow(tr("Harga khusus"), specialBox);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_saveButton = new QPushButton(tr("Simpan"), this);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &EventEditor::save);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_saveButton);
    layout->addLayout(actions);

    // Share: the link a partner sends to clients, and the same link as a QR code for print.
    m_share = new QWidget(this);
    m_share->setObjectName(QStringLiteral("share"));
    auto* share = new QVBoxLayout(m_share);
    share->setContentsMargins(0, 12, 0, 0);
    auto* shareTitle = new QLabel(tr("Bagikan ke klien"), m_share);
    shareTitle->setFont(bold);
    share->addWidget(shareTitle);
    auto* linkRow = new QHBoxLayout;
    m_link = new QLineEdit(m_share);
    m_link->setObjectName(QStringLiteral("shareLink"));
    m_link->setReadOnly(true);
    auto* copy = new QPushButton(tr("Salin tautan"), m_share);
    copy->setObjectName(QStringLiteral("copyLink"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_shareUrl);
        m_message->setText(tr("Tautan disalin."));
    });
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(copy);
    share->addLayout(linkRow);
    auto* qrRow = new QHBoxLayout;
    m_qr = new QLabel(m_share);
    m_qr->setObjectName(QStringLiteral("qr"));
    m_qr->setFixedSize(kQrSide + 16, kQrSide + 16);
    m_qr->setAlignment(Qt::AlignCenter);
    auto* qrSide = new QVBoxLayout;
    m_counts = new QLabel(m_share);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    auto* saveQrButton = new QPushButton(tr("Simpan QR"), m_share);
    saveQrButton->setObjectName(QStringLiteral("saveQr"));
    connect(saveQrButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Simpan QR"), QStringLiteral("qr-%1.png").arg(m_code->text()),
            tr("Gambar PNG (*.png)"));
        if (!path.isEmpty())
            saveQr(path);
    });
    qrSide->addWidget(m_counts);
    qrSide->addWidget(saveQrButton);
    qrSide->addStretch();
    qrRow->addWidget(m_qr);
    qrRow->addLayout(qrSide, 1);
    share->addLayout(qrRow);
    layout->addWidget(m_share);
    layout->addStretch();

    startNew();
}

void EventEditor::startNew()
{
    m_eventId.clear();
    m_shareUrl.clear();
    clearErrors();
    m_message->clear();
    m_heading->setText(tr("Acara baru"));
    m_badge->hide();
    m_assessment->setEnabled(true);
    m_code->setReadOnly(false);
    m_code->clear();
    m_title->clear();
    m_status->setCurrentIndex(0);
    m_price->setValue(0);
    m_special->setChecked(false);
    m_specialEnd->setDateTime(QDateTime::currentDateTime().addDays(30));
    m_share->hide();
    loadAssessments();
}

void EventEditor::load(const QJsonObject& event)
{
    clearErrors();
    m_message->clear();
    m_eventId = event.value(QStringLiteral("id")).toString();
    m_shareUrl = event.value(QStringLiteral("share_url")).toString();
    const QString code = event.value(QStringLiteral("reference_code")).toString();
    const QString status = event.value(QStringLiteral("status")).toString();
    m_heading->setText(tr("Acara %1").arg(code));
    m_badge->setStatus(PartnerFormat::eventStatus(status), PartnerFormat::statusColour(status));
    m_badge->show();
    // The assessment and code are fixed once clients may have the link.
    const QString assessmentId = event.value(QStringLiteral("assessment_id")).toString();
    if (m_assessment->findData(assessmentId) < 0)
        m_assessment->addItem(event.value(QStringLiteral("assessment_title")).toString(),
                              assessmentId);
    m_assessment->setCurrentIndex(m_assessment->findData(assessmentId));
    m_assessment->setEnabled(false);
    m_code->setText(code);
    m_code->setReadOnly(true);
    m_title->setText(event.value(QStringLiteral("title")).toString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_price->setValue(int(event.value(QStringLiteral("price")).toInteger()));
    m_special->setChecked(event.value(QStringLiteral("is_special_price")).toBool());
    const QDateTime end = QDateTime::fromString(
        event.value(QStringLiteral("end_date_special_price")).toString(), Qt::ISODateWithMs);
    m_specialEnd->setDateTime(end.isValid() ? end.toLocalTime()
                                            : QDateTime::currentDateTime().addDays(30));
    m_counts->setText(tr("%1 klien, %2 selesai, kuota %3")
                          .arg(event.value(QStringLiteral("client_count")).toInteger())
                          .arg(event.value(QStringLiteral("completed_count")).toInteger())
                          .arg(event.value(QStringLiteral("quota")).toInteger()));
    showShare();
}

void EventEditor::loadAssessments()
{
    if (m_assessmentsLoaded)
        return;
    QUrlQuery query;
    if (!m_partnerId.isEmpty())
        query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/assessments"), query, this,
        [this](const ApiResponse& response) {
            m_assessmentsLoaded = true;
            const QString kept = m_assessment->currentData().toString();
            m_assessment->clear();
            for (const auto value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject a = value.toObject();
                m_assessment->addItem(
                    QStringLiteral("%1 — %2").arg(a.value(QStringLiteral("code")).toString(),
                                                  a.value(QStringLiteral("title")).toString()),
                    a.value(QStringLiteral("id")).toString());
            }
            m_assessment->setCurrentIndex(std::max(0, m_assessment->findData(kept)));
            if (m_assessment->count() == 0)
                showAt(m_assessmentError,
                       tr("Belum ada asesmen terbit. Minta admin menerbitkan asesmen dulu."));
        },
        [this](const ApiError& error) { showAt(m_assessmentError, error.detail); });
}

void EventEditor::showShare()
{
    m_link->setText(m_shareUrl);
    m_link->setCursorPosition(0);
    const QImage qr = QrCode::image(m_shareUrl, kQrSide);
    m_qr->setPixmap(QPixmap::fromImage(qr));
    m_share->setVisible(!m_shareUrl.isEmpty());
}

QImage EventEditor::qrImage() const
{
    return QrCode::image(m_shareUrl, kQrSide);
}

bool EventEditor::saveQr(const QString& path)
{
    // Print size: a code that stays scannable on an A4 poster.
    if (QrCode::image(m_shareUrl, 600).save(path, "PNG")) {
        m_message->setText(tr("QR disimpan ke %1.").arg(path));
        return true;
    }
    m_message->setText(tr("QR tidak dapat disimpan ke %1. Pilih folder lain.").arg(path));
    return false;
}

void EventEditor::clearErrors()
{
    for (QLabel* label : {m_assessmentError, m_codeError, m_priceError, m_specialError})
        showAt(label, QString());
}

QJsonObject EventEditor::body() const
{
    QJsonObject body;
    body.insert(QStringLiteral("title"), m_title->text().trimmed().isEmpty()
                                             ? QJsonValue()
                                             : QJsonValue(m_title->text().trimmed()));
    body.insert(QStringLiteral("status"), m_status->currentData().toString());
    body.insert(QStringLiteral("price"), qint64(m_price->value()));
    body.insert(QStringLiteral("is_special_price"), m_special->isChecked());
    body.insert(QStringLiteral("end_date_special_price"),
                m_special->isChecked()
                    ? QJsonValue(m_specialEnd->dateTime().toUTC().toString(Qt::ISODate))
                    : QJsonValue());
    if (isNew()) {
        if (!m_partnerId.isEmpty())
            body.insert(QStringLiteral("partner_id"), m_partnerId);
        body.insert(QStringLiteral("assessment_id"), m_assessment->currentData().toString());
        if (!m_code->text().isEmpty())
            body.insert(QStringLiteral("reference_code"), m_code->text());
        if (body.value(QStringLiteral("title")).isNull())
            body.remove(QStringLiteral("title"));
        if (!m_special->isChecked())
            body.remove(QStringLiteral("end_date_special_price"));
    }
    return body;
}

void EventEditor::save()
{
    clearErrors();
    if (isNew() && m_assessment->currentData().toString().isEmpty()) {
        showAt(m_assessmentError, tr("Pilih asesmen untuk acara ini."));
        return;
    }
    m_saveButton->setEnabled(false);
    m_message->setText(tr("Menyimpan…"));
    ApiRequest request;
    request.method = isNew() ? QByteArrayLiteral("POST") : QByteArrayLiteral("PATCH");
    request.path = isNew() ? QStringLiteral("/api/v1/partner/events")
                           : QStringLiteral("/api/v1/partner/events/%1").arg(m_eventId);
    if (!isNew() && !m_partnerId.isEmpty())
        request.query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    request.body = QJsonDocument(body());
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_saveButton->setEnabled(true);
            const QJsonObject event = response.object();
            load(event);
            m_message->setText(tr("Tersimpan."));
            emit saved(event);
        },
        [this](const ApiError& error) {
            m_saveButton->setEnabled(true);
            showError(error);
        });
}

void EventEditor::showError(const ApiError& error)
{
    m_message->clear();
    bool placed = false;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QLabel* label = nullptr;
        if (it.key() == QStringLiteral("reference_code"))
            label = m_codeError;
        else if (it.key() == QStringLiteral("price"))
            label = m_priceError;
        else if (it.key().contains(QStringLiteral("special")))
            label = m_specialError;
        else if (it.key() == QStringLiteral("assessment_id"))
            label = m_assessmentError;
        if (label) {
            showAt(label, it.value());
            placed = true;
        }
    }
    // A 409 on create can only be the reference code (unique regardless of case).
    if (!placed && error.status == 409 && isNew()) {
        showAt(m_codeError, error.detail);
        m_code->setFocus();
        placed = true;
    }
    if (!placed)
        m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
}

} // namespace ey::desk::partner

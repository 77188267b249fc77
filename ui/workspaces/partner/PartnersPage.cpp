// PartnersPage: the partner table and the create form.
#include "PartnersPage.h"

#include "PartnerFormat.h"
#include "PartnerTableModel.h"

#include "ApiClient.h"
#include "AreaPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

QString text(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

QList<ColumnSpec> partnerColumns()
{
    return {
        {QStringLiteral("institution"), [] { return PartnersPage::tr("Institusi"); }},
        {QStringLiteral("type"), [] { return PartnersPage::tr("Tipe"); },
         [](const QJsonObject& p) {
             return QVariant(PartnerFormat::partnerType(text(p, "type")));
         }},
        {QStringLiteral("payment_model"), [] { return PartnersPage::tr("Model bayar"); },
         [](const QJsonObject& p) {
             return QVariant(PartnerFormat::paymentModel(text(p, "payment_model")));
         }},
        {QStringLiteral("status"), [] { return PartnersPage::tr("Status"); },
         [](const QJsonObject& p) {
             return QVariant(PartnerFormat::partnerStatus(text(p, "status")));
         }},
        {QStringLiteral("credit_limit"), [] { return PartnersPage::tr("Limit kredit"); },
         [](const QJsonObject& p) {
             return QVariant(
                 PartnerFormat::money(p.value(QStringLiteral("credit_limit")).toInteger()));
         }},
        {QStringLiteral("area"), [] { return PartnersPage::tr("Wilayah"); },
         [](const QJsonObject& p) {
             return QVariant(p.value(QStringLiteral("area"))
                                 .toObject()
                                 .value(QStringLiteral("label"))
                                 .toString());
         }},
    };
}

QJsonValue optional(const QLineEdit* edit)
{
    const QString value = edit->text().trimmed();
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

PartnersPage::PartnersPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Cari institusi atau email pemilik…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QUrlQuery filter;
        if (!m_search->text().trimmed().isEmpty())
            filter.addQueryItem(QStringLiteral("q"), m_search->text().trimmed());
        m_model->setFilter(filter);
        m_model->reload();
    });

    auto* splitter = new QSplitter(this);
    m_model = new PartnerTableModel(api, QStringLiteral("/api/v1/admin/partners"), partnerColumns(),
                                    {4}, 3, QStringLiteral("status"), this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_model, &PagedTableModel::pageLoaded, this,
            [this] { m_table->resizeColumnsToContents(); });

    auto* formPane = new QWidget(splitter);
    auto* paneLayout = new QVBoxLayout(formPane);
    auto* head = new QHBoxLayout;
    m_heading = new QLabel(formPane);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    auto* fresh = new QPushButton(tr("Partner baru"), formPane);
    fresh->setObjectName(QStringLiteral("newPartner"));
    connect(fresh, &QPushButton::clicked, this, &PartnersPage::startNew);
    head->addWidget(m_heading, 1);
    head->addWidget(fresh);
    paneLayout->addLayout(head);
    auto* form = new QFormLayout;
    auto line = [formPane](const char* name) {
        auto* edit = new QLineEdit(formPane);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_institution = line("institution");
    form->addRow(tr("Institusi"), m_institution);
    m_type = new QComboBox(formPane);
    m_type->setObjectName(QStringLiteral("type"));
    for (const char* type : {"corporate", "school", "reseller"})
        m_type->addItem(PartnerFormat::partnerType(QString::fromLatin1(type)),
                        QString::fromLatin1(type));
    form->addRow(tr("Tipe"), m_type);
    m_payment = new QComboBox(formPane);
    m_payment->setObjectName(QStringLiteral("paymentModel"));
    for (const char* model : {"after_payment", "before_payment"})
        m_payment->addItem(PartnerFormat::paymentModel(QString::fromLatin1(model)),
                           QString::fromLatin1(model));
    form->addRow(tr("Model bayar"), m_payment);
    m_status = new QComboBox(formPane);
    m_status->setObjectName(QStringLiteral("status"));
    for (const char* status : {"active", "suspended"})
        m_status->addItem(PartnerFormat::partnerStatus(QString::fromLatin1(status)),
                          QString::fromLatin1(status));
    form->addRow(tr("Status"), m_status);
    m_credit = new QSpinBox(formPane);
    m_credit->setObjectName(QStringLiteral("creditLimit"));
    m_credit->setRange(0, 2'000'000'000);
    m_credit->setSingleStep(100'000);
    m_credit->setGroupSeparatorShown(true);
    m_credit->setPrefix(QStringLiteral("Rp "));
    m_credit->setAlignment(Qt::AlignRight);
    form->addRow(tr("Limit kredit"), m_credit);
    m_ownerEmail = line("ownerEmail");
    m_ownerEmail->setPlaceholderText(tr("Email akun yang ada atau akun baru"));
    form->addRow(tr("Email pemilik"), m_ownerEmail);
    m_ownerFields[0] = m_ownerEmail;
    m_ownerFields[1] = form->labelForField(m_ownerEmail);
    m_ownerName = line("ownerName");
    m_ownerName->setPlaceholderText(tr("Hanya untuk akun baru"));
    form->addRow(tr("Nama pemilik"), m_ownerName);
    m_ownerFields[2] = m_ownerName;
    m_ownerFields[3] = form->labelForField(m_ownerName);
    m_ownerPassword = line("ownerPassword");
    m_ownerPassword->setEchoMode(QLineEdit::Password);
    m_ownerPassword->setPlaceholderText(tr("Hanya untuk akun baru, minimal 8 karakter"));
    form->addRow(tr("Kata sandi pemilik"), m_ownerPassword);
    m_ownerFields[4] = m_ownerPassword;
    m_ownerFields[5] = form->labelForField(m_ownerPassword);
    m_contactName = line("contactName");
    form->addRow(tr("Nama kontak"), m_contactName);
    m_contactPhone = line("contactPhone");
    m_contactPhone->setPlaceholderText(QStringLiteral("+6281234567890"));
    form->addRow(tr("Telepon kontak"), m_contactPhone);
    m_address = line("addressLine");
    form->addRow(tr("Alamat"), m_address);
    m_area = new AreaPicker(api, formPane);
    m_area->setObjectName(QStringLiteral("area"));
    form->addRow(tr("Wilayah"), m_area);
    paneLayout->addLayout(form);
    auto* actions = new QHBoxLayout;
    m_message = new QLabel(formPane);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_createButton = new QPushButton(tr("Buat partner"), formPane);
    m_createButton->setObjectName(QStringLiteral("create"));
    connect(m_createButton, &QPushButton::clicked, this, &PartnersPage::save);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_createButton);
    paneLayout->addLayout(actions);
    paneLayout->addStretch();
    splitter->addWidget(m_table);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    load(m_model->item(current.row()));
            });
    startNew();
    m_model->reload();
}

void PartnersPage::startNew()
{
    m_partnerId.clear();
    m_heading->setText(tr("Partner baru"));
    m_createButton->setText(tr("Buat partner"));
    for (QWidget* field : m_ownerFields)
        field->setVisible(true);
    for (QLineEdit* edit : {m_institution, m_ownerEmail, m_ownerName, m_ownerPassword,
                            m_contactName, m_contactPhone, m_address})
        edit->clear();
    m_type->setCurrentIndex(0);
    m_payment->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_status->setEnabled(false); // a new partner always starts active
    m_credit->setValue(0);
    m_area->setCode(QString());
    m_message->clear();
    if (m_table->selectionModel())
        m_table->clearSelection();
}

void PartnersPage::load(const QJsonObject& partner)
{
    auto value = [&partner](const char* field) {
        return partner.value(QString::fromLatin1(field)).toString();
    };
    m_partnerId = value("id");
    m_heading->setText(tr("Ubah %1").arg(value("institution")));
    m_createButton->setText(tr("Simpan perubahan"));
    // The owner account is fixed once the partner exists; operators are managed separately.
    for (QWidget* field : m_ownerFields)
        field->setVisible(false);
    m_institution->setText(value("institution"));
    m_type->setCurrentIndex(std::max(0, m_type->findData(value("type"))));
    m_payment->setCurrentIndex(std::max(0, m_payment->findData(value("payment_model"))));
    m_status->setEnabled(true);
    m_status->setCurrentIndex(std::max(0, m_status->findData(value("status"))));
    m_credit->setValue(int(partner.value(QStringLiteral("credit_limit")).toInteger()));
    m_contactName->setText(value("contact_name"));
    m_contactPhone->setText(value("contact_phone"));
    m_address->setText(value("address_line"));
    m_area->setCode(value("area_code"));
    m_message->clear();
}

void PartnersPage::save()
{
    if (isNew()) {
        create();
        return;
    }
    QJsonObject body;
    body.insert(QStringLiteral("institution"), m_institution->text().trimmed());
    body.insert(QStringLiteral("type"), m_type->currentData().toString());
    body.insert(QStringLiteral("payment_model"), m_payment->currentData().toString());
    body.insert(QStringLiteral("status"), m_status->currentData().toString());
    body.insert(QStringLiteral("credit_limit"), qint64(m_credit->value()));
    body.insert(QStringLiteral("contact_name"), optional(m_contactName));
    body.insert(QStringLiteral("contact_phone"), optional(m_contactPhone));
    body.insert(QStringLiteral("address_line"), optional(m_address));
    body.insert(QStringLiteral("area_code"),
                m_area->code().isEmpty() ? QJsonValue() : QJsonValue(m_area->code()));
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = QStringLiteral("/api/v1/admin/partners/%1").arg(m_partnerId);
    request.body = QJsonDocument(body);
    m_createButton->setEnabled(false);
    m_message->setText(tr("Menyimpan…"));
    const QString id = m_partnerId;
    m_api.send(
        request, this,
        [this, id](const ApiResponse&) {
            m_createButton->setEnabled(true);
            m_message->setText(tr("Perubahan tersimpan."));
            m_model->reload();
            emit updated(id);
        },
        [this](const ApiError& error) { showError(error); });
}

void PartnersPage::showError(const ApiError& error)
{
    m_createButton->setEnabled(true);
    QStringList lines{error.detail.isEmpty() ? error.title : error.detail};
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        lines << it.value();
    m_message->setText(lines.join(QLatin1Char('\n')));
}

void PartnersPage::create()
{
    QJsonObject owner;
    owner.insert(QStringLiteral("email"), m_ownerEmail->text().trimmed());
    if (!m_ownerName->text().trimmed().isEmpty())
        owner.insert(QStringLiteral("full_name"), m_ownerName->text().trimmed());
    if (!m_ownerPassword->text().isEmpty())
        owner.insert(QStringLiteral("password"), m_ownerPassword->text());
    QJsonObject body;
    body.insert(QStringLiteral("institution"), m_institution->text().trimmed());
    body.insert(QStringLiteral("type"), m_type->currentData().toString());
    body.insert(QStringLiteral("payment_model"), m_payment->currentData().toString());
    body.insert(QStringLiteral("credit_limit"), qint64(m_credit->value()));
    body.insert(QStringLiteral("owner"), owner);
    body.insert(QStringLiteral("contact_name"), optional(m_contactName));
    body.insert(QStringLiteral("contact_phone"), optional(m_contactPhone));
    body.insert(QStringLiteral("address_line"), optional(m_address));
    body.insert(QStringLiteral("area_code"),
                m_area->code().isEmpty() ? QJsonValue() : QJsonValue(m_area->code()));
    m_createButton->setEnabled(false);
    m_message->setText(tr("Menyimpan…"));
    m_api.post(
        QStringLiteral("/api/v1/admin/partners"), body, this,
        [this](const ApiResponse& response) {
            m_createButton->setEnabled(true);
            m_message->setText(
                tr("Partner %1 dibuat.")
                    .arg(response.object().value(QStringLiteral("institution")).toString()));
            const QString done = m_message->text();
            startNew(); // a clean form for the next one; the password must not linger on screen
            m_message->setText(done);
            m_model->reload();
            emit created(response.object().value(QStringLiteral("id")).toString());
        },
        [this](const ApiError& error) { showError(error); });
}

void PartnersPage::reload()
{
    m_model->reload();
}

void PartnersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace ey::desk::partner

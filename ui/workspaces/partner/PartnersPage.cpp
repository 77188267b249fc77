// PartnersPage: the partner table, the create form, and the selected partner's detail tabs.
#include "PartnersPage.h"

#include "PartnerFormat.h"
#include "PartnerOperatorsPanel.h"
#include "PartnerPricingPanel.h"
#include "PartnerTableModel.h"

#include "ApiClient.h"
#include "AreaPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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

    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("partnerDetailTabs"));
    auto* formPane = new QWidget(m_detailTabs);
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
    m_detailTabs->addTab(formPane, tr("Profil"));
    m_operators = new PartnerOperatorsPanel(api, m_detailTabs);
    m_operators->setObjectName(QStringLiteral("operatorsPanel"));
    m_detailTabs->addTab(m_operators, tr("Operator"));
    m_pricing = new PartnerPricingPanel(api, m_detailTabs);
    m_pricing->setObjectName(QStringLiteral("pricingPanel"));
    m_detailTabs->addTab(m_pricing, tr("Harga"));
    m_detailTabs->addTab(buildQuotaTab(), tr("Kuota && kredit"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailTabs);
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
    m_paymentModel.clear();
    showDetailTabs(false);
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
    m_paymentModel = value("payment_model");
    showDetailTabs(true);
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
    m_message->setText(error.fullText());
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
    if (!m_partnerId.isEmpty()) {
        m_operators->reload();
        m_pricing->reload();
        reloadQuota();
    }
}

void PartnersPage::showDetailTabs(bool enabled)
{
    for (int tab = 1; tab < m_detailTabs->count(); ++tab)
        m_detailTabs->setTabEnabled(tab, enabled);
    if (!enabled)
        m_detailTabs->setCurrentIndex(0);
    m_operators->setPartnerId(m_partnerId);
    m_pricing->setPartnerId(m_partnerId);
    m_quotaTable->setRowCount(0);
    m_quotaMessage->clear();
    m_quotaReason->clear();
    m_quotaDelta->setValue(10);
    m_creditBox->setVisible(false);
    if (enabled)
        reloadQuota();
}

QWidget* PartnersPage::buildQuotaTab()
{
    auto* tab = new QWidget(m_detailTabs);
    tab->setObjectName(QStringLiteral("quotaTab"));
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);

    // Post-paid partners draw on credit instead of quota: how much of the limit is in use.
    m_creditBox = new QGroupBox(tr("Kredit (bayar belakangan)"), tab);
    m_creditBox->setObjectName(QStringLiteral("creditBox"));
    auto* creditForm = new QFormLayout(m_creditBox);
    const QStringList creditLabels = {tr("Limit kredit"), tr("Terpakai"), tr("Tersedia"),
                                      tr("Belum ditagih"), tr("Ditagih, belum dibayar")};
    for (const QString& label : creditLabels) {
        auto* value = new QLabel(m_creditBox);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_creditValues << value;
        creditForm->addRow(label, value);
    }
    m_creditBox->setVisible(false);
    layout->addWidget(m_creditBox);

    m_quotaTable = new QTableWidget(0, 4, tab);
    m_quotaTable->setObjectName(QStringLiteral("quotaTable"));
    m_quotaTable->setHorizontalHeaderLabels({tr("Kode"), tr("Acara"), tr("Kuota"), tr("Klien")});
    m_quotaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quotaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quotaTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotaTable->verticalHeader()->hide();
    m_quotaTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_quotaTable->setAlternatingRowColors(true);
    layout->addWidget(m_quotaTable, 1);


    auto* logTitle = new QLabel(tr("Riwayat kuota acara terpilih"), tab);
    logTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(logTitle);
    m_quotaLog = new QTableWidget(0, 5, tab);
    m_quotaLog->setObjectName(QStringLiteral("quotaLog"));
    m_quotaLog->setHorizontalHeaderLabels(
        {tr("Waktu"), tr("Perubahan"), tr("Saldo"), tr("Keterangan"), tr("Oleh")});
    m_quotaLog->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotaLog->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quotaLog->verticalHeader()->hide();
    m_quotaLog->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_quotaLog->setAlternatingRowColors(true);
    layout->addWidget(m_quotaLog, 1);
    connect(m_quotaTable, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previous) {
                if (row != previous)
                    loadQuotaLog();
            });

    auto* grant = new QGroupBox(tr("Tambah kuota acara terpilih"), tab);
    auto* grantLayout = new QHBoxLayout(grant);
    m_quotaDelta = new QSpinBox(grant);
    m_quotaDelta->setObjectName(QStringLiteral("quotaDelta"));
    m_quotaDelta->setRange(-1'000'000, 1'000'000);
    m_quotaDelta->setValue(10);
    m_quotaDelta->setToolTip(tr("Angka negatif mengurangi kuota"));
    m_quotaReason = new QLineEdit(grant);
    m_quotaReason->setObjectName(QStringLiteral("quotaReason"));
    m_quotaReason->setMaxLength(500);
    m_quotaReason->setPlaceholderText(tr("Alasan, mis. bonus kerja sama (tercatat di riwayat)"));
    m_quotaButton = new QPushButton(tr("Tambah kuota"), grant);
    m_quotaButton->setObjectName(QStringLiteral("addQuota"));
    grantLayout->addWidget(m_quotaDelta);
    grantLayout->addWidget(m_quotaReason, 1);
    grantLayout->addWidget(m_quotaButton);
    layout->addWidget(grant);
    m_quotaMessage = new QLabel(tab);
    m_quotaMessage->setObjectName(QStringLiteral("quotaMessage"));
    m_quotaMessage->setWordWrap(true);
    layout->addWidget(m_quotaMessage);
    connect(m_quotaButton, &QPushButton::clicked, this, &PartnersPage::addQuota);
    connect(m_quotaReason, &QLineEdit::returnPressed, this, &PartnersPage::addQuota);
    return tab;
}

void PartnersPage::reloadQuota()
{
    if (m_partnerId.isEmpty())
        return;
    const QString id = m_partnerId;
    QUrlQuery scope;
    scope.addQueryItem(QStringLiteral("partner_id"), id);
    QUrlQuery events = scope;
    events.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    m_api.get(
        QStringLiteral("/api/v1/partner/events"), events, this,
        [this, id](const ApiResponse& response) {
            if (id != m_partnerId)
                return;
            const QString selected =
                m_quotaTable->currentRow() >= 0
                    ? m_quotaTable->item(m_quotaTable->currentRow(), 0)->data(Qt::UserRole).toString()
                    : QString();
            const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
            m_quotaTable->setRowCount(int(items.size()));
            for (int row = 0; row < items.size(); ++row) {
                const QJsonObject event = items.at(row).toObject();
                auto* code = new QTableWidgetItem(text(event, "reference_code"));
                code->setData(Qt::UserRole, text(event, "id"));
                m_quotaTable->setItem(row, 0, code);
                m_quotaTable->setItem(row, 1, new QTableWidgetItem(text(event, "title")));
                for (const auto& [column, field] :
                     {std::pair{2, "quota"}, std::pair{3, "client_count"}}) {
                    auto* number = new QTableWidgetItem(QLocale().toString(
                        event.value(QString::fromLatin1(field)).toInteger()));
                    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_quotaTable->setItem(row, column, number);
                }
                if (text(event, "id") == selected || (selected.isEmpty() && row == 0))
                    m_quotaTable->selectRow(row);
            }
            m_quotaTable->resizeColumnToContents(0);
            loadQuotaLog(); // the balance just changed, or another event is selected
            m_quotaButton->setEnabled(!items.isEmpty());
            if (items.isEmpty())
                m_quotaMessage->setText(tr("Partner ini belum punya acara."));
            emit quotaLoaded();
        },
        [this](const ApiError& error) { m_quotaMessage->setText(error.detail); });
    if (m_paymentModel != QStringLiteral("before_payment")) {
        m_creditBox->setVisible(false);
        return;
    }
    m_api.get(
        QStringLiteral("/api/v1/partner/credit"), scope, this,
        [this, id](const ApiResponse& response) {
            if (id != m_partnerId)
                return;
            const QJsonObject credit = response.object();
            const char* fields[] = {"credit_limit", "outstanding", "available", "pending_amount",
                                    "billed_unpaid_amount"};
            for (int i = 0; i < m_creditValues.size(); ++i)
                m_creditValues[i]->setText(PartnerFormat::money(
                    credit.value(QString::fromLatin1(fields[i])).toInteger()));
            // Nothing left to draw on: the partner's next report downloads are refused.
            m_creditValues[2]->setStyleSheet(
                credit.value(QStringLiteral("available")).toInteger() <= 0
                    ? QStringLiteral("color: #DC2626; font-weight: bold;")
                    : QString());
            m_creditBox->setVisible(true);
            emit creditLoaded();
        },
        [this](const ApiError& error) {
            m_creditBox->setVisible(false);
            m_quotaMessage->setText(error.detail);
        });
}

void PartnersPage::loadQuotaLog()
{
    const int row = m_quotaTable->currentRow();
    if (row < 0 || !m_quotaTable->item(row, 0)) {
        m_quotaLog->setRowCount(0);
        return;
    }
    const QString eventId = m_quotaTable->item(row, 0)->data(Qt::UserRole).toString();
    QUrlQuery scope;
    scope.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    m_api.get(
        QStringLiteral("/api/v1/partner/events/%1/quota").arg(eventId), scope, this,
        [this, eventId](const ApiResponse& response) {
            const int current = m_quotaTable->currentRow();
            if (current < 0 || m_quotaTable->item(current, 0)->data(Qt::UserRole) != eventId)
                return; // another event was selected meanwhile
            const QJsonArray logs = response.object().value(QStringLiteral("logs")).toArray();
            m_quotaLog->setRowCount(int(logs.size()));
            for (int i = 0; i < logs.size(); ++i) {
                const QJsonObject entry = logs.at(i).toObject();
                const QString reason = text(entry, "reason");
                QString why = reason == QStringLiteral("topup")        ? tr("Top up")
                              : reason == QStringLiteral("download")   ? tr("Unduh laporan")
                              : reason == QStringLiteral("adjustment") ? tr("Penyesuaian admin")
                              : reason == QStringLiteral("refund")     ? tr("Pengembalian")
                                                                       : reason;
                if (!text(entry, "client_name").isEmpty())
                    why += QStringLiteral(": ") + text(entry, "client_name");
                if (!text(entry, "note").isEmpty())
                    why += QStringLiteral(" \u2014 ") + text(entry, "note");
                const qint64 delta = entry.value(QStringLiteral("delta")).toInteger();
                const QStringList cells = {
                    PartnerFormat::date(text(entry, "created_at")),
                    (delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta),
                    QLocale().toString(entry.value(QStringLiteral("balance_after")).toInteger()),
                    why, text(entry, "actor_name")};
                for (int column = 0; column < cells.size(); ++column) {
                    auto* cell = new QTableWidgetItem(cells[column]);
                    if (column == 1 || column == 2)
                        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (column == 1)
                        cell->setForeground(QColor(delta < 0 ? QStringLiteral("#B91C1C")
                                                             : QStringLiteral("#15803D")));
                    m_quotaLog->setItem(i, column, cell);
                }
            }
            m_quotaLog->resizeColumnToContents(0);
            m_quotaLog->resizeColumnToContents(1);
            m_quotaLog->resizeColumnToContents(2);
            emit quotaLogLoaded();
        },
        [this](const ApiError& error) { m_quotaMessage->setText(error.detail); });
}

void PartnersPage::addQuota()
{
    const int row = m_quotaTable->currentRow();
    if (row < 0) {
        m_quotaMessage->setText(tr("Pilih acara yang kuotanya ditambah."));
        return;
    }
    const QString reason = m_quotaReason->text().trimmed();
    if (reason.isEmpty()) {
        m_quotaMessage->setText(tr("Tulis alasan perubahan kuota; tercatat di riwayat partner."));
        m_quotaReason->setFocus();
        return;
    }
    const QString eventId = m_quotaTable->item(row, 0)->data(Qt::UserRole).toString();
    const QString code = m_quotaTable->item(row, 0)->text();
    m_quotaButton->setEnabled(false);
    m_api.post(
        QStringLiteral("/api/v1/admin/partner-events/%1/quota").arg(eventId),
        {{QStringLiteral("delta"), m_quotaDelta->value()}, {QStringLiteral("reason"), reason}},
        this,
        [this, code](const ApiResponse& response) {
            m_quotaButton->setEnabled(true);
            m_quotaReason->clear();
            m_quotaMessage->setText(
                tr("Kuota %1 sekarang %2.")
                    .arg(code, QLocale().toString(
                                   response.object().value(QStringLiteral("quota")).toInteger())));
            reloadQuota();
        },
        [this](const ApiError& error) {
            m_quotaButton->setEnabled(true);
            QStringList lines{error.detail};
            for (const QString& message : error.fieldErrors)
                lines << message;
            m_quotaMessage->setText(lines.join(QLatin1Char('\n')));
        });
}

void PartnersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace ey::desk::partner

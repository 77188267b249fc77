// BuyerEditor: the side-pane form of one buyer.
#include "BuyerEditor.h"

#include "CountryCatalog.h"
#include "CurationFormat.h"

#include "ApiClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QJsonArray listValues(const QListWidget* list)
{
    QJsonArray values;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text().trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values;
}

QJsonValue optionalText(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

/// "products[2]" or "products.2" → "products": a list item's error shows under its list.
QString baseField(const QString& key)
{
    QString field = key;
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    if (cut > 0)
        field.truncate(cut);
    return field;
}

QLabel* errorLabelFor(QWidget* parent, const QString& field)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    label->hide();
    return label;
}

} // namespace

BuyerEditor::BuyerEditor(ApiClient& api, CountryCatalog& countries, QWidget* parent)
    : QWidget(parent), m_api(api), m_countries(countries)
{
    setObjectName(QStringLiteral("buyerEditor"));
    buildForm();
    connect(&m_countries, &CountryCatalog::loaded, this, [this] {
        const bool filling = m_filling;
        m_filling = true;
        m_countries.fill(m_country, QStringLiteral("\u2014"));
        m_filling = filling;
    });
    if (m_countries.isLoaded())
        m_countries.fill(m_country, QStringLiteral("\u2014"));
    retranslateUi();
    newBuyer();
}

void BuyerEditor::buildForm()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 0, 0, 0);
    outer->setSpacing(6);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("editorMeta"));
    m_meta->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_meta->setWordWrap(true);
    outer->addWidget(m_heading);
    outer->addWidget(m_meta);

    auto* messageRow = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_openDuplicate = new QPushButton(this);
    m_openDuplicate->setObjectName(QStringLiteral("openDuplicate"));
    m_openDuplicate->hide();
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_openDuplicate);
    outer->addLayout(messageRow);
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        // A copy: opening clears m_duplicateId while the signal's argument is still in use.
        const QString id = m_duplicateId;
        if (!id.isEmpty())
            emit openBuyerRequested(id);
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 8, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(content);
    outer->addWidget(scroll, 4);

    // Each field: the widget, then its error line right under it.
    auto addField = [this, form, content](const QString& name, QWidget* widget) {
        auto* box = new QWidget(content);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(widget);
        QLabel* error = errorLabelFor(box, name);
        column->addWidget(error);
        auto* label = new QLabel(content);
        form->addRow(label, box);
        m_fields.insert(name, widget);
        m_errors.insert(name, error);
        m_labels.insert(name, label);
    };
    auto listEditor = [this, content](QListWidget*& list, QLineEdit*& input, const char* name) {
        auto* box = new QWidget(content);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(4);
        list = new QListWidget(box);
        list->setObjectName(QString::fromLatin1(name) + QStringLiteral("List"));
        list->setMaximumHeight(66);
        list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        input = new QLineEdit(box);
        input->setObjectName(QString::fromLatin1(name) + QStringLiteral("Input"));
        auto* add = new QPushButton(box);
        auto* remove = new QPushButton(box);
        m_listAddButtons << add;
        m_listRemoveButtons << remove;
        grid->addWidget(list, 0, 0, 1, 3);
        grid->addWidget(input, 1, 0);
        grid->addWidget(add, 1, 1);
        grid->addWidget(remove, 1, 2);
        QListWidget* theList = list;
        QLineEdit* theInput = input;
        const QString field = QString::fromLatin1(name);
        auto addEntry = [this, field, theInput] {
            addListEntry(field, theInput->text());
            theInput->clear();
        };
        connect(add, &QPushButton::clicked, this, addEntry);
        connect(input, &QLineEdit::returnPressed, this, addEntry);
        connect(remove, &QPushButton::clicked, this, [this, theList] {
            delete theList->currentItem();
            markDirty();
        });
        connect(list, &QListWidget::itemChanged, this, &BuyerEditor::markDirty);
        return box;
    };
    auto checkGrid = [this, content](const QStringList& codes, QHash<QString, QCheckBox*>& checks,
                                     const char* name) {
        auto* box = new QWidget(content);
        box->setObjectName(QString::fromLatin1(name));
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(2);
        int i = 0;
        for (const QString& code : codes) {
            auto* check = new QCheckBox(code, box);
            check->setObjectName(QString::fromLatin1(name) + QLatin1Char('_') + code);
            checks.insert(code, check);
            grid->addWidget(check, i / 4, i % 4);
            connect(check, &QCheckBox::toggled, this, &BuyerEditor::markDirty);
            ++i;
        }
        return box;
    };

    m_company = new QLineEdit(content);
    m_company->setMaxLength(200);
    m_contact = new QLineEdit(content);
    m_email = new QLineEdit(content);
    m_phone = new QLineEdit(content);
    m_country = new QComboBox(content);
    m_country->setMinimumContentsLength(16);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->addItem(QStringLiteral("\u2014"), QString());
    m_scale = new QComboBox(content);
    m_scale->addItem(QString(), QString());
    for (const QString& scale : CurationFormat::scales())
        m_scale->addItem(QString(), scale);
    m_notes = new QPlainTextEdit(content);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_verified = new QCheckBox(content);
    m_rating = new QComboBox(content);
    m_rating->addItem(QString(), QVariant());
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(CurationFormat::stars(QJsonValue(stars)), stars);
    m_source = new QLineEdit(content);

    addField(QStringLiteral("company"), m_company);
    addField(QStringLiteral("country"), m_country);
    addField(QStringLiteral("contact_person"), m_contact);
    addField(QStringLiteral("email"), m_email);
    addField(QStringLiteral("phone"), m_phone);
    addField(QStringLiteral("products"), listEditor(m_products, m_productInput, "products"));
    addField(QStringLiteral("hs_codes"), listEditor(m_hsCodes, m_hsInput, "hs_codes"));
    m_hsInput->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_hsInput));
    addField(QStringLiteral("business_scale"), m_scale);
    addField(QStringLiteral("payment_terms"),
             checkGrid(CurationFormat::paymentTerms(), m_paymentChecks, "payment_terms"));
    addField(QStringLiteral("shipping_terms"),
             checkGrid(CurationFormat::shippingTerms(), m_shippingChecks, "shipping_terms"));
    addField(QStringLiteral("verified"), m_verified);
    addField(QStringLiteral("rating"), m_rating);
    addField(QStringLiteral("source"), m_source);
    addField(QStringLiteral("notes"), m_notes);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value()->objectName().isEmpty())
            it.value()->setObjectName(QStringLiteral("field_") + it.key());

    for (auto* edit : {m_company, m_contact, m_email, m_phone, m_source}) {
        connect(edit, &QLineEdit::textEdited, this, &BuyerEditor::markDirty);
        connect(edit, &QLineEdit::returnPressed, this, &BuyerEditor::save);
    }
    for (auto* box : {m_country, m_scale, m_rating})
        connect(box, &QComboBox::currentIndexChanged, this, &BuyerEditor::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &BuyerEditor::markDirty);
    connect(m_verified, &QCheckBox::toggled, this, &BuyerEditor::markDirty);

    // Delete asks in place: no popup hides the form the user is looking at.
    m_confirmBar = new QWidget(this);
    m_confirmBar->setObjectName(QStringLiteral("deleteConfirmBar"));
    m_confirmBar->setStyleSheet(QStringLiteral(
        "#deleteConfirmBar { background: #FEF2F2; border: 1px solid #FCA5A5; border-radius: 4px; }"));
    auto* confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(8, 6, 8, 6);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    m_confirmYes = new QPushButton(m_confirmBar);
    m_confirmYes->setObjectName(QStringLiteral("confirmDelete"));
    m_confirmNo = new QPushButton(m_confirmBar);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmYes);
    confirmLayout->addWidget(m_confirmNo);
    m_confirmBar->hide();
    outer->addWidget(m_confirmBar);
    connect(m_confirmYes, &QPushButton::clicked, this, &BuyerEditor::confirmDelete);
    connect(m_confirmNo, &QPushButton::clicked, m_confirmBar, &QWidget::hide);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveBuyer"));
    m_save->setDefault(true);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteBuyer"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeEditor"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &BuyerEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &BuyerEditor::askDelete);
    connect(m_close, &QPushButton::clicked, this, &BuyerEditor::closeRequested);

    m_viewersTitle = new QLabel(this);
    QFont bold = m_viewersTitle->font();
    bold.setBold(true);
    m_viewersTitle->setFont(bold);
    m_viewers = new QTreeWidget(this);
    m_viewers->setObjectName(QStringLiteral("viewersList"));
    m_viewers->setRootIsDecorated(false);
    m_viewers->setColumnCount(4);
    m_viewers->setAlternatingRowColors(true);
    m_viewers->header()->setStretchLastSection(false);
    m_viewers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_viewers->setMinimumHeight(90);
    m_viewers->setMaximumHeight(150);
    outer->addWidget(m_viewersTitle);
    outer->addWidget(m_viewers, 1);
}

void BuyerEditor::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QString text = CurationFormat::fieldLabel(it.key());
        if (it.key() == QStringLiteral("company") || it.key() == QStringLiteral("country"))
            text += QStringLiteral(" *");
        it.value()->setText(text);
    }
    m_company->setPlaceholderText(tr("Nama perusahaan buyer"));
    m_email->setPlaceholderText(tr("nama@perusahaan.com"));
    m_phone->setPlaceholderText(tr("+81 3 1234 5678"));
    m_productInput->setPlaceholderText(tr("Produk, Enter untuk menambah"));
    m_hsInput->setPlaceholderText(tr("4-10 digit, Enter untuk menambah"));
    m_source->setPlaceholderText(tr("Pameran, Kemendag, referensi\u2026"));
    m_scale->setItemText(0, tr("Belum diisi"));
    for (int i = 1; i < m_scale->count(); ++i)
        m_scale->setItemText(i, CurationFormat::scale(m_scale->itemData(i).toString()));
    m_rating->setItemText(0, tr("Belum dinilai"));
    for (auto it = m_paymentChecks.cbegin(); it != m_paymentChecks.cend(); ++it)
        it.value()->setToolTip(CurationFormat::paymentTermHint(it.key()));
    m_verified->setText(tr("Data buyer sudah diverifikasi tim"));
    for (auto* button : m_listAddButtons)
        button->setText(tr("Tambah"));
    for (auto* button : m_listRemoveButtons)
        button->setText(tr("Hapus"));
    m_openDuplicate->setText(tr("Buka buyer yang sama"));
    m_save->setText(m_id.isEmpty() ? tr("Tambah buyer") : tr("Simpan"));
    m_save->setToolTip(tr("Simpan perubahan (Enter di kolom teks)"));
    m_delete->setText(tr("Hapus buyer"));
    m_close->setText(tr("Tutup"));
    m_confirmYes->setText(tr("Ya, hapus"));
    m_confirmNo->setText(tr("Batal"));
    m_heading->setText(m_id.isEmpty()
                           ? tr("Buyer baru")
                           : m_buyer.value(QStringLiteral("company")).toString());
    m_viewersTitle->setText(tr("Siapa melihat, berapa kali"));
    m_viewers->setHeaderLabels({tr("Member"), tr("Dilihat"), tr("Pertama"), tr("Terakhir")});
}

void BuyerEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BuyerEditor::markDirty()
{
    if (!m_filling)
        m_dirty = true;
}

void BuyerEditor::addListEntry(const QString& field, const QString& text)
{
    QListWidget* list = field == QStringLiteral("hs_codes") ? m_hsCodes : m_products;
    // Pasting "kopi; teh, kakao" adds three entries, as the import would read them.
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[;,|\\n]")))) {
        const QString entry = part.trimmed();
        if (entry.isEmpty() || !list->findItems(entry, Qt::MatchFixedString).isEmpty())
            continue;
        auto* item = new QListWidgetItem(entry, list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    markDirty();
}

void BuyerEditor::newBuyer()
{
    // Whatever was in flight (a live-update reload of the buyer shown before) is abandoned, and
    // with it its busy state: otherwise Save stays disabled on the empty form for good.
    ++m_generation;
    setBusy(false);
    m_id.clear();
    m_buyer = {};
    fill({});
    m_delete->hide();
    m_viewers->clear();
    m_viewersTitle->hide();
    m_viewers->hide();
    m_meta->setText(tr("Kolom bertanda * wajib diisi."));
    retranslateUi();
    m_company->setFocus();
}

void BuyerEditor::showBuyer(const QString& buyerId)
{
    const QString id = buyerId; // the caller's string may be one this call clears
    if (id.isEmpty())
        return;
    const int generation = ++m_generation;
    m_id = id;
    clearErrors();
    m_confirmBar->hide();
    setBusy(true);
    m_api.get(
        QStringLiteral("/api/v1/admin/buyers/") + id, QUrlQuery(), this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            setBusy(false);
            fill(response.object());
            emit loaded(m_buyer);
            loadViewers();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            setBusy(false);
            setMessage(error.detail, true);
        });
}

void BuyerEditor::refresh()
{
    if (!m_id.isEmpty() && !m_dirty && !m_busy)
        showBuyer(m_id);
}

void BuyerEditor::fill(const QJsonObject& buyer)
{
    m_filling = true;
    m_buyer = buyer;
    m_id = buyer.value(QStringLiteral("id")).toString();
    clearErrors();
    m_company->setText(buyer.value(QStringLiteral("company")).toString());
    m_contact->setText(buyer.value(QStringLiteral("contact_person")).toString());
    m_email->setText(buyer.value(QStringLiteral("email")).toString());
    m_phone->setText(buyer.value(QStringLiteral("phone")).toString());
    const QString country = buyer.value(QStringLiteral("country")).toString();
    int countryIndex = m_country->findData(country);
    if (countryIndex < 0 && !country.isEmpty()) {
        m_country->addItem(m_countries.label(country), country);
        countryIndex = m_country->count() - 1;
    }
    m_country->setCurrentIndex(std::max(0, countryIndex));
    m_products->clear();
    m_hsCodes->clear();
    for (const auto& value : buyer.value(QStringLiteral("products")).toArray())
        addListEntry(QStringLiteral("products"), value.toString());
    for (const auto& value : buyer.value(QStringLiteral("hs_codes")).toArray())
        addListEntry(QStringLiteral("hs_codes"), value.toString());
    m_productInput->clear();
    m_hsInput->clear();
    m_scale->setCurrentIndex(
        std::max(0, m_scale->findData(buyer.value(QStringLiteral("business_scale")).toString())));
    const QJsonArray payment = buyer.value(QStringLiteral("payment_terms")).toArray();
    for (auto it = m_paymentChecks.cbegin(); it != m_paymentChecks.cend(); ++it)
        it.value()->setChecked(payment.contains(it.key()));
    const QJsonArray shipping = buyer.value(QStringLiteral("shipping_terms")).toArray();
    for (auto it = m_shippingChecks.cbegin(); it != m_shippingChecks.cend(); ++it)
        it.value()->setChecked(shipping.contains(it.key()));
    m_notes->setPlainText(buyer.value(QStringLiteral("notes")).toString());
    m_verified->setChecked(buyer.value(QStringLiteral("verified")).toBool());
    const QJsonValue rating = buyer.value(QStringLiteral("rating"));
    m_rating->setCurrentIndex(rating.isDouble() ? std::clamp(rating.toInt(), 0, 5) : 0);
    m_source->setText(buyer.value(QStringLiteral("source")).toString());
    m_dirty = false;
    m_filling = false;
    if (!m_id.isEmpty()) {
        m_delete->show();
        m_meta->setText(
            tr("%1 · ditambahkan %2 · diubah %3 · %4 kali dilihat oleh %5 member · %6 suka")
                .arg(m_countries.label(country),
                     CurationFormat::date(buyer.value(QStringLiteral("date_added")).toString()),
                     CurationFormat::dateTime(buyer.value(QStringLiteral("updated_at")).toString()),
                     CurationFormat::number(buyer.value(QStringLiteral("views")).toInteger()),
                     CurationFormat::number(buyer.value(QStringLiteral("viewers")).toInteger()),
                     CurationFormat::number(buyer.value(QStringLiteral("likes")).toInteger())));
        m_viewersTitle->show();
        m_viewers->show();
    }
    retranslateUi();
}

QJsonObject BuyerEditor::body() const
{
    QJsonObject body;
    body.insert(QStringLiteral("company"), m_company->text().simplified());
    body.insert(QStringLiteral("contact_person"), optionalText(m_contact->text()));
    body.insert(QStringLiteral("email"), optionalText(m_email->text()));
    body.insert(QStringLiteral("phone"), optionalText(m_phone->text()));
    body.insert(QStringLiteral("country"), m_country->currentData().toString());
    body.insert(QStringLiteral("products"), listValues(m_products));
    body.insert(QStringLiteral("hs_codes"), listValues(m_hsCodes));
    body.insert(QStringLiteral("business_scale"), optionalText(m_scale->currentData().toString()));
    QJsonArray payment;
    for (const QString& code : CurationFormat::paymentTerms())
        if (m_paymentChecks.value(code)->isChecked())
            payment.append(code);
    body.insert(QStringLiteral("payment_terms"), payment);
    QJsonArray shipping;
    for (const QString& code : CurationFormat::shippingTerms())
        if (m_shippingChecks.value(code)->isChecked())
            shipping.append(code);
    body.insert(QStringLiteral("shipping_terms"), shipping);
    body.insert(QStringLiteral("notes"), optionalText(m_notes->toPlainText()));
    body.insert(QStringLiteral("verified"), m_verified->isChecked());
    const QVariant rating = m_rating->currentData();
    body.insert(QStringLiteral("rating"),
                rating.isValid() ? QJsonValue(rating.toInt()) : QJsonValue(QJsonValue::Null));
    body.insert(QStringLiteral("source"), optionalText(m_source->text()));
    return body;
}

void BuyerEditor::save()
{
    if (m_busy)
        return;
    // A value typed in a list's input but not yet added is meant to be saved too.
    if (!m_productInput->text().trimmed().isEmpty()) {
        addListEntry(QStringLiteral("products"), m_productInput->text());
        m_productInput->clear();
    }
    if (!m_hsInput->text().trimmed().isEmpty()) {
        addListEntry(QStringLiteral("hs_codes"), m_hsInput->text());
        m_hsInput->clear();
    }
    clearErrors();
    m_confirmBar->hide();
    const bool creating = m_id.isEmpty();
    ApiRequest request;
    request.method = creating ? QByteArrayLiteral("POST") : QByteArrayLiteral("PATCH");
    request.path = creating ? QStringLiteral("/api/v1/admin/buyers")
                            : QStringLiteral("/api/v1/admin/buyers/") + m_id;
    request.body = QJsonDocument(body());
    const int generation = ++m_generation;
    setBusy(true);
    m_api.send(
        request, this,
        [this, generation, creating](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            setBusy(false);
            fill(response.object());
            setMessage(creating ? tr("Buyer ditambahkan.") : tr("Perubahan disimpan."), false);
            emit saved(m_buyer, creating);
            if (creating)
                loadViewers();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            setBusy(false);
            showError(error);
        });
}

void BuyerEditor::askDelete()
{
    if (m_id.isEmpty())
        return;
    m_confirmText->setText(
        tr("Hapus %1? Data, riwayat dilihat, suka dan laporannya ikut terhapus.")
            .arg(m_buyer.value(QStringLiteral("company")).toString()));
    m_confirmBar->show();
    m_confirmNo->setFocus();
}

void BuyerEditor::confirmDelete()
{
    if (m_id.isEmpty() || m_busy)
        return;
    const QString id = m_id;
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/admin/buyers/") + id;
    setBusy(true);
    m_api.send(
        request, this,
        [this, id](const ApiResponse&) {
            setBusy(false);
            m_confirmBar->hide();
            emit deleted(id);
        },
        [this](const ApiError& error) {
            setBusy(false);
            m_confirmBar->hide();
            setMessage(error.detail, true);
        });
}

void BuyerEditor::loadViewers()
{
    if (m_id.isEmpty())
        return;
    const int generation = m_generation;
    m_api.get(
        QStringLiteral("/api/v1/admin/buyers/%1/viewers").arg(m_id), QUrlQuery(), this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_viewers->clear();
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject viewer = value.toObject();
                auto* item = new QTreeWidgetItem(m_viewers);
                item->setText(0, viewer.value(QStringLiteral("full_name")).toString());
                item->setToolTip(0, viewer.value(QStringLiteral("email")).toString());
                item->setText(1, CurationFormat::number(
                                     viewer.value(QStringLiteral("views")).toInteger()));
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(2, CurationFormat::date(
                                     viewer.value(QStringLiteral("first_viewed_at")).toString()));
                item->setText(3, CurationFormat::dateTime(
                                     viewer.value(QStringLiteral("last_viewed_at")).toString()));
            }
            if (m_viewers->topLevelItemCount() == 0) {
                auto* item = new QTreeWidgetItem(m_viewers);
                item->setText(0, tr("Belum ada member yang membuka buyer ini."));
                item->setFlags(Qt::NoItemFlags);
                item->setFirstColumnSpanned(true);
            }
            for (int column = 1; column < 4; ++column)
                m_viewers->resizeColumnToContents(column);
            emit viewersLoaded();
        });
}

void BuyerEditor::clearErrors()
{
    for (auto* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_message->hide();
    m_openDuplicate->hide();
    m_duplicateId.clear();
}

void BuyerEditor::showError(const ApiError& error)
{
    QStringList unplaced;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QLabel* label = m_errors.value(baseField(it.key()));
        if (!label) {
            unplaced << it.value();
            continue;
        }
        label->setText(label->text().isEmpty() ? it.value()
                                               : label->text() + QLatin1Char('\n') + it.value());
        label->show();
    }
    QString text = error.detail.isEmpty() ? error.title : error.detail;
    if (!unplaced.isEmpty())
        text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    setMessage(text, true);
    if (error.status == 409) {
        m_duplicateId = error.members.value(QStringLiteral("duplicate_id")).toString();
        m_openDuplicate->setVisible(!m_duplicateId.isEmpty());
    }
    if (!error.fieldErrors.isEmpty()) {
        // Take the user to the first field the server named.
        for (const QString& field : CurationFormat::buyerFields()) {
            if (m_errors.value(field) && m_errors.value(field)->isVisible()) {
                if (QWidget* widget = m_fields.value(field))
                    widget->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    }
}

void BuyerEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy);
    m_confirmYes->setEnabled(!busy);
}

void BuyerEditor::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B91C1C;")
                                   : QStringLiteral("color: #166534;"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace ey::desk::curation

// ForwarderEditor: the forwarder form, its list editors and its field messages.
#include "ForwarderEditor.h"

#include "SupplierFormat.h"

#include "ApiClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QJsonValue textOrNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

const QString kDeleteArmed = QStringLiteral("armed");

} // namespace

ForwarderEditor::ForwarderEditor(ApiClient& api, bool canManage, QWidget* parent)
    : QWidget(parent), m_api(api), m_canManage(canManage)
{
    setObjectName(QStringLiteral("forwarderEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    outer->addWidget(m_heading);

    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(area);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setWidget(page);
    outer->addWidget(area, 1);

    // Each field gets its own message line right under it.
    auto addRow = [&](const QString& field, QWidget* editor) {
        auto* box = new QWidget(page);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(editor);
        auto* error = new QLabel(box);
        error->setObjectName(QStringLiteral("error_") + field);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
        error->hide();
        layout->addWidget(error);
        auto* label = new QLabel(page);
        m_labels.insert(field, label);
        m_errors.insert(field, error);
        form->addRow(label, box);
    };

    m_company = new QLineEdit(page);
    m_company->setObjectName(QStringLiteral("forwarderCompany"));
    addRow(QStringLiteral("company"), m_company);
    m_services = new QListWidget(page);
    m_services->setObjectName(QStringLiteral("forwarderServices"));
    for (const QString& service : SupplierFormat::services()) {
        auto* item = new QListWidgetItem(m_services);
        item->setData(Qt::UserRole, service);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_services->setFixedHeight(m_services->sizeHintForRow(0) * 6 + 8);
    addRow(QStringLiteral("services"), m_services);
    addRow(QStringLiteral("origin_ports"), makeListEditor(m_portEditor, QStringLiteral("Ports")));
    m_ports = m_portEditor.list;
    addRow(QStringLiteral("destination_regions"),
           makeListEditor(m_regionEditor, QStringLiteral("Regions")));
    m_regions = m_regionEditor.list;
    m_contact = new QLineEdit(page);
    m_contact->setObjectName(QStringLiteral("forwarderContact"));
    addRow(QStringLiteral("contact_person"), m_contact);
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("forwarderEmail"));
    addRow(QStringLiteral("email"), m_email);
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("forwarderPhone"));
    addRow(QStringLiteral("phone"), m_phone);
    m_website = new QLineEdit(page);
    m_website->setObjectName(QStringLiteral("forwarderWebsite"));
    addRow(QStringLiteral("website"), m_website);
    m_rating = new QComboBox(page);
    m_rating->setObjectName(QStringLiteral("forwarderRating"));
    m_rating->addItem(QStringLiteral("\u2014"), QVariant());
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606)), stars);
    addRow(QStringLiteral("rating"), m_rating);
    m_verified = new QCheckBox(page);
    m_verified->setObjectName(QStringLiteral("forwarderVerified"));
    addRow(QStringLiteral("verified"), m_verified);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("forwarderNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);
    addRow(QStringLiteral("notes"), m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("forwarderMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    // A 409 for a company name already in use names the existing forwarder: open it from here.
    m_openDuplicate = new QPushButton(this);
    m_openDuplicate->setObjectName(QStringLiteral("openDuplicateForwarder"));
    m_openDuplicate->hide();
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_openDuplicate, 0, Qt::AlignTop);
    outer->addLayout(messageRow);
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        // A copy: opening the forwarder clears m_duplicateId while the signal is still running.
        const QString id = m_duplicateId;
        if (!id.isEmpty())
            emit openForwarderRequested(id);
    });
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveForwarder"));
    m_save->setShortcut(QKeySequence::Save);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteForwarder"));
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ForwarderEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &ForwarderEditor::remove);

    if (!m_canManage) {
        for (auto* edit : {m_company, m_contact, m_email, m_phone, m_website})
            edit->setReadOnly(true);
        m_notes->setReadOnly(true);
        m_services->setEnabled(false);
        m_rating->setEnabled(false);
        m_verified->setEnabled(false);
        for (auto* editor : {&m_portEditor, &m_regionEditor}) {
            editor->input->hide();
            editor->add->hide();
            editor->remove->hide();
        }
        m_save->hide();
        m_delete->hide();
    }
    retranslateUi();
    newForwarder();
}

QWidget* ForwarderEditor::makeListEditor(ListEditor& editor, const QString& name)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    editor.list = new QListWidget(box);
    editor.list->setObjectName(QStringLiteral("forwarder") + name);
    editor.list->setFixedHeight(editor.list->fontMetrics().height() * 4 + 16);
    editor.list->setEditTriggers(m_canManage ? QAbstractItemView::DoubleClicked |
                                                   QAbstractItemView::EditKeyPressed
                                             : QAbstractItemView::NoEditTriggers);
    auto* row = new QHBoxLayout;
    editor.input = new QLineEdit(box);
    editor.input->setObjectName(QStringLiteral("forwarder") + name + QStringLiteral("Input"));
    editor.add = new QPushButton(box);
    editor.remove = new QPushButton(box);
    row->addWidget(editor.input, 1);
    row->addWidget(editor.add);
    row->addWidget(editor.remove);
    layout->addWidget(editor.list);
    layout->addLayout(row);
    QListWidget* list = editor.list;
    QLineEdit* input = editor.input;
    auto add = [list, input] {
        const QString text = input->text().simplified();
        if (text.isEmpty())
            return;
        // The server drops case-insensitive duplicates; say so by not adding one.
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().compare(text, Qt::CaseInsensitive) == 0) {
                list->setCurrentRow(i);
                input->clear();
                return;
            }
        auto* item = new QListWidgetItem(text, list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        input->clear();
    };
    connect(editor.add, &QPushButton::clicked, this, add);
    connect(editor.input, &QLineEdit::returnPressed, this, add);
    connect(editor.remove, &QPushButton::clicked, this, [list] { delete list->currentItem(); });
    return box;
}

void ForwarderEditor::retranslateUi()
{
    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("company"), tr("Perusahaan *")},
        {QStringLiteral("services"), tr("Layanan")},
        {QStringLiteral("origin_ports"), tr("Pelabuhan asal")},
        {QStringLiteral("destination_regions"), tr("Wilayah tujuan")},
        {QStringLiteral("contact_person"), tr("Narahubung")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("phone"), tr("Telepon")},
        {QStringLiteral("website"), tr("Situs web")},
        {QStringLiteral("rating"), tr("Rating")},
        {QStringLiteral("verified"), tr("Terverifikasi")},
        {QStringLiteral("notes"), tr("Catatan")},
    };
    for (const auto& [field, text] : labels)
        m_labels.value(field)->setText(text);
    for (int i = 0; i < m_services->count(); ++i)
        m_services->item(i)->setText(SupplierFormat::service(m_services->item(i)->data(Qt::UserRole).toString()));
    m_portEditor.input->setPlaceholderText(tr("Tanjung Priok, lalu Enter"));
    m_regionEditor.input->setPlaceholderText(tr("Jepang, Timur Tengah, lalu Enter"));
    for (auto* editor : {&m_portEditor, &m_regionEditor}) {
        editor->add->setText(tr("Tambah"));
        editor->remove->setText(tr("Hapus"));
    }
    m_email->setPlaceholderText(tr("nama@perusahaan.co.id"));
    m_phone->setPlaceholderText(tr("+62 21 555 1234"));
    m_website->setPlaceholderText(tr("https://"));
    m_verified->setText(tr("Sudah diverifikasi tim"));
    m_save->setText(tr("Simpan"));
    m_save->setToolTip(tr("Simpan forwarder (Ctrl+S)"));
    m_openDuplicate->setText(tr("Buka forwarder yang ada"));
    m_delete->setText(m_delete->property("state").toString() == kDeleteArmed
                          ? tr("Klik lagi untuk menghapus")
                          : tr("Hapus forwarder"));
    m_heading->setText(m_forwarder.isEmpty() ? tr("Forwarder baru")
                                             : m_forwarder.value(QStringLiteral("company")).toString());
}

void ForwarderEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForwarderEditor::setList(QListWidget* list, const QJsonValue& values)
{
    list->clear();
    for (const auto& value : values.toArray()) {
        auto* item = new QListWidgetItem(value.toString(), list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QJsonArray ForwarderEditor::listValues(QListWidget* list)
{
    QJsonArray values;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text().trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values;
}

void ForwarderEditor::newForwarder()
{
    showForwarder({});
    m_company->setFocus();
}

void ForwarderEditor::showForwarder(const QJsonObject& forwarder)
{
    m_forwarder = forwarder;
    clearErrors();
    m_message->hide();
    m_company->setText(forwarder.value(QStringLiteral("company")).toString());
    QStringList services;
    for (const auto& service : forwarder.value(QStringLiteral("services")).toArray())
        services << service.toString();
    for (int i = 0; i < m_services->count(); ++i)
        m_services->item(i)->setCheckState(
            services.contains(m_services->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    setList(m_ports, forwarder.value(QStringLiteral("origin_ports")));
    setList(m_regions, forwarder.value(QStringLiteral("destination_regions")));
    m_contact->setText(forwarder.value(QStringLiteral("contact_person")).toString());
    m_email->setText(forwarder.value(QStringLiteral("email")).toString());
    m_phone->setText(forwarder.value(QStringLiteral("phone")).toString());
    m_website->setText(forwarder.value(QStringLiteral("website")).toString());
    m_notes->setPlainText(forwarder.value(QStringLiteral("notes")).toString());
    m_verified->setChecked(forwarder.value(QStringLiteral("verified")).toBool());
    const QJsonValue rating = forwarder.value(QStringLiteral("rating"));
    m_rating->setCurrentIndex(rating.isDouble() ? qBound(0, rating.toInt(), 5) : 0);
    m_delete->setVisible(m_canManage && !forwarder.isEmpty());
    m_delete->setProperty("state", QString());
    retranslateUi();
}

QJsonObject ForwarderEditor::body() const
{
    QJsonArray services;
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            services.append(m_services->item(i)->data(Qt::UserRole).toString());
    const QVariant rating = m_rating->currentData();
    return {
        {QStringLiteral("company"), m_company->text().simplified()},
        {QStringLiteral("services"), services},
        {QStringLiteral("origin_ports"), listValues(m_ports)},
        {QStringLiteral("destination_regions"), listValues(m_regions)},
        {QStringLiteral("contact_person"), textOrNull(m_contact->text())},
        {QStringLiteral("email"), textOrNull(m_email->text())},
        {QStringLiteral("phone"), textOrNull(m_phone->text())},
        {QStringLiteral("website"), textOrNull(m_website->text())},
        {QStringLiteral("notes"), textOrNull(m_notes->toPlainText())},
        {QStringLiteral("verified"), m_verified->isChecked()},
        {QStringLiteral("rating"), rating.isValid() ? QJsonValue(rating.toInt()) : QJsonValue()},
    };
}

void ForwarderEditor::save()
{
    if (!m_canManage || m_saving)
        return;
    clearErrors();
    ApiRequest request;
    const bool creating = m_forwarder.isEmpty();
    request.method = creating ? "POST" : "PATCH";
    request.path = creating ? QStringLiteral("/api/v1/forwarders")
                            : QStringLiteral("/api/v1/forwarders/") + forwarderId();
    request.body = QJsonDocument(body());
    m_saving = true;
    m_save->setEnabled(false);
    m_api.send(
        request, this,
        [this, creating](const ApiResponse& response) {
            m_saving = false;
            m_save->setEnabled(true);
            showForwarder(response.object());
            setMessage(creating ? tr("Forwarder ditambahkan.") : tr("Perubahan disimpan."), false);
            emit saved(m_forwarder, creating);
        },
        [this](const ApiError& error) {
            m_saving = false;
            m_save->setEnabled(true);
            showError(error);
        });
}

void ForwarderEditor::remove()
{
    if (!m_canManage || m_forwarder.isEmpty())
        return;
    // Two clicks instead of a dialog: deleting also removes every rate of the forwarder.
    if (m_delete->property("state").toString() != kDeleteArmed) {
        m_delete->setProperty("state", kDeleteArmed);
        m_delete->setStyleSheet(QStringLiteral("color: #B91C1C; font-weight: bold;"));
        retranslateUi();
        QTimer::singleShot(5000, m_delete, [this] {
            m_delete->setProperty("state", QString());
            m_delete->setStyleSheet(QString());
            retranslateUi();
        });
        return;
    }
    m_delete->setProperty("state", QString());
    m_delete->setStyleSheet(QString());
    const QString id = forwarderId();
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/forwarders/") + id;
    m_api.send(
        request, this, [this, id](const ApiResponse&) { emit deleted(id); },
        [this](const ApiError& error) { showError(error); });
}

void ForwarderEditor::clearErrors()
{
    for (auto* label : m_errors) {
        label->clear();
        label->hide();
    }
    m_openDuplicate->hide();
    m_duplicateId.clear();
}

void ForwarderEditor::showError(const ApiError& error)
{
    QWidget* first = nullptr;
    QStringList unplaced;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        // "origin_ports[2]" belongs to the origin_ports field.
        const QString field = it.key().section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
        QLabel* label = m_errors.value(field);
        if (!label) {
            unplaced << it.value();
            continue;
        }
        label->setText(label->text().isEmpty() ? it.value() : label->text() + QLatin1Char('\n') + it.value());
        label->show();
        if (!first)
            first = label->parentWidget()->layout()->itemAt(0)->widget();
    }
    QString text = error.detail.isEmpty() ? error.title : error.detail;
    if (!unplaced.isEmpty())
        text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    setMessage(text, true);
    if (error.status == 409) {
        m_duplicateId = error.members.value(QStringLiteral("duplicate_id")).toString();
        m_openDuplicate->setVisible(!m_duplicateId.isEmpty());
    }
    if (first)
        first->setFocus();
}

void ForwarderEditor::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: #991B1B; background: #FEF2F2; border: 1px solid "
                                 "#FECACA; border-radius: 4px; padding: 6px; }")
                : QStringLiteral("QLabel { color: #166534; background: #F0FDF4; border: 1px solid "
                                 "#BBF7D0; border-radius: 4px; padding: 6px; }"));
    m_message->show();
}

} // namespace ey::desk::curation

// CatalogEditor: the shared editor pane behaviour (save, discard, delete, errors, dirty state).
#include "CatalogEditor.h"

#include "CatalogFormat.h"
#include "ItemPicker.h"
#include "RowListEditor.h"
#include "UserField.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ey::desk::catalog {

namespace {

const QColor kErrorColour(0xB9, 0x1C, 0x1C);

QLabel* makeErrorLabel(QWidget* parent, const QString& field)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError_") + field);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorColour);
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

CatalogEditor::CatalogEditor(ApiClient& api, QString collectionPath, bool canManage,
                             QWidget* parent)
    : QWidget(parent), m_api(api), m_collectionPath(std::move(collectionPath)),
      m_canManage(canManage)
{
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6B7280; font-size: 11pt;"));
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(m_stack);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new StatusBadge(page);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_dirtyMarker = new QLabel(page);
    m_dirtyMarker->setObjectName(QStringLiteral("dirtyMarker"));
    m_dirtyMarker->setStyleSheet(QStringLiteral("color: #B45309; font-weight: 600;"));
    m_dirtyMarker->hide();
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_dirtyMarker);
    header->addWidget(m_badge);

    m_confirm = new QFrame(page);
    m_confirm->setObjectName(QStringLiteral("deleteConfirm"));
    m_confirm->setStyleSheet(QStringLiteral("QFrame#deleteConfirm { background: #FEF2F2; border: "
                                            "1px solid #FCA5A5; border-radius: 6px; }"));
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setObjectName(QStringLiteral("deleteQuestion"));
    m_confirmText->setWordWrap(true);
    m_confirmYes = new QPushButton(m_confirm);
    m_confirmYes->setObjectName(QStringLiteral("deleteYes"));
    m_confirmNo = new QPushButton(m_confirm);
    m_confirmNo->setObjectName(QStringLiteral("deleteNo"));
    auto* confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmYes);
    confirmLayout->addWidget(m_confirmNo);
    m_confirm->hide();
    connect(m_confirmYes, &QPushButton::clicked, this, &CatalogEditor::confirmDelete);
    connect(m_confirmNo, &QPushButton::clicked, m_confirm, &QFrame::hide);

    m_problem = new QLabel(page);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel#problem { background: #FEF2F2; color: #991B1B; "
                                            "padding: 6px; border-radius: 6px; }"));
    m_problem->hide();

    m_readOnlyNote = new QLabel(page);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(
        QStringLiteral("QLabel#readOnlyNote { background: #EFF6FF; color: #1E3A8A; padding: 6px; "
                       "border-radius: 6px; }"));
    m_readOnlyNote->setVisible(!canManage);

    m_pages = new QTabWidget(page);
    m_pages->setObjectName(QStringLiteral("editorPages"));
    m_pages->setDocumentMode(true);

    m_save = new QPushButton(page);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(false);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_discard = new QPushButton(page);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_delete = new QPushButton(page);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_delete->setStyleSheet(QStringLiteral("QPushButton#delete { color: #B91C1C; }"));
    connect(m_save, &QPushButton::clicked, this, &CatalogEditor::save);
    connect(m_discard, &QPushButton::clicked, this, &CatalogEditor::discard);
    connect(m_delete, &QPushButton::clicked, this, &CatalogEditor::askDelete);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_confirm);
    pageLayout->addWidget(m_problem);
    pageLayout->addWidget(m_readOnlyNote);
    pageLayout->addWidget(m_pages, 1);
    pageLayout->addLayout(buttons);
    m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (isEditing() && m_canManage)
            save();
    });

    m_save->setVisible(canManage);
    m_discard->setVisible(canManage);
    m_delete->setVisible(canManage);
    retranslate();
}

bool CatalogEditor::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QWidget::event(event);
}

void CatalogEditor::retranslate()
{
    m_placeholder->setText(m_canManage
                               ? tr("Pilih item di daftar untuk melihat dan mengubahnya, atau buat "
                                    "yang baru (Ctrl+N).")
                               : tr("Pilih item di daftar untuk melihat rinciannya."));
    m_dirtyMarker->setText(tr("● Belum disimpan"));
    m_readOnlyNote->setText(tr("Hanya lihat: mengubah katalog memerlukan izin catalog.manage "
                               "(admin)."));
    m_confirmYes->setText(tr("Ya, hapus"));
    m_confirmNo->setText(tr("Batal"));
    m_save->setText(tr("Simpan"));
    m_save->setToolTip(tr("Simpan perubahan (Ctrl+S)"));
    m_discard->setText(tr("Buang perubahan"));
    m_delete->setText(tr("Hapus…"));
    m_saveAction->setText(tr("Simpan"));
    for (int i = 0; i < m_pageTitles.size(); ++i)
        m_pages->setTabText(i, m_pageTitles.at(i)());
    for (const auto& apply : std::as_const(m_translations))
        apply();
    // Not from the constructor: the header asks the subclass, which does not exist yet.
    if (isEditing())
        updateHeader();
}

void CatalogEditor::translate(std::function<void()> apply)
{
    apply();
    m_translations.push_back(std::move(apply));
}

QFormLayout* CatalogEditor::addPage(std::function<QString()> title)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* column = new QVBoxLayout(content);
    auto* form = new QFormLayout;
    column->addLayout(form);
    // Spare height goes below the form, not between its rows.
    column->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(content);
    m_pages->addTab(scroll, title());
    m_pageTitles.push_back(std::move(title));
    return form;
}

void CatalogEditor::addRow(QFormLayout* form, std::function<QString()> label, QWidget* widget,
                           const QString& field)
{
    auto* labelWidget = new QLabel(form->parentWidget());
    translate([labelWidget, label] { labelWidget->setText(label()); });
    labelWidget->setBuddy(widget);
    if (field.isEmpty()) {
        form->addRow(labelWidget, widget);
        return;
    }
    auto* cell = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    widget->setParent(cell);
    column->addWidget(widget);
    QLabel* error = makeErrorLabel(cell, field);
    column->addWidget(error);
    form->addRow(labelWidget, cell);
    m_errorLabels.insert(field, error);
    m_pageOfField.insert(field, m_pages->count() - 1);
}

void CatalogEditor::watch(QWidget* widget)
{
    m_inputs.push_back(widget);
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        connect(line, &QLineEdit::textChanged, this, &CatalogEditor::markDirty);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &CatalogEditor::markDirty);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogEditor::markDirty);
    else if (auto* check = qobject_cast<QCheckBox*>(widget))
        connect(check, &QCheckBox::toggled, this, &CatalogEditor::markDirty);
    else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(widget))
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, &CatalogEditor::markDirty);
    else if (auto* number = qobject_cast<QSpinBox*>(widget))
        connect(number, &QSpinBox::valueChanged, this, &CatalogEditor::markDirty);
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(widget))
        connect(real, &QDoubleSpinBox::valueChanged, this, &CatalogEditor::markDirty);
    else if (auto* rows = qobject_cast<RowListEditor*>(widget))
        connect(rows, &RowListEditor::edited, this, &CatalogEditor::markDirty);
    else if (auto* picker = qobject_cast<ItemPicker*>(widget))
        connect(picker, &ItemPicker::edited, this, &CatalogEditor::markDirty);
    else if (auto* person = qobject_cast<UserField*>(widget))
        connect(person, &UserField::edited, this, &CatalogEditor::markDirty);
    if (!m_canManage) {
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            line->setReadOnly(true);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            text->setReadOnly(true);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            spin->setReadOnly(true);
        else if (auto* rows = qobject_cast<RowListEditor*>(widget))
            rows->setReadOnly(true);
        else if (auto* picker = qobject_cast<ItemPicker*>(widget))
            picker->setReadOnly(true);
        else if (auto* person = qobject_cast<UserField*>(widget))
            person->setReadOnly(true);
        else
            widget->setEnabled(false);
    }
}

void CatalogEditor::markDirty()
{
    // Set-up work (ranges, labels) before any item is open is not an edit.
    if (!m_filling && m_canManage && isEditing())
        setDirty(true);
}

void CatalogEditor::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    m_dirtyMarker->setVisible(dirty);
    emit dirtyChanged(dirty);
}

bool CatalogEditor::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void CatalogEditor::updateHeader()
{
    if (m_item.isEmpty()) {
        m_title->setText(newTitle());
        m_badge->setStatus(tr("Baru"), QColor(0x25, 0x63, 0xEB));
    } else {
        m_title->setText(itemName(m_item));
        const auto [text, colour] = statusOf(m_item);
        m_badge->setStatus(text, colour);
    }
    m_delete->setEnabled(!m_item.isEmpty());
}

void CatalogEditor::focusForm()
{
    if (!isEditing())
        return;
    for (QWidget* input : std::as_const(m_inputs)) {
        if (input->isEnabled() && input->isVisibleTo(this) && input->focusPolicy() != Qt::NoFocus) {
            input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void CatalogEditor::startNew()
{
    if (!m_canManage)
        return;
    showItem({});
    m_pages->setCurrentIndex(0);
}

void CatalogEditor::showItem(const QJsonObject& item)
{
    m_item = item;
    clearErrors();
    m_confirm->hide();
    m_filling = true;
    fill(item);
    applyReadOnly(!m_canManage);
    if (!m_canManage) {
        // Hints like "https://" read as content in a field nobody can type into.
        for (QWidget* input : std::as_const(m_inputs)) {
            if (auto* line = qobject_cast<QLineEdit*>(input))
                line->setPlaceholderText(QString());
            else if (auto* text = qobject_cast<QPlainTextEdit*>(input))
                text->setPlaceholderText(QString());
            else if (auto* person = qobject_cast<UserField*>(input))
                person->setPlaceholderText(QString());
        }
    }
    m_filling = false;
    setDirty(false);
    updateHeader();
    m_stack->setCurrentIndex(1);
}

void CatalogEditor::load(const QJsonObject& listItem)
{
    showItem(listItem);
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_api.get(
        m_collectionPath + QLatin1Char('/') + id, {}, this,
        [this, id](const ApiResponse& response) {
            // The user may have moved on or started typing meanwhile: keep their work.
            const QJsonObject full = response.object();
            if (currentId() == id && !m_dirty && full != m_item)
                showItem(full);
        },
        [this, id](const ApiError& error) {
            if (currentId() == id)
                setProblem(error.detail);
        });
}

void CatalogEditor::clear()
{
    m_item = {};
    setDirty(false);
    m_stack->setCurrentIndex(0);
}

void CatalogEditor::discard()
{
    showItem(m_item);
}

void CatalogEditor::save()
{
    if (!m_canManage || m_saving)
        return;
    clearErrors();
    ApiRequest request;
    const bool creating = currentId().isEmpty();
    request.method = creating ? "POST" : "PUT";
    request.path = creating ? m_collectionPath : m_collectionPath + QLatin1Char('/') + currentId();
    request.body = QJsonDocument(collect());
    m_saving = true;
    m_save->setEnabled(false);
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_saving = false;
            m_save->setEnabled(true);
            showItem(response.object());
            emit saved(m_item);
        },
        [this](const ApiError& error) {
            m_saving = false;
            m_save->setEnabled(true);
            // What the user typed stays in the form: only the messages are added.
            showErrors(error);
            emit saveFailed(error);
        });
}

void CatalogEditor::askDelete()
{
    if (!m_canManage || currentId().isEmpty())
        return;
    m_confirmText->setText(tr("Hapus %1 “%2”? Tindakan ini tidak dapat dibatalkan.")
                               .arg(kindName(), itemName(m_item)));
    m_confirm->show();
    m_confirmNo->setFocus();
}

void CatalogEditor::confirmDelete()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_confirm->hide();
    ApiRequest request;
    request.method = "DELETE";
    request.path = m_collectionPath + QLatin1Char('/') + id;
    m_api.send(
        request, this,
        [this, id](const ApiResponse&) {
            clear();
            emit deleted(id);
        },
        [this](const ApiError& error) { setProblem(error.detail); });
}

void CatalogEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    setProblem({});
}

void CatalogEditor::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QLabel* CatalogEditor::errorLabelFor(const QString& field) const
{
    if (QLabel* exact = m_errorLabels.value(field))
        return exact;
    // "prices[2].price" belongs to the prices table.
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    return cut > 0 ? m_errorLabels.value(field.left(cut)) : nullptr;
}

void CatalogEditor::showErrors(const ApiError& error)
{
    int firstPage = -1;
    QStringList unplaced;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        QLabel* label = errorLabelFor(it.key());
        if (!label) {
            unplaced << it.value();
            continue;
        }
        const QString previous = label->text();
        label->setText(previous.isEmpty() ? it.value() : previous + QLatin1Char('\n') + it.value());
        label->show();
        const int page = m_pageOfField.value(m_errorLabels.key(label), -1);
        if (page >= 0 && (firstPage < 0 || page < firstPage))
            firstPage = page;
    }
    // A taken slug or code comes back as 409 without field errors: it still belongs to a field.
    if (error.status == 409 && error.fieldErrors.isEmpty()) {
        if (QLabel* label = m_errorLabels.value(conflictField())) {
            label->setText(error.detail);
            label->show();
            firstPage = m_pageOfField.value(conflictField(), firstPage);
        }
    }
    if (firstPage >= 0)
        m_pages->setCurrentIndex(firstPage);
    QString detail = error.detail;
    if (!unplaced.isEmpty())
        detail += QLatin1Char(' ') + unplaced.join(QLatin1Char(' '));
    setProblem(detail);
}

QString CatalogEditor::fieldError(const QString& field) const
{
    QLabel* label = m_errorLabels.value(field);
    // isHidden: the label may sit on an editor page that is not the current tab.
    return label && !label->isHidden() ? label->text() : QString();
}

QString CatalogEditor::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CatalogEditor::fillCombo(QComboBox* combo, const QStringList& values,
                              QString (*label)(const QString&))
{
    // Relabelling after a language switch is not an edit.
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    for (const QString& value : values)
        combo->addItem(label(value), value);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void CatalogEditor::selectData(QComboBox* combo, const QString& value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

QList<RowListEditor::Column> CatalogEditor::followupColumns()
{
    return {{QStringLiteral("delay_days"), [] { return CatalogFormat::tr("Hari ke-"); },
             RowListEditor::Kind::Number},
            {QStringLiteral("template"), [] { return CatalogFormat::tr("Pesan WhatsApp"); },
             RowListEditor::Kind::LongText}};
}

} // namespace ey::desk::catalog

// SupplierQuestionsPage: the assessment question list and its editor.
#include "SupplierQuestionsPage.h"

#include "SupplierFormat.h"

#include "ApiClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

SupplierQuestionsPage::SupplierQuestionsPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_api(context.api)
{
    setObjectName(QStringLiteral("supplierQuestions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* filters = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("questionTypeFilter"));
    m_filter->addItem(QString(), QString());
    for (const QString& type : SupplierFormat::types())
        m_filter->addItem(QString(), type);
    m_retired = new QCheckBox(this);
    m_retired->setObjectName(QStringLiteral("questionsIncludeRetired"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newQuestion"));
    filters->addWidget(m_filter);
    filters->addWidget(m_retired);
    filters->addStretch(1);
    filters->addWidget(m_new);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_list = new QTableWidget(0, 5, splitter);
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(true);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 40);
    m_list->setColumnWidth(1, 160);
    m_list->setColumnWidth(2, 360);
    m_list->setColumnWidth(3, 70);

    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(editor);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    editorLayout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_typeLabel = new QLabel(editor);
    m_type = new QComboBox(editor);
    m_type->setObjectName(QStringLiteral("questionType"));
    m_type->addItem(QString(), QString());
    for (const QString& type : SupplierFormat::types())
        m_type->addItem(QString(), type);
    m_positionLabel = new QLabel(editor);
    m_position = new QSpinBox(editor);
    m_position->setObjectName(QStringLiteral("questionPosition"));
    m_position->setRange(0, 999);
    m_textLabel = new QLabel(editor);
    m_text = new QPlainTextEdit(editor);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 14);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_positionLabel, m_position);
    form->addRow(m_textLabel, m_text);
    editorLayout->addLayout(form);
    m_optionsLabel = new QLabel(editor);
    editorLayout->addWidget(m_optionsLabel);
    m_options = new QTableWidget(0, 3, editor);
    m_options->setObjectName(QStringLiteral("questionOptions"));
    m_options->verticalHeader()->setVisible(false);
    m_options->horizontalHeader()->setStretchLastSection(false);
    m_options->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_options->setColumnWidth(0, 60);
    m_options->setColumnWidth(2, 70);
    editorLayout->addWidget(m_options, 1);
    auto* optionButtons = new QHBoxLayout;
    m_addOption = new QPushButton(editor);
    m_addOption->setObjectName(QStringLiteral("addOption"));
    m_removeOption = new QPushButton(editor);
    m_removeOption->setObjectName(QStringLiteral("removeOption"));
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch(1);
    editorLayout->addLayout(optionButtons);
    m_message = new QLabel(editor);
    m_message->setObjectName(QStringLiteral("questionMessage"));
    m_message->setWordWrap(true);
    editorLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(editor);
    m_save->setObjectName(QStringLiteral("saveQuestion"));
    m_retire = new QPushButton(editor);
    m_retire->setObjectName(QStringLiteral("retireQuestion"));
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_retire);
    editorLayout->addLayout(buttons);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &SupplierQuestionsPage::load);
    connect(m_retired, &QCheckBox::toggled, this, &SupplierQuestionsPage::load);
    connect(m_new, &QPushButton::clicked, this, &SupplierQuestionsPage::newQuestion);
    connect(m_list, &QTableWidget::currentCellChanged, this,
            [this](int row) { showQuestion(row); });
    connect(m_addOption, &QPushButton::clicked, this, [this] {
        // The next free letter as the key.
        QString key = QStringLiteral("a");
        for (char letter = 'a'; letter <= 'z'; ++letter) {
            bool used = false;
            for (int row = 0; row < m_options->rowCount(); ++row)
                used = used || m_options->item(row, 0)->text() == QLatin1Char(letter);
            if (!used) {
                key = QString(QLatin1Char(letter));
                break;
            }
        }
        const int row = addOption(key, QString(), 0);
        m_options->setCurrentCell(row, 1);
        m_options->editItem(m_options->item(row, 1));
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0)
            m_options->removeRow(m_options->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &SupplierQuestionsPage::save);
    connect(m_retire, &QPushButton::clicked, this, &SupplierQuestionsPage::retire);

    retranslateUi();
    newQuestion();
}

void SupplierQuestionsPage::retranslateUi()
{
    for (auto* combo : {m_filter, m_type})
        for (int i = 0; i < combo->count(); ++i) {
            const QString code = combo->itemData(i).toString();
            combo->setItemText(i, code.isEmpty() ? tr("Semua jenis") : SupplierFormat::type(code));
        }
    m_retired->setText(tr("Tampilkan yang dipensiunkan"));
    m_new->setText(tr("Pertanyaan baru"));
    m_list->setHorizontalHeaderLabels({tr("No"), tr("Jenis"), tr("Pertanyaan"), tr("Opsi"), tr("Status")});
    m_heading->setText(m_current.isEmpty() ? tr("Pertanyaan baru") : tr("Ubah pertanyaan"));
    m_typeLabel->setText(tr("Untuk jenis"));
    m_positionLabel->setText(tr("Urutan"));
    // 0 means "at the end" only while adding; an existing question may sit at position 0.
    m_position->setSpecialValueText(m_current.isEmpty() ? tr("di akhir") : QString());
    m_textLabel->setText(tr("Pertanyaan"));
    m_optionsLabel->setText(tr("Opsi jawaban (2–10; kunci huruf a–z, skor 0–10)"));
    m_options->setHorizontalHeaderLabels({tr("Kunci"), tr("Label"), tr("Skor")});
    m_addOption->setText(tr("Tambah opsi"));
    m_removeOption->setText(tr("Hapus opsi"));
    m_save->setText(tr("Simpan"));
    m_retire->setText(tr("Pensiunkan"));
    m_retire->setToolTip(tr("Tidak ditanyakan lagi; jawaban yang sudah ada tetap tersimpan"));
    fill(m_questions);
}

void SupplierQuestionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupplierQuestionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        load();
}

void SupplierQuestionsPage::load()
{
    m_requested = true;
    m_busy = true;
    QUrlQuery query;
    const QString type = m_filter->currentData().toString();
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    query.addQueryItem(QStringLiteral("include_retired"),
                       m_retired->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    const int generation = ++m_generation;
    m_api.get(
        QStringLiteral("/api/v1/admin/supplier-questions"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_busy = false;
            fill(response.object().value(QStringLiteral("items")).toArray());
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_requested = false;
            setMessage(error.fullText(), true);
        });
}

void SupplierQuestionsPage::fill(const QJsonArray& questions)
{
    m_questions = questions;
    const QString currentId = m_current.value(QStringLiteral("id")).toString();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(static_cast<int>(questions.size()));
    int selected = -1;
    for (int row = 0; row < questions.size(); ++row) {
        const QJsonObject question = questions.at(row).toObject();
        auto* position = cell(QString::number(question.value(QStringLiteral("position")).toInt()));
        position->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        m_list->setItem(row, 0, position);
        const QString type = question.value(QStringLiteral("type")).toString();
        m_list->setItem(row, 1, cell(type.isEmpty() ? tr("Semua jenis") : SupplierFormat::type(type)));
        m_list->setItem(row, 2, cell(question.value(QStringLiteral("text")).toString()));
        QStringList options;
        for (const auto& option : question.value(QStringLiteral("options")).toArray())
            options << option.toObject().value(QStringLiteral("key")).toString();
        m_list->setItem(row, 3, cell(options.join(QStringLiteral(" "))));
        const bool active = question.value(QStringLiteral("active")).toBool();
        auto* status = cell(active ? tr("Aktif") : tr("Dipensiunkan"));
        if (!active)
            for (int column = 0; column < 4; ++column)
                m_list->item(row, column)->setForeground(QColor(0x9C, 0xA3, 0xAF));
        m_list->setItem(row, 4, status);
        if (question.value(QStringLiteral("id")).toString() == currentId)
            selected = row;
    }
    m_list->resizeRowsToContents();
    if (selected >= 0) {
        m_list->setCurrentCell(selected, 2);
        // The saved or retired question as the server has it now; what was just said stays.
        const QString said = m_message->text();
        showQuestion(selected);
        m_message->setText(said);
    }
}

int SupplierQuestionsPage::addOption(const QString& key, const QString& label, int score)
{
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, 0, new QTableWidgetItem(key));
    m_options->setItem(row, 1, new QTableWidgetItem(label));
    auto* points = new QTableWidgetItem;
    points->setData(Qt::EditRole, score); // a spin box editor
    m_options->setItem(row, 2, points);
    return row;
}

void SupplierQuestionsPage::newQuestion()
{
    m_current = {};
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentCell(-1, -1);
    }
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_filter->currentData())));
    m_position->setSpecialValueText(tr("di akhir"));
    m_position->setValue(0);
    m_text->clear();
    m_options->setRowCount(0);
    addOption(QStringLiteral("a"), QString(), 0);
    addOption(QStringLiteral("b"), QString(), 5);
    addOption(QStringLiteral("c"), QString(), 10);
    m_retire->setVisible(false);
    m_type->setEnabled(true);
    m_message->clear();
    m_heading->setText(tr("Pertanyaan baru"));
}

void SupplierQuestionsPage::showQuestion(int row)
{
    if (row < 0 || row >= m_questions.size())
        return;
    m_current = m_questions.at(row).toObject();
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_current.value(QStringLiteral("type")).toString())));
    m_type->setEnabled(false); // the API changes text, position, options and active; not the type
    m_position->setSpecialValueText(QString());
    m_position->setValue(m_current.value(QStringLiteral("position")).toInt());
    m_text->setPlainText(m_current.value(QStringLiteral("text")).toString());
    m_options->setRowCount(0);
    for (const auto& value : m_current.value(QStringLiteral("options")).toArray()) {
        const QJsonObject option = value.toObject();
        addOption(option.value(QStringLiteral("key")).toString(),
                  option.value(QStringLiteral("label")).toString(),
                  option.value(QStringLiteral("score")).toInt());
    }
    m_retire->setVisible(m_current.value(QStringLiteral("active")).toBool());
    m_message->clear();
    m_heading->setText(tr("Ubah pertanyaan"));
}

QJsonObject SupplierQuestionsPage::body() const
{
    QJsonArray options;
    for (int row = 0; row < m_options->rowCount(); ++row)
        options.append(QJsonObject{
            {QStringLiteral("key"), m_options->item(row, 0)->text().trimmed()},
            {QStringLiteral("label"), m_options->item(row, 1)->text().trimmed()},
            {QStringLiteral("score"), m_options->item(row, 2)->data(Qt::EditRole).toInt()}});
    QJsonObject body{{QStringLiteral("text"), m_text->toPlainText().trimmed()},
                     {QStringLiteral("options"), options}};
    if (!m_current.isEmpty() || m_position->value() > 0)
        body.insert(QStringLiteral("position"), m_position->value());
    if (m_current.isEmpty()) {
        const QString type = m_type->currentData().toString();
        body.insert(QStringLiteral("type"), type.isEmpty() ? QJsonValue() : QJsonValue(type));
    }
    return body;
}

void SupplierQuestionsPage::save()
{
    if (m_busy)
        return;
    ApiRequest request;
    const bool creating = m_current.isEmpty();
    request.method = creating ? "POST" : "PATCH";
    request.path = creating ? QStringLiteral("/api/v1/admin/supplier-questions")
                            : QStringLiteral("/api/v1/admin/supplier-questions/") +
                                  m_current.value(QStringLiteral("id")).toString();
    request.body = QJsonDocument(body());
    m_busy = true;
    m_api.send(
        request, this,
        [this, creating](const ApiResponse& response) {
            m_busy = false;
            m_current = response.object();
            setMessage(creating ? tr("Pertanyaan ditambahkan.") : tr("Pertanyaan disimpan."), false);
            emit questionSaved(m_current);
            load();
        },
        [this](const ApiError& error) {
            m_busy = false;
            setMessage(error.fullText(), true);
        });
}

void SupplierQuestionsPage::retire()
{
    if (m_busy || m_current.isEmpty())
        return;
    m_busy = true;
    m_api.post(
        QStringLiteral("/api/v1/admin/supplier-questions/%1/retire")
            .arg(m_current.value(QStringLiteral("id")).toString()),
        {}, this,
        [this](const ApiResponse& response) {
            m_busy = false;
            m_current = response.object();
            m_retire->setVisible(false);
            setMessage(tr("Pertanyaan dipensiunkan; tidak ditanyakan lagi kepada supplier baru."), false);
            load();
        },
        [this](const ApiError& error) {
            m_busy = false;
            setMessage(error.fullText(), true);
        });
}

void SupplierQuestionsPage::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #991B1B;")
                                     : QStringLiteral("color: #166534;"));
}

} // namespace ey::desk::curation

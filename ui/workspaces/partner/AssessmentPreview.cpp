// AssessmentPreview: the client rendering, the answer table and the scoring call.
#include "AssessmentPreview.h"

#include "AssessmentScoreChart.h"

#include "ApiClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ey::desk::partner {

namespace {

enum AnswerColumn { SectionColumn, NumberColumn, QuestionColumn, ValueColumn, MeaningColumn };
constexpr int SectionKeyRole = Qt::UserRole + 1;
constexpr int OptionsRole = Qt::UserRole + 2;

QString labelOf(const QJsonArray& options, int value)
{
    for (const QJsonValue& option : options)
        if (option.toObject().value(QStringLiteral("value")).toInt() == value)
            return option.toObject().value(QStringLiteral("label")).toString();
    return {};
}

} // namespace

AssessmentPreview::AssessmentPreview(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));

    // (1) The section as the client's page shows it.
    auto* clientPage = new QWidget(m_tabs);
    auto* clientLayout = new QVBoxLayout(clientPage);
    m_sectionCombo = new QComboBox(clientPage);
    m_sectionCombo->setObjectName(QStringLiteral("previewSection"));
    clientLayout->addWidget(m_sectionCombo);
    m_clientView = new QTextBrowser(clientPage);
    m_clientView->setObjectName(QStringLiteral("clientView"));
    m_clientView->setOpenLinks(false);
    clientLayout->addWidget(m_clientView, 1);
    connect(m_sectionCombo, &QComboBox::currentIndexChanged, this,
            [this] { renderClientView(); });
    m_tabs->addTab(clientPage, tr("Tampilan klien"));

    // (2) Sample answers scored by the server.
    auto* scorePage = new QWidget(m_tabs);
    auto* scoreLayout = new QVBoxLayout(scorePage);
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, Fill>> fills{{tr("Semua tertinggi"), Fill::Highest},
                                            {tr("Semua terendah"), Fill::Lowest},
                                            {tr("Acak"), Fill::Random}};
    const QStringList names{QStringLiteral("fillHighest"), QStringLiteral("fillLowest"),
                            QStringLiteral("fillRandom")};
    for (int i = 0; i < fills.size(); ++i) {
        auto* button = new QPushButton(fills.at(i).first, scorePage);
        button->setObjectName(names.at(i));
        const Fill how = fills.at(i).second;
        connect(button, &QPushButton::clicked, this, [this, how] { fill(how); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_computeButton = new QPushButton(tr("Hitung"), scorePage);
    m_computeButton->setObjectName(QStringLiteral("compute"));
    m_computeButton->setToolTip(tr("Hitung skor dari jawaban di tabel (ubah jawaban sendiri "
                                   "di kolom Jawaban)."));
    connect(m_computeButton, &QPushButton::clicked, this, &AssessmentPreview::compute);
    buttons->addWidget(m_computeButton);
    scoreLayout->addLayout(buttons);
    m_message = new QLabel(scorePage);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    scoreLayout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Vertical, scorePage);
    m_answers = new QTableWidget(0, 5, split);
    m_answers->setObjectName(QStringLiteral("answersTable"));
    m_answers->setHorizontalHeaderLabels(
        {tr("Bagian"), tr("No"), tr("Pertanyaan"), tr("Jawaban"), tr("Arti")});
    m_answers->verticalHeader()->hide();
    m_answers->verticalHeader()->setDefaultSectionSize(m_answers->fontMetrics().height() + 8);
    m_answers->setAlternatingRowColors(true);
    m_answers->setWordWrap(false);
    m_answers->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    for (int column : {SectionColumn, NumberColumn, ValueColumn})
        m_answers->horizontalHeader()->setSectionResizeMode(column,
                                                            QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->resizeSection(MeaningColumn, 130);
    connect(m_answers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_rebuilding || item->column() != ValueColumn)
            return;
        const QJsonArray options = item->data(OptionsRole).toJsonArray();
        const QString meaning = labelOf(options, item->data(Qt::EditRole).toInt());
        if (auto* label = m_answers->item(item->row(), MeaningColumn))
            label->setText(meaning.isEmpty() ? tr("bukan pilihan") : meaning);
    });
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chart = new AssessmentScoreChart(scroll);
    m_chart->setObjectName(QStringLiteral("scoreChart"));
    scroll->setWidget(m_chart);
    split->addWidget(m_answers);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 600}); // the bars are what people look at; answers are set by buttons
    scoreLayout->addWidget(split, 1);
    m_tabs->addTab(scorePage, tr("Simulasi skor"));
    layout->addWidget(m_tabs);
    setAssessmentId(QString());
}

void AssessmentPreview::setAssessmentId(const QString& id)
{
    m_id = id;
    m_chart->setSections({});
    m_message->setText(id.isEmpty() ? tr("Simpan asesmen ini dulu; setelah itu skor draf bisa "
                                         "dihitung tanpa menyimpan perubahan.")
                                    : tr("Isi jawaban contoh: skor dihitung dari draf di "
                                         "editor, belum disimpan."));
    m_computeButton->setEnabled(!id.isEmpty());
}

void AssessmentPreview::setDefinition(const QJsonObject& definition)
{
    m_definition = definition;
    const QJsonArray sections = definition.value(QStringLiteral("sections")).toArray();
    const int current = m_sectionCombo->currentIndex();
    {
        const QSignalBlocker block(m_sectionCombo);
        m_sectionCombo->clear();
        for (const QJsonValue& value : sections) {
            const QJsonObject section = value.toObject();
            m_sectionCombo->addItem(QStringLiteral("%1 · %2").arg(
                section.value(QStringLiteral("key")).toString(),
                section.value(QStringLiteral("title")).toString()));
        }
        if (!sections.isEmpty())
            m_sectionCombo->setCurrentIndex(std::clamp(current, 0, int(sections.size()) - 1));
    }
    renderClientView();
    rebuildAnswers();
}

void AssessmentPreview::showSection(int index)
{
    if (index >= 0 && index < m_sectionCombo->count())
        m_sectionCombo->setCurrentIndex(index);
}

QJsonArray AssessmentPreview::optionsFor(const QJsonObject& section,
                                         const QJsonObject& question) const
{
    QString key = question.value(QStringLiteral("template")).toString();
    if (key.isEmpty())
        key = section.value(QStringLiteral("template")).toString();
    for (const QJsonValue& value : m_definition.value(QStringLiteral("templates")).toArray())
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return value.toObject().value(QStringLiteral("options")).toArray();
    return {};
}

void AssessmentPreview::renderClientView()
{
    const QJsonArray sections = m_definition.value(QStringLiteral("sections")).toArray();
    const int index = m_sectionCombo->currentIndex();
    if (index < 0 || index >= sections.size()) {
        m_clientView->setHtml(
            QStringLiteral("<p style='color:#6B7280'>%1</p>")
                .arg(tr("Tambahkan bagian dan pertanyaan untuk melihat tampilannya.")));
        return;
    }
    const QJsonObject section = sections.at(index).toObject();
    QString html = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                       .arg(section.value(QStringLiteral("title")).toString().toHtmlEscaped());
    html += QStringLiteral("<p style='color:#6B7280; margin-top:0'>%1</p>")
                .arg(tr("Bagian %1 dari %2").arg(index + 1).arg(sections.size()));
    const QString description = section.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped());
    const QJsonValue limit = section.value(QStringLiteral("time_limit_seconds"));
    html += QStringLiteral("<p style='background:#EFF6FF; padding:4px'>%1</p>")
                .arg(limit.isDouble() ? tr("Batas waktu %1 menit").arg(limit.toInt() / 60)
                                      : tr("Tanpa batas waktu"));
    const QJsonArray questions = section.value(QStringLiteral("questions")).toArray();
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject question = questions.at(i).toObject();
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1.</b> %2</p>")
                    .arg(i + 1)
                    .arg(question.value(QStringLiteral("text")).toString().toHtmlEscaped());
        QStringList choices;
        for (const QJsonValue& option : optionsFor(section, question))
            choices << QStringLiteral("&#9675;&nbsp;%1").arg(
                           option.toObject().value(QStringLiteral("label")).toString().toHtmlEscaped());
        html += QStringLiteral("<p style='margin-top:0; margin-left:18px; color:#374151'>%1</p>")
                    .arg(choices.isEmpty() ? tr("(templat jawaban belum ada)")
                                           : choices.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    }
    m_clientView->setHtml(html);
}

void AssessmentPreview::rebuildAnswers()
{
    // Answers typed so far, by section key and question number.
    QMap<QPair<QString, int>, int> kept;
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const auto* value = m_answers->item(row, ValueColumn);
        const auto* section = m_answers->item(row, SectionColumn);
        const auto* number = m_answers->item(row, NumberColumn);
        if (value && section && number)
            kept.insert({section->data(SectionKeyRole).toString(), number->text().toInt()},
                        value->data(Qt::EditRole).toInt());
    }
    m_rebuilding = true;
    m_answers->setRowCount(0);
    for (const QJsonValue& value : m_definition.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        const QString key = section.value(QStringLiteral("key")).toString();
        const QJsonArray questions = section.value(QStringLiteral("questions")).toArray();
        for (int i = 0; i < questions.size(); ++i) {
            const QJsonObject question = questions.at(i).toObject();
            const QJsonArray options = optionsFor(section, question);
            const int row = m_answers->rowCount();
            m_answers->insertRow(row);
            auto* sectionItem = new QTableWidgetItem(key);
            sectionItem->setData(SectionKeyRole, key);
            auto* numberItem = new QTableWidgetItem(QString::number(i + 1));
            numberItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QString text = question.value(QStringLiteral("text")).toString();
            if (question.value(QStringLiteral("reverse")).toBool())
                text = tr("(terbalik) %1").arg(text);
            auto* questionItem = new QTableWidgetItem(text);
            questionItem->setToolTip(text);
            const int fallback =
                options.isEmpty() ? 0 : options.first().toObject().value(QStringLiteral("value")).toInt();
            const int answer = kept.value({key, i + 1}, fallback);
            auto* valueItem = new QTableWidgetItem;
            valueItem->setData(Qt::EditRole, answer);
            valueItem->setData(OptionsRole, options);
            valueItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QStringList hint;
            for (const QJsonValue& option : options)
                hint << QStringLiteral("%1 = %2").arg(
                            option.toObject().value(QStringLiteral("value")).toInt())
                            .arg(option.toObject().value(QStringLiteral("label")).toString());
            valueItem->setToolTip(hint.join(QLatin1Char('\n')));
            const QString meaning = labelOf(options, answer);
            auto* meaningItem = new QTableWidgetItem(meaning.isEmpty() ? tr("bukan pilihan")
                                                                       : meaning);
            for (QTableWidgetItem* item : {sectionItem, numberItem, questionItem, meaningItem})
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_answers->setItem(row, SectionColumn, sectionItem);
            m_answers->setItem(row, NumberColumn, numberItem);
            m_answers->setItem(row, QuestionColumn, questionItem);
            m_answers->setItem(row, ValueColumn, valueItem);
            m_answers->setItem(row, MeaningColumn, meaningItem);
        }
    }
    m_rebuilding = false;
}

void AssessmentPreview::fill(Fill how)
{
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        auto* item = m_answers->item(row, ValueColumn);
        const QJsonArray options = item->data(OptionsRole).toJsonArray();
        if (options.isEmpty())
            continue;
        QList<int> values;
        for (const QJsonValue& option : options)
            values << option.toObject().value(QStringLiteral("value")).toInt();
        int chosen = values.first();
        switch (how) {
        case Fill::Highest:
            chosen = *std::max_element(values.begin(), values.end());
            break;
        case Fill::Lowest:
            chosen = *std::min_element(values.begin(), values.end());
            break;
        case Fill::Random:
            chosen = values.at(int(QRandomGenerator::global()->bounded(int(values.size()))));
            break;
        }
        item->setData(Qt::EditRole, chosen);
    }
    compute();
}

void AssessmentPreview::compute()
{
    if (m_id.isEmpty()) {
        setAssessmentId(QString());
        return;
    }
    QJsonObject answers;
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const QString key = m_answers->item(row, SectionColumn)->data(SectionKeyRole).toString();
        QJsonArray list = answers.value(key).toArray();
        list.append(m_answers->item(row, ValueColumn)->data(Qt::EditRole).toInt());
        answers.insert(key, list);
    }
    QJsonObject body;
    body.insert(QStringLiteral("definition"), m_definition);
    body.insert(QStringLiteral("answers"), answers);
    m_computeButton->setEnabled(false);
    m_message->setText(tr("Menghitung…"));
    m_api.post(
        QStringLiteral("/api/v1/admin/assessments/%1/preview").arg(m_id), body, this,
        [this](const ApiResponse& response) {
            m_computeButton->setEnabled(true);
            m_chart->setSections(response.object().value(QStringLiteral("sections")).toArray());
            m_message->setText(tr("Skor dihitung dari draf di editor; tidak ada yang disimpan."));
            emit scored();
        },
        [this](const ApiError& error) { showFailure(error); });
}

void AssessmentPreview::showFailure(const ApiError& error)
{
    m_computeButton->setEnabled(true);
    QMap<QString, QString> definitionErrors;
    QStringList lines;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("answers")))
            lines << it.value();
        else
            definitionErrors.insert(it.key(), it.value());
    }
    if (!definitionErrors.isEmpty()) {
        lines.prepend(tr("Draf belum valid, jadi skornya belum bisa dihitung. Perbaiki yang "
                         "ditandai merah di editor."));
        emit definitionRejected(definitionErrors);
    }
    if (lines.isEmpty())
        lines << (error.detail.isEmpty() ? error.title : error.detail);
    QStringList escaped;
    for (const QString& line : lines)
        escaped << line.toHtmlEscaped();
    m_message->setText(QStringLiteral("<span style='color:#B91C1C'>%1</span>")
                           .arg(escaped.join(QStringLiteral("<br>"))));
}

} // namespace ey::desk::partner

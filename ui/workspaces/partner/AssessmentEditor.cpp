// AssessmentEditor: the tabs, the parent/child table bindings and the server error marks.
#include "AssessmentEditor.h"

#include "AssessmentJsonModel.h"
#include "AssessmentTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

using Kind = AssessmentColumnKind;

const QString kSectionPrefix = QStringLiteral("@"); ///< form paths relative to the current section
const char* kErrorStyle = "border: 1px solid #DC2626; background: #FEF2F2;";

/// The server's section (scoring nested) → the editor's flat row (scales, summary_* beside it).
QJsonObject flatSection(const QJsonObject& section)
{
    const QJsonObject scoring = section.value(QStringLiteral("scoring")).toObject();
    const QJsonObject summary = scoring.value(QStringLiteral("summary")).toObject();
    QJsonObject row;
    for (const char* field : {"key", "title", "template"})
        row.insert(QLatin1String(field), section.value(QLatin1String(field)).toString());
    row.insert(QStringLiteral("description"),
               section.value(QStringLiteral("description")).toString());
    row.insert(QStringLiteral("time_limit_seconds"),
               section.value(QStringLiteral("time_limit_seconds")));
    QJsonArray questions;
    for (const QJsonValue& value : section.value(QStringLiteral("questions")).toArray()) {
        QJsonObject question = value.toObject();
        question.insert(QStringLiteral("reverse"),
                        question.value(QStringLiteral("reverse")).toBool());
        questions.append(question);
    }
    row.insert(QStringLiteral("questions"), questions);
    row.insert(QStringLiteral("scales"), scoring.value(QStringLiteral("scales")).toArray());
    row.insert(QStringLiteral("summary_method"),
               summary.value(QStringLiteral("method")).toString(QStringLiteral("none")));
    row.insert(QStringLiteral("summary_bands"), summary.value(QStringLiteral("bands")).toArray());
    row.insert(QStringLiteral("highlights_top"),
               scoring.value(QStringLiteral("highlights_top")).toInt());
    return row;
}

QJsonObject serverSection(const QJsonObject& row)
{
    QJsonObject section;
    for (const char* field : {"key", "title", "template"})
        section.insert(QLatin1String(field), row.value(QLatin1String(field)).toString().trimmed());
    const QString description = row.value(QStringLiteral("description")).toString().trimmed();
    section.insert(QStringLiteral("description"),
                   description.isEmpty() ? QJsonValue() : QJsonValue(description));
    section.insert(QStringLiteral("time_limit_seconds"),
                   row.value(QStringLiteral("time_limit_seconds")));
    QJsonObject summary;
    summary.insert(QStringLiteral("method"), row.value(QStringLiteral("summary_method")));
    summary.insert(QStringLiteral("bands"), row.value(QStringLiteral("summary_bands")).toArray());
    QJsonObject scoring;
    scoring.insert(QStringLiteral("scales"), row.value(QStringLiteral("scales")).toArray());
    scoring.insert(QStringLiteral("summary"), summary);
    scoring.insert(QStringLiteral("highlights_top"),
                   row.value(QStringLiteral("highlights_top")).toInt());
    section.insert(QStringLiteral("scoring"), scoring);
    section.insert(QStringLiteral("questions"), row.value(QStringLiteral("questions")).toArray());
    return section;
}

QJsonObject newBand()
{
    return {{QStringLiteral("min"), 0},
            {QStringLiteral("max"), 0},
            {QStringLiteral("key"), QString()},
            {QStringLiteral("label"), QString()},
            {QStringLiteral("narrative"), QString()}};
}

QList<AssessmentColumn> bandColumns()
{
    return {
        {QStringLiteral("min"), [] { return AssessmentEditor::tr("Min"); }, Kind::Number},
        {QStringLiteral("max"), [] { return AssessmentEditor::tr("Maks"); }, Kind::Number},
        {QStringLiteral("key"), [] { return AssessmentEditor::tr("Kunci"); }},
        {QStringLiteral("label"), [] { return AssessmentEditor::tr("Label"); }},
        {QStringLiteral("narrative"), [] { return AssessmentEditor::tr("Narasi"); }},
    };
}

void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

AssessmentEditor::AssessmentEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("Umum"));
    m_tabs->addTab(buildTemplatesTab(), tr("Templat jawaban"));
    m_tabs->addTab(buildSectionsTab(), tr("Bagian dan skor"));
    m_tabs->addTab(buildExecutiveTab(), tr("Ringkasan Eksekutif"));
    layout->addWidget(m_tabs, 1);

    m_errorList = new QListWidget(this);
    m_errorList->setObjectName(QStringLiteral("errorList"));
    m_errorList->setStyleSheet(QStringLiteral("QListWidget { border: 1px solid #DC2626; "
                                              "background: #FEF2F2; color: #991B1B; }"));
    m_errorList->setToolTip(tr("Pilih salah satu untuk membuka tempatnya."));
    m_errorList->hide();
    connect(m_errorList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        navigateTo(item->data(Qt::UserRole).toString());
    });
    connect(m_errorList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        navigateTo(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_errorList);

    for (AssessmentJsonModel* root : {m_templates, m_sections, m_execSections})
        connect(root, &AssessmentJsonModel::edited, this, &AssessmentEditor::edited);
    // The section template list and question choices follow the templates as they are typed.
    connect(m_templates, &AssessmentJsonModel::edited, this,
            &AssessmentEditor::refreshTemplateChoices);
}

QWidget* AssessmentEditor::tablePane(AssessmentTableView* view, const QString& caption,
                                     const QString& hint, QWidget* extra, const QString& longField)
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()), pane);
    head->addWidget(title);
    head->addStretch(1);
    if (extra)
        head->addWidget(extra);
    struct Action
    {
        QString text;
        QString tip;
        std::function<void()> run;
    };
    const QList<Action> actions{
        {QStringLiteral("+"), tr("Tambah baris (Ins)"), [view] { view->addRow(); }},
        {QStringLiteral("−"), tr("Hapus baris (Del)"), [view] { view->removeCurrentRow(); }},
        {QStringLiteral("↑"), tr("Naikkan (Ctrl+↑)"), [view] { view->moveCurrentRow(-1); }},
        {QStringLiteral("↓"), tr("Turunkan (Ctrl+↓)"), [view] { view->moveCurrentRow(1); }},
    };
    for (const Action& action : actions) {
        auto* button = new QPushButton(action.text, pane);
        button->setToolTip(action.tip);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the table
        button->setFixedWidth(30);
        connect(button, &QPushButton::clicked, view, action.run);
        head->addWidget(button);
        m_editButtons.append(button);
    }
    layout->addLayout(head);
    layout->addWidget(view, 1);
    if (!longField.isEmpty()) {
        auto* text = new QPlainTextEdit(pane);
        text->setObjectName(view->objectName() + QStringLiteral("Text"));
        text->setPlaceholderText(tr("Teks lengkap baris terpilih"));
        text->setMaximumHeight(72);
        text->setTabChangesFocus(true);
        const auto show = [view, text, longField] {
            const AssessmentJsonModel* model = view->jsonModel();
            const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
            const bool present = row >= 0 && row < model->rowCount();
            const QString value = present ? model->row(row).value(longField).toString() : QString();
            text->setEnabled(present && !model->isReadOnly());
            if (text->toPlainText() != value) {
                const QSignalBlocker quiet(text);
                text->setPlainText(value);
            }
        };
        AssessmentJsonModel* model = view->jsonModel();
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, text, show);
        connect(model, &QAbstractItemModel::modelReset, text, show);
        connect(model, &QAbstractItemModel::dataChanged, text, show);
        connect(model, &QAbstractItemModel::rowsRemoved, text, show);
        connect(model, &QAbstractItemModel::rowsMoved, text, show);
        connect(text, &QPlainTextEdit::textChanged, this, [view, text, longField] {
            const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
            if (row >= 0 && row < view->jsonModel()->rowCount())
                view->jsonModel()->setRowField(row, longField, text->toPlainText());
        });
        layout->addWidget(text);
    }
    auto* error = new QLabel(pane);
    error->setObjectName(view->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    error->hide();
    layout->addWidget(error);
    if (!hint.isEmpty()) {
        auto* help = new QLabel(hint, pane);
        help->setWordWrap(true);
        help->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(help);
    }
    return pane;
}

QWidget* AssessmentEditor::buildGeneralTab()
{
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("mis. POTENSI-DIRI"));
    m_code->setMaxLength(40);
    form->addRow(tr("Kode"), m_code);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("Judul"), m_title);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(140);
    form->addRow(tr("Deskripsi"), m_description);
    auto* note = new QLabel(tr("Kode dipakai partner dan laporan; huruf besar, angka dan tanda "
                               "hubung. Asesmen yang sudah dikerjakan klien tidak bisa diubah: "
                               "buat salinan dengan kode baru untuk versi berikutnya."),
                            page);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), note);
    m_fieldPaths.insert(m_code, QStringLiteral("code"));
    m_fieldPaths.insert(m_title, QStringLiteral("title"));
    m_fieldPaths.insert(m_description, QStringLiteral("description"));
    connect(m_code, &QLineEdit::textEdited, this, &AssessmentEditor::edited);
    connect(m_title, &QLineEdit::textEdited, this, &AssessmentEditor::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            edited();
    });
    return page;
}

QWidget* AssessmentEditor::buildTemplatesTab()
{
    m_templates = new AssessmentJsonModel(
        {{QStringLiteral("key"), [] { return tr("Kunci"); }},
         {QStringLiteral("name"), [] { return tr("Nama"); }}},
        this);
    m_templates->setTemplateRow({{QStringLiteral("key"), QString()},
                                 {QStringLiteral("name"), QString()},
                                 {QStringLiteral("options"), QJsonArray()}});
    m_options = new AssessmentJsonModel(
        {{QStringLiteral("value"), [] { return tr("Nilai"); }, Kind::Integer},
         {QStringLiteral("label"), [] { return tr("Label pilihan"); }}},
        this);
    m_options->setTemplateRow({{QStringLiteral("value"), 0}, {QStringLiteral("label"), QString()}});
    m_templatesView = new AssessmentTableView(this);
    m_templatesView->setObjectName(QStringLiteral("templatesView"));
    m_templatesView->setJsonModel(m_templates);
    m_optionsView = new AssessmentTableView(this);
    m_optionsView->setObjectName(QStringLiteral("optionsView"));
    m_optionsView->setJsonModel(m_options);

    m_likert = new QPushButton(tr("Likert 1–5"), this);
    m_likert->setObjectName(QStringLiteral("likertPreset"));
    m_likert->setToolTip(tr("Isi pilihan templat ini dengan skala persetujuan 1–5."));
    connect(m_likert, &QPushButton::clicked, this, &AssessmentEditor::applyLikertPreset);
    m_editButtons.append(m_likert);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane(m_templatesView, tr("Templat jawaban"),
                                  tr("Satu templat dipakai banyak pertanyaan; bagian memilih "
                                     "templatnya, pertanyaan boleh memakai templat lain.")));
    splitter->addWidget(tablePane(m_optionsView, tr("Pilihan jawaban templat terpilih"),
                                  tr("Pertanyaan terbalik memakai nilai cerminan: terendah + "
                                     "tertinggi − jawaban."),
                                  m_likert));
    bind({m_templates, m_templatesView, QStringLiteral("options"), m_options, m_optionsView,
          [](int row) { return QStringLiteral("templates[%1].options").arg(row); }});
    return splitter;
}

QWidget* AssessmentEditor::buildSectionsTab()
{
    m_sections = new AssessmentJsonModel(
        {{QStringLiteral("key"), [] { return tr("Kunci"); }},
         {QStringLiteral("title"), [] { return tr("Judul bagian"); }}},
        this);
    m_sectionsView = new AssessmentTableView(this);
    m_sectionsView->setObjectName(QStringLiteral("sectionsView"));
    m_sectionsView->setJsonModel(m_sections);
    m_sectionsView->setEditTriggers(QAbstractItemView::NoEditTriggers); // edited in the form

    m_questions = new AssessmentJsonModel(
        {{QStringLiteral("text"), [] { return tr("Pertanyaan"); }},
         {QStringLiteral("scale"), [] { return tr("Skala"); }, Kind::Choice,
          [this] { return scaleChoices(); }},
         {QStringLiteral("reverse"), [] { return tr("Terbalik"); }, Kind::Boolean},
         {QStringLiteral("template"), [] { return tr("Templat khusus"); }, Kind::Choice,
          [this] { return templateChoices(); }, true}},
        this);
    m_questionsView = new AssessmentTableView(this);
    m_questionsView->setObjectName(QStringLiteral("questionsView"));
    m_questionsView->setJsonModel(m_questions);
    m_questionsView->setStretchColumn(0);

    m_scales = new AssessmentJsonModel(
        {{QStringLiteral("key"), [] { return tr("Kunci"); }},
         {QStringLiteral("label"), [] { return tr("Label"); }},
         {QStringLiteral("method"), [] { return tr("Metode"); }, Kind::Choice,
          [] {
              return QList<QPair<QString, QString>>{
                  {QStringLiteral("sum"), tr("Jumlah")}, {QStringLiteral("mean"), tr("Rata-rata")}};
          }}},
        this);
    m_scales->setTemplateRow({{QStringLiteral("key"), QString()},
                              {QStringLiteral("label"), QString()},
                              {QStringLiteral("method"), QStringLiteral("sum")},
                              {QStringLiteral("bands"), QJsonArray()}});
    m_scalesView = new AssessmentTableView(this);
    m_scalesView->setObjectName(QStringLiteral("scalesView"));
    m_scalesView->setJsonModel(m_scales);
    m_bands = new AssessmentJsonModel(bandColumns(), this);
    m_bands->setTemplateRow(newBand());
    m_bandsView = new AssessmentTableView(this);
    m_bandsView->setObjectName(QStringLiteral("bandsView"));
    m_bandsView->setJsonModel(m_bands);
    m_summaryBands = new AssessmentJsonModel(bandColumns(), this);
    m_summaryBands->setTemplateRow(newBand());
    m_summaryBandsView = new AssessmentTableView(this);
    m_summaryBandsView->setObjectName(QStringLiteral("summaryBandsView"));
    m_summaryBandsView->setJsonModel(m_summaryBands);

    // The section list with its own add/remove/move buttons.
    auto* outer = new QSplitter(Qt::Horizontal, this);
    auto* listPane = tablePane(m_sectionsView, tr("Bagian"), tr("Urutan di sini = urutan "
                                                                "pengerjaan klien."));
    outer->addWidget(listPane);

    auto* right = new QWidget(outer);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_sectionForm = new QWidget(right);
    auto* form = new QFormLayout(m_sectionForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_sectionKey = new QLineEdit(m_sectionForm);
    m_sectionKey->setObjectName(QStringLiteral("sectionKey"));
    m_sectionKey->setMaxLength(20);
    m_sectionTitle = new QLineEdit(m_sectionForm);
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_sectionKey, 1);
    keyRow->addWidget(new QLabel(tr("Judul"), m_sectionForm));
    keyRow->addWidget(m_sectionTitle, 3);
    form->addRow(tr("Kunci"), keyRow);
    m_sectionDescription = new QPlainTextEdit(m_sectionForm);
    m_sectionDescription->setObjectName(QStringLiteral("sectionDescription"));
    m_sectionDescription->setTabChangesFocus(true);
    m_sectionDescription->setMaximumHeight(54);
    form->addRow(tr("Deskripsi"), m_sectionDescription);
    m_timeLimit = new QSpinBox(m_sectionForm);
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_timeLimit->setRange(0, 1440);
    m_timeLimit->setSpecialValueText(tr("Tanpa batas"));
    m_timeLimit->setSuffix(tr(" menit"));
    m_sectionTemplate = new QComboBox(m_sectionForm);
    m_sectionTemplate->setObjectName(QStringLiteral("sectionTemplate"));
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(m_timeLimit, 1);
    limitRow->addWidget(new QLabel(tr("Templat jawaban"), m_sectionForm));
    limitRow->addWidget(m_sectionTemplate, 2);
    form->addRow(tr("Batas waktu"), limitRow);
    rightLayout->addWidget(m_sectionForm);
    m_fieldPaths.insert(m_sectionKey, kSectionPrefix + QStringLiteral(".key"));
    m_fieldPaths.insert(m_sectionTitle, kSectionPrefix + QStringLiteral(".title"));
    m_fieldPaths.insert(m_sectionDescription, kSectionPrefix + QStringLiteral(".description"));
    m_fieldPaths.insert(m_timeLimit, kSectionPrefix + QStringLiteral(".time_limit_seconds"));
    m_fieldPaths.insert(m_sectionTemplate, kSectionPrefix + QStringLiteral(".template"));

    connect(m_sectionKey, &QLineEdit::textEdited, this,
            [this](const QString& text) { writeSectionField(QStringLiteral("key"), text); });
    connect(m_sectionTitle, &QLineEdit::textEdited, this,
            [this](const QString& text) { writeSectionField(QStringLiteral("title"), text); });
    connect(m_sectionDescription, &QPlainTextEdit::textChanged, this, [this] {
        writeSectionField(QStringLiteral("description"), m_sectionDescription->toPlainText());
    });
    connect(m_timeLimit, &QSpinBox::valueChanged, this, [this](int minutes) {
        writeSectionField(QStringLiteral("time_limit_seconds"),
                          minutes == 0 ? QJsonValue() : QJsonValue(minutes * 60));
    });
    connect(m_sectionTemplate, &QComboBox::currentIndexChanged, this, [this] {
        if (m_sectionTemplate->currentIndex() >= 0)
            writeSectionField(QStringLiteral("template"), m_sectionTemplate->currentData().toString());
    });

    m_sectionTabs = new QTabWidget(right);
    m_sectionTabs->setObjectName(QStringLiteral("sectionTabs"));
    m_sectionTabs->addTab(
        tablePane(m_questionsView, tr("Pertanyaan bagian ini"),
                  tr("Enter mengubah sel, Ins menambah, Del menghapus, Ctrl+↑/↓ memindahkan. "
                     "Centang \"Terbalik\" untuk butir yang skornya dibalik.")),
        tr("Pertanyaan"));
    auto* scalesSplit = new QSplitter(Qt::Vertical, right);
    scalesSplit->addWidget(tablePane(m_scalesView, tr("Skala"),
                                     tr("Skor skala = jumlah atau rata-rata butir "
                                        "pertanyaannya.")));
    scalesSplit->addWidget(tablePane(m_bandsView, tr("Kategori skala terpilih"),
                                     tr("Kategori harus menutup seluruh rentang skor tanpa "
                                        "celah atau tumpang tindih; batas bawah dan atas "
                                        "termasuk."),
                                     nullptr, QStringLiteral("narrative")));
    m_sectionTabs->addTab(scalesSplit, tr("Skala dan kategori"));

    auto* summaryPage = new QWidget(right);
    auto* summaryLayout = new QVBoxLayout(summaryPage);
    auto* summaryForm = new QFormLayout;
    m_summaryMethod = new QComboBox(summaryPage);
    m_summaryMethod->setObjectName(QStringLiteral("summaryMethod"));
    m_summaryMethod->addItem(tr("Tanpa ringkasan"), QStringLiteral("none"));
    m_summaryMethod->addItem(tr("Jumlah skor skala"), QStringLiteral("sum"));
    m_summaryMethod->addItem(tr("Rata-rata semua butir"), QStringLiteral("mean_items"));
    m_summaryMethod->addItem(tr("Rata-rata skor skala"), QStringLiteral("mean_scales"));
    summaryForm->addRow(tr("Metode ringkasan"), m_summaryMethod);
    m_highlights = new QSpinBox(summaryPage);
    m_highlights->setObjectName(QStringLiteral("highlightsTop"));
    m_highlights->setRange(0, 12);
    m_highlights->setSpecialValueText(tr("Tidak ada"));
    m_highlights->setSuffix(tr(" skala tertinggi"));
    summaryForm->addRow(tr("Sorotan"), m_highlights);
    summaryLayout->addLayout(summaryForm);
    summaryLayout->addWidget(tablePane(m_summaryBandsView, tr("Kategori ringkasan"),
                                       tr("Dipakai untuk skor ringkasan bagian; sorotan "
                                          "menyebut N skala dengan persentase tertinggi."),
                                       nullptr, QStringLiteral("narrative")),
                             1);
    m_sectionTabs->addTab(summaryPage, tr("Ringkasan bagian"));
    m_fieldPaths.insert(m_summaryMethod, kSectionPrefix + QStringLiteral(".scoring.summary.method"));
    m_fieldPaths.insert(m_highlights, kSectionPrefix + QStringLiteral(".scoring.highlights_top"));
    connect(m_summaryMethod, &QComboBox::currentIndexChanged, this, [this] {
        writeSectionField(QStringLiteral("summary_method"), m_summaryMethod->currentData().toString());
    });
    connect(m_highlights, &QSpinBox::valueChanged, this,
            [this](int top) { writeSectionField(QStringLiteral("highlights_top"), top); });

    rightLayout->addWidget(m_sectionTabs, 1);
    outer->addWidget(right);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 4);
    outer->setSizes({170, 780});

    connect(m_sectionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                loadSectionForm();
                emit currentSectionChanged(currentSection());
            });
    connect(m_sections, &QAbstractItemModel::modelReset, this, [this] { loadSectionForm(); });
    connect(m_sections, &QAbstractItemModel::rowsRemoved, this, [this] { loadSectionForm(); });
    connect(m_sections, &QAbstractItemModel::rowsMoved, this, [this] { loadSectionForm(); });

    const auto sectionPath = [](int row) { return QStringLiteral("sections[%1]").arg(row); };
    bind({m_sections, m_sectionsView, QStringLiteral("questions"), m_questions, m_questionsView,
          [sectionPath](int row) { return sectionPath(row) + QStringLiteral(".questions"); }});
    bind({m_sections, m_sectionsView, QStringLiteral("scales"), m_scales, m_scalesView,
          [sectionPath](int row) { return sectionPath(row) + QStringLiteral(".scoring.scales"); }});
    bind({m_scales, m_scalesView, QStringLiteral("bands"), m_bands, m_bandsView, [this](int row) {
              return QStringLiteral("sections[%1].scoring.scales[%2].bands")
                  .arg(currentSection())
                  .arg(row);
          }});
    bind({m_sections, m_sectionsView, QStringLiteral("summary_bands"), m_summaryBands,
          m_summaryBandsView, [sectionPath](int row) {
              return sectionPath(row) + QStringLiteral(".scoring.summary.bands");
          }});
    // A new question lands on the section's first scale, the one most lists start with.
    connect(m_scales, &AssessmentJsonModel::edited, this, [this] { loadSectionForm(); });
    return outer;
}

QWidget* AssessmentEditor::buildExecutiveTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_execEnabled = new QCheckBox(tr("Laporan memuat ringkasan eksekutif"), page);
    m_execEnabled->setObjectName(QStringLiteral("executiveEnabled"));
    layout->addWidget(m_execEnabled);
    m_execBody = new QWidget(page);
    auto* body = new QVBoxLayout(m_execBody);
    body->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_execTitle = new QLineEdit(m_execBody);
    m_execTitle->setObjectName(QStringLiteral("executiveTitle"));
    form->addRow(tr("Judul"), m_execTitle);
    m_execOpening = new QPlainTextEdit(m_execBody);
    m_execOpening->setObjectName(QStringLiteral("executiveOpening"));
    m_execOpening->setMaximumHeight(60);
    m_execOpening->setTabChangesFocus(true);
    form->addRow(tr("Pembuka"), m_execOpening);
    m_execClosing = new QPlainTextEdit(m_execBody);
    m_execClosing->setObjectName(QStringLiteral("executiveClosing"));
    m_execClosing->setMaximumHeight(60);
    m_execClosing->setTabChangesFocus(true);
    form->addRow(tr("Penutup"), m_execClosing);
    body->addLayout(form);
    m_fieldPaths.insert(m_execTitle, QStringLiteral("executive_summary.title"));
    m_fieldPaths.insert(m_execOpening, QStringLiteral("executive_summary.opening"));
    m_fieldPaths.insert(m_execClosing, QStringLiteral("executive_summary.closing"));

    m_execSections = new AssessmentJsonModel(
        {{QStringLiteral("section"), [] { return tr("Bagian"); }, Kind::Choice,
          [this] { return sectionChoices(); }},
         {QStringLiteral("source"), [] { return tr("Sumber kategori"); }, Kind::Choice,
          [this] { return sourceChoices(); }}},
        this);
    m_execSections->setTemplateRow({{QStringLiteral("section"), QString()},
                                    {QStringLiteral("source"), QStringLiteral("summary")},
                                    {QStringLiteral("texts"), QJsonArray()}});
    m_execSectionsView = new AssessmentTableView(m_execBody);
    m_execSectionsView->setObjectName(QStringLiteral("execSectionsView"));
    m_execSectionsView->setJsonModel(m_execSections);
    m_execTexts = new AssessmentJsonModel(
        {{QStringLiteral("category"), [] { return tr("Kategori"); }, Kind::Choice,
          [this] {
              // The categories of the chosen source, plus "*" for every other result.
              QList<QPair<QString, QString>> choices{{QStringLiteral("*"), tr("* (lainnya)")}};
              const int row = m_execSectionsView->currentIndex().row();
              if (row < 0)
                  return choices;
              const QJsonObject entry = m_execSections->row(row);
              const QString source = entry.value(QStringLiteral("source")).toString();
              for (const QJsonValue& value : m_sections->items()) {
                  const QJsonObject section = value.toObject();
                  if (section.value(QStringLiteral("key")) != entry.value(QStringLiteral("section")))
                      continue;
                  QJsonArray bands = section.value(QStringLiteral("summary_bands")).toArray();
                  if (source != QStringLiteral("summary"))
                      for (const QJsonValue& scale : section.value(QStringLiteral("scales")).toArray())
                          if (scale.toObject().value(QStringLiteral("key")).toString() == source)
                              bands = scale.toObject().value(QStringLiteral("bands")).toArray();
                  for (const QJsonValue& band : bands) {
                      const QJsonObject b = band.toObject();
                      choices.append({b.value(QStringLiteral("key")).toString(),
                                      b.value(QStringLiteral("label")).toString()});
                  }
              }
              return choices;
          }},
         {QStringLiteral("text"), [] { return tr("Teks"); }}},
        this);
    m_execTexts->setTemplateRow(
        {{QStringLiteral("category"), QStringLiteral("*")}, {QStringLiteral("text"), QString()}});
    m_execTextsView = new AssessmentTableView(m_execBody);
    m_execTextsView->setObjectName(QStringLiteral("execTextsView"));
    m_execTextsView->setJsonModel(m_execTexts);

    auto* split = new QSplitter(Qt::Vertical, m_execBody);
    split->addWidget(tablePane(m_execSectionsView, tr("Bagian dalam ringkasan"),
                               tr("Sumber: kategori ringkasan bagian atau kategori satu skala.")));
    split->addWidget(tablePane(
        m_execTextsView, tr("Teks per kategori"),
        tr("Penanda yang diisi otomatis: {client_name} {category} {score} {max} {percent} "
           "{highlights}. Kategori * dipakai bila tidak ada teks untuk kategori klien."),
        nullptr, QStringLiteral("text")));
    body->addWidget(split, 1);
    layout->addWidget(m_execBody, 1);
    m_execBody->setEnabled(false);
    connect(m_execEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_execBody->setEnabled(on && !m_readOnly);
        if (on && m_execTitle->text().isEmpty())
            m_execTitle->setText(tr("Ringkasan Eksekutif"));
        if (!m_loading)
            edited();
    });
    connect(m_execTitle, &QLineEdit::textEdited, this, &AssessmentEditor::edited);
    for (QPlainTextEdit* edit : {m_execOpening, m_execClosing})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                edited();
        });
    bind({m_execSections, m_execSectionsView, QStringLiteral("texts"), m_execTexts, m_execTextsView,
          [](int row) { return QStringLiteral("executive_summary.sections[%1].texts").arg(row); }});
    return page;
}

void AssessmentEditor::bind(const Binding& binding)
{
    m_bindings.append(binding);
    const int index = int(m_bindings.size()) - 1;
    connect(binding.parentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, index] { refreshChild(m_bindings.at(index)); });
    const auto refresh = [this, index] { refreshChild(m_bindings.at(index)); };
    connect(binding.parent, &QAbstractItemModel::modelReset, this, refresh);
    connect(binding.parent, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(binding.parent, &QAbstractItemModel::rowsMoved, this, refresh);
    connect(binding.child, &AssessmentJsonModel::edited, this, [this, index] {
        const Binding& b = m_bindings.at(index);
        const int row = b.parentView->currentIndex().row();
        if (row >= 0 && row < b.parent->rowCount())
            b.parent->setRowField(row, b.field, b.child->items());
    });
}

void AssessmentEditor::refreshChild(const Binding& binding)
{
    const QModelIndex current = binding.parentView->currentIndex();
    const int row = current.isValid() && current.row() < binding.parent->rowCount() ? current.row()
                                                                                    : -1;
    binding.child->setItems(row >= 0 ? binding.parent->row(row).value(binding.field).toArray()
                                     : QJsonArray());
    binding.child->setErrors(row >= 0 ? binding.prefix(row) : QString(), m_errors);
    binding.child->setReadOnly(m_readOnly || row < 0);
    if (binding.child->rowCount() > 0)
        binding.childView->setCurrentIndex(binding.child->index(0, 0));
    for (const Binding& next : m_bindings)
        if (next.parent == binding.child)
            refreshChild(next);
    refreshErrorMarks();
}

int AssessmentEditor::currentSection() const
{
    const QModelIndex current = m_sectionsView->currentIndex();
    return current.isValid() && current.row() < m_sections->rowCount() ? current.row() : -1;
}

void AssessmentEditor::selectSection(int row)
{
    m_sectionsView->focusCell(row, 0);
}

void AssessmentEditor::loadSectionForm()
{
    const int row = currentSection();
    const QJsonObject section = row >= 0 ? m_sections->row(row) : QJsonObject();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_sectionForm->setEnabled(row >= 0);
    m_sectionTabs->setEnabled(row >= 0);
    const auto text = [&section](const char* field) {
        return section.value(QLatin1String(field)).toString();
    };
    if (m_sectionKey->text() != text("key"))
        m_sectionKey->setText(text("key"));
    if (m_sectionTitle->text() != text("title"))
        m_sectionTitle->setText(text("title"));
    setPlainText(m_sectionDescription, text("description"));
    m_timeLimit->setValue(section.value(QStringLiteral("time_limit_seconds")).toInt() / 60);
    refreshTemplateChoices();
    m_summaryMethod->setCurrentIndex(
        std::max(0, m_summaryMethod->findData(
                        section.value(QStringLiteral("summary_method")).toString(
                            QStringLiteral("none")))));
    m_highlights->setValue(section.value(QStringLiteral("highlights_top")).toInt());
    const QJsonArray scales = section.value(QStringLiteral("scales")).toArray();
    m_questions->setTemplateRow(
        {{QStringLiteral("text"), QString()},
         {QStringLiteral("scale"),
          scales.isEmpty() ? QString()
                           : scales.first().toObject().value(QStringLiteral("key")).toString()},
         {QStringLiteral("reverse"), false},
         {QStringLiteral("template"), QJsonValue()}});
    m_loading = wasLoading;
    refreshErrorMarks();
}

void AssessmentEditor::writeSectionField(const QString& field, const QJsonValue& value)
{
    if (m_loading)
        return;
    const int row = currentSection();
    if (row < 0)
        return;
    m_sections->setRowField(row, field, value);
}

void AssessmentEditor::refreshTemplateChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = currentSection();
    const QString chosen =
        row >= 0 ? m_sections->row(row).value(QStringLiteral("template")).toString() : QString();
    m_sectionTemplate->clear();
    for (const auto& [key, name] : templateChoices())
        m_sectionTemplate->addItem(name, key);
    int index = m_sectionTemplate->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        m_sectionTemplate->addItem(chosen, chosen);
        index = m_sectionTemplate->count() - 1;
    }
    m_sectionTemplate->setCurrentIndex(index);
    m_loading = wasLoading;
}

QList<QPair<QString, QString>> AssessmentEditor::scaleChoices() const
{
    QList<QPair<QString, QString>> choices;
    for (const QJsonValue& value : m_scales->items()) {
        const QJsonObject scale = value.toObject();
        const QString key = scale.value(QStringLiteral("key")).toString();
        choices.append({key, key});
    }
    return choices;
}

QList<QPair<QString, QString>> AssessmentEditor::templateChoices() const
{
    QList<QPair<QString, QString>> choices;
    for (const QJsonValue& value : m_templates->items()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QStringLiteral("key")).toString();
        const QString name = item.value(QStringLiteral("name")).toString();
        choices.append({key, name.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(name, key)});
    }
    return choices;
}

QList<QPair<QString, QString>> AssessmentEditor::sectionChoices() const
{
    QList<QPair<QString, QString>> choices;
    for (const QJsonValue& value : m_sections->items()) {
        const QJsonObject section = value.toObject();
        const QString key = section.value(QStringLiteral("key")).toString();
        choices.append(
            {key, QStringLiteral("%1 — %2").arg(key, section.value(QStringLiteral("title")).toString())});
    }
    return choices;
}

QList<QPair<QString, QString>> AssessmentEditor::sourceChoices() const
{
    QList<QPair<QString, QString>> choices{{QStringLiteral("summary"), tr("Ringkasan bagian")}};
    const int row = m_execSectionsView->currentIndex().row();
    if (row < 0)
        return choices;
    const QJsonValue key = m_execSections->row(row).value(QStringLiteral("section"));
    for (const QJsonValue& value : m_sections->items()) {
        const QJsonObject section = value.toObject();
        if (section.value(QStringLiteral("key")) != key)
            continue;
        for (const QJsonValue& scale : section.value(QStringLiteral("scales")).toArray()) {
            const QJsonObject s = scale.toObject();
            choices.append({s.value(QStringLiteral("key")).toString(),
                            tr("Skala %1").arg(s.value(QStringLiteral("label")).toString())});
        }
    }
    return choices;
}

void AssessmentEditor::load(const QJsonObject& definition)
{
    m_loading = true;
    m_errors.clear();
    m_errorList->clear();
    m_errorList->hide();
    m_code->setText(definition.value(QStringLiteral("code")).toString());
    m_title->setText(definition.value(QStringLiteral("title")).toString());
    setPlainText(m_description, definition.value(QStringLiteral("description")).toString());
    m_templates->setItems(definition.value(QStringLiteral("templates")).toArray());
    QJsonArray sections;
    for (const QJsonValue& value : definition.value(QStringLiteral("sections")).toArray())
        sections.append(flatSection(value.toObject()));
    const QJsonObject newSection{{QStringLiteral("key"), QString()},
                                 {QStringLiteral("title"), QString()},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("time_limit_seconds"), QJsonValue()},
                                 {QStringLiteral("template"),
                                  m_templates->rowCount() > 0
                                      ? m_templates->row(0).value(QStringLiteral("key")).toString()
                                      : QString()},
                                 {QStringLiteral("questions"), QJsonArray()},
                                 {QStringLiteral("scales"), QJsonArray()},
                                 {QStringLiteral("summary_method"), QStringLiteral("none")},
                                 {QStringLiteral("summary_bands"), QJsonArray()},
                                 {QStringLiteral("highlights_top"), 0}};
    m_sections->setTemplateRow(newSection);
    m_sections->setItems(sections);

    const QJsonObject executive = definition.value(QStringLiteral("executive_summary")).toObject();
    m_execEnabled->setChecked(!executive.isEmpty());
    m_execTitle->setText(executive.value(QStringLiteral("title")).toString());
    setPlainText(m_execOpening, executive.value(QStringLiteral("opening")).toString());
    setPlainText(m_execClosing, executive.value(QStringLiteral("closing")).toString());
    QJsonArray execRows;
    for (const QJsonValue& value : executive.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject entry = value.toObject();
        QJsonArray texts;
        const QJsonObject given = entry.value(QStringLiteral("texts")).toObject();
        // "*" last: it is the fallback, read after the specific categories.
        for (auto it = given.begin(); it != given.end(); ++it)
            if (it.key() != QStringLiteral("*"))
                texts.append(QJsonObject{{QStringLiteral("category"), it.key()},
                                         {QStringLiteral("text"), it.value().toString()}});
        if (given.contains(QStringLiteral("*")))
            texts.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("*")},
                                     {QStringLiteral("text"), given.value(QStringLiteral("*"))}});
        execRows.append(QJsonObject{{QStringLiteral("section"), entry.value(QStringLiteral("section"))},
                                    {QStringLiteral("source"), entry.value(QStringLiteral("source"))},
                                    {QStringLiteral("texts"), texts}});
    }
    m_execSections->setItems(execRows);
    m_loading = false;
    if (m_templates->rowCount() > 0)
        m_templatesView->setCurrentIndex(m_templates->index(0, 0));
    if (m_sections->rowCount() > 0)
        m_sectionsView->setCurrentIndex(m_sections->index(0, 0));
    if (m_execSections->rowCount() > 0)
        m_execSectionsView->setCurrentIndex(m_execSections->index(0, 0));
    loadSectionForm();
    refreshErrorMarks();
    m_dirty = false;
}

QJsonObject AssessmentEditor::definition() const
{
    QJsonObject body;
    body.insert(QStringLiteral("code"), m_code->text().trimmed());
    body.insert(QStringLiteral("title"), m_title->text().trimmed());
    const QString description = m_description->toPlainText().trimmed();
    body.insert(QStringLiteral("description"),
                description.isEmpty() ? QJsonValue() : QJsonValue(description));
    body.insert(QStringLiteral("templates"), m_templates->items());
    QJsonArray sections;
    for (const QJsonValue& value : m_sections->items())
        sections.append(serverSection(value.toObject()));
    body.insert(QStringLiteral("sections"), sections);
    if (m_execEnabled->isChecked()) {
        QJsonObject executive;
        executive.insert(QStringLiteral("title"), m_execTitle->text().trimmed());
        const QString opening = m_execOpening->toPlainText().trimmed();
        if (!opening.isEmpty())
            executive.insert(QStringLiteral("opening"), opening);
        const QString closing = m_execClosing->toPlainText().trimmed();
        if (!closing.isEmpty())
            executive.insert(QStringLiteral("closing"), closing);
        QJsonArray entries;
        for (const QJsonValue& value : m_execSections->items()) {
            const QJsonObject row = value.toObject();
            QJsonObject texts;
            for (const QJsonValue& text : row.value(QStringLiteral("texts")).toArray())
                texts.insert(text.toObject().value(QStringLiteral("category")).toString(),
                             text.toObject().value(QStringLiteral("text")));
            entries.append(QJsonObject{{QStringLiteral("section"), row.value(QStringLiteral("section"))},
                                       {QStringLiteral("source"), row.value(QStringLiteral("source"))},
                                       {QStringLiteral("texts"), texts}});
        }
        executive.insert(QStringLiteral("sections"), entries);
        body.insert(QStringLiteral("executive_summary"), executive);
    }
    return body;
}

void AssessmentEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_code, m_title, m_sectionKey, m_sectionTitle, m_execTitle})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : {m_description, m_sectionDescription, m_execOpening, m_execClosing})
        edit->setReadOnly(readOnly);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_timeLimit, m_sectionTemplate,
                                                           m_summaryMethod, m_highlights,
                                                           m_execEnabled})
        widget->setEnabled(!readOnly);
    for (QPushButton* button : m_editButtons)
        button->setEnabled(!readOnly);
    m_execBody->setEnabled(m_execEnabled->isChecked() && !readOnly);
    for (AssessmentJsonModel* model : {m_templates, m_sections, m_execSections})
        model->setReadOnly(readOnly);
    for (const Binding& binding : m_bindings)
        binding.child->setReadOnly(readOnly || !binding.parentView->currentIndex().isValid());
}

void AssessmentEditor::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    emit changed();
}

void AssessmentEditor::applyLikertPreset()
{
    if (m_readOnly)
        return;
    if (!m_templatesView->currentIndex().isValid()) {
        // No template yet: the preset makes one, keyed the way the demo assessments key it.
        m_templates->insertItem(m_templates->rowCount(),
                                {{QStringLiteral("key"), QStringLiteral("LIKERT5")},
                                 {QStringLiteral("name"), tr("Kesesuaian 1–5")},
                                 {QStringLiteral("options"), QJsonArray()}});
        m_templatesView->focusCell(m_templates->rowCount() - 1, 0);
    }
    // The labels are assessment content (read by clients in Indonesian), not interface text.
    const QStringList labels{QStringLiteral("Sangat tidak setuju"), QStringLiteral("Tidak setuju"),
                             QStringLiteral("Netral"), QStringLiteral("Setuju"),
                             QStringLiteral("Sangat setuju")};
    QJsonArray options;
    for (int i = 0; i < labels.size(); ++i)
        options.append(QJsonObject{{QStringLiteral("value"), i + 1},
                                   {QStringLiteral("label"), labels.at(i)}});
    m_options->setItems(options);
    emit m_options->edited();
    m_tabs->setCurrentIndex(1);
}

// ---- server errors -------------------------------------------------------------------------

void AssessmentEditor::clearErrors()
{
    showErrors({});
}

void AssessmentEditor::showErrors(const QMap<QString, QString>& given)
{
    // The server names a summary text by its category ("…texts.tinggi"); the editor lists texts
    // as rows, so the message moves to that row (an unknown category or placeholder).
    static const QRegularExpression textPath(
        QStringLiteral("^executive_summary\\.sections\\[(\\d+)\\]\\.texts\\.(.+)$"));
    QMap<QString, QString> errors;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const auto match = textPath.match(it.key());
        QString key = it.key();
        const int entry = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (entry >= 0 && entry < m_execSections->rowCount()) {
            const QJsonArray texts = m_execSections->row(entry).value(QStringLiteral("texts")).toArray();
            for (int row = 0; row < texts.size(); ++row)
                if (texts.at(row).toObject().value(QStringLiteral("category")).toString() ==
                    match.captured(2))
                    key = QStringLiteral("executive_summary.sections[%1].texts[%2]")
                              .arg(entry)
                              .arg(row);
        }
        errors.insert(key, it.value());
    }
    m_errors = errors;
    m_errorList->clear();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(describePath(it.key()), it.value()), m_errorList);
        item->setData(Qt::UserRole, it.key());
        item->setToolTip(it.key());
    }
    m_errorList->setVisible(!errors.isEmpty());
    // As tall as its lines (up to five), so the editor keeps the room.
    const int lines = std::clamp(int(errors.size()), 1, 5);
    m_errorList->setFixedHeight(lines * m_errorList->fontMetrics().height() + 4 * lines +
                                2 * m_errorList->frameWidth() + 4);
    m_templates->setErrors(QStringLiteral("templates"), m_errors);
    m_sections->setErrors(QStringLiteral("sections"), m_errors);
    m_execSections->setErrors(QStringLiteral("executive_summary.sections"), m_errors);
    for (const Binding& binding : m_bindings) {
        const int row = binding.parentView->currentIndex().row();
        binding.child->setErrors(row >= 0 ? binding.prefix(row) : QString(), m_errors);
    }
    refreshErrorMarks();
    if (errors.isEmpty())
        return;
    // The first problem, but its most precise form: "…bands[0].max" rather than "…bands".
    QString target = errors.firstKey();
    for (const QString& key : errors.keys())
        if (key.startsWith(target + QLatin1Char('[')) || key.startsWith(target + QLatin1Char('.'))) {
            target = key;
            break;
        }
    navigateTo(target);
}

void AssessmentEditor::markWidget(QWidget* widget, const QString& path)
{
    const QString message = path.isEmpty() ? QString() : m_errors.value(path);
    const QString sheet = message.isEmpty()
                              ? QString()
                              : QStringLiteral("%1 { %2 }")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         QString::fromLatin1(kErrorStyle));
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
    if (widget->toolTip() != message)
        widget->setToolTip(message);
}

void AssessmentEditor::refreshErrorMarks()
{
    if (!m_sectionsView || !m_execSectionsView || !m_errorList)
        return; // still being built
    const int section = currentSection();
    const QString sectionPath = QStringLiteral("sections[%1]").arg(section);
    for (auto it = m_fieldPaths.cbegin(); it != m_fieldPaths.cend(); ++it) {
        QString path = it.value();
        if (path.startsWith(kSectionPrefix))
            path = section >= 0 ? sectionPath + path.mid(kSectionPrefix.size()) : QString();
        markWidget(it.key(), path);
    }
    // Whole-list messages ("the categories must cover 0 to 40") sit under their table.
    const auto listError = [this](AssessmentTableView* view, const QString& path) {
        auto* label = view->parentWidget()->findChild<QLabel*>(view->objectName() +
                                                               QStringLiteral("Error"));
        if (!label)
            return;
        const QString message = path.isEmpty() ? QString() : m_errors.value(path);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        const QString sheet =
            message.isEmpty() ? QString() : QStringLiteral("QTableView { border: 1px solid #DC2626; }");
        if (view->styleSheet() != sheet)
            view->setStyleSheet(sheet);
    };
    listError(m_templatesView, QStringLiteral("templates"));
    listError(m_sectionsView, QStringLiteral("sections"));
    listError(m_execSectionsView, QStringLiteral("executive_summary.sections"));
    for (const Binding& binding : m_bindings)
        listError(binding.childView, binding.child->errorPrefix());
}

QString AssessmentEditor::describePath(const QString& path) const
{
    static const QRegularExpression part(QStringLiteral("^([a-z_]+)(?:\\[(\\d+)\\])?$"));
    const QMap<QString, QString> fields{
        {QStringLiteral("code"), tr("Kode")},
        {QStringLiteral("title"), tr("Judul")},
        {QStringLiteral("description"), tr("Deskripsi")},
        {QStringLiteral("key"), tr("Kunci")},
        {QStringLiteral("name"), tr("Nama")},
        {QStringLiteral("label"), tr("Label")},
        {QStringLiteral("value"), tr("Nilai")},
        {QStringLiteral("text"), tr("Teks")},
        {QStringLiteral("scale"), tr("Skala")},
        {QStringLiteral("template"), tr("Templat")},
        {QStringLiteral("method"), tr("Metode")},
        {QStringLiteral("min"), tr("Batas bawah")},
        {QStringLiteral("max"), tr("Batas atas")},
        {QStringLiteral("narrative"), tr("Narasi")},
        {QStringLiteral("time_limit_seconds"), tr("Batas waktu")},
        {QStringLiteral("highlights_top"), tr("Sorotan")},
        {QStringLiteral("executive_summary"), tr("Ringkasan eksekutif")},
        {QStringLiteral("summary"), tr("Ringkasan bagian")},
        {QStringLiteral("questions"), tr("Pertanyaan")},
        {QStringLiteral("scales"), tr("Skala")},
        {QStringLiteral("bands"), tr("Kategori")},
        {QStringLiteral("options"), tr("Pilihan")},
        {QStringLiteral("templates"), tr("Templat jawaban")},
        {QStringLiteral("sections"), tr("Bagian")},
        {QStringLiteral("texts"), tr("Teks")},
    };
    QStringList out;
    QJsonObject section;
    QJsonArray scales;
    for (const QString& piece : path.split(QLatin1Char('.'))) {
        if (piece == QStringLiteral("scoring"))
            continue;
        const auto match = part.match(piece);
        if (!match.hasMatch()) {
            out << piece;
            continue;
        }
        const QString name = match.captured(1);
        if (match.captured(2).isEmpty()) {
            out << fields.value(name, name);
            continue;
        }
        const int index = match.captured(2).toInt();
        if (name == QStringLiteral("sections") && !path.startsWith(QStringLiteral("executive"))) {
            section = index < m_sections->rowCount() ? m_sections->row(index) : QJsonObject();
            scales = section.value(QStringLiteral("scales")).toArray();
            const QString key = section.value(QStringLiteral("key")).toString();
            out << tr("Bagian %1").arg(key.isEmpty() ? QString::number(index + 1) : key);
        } else if (name == QStringLiteral("scales")) {
            const QString key =
                index < scales.size()
                    ? scales.at(index).toObject().value(QStringLiteral("key")).toString()
                    : QString();
            out << tr("Skala %1").arg(key.isEmpty() ? QString::number(index + 1) : key);
        } else if (name == QStringLiteral("questions")) {
            out << tr("Pertanyaan %1").arg(index + 1);
        } else if (name == QStringLiteral("bands")) {
            out << tr("Kategori %1").arg(index + 1);
        } else if (name == QStringLiteral("templates")) {
            out << tr("Templat %1").arg(index + 1);
        } else if (name == QStringLiteral("options")) {
            out << tr("Pilihan %1").arg(index + 1);
        } else {
            out << QStringLiteral("%1 %2").arg(fields.value(name, name)).arg(index + 1);
        }
    }
    return out.join(QStringLiteral(" › "));
}

void AssessmentEditor::navigateTo(const QString& path)
{
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]\\.?(.*)$"));
    const auto focusIn = [](AssessmentTableView* view, int row, const QString& rest) {
        const auto* model = view->jsonModel();
        const int column = std::max(0, model->columnOf(rest.section(QLatin1Char('.'), 0, 0)));
        view->focusCell(row, column);
    };
    if (path == QStringLiteral("code") || path == QStringLiteral("title") ||
        path == QStringLiteral("description")) {
        m_tabs->setCurrentIndex(0);
        QWidget* widget = m_fieldPaths.key(path);
        if (widget)
            widget->setFocus();
        return;
    }
    if (path.startsWith(QStringLiteral("templates"))) {
        m_tabs->setCurrentIndex(1);
        const auto match = indexed.match(path);
        if (!match.hasMatch())
            return;
        const int row = match.captured(2).toInt();
        m_templatesView->focusCell(row, 0);
        const auto option = indexed.match(match.captured(3));
        if (option.hasMatch() && option.captured(1) == QStringLiteral("options"))
            focusIn(m_optionsView, option.captured(2).toInt(), option.captured(3));
        else if (!match.captured(3).startsWith(QStringLiteral("options")))
            focusIn(m_templatesView, row, match.captured(3));
        return;
    }
    if (path.startsWith(QStringLiteral("executive_summary"))) {
        m_tabs->setCurrentIndex(3);
        if (QWidget* widget = m_fieldPaths.key(path)) {
            widget->setFocus();
            return;
        }
        const auto match = indexed.match(path.mid(QStringLiteral("executive_summary.").size()));
        if (!match.hasMatch() || match.captured(1) != QStringLiteral("sections"))
            return;
        const int entry = match.captured(2).toInt();
        const QString inner = match.captured(3);
        if (!inner.startsWith(QStringLiteral("texts"))) {
            focusIn(m_execSectionsView, entry, inner);
            return;
        }
        m_execSectionsView->focusCell(entry, 0);
        const auto text = indexed.match(inner);
        if (text.hasMatch())
            focusIn(m_execTextsView, text.captured(2).toInt(), text.captured(3));
        else
            m_execTextsView->setFocus();
        return;
    }
    const auto match = indexed.match(path);
    if (!match.hasMatch() || match.captured(1) != QStringLiteral("sections")) {
        if (path == QStringLiteral("sections"))
            m_tabs->setCurrentIndex(2);
        return;
    }
    m_tabs->setCurrentIndex(2);
    const int section = match.captured(2).toInt();
    if (section != currentSection())
        m_sectionsView->setCurrentIndex(m_sections->index(section, 0));
    QString rest = match.captured(3);
    const QString relative = kSectionPrefix + QStringLiteral(".") + rest;
    if (QWidget* widget = m_fieldPaths.key(relative)) {
        if (rest.startsWith(QStringLiteral("scoring")))
            m_sectionTabs->setCurrentIndex(2);
        widget->setFocus();
        return;
    }
    if (rest.startsWith(QStringLiteral("questions"))) {
        m_sectionTabs->setCurrentIndex(0);
        const auto question = indexed.match(rest);
        if (question.hasMatch())
            focusIn(m_questionsView, question.captured(2).toInt(), question.captured(3));
        else
            m_questionsView->setFocus();
        return;
    }
    if (rest.startsWith(QStringLiteral("scoring.scales"))) {
        m_sectionTabs->setCurrentIndex(1);
        const auto scale = indexed.match(rest.mid(QStringLiteral("scoring.").size()));
        if (!scale.hasMatch()) {
            m_scalesView->setFocus();
            return;
        }
        const int scaleRow = scale.captured(2).toInt();
        m_scalesView->focusCell(scaleRow, 0);
        const QString inner = scale.captured(3);
        if (inner.startsWith(QStringLiteral("bands"))) {
            const auto band = indexed.match(inner);
            if (band.hasMatch())
                focusIn(m_bandsView, band.captured(2).toInt(), band.captured(3));
            else
                m_bandsView->setFocus();
        } else {
            focusIn(m_scalesView, scaleRow, inner);
        }
        return;
    }
    if (rest.startsWith(QStringLiteral("scoring"))) {
        m_sectionTabs->setCurrentIndex(2);
        const auto band = indexed.match(rest.mid(QStringLiteral("scoring.summary.").size()));
        if (band.hasMatch())
            focusIn(m_summaryBandsView, band.captured(2).toInt(), band.captured(3));
        else
            m_summaryBandsView->setFocus();
    }
}

} // namespace ey::desk::partner

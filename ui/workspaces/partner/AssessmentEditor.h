// The assessment definition editor: general fields, answer templates, sections with questions,
// scales, categories and the section summary, and the executive summary texts.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ey::desk::partner {

class AssessmentJsonModel;
class AssessmentTableView;

/// UI thread. Holds the definition being edited (the JSON the server's create/update endpoints
/// take) and gives it back whole with definition(). Server field errors (JSON paths such as
/// "sections[1].questions[3].scale") are shown where they point: the cell or field turns red with
/// the message as its tooltip, and the list under the editor names every problem; choosing one
/// opens the tab, section and row it belongs to.
class AssessmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentEditor(QWidget* parent = nullptr);

    /// Shows `definition` (code, title, description, templates, sections, executive_summary).
    void load(const QJsonObject& definition);
    QJsonObject definition() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const { return m_dirty; }
    void setClean() { m_dirty = false; }
    /// Something not typed here changed the draft (a duplicate): leaving must ask.
    void setDirty()
    {
        m_dirty = true;
        emit changed();
    }

    /// Marks every field the server named and opens the first one.
    void showErrors(const QMap<QString, QString>& errors);
    void clearErrors();
    QMap<QString, QString> errors() const { return m_errors; }
    /// Opens the tab, section and row `path` names and focuses it.
    void navigateTo(const QString& path);
    /// "Bagian TM › Pertanyaan 4 › Skala" for "sections[0].questions[3].scale".
    QString describePath(const QString& path) const;

    /// The section selected in the "Bagian" tab (−1 when none).
    int currentSection() const;
    void selectSection(int row);
    /// Fills the current template's options with the Likert 1–5 agreement scale.
    void applyLikertPreset();

    QTabWidget* tabs() const { return m_tabs; }
    QTabWidget* sectionTabs() const { return m_sectionTabs; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLineEdit* sectionKeyEdit() const { return m_sectionKey; }
    QLineEdit* sectionTitleEdit() const { return m_sectionTitle; }
    QSpinBox* timeLimitEdit() const { return m_timeLimit; }
    QComboBox* sectionTemplateCombo() const { return m_sectionTemplate; }
    QComboBox* summaryMethodCombo() const { return m_summaryMethod; }
    QSpinBox* highlightsEdit() const { return m_highlights; }
    QCheckBox* executiveEnabled() const { return m_execEnabled; }
    QListWidget* errorList() const { return m_errorList; }
    AssessmentTableView* templatesView() const { return m_templatesView; }
    AssessmentTableView* optionsView() const { return m_optionsView; }
    AssessmentTableView* sectionsView() const { return m_sectionsView; }
    AssessmentTableView* questionsView() const { return m_questionsView; }
    AssessmentTableView* scalesView() const { return m_scalesView; }
    AssessmentTableView* bandsView() const { return m_bandsView; }
    AssessmentTableView* summaryBandsView() const { return m_summaryBandsView; }
    AssessmentTableView* execSectionsView() const { return m_execSectionsView; }
    AssessmentTableView* execTextsView() const { return m_execTextsView; }
    AssessmentJsonModel* templatesModel() const { return m_templates; }
    AssessmentJsonModel* optionsModel() const { return m_options; }
    AssessmentJsonModel* sectionsModel() const { return m_sections; }
    AssessmentJsonModel* questionsModel() const { return m_questions; }
    AssessmentJsonModel* scalesModel() const { return m_scales; }
    AssessmentJsonModel* bandsModel() const { return m_bands; }
    AssessmentJsonModel* summaryBandsModel() const { return m_summaryBands; }
    AssessmentJsonModel* execSectionsModel() const { return m_execSections; }
    AssessmentJsonModel* execTextsModel() const { return m_execTexts; }

signals:
    /// Any edit a person made (not loading).
    void changed();
    void currentSectionChanged(int row);

private:
    /// A child table shows one array field of its parent table's current row and writes edits back.
    struct Binding
    {
        AssessmentJsonModel* parent;
        AssessmentTableView* parentView;
        QString field;
        AssessmentJsonModel* child;
        AssessmentTableView* childView;
        std::function<QString(int row)> prefix; ///< JSON path of the child rows for errors
    };

    QWidget* buildGeneralTab();
    QWidget* buildTemplatesTab();
    QWidget* buildSectionsTab();
    QWidget* buildExecutiveTab();
    /// A table with its caption, row buttons, whole-list error line and hint; `longField`
    /// adds a text box under it for that field of the current row (narratives run long).
    QWidget* tablePane(AssessmentTableView* view, const QString& caption, const QString& hint,
                       QWidget* extra = nullptr, const QString& longField = {});
    void bind(const Binding& binding);
    void refreshChild(const Binding& binding);
    void loadSectionForm();
    void writeSectionField(const QString& field, const QJsonValue& value);
    void refreshTemplateChoices();
    void refreshErrorMarks();
    void markWidget(QWidget* widget, const QString& path);
    void edited();

    QList<QPair<QString, QString>> scaleChoices() const;
    QList<QPair<QString, QString>> templateChoices() const;
    QList<QPair<QString, QString>> sectionChoices() const;
    QList<QPair<QString, QString>> sourceChoices() const;

    bool m_loading = false;
    bool m_dirty = false;
    bool m_readOnly = false;
    QMap<QString, QString> m_errors;
    QList<Binding> m_bindings;
    QMap<QWidget*, QString> m_fieldPaths; ///< form widget → its field name ("code", "key", …)

    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_sectionTabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;

    AssessmentJsonModel* m_templates = nullptr;
    AssessmentJsonModel* m_options = nullptr;
    AssessmentTableView* m_templatesView = nullptr;
    AssessmentTableView* m_optionsView = nullptr;
    QPushButton* m_likert = nullptr;

    AssessmentJsonModel* m_sections = nullptr;
    AssessmentJsonModel* m_questions = nullptr;
    AssessmentJsonModel* m_scales = nullptr;
    AssessmentJsonModel* m_bands = nullptr;
    AssessmentJsonModel* m_summaryBands = nullptr;
    AssessmentTableView* m_sectionsView = nullptr;
    AssessmentTableView* m_questionsView = nullptr;
    AssessmentTableView* m_scalesView = nullptr;
    AssessmentTableView* m_bandsView = nullptr;
    AssessmentTableView* m_summaryBandsView = nullptr;
    QWidget* m_sectionForm = nullptr;
    QLineEdit* m_sectionKey = nullptr;
    QLineEdit* m_sectionTitle = nullptr;
    QPlainTextEdit* m_sectionDescription = nullptr;
    QSpinBox* m_timeLimit = nullptr;
    QComboBox* m_sectionTemplate = nullptr;
    QComboBox* m_summaryMethod = nullptr;
    QSpinBox* m_highlights = nullptr;
    QList<QPushButton*> m_editButtons;

    QCheckBox* m_execEnabled = nullptr;
    QWidget* m_execBody = nullptr;
    QLineEdit* m_execTitle = nullptr;
    QPlainTextEdit* m_execOpening = nullptr;
    QPlainTextEdit* m_execClosing = nullptr;
    AssessmentJsonModel* m_execSections = nullptr;
    AssessmentJsonModel* m_execTexts = nullptr;
    AssessmentTableView* m_execSectionsView = nullptr;
    AssessmentTableView* m_execTextsView = nullptr;

    QListWidget* m_errorList = nullptr;
};

} // namespace ey::desk::partner

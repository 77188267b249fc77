// The assessment preview: a section as the client sees it, and a scoring simulation that scores
// sample answers against the draft definition on the server.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class AssessmentScoreChart;

/// UI thread. Nothing is stored by the preview: the server scores the answers with the draft
/// definition sent along and forgets them.
class AssessmentPreview : public QWidget
{
    Q_OBJECT

public:
    enum class Fill { Highest, Lowest, Random };

    explicit AssessmentPreview(ApiClient& api, QWidget* parent = nullptr);

    /// The saved assessment the preview endpoint is called on; empty: not saved yet.
    void setAssessmentId(const QString& id);
    /// The draft being edited: rebuilds the client view and the answer table (answers typed so
    /// far are kept where the question still exists).
    void setDefinition(const QJsonObject& definition);
    /// Shows section `index` in the client view.
    void showSection(int index);
    /// Sets every answer to the highest, lowest or a random option, then scores.
    void fill(Fill how);
    /// Sends the answers in the table with the draft definition.
    void compute();

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* sectionCombo() const { return m_sectionCombo; }
    QTextBrowser* clientView() const { return m_clientView; }
    QTableWidget* answersTable() const { return m_answers; }
    AssessmentScoreChart* chart() const { return m_chart; }
    QLabel* message() const { return m_message; }

signals:
    /// The server rejected the draft definition itself: its field errors, for the editor.
    void definitionRejected(const QMap<QString, QString>& errors);
    /// A scoring answer arrived and the chart shows it.
    void scored();

private:
    void renderClientView();
    void rebuildAnswers();
    void showFailure(const ApiError& error);
    /// The options a question is answered on: its own template, else its section's.
    QJsonArray optionsFor(const QJsonObject& section, const QJsonObject& question) const;

    ApiClient& m_api;
    QString m_id;
    QJsonObject m_definition;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_sectionCombo = nullptr;
    QTextBrowser* m_clientView = nullptr;
    QTableWidget* m_answers = nullptr;
    AssessmentScoreChart* m_chart = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_computeButton = nullptr;
    bool m_rebuilding = false;
};

} // namespace ey::desk::partner

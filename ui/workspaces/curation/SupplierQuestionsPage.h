// The "Asesmen supplier" tab: the onboarding assessment questions per supplier type, with their
// options and scores; add, edit and retire.
#pragma once

#include "Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ey::desk::curation {

/// UI thread. GET /api/v1/admin/supplier-questions (type filter, retired on request) in a table;
/// the selected question is edited beside it (POST for a new one, PATCH for an existing one);
/// "Pensiunkan" retires it (answers are kept, it is no longer asked). Needs suppliers.assessment.
class SupplierQuestionsPage : public QWidget
{
    Q_OBJECT

public:
    SupplierQuestionsPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    void load();
    void newQuestion();
    void showQuestion(int row);
    void save();
    void retire();
    bool isBusy() const { return m_busy; }
    QJsonObject body() const;

    QComboBox* typeFilter() const { return m_filter; }
    QCheckBox* includeRetired() const { return m_retired; }
    QTableWidget* list() const { return m_list; }
    QComboBox* typeChoice() const { return m_type; }
    QPlainTextEdit* text() const { return m_text; }
    QTableWidget* options() const { return m_options; }
    QLabel* message() const { return m_message; }
    int addOption(const QString& key, const QString& label, int score);

signals:
    void questionSaved(const QJsonObject& question);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fill(const QJsonArray& questions);
    void setMessage(const QString& text, bool problem);

    ApiClient& m_api;
    QJsonArray m_questions;
    QJsonObject m_current;
    bool m_busy = false;
    bool m_requested = false;
    int m_generation = 0;

    QComboBox* m_filter = nullptr;
    QCheckBox* m_retired = nullptr;
    QPushButton* m_new = nullptr;
    QTableWidget* m_list = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_positionLabel = nullptr;
    QSpinBox* m_position = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_optionsLabel = nullptr;
    QTableWidget* m_options = nullptr;
    QPushButton* m_addOption = nullptr;
    QPushButton* m_removeOption = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_retire = nullptr;
};

} // namespace ey::desk::curation

// A keyboard-first table for the assessment editor: Enter edits, Ins adds, Del removes,
// Ctrl+Up/Down moves rows, choice columns edit with a combo box.
#pragma once

#include <QTableView>

namespace ey::desk::partner {

class AssessmentJsonModel;

/// UI thread. Works on an AssessmentJsonModel; new rows start from the model's template row.
class AssessmentTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AssessmentTableView(QWidget* parent = nullptr);

    void setJsonModel(AssessmentJsonModel* model);
    AssessmentJsonModel* jsonModel() const { return m_model; }

    /// Inserts a row after the current one (or at the end) and starts editing its first cell.
    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);
    /// Selects `row` (and `column` when given), scrolls to it and gives the table focus.
    void focusCell(int row, int column = 0);
    /// The column that takes the spare width (the question text); −1: the last one.
    void setStretchColumn(int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// After every reload: columns sized to their content (capped), one takes the rest.
    void fitColumns();

    AssessmentJsonModel* m_model = nullptr;
    int m_stretchColumn = -1;
};

} // namespace ey::desk::partner

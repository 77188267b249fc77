// AssessmentTableView: keys, the choice/number editors and row operations.
#include "AssessmentTableView.h"

#include "AssessmentJsonModel.h"

#include <QComboBox>

#include <algorithm>

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace ey::desk::partner {

namespace {

/// Choice columns get a combo box of the column's values; numbers get wide-range spin boxes
/// (the default QDoubleSpinBox stops at 99.99, below many score ranges).
class ColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        const auto* model = qobject_cast<const AssessmentJsonModel*>(index.model());
        if (!model)
            return QStyledItemDelegate::createEditor(parent, option, index);
        const AssessmentColumn column = model->column(index.column());
        switch (column.kind) {
        case AssessmentColumnKind::Choice: {
            auto* combo = new QComboBox(parent);
            combo->setObjectName(QStringLiteral("choiceEditor"));
            if (column.optional)
                combo->addItem(AssessmentTableView::tr("(ikut bagian)"), QString());
            if (column.choices)
                for (const auto& [value, text] : column.choices())
                    combo->addItem(text, value);
            return combo;
        }
        case AssessmentColumnKind::Number: {
            auto* spin = new QDoubleSpinBox(parent);
            spin->setRange(-1000000, 1000000);
            spin->setDecimals(2);
            return spin;
        }
        case AssessmentColumnKind::Integer: {
            auto* spin = new QSpinBox(parent);
            spin->setRange(-100, 100);
            return spin;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QString value = index.data(Qt::EditRole).toString();
            int found = combo->findData(value);
            if (found < 0 && !value.isEmpty()) {
                combo->addItem(value, value); // a key the list does not know (yet) stays visible
                found = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, found));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

AssessmentTableView::AssessmentTableView(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new ColumnDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultSectionSize(verticalHeader()->minimumSectionSize() + 6);
    setTabKeyNavigation(true);
}

void AssessmentTableView::setJsonModel(AssessmentJsonModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &AssessmentTableView::fitColumns);
    fitColumns();
}

void AssessmentTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void AssessmentTableView::fitColumns()
{
    if (!m_model)
        return;
    constexpr int kWidest = 260; // long texts (narratives) wrap in the tooltip, not the row
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(m_stretchColumn < 0);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == m_stretchColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), 60, kWidest));
    }
}

void AssessmentTableView::addRow()
{
    if (!m_model || m_model->isReadOnly())
        return;
    const int row = currentIndex().isValid() ? currentIndex().row() + 1 : m_model->rowCount();
    m_model->insertItem(row, m_model->templateRow());
    focusCell(row, 0);
    edit(currentIndex());
}

void AssessmentTableView::removeCurrentRow()
{
    if (!m_model || m_model->isReadOnly() || !currentIndex().isValid())
        return;
    const int row = currentIndex().row();
    const int column = currentIndex().column();
    m_model->removeItem(row);
    if (m_model->rowCount() > 0)
        focusCell(std::min(row, m_model->rowCount() - 1), column);
}

void AssessmentTableView::moveCurrentRow(int delta)
{
    if (!m_model || m_model->isReadOnly() || !currentIndex().isValid())
        return;
    const int row = currentIndex().row();
    const int column = currentIndex().column();
    if (m_model->moveItem(row, delta))
        focusCell(row + delta, column);
}

void AssessmentTableView::focusCell(int row, int column)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex target = model()->index(row, std::clamp(column, 0, model()->columnCount() - 1));
    setCurrentIndex(target);
    selectionModel()->select(target, QItemSelectionModel::ClearAndSelect);
    scrollTo(target);
    setFocus();
}

void AssessmentTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState) {
        const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid()) {
                const auto kind = m_model ? m_model->column(currentIndex().column()).kind
                                          : AssessmentColumnKind::Text;
                if (kind == AssessmentColumnKind::Boolean && m_model && !m_model->isReadOnly()) {
                    const bool checked =
                        currentIndex().data(Qt::CheckStateRole).toInt() == Qt::Checked;
                    m_model->setData(currentIndex(), checked ? Qt::Unchecked : Qt::Checked,
                                     Qt::CheckStateRole);
                } else {
                    edit(currentIndex());
                }
                event->accept();
                return;
            }
            break;
        case Qt::Key_Insert:
            addRow();
            event->accept();
            return;
        case Qt::Key_Delete:
            removeCurrentRow();
            event->accept();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (ctrl) {
                moveCurrentRow(event->key() == Qt::Key_Up ? -1 : 1);
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace ey::desk::partner

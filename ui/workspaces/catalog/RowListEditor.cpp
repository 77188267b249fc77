// RowListEditor: rows of editor widgets in a table, read back as JSON.
#include "RowListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ey::desk::catalog {

RowListEditor::RowListEditor(QList<Column> columns, QWidget* parent)
    : QWidget(parent), m_columns(std::move(columns))
{
    m_table = new QTableWidget(0, static_cast<int>(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(170);
    m_table->verticalHeader()->setDefaultSectionSize(30);

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_add, &QToolButton::clicked, this, &RowListEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row =
            m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit edited();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    retranslate();
}

void RowListEditor::retranslate()
{
    QStringList headers;
    for (const auto& column : m_columns)
        headers << column.title();
    m_table->setHorizontalHeaderLabels(headers);
    m_add->setText(tr("Tambah"));
    m_remove->setText(tr("Hapus baris"));
    if (m_columns.size() > 1 && m_columns.first().kind != Kind::LongText)
        m_table->horizontalHeader()->resizeSection(0, 140);
}

void RowListEditor::setRows(const QJsonArray& rows)
{
    m_table->setRowCount(0);
    for (const auto& row : rows)
        insertRow(row);
}

void RowListEditor::addRow()
{
    insertRow(QJsonValue());
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    if (QWidget* first = m_table->cellWidget(m_table->rowCount() - 1, 0))
        first->setFocus();
    emit edited();
}

void RowListEditor::insertRow(const QJsonValue& value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns.at(c);
        const QJsonValue cell =
            column.field.isEmpty() ? value : value.toObject().value(column.field);
        QWidget* editor = nullptr;
        switch (column.kind) {
        case Kind::Choice: {
            auto* combo = new QComboBox;
            for (const auto& [wire, label] : column.choices())
                combo->addItem(label, wire);
            const int at = combo->findData(cell.toString());
            combo->setCurrentIndex(at >= 0 ? at : 0);
            connect(combo, &QComboBox::currentIndexChanged, this, &RowListEditor::edited);
            editor = combo;
            break;
        }
        case Kind::Number: {
            auto* spin = new QSpinBox;
            spin->setRange(0, column.maximum);
            spin->setValue(cell.toInt());
            connect(spin, &QSpinBox::valueChanged, this, &RowListEditor::edited);
            editor = spin;
            break;
        }
        case Kind::Text:
        case Kind::LongText: {
            auto* line = new QLineEdit(cell.toString());
            line->setFrame(false);
            connect(line, &QLineEdit::textEdited, this, &RowListEditor::edited);
            editor = line;
            break;
        }
        }
        editor->setEnabled(!m_readOnly);
        m_table->setCellWidget(row, c, editor);
    }
}

QJsonValue RowListEditor::rowValue(int row) const
{
    QJsonObject object;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns.at(c);
        QJsonValue cell;
        QWidget* editor = m_table->cellWidget(row, c);
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            cell = combo->currentData().toString();
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            cell = spin->value();
        else if (auto* line = qobject_cast<QLineEdit*>(editor))
            cell = line->text().trimmed();
        if (column.field.isEmpty())
            return cell;
        object.insert(column.field, cell);
    }
    return object;
}

QJsonArray RowListEditor::rows() const
{
    QJsonArray rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows.append(rowValue(row));
    return rows;
}

int RowListEditor::count() const
{
    return m_table->rowCount();
}

void RowListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QWidget* editor = m_table->cellWidget(row, c))
                editor->setEnabled(!readOnly);
}

} // namespace ey::desk::catalog

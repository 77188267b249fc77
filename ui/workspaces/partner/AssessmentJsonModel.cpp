// AssessmentJsonModel: editing, moving and error lookup for the editor's JSON rows.
#include "AssessmentJsonModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ey::desk::partner {

namespace {

QString numberText(double value)
{
    if (std::floor(value) == value)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'f', 2);
}

} // namespace

AssessmentJsonModel::AssessmentJsonModel(QList<AssessmentColumn> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{
}

void AssessmentJsonModel::setItems(const QJsonArray& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void AssessmentJsonModel::setRowField(int row, const QString& field, const QJsonValue& value)
{
    if (row < 0 || row >= m_items.size())
        return;
    QJsonObject item = m_items.at(row).toObject();
    if (item.value(field) == value)
        return;
    item.insert(field, value);
    m_items.replace(row, item);
    const int column = columnOf(field);
    if (column >= 0)
        emit dataChanged(index(row, column), index(row, column));
    emit edited();
}

void AssessmentJsonModel::insertItem(int row, const QJsonObject& item)
{
    row = std::clamp(row, 0, int(m_items.size()));
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
    emit edited();
}

void AssessmentJsonModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit edited();
}

bool AssessmentJsonModel::moveItem(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_items.size() || target < 0 || target >= m_items.size() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one lands before: one past the target going down.
    const int destination = delta > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    const QJsonValue moved = m_items.at(row);
    m_items.removeAt(row);
    m_items.insert(target, moved);
    endMoveRows();
    emit edited();
    return true;
}

int AssessmentJsonModel::columnOf(const QString& field) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).field == field)
            return i;
    return -1;
}

void AssessmentJsonModel::setErrors(const QString& prefix, const QMap<QString, QString>& errors)
{
    m_prefix = prefix;
    m_errors.clear();
    if (!prefix.isEmpty()) {
        const QString start = prefix + QLatin1Char('[');
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (it.key().startsWith(start))
                m_errors.insert(it.key(), it.value());
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

bool AssessmentJsonModel::isCell(const QModelIndex& index) const
{
    // Views and QAbstractItemModelTester ask about invalid indexes too: answer them quietly.
    return index.isValid() && !index.parent().isValid() && index.model() == this &&
           index.row() < rowCount() && index.column() < columnCount();
}

QString AssessmentJsonModel::pathOf(int row, int column) const
{
    QString path = QStringLiteral("%1[%2]").arg(m_prefix).arg(row);
    if (column >= 0)
        path += QLatin1Char('.') + m_columns.at(column).field;
    return path;
}

QString AssessmentJsonModel::errorAt(int row, int column) const
{
    if (m_prefix.isEmpty() || m_errors.isEmpty())
        return {};
    const QString cell = m_errors.value(pathOf(row, column));
    if (!cell.isEmpty())
        return cell;
    // A whole-row message ("sections[0].scoring.scales[1]": the scale has no questions) and
    // messages deeper inside the row (its bands) are shown on the row's first column.
    if (column != 0)
        return {};
    const QString rowPath = pathOf(row, -1);
    QStringList inside;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.key() == rowPath)
            inside.prepend(it.value());
        else if (it.key().startsWith(rowPath + QLatin1Char('.')) &&
                 columnOf(it.key().mid(rowPath.size() + 1)) < 0)
            inside.append(it.value());
    }
    return inside.join(QLatin1Char('\n'));
}

void AssessmentJsonModel::clearError(int row, int column)
{
    if (m_errors.remove(pathOf(row, column)) > 0)
        emit dataChanged(index(row, column), index(row, column),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

void AssessmentJsonModel::retranslate()
{
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AssessmentJsonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AssessmentJsonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString AssessmentJsonModel::choiceText(const AssessmentColumn& column, const QString& value) const
{
    if (column.choices)
        for (const auto& [key, text] : column.choices())
            if (key == value)
                return text;
    return value;
}

QVariant AssessmentJsonModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const AssessmentColumn& column = m_columns.at(index.column());
    const QJsonValue value = m_items.at(index.row()).toObject().value(column.field);
    switch (role) {
    case Qt::DisplayRole:
        switch (column.kind) {
        case AssessmentColumnKind::Boolean:
            return {};
        case AssessmentColumnKind::Integer:
        case AssessmentColumnKind::Number:
            return value.isDouble() ? QVariant(numberText(value.toDouble())) : QVariant();
        case AssessmentColumnKind::Choice:
            return choiceText(column, value.toString());
        case AssessmentColumnKind::Text:
            return value.toString();
        }
        return {};
    case Qt::EditRole:
        switch (column.kind) {
        case AssessmentColumnKind::Boolean:
            return value.toBool();
        case AssessmentColumnKind::Integer:
            return value.toInt();
        case AssessmentColumnKind::Number:
            return value.toDouble();
        default:
            return value.toString();
        }
    case Qt::CheckStateRole:
        if (column.kind == AssessmentColumnKind::Boolean)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column.kind == AssessmentColumnKind::Integer ||
            column.kind == AssessmentColumnKind::Number)
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole: {
        const QString error = errorAt(index.row(), index.column());
        if (!error.isEmpty())
            return error;
        return column.kind == AssessmentColumnKind::Text ? value.toString() : QVariant();
    }
    case Qt::BackgroundRole:
        if (!errorAt(index.row(), index.column()).isEmpty())
            return QBrush(QColor(QStringLiteral("#FDE2E2")));
        return {};
    case Qt::ForegroundRole:
        if (!errorAt(index.row(), index.column()).isEmpty())
            return QBrush(QColor(QStringLiteral("#991B1B")));
        return {};
    default:
        return {};
    }
}

bool AssessmentJsonModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !isCell(index))
        return false;
    const AssessmentColumn& column = m_columns.at(index.column());
    QJsonValue stored;
    if (column.kind == AssessmentColumnKind::Boolean) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        stored = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
    } else {
        if (role != Qt::EditRole)
            return false;
        switch (column.kind) {
        case AssessmentColumnKind::Integer: {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok)
                return false;
            stored = number;
            break;
        }
        case AssessmentColumnKind::Number: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok)
                return false;
            stored = number;
            break;
        }
        default: {
            const QString text = value.toString();
            stored = column.optional && text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
        }
        }
    }
    QJsonObject item = m_items.at(index.row()).toObject();
    if (item.value(column.field) == stored)
        return true;
    item.insert(column.field, stored);
    m_items.replace(index.row(), item);
    m_errors.remove(pathOf(index.row(), index.column()));
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags AssessmentJsonModel::flags(const QModelIndex& index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return result;
    if (m_columns.at(index.column()).kind == AssessmentColumnKind::Boolean)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

QVariant AssessmentJsonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    return m_columns.at(section).title();
}

void AssessmentJsonModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace ey::desk::partner

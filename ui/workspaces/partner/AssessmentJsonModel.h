// An editable table over a JSON array of objects: the rows of the assessment editor's tables.
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <functional>

namespace ey::desk::partner {

/// How a column's value is shown and edited.
enum class AssessmentColumnKind {
    Text,     ///< a string; an empty optional text is written as null
    Integer,  ///< a whole number
    Number,   ///< a decimal number (band limits)
    Boolean,  ///< a check box
    Choice,   ///< a string picked from `choices()` (scale key, template, method)
};

struct AssessmentColumn
{
    QString field;
    std::function<QString()> title;
    AssessmentColumnKind kind = AssessmentColumnKind::Text;
    /// Choice columns: the values offered, first the value, then its display text.
    std::function<QList<QPair<QString, QString>>()> choices = {};
    bool optional = false; ///< an empty text is stored as null (question's template override)
};

/// UI thread. Rows are whole JSON objects, so fields without a column (a scale's bands, a
/// template's options) ride along untouched. `edited` fires after every change a person makes,
/// which the editor uses to write the array back into its parent row. Field errors from the
/// server are looked up by JSON path: `prefix[row].field`.
class AssessmentJsonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    AssessmentJsonModel(QList<AssessmentColumn> columns, QObject* parent = nullptr);

    /// Replaces the rows without emitting `edited` (loading, not editing).
    void setItems(const QJsonArray& items);
    QJsonArray items() const { return m_items; }
    QJsonObject row(int row) const { return m_items.at(row).toObject(); }
    /// Sets one field of one row (from a form or a child table) and emits `edited`.
    void setRowField(int row, const QString& field, const QJsonValue& value);
    void insertItem(int row, const QJsonObject& item);
    void removeItem(int row);
    /// Swaps `row` with its neighbour (`delta` −1 up, +1 down); false at either end.
    bool moveItem(int row, int delta);
    /// The object new rows start from (Ins).
    void setTemplateRow(const QJsonObject& item) { m_templateRow = item; }
    QJsonObject templateRow() const { return m_templateRow; }
    int columnOf(const QString& field) const;
    AssessmentColumn column(int column) const { return m_columns.at(column); }

    /// Where this table's rows live in the definition ("sections[1].questions") and the field
    /// errors of the last save, keyed by JSON path; empty prefix: no errors are shown.
    void setErrors(const QString& prefix, const QMap<QString, QString>& errors);
    QString errorPrefix() const { return m_prefix; }
    /// The message for a cell, else the message for its whole row, else empty.
    QString errorAt(int row, int column) const;
    /// Forgets the error of one cell once it is edited (the person is fixing it).
    void clearError(int row, int column);
    /// Language switch: headers and choice texts are asked again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void edited();

private:
    bool isCell(const QModelIndex& index) const;
    QString pathOf(int row, int column) const;
    QString choiceText(const AssessmentColumn& column, const QString& value) const;

    QList<AssessmentColumn> m_columns;
    QJsonArray m_items;
    QJsonObject m_templateRow;
    QString m_prefix;
    QMap<QString, QString> m_errors;
    bool m_readOnly = false;
};

} // namespace ey::desk::partner

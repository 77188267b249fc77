// A small editable list of rows (grants, follow-ups, FAQ, bonus) shown as a table with add/remove.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QTableWidget;
class QToolButton;

namespace ey::desk::catalog {

/// UI thread. Each row is one JSON object (or one string when the single column has no field);
/// every cell is an editor widget so the list is typed into directly, without dialogs.
class RowListEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Text,
        LongText,
        Number,
        Choice
    };

    struct Column
    {
        QString field; ///< empty: the row is a bare string
        std::function<QString()> title;
        Kind kind = Kind::Text;
        /// Choice: (wire value, translated label) pairs.
        std::function<QList<QPair<QString, QString>>()> choices = {};
        int maximum = 3650; ///< Number
    };

    RowListEditor(QList<Column> columns, QWidget* parent = nullptr);

    void setRows(const QJsonArray& rows);
    QJsonArray rows() const;
    int count() const;
    void setReadOnly(bool readOnly);
    void addRow();
    void retranslate();
    QTableWidget* table() const { return m_table; }

signals:
    void edited();

private:
    void insertRow(const QJsonValue& value);
    QJsonValue rowValue(int row) const;

    QList<Column> m_columns;
    QTableWidget* m_table = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace ey::desk::catalog

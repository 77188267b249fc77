// The side pane of a record list: a hint while nothing is selected, then the record's title
// with its status pill, a form of label/value rows, and what the page adds below.
#pragma once

#include <QList>
#include <QScrollArea>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ey::desk {

class StatusBadge;

/// UI thread. Scrolls when the record is taller than the pane. `name` prefixes the object names
/// tests and style sheets use ("invoice" → invoiceDetail, invoiceTitle, invoiceBadge). Values are
/// selectable and wrap; labels are grey. Starts with the placeholder shown.
class RecordDetailPane : public QScrollArea
{
    Q_OBJECT

public:
    RecordDetailPane(const QString& name, int fields, QWidget* parent = nullptr);

    QLabel* placeholder() const { return m_placeholder; }
    /// The record's widget: the parent for what a page adds to body().
    QWidget* detail() const { return m_detail; }
    /// Below the form: the page's tables, messages and action boxes.
    QVBoxLayout* body() const { return m_body; }
    QLabel* title() const { return m_title; }
    StatusBadge* badge() const { return m_badge; }
    QFormLayout* form() const { return m_form; }
    QLabel* fieldLabel(int index) const { return m_labels.value(index); }
    QLabel* fieldValue(int index) const { return m_values.value(index); }
    int fieldCount() const { return static_cast<int>(m_values.size()); }
    /// Label texts in row order (called again on a language change).
    void setFieldLabels(const QStringList& labels);
    /// Value texts in row order.
    void setFieldValues(const QStringList& values);
    /// The record (true) or the placeholder (false).
    void showRecord(bool shown);

private:
    QLabel* m_placeholder = nullptr;
    QWidget* m_detail = nullptr;
    QVBoxLayout* m_body = nullptr;
    QLabel* m_title = nullptr;
    StatusBadge* m_badge = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
};

} // namespace ey::desk

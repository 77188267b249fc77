// RecordDetailPane: placeholder, title + status pill, label/value form, page content.
#include "RecordDetailPane.h"

#include "StatusBadge.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ey::desk {

RecordDetailPane::RecordDetailPane(const QString& name, int fields, QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* pane = new QWidget(this);
    setWidget(pane);
    auto* paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(12, 4, 8, 8);
    m_placeholder = new QLabel(pane);
    m_placeholder->setObjectName(name + QStringLiteral("Placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6B7280; padding: 24px;"));
    paneLayout->addWidget(m_placeholder);
    m_detail = new QWidget(pane);
    m_detail->setObjectName(name + QStringLiteral("Detail"));
    paneLayout->addWidget(m_detail);
    paneLayout->addStretch(1);

    m_body = new QVBoxLayout(m_detail);
    m_body->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    m_title = new QLabel(m_detail);
    m_title->setObjectName(name + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_badge = new StatusBadge(m_detail);
    m_badge->setObjectName(name + QStringLiteral("Badge"));
    head->addWidget(m_title, 1);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    m_body->addLayout(head);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    for (int i = 0; i < fields; ++i) {
        auto* label = new QLabel(m_detail);
        label->setStyleSheet(QStringLiteral("color: #6B7280;"));
        auto* value = new QLabel(m_detail);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_labels << label;
        m_values << value;
        m_form->addRow(label, value);
    }
    m_body->addLayout(m_form);
    m_detail->setVisible(false);
}

void RecordDetailPane::setFieldLabels(const QStringList& labels)
{
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
}

void RecordDetailPane::setFieldValues(const QStringList& values)
{
    for (int i = 0; i < m_values.size() && i < values.size(); ++i)
        m_values[i]->setText(values[i]);
}

void RecordDetailPane::showRecord(bool shown)
{
    m_placeholder->setVisible(!shown);
    m_detail->setVisible(shown);
}

} // namespace ey::desk

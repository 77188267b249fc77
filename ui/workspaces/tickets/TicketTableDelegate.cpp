// TicketTableDelegate: pill and SLA painting.
#include "TicketTableDelegate.h"

#include "TicketLabels.h"

#include "PagedTableModel.h"

#include <QApplication>
#include <QJsonObject>
#include <QPainter>

namespace ey::desk::tickets {

TicketTableDelegate::TicketTableDelegate(Kind kind, QObject* parent) : QStyledItemDelegate(parent), m_kind(kind) {}

void TicketTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QJsonObject ticket = index.data(PagedTableModel::ItemRole).toJsonObject();
    const QString text = index.data(Qt::DisplayRole).toString();
    // The selection background and focus frame first, without the text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_kind == Kind::Sla) {
        const bool breached = ticket.value(QStringLiteral("sla")).toObject().value(QStringLiteral("breached")).toBool();
        QFont font = option.font;
        font.setBold(breached);
        painter->setFont(font);
        painter->setPen(breached ? TicketLabels::breachedColor()
                                 : (option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                                          : option.palette.text().color()));
        const QRect area = option.rect.adjusted(6, 0, -4, 0);
        const QString shown = breached ? QStringLiteral("\u25CF ") + text : text;
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(shown, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }
    const QColor background = m_kind == Kind::Status
                                  ? TicketLabels::statusColor(ticket.value(QStringLiteral("status")).toString())
                                  : TicketLabels::priorityColor(ticket.value(QStringLiteral("priority")).toString());
    const QColor foreground = background.lightnessF() > 0.6 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int width = std::min(metrics.horizontalAdvance(text) + 18, option.rect.width() - 8);
    const int height = std::min(metrics.height() + 6, option.rect.height() - 4);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(foreground);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 10));
    painter->restore();
}

QSize TicketTableDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 22;
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace ey::desk::tickets

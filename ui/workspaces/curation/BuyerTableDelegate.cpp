// BuyerTableDelegate: the buyer table's cell painting.
#include "BuyerTableDelegate.h"

#include "PagedTableModel.h"

#include <QApplication>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace ey::desk::curation {

BuyerTableDelegate::BuyerTableDelegate(Kind kind, QObject* parent)
    : QStyledItemDelegate(parent), m_kind(kind)
{
}

QSize BuyerTableDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_kind == Kind::TwoLine)
        size.setHeight(option.fontMetrics.height() * 2 + 10);
    return size;
}

void BuyerTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor normal = option.palette.color(
        selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? normal : QColor(0x6B, 0x72, 0x80);
    const QRect area = option.rect.adjusted(6, 3, -6, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (m_kind) {
    case Kind::TwoLine: {
        const QString first = text.section(QLatin1Char('\n'), 0, 0);
        const QString second = text.section(QLatin1Char('\n'), 1);
        const QFontMetrics metrics(option.font);
        const int half = area.height() / 2;
        QRect top(area.left(), area.top(), area.width(), half);
        QRect bottom(area.left(), area.top() + half, area.width(), area.height() - half);
        if (second.isEmpty())
            top = area;
        painter->setPen(normal);
        painter->drawText(top, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(first, Qt::ElideRight, top.width()));
        if (!second.isEmpty()) {
            painter->setPen(muted);
            painter->drawText(bottom, Qt::AlignVCenter | Qt::AlignLeft,
                              metrics.elidedText(second, Qt::ElideRight, bottom.width()));
        }
        break;
    }
    case Kind::Verified: {
        const bool verified = index.data(PagedTableModel::ItemRole)
                                  .toJsonObject()
                                  .value(QStringLiteral("verified"))
                                  .toBool();
        if (!verified) {
            painter->setPen(muted);
            painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, text);
            break;
        }
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(text) + 16;
        const int height = metrics.height() + 6;
        const QRect pill(area.left(), area.center().y() - height / 2, std::min(width, area.width()),
                         height);
        QPainterPath path;
        path.addRoundedRect(pill, height / 2.0, height / 2.0);
        painter->fillPath(path, QColor(0xDC, 0xFC, 0xE7));
        painter->setFont(font);
        painter->setPen(QColor(0x16, 0x65, 0x34));
        painter->drawText(pill, Qt::AlignCenter, text);
        break;
    }
    case Kind::Rating: {
        painter->setPen(text.startsWith(QChar(0x2605)) || text.contains(QChar(0x2605))
                            ? (selected ? normal : QColor(0xD9, 0x77, 0x06))
                            : muted);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, text);
        break;
    }
    case Kind::Count:
    case Kind::Alert: {
        const bool alert = m_kind == Kind::Alert && text != QStringLiteral("0") && !text.isEmpty();
        QFont font = option.font;
        font.setBold(alert);
        painter->setFont(font);
        painter->setPen(alert && !selected ? QColor(0xB9, 0x1C, 0x1C) : normal);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, text);
        break;
    }
    }
    painter->restore();
}

} // namespace ey::desk::curation

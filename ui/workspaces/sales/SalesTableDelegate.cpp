// SalesTableDelegate: two-line cells, money, pills and action links.
#include "SalesTableDelegate.h"

#include "SalesFormat.h"

#include "PagedTableModel.h"

#include <QApplication>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>

namespace ey::desk::sales {

namespace {

/// Only a paid sale (confirmation) or a pending one (payment link) has a notice to resend.
bool resendable(const QModelIndex& index)
{
    const QString status = index.data(PagedTableModel::ItemRole)
                               .toJsonObject()
                               .value(QStringLiteral("status"))
                               .toString();
    return status == QStringLiteral("PAID") || status == QStringLiteral("PENDING");
}

} // namespace

SalesTableDelegate::SalesTableDelegate(Kind kind, QObject* parent)
    : QStyledItemDelegate(parent), m_kind(kind)
{
}

QRect SalesTableDelegate::detailRect(const QStyleOptionViewItem& option) const
{
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(tr("Detail")) + 8;
    return QRect(option.rect.left() + 6, option.rect.top(), width, option.rect.height());
}

QRect SalesTableDelegate::resendRect(const QStyleOptionViewItem& option) const
{
    const QFontMetrics metrics(option.font);
    const QRect detail = detailRect(option);
    return QRect(detail.right() + 10, option.rect.top(),
                 metrics.horizontalAdvance(tr("Resend")) + 8, option.rect.height());
}

void SalesTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text =
        selected ? option.palette.highlightedText().color() : option.palette.text().color();
    const QColor muted = selected ? text : QColor(0x6B, 0x72, 0x80);
    const QString display = index.data(Qt::DisplayRole).toString();
    const QRect area = option.rect.adjusted(8, 3, -8, -3);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (m_kind) {
    case Kind::TwoLine:
    case Kind::Money: {
        const QString top = display.section(QLatin1Char('\n'), 0, 0);
        const QString bottom = display.section(QLatin1Char('\n'), 1);
        const Qt::Alignment align = m_kind == Kind::Money ? Qt::AlignRight : Qt::AlignLeft;
        QFont topFont = option.font;
        if (m_kind == Kind::Money)
            topFont.setBold(true);
        QFont bottomFont = option.font;
        bottomFont.setPointSizeF(option.font.pointSizeF() * 0.88);
        const QFontMetrics topMetrics(topFont);
        const QFontMetrics bottomMetrics(bottomFont);
        if (bottom.isEmpty()) {
            painter->setFont(topFont);
            painter->setPen(text);
            painter->drawText(area, align | Qt::AlignVCenter,
                              topMetrics.elidedText(top, Qt::ElideRight, area.width()));
            break;
        }
        const int total = topMetrics.height() + bottomMetrics.height();
        const int y = area.top() + (area.height() - total) / 2;
        painter->setFont(topFont);
        painter->setPen(text);
        painter->drawText(QRect(area.left(), y, area.width(), topMetrics.height()),
                          align | Qt::AlignVCenter,
                          topMetrics.elidedText(top, Qt::ElideRight, area.width()));
        painter->setFont(bottomFont);
        painter->setPen(muted);
        painter->drawText(
            QRect(area.left(), y + topMetrics.height(), area.width(), bottomMetrics.height()),
            align | Qt::AlignVCenter,
            bottomMetrics.elidedText(bottom, Qt::ElideRight, area.width()));
        break;
    }
    case Kind::Status: {
        const QString status = index.data(PagedTableModel::ItemRole)
                                   .toJsonObject()
                                   .value(QStringLiteral("status"))
                                   .toString();
        const QColor background = SalesFormat::statusColor(status);
        const QColor foreground =
            background.lightnessF() > 0.6 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setBold(true);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const int width =
            std::min(metrics.horizontalAdvance(display) + 18, option.rect.width() - 8);
        const int height = std::min(metrics.height() + 6, option.rect.height() - 4);
        const QRect pill(option.rect.left() + 6, option.rect.center().y() - height / 2, width,
                         height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(foreground);
        painter->drawText(pill, Qt::AlignCenter, display);
        break;
    }
    case Kind::Actions: {
        const QColor link = selected ? text : option.palette.link().color();
        QFont font = option.font;
        font.setUnderline(true);
        painter->setFont(font);
        painter->setPen(link);
        painter->drawText(detailRect(option), Qt::AlignCenter, tr("Detail"));
        if (m_resendAllowed && resendable(index))
            painter->drawText(resendRect(option), Qt::AlignCenter, tr("Resend"));
        break;
    }
    }
    painter->restore();
}

QSize SalesTableDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2 + 12));
    if (m_kind == Kind::Status)
        size.rwidth() += 24;
    if (m_kind == Kind::Actions)
        size.setWidth(resendRect(option).right() - option.rect.left() + 12);
    return size;
}

bool SalesTableDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (m_kind == Kind::Actions && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            if (detailRect(option).contains(mouse->position().toPoint())) {
                emit detailRequested(index.row());
                return true;
            }
            if (m_resendAllowed && resendable(index) &&
                resendRect(option).contains(mouse->position().toPoint())) {
                emit resendRequested(index.row());
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ey::desk::sales

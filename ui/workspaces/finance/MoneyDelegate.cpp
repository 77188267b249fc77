// MoneyDelegate: right alignment and red negatives.
#include "MoneyDelegate.h"

namespace ey::desk::finance {

void MoneyDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    if (option->text.startsWith(QLatin1Char('-')))
        option->palette.setColor(QPalette::Text, QColor(0xB9, 0x1C, 0x1C));
}

} // namespace ey::desk::finance

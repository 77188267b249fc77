// Shows money columns right-aligned, negative amounts in red, so figures line up by digit.
#pragma once

#include <QStyledItemDelegate>

namespace ey::desk::finance {

/// UI thread. Works on the display text ("Rp 1.250.000"); the model formats the number.
class MoneyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ey::desk::finance

// Paints the buyer table's cells: two-line text, the verified pill, rating stars, counters.
#pragma once

#include <QStyledItemDelegate>

namespace ey::desk::curation {

class BuyerTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind
    {
        TwoLine,  ///< first line bold-ish, second line grey
        Verified, ///< green pill when the row's "verified" is true
        Rating,   ///< amber stars
        Count,    ///< right-aligned number
        Alert     ///< right-aligned number, red when above zero (open reports)
    };

    explicit BuyerTableDelegate(Kind kind, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Kind m_kind;
};

} // namespace ey::desk::curation

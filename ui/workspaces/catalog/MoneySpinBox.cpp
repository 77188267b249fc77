// MoneySpinBox: Indonesian rupiah formatting for a spin box.
#include "MoneySpinBox.h"

#include <QLocale>

namespace ey::desk::catalog {

MoneySpinBox::MoneySpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    // Rupiah are written the Indonesian way in both UI languages ("Rp 1.250.000").
    setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    setDecimals(0);
    setRange(0, static_cast<double>(kMaxRupiah));
    setPrefix(QStringLiteral("Rp "));
    setGroupSeparatorShown(true);
    setSingleStep(10000);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setButtonSymbols(QAbstractSpinBox::NoButtons);
    setMinimumWidth(140);
}

} // namespace ey::desk::catalog

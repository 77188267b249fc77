// A rupiah editor: whole rupiah, "Rp 1.250.000" with Indonesian grouping, right-aligned.
#pragma once

#include <QDoubleSpinBox>

namespace ey::desk::catalog {

/// UI thread. A double spin box because rupiah prices pass the 32-bit range of QSpinBox; the
/// value is always whole (no decimals) and read back as qint64.
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    /// The server's upper bound for any price (CatalogService::kMaxPrice).
    static constexpr qint64 kMaxRupiah = 1'000'000'000'000;

    explicit MoneySpinBox(QWidget* parent = nullptr);

    qint64 rupiah() const { return static_cast<qint64>(value()); }
    void setRupiah(qint64 rupiah) { setValue(static_cast<double>(rupiah)); }
};

} // namespace ey::desk::catalog

// The sales export's columns: one SaleRow → one CSV row (Indonesian header, Excel-friendly).
#pragma once

#include "Sales.h"

#include "CsvWriter.h"

#include <ostream>

namespace ey::sales {

/// Writes the BOM and header at construction, then one row per sale; one instance per export.
class SalesCsv
{
public:
    explicit SalesCsv(std::ostream& out);

    void writeRow(const SaleRow& row);

private:
    core::CsvWriter m_csv;
};

} // namespace ey::sales

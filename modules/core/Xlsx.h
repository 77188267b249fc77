// Spreadsheets: XlsxReader streams the rows of an .xlsx's first worksheet as text cells;
// XlsxWriter writes rows into a new .xlsx (libxlsxwriter) with a bold, frozen, filterable header.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ey::core {

/// The bytes are not a workbook we can read (not a ZIP, no worksheet, broken XML).
class XlsxError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads the first worksheet (in workbook order) of an .xlsx held in memory. Cells come back as
/// the text a person sees: shared and inline strings as written, whole numbers without exponent
/// or ".0" (a phone number stays 6281234567890), booleans as "true"/"false", cells with a date
/// style as YYYY-MM-DD. A gap in a row stays a gap: cells keep their column by their reference.
/// Not thread safe; the bytes must outlive the reader.
class XlsxReader
{
public:
    /// Opens the package and reads the workbook, its relations, shared strings and styles.
    /// Throws XlsxError.
    explicit XlsxReader(std::string_view bytes);
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    /// Calls `row` for each row of the sheet in order (rows with no cell at all are skipped);
    /// the sheet's XML is decompressed and parsed as it streams, never held whole. Return false
    /// from `row` to stop early. Throws XlsxError.
    void forEachRow(const std::function<bool(const std::vector<std::string>& cells)>& row) const;

    /// The name of the sheet forEachRow reads.
    const std::string& sheetName() const { return m_sheetName; }

    struct Package; // the opened ZIP and what the workbook parts told us

private:
    std::unique_ptr<Package> m_package;
    std::string m_sheetName;
};

/// Writes one worksheet to a temporary file (libxlsxwriter's constant-memory mode, so a large
/// export never sits in memory), then hands the finished package over. Not thread safe.
class XlsxWriter
{
public:
    using Cell = std::variant<std::monostate, std::string, std::int64_t, double, bool>;

    /// A bold header row, frozen, with an autofilter over every column once the rows are in.
    /// `tempDir` empty: the system's temporary directory.
    XlsxWriter(const std::vector<std::string>& header, const std::string& sheetName = "Sheet1",
               const std::string& tempDir = {});
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    void addRow(const std::vector<Cell>& cells);
    /// Text-only rows.
    void addRow(const std::vector<std::string>& cells);
    std::int64_t rows() const { return m_rows; }

    /// Closes the workbook and copies its bytes to `out`; the writer is spent afterwards.
    void finish(std::ostream& out);
    /// Closes the workbook and returns its bytes.
    std::string finish();

private:
    void close();

    std::string m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    std::vector<double> m_widths;
    std::int64_t m_rows = 0; // data rows written (the header not counted)
    bool m_closed = false;
};

} // namespace ey::core

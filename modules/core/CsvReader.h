// RFC 4180 CSV read row by row out of bytes already in memory (an uploaded file), without copying
// them: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes, a UTF-8 BOM, and a
// `,` or `;` delimiter detected from the header line (spreadsheets in Indonesian locales write
// `;`).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ey::core {

/// Reads one row per next() call. The bytes must outlive the reader. Not thread safe.
class CsvReader
{
public:
    explicit CsvReader(std::string_view bytes);

    /// The next row's fields into `row` (cleared first); false at the end of the text.
    /// A line with nothing on it is no row (trailing blank lines are common in hand-made files).
    bool next(std::vector<std::string>& row);

    /// The delimiter chosen from the header line: ';' when it holds more of them than ','.
    char delimiter() const { return m_delimiter; }

    /// The 1-based physical line the last row returned by next() started on (for messages).
    std::size_t line() const { return m_rowLine; }

    /// True when `bytes` (a BOM allowed) is well-formed UTF-8 without NUL or other control
    /// characters besides tab, CR and LF: what a CSV file may hold.
    static bool looksLikeText(std::string_view bytes);

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_rowLine = 0;
    char m_delimiter = ',';
};

} // namespace ey::core

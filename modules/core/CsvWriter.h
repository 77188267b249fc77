// RFC 4180 CSV onto a stream: UTF-8 with a BOM (so spreadsheet programs read it as UTF-8),
// CRLF line ends, fields quoted only when they need to be.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ey::core {

/// Writes rows as they come, so an export never has to fit in memory. Not thread safe.
class CsvWriter
{
public:
    /// Writes the byte order mark and the header row at once.
    CsvWriter(std::ostream& out, const std::vector<std::string>& header);

    /// Text; a leading = + - @ is defused with an apostrophe (see the .cpp).
    CsvWriter& field(const std::string& text);
    CsvWriter& field(std::int64_t number);
    /// Ends the current row; flushes every so often so the client sees progress.
    void endRow();

    /// One field as RFC 4180 wants it: quoted, with inner quotes doubled, when it holds a
    /// comma, quote, CR or LF, or leading/trailing spaces; as is otherwise.
    static std::string escape(const std::string& text);

private:
    CsvWriter& raw(const std::string& text);

    std::ostream& m_out;
    bool m_rowStarted = false;
    int m_rowsSinceFlush = 0;
};

} // namespace ey::core

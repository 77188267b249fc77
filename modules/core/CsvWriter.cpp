// RFC 4180 CSV writer.
#include "CsvWriter.h"

#include <string_view>

namespace ey::core {

CsvWriter::CsvWriter(std::ostream& out, const std::vector<std::string>& header) : m_out(out)
{
    m_out << "\xEF\xBB\xBF";
    for (const auto& name : header)
        field(name);
    endRow();
}

std::string CsvWriter::escape(const std::string& text)
{
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return text;
    std::string result = "\"";
    for (char c : text) {
        if (c == '"')
            result += '"';
        result += c;
    }
    result += '"';
    return result;
}

CsvWriter& CsvWriter::field(const std::string& text)
{
    // Names and memos come from users; a leading = + - @ would make a spreadsheet run them as a
    // formula, so such text gets an apostrophe in front (numbers go through the other overload).
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return raw("'" + text);
    return raw(text);
}

CsvWriter& CsvWriter::field(std::int64_t number)
{
    return raw(std::to_string(number));
}

CsvWriter& CsvWriter::raw(const std::string& text)
{
    if (m_rowStarted)
        m_out << ',';
    m_rowStarted = true;
    m_out << escape(text);
    return *this;
}

void CsvWriter::endRow()
{
    m_out << "\r\n";
    m_rowStarted = false;
    // Chunks of a few hundred rows keep the download moving without a write per row.
    if (++m_rowsSinceFlush >= 200) {
        m_out.flush();
        m_rowsSinceFlush = 0;
    }
}

} // namespace ey::core

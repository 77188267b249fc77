// RFC 4180 CSV reader (see CsvReader.h).
#include "CsvReader.h"

#include <cstdint>

namespace ey::core {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

/// Counts delimiters outside quotes on the first line to pick ',' or ';'.
char detectDelimiter(std::string_view text)
{
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

CsvReader::CsvReader(std::string_view bytes) : m_text(bytes)
{
    if (m_text.starts_with(kBom))
        m_text.remove_prefix(kBom.size());
    m_delimiter = detectDelimiter(m_text);
}

bool CsvReader::next(std::vector<std::string>& row)
{
    row.clear();
    // Blank lines between rows carry nothing.
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        if (m_text[m_pos] == '\n' ||
            (m_text[m_pos] == '\r' && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '\n')))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return false;
    m_rowLine = m_line;

    std::string field;
    bool quoted = false;    // inside a quoted section
    bool wasQuoted = false; // the field started with a quote
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == '\n')
                ++m_line;
            // A CRLF inside quotes is one line break in the cell, written as LF.
            if (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
                ++m_pos;
                continue;
            }
            field += c;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            row.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            ++m_pos;
            if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            break;
        }
        if (c == '"' && field.empty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++m_pos;
            continue;
        }
        // A stray quote inside an unquoted field (or text after a closing quote) is kept as
        // written: lenient, as spreadsheet programs are.
        field += c;
        ++m_pos;
    }
    row.push_back(std::move(field));
    return true;
}

bool CsvReader::looksLikeText(std::string_view bytes)
{
    if (bytes.starts_with(kBom))
        bytes.remove_prefix(kBom.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
                return false;
            if (c == 0x7f)
                return false;
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if ((c & 0xE0) == 0xC0)
            length = 2, code = c & 0x1F;
        else if ((c & 0xF0) == 0xE0)
            length = 3, code = c & 0x0F;
        else if ((c & 0xF8) == 0xF0)
            length = 4, code = c & 0x07;
        else
            return false;
        if (i + length > bytes.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
            (length == 4 && code < 0x10000) || code > 0x10FFFF ||
            (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

} // namespace ey::core

// .xlsx reading (Poco::Zip + Poco::XML SAX) and writing (libxlsxwriter); see Xlsx.h.
#include "Xlsx.h"

#include "Random.h"

#include <Poco/MemoryStream.h>
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;

namespace ey::core {

// ---------------------------------------------------------------------------------------------
// Reading

struct XlsxReader::Package
{
    Package(std::string_view bytes)
        : stream(bytes.data(), bytes.size()), archive(openArchive(stream))
    {
    }

    static Poco::Zip::ZipArchive openArchive(std::istream& in)
    {
        try {
            return Poco::Zip::ZipArchive(in);
        } catch (const Poco::Exception& e) {
            throw XlsxError("not a readable ZIP package: " + e.displayText());
        }
    }

    Poco::MemoryInputStream stream;
    Poco::Zip::ZipArchive archive;
    std::vector<std::string> sharedStrings;
    std::vector<bool> dateStyles; // by cell style index (the s attribute)
    bool date1904 = false;
    std::string sheetPath;
};

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLChar;
using Poco::XML::XMLString;

/// Thrown from a handler to end a parse early (the caller asked to stop).
struct StopParsing
{
};

// A decompressed part larger than this is a ZIP bomb, not a buyer list.
constexpr Poco::UInt64 kMaxPartBytes = 1024ull * 1024 * 1024;
constexpr std::size_t kMaxSharedStringBytes = 256u * 1024 * 1024;
constexpr std::size_t kMaxColumns = 16384; // Excel's own limit (XFD)

std::string attribute(const Attributes& attributes, const std::string& localName)
{
    for (int i = 0; i < attributes.getLength(); ++i)
        if (attributes.getLocalName(i) == localName)
            return attributes.getValue(i);
    return {};
}

/// The r:id attribute: local name "id" in the relationships namespace (not a plain "id").
std::string relationshipId(const Attributes& attributes)
{
    for (int i = 0; i < attributes.getLength(); ++i)
        if (attributes.getLocalName(i) == "id" && !attributes.getURI(i).empty())
            return attributes.getValue(i);
    return {};
}

/// Parses one part of the package with `handler`; false when the part is absent.
bool parsePart(XlsxReader::Package& package, const std::string& name,
               Poco::XML::DefaultHandler& handler)
{
    const auto header = package.archive.findHeader(name);
    if (header == package.archive.headerEnd())
        return false;
    if (header->second.getUncompressedSize() > kMaxPartBytes)
        throw XlsxError(name + " is too large");
    package.stream.clear();
    Poco::Zip::ZipInputStream in(package.stream, header->second, true);
    Poco::XML::InputSource source(in);
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setContentHandler(&handler);
    parser.setErrorHandler(&handler);
    try {
        parser.parse(&source);
    } catch (const StopParsing&) {
        throw;
    } catch (const XlsxError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw XlsxError(name + ": " + e.displayText());
    }
    return true;
}

/// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root.
std::string partPath(const std::string& target)
{
    if (target.starts_with("/"))
        return target.substr(1);
    std::string path = "xl/" + target;
    // "xl/../x" style targets are rare, but normalise them rather than fail.
    for (std::size_t at = path.find("/../"); at != std::string::npos; at = path.find("/../")) {
        const auto parentStart = path.rfind('/', at - 1);
        path.erase(parentStart == std::string::npos ? 0 : parentStart + 1,
                   at + 4 - (parentStart == std::string::npos ? 0 : parentStart + 1));
    }
    return path;
}

class WorkbookHandler : public Poco::XML::DefaultHandler
{
public:
    struct Sheet
    {
        std::string name;
        std::string relId;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;

    void startElement(const XMLString&, const XMLString& localName, const XMLString&,
                      const Attributes& attributes) override
    {
        if (localName == "sheet")
            sheets.push_back({attribute(attributes, "name"), relationshipId(attributes)});
        else if (localName == "workbookPr") {
            const auto value = attribute(attributes, "date1904");
            date1904 = value == "1" || value == "true";
        }
    }
};

class RelationshipsHandler : public Poco::XML::DefaultHandler
{
public:
    struct Relationship
    {
        std::string target;
        std::string type;
    };
    std::map<std::string, Relationship> byId;

    void startElement(const XMLString&, const XMLString& localName, const XMLString&,
                      const Attributes& attributes) override
    {
        if (localName == "Relationship")
            byId[attribute(attributes, "Id")] = {attribute(attributes, "Target"),
                                                 attribute(attributes, "Type")};
    }

    std::optional<std::string> targetOfType(std::string_view suffix) const
    {
        for (const auto& [id, relationship] : byId)
            if (relationship.type.ends_with(suffix))
                return relationship.target;
        return std::nullopt;
    }
};

/// Number formats that show a date: Excel's built-in ids and custom codes with day or year parts.
bool isDateFormat(int id, const std::map<int, std::string>& custom)
{
    if (const auto found = custom.find(id); found != custom.end()) {
        std::string bare;
        bool quoted = false;
        bool bracket = false;
        bool escaped = false;
        for (const char c : found->second) {
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == '\\' && !quoted) {
                escaped = true;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (!quoted && c == '[')
                bracket = true;
            else if (!quoted && c == ']')
                bracket = false;
            else if (!quoted && !bracket)
                bare += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return bare.find('d') != std::string::npos || bare.find('y') != std::string::npos;
    }
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

class StylesHandler : public Poco::XML::DefaultHandler
{
public:
    std::map<int, std::string> customFormats;
    std::vector<int> cellFormats; // numFmtId of each cellXfs entry

    void startElement(const XMLString&, const XMLString& localName, const XMLString&,
                      const Attributes& attributes) override
    {
        if (localName == "numFmt")
            customFormats[toInt(attribute(attributes, "numFmtId"))] =
                attribute(attributes, "formatCode");
        else if (localName == "cellXfs")
            m_inCellXfs = true;
        else if (localName == "xf" && m_inCellXfs)
            cellFormats.push_back(toInt(attribute(attributes, "numFmtId")));
    }
    void endElement(const XMLString&, const XMLString& localName, const XMLString&) override
    {
        if (localName == "cellXfs")
            m_inCellXfs = false;
    }

    static int toInt(const std::string& text)
    {
        int value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }

private:
    bool m_inCellXfs = false;
};

class SharedStringsHandler : public Poco::XML::DefaultHandler
{
public:
    explicit SharedStringsHandler(std::vector<std::string>& strings) : m_strings(strings) {}

    void startElement(const XMLString&, const XMLString& localName, const XMLString&,
                      const Attributes&) override
    {
        if (localName == "si")
            m_strings.emplace_back();
        else if (localName == "t")
            m_inText = true;
        else if (localName == "rPh") // phonetic hints are not part of the text
            m_inPhonetic = true;
    }
    void endElement(const XMLString&, const XMLString& localName, const XMLString&) override
    {
        if (localName == "t")
            m_inText = false;
        else if (localName == "rPh")
            m_inPhonetic = false;
    }
    void characters(const XMLChar ch[], int start, int length) override
    {
        if (!m_inText || m_inPhonetic || m_strings.empty())
            return;
        m_bytes += static_cast<std::size_t>(length);
        if (m_bytes > kMaxSharedStringBytes)
            throw XlsxError("the shared strings are too large");
        m_strings.back().append(ch + start, static_cast<std::size_t>(length));
    }

private:
    std::vector<std::string>& m_strings;
    bool m_inText = false;
    bool m_inPhonetic = false;
    std::size_t m_bytes = 0;
};

/// Days since 1970-01-01 → YYYY-MM-DD (Howard Hinnant's civil_from_days).
std::string civilDate(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    char text[32];
    std::snprintf(text, sizeof text, "%04lld-%02u-%02u", static_cast<long long>(y + (m <= 2)), m,
                  d);
    return text;
}

/// An Excel serial day number → YYYY-MM-DD; the 1900 system counts the fictitious 1900-02-29.
std::string serialDate(double serial, bool date1904)
{
    auto days = static_cast<std::int64_t>(std::floor(serial));
    if (date1904)
        return civilDate(days - 24107); // 1904-01-01 is day -24107 from 1970-01-01
    if (days < 60)
        ++days;                     // before the phantom leap day, serial 1 is 1900-01-01
    return civilDate(days - 25569); // serial 25569 is 1970-01-01
}

/// A number as a person reads it: integers without exponent or ".0".
std::string numberText(const std::string& raw)
{
    double value = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (error != std::errc() || end != raw.data() + raw.size())
        return raw;
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<std::int64_t>(value));
    if (raw.find_first_of("eE") == std::string::npos)
        return raw;
    char text[64];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

/// "BC12" → 54 (zero-based column), or -1 when the reference has no letters.
long columnOf(const std::string& reference)
{
    long column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && std::isalpha(static_cast<unsigned char>(reference[i])); ++i) {
        column = column * 26 + (std::toupper(static_cast<unsigned char>(reference[i])) - 'A' + 1);
        if (column > static_cast<long>(kMaxColumns))
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

class SheetHandler : public Poco::XML::DefaultHandler
{
public:
    SheetHandler(const XlsxReader::Package& package,
                 const std::function<bool(const std::vector<std::string>&)>& row)
        : m_package(package), m_row(row)
    {
    }

    void startElement(const XMLString&, const XMLString& localName, const XMLString&,
                      const Attributes& attributes) override
    {
        if (localName == "row") {
            m_cells.clear();
            m_hasCell = false;
            m_nextColumn = 0;
        } else if (localName == "c") {
            const auto reference = attribute(attributes, "r");
            const long column =
                reference.empty() ? static_cast<long>(m_nextColumn) : columnOf(reference);
            if (column < 0)
                throw XlsxError("a cell has a malformed reference: " + reference);
            m_column = static_cast<std::size_t>(column);
            m_type = attribute(attributes, "t");
            const auto style = attribute(attributes, "s");
            m_style = style.empty() ? 0 : StylesHandler::toInt(style);
            m_value.clear();
            m_inlineText.clear();
        } else if (localName == "v") {
            m_inValue = true;
        } else if (localName == "is") {
            m_inInline = true;
        } else if (localName == "t" && m_inInline) {
            m_inInlineText = true;
        } else if (localName == "rPh") {
            m_inPhonetic = true;
        }
    }

    void endElement(const XMLString&, const XMLString& localName, const XMLString&) override
    {
        if (localName == "v") {
            m_inValue = false;
        } else if (localName == "t") {
            m_inInlineText = false;
        } else if (localName == "is") {
            m_inInline = false;
        } else if (localName == "rPh") {
            m_inPhonetic = false;
        } else if (localName == "c") {
            if (m_cells.size() <= m_column)
                m_cells.resize(m_column + 1);
            m_cells[m_column] = cellText();
            m_hasCell = true;
            m_nextColumn = m_column + 1;
        } else if (localName == "row") {
            if (m_hasCell && !m_row(m_cells))
                throw StopParsing{};
        }
    }

    void characters(const XMLChar ch[], int start, int length) override
    {
        if (m_inValue)
            m_value.append(ch + start, static_cast<std::size_t>(length));
        else if (m_inInlineText && !m_inPhonetic)
            m_inlineText.append(ch + start, static_cast<std::size_t>(length));
    }

private:
    std::string cellText() const
    {
        if (m_type == "s") {
            std::size_t index = 0;
            const auto [end, error] =
                std::from_chars(m_value.data(), m_value.data() + m_value.size(), index);
            if (error != std::errc() || index >= m_package.sharedStrings.size())
                throw XlsxError("a cell points at a shared string that does not exist");
            return m_package.sharedStrings[index];
        }
        if (m_type == "inlineStr")
            return m_inlineText;
        if (m_type == "b")
            return m_value == "1" || m_value == "true" ? "true" : "false";
        if (m_type == "str" || m_type == "e")
            return m_value;
        if (m_type == "d") // an ISO 8601 date(-time) value
            return m_value.substr(0, 10);
        if (m_value.empty())
            return {};
        const auto style = static_cast<std::size_t>(m_style);
        if (style < m_package.dateStyles.size() && m_package.dateStyles[style]) {
            double serial = 0;
            const auto [end, error] =
                std::from_chars(m_value.data(), m_value.data() + m_value.size(), serial);
            if (error == std::errc() && serial >= 1 && serial < 2958466) // up to 9999-12-31
                return serialDate(serial, m_package.date1904);
        }
        return numberText(m_value);
    }

    const XlsxReader::Package& m_package;
    const std::function<bool(const std::vector<std::string>&)>& m_row;
    std::vector<std::string> m_cells;
    bool m_hasCell = false;
    std::size_t m_nextColumn = 0;
    std::size_t m_column = 0;
    std::string m_type;
    int m_style = 0;
    std::string m_value;
    std::string m_inlineText;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    bool m_inPhonetic = false;
};

} // namespace

XlsxReader::XlsxReader(std::string_view bytes) : m_package(std::make_unique<Package>(bytes))
{
    WorkbookHandler workbook;
    if (!parsePart(*m_package, "xl/workbook.xml", workbook))
        throw XlsxError("the package has no xl/workbook.xml");
    if (workbook.sheets.empty())
        throw XlsxError("the workbook has no worksheet");
    m_package->date1904 = workbook.date1904;
    m_sheetName = workbook.sheets.front().name;

    RelationshipsHandler relationships;
    parsePart(*m_package, "xl/_rels/workbook.xml.rels", relationships);
    const auto sheet = relationships.byId.find(workbook.sheets.front().relId);
    m_package->sheetPath = sheet != relationships.byId.end() ? partPath(sheet->second.target)
                                                             : "xl/worksheets/sheet1.xml";
    if (m_package->archive.findHeader(m_package->sheetPath) == m_package->archive.headerEnd())
        throw XlsxError("the first worksheet " + m_package->sheetPath + " is missing");

    SharedStringsHandler strings(m_package->sharedStrings);
    parsePart(*m_package,
              partPath(relationships.targetOfType("/sharedStrings").value_or("sharedStrings.xml")),
              strings);

    StylesHandler styles;
    parsePart(*m_package, partPath(relationships.targetOfType("/styles").value_or("styles.xml")),
              styles);
    for (const int format : styles.cellFormats)
        m_package->dateStyles.push_back(isDateFormat(format, styles.customFormats));
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::forEachRow(
    const std::function<bool(const std::vector<std::string>& cells)>& row) const
{
    SheetHandler handler(*m_package, row);
    try {
        parsePart(*m_package, m_package->sheetPath, handler);
    } catch (const StopParsing&) {
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

namespace {

// Excel's limit for one cell's text.
constexpr std::size_t kMaxCellBytes = 32767;

/// Code points in UTF-8 text (what a column's width follows).
std::size_t displayLength(const std::string& text)
{
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

/// Cuts at most kMaxCellBytes without splitting a UTF-8 sequence.
std::string cellString(const std::string& text)
{
    if (text.size() <= kMaxCellBytes)
        return text;
    std::size_t end = kMaxCellBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

void check(lxw_error error, const char* what)
{
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("xlsx ") + what + ": " + lxw_strerror(error));
}

} // namespace

XlsxWriter::XlsxWriter(const std::vector<std::string>& header, const std::string& sheetName,
                       const std::string& tempDir)
{
    const fs::path dir = tempDir.empty() ? fs::temp_directory_path() : fs::path(tempDir);
    m_path = (dir / ("ey-xlsx-" + randomHex(12) + ".xlsx")).string();
    std::string tmp = dir.string();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmp.data();
    m_workbook = workbook_new_opt(m_path.c_str(), &options);
    if (!m_workbook)
        throw std::runtime_error("cannot create a workbook under " + dir.string());
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.c_str());
    if (!m_sheet) {
        workbook_close(m_workbook);
        m_workbook = nullptr;
        fs::remove(m_path);
        throw std::runtime_error("invalid worksheet name " + sheetName);
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_widths.assign(header.size(), 8);
    for (std::size_t c = 0; c < header.size(); ++c) {
        check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c),
                                     cellString(header[c]).c_str(), m_bold),
              "header");
        m_widths[c] = std::max(m_widths[c], static_cast<double>(displayLength(header[c])) + 2);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
}

XlsxWriter::~XlsxWriter()
{
    if (!m_closed) {
        try {
            close();
        } catch (const std::exception&) {
        }
    }
    std::error_code ignored;
    fs::remove(m_path, ignored);
}

void XlsxWriter::addRow(const std::vector<Cell>& cells)
{
    if (m_closed)
        throw std::logic_error("XlsxWriter: rows after finish()");
    const auto row = static_cast<lxw_row_t>(m_rows + 1);
    if (cells.size() > m_widths.size())
        m_widths.resize(cells.size(), 8);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        std::size_t length = 0;
        if (const auto* text = std::get_if<std::string>(&cells[c])) {
            if (!text->empty())
                check(worksheet_write_string(m_sheet, row, column, cellString(*text).c_str(),
                                             nullptr),
                      "cell");
            length = displayLength(*text);
        } else if (const auto* whole = std::get_if<std::int64_t>(&cells[c])) {
            check(
                worksheet_write_number(m_sheet, row, column, static_cast<double>(*whole), nullptr),
                "cell");
            length = std::to_string(*whole).size();
        } else if (const auto* real = std::get_if<double>(&cells[c])) {
            check(worksheet_write_number(m_sheet, row, column, *real, nullptr), "cell");
            length = 10;
        } else if (const auto* flag = std::get_if<bool>(&cells[c])) {
            check(worksheet_write_boolean(m_sheet, row, column, *flag ? 1 : 0, nullptr), "cell");
            length = 5;
        }
        // Wide enough for the text, but a long note should not push every column off screen.
        m_widths[c] = std::min(60.0, std::max(m_widths[c], static_cast<double>(length) + 2));
    }
    ++m_rows;
}

void XlsxWriter::addRow(const std::vector<std::string>& cells)
{
    addRow(std::vector<Cell>(cells.begin(), cells.end()));
}

void XlsxWriter::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (!m_widths.empty()) {
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 m_widths[c], nullptr);
        check(worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows),
                                   static_cast<lxw_col_t>(m_widths.size() - 1)),
              "autofilter");
    }
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    check(error, "close");
}

void XlsxWriter::finish(std::ostream& out)
{
    close();
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        throw std::runtime_error("the finished workbook is missing: " + m_path);
    out << in.rdbuf();
    out.flush();
    in.close();
    std::error_code ignored;
    fs::remove(m_path, ignored);
}

std::string XlsxWriter::finish()
{
    std::ostringstream out;
    finish(out);
    return out.str();
}

} // namespace ey::core

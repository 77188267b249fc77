// Streams a ZIP of report PDFs entry by entry while the reports are still being generated.
//
// The ZIP is written here directly (stored entries, PKWARE APPNOTE 6.3) instead of through
// Poco::Zip::Compress. Poco 1.11's non-seekable mode does produce archives that `unzip -t`
// accepts, but it marks every entry as made by MS-DOS, and Info-ZIP unzip (what Linux users and
// our desktop's "extract" use) then mangles UTF-8 names: "Andé Putri.pdf" is listed as
// "And+� Putri.pdf" although the UTF-8 flag is set. Client names are typed by people, so that
// matters. Writing stored entries ourselves is short and gives three more things: each PDF is
// complete in memory before it is written, so its CRC and size go into the local header and no
// data descriptor is needed (every extractor, streaming ones included, reads that); entries are
// not deflated again (PDF content streams are compressed already); and the central directory
// lists entries in the order written rather than sorted by name.
#include "ReportArchive.h"

#include <Poco/Checksum.h>

#include <glib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

namespace ey::partner {

namespace {

constexpr std::uint64_t kZip32Limit = 0xFFFFFFFFu; // beyond this the format needs ZIP64
constexpr std::size_t kMaxEntries = 0xFFFF;
constexpr std::size_t kLocalHeaderBytes = 30; // fixed part, before the name and extra field
constexpr std::size_t kMaxStemBytes = 150;    // keeps full paths under Windows' 260 characters

void put16(std::string& buffer, std::uint32_t value)
{
    buffer.push_back(static_cast<char>(value & 0xFF));
    buffer.push_back(static_cast<char>((value >> 8) & 0xFF));
}

void put32(std::string& buffer, std::uint32_t value)
{
    put16(buffer, value & 0xFFFF);
    put16(buffer, value >> 16);
}

/// When the entries were written, as MS-DOS date/time fields in Jakarta time (the format has no
/// time zone and our users are in WIB) plus the exact UTC second for the extended timestamp.
struct EntryTime
{
    std::uint16_t dosTime = 0;
    std::uint16_t dosDate = 0;
    std::uint32_t unixSeconds = 0;
};

EntryTime entryTime()
{
    using namespace std::chrono;
    // The archive's own timestamp, not a business rule, so the system clock is the right source.
    const auto now = floor<seconds>(system_clock::now());
    const auto jakarta = now + hours(7);
    const auto day = floor<days>(jakarta);
    const year_month_day date{day};
    const hh_mm_ss clock{jakarta - day};
    EntryTime time;
    time.dosTime =
        static_cast<std::uint16_t>((clock.hours().count() << 11) | (clock.minutes().count() << 5) |
                                   (clock.seconds().count() / 2));
    time.dosDate = static_cast<std::uint16_t>(((static_cast<int>(date.year()) - 1980) << 9) |
                                              (static_cast<unsigned>(date.month()) << 5) |
                                              static_cast<unsigned>(date.day()));
    time.unixSeconds = static_cast<std::uint32_t>(now.time_since_epoch().count());
    return time;
}

/// Info-ZIP "UT" extra field: modification time in UTC, so extracted files get the right time.
std::string timestampExtra(std::uint32_t unixSeconds)
{
    std::string extra;
    put16(extra, 0x5455);
    put16(extra, 5);
    extra.push_back(1); // flags: modification time present
    put32(extra, unixSeconds);
    return extra;
}

struct CentralEntry
{
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
};

constexpr std::uint16_t kVersion = 20; // 2.0: what stored entries with UTF-8 need
constexpr std::uint16_t kMadeByUnix = (3 << 8) | kVersion; // Unix: unzip trusts the UTF-8 flag
constexpr std::uint16_t kFlagUtf8 = 0x0800;

std::string localHeader(const CentralEntry& entry, const EntryTime& time, const std::string& extra)
{
    std::string header;
    put32(header, 0x04034b50);
    put16(header, kVersion);
    put16(header, kFlagUtf8);
    put16(header, 0); // stored
    put16(header, time.dosTime);
    put16(header, time.dosDate);
    put32(header, entry.crc);
    put32(header, entry.size);
    put32(header, entry.size);
    put16(header, static_cast<std::uint32_t>(entry.name.size()));
    put16(header, static_cast<std::uint32_t>(extra.size()));
    return header + entry.name + extra;
}

std::string centralDirectory(const std::vector<CentralEntry>& entries, const EntryTime& time,
                             const std::string& extra, std::uint64_t directoryOffset)
{
    std::string directory;
    for (const CentralEntry& entry : entries) {
        put32(directory, 0x02014b50);
        put16(directory, kMadeByUnix);
        put16(directory, kVersion);
        put16(directory, kFlagUtf8);
        put16(directory, 0);
        put16(directory, time.dosTime);
        put16(directory, time.dosDate);
        put32(directory, entry.crc);
        put32(directory, entry.size);
        put32(directory, entry.size);
        put16(directory, static_cast<std::uint32_t>(entry.name.size()));
        put16(directory, static_cast<std::uint32_t>(extra.size()));
        put16(directory, 0);              // comment
        put16(directory, 0);              // disk
        put16(directory, 0);              // internal attributes
        put32(directory, 0100644u << 16); // rw-r--r-- regular file
        put32(directory, entry.offset);
        directory += entry.name;
        directory += extra;
    }
    const std::uint64_t size = directory.size();
    if (directoryOffset + size > kZip32Limit)
        throw std::runtime_error("ZIP archive would exceed 4 GiB; download fewer reports at once");
    put32(directory, 0x06054b50);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, static_cast<std::uint32_t>(entries.size()));
    put16(directory, static_cast<std::uint32_t>(entries.size()));
    put32(directory, static_cast<std::uint32_t>(size));
    put32(directory, static_cast<std::uint32_t>(directoryOffset));
    put16(directory, 0); // comment
    return directory;
}

std::string validUtf8(const std::string& text)
{
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr))
        return text;
    gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string result(fixed);
    g_free(fixed);
    return result;
}

std::string foldCase(const std::string& text)
{
    gchar* folded = g_utf8_casefold(text.data(), static_cast<gssize>(text.size()));
    std::string result(folded);
    g_free(folded);
    return result;
}

/// Cuts at a character boundary so a name never ends in half a UTF-8 sequence.
std::string truncateUtf8(const std::string& text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

std::string trim(const std::string& text, const char* characters)
{
    const auto first = text.find_first_not_of(characters);
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(characters) - first + 1);
}

/// A file name every desktop accepts: no folders or "..", none of the characters Windows
/// refuses, no control characters, no leading dot (hidden) or trailing dot/space (stripped by
/// Windows), no reserved device names.
std::string safeStem(const std::string& raw)
{
    std::string stem;
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F ||
            std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
            stem += '_';
        else if (c == ' ' && !stem.empty() && stem.back() == ' ')
            continue;
        else
            stem += c;
    }
    for (std::size_t at; (at = stem.find("..")) != std::string::npos;)
        stem.erase(at, 1);
    stem = trim(truncateUtf8(trim(stem, " ."), kMaxStemBytes), " .");
    std::string upper = stem;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    static const char* const reserved[] = {
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    if (std::find(std::begin(reserved), std::end(reserved), upper) != std::end(reserved))
        stem = "_" + stem;
    return stem.empty() ? "laporan" : stem;
}

} // namespace

std::string uniqueEntryName(const std::string& requested, std::unordered_set<std::string>& taken)
{
    std::string name = validUtf8(requested);
    // Keep only the last path component: a name is never a folder.
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name = name.substr(slash + 1);
    std::string extension;
    if (const auto dot = name.rfind('.');
        dot != std::string::npos && dot > 0 && name.size() - dot >= 2 && name.size() - dot <= 6 &&
        std::all_of(name.begin() + static_cast<std::ptrdiff_t>(dot) + 1, name.end(),
                    [](unsigned char c) { return std::isalnum(c) != 0; })) {
        extension = name.substr(dot);
        name.resize(dot);
    }
    const std::string stem = safeStem(name);
    // Compared case-folded, as Windows and macOS file systems compare names.
    std::string candidate = stem + extension;
    for (int copy = 2; taken.contains(foldCase(candidate)); ++copy)
        candidate = stem + " (" + std::to_string(copy) + ")" + extension;
    taken.insert(foldCase(candidate));
    return candidate;
}

std::vector<std::string>
streamZip(std::ostream& out,
          const std::function<std::optional<std::pair<std::string, std::string>>()>& next,
          const std::function<bool()>& cancelled)
{
    const EntryTime time = entryTime();
    const std::string extra = timestampExtra(time.unixSeconds);
    std::vector<std::string> names;
    std::vector<CentralEntry> entries;
    std::uint64_t offset = 0;

    auto write = [&](const std::string& bytes) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out)
            throw std::runtime_error("ZIP stream failed after " + std::to_string(names.size()) +
                                     " entries");
        offset += bytes.size();
    };

    std::unordered_set<std::string> taken;
    for (;;) {
        // Cancelled: stop without the central directory (see the header) and without asking
        // for another report, so nothing more is rendered or counted.
        if (cancelled())
            return names;
        auto item = next();
        if (!item)
            break;
        const std::string& data = item->second;
        CentralEntry entry;
        entry.name = uniqueEntryName(item->first, taken);
        const std::uint64_t entryBytes =
            kLocalHeaderBytes + entry.name.size() + extra.size() + data.size();
        if (entries.size() >= kMaxEntries || offset + entryBytes > kZip32Limit)
            throw std::runtime_error("ZIP archive would exceed 4 GiB or 65535 entries; download "
                                     "fewer reports at once");
        Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
        crc.update(data.data(), static_cast<unsigned>(data.size()));
        entry.crc = crc.checksum();
        entry.size = static_cast<std::uint32_t>(data.size());
        entry.offset = static_cast<std::uint32_t>(offset);
        const std::string header = localHeader(entry, time, extra);
        write(header);
        write(data);
        // Flush per entry: the client sees progress while the next report is being rendered.
        out.flush();
        if (!out)
            throw std::runtime_error("ZIP stream failed after " + std::to_string(names.size()) +
                                     " entries");
        names.push_back(entry.name);
        entries.push_back(std::move(entry));
    }
    write(centralDirectory(entries, time, extra, offset));
    out.flush();
    if (!out)
        throw std::runtime_error("ZIP stream failed while finishing the archive");
    return names;
}

} // namespace ey::partner

// Content sniffing and the file store.
#include "Files.h"

#include "Random.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ey::core {

namespace {

bool startsWith(std::string_view bytes, std::string_view magic)
{
    return bytes.substr(0, magic.size()) == magic;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool isSafeSvg(std::string_view bytes)
{
    const auto text = lower(bytes.substr(0, 2 * 1024 * 1024));
    const auto head = text.substr(0, 1024);
    if (head.find("<svg") == std::string::npos && head.find("<?xml") == std::string::npos)
        return false;
    if (text.find("<svg") == std::string::npos)
        return false;
    for (const char* banned :
         {"<script", "javascript:", "<foreignobject", "<!entity", "xlink:href=\"http",
          "href=\"http", "<iframe", "<embed", "<object"}) {
        if (text.find(banned) != std::string::npos)
            return false;
    }
    // Event handler attributes (onload=, onclick=, ...).
    for (std::size_t at = text.find(" on"); at != std::string::npos;
         at = text.find(" on", at + 3)) {
        std::size_t i = at + 3;
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
            ++i;
        while (i < text.size() && text[i] == ' ')
            ++i;
        if (i < text.size() && text[i] == '=')
            return false;
    }
    return true;
}

/// The OOXML flavour of a ZIP, from the part names stored in its local headers.
std::optional<FileType> officeZip(std::string_view bytes)
{
    if (bytes.find("[Content_Types].xml") == std::string_view::npos)
        return std::nullopt;
    // A spreadsheet is known by its workbook part; other parts under xl/ alone do not make one.
    if (bytes.find("xl/workbook.xml") != std::string_view::npos)
        return FileType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "xlsx"};
    if (bytes.find("word/") != std::string_view::npos)
        return FileType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "docx"};
    if (bytes.find("ppt/") != std::string_view::npos)
        return FileType{"application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "pptx"};
    return std::nullopt;
}

} // namespace

std::optional<FileType> detectFileType(std::string_view bytes)
{
    if (bytes.size() < 8)
        return std::nullopt;
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n"))
        return FileType{"image/png", "png"};
    if (startsWith(bytes, "\xff\xd8\xff"))
        return FileType{"image/jpeg", "jpg"};
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return FileType{"image/gif", "gif"};
    if (startsWith(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP")
        return FileType{"image/webp", "webp"};
    if (startsWith(bytes, "%PDF-"))
        return FileType{"application/pdf", "pdf"};
    if (startsWith(bytes, std::string_view("\x00\x00\x01\x00", 4)) && bytes.size() >= 22) {
        const int count =
            static_cast<unsigned char>(bytes[4]) | (static_cast<unsigned char>(bytes[5]) << 8);
        if (count > 0 && count <= 64)
            return FileType{"image/x-icon", "ico"};
    }
    if (startsWith(bytes, "PK\x03\x04"))
        return officeZip(bytes);
    if (startsWith(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
        return FileType{"application/msword", "doc"};
    if (isSafeSvg(bytes))
        return FileType{"image/svg+xml", "svg"};
    return std::nullopt;
}

FileStore::FileStore(std::string root) : m_root(std::move(root))
{
    fs::create_directories(m_root);
}

std::string FileStore::pathFor(const std::string& key) const
{
    // Keys are ours (hex); refuse anything else so a stored key can never walk out of the root.
    if (key.size() != 32 || key.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw std::invalid_argument("invalid file key");
    return m_root + "/" + key.substr(0, 2) + "/" + key;
}

std::string FileStore::save(std::string_view bytes)
{
    const auto key = randomHex(16);
    const auto path = pathFor(key);
    fs::create_directories(fs::path(path).parent_path());
    const auto temp = path + ".part";
    {
        std::ofstream out(temp, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out)
            throw std::runtime_error("cannot write an uploaded file under " + m_root);
    }
    fs::rename(temp, path);
    return key;
}

std::optional<std::string> FileStore::read(const std::string& key) const
{
    std::ifstream in(pathFor(key), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void FileStore::remove(const std::string& key)
{
    std::error_code ec;
    fs::remove(pathFor(key), ec);
}

} // namespace ey::core

// Uploaded files: type decided by content (never by name or client header), stored outside any
// public path under the data directory, addressed by random keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ey::core {

struct FileType
{
    std::string mime;      ///< "image/png"
    std::string extension; ///< "png"
};

/// What the bytes really are, from their magic numbers and structure. SVG counts only when it
/// carries no script, event handler or external reference (it is served back to browsers).
std::optional<FileType> detectFileType(std::string_view bytes);

/// Files kept under <dataDir>/files. Thread safe (each call touches its own file).
class FileStore
{
public:
    explicit FileStore(std::string root);
    /// Writes the bytes under a new random key and returns the key.
    std::string save(std::string_view bytes);
    std::optional<std::string> read(const std::string& key) const;
    void remove(const std::string& key);

private:
    std::string pathFor(const std::string& key) const;
    std::string m_root;
};

} // namespace ey::core

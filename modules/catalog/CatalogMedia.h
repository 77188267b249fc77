// Catalog images: plan logos and banners, product covers. Checked by content, stored in the
// file store, swapped in one audited transaction, and served publicly by key.
#pragma once

#include "Catalog.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"

#include <cstddef>
#include <string>

namespace ey::catalog {

enum class ImageSlot
{
    PlanLogo,
    PlanBanner,
    ProductCover
};

/// One stored image, ready to serve.
struct MediaContent
{
    std::string bytes;
    std::string mime;
};

/// Thread safe: each call runs its own transaction; file writes are per key.
class CatalogMedia
{
public:
    CatalogMedia(core::Db& db, const core::Clock& clock, core::FileStore& files);

    /// Stores `bytes` (PNG, JPEG or WebP, at most kMaxBytes) as the slot's image of the plan or
    /// product `id`, replacing and deleting the previous file. Returns the new key.
    std::string setImage(ImageSlot slot, const std::string& id, const std::string& bytes,
                         const Actor& actor);
    /// A catalog image by key; 404 for keys no plan or product uses (the file store also holds
    /// private files such as ticket attachments, which must never be reachable here).
    MediaContent image(const std::string& key);

    static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
};

} // namespace ey::catalog

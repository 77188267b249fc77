// Catalog images: plan logos and banners, product covers and galleries. Checked by content,
// stored in the file store, changed in one audited transaction, and served publicly by key.
#pragma once

#include "Catalog.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"

#include <cstddef>
#include <string>
#include <vector>

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

    /// Appends `bytes` (same checks as setImage) to the gallery of product `productId`; 409 when
    /// the gallery already holds kMaxGallery images. Returns the new image.
    GalleryImage addGalleryImage(const std::string& productId, const std::string& bytes,
                                 const Actor& actor);
    /// Removes one gallery image and its file; the rest close up in the same order.
    void removeGalleryImage(const std::string& productId, const std::string& imageId,
                            const Actor& actor);
    /// Puts the gallery in the order of `imageIds`, which must name each of the product's images
    /// exactly once (422 otherwise, so a stale editor cannot silently drop a picture).
    std::vector<GalleryImage> orderGallery(const std::string& productId,
                                           const std::vector<std::string>& imageIds,
                                           const Actor& actor);

    static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;
    static constexpr std::size_t kMaxGallery = 8;

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
};

} // namespace ey::catalog

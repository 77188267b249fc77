// SQL for catalog image keys. No rules here.
#pragma once

#include "CatalogMedia.h"

#include "Db.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::catalog {

class CatalogMediaStore
{
public:
    /// Locks the plan or product row and returns the slot's current key (outer nullopt: no such
    /// row).
    static std::optional<std::optional<std::string>> lockCurrent(core::Sql& sql, ImageSlot slot,
                                                                 const std::string& id);
    static void setKey(core::Sql& sql, ImageSlot slot, const std::string& id,
                       const std::string& key, std::int64_t nowMs);
    /// True when some plan or product (cover or gallery) shows the file `key`.
    static bool inUse(core::Sql& sql, const std::string& key);

    /// Locks the product row (serialising gallery changes); false when there is no such product.
    static bool lockProduct(core::Sql& sql, const std::string& productId);
    static void touchProduct(core::Sql& sql, const std::string& productId, std::int64_t nowMs);
    static std::vector<GalleryImage> gallery(core::Sql& sql, const std::string& productId);
    /// Appends after the last position; returns the new image id.
    static std::string appendGalleryImage(core::Sql& sql, const std::string& productId,
                                          const std::string& key, std::int64_t nowMs);
    /// Deletes the image and renumbers the rest; returns its file key (nullopt: not this
    /// product's image).
    static std::optional<std::string>
    deleteGalleryImage(core::Sql& sql, const std::string& productId, const std::string& imageId);
    /// Positions follow the order of `imageIds` (all of the product's images).
    static void setGalleryOrder(core::Sql& sql, const std::string& productId,
                                const std::vector<std::string>& imageIds);
};

} // namespace ey::catalog

// Supplier product SQL: a supplier's own catalog and its images.
#pragma once

#include "Supplier.h"

#include "Db.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Static functions over core::Sql&, so they run inside the caller's transaction.
class SupplierProductStore
{
public:
    /// Newest first, with images.
    static std::vector<SupplierProduct> list(core::Sql& sql, const std::string& supplierId,
                                             const std::optional<std::string>& status,
                                             const core::PageRequest& page);
    static std::vector<SupplierProduct> active(core::Sql& sql, const std::string& supplierId);
    static std::optional<SupplierProduct> byId(core::Sql& sql, const std::string& supplierId,
                                               const std::string& productId);
    static std::int64_t count(core::Sql& sql, const std::string& supplierId);
    static std::string insert(core::Sql& sql, const std::string& supplierId,
                              const SupplierProduct& product, const std::string& now);
    static void update(core::Sql& sql, const SupplierProduct& product, const std::string& now);
    static void remove(core::Sql& sql, const std::string& productId);

    static std::vector<ProductImage> images(core::Sql& sql, const std::string& productId);
    static ProductImage insertImage(core::Sql& sql, const std::string& productId,
                                    const std::string& fileKey, const std::string& mime);
    static void deleteImage(core::Sql& sql, const std::string& imageId);
    /// An image of one of the supplier's active products.
    static std::optional<ProductImage> activeImage(core::Sql& sql, const std::string& supplierId,
                                                   const std::string& imageId);
};

} // namespace ey::directory

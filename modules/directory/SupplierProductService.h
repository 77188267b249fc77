// A verified supplier's own product catalog: products and images within its tier's limits.
#pragma once

#include "Supplier.h"

#include "Audit.h"
#include "Clock.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

struct SupplierFile;

/// Thread safe: every call runs its own statements or transaction. Callers pass the signed-in
/// supplier's user id; products of other suppliers are 404.
class SupplierProductService
{
public:
    SupplierProductService(core::Db& db, const core::Clock& clock, core::FileStore& files);

    std::vector<SupplierProduct> list(const std::string& userId,
                                      const std::optional<std::string>& status,
                                      const core::PageRequest& page);
    SupplierProduct get(const std::string& userId, const std::string& productId);
    SupplierProduct create(const std::string& userId, const ProductChanges& changes);
    SupplierProduct update(const std::string& userId, const std::string& productId,
                           const ProductChanges& changes);
    void remove(const std::string& userId, const std::string& productId);
    ProductImage addImage(const std::string& userId, const std::string& productId,
                          const std::string& bytes);
    void removeImage(const std::string& userId, const std::string& productId,
                     const std::string& imageId);
    /// mime and bytes of one of the supplier's own product images.
    std::pair<std::string, std::string> image(const std::string& userId,
                                              const std::string& productId,
                                              const std::string& imageId);

    static core::json::ObjectPtr toJson(const SupplierProduct& product);

private:
    /// The caller's supplier id; only verified or limited suppliers run a catalog.
    std::string ownSupplier(core::Sql& sql, const std::string& userId, bool lock,
                            std::string* effectiveTier = nullptr);
    SupplierProduct productOrThrow(core::Sql& sql, const std::string& supplierId,
                                   const std::string& productId);
    std::string now() const;

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
};

} // namespace ey::directory

// A verified supplier's own product catalog.
#include "SupplierProductService.h"

#include "SupplierProductStore.h"
#include "SupplierRules.h"
#include "SupplierStore.h"

#include "HtmlSanitizer.h"
#include "Problem.h"

namespace ey::directory {

namespace json = core::json;
using core::Problem;

namespace {

const std::string kLimitType = "https://eksporyuk.com/problems/supplier-limit-reached";

Problem limitReached(const std::string& what, std::int64_t limit, const std::string& tier)
{
    const std::string tierLabel = tier == "premium" ? "Premium" : "Free";
    return Problem(409, kLimitType, {"Batas paket tercapai", "Plan limit reached"},
                   {"Paket " + tierLabel + " hanya boleh " + std::to_string(limit) + " " + what +
                        ". Hapus yang lama atau tingkatkan ke Premium.",
                    "The " + tierLabel + " plan allows only " + std::to_string(limit) + " " +
                        what + ". Remove an old one or upgrade to Premium."});
}

} // namespace

SupplierProductService::SupplierProductService(core::Db& db, const core::Clock& clock,
                                               core::FileStore& files)
    : m_db(db), m_clock(clock), m_files(files)
{
}

std::string SupplierProductService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

std::string SupplierProductService::ownSupplier(core::Sql& sql, const std::string& userId,
                                                bool lock, std::string* effectiveTier)
{
    const auto id = SupplierStore::idOfUser(sql, userId);
    const auto supplier = !id ? std::nullopt
                              : (lock ? SupplierStore::lock(sql, *id) : SupplierStore::byId(sql, *id));
    if (!supplier)
        throw Problem::notFound({"Akun ini belum terdaftar sebagai supplier.",
                                 "This account is not registered as a supplier."});
    if (!supplier_rules::isApproved(supplier->status))
        throw Problem(409, "https://eksporyuk.com/problems/supplier-locked",
                      {"Tidak bisa diubah sekarang", "Cannot be changed now"},
                      {"Katalog produk hanya bisa dikelola supplier yang sudah disetujui.",
                       "Only approved suppliers can manage a product catalog."});
    if (effectiveTier)
        *effectiveTier = supplier_rules::effectiveTier(supplier->tier, supplier->premiumUntilMs,
                                                       m_clock.nowMs());
    return supplier->id;
}

SupplierProduct SupplierProductService::productOrThrow(core::Sql& sql,
                                                       const std::string& supplierId,
                                                       const std::string& productId)
{
    auto product = SupplierProductStore::byId(sql, supplierId, productId);
    if (!product)
        throw Problem::notFound({"Produk tidak ditemukan.", "Product not found."});
    return *product;
}

json::ObjectPtr SupplierProductService::toJson(const SupplierProduct& product)
{
    auto object = json::object();
    object->set("id", product.id);
    object->set("title", product.title);
    object->set("description_html", product.descriptionHtml);
    auto categories = json::array();
    for (const auto& category : product.categories)
        categories->add(category);
    object->set("categories", categories);
    object->set("status", product.status);
    object->set("views", product.views);
    auto images = json::array();
    for (const auto& image : product.images) {
        auto item = json::object();
        item->set("id", image.id);
        item->set("position", image.position);
        item->set("mime", image.mime);
        item->set("url", "/api/v1/supplier/products/" + product.id + "/images/" + image.id);
        images->add(item);
    }
    object->set("images", images);
    object->set("created_at", product.createdAt);
    object->set("updated_at", product.updatedAt);
    return object;
}

std::vector<SupplierProduct> SupplierProductService::list(const std::string& userId,
                                                          const std::optional<std::string>& status,
                                                          const core::PageRequest& page)
{
    const auto supplierId = ownSupplier(m_db, userId, false);
    return SupplierProductStore::list(m_db, supplierId, status, page);
}

SupplierProduct SupplierProductService::get(const std::string& userId,
                                            const std::string& productId)
{
    return productOrThrow(m_db, ownSupplier(m_db, userId, false), productId);
}

namespace {

void apply(SupplierProduct& product, const ProductChanges& changes)
{
    if (changes.title)
        product.title = *changes.title;
    if (changes.descriptionHtml)
        product.descriptionHtml = catalog::HtmlSanitizer::clean(*changes.descriptionHtml);
    if (changes.categories)
        product.categories = *changes.categories;
    if (changes.status)
        product.status = *changes.status;
}

} // namespace

SupplierProduct SupplierProductService::create(const std::string& userId,
                                               const ProductChanges& changes)
{
    SupplierProduct created;
    m_db.transaction([&](core::Tx& tx) {
        std::string tier;
        // Locking the supplier row makes two parallel creations count each other.
        const auto supplierId = ownSupplier(tx, userId, true, &tier);
        const auto limits = SupplierStore::limits(tx, tier);
        if (limits && limits->maxProducts &&
            SupplierProductStore::count(tx, supplierId) >= *limits->maxProducts)
            throw limitReached("produk", *limits->maxProducts, tier);
        SupplierProduct product;
        product.status = "draft";
        apply(product, changes);
        if (product.descriptionHtml.size() > 20000)
            throw Problem::validation({{"description_html",
                                        {"Deskripsi terlalu panjang.", "The description is too long."}}});
        const auto id = SupplierProductStore::insert(tx, supplierId, product, now());
        created = productOrThrow(tx, supplierId, id);
    });
    return created;
}

SupplierProduct SupplierProductService::update(const std::string& userId,
                                               const std::string& productId,
                                               const ProductChanges& changes)
{
    SupplierProduct updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto supplierId = ownSupplier(tx, userId, true);
        auto product = productOrThrow(tx, supplierId, productId);
        apply(product, changes);
        if (product.descriptionHtml.size() > 20000)
            throw Problem::validation({{"description_html",
                                        {"Deskripsi terlalu panjang.", "The description is too long."}}});
        SupplierProductStore::update(tx, product, now());
        updated = productOrThrow(tx, supplierId, productId);
    });
    return updated;
}

void SupplierProductService::remove(const std::string& userId, const std::string& productId)
{
    std::vector<ProductImage> images;
    m_db.transaction([&](core::Tx& tx) {
        const auto supplierId = ownSupplier(tx, userId, true);
        const auto product = productOrThrow(tx, supplierId, productId);
        images = product.images;
        SupplierProductStore::remove(tx, product.id);
    });
    for (const auto& image : images)
        m_files.remove(image.fileKey);
}

ProductImage SupplierProductService::addImage(const std::string& userId,
                                              const std::string& productId,
                                              const std::string& bytes)
{
    const auto type = core::detectFileType(bytes);
    if (!type || (type->mime != "image/jpeg" && type->mime != "image/png" &&
                  type->mime != "image/webp"))
        throw Problem::unsupportedMedia({"Gambar produk harus berupa JPG, PNG atau WebP.",
                                         "A product image must be a JPG, PNG or WebP file."});
    ProductImage stored;
    m_db.transaction([&](core::Tx& tx) {
        std::string tier;
        const auto supplierId = ownSupplier(tx, userId, true, &tier);
        const auto product = productOrThrow(tx, supplierId, productId);
        const auto limits = SupplierStore::limits(tx, tier);
        if (limits && limits->maxImages &&
            static_cast<std::int64_t>(product.images.size()) >= *limits->maxImages)
            throw limitReached("gambar per produk", *limits->maxImages, tier);
        const auto key = m_files.save(bytes);
        try {
            stored = SupplierProductStore::insertImage(tx, product.id, key, type->mime);
        } catch (...) {
            m_files.remove(key);
            throw;
        }
    });
    return stored;
}

void SupplierProductService::removeImage(const std::string& userId, const std::string& productId,
                                         const std::string& imageId)
{
    std::string key;
    m_db.transaction([&](core::Tx& tx) {
        const auto supplierId = ownSupplier(tx, userId, true);
        const auto product = productOrThrow(tx, supplierId, productId);
        for (const auto& image : product.images)
            if (image.id == imageId)
                key = image.fileKey;
        if (key.empty())
            throw Problem::notFound({"Gambar tidak ditemukan.", "Image not found."});
        SupplierProductStore::deleteImage(tx, imageId);
    });
    m_files.remove(key);
}

std::pair<std::string, std::string> SupplierProductService::image(const std::string& userId,
                                                                  const std::string& productId,
                                                                  const std::string& imageId)
{
    const auto product = productOrThrow(m_db, ownSupplier(m_db, userId, false), productId);
    for (const auto& image : product.images) {
        if (image.id != imageId)
            continue;
        auto bytes = m_files.read(image.fileKey);
        if (!bytes)
            break;
        return {image.mime, std::move(*bytes)};
    }
    throw Problem::notFound({"Gambar tidak ditemukan.", "Image not found."});
}

} // namespace ey::directory

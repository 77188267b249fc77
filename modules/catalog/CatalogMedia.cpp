// Catalog image rules: content-checked types, the size limit, the audited swap of the key, and
// the product gallery (at most eight, ordered).
#include "CatalogMedia.h"

#include "CatalogMediaStore.h"

#include "Audit.h"
#include "Json.h"
#include "Problem.h"
#include "Strings.h"

#include <algorithm>

namespace ey::catalog {

using core::Problem;

namespace {

struct SlotWords
{
    core::Text label; ///< "Logo paket" / "The plan logo"
    const char* field;
    const char* action;
    const char* entityType;
};

SlotWords wordsFor(ImageSlot slot)
{
    switch (slot) {
    case ImageSlot::PlanLogo:
        return {
            {"Logo paket", "The plan logo"}, "logo_key", "catalog.plan.logo", "membership_plan"};
    case ImageSlot::PlanBanner:
        return {{"Banner paket", "The plan banner"},
                "banner_key",
                "catalog.plan.banner",
                "membership_plan"};
    case ImageSlot::ProductCover:
        break;
    }
    return {{"Cover produk", "The product cover"}, "cover_key", "catalog.product.cover", "product"};
}

/// Keys the file store made (32 hex digits); older rows may hold a typed-in value instead.
bool isFileKey(const std::string& key)
{
    return key.size() == 32 && key.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::string sizeText(std::size_t bytes)
{
    if (bytes >= 1024 * 1024)
        return std::to_string((bytes * 10 / (1024 * 1024)) / 10) + "," +
               std::to_string((bytes * 10 / (1024 * 1024)) % 10) + " MiB";
    return std::to_string((bytes + 1023) / 1024) + " KiB";
}

const char* kAllowed[] = {"image/png", "image/jpeg", "image/webp"};

/// The image's MIME type once it passes the empty, size and type checks.
std::string checkedMime(const core::Text& label, const std::string& bytes)
{
    if (bytes.empty())
        throw Problem::badRequest({"Tidak ada berkas yang terkirim. Pilih gambar lalu unggah lagi.",
                                   "No file arrived. Choose an image and upload it again."});
    if (bytes.size() > CatalogMedia::kMaxBytes)
        throw Problem::tooLarge(
            {label.id + " maksimal 2 MiB, berkas ini " + sizeText(bytes.size()) +
                 ". Perkecil atau kompres gambarnya lalu unggah lagi.",
             label.en + " may be at most 2 MiB; this file is " + sizeText(bytes.size()) +
                 ". Shrink or compress the image and upload it again."});
    const auto type = core::detectFileType(bytes);
    bool allowed = false;
    for (const char* mime : kAllowed)
        allowed = allowed || (type && type->mime == mime);
    if (!allowed)
        throw Problem::unsupportedMedia(
            {label.id + " harus berupa gambar PNG, JPEG atau WebP; isi berkas ini bukan "
                        "salah satunya.",
             label.en + " must be a PNG, JPEG or WebP image; this file's content is none "
                        "of those."});
    return type->mime;
}

} // namespace

CatalogMedia::CatalogMedia(core::Db& db, const core::Clock& clock, core::FileStore& files)
    : m_db(db), m_clock(clock), m_files(files)
{
}

std::string CatalogMedia::setImage(ImageSlot slot, const std::string& id, const std::string& bytes,
                                   const Actor& actor)
{
    const auto words = wordsFor(slot);
    const auto notFound = slot == ImageSlot::ProductCover
                              ? Problem::notFound({"Produk tidak ditemukan.", "Product not found."})
                              : Problem::notFound({"Paket membership tidak ditemukan.",
                                                   "Membership plan not found."});
    if (!core::isUuid(id))
        throw notFound;
    const auto mime = checkedMime(words.label, bytes);

    const auto key = m_files.save(bytes);
    std::optional<std::string> replaced;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto current = CatalogMediaStore::lockCurrent(tx, slot, id);
            if (!current)
                throw notFound;
            replaced = *current;
            CatalogMediaStore::setKey(tx, slot, id, key, m_clock.nowMs());
            auto before = core::json::object();
            before->set(words.field,
                        replaced ? Poco::Dynamic::Var(*replaced) : Poco::Dynamic::Var());
            auto after = core::json::object();
            after->set(words.field, key);
            after->set("mime", mime);
            after->set("bytes", static_cast<std::int64_t>(bytes.size()));
            core::audit(
                tx, {actor.userId, words.action, words.entityType, id, before, after, actor.ip});
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    // Only once no row points at it any more.
    if (replaced && isFileKey(*replaced) && *replaced != key)
        m_files.remove(*replaced);
    return key;
}

MediaContent CatalogMedia::image(const std::string& key)
{
    const core::Text missing{"Gambar tidak ditemukan.", "Image not found."};
    if (!isFileKey(key) || !CatalogMediaStore::inUse(m_db, key))
        throw Problem::notFound(missing);
    auto bytes = m_files.read(key);
    if (!bytes)
        throw Problem::notFound(missing);
    const auto type = core::detectFileType(*bytes);
    return {std::move(*bytes), type ? type->mime : "application/octet-stream"};
}

namespace {

const core::Text kProductMissing{"Produk tidak ditemukan.", "Product not found."};

core::json::ArrayPtr galleryJson(const std::vector<GalleryImage>& images)
{
    auto list = core::json::array();
    for (const auto& image : images) {
        auto item = core::json::object();
        item->set("id", image.id);
        item->set("file_key", image.key);
        list->add(item);
    }
    return list;
}

core::json::ObjectPtr galleryState(const std::vector<GalleryImage>& images)
{
    auto state = core::json::object();
    state->set("gallery", galleryJson(images));
    return state;
}

} // namespace

GalleryImage CatalogMedia::addGalleryImage(const std::string& productId, const std::string& bytes,
                                           const Actor& actor)
{
    if (!core::isUuid(productId))
        throw Problem::notFound(kProductMissing);
    const auto mime = checkedMime({"Gambar galeri", "A gallery image"}, bytes);

    const auto key = m_files.save(bytes);
    GalleryImage added{"", key};
    try {
        m_db.transaction([&](core::Tx& tx) {
            if (!CatalogMediaStore::lockProduct(tx, productId))
                throw Problem::notFound(kProductMissing);
            const auto before = CatalogMediaStore::gallery(tx, productId);
            if (before.size() >= kMaxGallery)
                throw Problem::conflict(
                    {"Galeri produk sudah berisi " + std::to_string(kMaxGallery) +
                         " gambar (batas maksimal). Hapus salah satu gambar dulu, lalu unggah "
                         "lagi.",
                     "The product gallery already holds " + std::to_string(kMaxGallery) +
                         " images (the maximum). Delete one of them first, then upload again."});
            added.id = CatalogMediaStore::appendGalleryImage(tx, productId, key, m_clock.nowMs());
            CatalogMediaStore::touchProduct(tx, productId, m_clock.nowMs());
            auto after = galleryState(CatalogMediaStore::gallery(tx, productId));
            after->set("added", added.id);
            after->set("mime", mime);
            after->set("bytes", static_cast<std::int64_t>(bytes.size()));
            core::audit(tx, {actor.userId, "catalog.product.gallery.add", "product", productId,
                             galleryState(before), after, actor.ip});
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    return added;
}

void CatalogMedia::removeGalleryImage(const std::string& productId, const std::string& imageId,
                                      const Actor& actor)
{
    const core::Text imageMissing{
        "Gambar galeri tidak ditemukan di produk ini; mungkin sudah dihapus. Muat ulang halaman.",
        "That gallery image is not on this product; it may already be deleted. Reload the page."};
    if (!core::isUuid(productId))
        throw Problem::notFound(kProductMissing);
    if (!core::isUuid(imageId))
        throw Problem::notFound(imageMissing);
    std::string removedKey;
    m_db.transaction([&](core::Tx& tx) {
        if (!CatalogMediaStore::lockProduct(tx, productId))
            throw Problem::notFound(kProductMissing);
        const auto before = CatalogMediaStore::gallery(tx, productId);
        const auto key = CatalogMediaStore::deleteGalleryImage(tx, productId, imageId);
        if (!key)
            throw Problem::notFound(imageMissing);
        removedKey = *key;
        CatalogMediaStore::touchProduct(tx, productId, m_clock.nowMs());
        auto after = galleryState(CatalogMediaStore::gallery(tx, productId));
        after->set("removed", imageId);
        core::audit(tx, {actor.userId, "catalog.product.gallery.remove", "product", productId,
                         galleryState(before), after, actor.ip});
    });
    // Only once no row points at it any more.
    m_files.remove(removedKey);
}

std::vector<GalleryImage> CatalogMedia::orderGallery(const std::string& productId,
                                                     const std::vector<std::string>& imageIds,
                                                     const Actor& actor)
{
    if (!core::isUuid(productId))
        throw Problem::notFound(kProductMissing);
    std::vector<GalleryImage> ordered;
    m_db.transaction([&](core::Tx& tx) {
        if (!CatalogMediaStore::lockProduct(tx, productId))
            throw Problem::notFound(kProductMissing);
        const auto before = CatalogMediaStore::gallery(tx, productId);
        std::vector<std::string> current;
        for (const auto& image : before)
            current.push_back(image.id);
        auto wanted = imageIds;
        std::sort(current.begin(), current.end());
        std::sort(wanted.begin(), wanted.end());
        if (current != wanted)
            throw Problem::validation(
                {{"image_ids",
                  {"Urutan harus memuat setiap gambar galeri produk ini tepat satu kali (" +
                       std::to_string(before.size()) +
                       " gambar). Muat ulang galeri lalu atur urutannya lagi.",
                   "The order must list each of this product's gallery images exactly once (" +
                       std::to_string(before.size()) +
                       " images). Reload the gallery and arrange it again."}}});
        CatalogMediaStore::setGalleryOrder(tx, productId, imageIds);
        CatalogMediaStore::touchProduct(tx, productId, m_clock.nowMs());
        ordered = CatalogMediaStore::gallery(tx, productId);
        core::audit(tx, {actor.userId, "catalog.product.gallery.order", "product", productId,
                         galleryState(before), galleryState(ordered), actor.ip});
    });
    return ordered;
}

} // namespace ey::catalog

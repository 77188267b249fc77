// Catalog image rules: content-checked types, the size limit, the audited swap of the key.
#include "CatalogMedia.h"

#include "CatalogMediaStore.h"

#include "Audit.h"
#include "Json.h"
#include "Problem.h"
#include "Strings.h"

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
    if (bytes.empty())
        throw Problem::badRequest({"Tidak ada berkas yang terkirim. Pilih gambar lalu unggah lagi.",
                                   "No file arrived. Choose an image and upload it again."});
    if (bytes.size() > kMaxBytes)
        throw Problem::tooLarge(
            {words.label.id + " maksimal 2 MiB, berkas ini " + sizeText(bytes.size()) +
                 ". Perkecil atau kompres gambarnya lalu unggah lagi.",
             words.label.en + " may be at most 2 MiB; this file is " + sizeText(bytes.size()) +
                 ". Shrink or compress the image and upload it again."});
    const auto type = core::detectFileType(bytes);
    bool allowed = false;
    for (const char* mime : kAllowed)
        allowed = allowed || (type && type->mime == mime);
    if (!allowed)
        throw Problem::unsupportedMedia(
            {words.label.id + " harus berupa gambar PNG, JPEG atau WebP; isi berkas ini bukan "
                              "salah satunya.",
             words.label.en + " must be a PNG, JPEG or WebP image; this file's content is none "
                              "of those."});

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
            after->set("mime", type->mime);
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

} // namespace ey::catalog

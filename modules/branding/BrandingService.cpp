// Branding rules.
#include "BrandingService.h"

#include "BrandingStore.h"
#include "Contrast.h"
#include "EntityTag.h"

#include "Audit.h"
#include "Log.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ey::branding {

using core::Problem;
namespace json = core::json;

namespace {

const char* const kEntityType = "branding";
const char* const kEntityId = "1";

core::Text assetLabel(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Main:
        return {"Logo utama", "The main logo"};
    case AssetKind::Affiliate:
        return {"Logo affiliate", "The affiliate logo"};
    case AssetKind::Favicon:
        break;
    }
    return {"Favicon", "The favicon"};
}

std::size_t maxBytes(AssetKind kind)
{
    return kind == AssetKind::Favicon ? BrandingService::kFaviconMaxBytes
                                      : BrandingService::kLogoMaxBytes;
}

std::vector<std::string> allowedMimes(AssetKind kind)
{
    if (kind == AssetKind::Favicon)
        return {"image/png", "image/x-icon", "image/svg+xml"};
    return {"image/png", "image/jpeg", "image/svg+xml"};
}

bool looksLikeSvg(const std::string& bytes)
{
    std::string head = bytes.substr(0, 64 * 1024);
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return head.find("<svg") != std::string::npos;
}

std::string sizeText(std::size_t bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return std::to_string(bytes / (1024 * 1024)) + " MiB";
    return std::to_string((bytes + 1023) / 1024) + " KiB";
}

void checkAssetBytes(AssetKind kind, const std::string& bytes, std::string& mime)
{
    const auto label = assetLabel(kind);
    if (bytes.empty())
        throw Problem::badRequest({"Tidak ada berkas yang terkirim. Pilih gambar lalu unggah lagi.",
                                   "No file arrived. Choose an image and upload it again."});
    const auto limit = maxBytes(kind);
    if (bytes.size() > limit)
        throw Problem::tooLarge(
            {label.id + " maksimal " + sizeText(limit) + ", berkas ini " + sizeText(bytes.size()) +
                 ". Perkecil atau kompres gambarnya lalu unggah lagi.",
             label.en + " may be at most " + sizeText(limit) + "; this file is " +
                 sizeText(bytes.size()) + ". Shrink or compress the image and upload it again."});
    const auto allowed = allowedMimes(kind);
    const auto type = core::detectFileType(bytes);
    if (type && std::find(allowed.begin(), allowed.end(), type->mime) != allowed.end()) {
        mime = type->mime;
        return;
    }
    if (!type && looksLikeSvg(bytes))
        throw Problem::unsupportedMedia(
            {"Berkas SVG ini memuat skrip, event handler atau tautan ke luar sehingga tidak aman "
             "ditampilkan. "
             "Simpan ulang sebagai SVG biasa tanpa skrip lalu unggah lagi.",
             "This SVG file carries a script, an event handler or an external reference, so it is "
             "not safe to "
             "show. Save it again as a plain SVG without scripts and upload it again."});
    const bool favicon = kind == AssetKind::Favicon;
    throw Problem::unsupportedMedia({label.id + " harus berupa gambar " +
                                         (favicon ? "PNG, ICO atau SVG" : "PNG, JPEG atau SVG") +
                                         "; isi berkas ini bukan salah satunya.",
                                     label.en + " must be a " +
                                         (favicon ? "PNG, ICO or SVG" : "PNG, JPEG or SVG") +
                                         " image; this file's content is none of those."});
}

void apply(const BrandingChanges& changes, Branding& branding)
{
    if (changes.platformName)
        branding.platformName = *changes.platformName;
    if (changes.shortName)
        branding.shortName = *changes.shortName;
    if (changes.tagline)
        branding.tagline = *changes.tagline;
    for (const auto& field : colourFields()) {
        const auto it = changes.colours.find(field.path);
        if (it != changes.colours.end())
            field.field(branding) = it->second;
    }
    if (changes.headingSize)
        branding.typography.headingSize = *changes.headingSize;
    if (changes.bodySize)
        branding.typography.bodySize = *changes.bodySize;
    if (changes.fontFamily)
        branding.typography.fontFamily = *changes.fontFamily;
    if (changes.borderRadius)
        branding.components.borderRadius = *changes.borderRadius;
    if (changes.popupEnabled)
        branding.notifications.popupEnabled = *changes.popupEnabled;
    if (changes.popupSeconds)
        branding.notifications.popupSeconds = *changes.popupSeconds;
    if (changes.sound)
        branding.notifications.sound = *changes.sound;
}

std::string& colourAt(Branding& branding, const std::string& path)
{
    for (const auto& field : colourFields()) {
        if (path == field.path)
            return field.field(branding);
    }
    throw std::logic_error("unknown colour path " + path);
}

/// Refuses the settings when any pair is below AA; the error sits on both colours of the pair,
/// since either may be the one the admin wants to change.
void checkContrast(Branding branding)
{
    std::map<std::string, core::Text> errors;
    for (const auto& pair : contrastPairs()) {
        const double ratio =
            contrastRatio(colourAt(branding, pair.foreground), colourAt(branding, pair.background));
        if (ratio >= kMinimumContrast)
            continue;
        const auto figure = formatRatio(ratio);
        const core::Text message{"Kontras " + std::string(pair.labelId) + " " + figure +
                                     ":1, minimal 4.5:1. Pilih warna yang lebih "
                                     "gelap atau lebih terang agar teks mudah dibaca.",
                                 "Contrast of " + std::string(pair.labelEn) + " is " + figure +
                                     ":1; at least 4.5:1 is needed. Pick a darker or lighter "
                                     "colour so the text stays readable."};
        errors.emplace(pair.foreground, message);
        errors.emplace(pair.background, message);
    }
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
}

} // namespace

BrandingService::BrandingService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                                 notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_files(files), m_notify(notify)
{
}

std::string BrandingService::assetUrl(AssetKind kind, const Asset& asset)
{
    return "/api/v1/branding/assets/" + assetKindName(kind) + "?v=" + asset.sha256.substr(0, 16);
}

json::ObjectPtr BrandingService::toJson(const Branding& b)
{
    auto body = json::object();
    body->set("platform_name", b.platformName);
    body->set("short_name", b.shortName);
    body->set("tagline", b.tagline);

    auto logos = json::object();
    for (const auto kind : {AssetKind::Main, AssetKind::Affiliate, AssetKind::Favicon}) {
        const auto& asset = b.asset(kind);
        logos->set(assetKindName(kind),
                   asset ? Poco::Dynamic::Var(assetUrl(kind, *asset)) : Poco::Dynamic::Var());
    }
    body->set("logos", logos);

    // Colours come from the one table, so the wire and the validation can never disagree.
    auto colors = json::object();
    auto components = json::object();
    Branding copy = b;
    for (const auto& field : colourFields()) {
        const std::string path = field.path;
        const auto dot = path.find('.');
        auto& section = path.substr(0, dot) == "colors" ? colors : components;
        section->set(path.substr(dot + 1), field.field(copy));
    }
    components->set("border_radius", b.components.borderRadius);
    body->set("colors", colors);

    auto typography = json::object();
    typography->set("heading_size", b.typography.headingSize);
    typography->set("body_size", b.typography.bodySize);
    typography->set("font_family", b.typography.fontFamily);
    body->set("typography", typography);
    body->set("components", components);

    auto notifications = json::object();
    notifications->set("popup_enabled", b.notifications.popupEnabled);
    notifications->set("popup_seconds", b.notifications.popupSeconds);
    notifications->set("sound", b.notifications.sound);
    body->set("notifications", notifications);

    body->set("updated_at", b.updatedAt);
    body->set("version", b.version);
    return body;
}

BrandingView BrandingService::view(const Branding& branding) const
{
    BrandingView result{branding, json::stringify(toJson(branding)), {}};
    // A strong tag over the exact bytes served; the version inside the body changes on every save.
    result.etag = "\"" + core::sha256Hex(result.body).substr(0, 32) + "\"";
    return result;
}

void BrandingService::checkIfMatch(const std::optional<std::string>& ifMatch,
                                   const BrandingView& current) const
{
    if (!ifMatch || entityTagMatches(*ifMatch, current.etag, false))
        return;
    throw Problem(
        412, "https://eksporyuk.com/problems/precondition-failed",
        {"Pengaturan sudah berubah", "Settings changed meanwhile"},
        {"Pengaturan branding sudah diubah admin lain sejak Anda membukanya. Muat ulang untuk "
         "melihat "
         "perubahan itu, lalu simpan lagi.",
         "Another admin changed the branding settings since you opened them. Reload to see that "
         "change, then save again."})
        .withHeader("ETag", current.etag);
}

void BrandingService::announce(core::Sql& tx, const BrandingView& saved)
{
    notify::Audience everyone;
    everyone.everyone = true;
    auto data = json::object();
    data->set("version", saved.branding.version);
    data->set("etag", saved.etag);
    m_notify.publish(tx, everyone, "branding.updated", data);
}

BrandingView BrandingService::current()
{
    return view(BrandingStore::load(m_db));
}

BrandingView BrandingService::update(const BrandingChanges& changes,
                                     const std::optional<std::string>& ifMatch, const Actor& actor)
{
    BrandingView result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = view(BrandingStore::load(tx, true));
        checkIfMatch(ifMatch, before);
        Branding changed = before.branding;
        apply(changes, changed);
        checkContrast(changed);
        // Saving what is already there would only churn caches, the log and every client.
        if (json::stringify(toJson(changed)) == before.body) {
            result = before;
            return;
        }
        BrandingStore::save(tx, changed, actor.userId, m_clock.nowMs());
        result = view(BrandingStore::load(tx));
        core::audit(tx, {actor.userId, "branding.update", kEntityType, kEntityId,
                         toJson(before.branding), toJson(result.branding), actor.ip});
        announce(tx, result);
    });
    return result;
}

BrandingView BrandingService::setAsset(AssetKind kind, const std::string& bytes,
                                       const std::optional<std::string>& ifMatch,
                                       const Actor& actor)
{
    std::string mime;
    checkAssetBytes(kind, bytes, mime);
    const Asset stored{m_files.save(bytes), mime, core::sha256Hex(bytes)};
    BrandingView result;
    std::optional<Asset> replaced;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto before = view(BrandingStore::load(tx, true));
            checkIfMatch(ifMatch, before);
            Branding changed = before.branding;
            replaced = changed.asset(kind);
            changed.asset(kind) = stored;
            BrandingStore::save(tx, changed, actor.userId, m_clock.nowMs());
            result = view(BrandingStore::load(tx));
            core::audit(tx, {actor.userId, "branding.asset.upload", kEntityType, kEntityId,
                             toJson(before.branding), toJson(result.branding), actor.ip});
            announce(tx, result);
        });
    } catch (...) {
        m_files.remove(stored.key);
        throw;
    }
    // Only once the row no longer points at it; a reader holding the old URL then gets a 404.
    if (replaced)
        m_files.remove(replaced->key);
    return result;
}

BrandingView BrandingService::removeAsset(AssetKind kind, const std::optional<std::string>& ifMatch,
                                          const Actor& actor)
{
    BrandingView result;
    std::optional<Asset> removed;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = view(BrandingStore::load(tx, true));
        checkIfMatch(ifMatch, before);
        Branding changed = before.branding;
        removed = changed.asset(kind);
        if (!removed) {
            const auto label = assetLabel(kind);
            throw Problem::notFound(
                {label.id + " belum diunggah, jadi tidak ada yang dihapus.",
                 label.en + " has not been uploaded, so there is nothing to remove."});
        }
        changed.asset(kind).reset();
        BrandingStore::save(tx, changed, actor.userId, m_clock.nowMs());
        result = view(BrandingStore::load(tx));
        core::audit(tx, {actor.userId, "branding.asset.remove", kEntityType, kEntityId,
                         toJson(before.branding), toJson(result.branding), actor.ip});
        announce(tx, result);
    });
    m_files.remove(removed->key);
    return result;
}

AssetContent BrandingService::asset(AssetKind kind)
{
    const auto branding = BrandingStore::load(m_db);
    const auto& asset = branding.asset(kind);
    const auto label = assetLabel(kind);
    const core::Text missing{label.id + " belum diunggah.", label.en + " has not been uploaded."};
    if (!asset)
        throw Problem::notFound(missing);
    auto bytes = m_files.read(asset->key);
    if (!bytes) {
        core::log::server()->error("branding asset {} points at missing file {}",
                                   assetKindName(kind), asset->key);
        throw Problem::notFound(missing);
    }
    return {std::move(*bytes), asset->mime, asset->sha256};
}

} // namespace ey::branding

// Branding rules: one settings row, WCAG AA contrast on save, optimistic concurrency through
// ETags, logo and favicon files checked by content, an audit row and a realtime event per change.
#pragma once

#include "Audit.h"
#include "Branding.h"

#include "NotifyService.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ey::branding {

using Actor = core::Actor;

/// The settings as clients see them: the record, its JSON body and that body's strong ETag.
struct BrandingView
{
    Branding branding;
    std::string body;
    std::string etag;
};

/// One uploaded file, ready to serve.
struct AssetContent
{
    std::string bytes;
    std::string mime;
    std::string sha256;
};

/// Thread safe: every call runs its own statement or transaction; file writes are per key.
class BrandingService
{
public:
    BrandingService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                    notify::NotifyService& notify);

    BrandingView current();
    /// Applies a partial update. `ifMatch` is the client's If-Match header (412 when stale);
    /// every contrast pair below 4.5:1 after the change is refused with a 422 naming it.
    BrandingView update(const BrandingChanges& changes, const std::optional<std::string>& ifMatch,
                        const Actor& actor);
    /// Stores a logo or favicon after checking its size and, by content, its type.
    BrandingView setAsset(AssetKind kind, const std::string& bytes,
                          const std::optional<std::string>& ifMatch, const Actor& actor);
    BrandingView removeAsset(AssetKind kind, const std::optional<std::string>& ifMatch,
                             const Actor& actor);
    /// The bytes of an uploaded asset (404 problem when none is set).
    AssetContent asset(AssetKind kind);

    static core::json::ObjectPtr toJson(const Branding& branding);
    /// The public address of an asset; `?v=` changes with the bytes so caches may keep it forever.
    static std::string assetUrl(AssetKind kind, const Asset& asset);

    static constexpr std::size_t kLogoMaxBytes = 1024 * 1024;
    static constexpr std::size_t kFaviconMaxBytes = 256 * 1024;

private:
    BrandingView view(const Branding& branding) const;
    void checkIfMatch(const std::optional<std::string>& ifMatch, const BrandingView& current) const;
    void announce(core::Sql& tx, const BrandingView& saved);

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
    notify::NotifyService& m_notify;
};

} // namespace ey::branding

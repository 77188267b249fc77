// Personal API token rules.
#include "PersonalTokenService.h"

#include "PersonalTokenStore.h"

#include "Audit.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>

namespace ey::identity {

using core::Problem;
using core::Text;

namespace {

std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

Problem notFound()
{
    return Problem::notFound(
        {"Token API tidak ditemukan di akun Anda.", "No such API token in your account."});
}

/// A token we know that no longer opens anything: the owner's script learns why, and what to do.
Problem unusable(const Text& why, const Text& next)
{
    return Problem::unauthorized({"Token API ini tidak bisa dipakai: " + why.id + " " + next.id,
                                  "This API token cannot be used: " + why.en + " " + next.en});
}

const Text kMakeNew{"Buat token baru lewat POST /api/v1/me/api-tokens.",
                    "Create a new one with POST /api/v1/me/api-tokens."};

} // namespace

PersonalTokenService::PersonalTokenService(core::Db& db, const core::Clock& clock,
                                           int requestsPerMinute)
    : m_db(db), m_clock(clock), m_requestsPerMinute(requestsPerMinute), m_limiter(clock)
{
}

void PersonalTokenService::registerScope(TokenScope scope)
{
    const auto name = scope.name;
    m_scopes[name] = std::move(scope);
}

const TokenScope* PersonalTokenService::scope(const std::string& name) const
{
    const auto found = m_scopes.find(name);
    return found == m_scopes.end() ? nullptr : &found->second;
}

std::optional<Problem> PersonalTokenService::refusal(const TokenScope& scope,
                                                     const core::AuthContext& auth)
{
    for (const auto& permission : scope.permissions) {
        if (!auth.can(permission))
            return Problem(
                403, "https://eksporyuk.com/problems/token-scope-not-permitted",
                {"Cakupan tidak tersedia untuk peran Anda", "Scope not available to your role"},
                {"Peran Anda tidak membuka data \"" + scope.label.id +
                     "\", jadi token untuk cakupan itu tidak bisa dibuat.",
                 "Your role does not open \"" + scope.label.en +
                     "\", so a token for that scope cannot be created."});
    }
    if (scope.gate)
        return scope.gate(m_db, auth.userId);
    return std::nullopt;
}

std::vector<ScopeAvailability> PersonalTokenService::scopesFor(const core::AuthContext& auth)
{
    std::vector<ScopeAvailability> items;
    for (const auto& [name, scope] : m_scopes)
        items.push_back({&scope, refusal(scope, auth)});
    return items;
}

NewPersonalToken PersonalTokenService::create(const core::AuthContext& auth,
                                              const std::string& name, const std::string& scopeName,
                                              std::optional<int> expiresInDays,
                                              const std::string& ip)
{
    std::map<std::string, Text> errors;
    if (name.empty() || characters(name) > 100)
        errors["name"] = {
            "Nama token wajib diisi (maksimal 100 karakter), misalnya \"Skrip CRM\".",
            "A token name is required (at most 100 characters), e.g. \"CRM script\"."};
    const auto* scope = this->scope(scopeName);
    if (!scope) {
        std::string names;
        for (const auto& [known, unused] : m_scopes)
            names += (names.empty() ? "" : ", ") + known;
        errors["scope"] = {"Cakupan tidak dikenal. Pilih salah satu: " + names + ".",
                           "Unknown scope. Choose one of: " + names + "."};
    }
    if (expiresInDays && (*expiresInDays < 1 || *expiresInDays > kMaxExpiryDays))
        errors["expires_in_days"] = {
            "Masa berlaku antara 1 dan " + std::to_string(kMaxExpiryDays) + " hari.",
            "The lifetime must be between 1 and " + std::to_string(kMaxExpiryDays) + " days."};
    if (!errors.empty())
        throw Problem::validation(errors);
    // The gate may read through other services on their own connections, so it runs before the
    // transaction; a plan that lapses in between is caught on the token's first use.
    if (auto refused = refusal(*scope, auth))
        throw *refused;

    const std::string plain = kTokenPrefix + core::randomToken(32);
    const auto prefix = plain.substr(0, kPrefixLength);
    const auto now = m_clock.nowMs();
    const auto expiresAt = expiresInDays
                               ? std::optional<std::int64_t>(
                                     now + static_cast<std::int64_t>(*expiresInDays) * 86400000LL)
                               : std::nullopt;
    std::optional<PersonalToken> created;
    m_db.transaction([&](core::Tx& tx) {
        // The user's row lock makes count-then-insert safe against two requests at once.
        PersonalTokenStore::lockUser(tx, auth.userId);
        const int live = PersonalTokenStore::liveCount(tx, auth.userId, now);
        if (live >= kMaxLiveTokens)
            throw Problem::conflict(
                {"Anda sudah punya " + std::to_string(live) + " token API aktif (batas " +
                     std::to_string(kMaxLiveTokens) +
                     "). Cabut token yang tidak dipakai lagi, lalu buat yang baru.",
                 "You already have " + std::to_string(live) + " active API tokens (the limit is " +
                     std::to_string(kMaxLiveTokens) +
                     "). Revoke one you no longer use, then create the new one."})
                .withMember("limit", static_cast<std::int64_t>(kMaxLiveTokens));
        const auto id = PersonalTokenStore::insert(tx, auth.userId, name, scope->name, prefix,
                                                   core::sha256Hex(plain), now, expiresAt);
        created = PersonalTokenStore::ownedBy(tx, id, auth.userId, now);
        core::audit(tx, {auth.userId, "personal_token.create", "personal_token", id, nullptr,
                         toJson(*created), ip});
    });
    return {*created, plain};
}

std::vector<PersonalToken> PersonalTokenService::list(const std::string& userId,
                                                      const core::PageRequest& page)
{
    return PersonalTokenStore::list(m_db, userId, page, m_clock.nowMs());
}

void PersonalTokenService::revoke(const core::AuthContext& auth, const std::string& id,
                                  const std::string& ip)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto now = m_clock.nowMs();
        const auto token = PersonalTokenStore::ownedBy(tx, id, auth.userId, now);
        if (!token)
            throw notFound();
        if (!PersonalTokenStore::revoke(tx, id, now))
            return; // already revoked: DELETE is idempotent, nothing to record
        core::audit(tx, {auth.userId, "personal_token.revoke", "personal_token", id, toJson(*token),
                         nullptr, ip});
    });
}

std::int64_t PersonalTokenService::revokeAllIn(core::Sql& tx, const std::string& userId)
{
    return PersonalTokenStore::revokeAllOf(tx, userId, m_clock.nowMs());
}

bool PersonalTokenService::looksLikeToken(const std::string& token)
{
    return token.starts_with(kTokenPrefix);
}

std::optional<core::AuthContext> PersonalTokenService::authenticate(const std::string& token)
{
    const auto now = m_clock.nowMs();
    const auto holder = PersonalTokenStore::holder(m_db, core::sha256Hex(token), now);
    if (!holder)
        return std::nullopt;
    if (holder->revoked || !holder->userActive)
        throw unusable({"token sudah dicabut (oleh Anda, atau karena kata sandi diganti atau akun "
                        "dinonaktifkan).",
                        "it was revoked (by you, or because the password changed or the account "
                        "was deactivated)."},
                       kMakeNew);
    if (holder->expired)
        throw unusable({"masa berlakunya habis pada " + holder->expiresAt.value_or("") + ".",
                        "it expired at " + holder->expiresAt.value_or("") + "."},
                       kMakeNew);
    const auto* scope = this->scope(holder->scope);
    if (!scope)
        throw unusable({"cakupan \"" + holder->scope + "\" tidak lagi tersedia.",
                        "the scope \"" + holder->scope + "\" is no longer offered."},
                       kMakeNew);
    // Counted before the gate so a script hammering the API costs us no more than the lookup.
    int retryAfter = 1;
    if (!m_limiter.allow(holder->tokenId, m_requestsPerMinute, retryAfter))
        throw Problem::tooManyRequests(
            {"Batas " + std::to_string(m_requestsPerMinute) +
                 " permintaan per menit untuk token API ini tercapai. Coba lagi dalam " +
                 std::to_string(retryAfter) + " detik.",
             "This API token's limit of " + std::to_string(m_requestsPerMinute) +
                 " requests per minute was reached. Try again in " + std::to_string(retryAfter) +
                 " seconds."},
            retryAfter);
    if (scope->gate) {
        if (const auto refused = scope->gate(m_db, holder->auth.userId))
            throw unusable(refused->detail(),
                           {"Token yang sama berfungsi lagi begitu hal itu beres.",
                            "The same token works again once that is sorted out."});
    }

    core::AuthContext auth = holder->auth;
    auth.permissions.clear();
    for (const auto& permission : scope->permissions) {
        if (holder->auth.can(permission))
            auth.permissions.insert(permission);
    }
    auth.scopedToken = true;
    if (!holder->lastUsedMs || now - *holder->lastUsedMs >= kTouchIntervalMs)
        PersonalTokenStore::touch(m_db, holder->tokenId, now, kTouchIntervalMs);
    return auth;
}

core::json::ObjectPtr PersonalTokenService::toJson(const PersonalToken& token)
{
    auto object = core::json::object();
    object->set("id", token.id);
    object->set("name", token.name);
    object->set("scope", token.scope);
    object->set("prefix", token.prefix);
    object->set("status", token.status);
    object->set("created_at", token.createdAt);
    object->set("last_used_at", core::json::orNull(token.lastUsedAt));
    object->set("expires_at", core::json::orNull(token.expiresAt));
    object->set("revoked_at", core::json::orNull(token.revokedAt));
    return object;
}

} // namespace ey::identity

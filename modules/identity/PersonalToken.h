// Plain records of personal API tokens and of the scopes modules register for them.
#pragma once

#include "Auth.h"
#include "Db.h"
#include "Problem.h"
#include "Text.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>

namespace ey::identity {

/// What a personal token may open, registered by the module that owns the data ("buyers" by the
/// directory). The gate says whether the user may hold and use the scope right now (their plan
/// includes API access); it answers the problem to show when not. The gate runs outside any
/// transaction on `sql` (the pool), so it may call other services that read on their own.
struct TokenScope
{
    std::string name; ///< "buyers": lowercase, what clients send as "scope"
    core::Text label;
    std::set<std::string> permissions; ///< what a token of this scope grants, at most
    std::function<std::optional<core::Problem>(core::Sql& sql, const std::string& userId)> gate;
};

/// One token as its owner sees it: never the token itself, only its first characters.
struct PersonalToken
{
    std::string id;
    std::string name;
    std::string scope;
    std::string prefix;
    std::string status; ///< active | expired | revoked
    std::string createdAt;
    std::optional<std::string> lastUsedAt;
    std::optional<std::string> expiresAt;
    std::optional<std::string> revokedAt;
};

/// A new token and its plain text, which is shown exactly once.
struct NewPersonalToken
{
    PersonalToken token;
    std::string plain;
};

/// The stored facts a request's token resolves to, before the scope and gate are applied.
struct TokenHolder
{
    std::string tokenId;
    std::string scope;
    bool revoked = false;
    bool expired = false;
    bool userActive = false;
    std::optional<std::int64_t> lastUsedMs;
    std::optional<std::string> expiresAt;
    core::AuthContext auth; ///< the user with all their current roles and permissions
};

/// A registered scope as one user sees it: whether they may use it now, and why not.
struct ScopeAvailability
{
    const TokenScope* scope = nullptr;
    std::optional<core::Problem> refusal; ///< none: available
};

} // namespace ey::identity

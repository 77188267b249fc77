// Plain records of the identity domain.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::identity {

struct User
{
    std::string id;
    std::string email;
    std::string fullName;
    std::optional<std::string> whatsapp;
    std::string status; ///< active | deactivated
    std::string createdAt;
    std::vector<std::string> roles;
};

struct NewUser
{
    std::string email;
    std::string fullName;
    std::optional<std::string> whatsapp;
    std::string password;
    std::vector<std::string> roles;
};

struct SignIn
{
    std::string token; ///< shown once; the database keeps only its SHA-256
    std::string expiresAt;
    User user;
    std::vector<std::string> permissions;
};

struct RoleInfo
{
    std::string name;
    std::string labelId;
    std::string labelEn;
    std::vector<std::string> permissions;
};

struct ApiKey
{
    std::string id;
    std::string name;
    std::string prefix;
    int requestsPerMinute = 600;
    std::string createdAt;
    std::optional<std::string> revokedAt;
};

struct ActivityEntry
{
    std::int64_t id = 0;
    std::optional<std::string> actorId;
    std::optional<std::string> actorName;
    std::string action;
    std::string entityType;
    std::optional<std::string> entityId;
    std::optional<std::string> before;
    std::optional<std::string> after;
    std::optional<std::string> ip;
    std::string createdAt;
};

/// Where a request came from, for sessions, throttling and the activity log.
struct Origin
{
    std::string ip;
    std::string userAgent;
};

} // namespace ey::identity

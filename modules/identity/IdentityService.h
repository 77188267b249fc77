// Identity rules: sign-in with throttling, sessions, users and roles, API keys, the activity log.
#pragma once

#include "Audit.h"
#include "ExternalLoginStore.h"
#include "Passwords.h"
#include "PersonalTokenService.h"
#include "User.h"
#include "UserStore.h"

#include "Auth.h"
#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::identity {

using Actor = core::Actor;

/// What a self-made account gets when it signs up for a purpose other than membership (a supplier
/// registering, by password or by Google): its roles, and a step the owning module runs in the
/// same transaction (the supplier module creates the supplier row there).
struct SignupIntent
{
    std::vector<std::string> roles;
    bool whatsappRequired = false;
    std::function<void(core::Sql& tx, const std::string& userId)> onCreated;
};

/// Who an outside provider (Google) says signed in, after the provider's own checks.
struct ExternalIdentity
{
    std::string provider; ///< "google"
    std::string subject;  ///< the provider's stable id of the person
    std::string email;
    bool emailVerified = false;
    std::string fullName;
};

struct UserChanges
{
    std::optional<std::string> fullName;
    std::optional<std::optional<std::string>> whatsapp; ///< set to nullopt-inside to clear
    std::optional<std::string> status;
    std::optional<std::string> password;
};

/// Thread safe: every call runs its own statements or transaction.
class IdentityService : public core::Authenticator
{
public:
    /// `tokenRequestsPerMinute`: the rate each personal API token may call at (config
    /// api_tokens.requests_per_minute).
    IdentityService(core::Db& db, const core::Clock& clock, Passwords passwords, int sessionHours,
                    int tokenRequestsPerMinute = kTokenRequestsPerMinute);

    SignIn login(const std::string& email, const std::string& password, const Origin& origin);
    /// Public self-registration (the checkout page's "Daftar" tab): a new member_free account,
    /// signed in at once. Throttled per address so nobody can mint accounts in bulk.
    SignIn registerMember(NewUser user, const Origin& origin);
    /// Self-registration for an intent a module added with addSignupIntent (404 for any other):
    /// the same throttling, validation and audit row as registerMember, the intent's roles.
    SignIn registerFor(const std::string& intent, NewUser user, const Origin& origin);
    /// Called while modules register, before the server takes requests.
    void addSignupIntent(const std::string& intent, SignupIntent signup);
    /// The intent's definition; nullptr when no module added it. "member" is always there.
    const SignupIntent* signupIntent(const std::string& intent) const;
    /// Sign-in through an outside provider. The account linked to (provider, subject); else the
    /// account with that (verified) email, linked now; else a new password-less account for
    /// `intent` ("login" makes a member, any other name must be a registered intent) made like
    /// registerFor makes one. Unverified emails and deactivated accounts are refused.
    SignIn signInExternal(const ExternalIdentity& identity, const std::string& intent,
                          const Origin& origin);
    /// "login" or a registered signup intent.
    bool knowsIntent(const std::string& intent) const;
    /// Stores a web flow for kExternalFlowMs and returns its state (only its hash is kept).
    std::string startExternalFlow(const ExternalFlow& flow);
    /// The flow of `state`, once; a 400 problem when it is unknown, used or expired.
    ExternalFlow takeExternalFlow(const std::string& state);
    void logout(const core::AuthContext& auth);
    void logoutEverywhere(const core::AuthContext& auth);
    User me(const core::AuthContext& auth);

    /// A session token, or a personal API token ("eyp_...") limited to its scope.
    std::optional<core::AuthContext> fromBearerToken(const std::string& token) override;
    std::optional<core::ApiKeyClient> fromApiKey(const std::string& key) override;

    User createUser(NewUser user, const Actor& actor);
    /// For modules that make or find accounts inside their own transaction (a partner's owner
    /// and operators): the same validation, hashing, 409 and audit row as createUser, in `tx`.
    std::string createUserIn(core::Sql& tx, NewUser user, const Actor& actor);
    std::optional<User> findUserIn(core::Sql& tx, const std::optional<std::string>& id,
                                   const std::optional<std::string>& email);
    /// Adds or removes one role in `tx` (audited); nothing happens when it is already so.
    void grantRoleIn(core::Sql& tx, const std::string& userId, const std::string& role,
                     const Actor& actor);
    void revokeRoleIn(core::Sql& tx, const std::string& userId, const std::string& role,
                      const Actor& actor);
    User updateUser(const std::string& id, UserChanges changes, const Actor& actor);
    User setRoles(const std::string& id, std::vector<std::string> roles, const Actor& actor);
    std::int64_t revokeSessions(const std::string& id, const Actor& actor);
    User user(const std::string& id);
    std::vector<User> users(const UserFilter& filter, const core::PageRequest& page);
    std::vector<RoleInfo> roles();

    /// Returns the key record and the plain key, which is shown to the admin exactly once.
    std::pair<ApiKey, std::string> createApiKey(const std::string& name, int requestsPerMinute,
                                                const Actor& actor);
    void revokeApiKey(const std::string& id, const Actor& actor);
    std::vector<ApiKey> apiKeys();

    /// Called while modules register, before the server takes requests: a scope members may
    /// create personal API tokens for (the directory registers "buyers").
    void registerTokenScope(TokenScope scope);
    PersonalTokenService& personalTokens() { return m_tokens; }

    std::vector<ActivityEntry> activity(const std::optional<std::string>& entityType,
                                        const std::optional<std::string>& actorId,
                                        const core::PageRequest& page);

    static core::json::ObjectPtr toJson(const User& user);
    /// The body of a successful sign-in: the token once, and who it belongs to.
    static core::json::ObjectPtr signInJson(const SignIn& signIn);

    /// Login throttling policy (public so tests and the README quote the same numbers).
    static constexpr int kAccountMaxFailures = 5;
    static constexpr int kIpMaxFailures = 20;
    static constexpr std::int64_t kWindowMs = 15 * 60 * 1000;
    static constexpr std::int64_t kLockMs = 15 * 60 * 1000;
    /// Self-registrations one address may make per window before it waits out the lock.
    static constexpr int kIpMaxRegistrations = 10;
    static constexpr std::int64_t kRegisterWindowMs = 60 * 60 * 1000;
    /// How long a web sign-in may take between leaving for the provider and coming back.
    static constexpr std::int64_t kExternalFlowMs = 10 * 60 * 1000;
    /// Default rate of one personal API token (a script's loop, not a person's clicks).
    static constexpr int kTokenRequestsPerMinute = 120;

private:
    void checkNotLocked(const std::string& key, const std::string& who);
    void validateRoles(core::Sql& sql, const std::vector<std::string>& roles);
    /// Normalises email and WhatsApp and throws a 422 naming every field that is not valid.
    static void validateNewUser(NewUser& user);
    /// The 409 for an email that already has an account.
    static core::Problem emailTaken(const std::string& email);
    SignIn openSession(const User& user, const Origin& origin);
    SignIn signUp(NewUser user, const SignupIntent& intent, const Origin& origin);

    core::Db& m_db;
    const core::Clock& m_clock;
    Passwords m_passwords;
    int m_sessionHours;
    std::map<std::string, SignupIntent> m_signupIntents;
    PersonalTokenService m_tokens;
};

/// Normalises an Indonesian WhatsApp number ("0812-3456 789" -> "+628123456789"); nullopt if
/// invalid.
std::optional<std::string> normaliseWhatsapp(const std::string& input);

} // namespace ey::identity

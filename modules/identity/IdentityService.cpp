// Identity rules.
#include "IdentityService.h"

#include "Audit.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace ey::identity {

using core::Problem;
using core::Text;

namespace {

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool validEmail(const std::string& email)
{
    static const std::regex pattern(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    return email.size() <= 254 && std::regex_match(email, pattern);
}

Text waitText(std::int64_t ms)
{
    const auto minutes = std::max<std::int64_t>(1, (ms + 59999) / 60000);
    return {"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " +
                std::to_string(minutes) + " menit.",
            "Too many failed sign-in attempts. Try again in " + std::to_string(minutes) +
                " minute" + (minutes == 1 ? "" : "s") + "."};
}

core::json::ObjectPtr roleArray(const std::vector<std::string>& roles, core::json::ObjectPtr into,
                                const std::string& key)
{
    auto list = core::json::array();
    for (const auto& role : roles)
        list->add(role);
    into->set(key, list);
    return into;
}

Problem accountDeactivated()
{
    return Problem(403, "https://eksporyuk.com/problems/account-deactivated",
                   {"Akun nonaktif", "Account deactivated"},
                   {"Akun Anda dinonaktifkan. Hubungi admin untuk mengaktifkannya kembali.",
                    "Your account has been deactivated. Contact an admin to have it reactivated."});
}

/// A display name for an account made from a provider's answer: the name given, else the
/// email's local part; at most 200 characters, never cutting a UTF-8 character.
std::string accountName(const std::string& name, const std::string& email)
{
    std::string text = name;
    const auto first = text.find_first_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string() : text.substr(first);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.pop_back();
    if (text.empty())
        text = email.substr(0, email.find('@'));
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++count > 200)
            return text.substr(0, i);
    }
    return text;
}

} // namespace

std::optional<std::string> normaliseWhatsapp(const std::string& input)
{
    std::string digits;
    for (char c : input) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c == '+' && digits.empty())
            continue;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.')
            return std::nullopt;
    }
    if (digits.starts_with("0"))
        digits = "62" + digits.substr(1);
    if (digits.size() < 9 || digits.size() > 15)
        return std::nullopt;
    return "+" + digits;
}

IdentityService::IdentityService(core::Db& db, const core::Clock& clock, Passwords passwords,
                                 int sessionHours, int tokenRequestsPerMinute)
    : m_db(db), m_clock(clock), m_passwords(passwords), m_sessionHours(sessionHours),
      m_tokens(db, clock, tokenRequestsPerMinute)
{
    // The checkout page's "Daftar" tab: members must leave a WhatsApp number for follow-ups.
    m_signupIntents["member"] = {{"member_free"}, true, nullptr};
}

core::json::ObjectPtr IdentityService::toJson(const User& user)
{
    auto object = core::json::object();
    object->set("id", user.id);
    object->set("email", user.email);
    object->set("full_name", user.fullName);
    object->set("whatsapp",
                user.whatsapp ? Poco::Dynamic::Var(*user.whatsapp) : Poco::Dynamic::Var());
    object->set("status", user.status);
    object->set("created_at", user.createdAt);
    return roleArray(user.roles, object, "roles");
}

void IdentityService::checkNotLocked(const std::string& key, const std::string& who)
{
    const auto state = UserStore::throttle(m_db, key);
    const auto now = m_clock.nowMs();
    if (state.lockedUntilMs && *state.lockedUntilMs > now) {
        const auto waitMs = *state.lockedUntilMs - now;
        throw Problem::tooManyRequests(waitText(waitMs), static_cast<int>((waitMs + 999) / 1000))
            .withHeader("X-Throttled-By", who);
    }
}

SignIn IdentityService::login(const std::string& emailInput, const std::string& password,
                              const Origin& origin)
{
    const auto email = lowerAscii(emailInput);
    const std::string accountKey = "account:" + email;
    const std::string ipKey = "ip:" + origin.ip;
    checkNotLocked(ipKey, "ip");
    checkNotLocked(accountKey, "account");

    const auto user = UserStore::byEmail(m_db, email);
    const auto hash = user ? UserStore::passwordHash(m_db, user->id) : std::nullopt;
    const bool passwordOk =
        hash ? m_passwords.verify(*hash, password) : (m_passwords.verifyDummy(password), false);
    const auto now = m_clock.nowMs();
    if (!passwordOk) {
        const auto ipState =
            UserStore::recordFailure(m_db, ipKey, now, kWindowMs, kIpMaxFailures, kLockMs);
        const auto accountState = UserStore::recordFailure(m_db, accountKey, now, kWindowMs,
                                                           kAccountMaxFailures, kLockMs);
        if (accountState.lockedUntilMs || ipState.lockedUntilMs)
            throw Problem::tooManyRequests(waitText(kLockMs), static_cast<int>(kLockMs / 1000));
        const int left = kAccountMaxFailures - accountState.failures;
        throw Problem::unauthorized(
            {"Email atau kata sandi salah. Sisa percobaan: " + std::to_string(left) + ".",
             "Wrong email or password. Attempts left: " + std::to_string(left) + "."});
    }
    if (user->status != "active")
        throw accountDeactivated();
    UserStore::clearThrottle(m_db, accountKey);
    return openSession(*user, origin);
}

void IdentityService::logout(const core::AuthContext& auth)
{
    UserStore::revokeSession(m_db, auth.sessionId, m_clock.nowMs());
}

void IdentityService::logoutEverywhere(const core::AuthContext& auth)
{
    UserStore::revokeAllSessions(m_db, auth.userId, m_clock.nowMs());
}

User IdentityService::me(const core::AuthContext& auth)
{
    return user(auth.userId);
}

std::optional<core::AuthContext> IdentityService::fromBearerToken(const std::string& token)
{
    if (token.empty() || token.size() > 200)
        return std::nullopt;
    if (PersonalTokenService::looksLikeToken(token)) {
        if (auto scoped = m_tokens.authenticate(token))
            return scoped;
        // Not a personal token after all: a session token is random base64url, which may (very
        // rarely) begin with the same four characters.
    }
    return UserStore::authContext(m_db, core::sha256Hex(token), m_clock.nowMs());
}

std::optional<core::ApiKeyClient> IdentityService::fromApiKey(const std::string& key)
{
    if (key.empty() || key.size() > 200)
        return std::nullopt;
    const auto found = UserStore::liveApiKeyByHash(m_db, core::sha256Hex(key));
    if (!found)
        return std::nullopt;
    return core::ApiKeyClient{found->id, found->name, found->requestsPerMinute};
}

void IdentityService::validateRoles(core::Sql& sql, const std::vector<std::string>& roles)
{
    if (roles.empty())
        throw Problem::validation(
            {{"roles", {"Pilih minimal satu peran.", "Choose at least one role."}}});
    const auto known = UserStore::knownRoles(sql);
    for (const auto& role : roles) {
        if (std::find(known.begin(), known.end(), role) == known.end())
            throw Problem::validation(
                {{"roles", {"Peran tidak dikenal: " + role + ".", "Unknown role: " + role + "."}}});
    }
}

void IdentityService::validateNewUser(NewUser& user)
{
    std::map<std::string, Text> errors;
    user.email = lowerAscii(user.email);
    if (!validEmail(user.email))
        errors["email"] = {"Format email tidak valid.", "The email address is not valid."};
    if (user.fullName.empty() || user.fullName.size() > 200)
        errors["full_name"] = {"Nama lengkap wajib diisi (maksimal 200 karakter).",
                               "Full name is required (at most 200 characters)."};
    if (user.whatsapp && !user.whatsapp->empty()) {
        user.whatsapp = normaliseWhatsapp(*user.whatsapp);
        if (!user.whatsapp)
            errors["whatsapp"] = {"Nomor WhatsApp tidak valid (contoh: 081234567890).",
                                  "The WhatsApp number is not valid (e.g. 081234567890)."};
    } else {
        user.whatsapp.reset();
    }
    if (user.password.size() < 8 || user.password.size() > 256)
        errors["password"] = {"Kata sandi minimal 8 karakter.",
                              "The password needs at least 8 characters."};
    if (!errors.empty())
        throw Problem::validation(errors);
}

core::Problem IdentityService::emailTaken(const std::string& email)
{
    return Problem::conflict({"Email " + email + " sudah terdaftar.",
                              "The email " + email + " is already registered."})
        .withFieldError("email", {"Email sudah terdaftar.", "Email already registered."});
}

User IdentityService::createUser(NewUser user, const Actor& actor)
{
    validateNewUser(user);

    const auto hash = m_passwords.hash(user.password);
    std::string id;
    try {
        m_db.transaction([&](core::Tx& tx) {
            validateRoles(tx, user.roles);
            id = UserStore::insert(tx, user, hash);
            UserStore::setRoles(tx, id, user.roles, actor.userId);
            auto created = UserStore::byId(tx, id);
            core::audit(
                tx, {actor.userId, "user.create", "user", id, nullptr, toJson(*created), actor.ip});
        });
    } catch (const core::DbError& e) {
        if (e.isUniqueViolation())
            throw emailTaken(user.email);
        throw;
    }
    return this->user(id);
}

std::string IdentityService::createUserIn(core::Sql& tx, NewUser user, const Actor& actor)
{
    validateNewUser(user);
    validateRoles(tx, user.roles);
    if (UserStore::byEmail(tx, user.email))
        throw emailTaken(user.email);
    const auto id = UserStore::insert(tx, user, m_passwords.hash(user.password));
    UserStore::setRoles(tx, id, user.roles, actor.userId);
    core::audit(tx, {actor.userId, "user.create", "user", id, nullptr,
                     toJson(*UserStore::byId(tx, id)), actor.ip});
    return id;
}

std::optional<User> IdentityService::findUserIn(core::Sql& tx,
                                                const std::optional<std::string>& id,
                                                const std::optional<std::string>& email)
{
    if (id)
        return UserStore::byId(tx, *id);
    if (email)
        return UserStore::byEmail(tx, *email);
    return std::nullopt;
}

void IdentityService::grantRoleIn(core::Sql& tx, const std::string& userId,
                                  const std::string& role, const Actor& actor)
{
    const auto before = UserStore::byId(tx, userId);
    if (!before)
        throw Problem::notFound({"Pengguna tidak ditemukan.", "User not found."});
    if (std::find(before->roles.begin(), before->roles.end(), role) != before->roles.end())
        return;
    auto roles = before->roles;
    roles.push_back(role);
    validateRoles(tx, roles);
    UserStore::setRoles(tx, userId, roles, actor.userId);
    core::audit(tx, {actor.userId, "user.roles", "user", userId, toJson(*before),
                     toJson(*UserStore::byId(tx, userId)), actor.ip});
}

void IdentityService::revokeRoleIn(core::Sql& tx, const std::string& userId,
                                   const std::string& role, const Actor& actor)
{
    const auto before = UserStore::byId(tx, userId);
    if (!before ||
        std::find(before->roles.begin(), before->roles.end(), role) == before->roles.end())
        return;
    auto roles = before->roles;
    roles.erase(std::remove(roles.begin(), roles.end(), role), roles.end());
    UserStore::setRoles(tx, userId, roles, actor.userId);
    core::audit(tx, {actor.userId, "user.roles", "user", userId, toJson(*before),
                     toJson(*UserStore::byId(tx, userId)), actor.ip});
}

SignIn IdentityService::registerMember(NewUser user, const Origin& origin)
{
    return registerFor("member", std::move(user), origin);
}

void IdentityService::addSignupIntent(const std::string& intent, SignupIntent signup)
{
    m_signupIntents[intent] = std::move(signup);
}

const SignupIntent* IdentityService::signupIntent(const std::string& intent) const
{
    const auto found = m_signupIntents.find(intent);
    return found == m_signupIntents.end() ? nullptr : &found->second;
}

SignIn IdentityService::registerFor(const std::string& intent, NewUser user, const Origin& origin)
{
    const auto* signup = signupIntent(intent);
    if (!signup)
        throw Problem::notFound({"Jenis pendaftaran ini tidak ada.",
                                 "There is no registration of this kind."});
    return signUp(std::move(user), *signup, origin);
}

SignIn IdentityService::signUp(NewUser user, const SignupIntent& intent, const Origin& origin)
{
    // Every attempt counts, valid or not: the limit is on accounts minted per address.
    const std::string ipKey = "register-ip:" + origin.ip;
    checkNotLocked(ipKey, "ip");
    UserStore::recordFailure(m_db, ipKey, m_clock.nowMs(), kRegisterWindowMs, kIpMaxRegistrations,
                             kRegisterWindowMs);
    user.roles = intent.roles;
    if (intent.whatsappRequired && (!user.whatsapp || user.whatsapp->empty()))
        throw Problem::validation({{"whatsapp",
                                    {"Nomor WhatsApp wajib diisi (contoh: 081234567890).",
                                     "A WhatsApp number is required (e.g. 081234567890)."}}});
    validateNewUser(user);
    const auto hash = m_passwords.hash(user.password);
    std::string id;
    try {
        m_db.transaction([&](core::Tx& tx) {
            id = UserStore::insert(tx, user, hash);
            UserStore::setRoles(tx, id, user.roles, ""); // granted by the system
            if (intent.onCreated)
                intent.onCreated(tx, id);
            auto created = UserStore::byId(tx, id);
            core::audit(tx,
                        {id, "user.register", "user", id, nullptr, toJson(*created), origin.ip});
        });
    } catch (const core::DbError& e) {
        if (e.isUniqueViolation())
            throw emailTaken(user.email);
        throw;
    }
    return openSession(this->user(id), origin);
}

SignIn IdentityService::openSession(const User& user, const Origin& origin)
{
    SignIn result;
    result.token = core::randomToken(32);
    const auto expires = m_clock.nowMs() + static_cast<std::int64_t>(m_sessionHours) * 3600 * 1000;
    UserStore::insertSession(m_db, user.id, core::sha256Hex(result.token), expires, origin);
    result.expiresAt = core::isoTime(expires);
    result.user = user;
    const auto permissions = UserStore::permissions(m_db, user.id);
    result.permissions.assign(permissions.begin(), permissions.end());
    return result;
}

User IdentityService::user(const std::string& id)
{
    auto found = UserStore::byId(m_db, id);
    if (!found)
        throw Problem::notFound({"Pengguna tidak ditemukan.", "User not found."});
    return *found;
}

User IdentityService::updateUser(const std::string& id, UserChanges changes, const Actor& actor)
{
    std::map<std::string, Text> errors;
    if (changes.fullName && (changes.fullName->empty() || changes.fullName->size() > 200))
        errors["full_name"] = {"Nama lengkap wajib diisi (maksimal 200 karakter).",
                               "Full name is required (at most 200 characters)."};
    if (changes.whatsapp && *changes.whatsapp) {
        *changes.whatsapp = normaliseWhatsapp(**changes.whatsapp);
        if (!*changes.whatsapp)
            errors["whatsapp"] = {"Nomor WhatsApp tidak valid (contoh: 081234567890).",
                                  "The WhatsApp number is not valid (e.g. 081234567890)."};
    }
    if (changes.status && *changes.status != "active" && *changes.status != "deactivated")
        errors["status"] = {"Status harus active atau deactivated.",
                            "Status must be active or deactivated."};
    if (changes.status == "deactivated" && id == actor.userId)
        errors["status"] = {"Anda tidak dapat menonaktifkan akun Anda sendiri.",
                            "You cannot deactivate your own account."};
    if (changes.password && (changes.password->size() < 8 || changes.password->size() > 256))
        errors["password"] = {"Kata sandi minimal 8 karakter.",
                              "The password needs at least 8 characters."};
    if (!errors.empty())
        throw Problem::validation(errors);
    const auto hash = changes.password ? m_passwords.hash(*changes.password) : std::string();

    m_db.transaction([&](core::Tx& tx) {
        tx.exec("SELECT 1 FROM users WHERE id = $1::uuid FOR UPDATE", {id});
        auto before = UserStore::byId(tx, id);
        if (!before)
            throw Problem::notFound({"Pengguna tidak ditemukan.", "User not found."});
        const auto fullName = changes.fullName.value_or(before->fullName);
        const auto whatsapp = changes.whatsapp ? *changes.whatsapp : before->whatsapp;
        const auto status = changes.status.value_or(before->status);
        UserStore::update(tx, id, fullName, whatsapp, status);
        if (!hash.empty())
            UserStore::setPassword(tx, id, hash);
        std::int64_t revokedTokens = 0;
        if (status == "deactivated" || !hash.empty()) {
            UserStore::revokeAllSessions(tx, id, m_clock.nowMs());
            // A personal API token must not outlive the password or the account it came from.
            revokedTokens = m_tokens.revokeAllIn(tx, id);
        }
        auto after = UserStore::byId(tx, id);
        auto afterJson = toJson(*after);
        if (!hash.empty())
            afterJson->set("password_changed", true);
        if (revokedTokens > 0)
            afterJson->set("revoked_api_tokens", revokedTokens);
        core::audit(tx, {actor.userId, status != before->status ? "user.status" : "user.update",
                         "user", id, toJson(*before), afterJson, actor.ip});
    });
    return user(id);
}

User IdentityService::setRoles(const std::string& id, std::vector<std::string> roles,
                               const Actor& actor)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    m_db.transaction([&](core::Tx& tx) {
        validateRoles(tx, roles);
        tx.exec("SELECT 1 FROM users WHERE id = $1::uuid FOR UPDATE", {id});
        auto before = UserStore::byId(tx, id);
        if (!before)
            throw Problem::notFound({"Pengguna tidak ditemukan.", "User not found."});
        if (id == actor.userId && std::find(roles.begin(), roles.end(), "admin") == roles.end() &&
            std::find(before->roles.begin(), before->roles.end(), "admin") != before->roles.end())
            throw Problem::validation(
                {{"roles",
                  {"Anda tidak dapat mencabut peran admin dari akun Anda sendiri.",
                   "You cannot remove the admin role from your own account."}}});
        UserStore::setRoles(tx, id, roles, actor.userId);
        auto after = UserStore::byId(tx, id);
        core::audit(tx, {actor.userId, "user.roles", "user", id, toJson(*before), toJson(*after),
                         actor.ip});
    });
    return user(id);
}

std::int64_t IdentityService::revokeSessions(const std::string& id, const Actor& actor)
{
    std::int64_t revoked = 0;
    m_db.transaction([&](core::Tx& tx) {
        if (!UserStore::byId(tx, id))
            throw Problem::notFound({"Pengguna tidak ditemukan.", "User not found."});
        revoked = UserStore::revokeAllSessions(tx, id, m_clock.nowMs());
        // Whoever held a stolen session may have made an API token with it; it goes too.
        const auto revokedTokens = m_tokens.revokeAllIn(tx, id);
        auto after = core::json::object();
        after->set("revoked_sessions", revoked);
        after->set("revoked_api_tokens", revokedTokens);
        core::audit(tx,
                    {actor.userId, "user.revoke_sessions", "user", id, nullptr, after, actor.ip});
    });
    return revoked;
}

std::vector<User> IdentityService::users(const UserFilter& filter, const core::PageRequest& page)
{
    return UserStore::list(m_db, filter, page);
}

std::vector<RoleInfo> IdentityService::roles()
{
    return UserStore::roleCatalog(m_db);
}

std::pair<ApiKey, std::string>
IdentityService::createApiKey(const std::string& name, int requestsPerMinute, const Actor& actor)
{
    if (name.empty() || name.size() > 100)
        throw Problem::validation({{"name",
                                    {"Nama aplikasi wajib diisi (maksimal 100 karakter).",
                                     "The app name is required (at most 100 characters)."}}});
    const std::string plain = "eyk_" + core::randomToken(32);
    std::string id;
    m_db.transaction([&](core::Tx& tx) {
        id = UserStore::insertApiKey(tx, name, plain.substr(0, 10), core::sha256Hex(plain),
                                     requestsPerMinute, actor.userId);
        auto after = core::json::object();
        after->set("name", name);
        after->set("prefix", plain.substr(0, 10));
        after->set("requests_per_minute", requestsPerMinute);
        core::audit(tx, {actor.userId, "api_key.create", "api_key", id, nullptr, after, actor.ip});
    });
    return {*UserStore::apiKeyById(m_db, id), plain};
}

void IdentityService::revokeApiKey(const std::string& id, const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto key = UserStore::apiKeyById(tx, id);
        if (!key)
            throw Problem::notFound({"Kunci API tidak ditemukan.", "API key not found."});
        if (!UserStore::revokeApiKey(tx, id, m_clock.nowMs()))
            throw Problem::conflict(
                {"Kunci API ini sudah dicabut.", "This API key was already revoked."});
        auto before = core::json::object();
        before->set("name", key->name);
        before->set("prefix", key->prefix);
        core::audit(tx, {actor.userId, "api_key.revoke", "api_key", id, before, nullptr, actor.ip});
    });
}

std::vector<ApiKey> IdentityService::apiKeys()
{
    return UserStore::apiKeys(m_db);
}

void IdentityService::registerTokenScope(TokenScope scope)
{
    m_tokens.registerScope(std::move(scope));
}

std::vector<ActivityEntry> IdentityService::activity(const std::optional<std::string>& entityType,
                                                     const std::optional<std::string>& actorId,
                                                     const core::PageRequest& page)
{
    return UserStore::activity(m_db, entityType, actorId, page);
}

// ---- sign-in through an outside provider ------------------------------------------------

bool IdentityService::knowsIntent(const std::string& intent) const
{
    return intent == "login" || signupIntent(intent) != nullptr;
}

std::string IdentityService::startExternalFlow(const ExternalFlow& flow)
{
    const auto state = core::randomToken(32);
    const auto now = m_clock.nowMs();
    ExternalLoginStore::purgeExpiredFlows(m_db, core::isoTime(now));
    ExternalLoginStore::insertFlow(m_db, core::sha256Hex(state), flow, core::isoTime(now),
                                   core::isoTime(now + kExternalFlowMs));
    return state;
}

ExternalFlow IdentityService::takeExternalFlow(const std::string& state)
{
    const auto flow = state.empty() || state.size() > 200
                          ? std::nullopt
                          : ExternalLoginStore::takeFlow(m_db, core::sha256Hex(state),
                                                         core::isoTime(m_clock.nowMs()));
    if (!flow)
        throw Problem::badRequest(
            {"Sesi masuk ini sudah dipakai atau kedaluwarsa. Mulai lagi dari tombol Masuk "
             "dengan Google.",
             "This sign-in was already used or has expired. Start again from the Sign in with "
             "Google button."});
    return *flow;
}

SignIn IdentityService::signInExternal(const ExternalIdentity& identity, const std::string& intent,
                                       const Origin& origin)
{
    if (!identity.emailVerified)
        throw Problem(403, "https://eksporyuk.com/problems/email-not-verified",
                      {"Email belum terverifikasi", "Email not verified"},
                      {"Google belum memverifikasi email " + identity.email +
                           ". Verifikasi email itu di akun Google Anda, lalu coba lagi.",
                       "Google has not verified the email " + identity.email +
                           ". Verify it in your Google account, then try again."});
    const auto email = lowerAscii(identity.email);
    if (!validEmail(email) || identity.subject.empty() || identity.subject.size() > 255)
        throw Problem(502, "https://eksporyuk.com/problems/provider-answer",
                      {"Jawaban Google tidak lengkap", "Incomplete answer from Google"},
                      {"Google tidak mengirim email atau identitas akun yang lengkap. Coba lagi.",
                       "Google did not send a complete email or account id. Try again."});
    const SignupIntent* signup = nullptr;
    if (intent == "login")
        signup = signupIntent("member");
    else
        signup = signupIntent(intent);
    if (!signup)
        throw Problem::notFound(
            {"Jenis pendaftaran ini tidak ada.", "There is no registration of this kind."});

    std::string userId;
    bool created = false;
    const auto resolve = [&](core::Tx& tx) {
        const auto now = core::isoTime(m_clock.nowMs());
        if (const auto linked =
                ExternalLoginStore::userBySubject(tx, identity.provider, identity.subject, now)) {
            userId = *linked;
            return;
        }
        if (const auto existing = UserStore::byEmail(tx, email)) {
            // The provider vouches for this email address, so it is the same person.
            if (existing->status != "active")
                throw accountDeactivated();
            ExternalLoginStore::link(tx, identity.provider, identity.subject, existing->id, email,
                                     now);
            core::audit(tx, {existing->id, "user.link_" + identity.provider, "user", existing->id,
                             nullptr, nullptr, origin.ip});
            userId = existing->id;
            return;
        }
        const auto name = accountName(identity.fullName, email);
        userId = ExternalLoginStore::insertUser(tx, email, name);
        UserStore::setRoles(tx, userId, signup->roles, ""); // granted by the system
        if (signup->onCreated)
            signup->onCreated(tx, userId);
        ExternalLoginStore::link(tx, identity.provider, identity.subject, userId, email, now);
        auto after = toJson(*UserStore::byId(tx, userId));
        after->set("provider", identity.provider);
        core::audit(tx, {userId, "user.register", "user", userId, nullptr, after, origin.ip});
        created = true;
    };
    try {
        m_db.transaction(resolve);
    } catch (const core::DbError& e) {
        // Two callbacks for the same new person at once: the other one made the account.
        if (!e.isUniqueViolation())
            throw;
        m_db.transaction(resolve);
    }
    if (created) {
        // New accounts count against the address's registration limit, like registerFor.
        const std::string ipKey = "register-ip:" + origin.ip;
        UserStore::recordFailure(m_db, ipKey, m_clock.nowMs(), kRegisterWindowMs,
                                 kIpMaxRegistrations, kRegisterWindowMs);
    }
    const auto account = user(userId);
    if (account.status != "active")
        throw accountDeactivated();
    return openSession(account, origin);
}

core::json::ObjectPtr IdentityService::signInJson(const SignIn& signIn)
{
    auto body = core::json::object();
    body->set("token", signIn.token);
    body->set("expires_at", signIn.expiresAt);
    body->set("user", roleArray(signIn.permissions, toJson(signIn.user), "permissions"));
    return body;
}

} // namespace ey::identity

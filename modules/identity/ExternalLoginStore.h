// SQL for sign-in through an outside provider (Google): linked accounts and the short-lived
// state of a web authorization-code flow. No rules here.
#pragma once

#include "Db.h"

#include <optional>
#include <string>

namespace ey::identity {

/// One web sign-in in progress: what the callback needs to finish it, used once.
struct ExternalFlow
{
    std::string provider;
    std::string nonce;
    std::string codeVerifier;
    std::string intent;
    std::string returnTo;
};

class ExternalLoginStore
{
public:
    static void insertFlow(core::Sql& sql, const std::string& stateHash, const ExternalFlow& flow,
                           const std::string& nowIso, const std::string& expiresIso);
    /// Removes the flow and returns it when it has not expired; a second call finds nothing.
    static std::optional<ExternalFlow> takeFlow(core::Sql& sql, const std::string& stateHash,
                                                const std::string& nowIso);
    static void purgeExpiredFlows(core::Sql& sql, const std::string& nowIso);

    /// The account linked to (provider, subject), marking the link used.
    static std::optional<std::string> userBySubject(core::Sql& sql, const std::string& provider,
                                                    const std::string& subject,
                                                    const std::string& nowIso);
    static void link(core::Sql& sql, const std::string& provider, const std::string& subject,
                     const std::string& userId, const std::string& email,
                     const std::string& nowIso);
    /// A new account without a password (NULL password_hash: it signs in only through the
    /// provider until its owner sets one).
    static std::string insertUser(core::Sql& sql, const std::string& email,
                                  const std::string& fullName);
};

} // namespace ey::identity

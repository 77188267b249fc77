// The Google sign-in adapter: the authorization URL (PKCE S256), the code → token exchange and
// the userinfo read, against URLs from configuration so tests can point it at a local fake.
#pragma once

#include "IdentityService.h"

#include "Config.h"
#include "Problem.h"

#include <optional>
#include <string>

namespace ey::identity {

struct GoogleSettings
{
    std::string clientId;
    std::string clientSecret;
    std::string authUrl = "https://accounts.google.com/o/oauth2/v2/auth";
    std::string tokenUrl = "https://oauth2.googleapis.com/token";
    std::string userinfoUrl = "https://openidconnect.googleapis.com/v1/userinfo";
    int timeoutSeconds = 15;

    /// google.client_id, google.client_secret, google.auth_url, google.token_url,
    /// google.userinfo_url.
    static GoogleSettings from(const core::Config& config);
};

/// Stateless and thread safe: one HTTP exchange per call.
class GoogleSignIn
{
public:
    /// `config` outlives the adapter; it gives the public URL, known only once the server
    /// listens (port 0 in tests).
    GoogleSignIn(GoogleSettings settings, const core::Config& config);

    /// Without a client id every route answers 503 and /auth/providers says google: false.
    bool configured() const { return !m_settings.clientId.empty(); }
    const GoogleSettings& settings() const { return m_settings; }
    /// Where Google sends the browser back: <public URL>/auth/google/callback.
    std::string redirectUri() const;

    std::string authorizationUrl(const std::string& state, const std::string& nonce,
                                 const std::string& codeVerifier) const;
    /// Exchanges the code (with its PKCE verifier) and reads the person's userinfo. When the
    /// token answer carries an id_token its audience must be our client id, its subject the
    /// userinfo's, and its nonce `expectedNonce` when one is given. Any failure is a 502 problem
    /// in plain words; the provider's status and body are logged (never secrets or tokens).
    ExternalIdentity exchange(const std::string& code, const std::string& codeVerifier,
                              const std::string& callbackUri,
                              const std::optional<std::string>& expectedNonce) const;

    /// base64url(SHA-256(verifier)) without padding: PKCE's S256 challenge.
    static std::string codeChallenge(const std::string& codeVerifier);
    /// The 503 problem of an unconfigured Google sign-in.
    static core::Problem notConfigured();

private:
    GoogleSettings m_settings;
    const core::Config& m_config;
};

} // namespace ey::identity

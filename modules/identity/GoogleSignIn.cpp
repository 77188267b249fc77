// Google sign-in over HTTP: authorization URL, token exchange, userinfo, id_token claims.
#include "GoogleSignIn.h"

#include "Json.h"
#include "Log.h"
#include "Problem.h"
#include "ProviderHttp.h"

#include <Poco/URI.h>

#include <sodium.h>

#include <vector>

namespace ey::identity {

using core::Problem;

namespace {

const char* const kProvider = "google";

std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields)
{
    std::string out;
    for (const auto& [name, value] : fields) {
        std::string encoded;
        Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]~", encoded);
        if (!out.empty())
            out += '&';
        out += name + "=" + encoded;
    }
    return out;
}

Problem unreachable()
{
    return Problem(502, "https://eksporyuk.com/problems/google-unavailable",
                   {"Google tidak dapat dihubungi", "Google could not be reached"},
                   {"Server tidak dapat menghubungi Google untuk menyelesaikan proses masuk. "
                    "Coba lagi sebentar lagi.",
                    "The server could not reach Google to finish signing you in. Try again in "
                    "a moment."});
}

Problem refused()
{
    return Problem(502, "https://eksporyuk.com/problems/google-refused",
                   {"Google menolak proses masuk", "Google refused the sign-in"},
                   {"Google tidak menerima kode masuk ini (mungkin sudah dipakai atau "
                    "kedaluwarsa). Mulai lagi dari tombol Masuk dengan Google.",
                    "Google did not accept this sign-in code (it may have been used or have "
                    "expired). Start again from the Sign in with Google button."});
}

Problem unreadable()
{
    return Problem(502, "https://eksporyuk.com/problems/google-answer",
                   {"Jawaban Google tidak dapat dibaca", "Google's answer could not be read"},
                   {"Google menjawab dengan data yang tidak dikenali, jadi proses masuk "
                    "dihentikan. Coba lagi; bila berulang, hubungi admin.",
                    "Google answered with data we do not recognise, so the sign-in stopped. "
                    "Try again; if it keeps happening, contact an admin."});
}

/// The answer as a JSON object, or a logged 502 when the status or body is not what we need.
core::json::ObjectPtr readAnswer(const core::ProviderAnswer& answer, const char* step)
{
    if (answer.status >= 400 && answer.status < 500) {
        core::log::server()->warn("google {}: HTTP {}: {}", step, answer.status,
                                  core::clipProviderText(answer.body, 300));
        throw refused();
    }
    if (answer.status != 200) {
        core::log::server()->warn("google {}: HTTP {}: {}", step, answer.status,
                                  core::clipProviderText(answer.body, 300));
        throw unreachable();
    }
    try {
        return core::json::parseObject(answer.body);
    } catch (const std::exception&) {
        core::log::server()->warn("google {}: unreadable answer: {}", step,
                                  core::clipProviderText(answer.body, 300));
        throw unreadable();
    }
}

std::string text(const core::json::ObjectPtr& object, const std::string& key)
{
    if (!object->has(key) || object->isNull(key))
        return {};
    const auto value = object->get(key);
    return value.isString() ? value.extract<std::string>() : value.convert<std::string>();
}

/// Google sends email_verified as a JSON boolean; some answers carry the string "true".
bool flag(const core::json::ObjectPtr& object, const std::string& key)
{
    if (!object->has(key) || object->isNull(key))
        return false;
    const auto value = object->get(key);
    if (value.type() == typeid(bool))
        return value.extract<bool>();
    return value.isString() && value.extract<std::string>() == "true";
}

/// The claims of a JWT's payload. The token came straight from Google's token endpoint over
/// TLS, so (per OpenID Connect Core 3.1.3.7) its claims are read without checking the signature.
core::json::ObjectPtr idTokenClaims(const std::string& idToken)
{
    const auto first = idToken.find('.');
    const auto second = idToken.find('.', first == std::string::npos ? 0 : first + 1);
    if (first == std::string::npos || second == std::string::npos)
        throw unreadable();
    const auto payload = idToken.substr(first + 1, second - first - 1);
    std::string decoded(payload.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(),
                          payload.data(), payload.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        throw unreadable();
    decoded.resize(length);
    try {
        return core::json::parseObject(decoded);
    } catch (const std::exception&) {
        throw unreadable();
    }
}

} // namespace

GoogleSettings GoogleSettings::from(const core::Config& config)
{
    GoogleSettings settings;
    settings.clientId = config.value("google.client_id");
    settings.clientSecret = config.value("google.client_secret");
    settings.authUrl = config.value("google.auth_url", settings.authUrl);
    settings.tokenUrl = config.value("google.token_url", settings.tokenUrl);
    settings.userinfoUrl = config.value("google.userinfo_url", settings.userinfoUrl);
    return settings;
}

GoogleSignIn::GoogleSignIn(GoogleSettings settings, const core::Config& config)
    : m_settings(std::move(settings)), m_config(config)
{
}

std::string GoogleSignIn::redirectUri() const
{
    auto base = m_config.effectivePublicUrl();
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/auth/google/callback";
}

Problem GoogleSignIn::notConfigured()
{
    return Problem::unavailable({"Masuk dengan Google belum diatur. Masuk dengan email dan kata "
                                 "sandi, atau minta admin mengisi pengaturan Google.",
                                 "Sign-in with Google is not set up. Sign in with email and "
                                 "password, or ask an admin to fill in the Google settings."});
}

std::string GoogleSignIn::codeChallenge(const std::string& codeVerifier)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(codeVerifier.data()),
                       codeVerifier.size());
    std::string out(
        sodium_base64_ENCODED_LEN(sizeof digest, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), digest, sizeof digest,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string GoogleSignIn::authorizationUrl(const std::string& state, const std::string& nonce,
                                           const std::string& codeVerifier) const
{
    const auto query = formEncode({{"client_id", m_settings.clientId},
                                   {"redirect_uri", redirectUri()},
                                   {"response_type", "code"},
                                   {"scope", "openid email profile"},
                                   {"state", state},
                                   {"nonce", nonce},
                                   {"code_challenge", codeChallenge(codeVerifier)},
                                   {"code_challenge_method", "S256"},
                                   {"prompt", "select_account"}});
    return m_settings.authUrl + (m_settings.authUrl.find('?') == std::string::npos ? "?" : "&") +
           query;
}

ExternalIdentity GoogleSignIn::exchange(const std::string& code, const std::string& codeVerifier,
                                        const std::string& callbackUri,
                                        const std::optional<std::string>& expectedNonce) const
{
    if (!configured())
        throw notConfigured();
    core::json::ObjectPtr tokens;
    core::json::ObjectPtr info;
    try {
        const auto form = formEncode({{"code", code},
                                      {"client_id", m_settings.clientId},
                                      {"client_secret", m_settings.clientSecret},
                                      {"redirect_uri", callbackUri},
                                      {"grant_type", "authorization_code"},
                                      {"code_verifier", codeVerifier}});
        tokens = readAnswer(core::providerPost(m_settings.tokenUrl, "",
                                               "application/x-www-form-urlencoded", form, {},
                                               m_settings.timeoutSeconds),
                            "token");
        const auto accessToken = text(tokens, "access_token");
        if (accessToken.empty()) {
            core::log::server()->warn("google token: answer without access_token");
            throw unreadable();
        }
        info = readAnswer(core::providerGet(m_settings.userinfoUrl,
                                            {{"Authorization", "Bearer " + accessToken}},
                                            m_settings.timeoutSeconds),
                          "userinfo");
    } catch (const Problem&) {
        throw;
    } catch (const std::exception& error) {
        core::log::server()->warn("google sign-in: {}", error.what());
        throw unreachable();
    }

    ExternalIdentity identity;
    identity.provider = kProvider;
    identity.subject = text(info, "sub");
    identity.email = text(info, "email");
    identity.emailVerified = flag(info, "email_verified");
    identity.fullName = text(info, "name");
    if (identity.subject.empty() || identity.email.empty()) {
        core::log::server()->warn("google userinfo: answer without sub or email");
        throw unreadable();
    }
    const auto idToken = text(tokens, "id_token");
    if (!idToken.empty()) {
        const auto claims = idTokenClaims(idToken);
        const bool audienceOk = text(claims, "aud") == m_settings.clientId;
        const bool subjectOk = text(claims, "sub") == identity.subject;
        const bool nonceOk = !expectedNonce || text(claims, "nonce") == *expectedNonce;
        if (!audienceOk || !subjectOk || !nonceOk) {
            core::log::server()->warn("google id_token: claims do not match (aud {}, sub {}, "
                                      "nonce {})",
                                      audienceOk, subjectOk, nonceOk);
            throw unreadable();
        }
    }
    return identity;
}

} // namespace ey::identity

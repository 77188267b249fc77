// One synchronous HTTP(S) request to a provider's API, shared by the notify adapters (push,
// realtime, WhatsApp) and identity's Google sign-in.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ey::core {

struct ProviderAnswer
{
    int status = 0;
    std::string body;
};

/// POSTs `body` to `baseUrl` + `pathAndQuery` (the base URL's own path is kept as a prefix) with
/// the given content type and extra headers. Throws Poco or std exceptions when the provider cannot
/// be reached; every HTTP answer, error statuses included, is returned. Thread safe.
ProviderAnswer providerPost(const std::string& baseUrl, const std::string& pathAndQuery,
                            const std::string& contentType, const std::string& body,
                            const std::vector<std::pair<std::string, std::string>>& headers,
                            int timeoutSeconds);

/// GETs `url` (query included) with extra headers; the same error contract as providerPost.
ProviderAnswer providerGet(const std::string& url,
                           const std::vector<std::pair<std::string, std::string>>& headers,
                           int timeoutSeconds);

/// At most `limit` bytes of UTF-8 text, never cutting a character in half ("…" marks the cut).
std::string clipProviderText(const std::string& text, std::size_t limit);

} // namespace ey::core

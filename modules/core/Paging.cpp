// Cursor encoding.
#include "Paging.h"

#include "Problem.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <sstream>

namespace ey::core {

std::string encodeCursor(const std::string& sortKey, const std::string& id)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder << sortKey << '|' << id;
    encoder.close();
    return out.str();
}

PageRequest PageRequest::from(const Request& request, int defaultLimit)
{
    PageRequest page;
    page.limit = defaultLimit;
    if (auto limit = request.queryValue("limit")) {
        try {
            page.limit = std::stoi(*limit);
        } catch (const std::exception&) {
            page.limit = 0;
        }
        if (page.limit < 1 || page.limit > 200)
            throw Problem::badRequest(
                {"Parameter limit harus antara 1 dan 200.", "limit must be between 1 and 200."});
    }
    if (auto cursor = request.queryValue("cursor"); cursor && !cursor->empty()) {
        std::string decoded;
        try {
            std::istringstream in(*cursor);
            Poco::Base64Decoder decoder(in, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
            std::ostringstream out;
            out << decoder.rdbuf();
            decoded = out.str();
        } catch (const std::exception&) {
            decoded.clear();
        }
        const auto bar = decoded.rfind('|');
        if (bar == std::string::npos || bar == 0 || bar + 1 >= decoded.size())
            throw Problem::badRequest(
                {"Kursor halaman tidak valid; muat ulang daftar dari awal.",
                 "The page cursor is invalid; reload the list from the start."});
        page.afterKey = decoded.substr(0, bar);
        page.afterId = decoded.substr(bar + 1);
    }
    return page;
}

} // namespace ey::core

// Small HTTP helpers the partner module's route files share: the actor of a request, list pages.
#pragma once

#include "Assessment.h"

#include "Http.h"
#include "Json.h"
#include "Paging.h"

#include <functional>
#include <string>
#include <vector>

namespace ey::partner {

inline Actor actorOf(const core::Request& request)
{
    return {request.user().userId, request.clientIp};
}

/// Writes { items, next_cursor } from a store result fetched with limit + 1 rows.
template <typename T>
void writePage(core::Response& response, std::vector<T> items, const core::PageRequest& page,
               const std::function<core::json::ObjectPtr(const T&)>& convert,
               const std::function<std::string(const T&)>& sortKey,
               const std::function<std::string(const T&)>& id)
{
    auto body = core::json::object();
    auto list = core::json::array();
    const bool more = static_cast<int>(items.size()) > page.limit;
    if (more)
        items.resize(static_cast<std::size_t>(page.limit));
    for (const auto& item : items)
        list->add(convert(item));
    body->set("items", list);
    body->set("next_cursor",
              more ? Poco::Dynamic::Var(core::encodeCursor(sortKey(items.back()), id(items.back())))
                   : Poco::Dynamic::Var());
    response.json(body);
}

/// An optional query filter, with "" treated as absent.
inline std::optional<std::string> queryFilter(const core::Request& request, const std::string& name)
{
    auto value = request.queryValue(name);
    if (value && value->empty())
        value.reset();
    return value;
}

/// The partner an admin acts for (?partner_id=), passed to PartnerService::scope().
inline std::optional<std::string> partnerParam(const core::Request& request)
{
    return queryFilter(request, "partner_id");
}

} // namespace ey::partner

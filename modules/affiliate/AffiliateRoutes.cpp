// Affiliate HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "AffiliateRoutes.h"

#include "AffiliateJson.h"

#include "Paging.h"
#include "Problem.h"
#include "Strings.h"

#include <functional>

namespace ey::affiliate {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kUse = "affiliate.use";
const std::string kManage = "affiliate.manage";
const std::string kAgent = "agent.checkout";
constexpr std::int64_t kMaxMoney = 1'000'000'000'000; // Rp 1 trillion: far above any real price

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

bool isTimestamp(const std::string& text)
{
    return text.size() >= 20 && text.size() <= 32 &&
           text.find_first_not_of("0123456789-:.TZ") == std::string::npos;
}

/// The page asked for; a cursor that is not one of ours is a 400 rather than an SQL error.
core::PageRequest pageOf(const Request& request)
{
    auto page = core::PageRequest::from(request);
    if (page.afterId && (!core::isUuid(*page.afterId) || !isTimestamp(*page.afterKey)))
        throw core::Problem::badRequest(
            {"Kursor halaman tidak valid; muat ulang daftar dari awal.",
             "The page cursor is invalid; reload the list from the start."});
    return page;
}

std::optional<std::string> nonEmpty(std::optional<std::string> value)
{
    if (value && value->empty())
        return std::nullopt;
    return value;
}

template <typename T>
void writePage(Response& response, std::vector<T> items, const core::PageRequest& page,
               const std::function<json::ObjectPtr(const T&)>& convert,
               const std::function<std::string(const T&)>& sortKey,
               const std::function<std::string(const T&)>& id)
{
    const bool more = static_cast<int>(items.size()) > page.limit;
    if (more)
        items.resize(static_cast<std::size_t>(page.limit));
    auto list = json::array();
    for (const auto& item : items)
        list->add(convert(item));
    auto body = json::object();
    body->set("items", list);
    body->set("next_cursor",
              more ? Poco::Dynamic::Var(core::encodeCursor(sortKey(items.back()), id(items.back())))
                   : Poco::Dynamic::Var());
    response.json(body);
}

/// One mode of the pricing body: null/absent removes the mode, an object sets it.
std::optional<AgentPrice> priceFrom(const json::ObjectPtr& body, const std::string& mode,
                                    std::map<std::string, core::Text>& errors)
{
    if (!body->has(mode) || body->isNull(mode))
        return std::nullopt;
    const auto object = body->getObject(mode);
    if (!object) {
        errors[mode] = {"Isi dengan objek harga atau null.", "Give a price object or null."};
        return std::nullopt;
    }
    json::Reader in(object);
    AgentPrice price;
    price.unitPrice = in.requiredInt("unit_price", 0, kMaxMoney);
    price.feeAffiliate = in.requiredInt("fee_affiliate", 0, kMaxMoney);
    if (mode == "bulk")
        price.minQuantity = static_cast<int>(in.requiredInt("min_quantity", 1, 10'000));
    try {
        in.finish();
    } catch (const core::Problem& problem) {
        for (const auto& [field, message] : problem.fieldErrors())
            errors[mode + "." + field] = message;
    }
    return price;
}

} // namespace

void addAffiliateRoutes(core::Router& router, AffiliateService& service)
{
    router.add({"GET", "/api/v1/me/affiliate", kUse,
                [&service](Request& request, Response& response) {
                    auto body = AffiliateJson::profile(service.profile(request.user().userId));
                    body->set("cookie_days", service.cookieDays());
                    response.json(body);
                },
                0, "getMyAffiliate"});

    router.add({"PUT", "/api/v1/me/affiliate", kUse,
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto code = in.requiredString("code", 100);
                    in.finish();
                    bool created = false;
                    const auto profile =
                        service.setCode(request.user().userId, code, actorOf(request), created);
                    auto body = AffiliateJson::profile(profile);
                    body->set("cookie_days", service.cookieDays());
                    response.json(body, created ? 201 : 200);
                },
                4 * 1024, "setMyAffiliateCode"});

    router.add({"GET", "/api/v1/me/affiliate/summary", kUse,
                [&service](Request& request, Response& response) {
                    response.json(AffiliateJson::summary(
                        service.summary(request.user().userId, nonEmpty(request.queryValue("from")),
                                        nonEmpty(request.queryValue("to")))));
                },
                0, "getMyAffiliateSummary"});

    router.add({"GET", "/api/v1/me/affiliate/conversions", kUse,
                [&service](Request& request, Response& response) {
                    const auto page = pageOf(request);
                    writePage<ConversionEntry>(
                        response, service.conversions(request.user().userId, page), page,
                        AffiliateJson::conversion,
                        [](const ConversionEntry& c) { return c.createdAt; },
                        [](const ConversionEntry& c) { return c.id; });
                },
                0, "listMyAffiliateConversions"});

    router.add(
        {"GET", "/api/v1/admin/affiliates", kManage,
         [&service](Request& request, Response& response) {
             const auto page = pageOf(request);
             AffiliateFilter filter;
             filter.search = nonEmpty(request.queryValue("q"));
             filter.status = nonEmpty(request.queryValue("status"));
             if (filter.search && filter.search->size() > 200)
                 throw core::Problem::validation({{"q",
                                                   {"Teks pencarian paling panjang 200 karakter.",
                                                    "Search text is at most 200 characters."}}});
             if (filter.status && *filter.status != "active" && *filter.status != "suspended")
                 throw core::Problem::validation({{"status",
                                                   {"Pilih status active atau suspended.",
                                                    "Choose status active or suspended."}}});
             writePage<AffiliateOverview>(
                 response, service.affiliates(filter, page), page, AffiliateJson::overview,
                 [](const AffiliateOverview& o) { return o.profile.createdAt; },
                 [](const AffiliateOverview& o) { return o.profile.userId; });
         },
         0, "listAffiliates"});

    router.add({"PATCH", "/api/v1/admin/affiliates/{userId}", kManage,
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto status = in.requiredEnum("status", {"active", "suspended"});
                    in.finish();
                    response.json(AffiliateJson::overview(
                        service.setStatus(request.param("userId"), status, actorOf(request))));
                },
                4 * 1024, "updateAffiliate"});

    router.add({"GET", "/api/v1/admin/agents", kManage,
                [&service](Request& request, Response& response) {
                    const auto page = pageOf(request);
                    auto search = nonEmpty(request.queryValue("q"));
                    if (search && search->size() > 200)
                        throw core::Problem::validation(
                            {{"q",
                              {"Teks pencarian paling panjang 200 karakter.",
                               "Search text is at most 200 characters."}}});
                    writePage<Agent>(
                        response, service.agents(search, page), page, AffiliateJson::agent,
                        [](const Agent& a) { return a.userCreatedAt; },
                        [](const Agent& a) { return a.userId; });
                },
                0, "listAgents"});

    router.add(
        {"PUT", "/api/v1/admin/agents/{userId}", kManage,
         [&service](Request& request, Response& response) {
             const auto body = request.jsonBody();
             if (!body->has("referred_by"))
                 throw core::Problem::validation(
                     {{"referred_by",
                       {"Pilih affiliate perujuk, atau null untuk agen tanpa affiliate.",
                        "Choose the referring affiliate, or null for an agent without "
                        "one."}}});
             std::optional<std::string> referredBy;
             if (!body->isNull("referred_by")) {
                 json::Reader in(body);
                 referredBy = in.requiredString("referred_by", 36);
                 in.finish();
                 if (!core::isUuid(*referredBy))
                     throw core::Problem::validation({{"referred_by",
                                                       {"Pilih affiliate dari daftar.",
                                                        "Choose an affiliate from the list."}}});
             }
             response.json(AffiliateJson::agent(
                 service.assignAgent(request.param("userId"), referredBy, actorOf(request))));
         },
         4 * 1024, "assignAgentReferrer"});

    router.add({"GET", "/api/v1/admin/agent-pricings", kManage,
                [&service](Request& request, Response& response) {
                    const auto page = pageOf(request);
                    writePage<AgentPricing>(
                        response, service.pricings(page), page, AffiliateJson::pricing,
                        [](const AgentPricing& p) { return p.productCreatedAt; },
                        [](const AgentPricing& p) { return p.productId; });
                },
                0, "listAgentPricings"});

    router.add({"PUT", "/api/v1/admin/agent-pricings/{productId}", kManage,
                [&service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    std::map<std::string, core::Text> errors;
                    const auto individual = priceFrom(body, "individual", errors);
                    const auto bulk = priceFrom(body, "bulk", errors);
                    if (!errors.empty())
                        throw core::Problem::validation(std::move(errors));
                    response.json(AffiliateJson::pricing(service.setPricing(
                        request.param("productId"), individual, bulk, actorOf(request))));
                },
                8 * 1024, "setAgentPricing"});

    router.add({"POST", "/api/v1/agent/quote", kAgent,
                [&service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    std::vector<AgentLine> lines;
                    std::vector<std::string> slugs;
                    std::map<std::string, core::Text> errors;
                    json::ArrayPtr items;
                    if (body->has("lines") && !body->isNull("lines"))
                        items = body->getArray("lines");
                    if (!items || items->size() == 0 || items->size() > 100)
                        throw core::Problem::validation(
                            {{"lines",
                              {"Isi 1 sampai 100 baris produk.", "Give 1 to 100 product lines."}}});
                    for (unsigned i = 0; i < items->size(); ++i) {
                        const auto prefix = "lines[" + std::to_string(i) + "].";
                        const auto item = items->getObject(i);
                        if (!item) {
                            errors["lines[" + std::to_string(i) + "]"] = {
                                "Setiap baris berisi product_slug, mode dan quantity.",
                                "Each line has product_slug, mode and quantity."};
                            continue;
                        }
                        json::Reader in(item);
                        AgentLine line;
                        const auto slug = in.requiredString("product_slug", 120);
                        line.mode = in.requiredEnum("mode", {"individual", "bulk"});
                        line.quantity = static_cast<int>(in.requiredInt("quantity", 1, 10'000));
                        try {
                            in.finish();
                        } catch (const core::Problem& problem) {
                            for (const auto& [field, message] : problem.fieldErrors())
                                errors[prefix + field] = message;
                            continue;
                        }
                        lines.push_back(line);
                        slugs.push_back(slug);
                    }
                    if (!errors.empty())
                        throw core::Problem::validation(std::move(errors));
                    response.json(AffiliateJson::quote(
                        service.quoteBySlug(request.user().userId, std::move(lines), slugs)));
                },
                64 * 1024, "quoteAgentOrder"});

    router.add({"POST", "/api/v1/affiliate/clicks", core::access::Public,
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto code = in.requiredString("code", 100);
                    const auto path = in.optionalString("path", 500).value_or("/");
                    in.finish();
                    auto body = json::object();
                    body->set("valid", service.recordClick(code, path, request.clientIp));
                    body->set("cookie_days", service.cookieDays());
                    response.json(body);
                },
                4 * 1024, "recordAffiliateClick"});
}

} // namespace ey::affiliate

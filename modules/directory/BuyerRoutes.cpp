// Buyer directory HTTP: parse and validate input, call BuyerService, write JSON. No SQL here.
#include "BuyerRoutes.h"

#include "BuyerRules.h"
#include "BuyerService.h"
#include "BuyerStore.h"
#include "Countries.h"

#include "Paging.h"
#include "Problem.h"

#include <algorithm>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kManage = "directory.buyers.manage";
const std::string kBrowse = "directory.buyers.browse";
const std::string kLimits = "directory.limits.manage";
constexpr std::size_t kBodyBytes = 64 * 1024;

core::Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

BuyerViewer viewerOf(const Request& request)
{
    // Shaping the answer, not a second permission check: staff are never counted or masked.
    return {request.user().userId, request.user().can(kManage)};
}

json::ObjectPtr adminPage(std::vector<Buyer> rows, const core::PageRequest& page,
                          const BuyerFilter& filter)
{
    const bool more = static_cast<int>(rows.size()) > page.limit;
    if (more)
        rows.resize(static_cast<std::size_t>(page.limit));
    auto items = json::array();
    for (const auto& buyer : rows)
        items->add(BuyerService::toAdminJson(buyer));
    auto body = json::object();
    body->set("items", items);
    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                        BuyerStore::sortKey(filter, rows.back()), rows.back().id))
                                  : Poco::Dynamic::Var());
    return body;
}

/// The member search takes fewer filters than the admin list; the rest are ignored.
BuyerFilter memberFilter(const Request& request)
{
    auto filter = BuyerRules::filterFrom(request);
    filter.businessScale.reset();
    filter.verified.reset();
    filter.addedFrom.reset();
    filter.addedTo.reset();
    filter.sort = "newest";
    return filter;
}

PlanLimits readLimits(const Request& request)
{
    const auto body = request.jsonBody();
    json::Reader in(body);
    PlanLimits limits;
    limits.tier = request.param("tier");
    if (!body->has("buyers_per_month"))
        in.fail("buyers_per_month",
                {"Wajib diisi: jumlah buyer per bulan, atau null untuk tanpa batas.",
                 "Required: buyers per month, or null for unlimited."});
    else if (const auto perMonth = in.optionalInt("buyers_per_month", 0, 1'000'000))
        limits.buyersPerMonth = static_cast<int>(*perMonth);
    auto flag = [&](const char* field, bool& target) {
        if (!in.has(field))
            in.fail(field, {"Wajib diisi (true atau false).", "Required (true or false)."});
        else
            target = in.optionalBool(field).value_or(false);
    };
    flag("full_contact", limits.fullContact);
    flag("csv_download", limits.csvDownload);
    flag("api_access", limits.apiAccess);
    flag("priority_listing", limits.priorityListing);
    flag("verified_badge", limits.verifiedBadge);
    in.finish();
    return limits;
}

} // namespace

std::shared_ptr<BuyerService> addBuyerRoutes(core::Router& router,
                                             const core::ModuleContext& context,
                                             const std::shared_ptr<DirectoryAccess>& access,
                                             notify::NotifyService& notify)
{
    auto service = std::make_shared<BuyerService>(context.db, context.clock, access, notify);
    const auto s = service;

    // ---- reference data --------------------------------------------------------------------
    router.add({"GET", "/api/v1/directory/countries", core::access::SignedIn,
                [](Request&, Response& response) {
                    auto countries = Countries::all();
                    std::sort(
                        countries.begin(), countries.end(),
                        [](const Country& a, const Country& b) { return a.nameId < b.nameId; });
                    auto items = json::array();
                    for (const auto& country : countries) {
                        auto item = json::object();
                        item->set("code", country.code);
                        item->set("name_id", country.nameId);
                        item->set("name_en", country.nameEn);
                        item->set("flag", Countries::flag(country.code));
                        items->add(item);
                    }
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listDirectoryCountries"});

    // ---- admin ------------------------------------------------------------------------------
    router.add({"GET", "/api/v1/admin/buyers", kManage,
                [s](Request& request, Response& response) {
                    const auto filter = BuyerRules::filterFrom(request);
                    const auto page = core::PageRequest::from(request);
                    response.json(adminPage(s->list(filter, page), page, filter));
                },
                0, "listAdminBuyers"});
    router.add({"POST", "/api/v1/admin/buyers", kManage,
                [s](Request& request, Response& response) {
                    const auto input = BuyerRules::fromJson(request.jsonBody());
                    response.json(BuyerService::toAdminJson(s->create(actorOf(request), input)),
                                  201);
                },
                kBodyBytes, "createBuyer"});
    router.add({"GET", "/api/v1/admin/buyers/{id}", kManage,
                [s](Request& request, Response& response) {
                    response.json(BuyerService::toAdminJson(s->get(request.param("id"))));
                },
                0, "getAdminBuyer"});
    router.add({"PATCH", "/api/v1/admin/buyers/{id}", kManage,
                [s](Request& request, Response& response) {
                    response.json(BuyerService::toAdminJson(
                        s->update(actorOf(request), request.param("id"), request.jsonBody())));
                },
                kBodyBytes, "updateBuyer"});
    router.add({"DELETE", "/api/v1/admin/buyers/{id}", kManage,
                [s](Request& request, Response& response) {
                    s->remove(actorOf(request), request.param("id"));
                    response.noContent();
                },
                0, "deleteBuyer"});
    router.add({"GET", "/api/v1/admin/buyers/{id}/viewers", kManage,
                [s](Request& request, Response& response) {
                    response.json(s->viewers(request.param("id")));
                },
                0, "listBuyerViewers"});
    router.add({"GET", "/api/v1/admin/buyer-stats", kManage,
                [s](Request& request, Response& response) {
                    int weeks = 12;
                    if (const auto text = request.queryValue("weeks"); text && !text->empty()) {
                        const bool digits =
                            text->size() <= 3 && std::all_of(text->begin(), text->end(), ::isdigit);
                        weeks = digits ? std::stoi(*text) : 0;
                        if (weeks < 1 || weeks > 104)
                            throw core::Problem::validation(
                                {{"weeks", {"Isi 1 sampai 104 minggu.", "Use 1 to 104 weeks."}}});
                    }
                    response.json(s->stats(weeks));
                },
                0, "getBuyerStats"});
    router.add(
        {"GET", "/api/v1/admin/buyer-reports", kManage,
         [s](Request& request, Response& response) {
             auto status = request.queryValue("status");
             if (status && status->empty())
                 status.reset();
             if (status && *status != "open" && *status != "resolved" && *status != "dismissed")
                 throw core::Problem::validation({{"status",
                                                   {"Pilih open, resolved atau dismissed.",
                                                    "Choose open, resolved or dismissed."}}});
             response.json(s->reports(status, core::PageRequest::from(request)));
         },
         0, "listBuyerReports"});
    router.add({"POST", "/api/v1/admin/buyer-reports/{id}/resolve", kManage,
                [s](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto status = in.requiredEnum("status", {"resolved", "dismissed"});
                    auto note = in.optionalString("note", 2000);
                    if (note && note->empty())
                        note.reset();
                    in.finish();
                    response.json(
                        s->resolveReport(actorOf(request), request.param("id"), status, note));
                },
                kBodyBytes, "resolveBuyerReport"});
    router.add({"GET", "/api/v1/admin/directory-limits", kLimits,
                [s](Request&, Response& response) { response.json(s->limits()); }, 0,
                "listDirectoryLimits"});
    router.add({"PUT", "/api/v1/admin/directory-limits/{tier}", kLimits,
                [s](Request& request, Response& response) {
                    response.json(s->updateLimits(actorOf(request), readLimits(request)));
                },
                kBodyBytes, "updateDirectoryLimits"});

    // ---- members (literal paths before /buyers/{id}: the first matching route wins) -----------
    router.add(
        {"GET", "/api/v1/buyers/quota", kBrowse,
         [s](Request& request, Response& response) { response.json(s->quota(viewerOf(request))); },
         0, "getBuyerQuota"});
    router.add({"GET", "/api/v1/buyers/favorites", kBrowse,
                [s](Request& request, Response& response) {
                    response.json(
                        s->favorites(viewerOf(request), core::PageRequest::from(request)));
                },
                0, "listFavoriteBuyers"});
    router.add({"GET", "/api/v1/buyers/history", kBrowse,
                [s](Request& request, Response& response) {
                    response.json(s->history(viewerOf(request), core::PageRequest::from(request)));
                },
                0, "listBuyerHistory"});
    router.add({"GET", "/api/v1/buyers/unlocked.csv", kBrowse,
                [s](Request& request, Response& response) {
                    response.stream = s->unlockedCsv(viewerOf(request));
                    response.contentType = "text/csv; charset=utf-8";
                    response.headers["Content-Disposition"] =
                        "attachment; filename=\"buyer-dibuka.csv\"";
                },
                0, "downloadUnlockedBuyers"});
    router.add({"GET", "/api/v1/buyers", kBrowse,
                [s](Request& request, Response& response) {
                    response.json(s->search(viewerOf(request), memberFilter(request),
                                            core::PageRequest::from(request)));
                },
                0, "searchBuyers"});
    router.add({"GET", "/api/v1/buyers/{id}", kBrowse,
                [s](Request& request, Response& response) {
                    response.json(s->open(viewerOf(request), request.param("id")));
                },
                0, "openBuyer"});
    router.add({"PUT", "/api/v1/buyers/{id}/like", kBrowse,
                [s](Request& request, Response& response) {
                    s->like(viewerOf(request), request.param("id"), true);
                    response.noContent();
                },
                0, "likeBuyer"});
    router.add({"DELETE", "/api/v1/buyers/{id}/like", kBrowse,
                [s](Request& request, Response& response) {
                    s->like(viewerOf(request), request.param("id"), false);
                    response.noContent();
                },
                0, "unlikeBuyer"});
    router.add({"POST", "/api/v1/buyers/{id}/reports", kBrowse,
                [s](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto reason = in.requiredEnum(
                        "reason", {"wrong_contact", "not_a_buyer", "closed", "duplicate", "other"});
                    auto message = in.optionalString("message", 2000);
                    if (message && message->empty())
                        message.reset();
                    in.finish();
                    response.json(
                        s->report(viewerOf(request), request.param("id"), reason, message), 201);
                },
                kBodyBytes, "reportBuyer"});
    return service;
}

} // namespace ey::directory

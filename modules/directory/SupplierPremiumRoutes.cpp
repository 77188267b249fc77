// HTTP side of the Premium Supplier purchase: parse + validate input, call the service, write
// JSON. No SQL here.
#include "SupplierPremiumRoutes.h"

#include "Idempotency.h"
#include "Problem.h"

#include <regex>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

constexpr std::size_t kBodyBytes = 16 * 1024;
const std::string kOwn = "suppliers.own";
const std::string kReview = "suppliers.review";
const std::string kDecide = "suppliers.decide";

core::Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

json::ObjectPtr items(const json::ArrayPtr& list)
{
    auto body = json::object();
    body->set("items", list);
    return body;
}

} // namespace

std::shared_ptr<SupplierPremiumService>
addSupplierPremiumRoutes(core::Router& router, const core::ModuleContext& context,
                         notify::NotifyService& notify, commerce::CommerceService& commerce)
{
    auto service =
        std::make_shared<SupplierPremiumService>(context.db, context.clock, notify, commerce);
    // Commerce outlives the directory's workers; a callback arriving after the service is gone
    // (shutdown) fails, so its transaction rolls back and Xendit delivers it again later.
    commerce.registerInvoiceOwner(
        SupplierPremiumService::kInvoicePrefix,
        [weak = std::weak_ptr<SupplierPremiumService>(service)](
            core::Sql& tx, const commerce::OwnedInvoiceCallback& callback) {
            const auto owner = weak.lock();
            if (!owner)
                throw core::Problem::unavailable(
                    {"Server sedang berhenti; kirim ulang callback nanti.",
                     "The server is stopping; deliver the callback again later."});
            return owner->applyCallback(tx, callback);
        });
    service->startReminders(std::chrono::seconds(
        context.config.integer("directory.premium_reminder_seconds", 3600, 1, 86400)));

    // ---- the supplier --------------------------------------------------------------------

    router.add({"GET", "/api/v1/supplier/premium", kOwn,
                [service](Request& request, Response& response) {
                    response.json(service->overview(request.user().userId));
                },
                0, "getSupplierPremium"});

    router.add({"POST", "/api/v1/supplier/premium/checkout", kOwn,
                core::idempotent(context.db,
                                 [service](Request& request, Response& response) {
                                     json::Reader in(request.jsonBody());
                                     const auto plan = in.requiredString("plan", 30);
                                     in.finish();
                                     const auto [order, created] = service->checkout(
                                         request.user().userId, plan, actorOf(request));
                                     response.json(SupplierPremiumService::toJson(order),
                                                   created ? 201 : 200);
                                 }),
                kBodyBytes, "checkoutSupplierPremium"});

    // ---- staff ---------------------------------------------------------------------------

    router.add({"GET", "/api/v1/admin/supplier-premium-plans", kDecide,
                [service](Request&, Response& response) {
                    auto list = json::array();
                    for (const auto& plan : service->plans())
                        list->add(SupplierPremiumService::toJson(plan));
                    response.json(items(list));
                },
                0, "listSupplierPremiumPlans"});

    router.add({"PUT", "/api/v1/admin/supplier-premium-plans/{code}", kDecide,
                [service](Request& request, Response& response) {
                    static const std::regex kCode("^[a-z0-9-]{2,30}$");
                    PremiumPlan plan;
                    plan.code = request.param("code");
                    if (!std::regex_match(plan.code, kCode))
                        throw core::Problem::validation(
                            {{"code",
                              {"Kode paket 2–30 karakter: huruf kecil, angka atau tanda minus.",
                               "A plan code has 2–30 characters: lower-case letters, digits or "
                               "hyphens."}}});
                    json::Reader in(request.jsonBody());
                    plan.label = in.requiredString("label", 100);
                    if (in.ok() && plan.label.find_first_not_of(" \t\r\n") == std::string::npos)
                        in.fail("label", {"Tulis nama paket yang dilihat supplier.",
                                          "Give the plan the name suppliers see."});
                    plan.months = in.requiredInt("months", 1, 36);
                    plan.price = in.requiredInt("price", 10000, 1'000'000'000'000);
                    plan.active = in.optionalBool("active").value_or(true);
                    in.finish();
                    response.json(
                        SupplierPremiumService::toJson(service->savePlan(plan, actorOf(request))));
                },
                kBodyBytes, "saveSupplierPremiumPlan"});

    router.add({"GET", "/api/v1/admin/suppliers/{id}/premium-orders", kReview,
                [service](Request& request, Response& response) {
                    auto list = json::array();
                    for (const auto& order : service->ordersOf(request.param("id")))
                        list->add(SupplierPremiumService::toJson(order));
                    response.json(items(list));
                },
                0, "listSupplierPremiumOrders"});

    return service;
}

} // namespace ey::directory

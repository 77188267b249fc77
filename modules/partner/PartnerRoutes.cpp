// Partner and event HTTP: parse + validate input, call the services, write JSON. No SQL here.
#include "PartnerRoutes.h"

#include "RouteSupport.h"

#include "Problem.h"

#include <regex>

namespace ey::partner {

using core::Request;
using core::Response;
using core::Text;
namespace json = core::json;

namespace {

const std::string kManage = "partner.manage";
const std::string kUse = "partner.use";
const std::string kBilling = "partner.billing";
constexpr std::size_t kBodyBytes = 32 * 1024;

/// A nullable text field: absent → unchanged, null or "" → cleared, text → set.
std::optional<std::optional<std::string>> nullable(json::Reader& in, const std::string& field,
                                                   std::size_t maxLength = 200)
{
    if (!in.has(field))
        return std::nullopt;
    auto value = in.optionalString(field, maxLength);
    if (value && value->empty())
        value.reset();
    return value;
}

void checkPattern(json::Reader& in, const std::optional<std::optional<std::string>>& value,
                  const std::string& field, const std::regex& pattern, Text message)
{
    if (value && *value && !std::regex_match(**value, pattern))
        in.fail(field, std::move(message));
}

PartnerProfile readProfile(json::Reader& in, bool institutionRequired)
{
    static const std::regex phone(R"(^\+?[0-9]{8,16}$)");
    static const std::regex email(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    static const std::regex postal("^[0-9]{5}$");
    PartnerProfile profile;
    if (institutionRequired)
        profile.institution = in.requiredString("institution", 200);
    else
        profile.institution = in.optionalString("institution", 200);
    if (profile.institution && profile.institution->empty())
        in.fail("institution", {"Nama institusi wajib diisi.", "The institution is required."});
    profile.contactName = nullable(in, "contact_name");
    profile.contactPhone = nullable(in, "contact_phone", 20);
    profile.contactEmail = nullable(in, "contact_email", 254);
    profile.addressLine = nullable(in, "address_line", 500);
    profile.areaCode = nullable(in, "area_code", 20);
    profile.postalCode = nullable(in, "postal_code", 10);
    checkPattern(in, profile.contactPhone, "contact_phone", phone,
                 {"Nomor telepon 8–16 angka, boleh diawali +, misalnya 081234567890.",
                  "Phone numbers have 8–16 digits, optionally starting with +."});
    checkPattern(in, profile.contactEmail, "contact_email", email,
                 {"Alamat email tidak valid.", "The email address is not valid."});
    checkPattern(in, profile.postalCode, "postal_code", postal,
                 {"Kode pos terdiri dari 5 angka.", "Postal codes have 5 digits."});
    return profile;
}

PartnerTerms readTerms(json::Reader& in)
{
    PartnerTerms terms;
    terms.type = in.optionalEnum("type", {"corporate", "school", "reseller"});
    terms.paymentModel = in.optionalEnum("payment_model", {"after_payment", "before_payment"});
    terms.isSpecialPartner = in.optionalBool("is_special_partner");
    terms.creditLimit = in.optionalInt("credit_limit", 0, 1'000'000'000'000LL);
    terms.status = in.optionalEnum("status", {"active", "suspended"});
    return terms;
}

/// {"user_id": "..."} or {"email", "full_name", "password"} for a new account.
NewOwner readUser(const json::ObjectPtr& body)
{
    json::Reader in(body);
    NewOwner user;
    user.userId = in.optionalString("user_id", 36);
    user.email = in.optionalString("email", 254);
    user.fullName = in.optionalString("full_name", 200);
    user.password = in.optionalString("password", 256);
    if (!user.userId && !user.email)
        in.fail("email", {"Isi email atau pilih pengguna yang sudah ada (user_id).",
                          "Give an email or an existing user_id."});
    in.finish();
    return user;
}

json::ObjectPtr partnerDetail(PartnerService& service, const Partner& partner)
{
    auto body = service.toJson(partner);
    body->set("totals", PartnerService::toJson(service.totals(partner.id)));
    return body;
}

} // namespace

void addPartnerRoutes(core::Router& router, std::shared_ptr<PartnerService> partners,
                      std::shared_ptr<EventService> events)
{
    using core::access::Public;

    // ---- admin: every partner --------------------------------------------------------------
    router.add({"GET", "/api/v1/admin/partners", kManage,
                [partners](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    PartnerFilter filter{queryFilter(request, "q"), queryFilter(request, "type"),
                                         queryFilter(request, "status")};
                    writePage<Partner>(
                        response, partners->list(filter, page), page,
                        [&](const Partner& p) { return partners->toJson(p); },
                        [](const Partner& p) { return p.createdAt; },
                        [](const Partner& p) { return p.id; });
                },
                0, "listPartners"});

    router.add({"POST", "/api/v1/admin/partners", kManage,
                [partners](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    NewPartner partner;
                    partner.type = in.requiredEnum("type", {"corporate", "school", "reseller"});
                    partner.paymentModel =
                        in.optionalEnum("payment_model", {"after_payment", "before_payment"})
                            .value_or("after_payment");
                    partner.isSpecialPartner =
                        in.optionalBool("is_special_partner").value_or(false);
                    partner.creditLimit =
                        in.optionalInt("credit_limit", 0, 1'000'000'000'000LL).value_or(0);
                    partner.profile = readProfile(in, true);
                    const auto owner = body->has("owner") ? body->getObject("owner") : nullptr;
                    if (!owner)
                        in.fail("owner", {"Isi pemilik akun: user_id pengguna yang ada, atau "
                                          "email, nama lengkap dan kata sandi akun baru.",
                                          "Give the owner: an existing user_id, or the email, "
                                          "full name and password of a new account."});
                    in.finish();
                    partner.owner = readUser(owner);
                    response.json(
                        partnerDetail(*partners, partners->create(partner, actorOf(request))), 201);
                },
                kBodyBytes, "createPartner"});

    router.add({"GET", "/api/v1/admin/partners/{id}", kManage,
                [partners](Request& request, Response& response) {
                    response.json(partnerDetail(*partners, partners->get(request.param("id"))));
                },
                0, "getPartner"});

    router.add({"PATCH", "/api/v1/admin/partners/{id}", kManage,
                [partners](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto profile = readProfile(in, false);
                    const auto terms = readTerms(in);
                    in.finish();
                    response.json(
                        partnerDetail(*partners, partners->update(request.param("id"), profile,
                                                                  terms, actorOf(request))));
                },
                kBodyBytes, "updatePartner"});

    router.add({"GET", "/api/v1/admin/partners/{id}/operators", kManage,
                [partners](Request& request, Response& response) {
                    auto list = json::array();
                    for (const auto& item : partners->operators(request.param("id")))
                        list->add(PartnerService::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listPartnerOperators"});

    router.add({"POST", "/api/v1/admin/partners/{id}/operators", kManage,
                [partners](Request& request, Response& response) {
                    const auto user = readUser(request.jsonBody());
                    response.json(PartnerService::toJson(partners->addOperator(
                                      request.param("id"), user, actorOf(request))),
                                  201);
                },
                kBodyBytes, "addPartnerOperator"});

    router.add({"DELETE", "/api/v1/admin/partners/{id}/operators/{user_id}", kManage,
                [partners](Request& request, Response& response) {
                    partners->removeOperator(request.param("id"), request.param("user_id"),
                                             actorOf(request));
                    response.noContent();
                },
                0, "removePartnerOperator"});

    router.add({"GET", "/api/v1/admin/partners/{id}/pricing", kManage,
                [partners](Request& request, Response& response) {
                    auto list = json::array();
                    for (const auto& item : partners->pricings(request.param("id")))
                        list->add(PartnerService::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listPartnerPricing"});

    router.add({"PUT", "/api/v1/admin/partners/{id}/pricing/{assessment_id}", kManage,
                [partners](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto price = in.requiredInt("price", 0, 1'000'000'000'000LL);
                    const auto executive =
                        in.optionalInt("executive_price", 0, 1'000'000'000'000LL);
                    in.finish();
                    response.json(PartnerService::toJson(
                        partners->setPricing(request.param("id"), request.param("assessment_id"),
                                             price, executive, actorOf(request))));
                },
                kBodyBytes, "setPartnerPricing"});

    router.add({"DELETE", "/api/v1/admin/partners/{id}/pricing/{assessment_id}", kManage,
                [partners](Request& request, Response& response) {
                    partners->removePricing(request.param("id"), request.param("assessment_id"),
                                            actorOf(request));
                    response.noContent();
                },
                0, "removePartnerPricing"});

    // ---- the partner's own account ---------------------------------------------------------
    router.add({"GET", "/api/v1/partner/me", kUse,
                [partners](Request& request, Response& response) {
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    auto body = partnerDetail(*partners, partners->get(id));
                    body->set("relation", partners->relation(request.user(), id));
                    response.json(body);
                },
                0, "getMyPartner"});

    router.add({"PATCH", "/api/v1/partner/me", kBilling,
                [partners](Request& request, Response& response) {
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    json::Reader in(request.jsonBody());
                    const auto profile = readProfile(in, false);
                    in.finish();
                    response.json(partnerDetail(
                        *partners, partners->update(id, profile, {}, actorOf(request))));
                },
                kBodyBytes, "updateMyPartner"});

    router.add({"GET", "/api/v1/partner/pricing", kBilling,
                [partners](Request& request, Response& response) {
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    auto list = json::array();
                    for (const auto& item : partners->pricings(id))
                        list->add(PartnerService::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listMyPartnerPricing"});

    router.add({"GET", "/api/v1/partner/assessments", kUse,
                [partners](Request& request, Response& response) {
                    partners->scope(request.user(), partnerParam(request)); // linked callers only
                    auto list = json::array();
                    for (const auto& item : partners->publishedAssessments())
                        list->add(PartnerService::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listPartnerAssessments"});

    router.add({"GET", "/api/v1/partner/logs", kUse,
                [partners](Request& request, Response& response) {
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    const auto page = core::PageRequest::from(request);
                    writePage<PartnerLogEntry>(
                        response, partners->logs(id, page), page,
                        [](const PartnerLogEntry& e) { return PartnerService::toJson(e); },
                        [](const PartnerLogEntry& e) { return e.createdAt; },
                        [](const PartnerLogEntry& e) { return e.id; });
                },
                0, "listPartnerLogs"});

    // ---- events ----------------------------------------------------------------------------
    router.add({"GET", "/api/v1/partner/events", kUse,
                [partners, events](Request& request, Response& response) {
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    const auto page = core::PageRequest::from(request);
                    EventFilter filter{queryFilter(request, "status"), queryFilter(request, "q")};
                    writePage<PartnerEvent>(
                        response, events->list(id, filter, page), page,
                        [&](const PartnerEvent& e) { return events->toJson(e); },
                        [](const PartnerEvent& e) { return e.createdAt; },
                        [](const PartnerEvent& e) { return e.id; });
                },
                0, "listPartnerEvents"});

    router.add(
        {"POST", "/api/v1/partner/events", kUse,
         [partners, events](Request& request, Response& response) {
             json::Reader in(request.jsonBody());
             const auto requested = in.optionalString("partner_id", 36);
             NewEvent event;
             event.assessmentId = in.requiredString("assessment_id", 36);
             event.title = in.optionalString("title", 200);
             event.referenceCode = in.optionalString("reference_code", 32);
             if (event.referenceCode && event.referenceCode->empty())
                 event.referenceCode.reset();
             event.status = in.optionalEnum("status", {"active", "inactive"}).value_or("active");
             event.price = in.optionalInt("price", 0, 1'000'000'000'000LL);
             event.isSpecialPrice = in.optionalBool("is_special_price").value_or(false);
             event.endDateSpecialPrice = in.optionalString("end_date_special_price", 40);
             in.finish();
             const auto id =
                 partners->scope(request.user(), requested ? requested : partnerParam(request));
             response.json(events->toJson(events->create(id, event, actorOf(request))), 201);
         },
         kBodyBytes, "createPartnerEvent"});

    router.add({"GET", "/api/v1/partner/events/{id}", kUse,
                [partners, events](Request& request, Response& response) {
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    response.json(events->toJson(events->get(scope, request.param("id"))));
                },
                0, "getPartnerEvent"});

    router.add({"PATCH", "/api/v1/partner/events/{id}", kUse,
                [partners, events](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    EventChanges changes;
                    changes.title = nullable(in, "title");
                    changes.status = in.optionalEnum("status", {"active", "inactive"});
                    if (in.has("price"))
                        changes.price = in.optionalInt("price", 0, 1'000'000'000'000LL);
                    changes.isSpecialPrice = in.optionalBool("is_special_price");
                    changes.endDateSpecialPrice = nullable(in, "end_date_special_price", 40);
                    in.finish();
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    response.json(events->toJson(
                        events->update(scope, request.param("id"), changes, actorOf(request))));
                },
                kBodyBytes, "updatePartnerEvent"});

    // ---- public: is this code usable? -------------------------------------------------------
    router.add({"GET", "/api/v1/partner-events/{code}", Public,
                [events](Request& request, Response& response) {
                    response.json(
                        EventService::publicJson(events->openEvent(request.param("code"))));
                },
                0, "checkPartnerEventCode"});
}

} // namespace ey::partner

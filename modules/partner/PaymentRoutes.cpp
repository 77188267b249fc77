// HTTP for partner payments: quota packages, top-ups, executive add-ons, proofs and confirmation.
// Parse + validate input, call PaymentService, write JSON. No SQL here.
#include "PaymentRoutes.h"

#include "PaymentService.h"
#include "RouteSupport.h"

#include "Problem.h"

#include <algorithm>
#include <memory>

namespace ey::partner {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kManage = "partner.manage";
const std::string kBilling = "partner.billing";
constexpr std::size_t kBodyBytes = 16 * 1024;
constexpr std::size_t kMaxExecutiveClients = 500;
const std::vector<std::string> kMethods{"manual", "xendit"};
const std::vector<std::string> kKinds{"topup", "executive", "monthly_invoice"};
const std::vector<std::string> kStatuses{"pending", "awaiting_confirmation", "paid", "rejected",
                                         "cancelled"};

/// An optional enum filter from the query string; 422 naming the allowed values otherwise.
std::optional<std::string> enumFilter(const Request& request, const std::string& name,
                                      const std::vector<std::string>& allowed)
{
    auto value = queryFilter(request, name);
    if (value && std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
        std::string list;
        for (const auto& item : allowed)
            list += (list.empty() ? "" : ", ") + item;
        throw core::Problem::validation(
            {{name, {"Nilai yang diizinkan: " + list + ".", "Allowed values: " + list + "."}}});
    }
    return value;
}

void writeTransactions(const Request& request, Response& response, PaymentService& payments,
                       TransactionFilter filter)
{
    filter.kind = enumFilter(request, "kind", kKinds);
    filter.status = enumFilter(request, "status", kStatuses);
    const auto page = core::PageRequest::from(request);
    writePage<PartnerTransaction>(
        response, payments.list(filter, page), page,
        [](const PartnerTransaction& t) { return PaymentService::toJson(t); },
        [](const PartnerTransaction& t) { return t.sortKey; },
        [](const PartnerTransaction& t) { return t.id; });
}

void writeProof(Response& response, const std::pair<std::string, std::string>& proof,
                const std::string& id)
{
    response.contentType = proof.second;
    response.headers["Content-Disposition"] = "inline; filename=\"bukti-" + id + "\"";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.body = proof.first;
}

QuotaPackage readPackage(json::Reader& in)
{
    QuotaPackage package;
    package.name = in.requiredString("name", 100);
    package.quota = in.requiredInt("quota", 1, 100000);
    package.discountPercent = in.optionalInt("discount_percent", 0, 90).value_or(0);
    package.active = in.optionalBool("active").value_or(true);
    package.position = in.optionalInt("position", 0, 1'000'000).value_or(0);
    return package;
}

json::ObjectPtr offerJson(const PackageOffer& offer)
{
    auto body = json::object();
    body->set("event_id", offer.eventId);
    body->set("unit_price", offer.unitPrice);
    auto items = json::array();
    for (const auto& item : offer.items) {
        auto entry = json::object();
        entry->set("id", item.package.id);
        entry->set("name", item.package.name);
        entry->set("quota", item.package.quota);
        entry->set("discount_percent", item.package.discountPercent);
        entry->set("amount", item.amount);
        items->add(entry);
    }
    body->set("items", items);
    if (offer.bank) {
        auto bank = json::object();
        bank->set("bank_name", offer.bank->bankName);
        bank->set("account_number", offer.bank->accountNumber);
        bank->set("account_name", offer.bank->accountHolder);
        body->set("bank", bank);
    } else {
        body->set("bank", Poco::Dynamic::Var());
    }
    body->set("xendit_available", offer.xenditAvailable);
    return body;
}

} // namespace

void addPaymentRoutes(core::Router& router, const core::ModuleContext& context,
                      notify::NotifyService& notify, commerce::CommerceService& commerce,
                      const std::shared_ptr<PartnerService>& partners)
{
    const auto payments = std::make_shared<PaymentService>(
        context.db, context.clock, context.config, context.files, notify, commerce);
    commerce.registerInvoiceOwner(
        PaymentService::kInvoicePrefix,
        [payments](core::Sql& tx, const commerce::OwnedInvoiceCallback& callback) {
            return payments->applyCallback(tx, callback);
        });

    // ---- partner -------------------------------------------------------------------------

    router.add({"GET", "/api/v1/partner/quota-packages", kBilling,
                [payments, partners](Request& request, Response& response) {
                    const auto eventId = queryFilter(request, "event_id");
                    if (!eventId)
                        throw core::Problem::validation(
                            {{"event_id",
                              {"Pilih event yang kuotanya akan ditambah (event_id).",
                               "Choose the event to top up (event_id)."}}});
                    const auto partnerId = partners->scope(request.user(), partnerParam(request));
                    response.json(offerJson(payments->offer(partnerId, *eventId)));
                },
                0, "listPartnerQuotaPackages"});

    router.add({"POST", "/api/v1/partner/topups", kBilling,
                [payments, partners](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    TopupRequest topup;
                    topup.eventId = in.requiredString("event_id", 64);
                    topup.packageId = in.optionalString("package_id", 64);
                    if (topup.packageId && topup.packageId->empty())
                        topup.packageId.reset();
                    if (!topup.packageId)
                        topup.quota = in.optionalInt("quota", 1, 100000);
                    if (!topup.packageId && !topup.quota)
                        in.fail("package_id", {"Pilih paket kuota atau isi jumlah kuota.",
                                               "Choose a quota package or enter a quota."});
                    topup.method = in.requiredEnum("method", kMethods);
                    in.finish();
                    const auto key = request.header("Idempotency-Key");
                    if (key.size() > 200)
                        throw core::Problem::validation(
                            {{"Idempotency-Key",
                              {"Idempotency-Key maksimal 200 karakter.",
                               "The Idempotency-Key may be 200 characters at most."}}});
                    if (!key.empty())
                        topup.idempotencyKey = key;
                    const auto partnerId = partners->scope(request.user(), partnerParam(request));
                    const auto [transaction, created] =
                        payments->topup(partnerId, topup, actorOf(request));
                    response.json(PaymentService::toJson(transaction), created ? 201 : 200);
                },
                kBodyBytes, "createPartnerTopup"});

    router.add({"POST", "/api/v1/partner/executive", kBilling,
                [payments, partners](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto clientIds = in.stringList("client_ids", kMaxExecutiveClients);
                    if (in.ok() && clientIds.empty())
                        in.fail("client_ids",
                                {"Pilih minimal satu klien.", "Choose at least one client."});
                    const auto method = in.optionalEnum("method", kMethods);
                    in.finish();
                    const auto partnerId = partners->scope(request.user(), partnerParam(request));
                    const auto result = payments->executive(partnerId, clientIds,
                                                            method.value_or(""), actorOf(request));
                    auto body = json::object();
                    body->set("transaction",
                              result.transaction
                                  ? Poco::Dynamic::Var(PaymentService::toJson(*result.transaction))
                                  : Poco::Dynamic::Var());
                    auto activated = json::array();
                    for (const auto& id : result.activatedClientIds)
                        activated->add(id);
                    body->set("activated_client_ids", activated);
                    body->set("credit_amount", result.creditAmount);
                    response.json(body, result.transaction ? 201 : 200);
                },
                64 * 1024, "createPartnerExecutive"});

    router.add({"GET", "/api/v1/partner/transactions", kBilling,
                [payments, partners](Request& request, Response& response) {
                    TransactionFilter filter;
                    filter.partnerId = partners->scope(request.user(), partnerParam(request));
                    writeTransactions(request, response, *payments, filter);
                },
                0, "listPartnerTransactions"});

    router.add(
        {"GET", "/api/v1/partner/transactions/{id}", kBilling,
         [payments, partners](Request& request, Response& response) {
             response.json(PaymentService::toJson(payments->get(
                 partners->itemScope(request.user(), partnerParam(request)), request.param("id"))));
         },
         0, "getPartnerTransaction"});

    router.add({"POST", "/api/v1/partner/transactions/{id}/cancel", kBilling,
                [payments, partners](Request& request, Response& response) {
                    response.json(PaymentService::toJson(
                        payments->cancel(partners->itemScope(request.user(), partnerParam(request)),
                                         request.param("id"), actorOf(request))));
                },
                kBodyBytes, "cancelPartnerTransaction"});

    router.add({"POST", "/api/v1/partner/transactions/{id}/proof", kBilling,
                [payments, partners](Request& request, Response& response) {
                    if (request.body.empty())
                        throw core::Problem::validation(
                            {{"body",
                              {"Kirim file bukti transfer (JPEG, PNG atau PDF) sebagai isi "
                               "permintaan.",
                               "Send the transfer proof file (JPEG, PNG or PDF) as the request "
                               "body."}}});
                    response.json(PaymentService::toJson(payments->uploadProof(
                        partners->itemScope(request.user(), partnerParam(request)),
                        request.param("id"), request.body, actorOf(request))));
                },
                PaymentService::kMaxProofBytes, "uploadPartnerTransactionProof"});

    router.add({"GET", "/api/v1/partner/transactions/{id}/proof", kBilling,
                [payments, partners](Request& request, Response& response) {
                    writeProof(
                        response,
                        payments->proof(partners->itemScope(request.user(), partnerParam(request)),
                                        request.param("id")),
                        request.param("id"));
                },
                0, "getPartnerTransactionProof"});

    // ---- staff: packages -----------------------------------------------------------------

    router.add({"GET", "/api/v1/admin/quota-packages", kManage,
                [payments](Request&, Response& response) {
                    auto items = json::array();
                    for (const auto& package : payments->packages())
                        items->add(PaymentService::toJson(package));
                    auto body = json::object();
                    body->set("items", items);
                    body->set("next_cursor", Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listQuotaPackages"});

    router.add({"POST", "/api/v1/admin/quota-packages", kManage,
                [payments](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto package = readPackage(in);
                    in.finish();
                    response.json(
                        PaymentService::toJson(payments->createPackage(package, actorOf(request))),
                        201);
                },
                kBodyBytes, "createQuotaPackage"});

    router.add({"PATCH", "/api/v1/admin/quota-packages/{id}", kManage,
                [payments](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    PackageChanges changes;
                    if (in.has("name"))
                        changes.name = in.requiredString("name", 100);
                    if (in.has("quota"))
                        changes.quota = in.requiredInt("quota", 1, 100000);
                    if (in.has("discount_percent"))
                        changes.discountPercent = in.requiredInt("discount_percent", 0, 90);
                    changes.active = in.optionalBool("active");
                    if (in.has("position"))
                        changes.position = in.requiredInt("position", 0, 1'000'000);
                    in.finish();
                    response.json(PaymentService::toJson(
                        payments->updatePackage(request.param("id"), changes, actorOf(request))));
                },
                kBodyBytes, "updateQuotaPackage"});

    router.add({"DELETE", "/api/v1/admin/quota-packages/{id}", kManage,
                [payments](Request& request, Response& response) {
                    payments->deletePackage(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteQuotaPackage"});

    // ---- staff: transactions -------------------------------------------------------------

    router.add({"GET", "/api/v1/admin/partner-transactions", kManage,
                [payments](Request& request, Response& response) {
                    TransactionFilter filter;
                    filter.partnerId = partnerParam(request);
                    writeTransactions(request, response, *payments, filter);
                },
                0, "listAdminPartnerTransactions"});

    router.add({"GET", "/api/v1/admin/partner-transactions/{id}", kManage,
                [payments](Request& request, Response& response) {
                    response.json(
                        PaymentService::toJson(payments->get(std::nullopt, request.param("id"))));
                },
                0, "getAdminPartnerTransaction"});

    router.add({"GET", "/api/v1/admin/partner-transactions/{id}/proof", kManage,
                [payments](Request& request, Response& response) {
                    writeProof(response, payments->proof(std::nullopt, request.param("id")),
                               request.param("id"));
                },
                0, "getAdminPartnerTransactionProof"});

    router.add({"POST", "/api/v1/admin/partner-transactions/{id}/confirm", kManage,
                [payments](Request& request, Response& response) {
                    std::optional<std::string> note;
                    if (!request.body.empty()) {
                        json::Reader in(request.jsonBody());
                        note = in.optionalString("note", 1000);
                        in.finish();
                        if (note && note->empty())
                            note.reset();
                    }
                    response.json(PaymentService::toJson(
                        payments->confirm(request.param("id"), note, actorOf(request))));
                },
                kBodyBytes, "confirmPartnerTransaction"});

    router.add({"POST", "/api/v1/admin/partner-transactions/{id}/reject", kManage,
                [payments](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto reason = in.requiredString("reason", 1000);
                    if (in.ok() && reason.find_first_not_of(" \t\r\n") == std::string::npos)
                        in.fail("reason", {"Tulis alasan penolakan agar partner tahu apa yang "
                                           "harus diperbaiki.",
                                           "Give the reason so the partner knows what to fix."});
                    in.finish();
                    response.json(PaymentService::toJson(
                        payments->reject(request.param("id"), reason, actorOf(request))));
                },
                kBodyBytes, "rejectPartnerTransaction"});
}

} // namespace ey::partner

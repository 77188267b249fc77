// HTTP for post-paid partners' monthly invoices (finance) and the partner's own invoices and
// credit.
#include "InvoiceRoutes.h"

#include "RouteSupport.h"

#include "Problem.h"
#include "Strings.h"

#include <chrono>

namespace ey::partner {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kBilling = "partner.billing";
const std::string kInvoices = "partner.invoices";
constexpr std::size_t kSmallBody = 4 * 1024;

std::optional<std::string> statusFilter(const Request& request)
{
    auto status = queryFilter(request, "status");
    if (status && *status != "pending" && *status != "awaiting_confirmation" && *status != "paid" &&
        *status != "rejected" && *status != "cancelled")
        throw core::Problem::validation(
            {{"status",
              {"Status harus pending, awaiting_confirmation, paid, rejected atau cancelled.",
               "Status must be pending, awaiting_confirmation, paid, rejected or cancelled."}}});
    return status;
}

void writeInvoices(Response& response, std::vector<MonthlyInvoice> items,
                   const core::PageRequest& page)
{
    writePage<MonthlyInvoice>(
        response, std::move(items), page,
        [](const MonthlyInvoice& i) { return InvoiceService::toJson(i); },
        [](const MonthlyInvoice& i) { return i.sortKey; },
        [](const MonthlyInvoice& i) { return i.id; });
}

} // namespace

std::shared_ptr<InvoiceService> addInvoiceRoutes(core::Router& router,
                                                 const core::ModuleContext& context,
                                                 notify::NotifyService& notify,
                                                 const std::shared_ptr<PartnerService>& partners)
{
    const auto invoices = std::make_shared<InvoiceService>(
        context.db, context.clock, notify, context.config,
        context.config.integer("partner.invoice_due_days", InvoiceService::kDefaultDueDays, 0,
                               365));

    router.add({"GET", "/api/v1/partner/credit", kBilling,
                [invoices, partners](Request& request, Response& response) {
                    const auto id =
                        partners->scope(request.user(), partnerParam(request));
                    response.json(InvoiceService::toJson(invoices->credit(id)));
                },
                0, "getPartnerCredit"});

    router.add({"GET", "/api/v1/partner/invoices", kBilling,
                [invoices, partners](Request& request, Response& response) {
                    InvoiceFilter filter;
                    filter.status = statusFilter(request);
                    filter.partnerId =
                        partners->scope(request.user(), partnerParam(request));
                    const auto page = core::PageRequest::from(request);
                    writeInvoices(response, invoices->list(filter, page), page);
                },
                0, "listPartnerInvoices"});

    router.add({"GET", "/api/v1/partner/invoices/{id}", kBilling,
                [invoices, partners](Request& request, Response& response) {
                    const auto scope =
                        partners->itemScope(request.user(), partnerParam(request));
                    response.json(
                        InvoiceService::toJson(invoices->get(scope, request.param("id"))));
                },
                0, "getPartnerInvoice"});

    router.add({"GET", "/api/v1/finance/partner-invoices", kInvoices,
                [invoices](Request& request, Response& response) {
                    InvoiceFilter filter;
                    filter.status = statusFilter(request);
                    filter.partnerId = partnerParam(request);
                    if (filter.partnerId && !core::isUuid(*filter.partnerId))
                        throw core::Problem::validation(
                            {{"partner_id",
                              {"partner_id harus berupa id partner (UUID); pilih partner dari "
                               "daftar.",
                               "partner_id must be a partner id (UUID); pick the partner from "
                               "the list."}}});
                    const auto page = core::PageRequest::from(request);
                    writeInvoices(response, invoices->list(filter, page), page);
                },
                0, "listFinancePartnerInvoices"});

    router.add({"GET", "/api/v1/finance/partner-invoices/{id}", kInvoices,
                [invoices](Request& request, Response& response) {
                    response.json(
                        InvoiceService::toJson(invoices->get(std::nullopt, request.param("id"))));
                },
                0, "getFinancePartnerInvoice"});

    router.add({"POST", "/api/v1/finance/partner-invoices/{id}/mark-paid", kInvoices,
                [invoices](Request& request, Response& response) {
                    std::optional<std::string> note;
                    if (!request.body.empty()) {
                        json::Reader reader(request.jsonBody());
                        note = reader.optionalString("note", 500);
                        reader.finish();
                        if (note && note->empty())
                            note.reset();
                    }
                    response.json(InvoiceService::toJson(
                        invoices->markPaid(request.param("id"), note, actorOf(request))));
                },
                kSmallBody, "markPartnerInvoicePaid"});

    router.add({"POST", "/api/v1/finance/partner-invoices/roll-up", kInvoices,
                [invoices](Request& request, Response& response) {
                    auto body = json::object();
                    body->set("created", invoices->rollUp(actorOf(request)));
                    response.json(body);
                },
                kSmallBody, "rollUpPartnerInvoices"});

    invoices->startWorker(std::chrono::seconds(context.config.integer(
        "partner.invoice_sweep_seconds", InvoiceService::kDefaultSweepSeconds, 1, 7 * 24 * 3600)));
    return invoices;
}

} // namespace ey::partner

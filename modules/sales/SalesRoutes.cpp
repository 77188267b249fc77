// Sales HTTP: parse and validate input, call the service, write JSON or CSV. No SQL here.
#include "SalesRoutes.h"

#include "SalesCsv.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"
#include "Strings.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <sstream>

namespace ey::sales {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

using core::json::orNull;

const std::string kSalesRead = "sales.read";
const std::string kSalesManage = "sales.manage";
const std::vector<std::string> kStatuses = {"PENDING", "PAID", "EXPIRED", "FAILED", "REFUNDED"};
const std::vector<std::string> kBuckets = {"day", "week", "month", "year"};
constexpr int kExportBatch = 1000;

bool allOf(const std::string& text, const char* allowed)
{
    return !text.empty() && text.size() <= 40 &&
           std::all_of(text.begin(), text.end(), [allowed](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) ||
                      std::string(allowed).find(c) != std::string::npos;
           });
}

/// A calendar date "YYYY-MM-DD" that exists; its day number, or nullopt.
std::optional<int> dayNumber(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
    const std::chrono::year_month_day date{
        std::chrono::year(std::stoi(text.substr(0, 4))),
        std::chrono::month(unsigned(std::stoi(text.substr(5, 2)))),
        std::chrono::day(unsigned(std::stoi(text.substr(8, 2))))};
    if (!date.ok() || date.year() < std::chrono::year(2000) ||
        date.year() > std::chrono::year(2200))
        return std::nullopt;
    return std::chrono::sys_days(date).time_since_epoch().count();
}

std::string queryText(const Request& request, const std::string& name)
{
    auto value = request.queryValue(name).value_or(std::string());
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = value.find_last_not_of(" \t");
    return value.substr(first, last - first + 1);
}

/// The list, export and summary share these query parameters.
SalesFilter filterFrom(const Request& request)
{
    SalesFilter filter;
    std::map<std::string, core::Text> errors;
    const auto from = queryText(request, "from");
    const auto to = queryText(request, "to");
    if (!from.empty() && !dayNumber(from))
        errors["from"] = {"Tanggal awal harus berformat YYYY-MM-DD.",
                          "The start date must be YYYY-MM-DD."};
    if (!to.empty() && !dayNumber(to))
        errors["to"] = {"Tanggal akhir harus berformat YYYY-MM-DD.",
                        "The end date must be YYYY-MM-DD."};
    if (!from.empty() && !to.empty() && dayNumber(from) && dayNumber(to) &&
        *dayNumber(to) < *dayNumber(from))
        errors["to"] = {"Tanggal akhir tidak boleh sebelum tanggal awal.",
                        "The end date cannot be before the start date."};
    const auto status = queryText(request, "status");
    if (!status.empty() && std::find(kStatuses.begin(), kStatuses.end(), status) == kStatuses.end())
        errors["status"] = {
            "Status harus salah satu dari PENDING, PAID, EXPIRED, FAILED, REFUNDED.",
            "Status must be one of PENDING, PAID, EXPIRED, FAILED, REFUNDED."};
    const auto product = queryText(request, "product");
    if (!product.empty() && !core::isUuid(product))
        errors["product"] = {"Produk harus berupa id paket atau produk.",
                             "Product must be a plan or product id."};
    const auto affiliate = queryText(request, "affiliate");
    if (!affiliate.empty() && !core::isUuid(affiliate))
        errors["affiliate"] = {"Affiliate harus berupa id pengguna.",
                               "Affiliate must be a user id."};
    const auto search = queryText(request, "q");
    if (search.size() > 200)
        errors["q"] = {"Kata kunci terlalu panjang (maks. 200 karakter).",
                       "The search text is too long (max 200 characters)."};
    const auto sort = queryText(request, "sort");
    if (sort == "amount")
        filter.sort = SortKey::Amount;
    else if (sort == "invoice")
        filter.sort = SortKey::Invoice;
    else if (!sort.empty() && sort != "created_at")
        errors["sort"] = {"Urutan harus created_at, amount atau invoice.",
                          "Sort must be created_at, amount or invoice."};
    const auto order = queryText(request, "order");
    if (order == "asc")
        filter.descending = false;
    else if (!order.empty() && order != "desc")
        errors["order"] = {"Arah urutan harus asc atau desc.", "Order must be asc or desc."};
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
    if (!from.empty())
        filter.fromDate = from;
    if (!to.empty())
        filter.toDate = to;
    if (!status.empty())
        filter.status = status;
    if (!product.empty())
        filter.productId = product;
    if (!affiliate.empty())
        filter.affiliateId = affiliate;
    if (!search.empty())
        filter.search = search;
    return filter;
}

std::optional<SalesPosition> positionFrom(const core::PageRequest& page, const SalesFilter& filter)
{
    if (!page.afterKey || !page.afterId)
        return std::nullopt;
    const bool keyOk = filter.sort == SortKey::CreatedAt ? allOf(*page.afterKey, "-:TZ.")
                                                         : allOf(*page.afterKey, "");
    if (!keyOk || !core::isUuid(*page.afterId))
        throw Problem::badRequest(
            {"Kursor halaman tidak cocok dengan urutan ini; muat ulang daftar "
             "dari awal.",
             "The page cursor does not match this sort order; reload the "
             "list from the start."});
    return SalesPosition{*page.afterKey, *page.afterId};
}

std::string productDetail(const SaleRow& row)
{
    return row.productKind == "plan" ? row.productDuration.value_or(std::string())
                                     : row.productCategory.value_or(std::string());
}

json::ObjectPtr rowJson(const SaleRow& row)
{
    auto object = json::object();
    object->set("id", row.id);
    object->set("invoice_number", row.invoiceNumber);
    object->set("created_at", row.createdAt);
    auto buyer = json::object();
    buyer->set("id", row.buyerId);
    buyer->set("full_name", row.buyerName);
    buyer->set("email", row.buyerEmail);
    object->set("buyer", buyer);
    auto product = json::object();
    product->set("title", row.productTitle);
    product->set("kind", row.productKind.empty() ? Poco::Dynamic::Var()
                                                 : Poco::Dynamic::Var(row.productKind));
    product->set("category", orNull(row.productCategory));
    product->set("duration", orNull(row.productDuration));
    product->set("detail", productDetail(row));
    product->set("items", row.itemCount);
    object->set("product", product);
    object->set("amount", row.amount);
    object->set("status", row.status);
    object->set("gateway", row.gateway);
    if (row.affiliateId) {
        auto affiliate = json::object();
        affiliate->set("id", *row.affiliateId);
        affiliate->set("full_name", orNull(row.affiliateName));
        affiliate->set("commission",
                       row.commission ? Poco::Dynamic::Var(*row.commission) : Poco::Dynamic::Var());
        object->set("affiliate", affiliate);
    } else {
        object->set("affiliate", Poco::Dynamic::Var());
    }
    auto followups = json::object();
    followups->set("sent", row.followupsSent);
    followups->set("total", row.followupsTotal);
    object->set("followups", followups);
    object->set("flagged", row.flagged);
    return object;
}

Poco::Dynamic::Var parsedOrText(const std::optional<std::string>& payload)
{
    if (!payload)
        return {};
    try {
        return json::parse(*payload);
    } catch (const std::exception&) {
        return *payload;
    }
}

json::ObjectPtr detailJson(const SaleDetail& d)
{
    auto object = rowJson(d.row);
    object->set("paid_at", orNull(d.paidAt));
    object->set("payment_url", orNull(d.paymentUrl));
    object->set("gateway_invoice_id", orNull(d.gatewayInvoiceId));
    object->set("failure_reason", orNull(d.failureReason));
    object->set("flag_reason", orNull(d.flagReason));

    auto buyer = json::object();
    buyer->set("id", d.buyer.id);
    buyer->set("full_name", d.buyer.fullName);
    buyer->set("email", d.buyer.email);
    buyer->set("whatsapp", orNull(d.buyer.whatsapp));
    buyer->set("joined_at", d.buyer.joinedAt);
    auto roles = json::array();
    for (const auto& role : d.buyer.roles)
        roles->add(role);
    buyer->set("roles", roles);
    if (d.buyer.membershipPlan) {
        auto membership = json::object();
        membership->set("plan", *d.buyer.membershipPlan);
        membership->set("ends_at", orNull(d.buyer.membershipEndsAt));
        membership->set("lifetime", !d.buyer.membershipEndsAt.has_value());
        buyer->set("membership", membership);
    } else {
        buyer->set("membership", Poco::Dynamic::Var());
    }
    object->set("buyer", buyer);

    if (d.row.affiliateId) {
        auto affiliate = object->getObject("affiliate");
        affiliate->set("email", orNull(d.affiliateEmail));
        affiliate->set("code", orNull(d.affiliateCode));
    }

    auto items = json::array();
    for (const auto& item : d.items) {
        auto i = json::object();
        i->set("kind", item.kind);
        i->set("ref", item.ref);
        i->set("title", item.title);
        i->set("duration", orNull(item.duration));
        i->set("category", orNull(item.category));
        i->set("unit_price", item.unitPrice);
        i->set("quantity", item.quantity);
        i->set("discount", item.discount);
        items->add(i);
    }
    object->set("items", items);

    auto history = json::array();
    for (const auto& change : d.history) {
        auto h = json::object();
        h->set("from", orNull(change.from));
        h->set("to", change.to);
        h->set("note", orNull(change.note));
        h->set("payload", parsedOrText(change.payload));
        h->set("created_at", change.createdAt);
        history->add(h);
    }
    object->set("history", history);

    auto events = json::array();
    for (const auto& event : d.paymentEvents) {
        auto e = json::object();
        e->set("provider", event.provider);
        e->set("event_key", event.eventKey);
        e->set("payload", parsedOrText(event.payload));
        e->set("flagged", event.flagged);
        e->set("flag_reason", orNull(event.flagReason));
        e->set("received_at", event.receivedAt);
        events->add(e);
    }
    object->set("payment_events", events);

    auto followups = json::array();
    for (const auto& line : d.followups) {
        auto f = json::object();
        f->set("step", line.step);
        f->set("status", line.status);
        f->set("due_at", line.dueAt);
        f->set("sent_at", orNull(line.sentAt));
        f->set("attempts", line.attempts);
        f->set("error", orNull(line.error));
        f->set("body", line.body);
        followups->add(f);
    }
    object->set("followup_log", followups);

    auto refunds = json::array();
    for (const auto& refund : d.refunds)
        refunds->add(parsedOrText(refund));
    object->set("refunds", refunds);

    auto ledger = json::array();
    for (const auto& entry : d.ledger) {
        auto e = json::object();
        e->set("id", entry.id);
        e->set("kind", entry.kind);
        e->set("memo", entry.memo);
        e->set("created_at", entry.createdAt);
        auto postings = json::array();
        for (const auto& posting : entry.postings) {
            auto p = json::object();
            p->set("account_kind", posting.accountKind);
            p->set("role", orNull(posting.role));
            p->set("owner_name", orNull(posting.ownerName));
            p->set("amount", posting.amount);
            postings->add(p);
        }
        e->set("postings", postings);
        ledger->add(e);
    }
    object->set("ledger", ledger);
    return object;
}

std::string invoiceParam(const Request& request)
{
    auto invoice = request.param("invoice");
    std::transform(invoice.begin(), invoice.end(), invoice.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return invoice;
}

} // namespace

void addSalesRoutes(core::Router& router, core::Db& db,
                    const std::shared_ptr<SalesService>& service)
{
    router.add({"GET", "/api/v1/admin/sales", kSalesRead,
                [service](Request& request, Response& response) {
                    const auto filter = filterFrom(request);
                    const auto page = core::PageRequest::from(request);
                    auto rows = service->list(filter, positionFrom(page, filter), page.limit + 1);
                    const bool more = static_cast<int>(rows.size()) > page.limit;
                    if (more)
                        rows.resize(static_cast<std::size_t>(page.limit));
                    auto items = json::array();
                    for (const auto& row : rows)
                        items->add(rowJson(row));
                    auto body = json::object();
                    body->set("items", items);
                    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                                        rows.back().sortKey, rows.back().id))
                                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listSales"});

    router.add({"GET", "/api/v1/admin/sales/export.csv", kSalesRead,
                [service](Request& request, Response& response) {
                    const auto filter = filterFrom(request);
                    const auto* stopping = request.stopping;
                    response.contentType = "text/csv; charset=utf-8";
                    response.headers["Content-Disposition"] =
                        "attachment; filename=\"penjualan.csv\"";
                    response.stream = [service, filter, stopping](std::ostream& out) {
                        SalesCsv csv(out);
                        service->forEachBatch(filter, kExportBatch, [&](const auto& rows) {
                            for (const auto& row : rows)
                                csv.writeRow(row);
                            out.flush();
                            // A client that went away or a server shutting down ends the export.
                            return out.good() && !(stopping && stopping->load());
                        });
                        out.flush();
                    };
                },
                0, "exportSalesCsv"});

    router.add({"GET", "/api/v1/admin/sales/summary", kSalesRead,
                [service](Request& request, Response& response) {
                    const auto from = queryText(request, "from");
                    const auto to = queryText(request, "to");
                    auto bucket = queryText(request, "bucket");
                    if (bucket.empty())
                        bucket = "day";
                    std::map<std::string, core::Text> errors;
                    const auto fromDay = dayNumber(from);
                    const auto toDay = dayNumber(to);
                    if (!fromDay)
                        errors["from"] = {"Tanggal awal wajib diisi dengan format YYYY-MM-DD.",
                                          "The start date is required as YYYY-MM-DD."};
                    if (!toDay)
                        errors["to"] = {"Tanggal akhir wajib diisi dengan format YYYY-MM-DD.",
                                        "The end date is required as YYYY-MM-DD."};
                    const auto known = std::find(kBuckets.begin(), kBuckets.end(), bucket);
                    if (known == kBuckets.end())
                        errors["bucket"] = {"Pengelompokan harus day, week, month atau year.",
                                            "Bucket must be day, week, month or year."};
                    if (fromDay && toDay && *toDay < *fromDay)
                        errors["to"] = {"Tanggal akhir tidak boleh sebelum tanggal awal.",
                                        "The end date cannot be before the start date."};
                    if (errors.empty()) {
                        // At most about 1,000 points: a chart cannot show more.
                        const int perBucket[] = {1, 7, 28, 365};
                        const auto span = *toDay - *fromDay + 1;
                        if (span / perBucket[known - kBuckets.begin()] > 1000)
                            errors["bucket"] = {"Rentang terlalu panjang untuk pengelompokan ini; "
                                                "pilih minggu, bulan atau tahun.",
                                                "The range is too long for this bucket; choose "
                                                "week, month or year."};
                    }
                    if (!errors.empty())
                        throw Problem::validation(std::move(errors));
                    const auto summary = service->summary(from, to, bucket);
                    auto body = json::object();
                    body->set("from", from);
                    body->set("to", to);
                    body->set("bucket", bucket);
                    body->set("timezone", "Asia/Jakarta");
                    body->set("gross", summary.gross);
                    body->set("count", summary.count);
                    auto buckets = json::array();
                    for (const auto& b : summary.buckets) {
                        auto o = json::object();
                        o->set("start", b.start);
                        o->set("gross", b.gross);
                        o->set("count", b.count);
                        buckets->add(o);
                    }
                    body->set("buckets", buckets);
                    auto products = json::array();
                    for (const auto& p : summary.topProducts) {
                        auto o = json::object();
                        o->set("kind", p.kind);
                        o->set("ref", p.ref);
                        o->set("title", p.title);
                        o->set("revenue", p.revenue);
                        o->set("count", p.count);
                        products->add(o);
                    }
                    body->set("top_products", products);
                    response.json(body);
                },
                0, "getSalesSummary"});

    // The filter choices live here (sales.read) rather than in the user and catalog lists, which
    // need users.read and catalog.read that finance staff do not have.
    router.add({"GET", "/api/v1/admin/sales/affiliates", kSalesRead,
                [service](Request&, Response& response) {
                    auto items = json::array();
                    for (const auto& affiliate : service->affiliates()) {
                        auto o = json::object();
                        o->set("id", affiliate.id);
                        o->set("full_name", affiliate.fullName);
                        o->set("sales_count", affiliate.salesCount);
                        items->add(o);
                    }
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listSalesAffiliates"});

    router.add({"GET", "/api/v1/admin/sales/products", kSalesRead,
                [service](Request&, Response& response) {
                    auto items = json::array();
                    for (const auto& product : service->products()) {
                        auto o = json::object();
                        o->set("ref", product.ref);
                        o->set("title", product.title);
                        o->set("kind", product.kind);
                        items->add(o);
                    }
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listSalesProducts"});

    router.add({"GET", "/api/v1/admin/sales/{invoice}", kSalesRead,
                [service](Request& request, Response& response) {
                    response.json(detailJson(service->detail(invoiceParam(request))));
                },
                0, "getSale"});

    router.add({"POST", "/api/v1/admin/sales/{invoice}/resend", kSalesManage,
                core::idempotent(db,
                                 [service](Request& request, Response& response) {
                                     const auto outcome =
                                         service->resend(invoiceParam(request),
                                                         request.user().userId, request.clientIp);
                                     auto body = json::object();
                                     body->set("invoice_number", outcome.invoiceNumber);
                                     body->set("notice", outcome.notice);
                                     auto channels = json::array();
                                     for (const auto& channel : outcome.channels)
                                         channels->add(channel);
                                     body->set("channels", channels);
                                     response.json(body);
                                 }),
                1024, "resendSaleNotice"});
}

} // namespace ey::sales

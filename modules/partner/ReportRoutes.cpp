// HTTP routes for partner clients, report downloads (single PDF, bulk ZIP) and event quota.
#include "ReportRoutes.h"

#include "RouteSupport.h"

#include "Problem.h"

#include <spdlog/spdlog.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <regex>

namespace ey::partner {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kManage = "partner.manage";
const std::string kUse = "partner.use";
// A whole intake (a school year, a company's staff) in one archive: the ZIP streams report by
// report, so memory does not grow with the count. 2,000 ids of 36 characters fit in 96 KiB.
constexpr std::size_t kBulkBodyBytes = 128 * 1024;
constexpr std::size_t kAdjustBodyBytes = 4 * 1024;
constexpr std::size_t kMaxBulk = 2000;

/// attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded (RFC 6266).
std::string contentDisposition(const std::string& fileName)
{
    std::string ascii;
    std::string encoded;
    for (const char c : fileName) {
        const auto byte = static_cast<unsigned char>(c);
        ascii += (byte < 0x20 || byte >= 0x7F || c == '"' || c == '\\') ? '_' : c;
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += c;
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", byte);
            encoded += hex;
        }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

std::optional<std::string> dateFilter(const Request& request, const std::string& name,
                                      std::map<std::string, core::Text>& errors)
{
    static const std::regex pattern(R"(^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$)");
    auto value = queryFilter(request, name);
    if (value && !std::regex_match(*value, pattern)) {
        errors[name] = {"Tanggal harus berformat YYYY-MM-DD, misalnya 2026-11-21.",
                        "Dates are YYYY-MM-DD, e.g. 2026-11-21."};
        value.reset();
    }
    return value;
}

} // namespace

void addReportRoutes(core::Router& router, std::shared_ptr<PartnerService> partners,
                     std::shared_ptr<ReportService> reports)
{
    router.add({"GET", "/api/v1/partner/clients", kUse,
                [partners, reports](Request& request, Response& response) {
                    std::map<std::string, core::Text> errors;
                    ClientFilter filter;
                    filter.eventId = queryFilter(request, "event_id");
                    filter.status = queryFilter(request, "status");
                    if (filter.status && *filter.status != "in_progress" &&
                        *filter.status != "pending_download" && *filter.status != "complete")
                        errors["status"] = {"Status harus in_progress, pending_download atau "
                                            "complete.",
                                            "Status must be in_progress, pending_download or "
                                            "complete."};
                    filter.from = dateFilter(request, "from", errors);
                    filter.to = dateFilter(request, "to", errors);
                    filter.search = queryFilter(request, "q");
                    if (!errors.empty())
                        throw core::Problem::validation(errors);
                    const auto id = partners->scope(request.user(), partnerParam(request));
                    const auto page = core::PageRequest::from(request);
                    writePage<PartnerClient>(
                        response, reports->list(id, filter, page), page,
                        [](const PartnerClient& c) { return ReportService::toJson(c); },
                        [](const PartnerClient& c) { return c.createdAt; },
                        [](const PartnerClient& c) { return c.id; });
                },
                0, "listPartnerClients"});

    router.add({"GET", "/api/v1/partner/clients/{id}", kUse,
                [partners, reports](Request& request, Response& response) {
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    response.json(ReportService::toJson(reports->get(scope, request.param("id"))));
                },
                0, "getPartnerClient"});

    router.add({"GET", "/api/v1/partner/clients/{id}/report.pdf", kUse,
                [partners, reports](Request& request, Response& response) {
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    auto file = reports->download(scope, request.param("id"), actorOf(request));
                    response.status = 200;
                    response.contentType = "application/pdf";
                    response.headers["Content-Disposition"] = contentDisposition(file.fileName);
                    response.headers["Cache-Control"] = "private, no-store";
                    response.body = std::move(file.bytes);
                },
                0, "downloadPartnerClientReport"});

    router.add({"POST", "/api/v1/partner/clients/report.zip", kUse,
                [partners, reports](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto ids = in.stringList("client_ids", kMaxBulk);
                    if (in.ok() && ids.empty())
                        in.fail("client_ids", {"Pilih minimal satu klien (maksimal 2.000).",
                                               "Select at least one client (at most 2,000)."});
                    in.finish();
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    // Every check happens here, before the 200 and the first byte of the ZIP.
                    auto clients = reports->prepareBulk(scope, ids);
                    const auto actor = actorOf(request);
                    const auto* stopping = request.stopping;
                    response.contentType = "application/zip";
                    response.headers["Content-Disposition"] = contentDisposition(
                        "Laporan asesmen (" + std::to_string(clients.size()) + " klien).zip");
                    response.stream = [reports, clients = std::move(clients), actor,
                                       stopping](std::ostream& out) {
                        try {
                            reports->streamBulk(out, clients, actor, stopping);
                        } catch (const std::exception& error) {
                            // The client went away or a report failed: the archive stays truncated
                            // (no central directory), and only delivered reports were charged.
                            spdlog::warn("bulk report ZIP ended early: {}", error.what());
                        }
                    };
                },
                kBulkBodyBytes, "downloadPartnerClientReportsZip"});

    router.add({"GET", "/api/v1/partner/events/{id}/quota", kUse,
                [partners, reports](Request& request, Response& response) {
                    const auto scope = partners->itemScope(request.user(), partnerParam(request));
                    response.json(
                        ReportService::toJson(reports->quota(scope, request.param("id"))));
                },
                0, "getPartnerEventQuota"});

    router.add({"POST", "/api/v1/admin/partner-events/{id}/quota", kManage,
                [reports](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto delta = in.requiredInt("delta", -1'000'000, 1'000'000);
                    const auto reason = in.requiredString("reason", 500);
                    if (in.ok() && delta == 0)
                        in.fail("delta", {"Perubahan kuota tidak boleh 0.",
                                          "The quota change cannot be 0."});
                    if (in.ok() && reason.empty())
                        in.fail("reason", {"Tulis alasan perubahan kuota.",
                                           "Give the reason for the change."});
                    in.finish();
                    response.json(ReportService::toJson(reports->adjustQuota(
                        request.param("id"), delta, reason, actorOf(request))));
                },
                kAdjustBodyBytes, "adjustPartnerEventQuota"});
}

} // namespace ey::partner

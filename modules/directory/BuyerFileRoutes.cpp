// Buyer import and export HTTP: parse input, call the import service or the exporter, write
// JSON or stream the file. No SQL here.
#include "BuyerFileRoutes.h"

#include "BuyerExport.h"
#include "BuyerImportService.h"
#include "BuyerRules.h"
#include "BuyerService.h"

#include "Paging.h"
#include "Problem.h"

#include <filesystem>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kManage = "directory.buyers.manage";
constexpr std::size_t kUploadBytes = 20u * 1024 * 1024; // the contract's 20 MiB
constexpr std::size_t kBodyBytes = 64 * 1024;

core::Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

/// {mapping: {field: column_index}, on_duplicate: skip|update}; 422 naming what is wrong.
ImportPlan planFrom(const Request& request)
{
    const auto body = request.jsonBody();
    json::Reader in(body);
    ImportPlan plan;
    if (!body->has("mapping") || body->isNull("mapping") || !body->isObject("mapping")) {
        in.fail("mapping", {"Wajib diisi: kolom berkas untuk setiap isian, misalnya "
                            "{\"company\": 0, \"country\": 2}.",
                            "Required: the file column of each field, for example "
                            "{\"company\": 0, \"country\": 2}."});
    } else {
        for (const auto& [field, column] : *body->getObject("mapping")) {
            if (column.isInteger() && column.convert<long long>() >= 0 &&
                column.convert<long long>() < 16384)
                plan.mapping[field] = column.convert<int>();
            else
                in.fail("mapping." + field, {"Isi dengan nomor kolom (mulai dari 0).",
                                             "Use a column number (starting at 0)."});
        }
    }
    plan.onDuplicate = in.optionalEnum("on_duplicate", {"skip", "update"}).value_or("skip");
    in.finish();
    return plan;
}

template <typename T, typename Convert, typename Key>
void writePage(Response& response, std::vector<T> rows, const core::PageRequest& page,
               Convert convert, Key key)
{
    const bool more = static_cast<int>(rows.size()) > page.limit;
    if (more)
        rows.resize(static_cast<std::size_t>(page.limit));
    auto items = json::array();
    for (const auto& row : rows)
        items->add(convert(row));
    auto body = json::object();
    body->set("items", items);
    body->set("next_cursor", more ? Poco::Dynamic::Var(key(rows.back())) : Poco::Dynamic::Var());
    response.json(body);
}

void attachment(Response& response, const std::string& contentType, const std::string& fileName)
{
    response.contentType = contentType;
    response.headers["Content-Disposition"] = "attachment; filename=\"" + fileName + "\"";
}

} // namespace

std::shared_ptr<BuyerImportService> addBuyerFileRoutes(core::Router& router,
                                                       const core::ModuleContext& context,
                                                       const std::shared_ptr<DirectoryAccess>&,
                                                       const std::shared_ptr<BuyerService>& buyers,
                                                       notify::NotifyService* notify)
{
    auto service = std::make_shared<BuyerImportService>(context.db, context.clock, context.files,
                                                        context.config, buyers, notify);
    // Exports assemble the workbook next to the data, not in a /tmp that may live in memory.
    const auto tempDir =
        context.config.dataDir.empty()
            ? std::filesystem::temp_directory_path().string()
            : (std::filesystem::path(context.config.dataDir) / "tmp" / "exports").string();
    const auto exporter = std::make_shared<BuyerExport>(context.db, tempDir);
    // The server drops the router before the service, so the worker stops once no handler
    // can reach it.
    const auto s = service;

    // ---- imports -----------------------------------------------------------------------------
    router.add({"POST", "/api/v1/admin/buyer-imports", kManage,
                [s](Request& request, Response& response) {
                    response.json(
                        BuyerImportService::toJson(s->upload(
                            actorOf(request), request.header("X-File-Name"), request.body)),
                        201);
                },
                kUploadBytes, "uploadBuyerImport"});
    router.add(
        {"GET", "/api/v1/admin/buyer-imports", kManage,
         [s](Request& request, Response& response) {
             const auto page = core::PageRequest::from(request);
             writePage(
                 response, s->list(page), page,
                 [](const BuyerImport& import) { return BuyerImportService::toJson(import); },
                 [](const BuyerImport& import) {
                     return core::encodeCursor(import.createdAt, import.id);
                 });
         },
         0, "listBuyerImports"});
    router.add({"GET", "/api/v1/admin/buyer-imports/{id}", kManage,
                [s](Request& request, Response& response) {
                    response.json(BuyerImportService::toJson(s->get(request.param("id"))));
                },
                0, "getBuyerImport"});
    router.add({"POST", "/api/v1/admin/buyer-imports/{id}/preview", kManage,
                [s](Request& request, Response& response) {
                    response.json(s->preview(request.param("id"), planFrom(request), request.lang));
                },
                kBodyBytes, "previewBuyerImport"});
    router.add({"POST", "/api/v1/admin/buyer-imports/{id}/start", kManage,
                [s](Request& request, Response& response) {
                    response.json(BuyerImportService::toJson(s->start(
                                      actorOf(request), request.param("id"), planFrom(request))),
                                  202);
                },
                kBodyBytes, "startBuyerImport"});
    router.add({"POST", "/api/v1/admin/buyer-imports/{id}/cancel", kManage,
                [s](Request& request, Response& response) {
                    response.json(BuyerImportService::toJson(
                        s->cancel(actorOf(request), request.param("id"))));
                },
                kBodyBytes, "cancelBuyerImport"});
    router.add({"GET", "/api/v1/admin/buyer-imports/{id}/issues", kManage,
                [s](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    const auto lang = request.lang;
                    writePage(
                        response, s->issues(request.param("id"), page), page,
                        [lang](const ImportIssue& issue) {
                            return BuyerImportService::toJson(issue, lang);
                        },
                        [](const ImportIssue& issue) {
                            return core::encodeCursor(std::to_string(issue.row), issue.field);
                        });
                },
                0, "listBuyerImportIssues"});
    router.add({"GET", "/api/v1/admin/buyer-imports/{id}/issues.csv", kManage,
                [s](Request& request, Response& response) {
                    response.stream = s->issuesCsv(request.param("id"), request.lang);
                    attachment(response, "text/csv; charset=utf-8", "laporan-impor-buyer.csv");
                },
                0, "downloadBuyerImportIssues"});

    // ---- exports -----------------------------------------------------------------------------
    router.add({"GET", "/api/v1/admin/buyers/export.csv", kManage,
                [exporter](Request& request, Response& response) {
                    response.stream =
                        exporter->csv(actorOf(request), BuyerRules::filterFrom(request));
                    attachment(response, "text/csv; charset=utf-8", "buyer.csv");
                },
                0, "exportBuyersCsv"});
    router.add({"GET", "/api/v1/admin/buyers/export.xlsx", kManage,
                [exporter](Request& request, Response& response) {
                    response.stream =
                        exporter->xlsx(actorOf(request), BuyerRules::filterFrom(request));
                    attachment(response,
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "buyer.xlsx");
                },
                0, "exportBuyersXlsx"});
    return service;
}

} // namespace ey::directory

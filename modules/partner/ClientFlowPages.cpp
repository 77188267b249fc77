// Public assessment pages: a branded frame with the profile form or the resume hook for the script.
#include "ClientFlowPages.h"

#include "Html.h"
#include "PageShell.h"

#include "Http.h"
#include "Problem.h"

#include <Poco/URI.h>

namespace ey::partner {

using core::Problem;
using core::Request;
using core::Response;
using storefront::escapeHtml;
using storefront::PageShell;

namespace {

void html(Response& response, std::string body, int status = 200)
{
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = std::move(body);
    // The page carries a resume token in its address: never cached, never sent as a referrer.
    response.headers["Cache-Control"] = "no-store";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Referrer-Policy"] = "no-referrer";
}

std::string scripts()
{
    return "<link rel=\"stylesheet\" href=\"" + escapeHtml(PageShell::assetUrl("assessment.css")) +
           "\"><script src=\"" + escapeHtml(PageShell::assetUrl("assessment.js")) +
           "\" defer></script>";
}

std::string messagePage(const storefront::PageBrand& brand, const std::string& heading,
                        const std::string& text)
{
    const auto content = "<section class=\"card empty asm-message\"><h1>" + escapeHtml(heading) +
                         "</h1><p class=\"muted\">" + escapeHtml(text) + "</p></section>";
    return PageShell::render(
        brand, {heading + " | " + brand.platformName, text, "assessment", scripts()}, content);
}

std::string field(const std::string& name, const std::string& label, const std::string& type,
                  bool required, const std::string& autocomplete)
{
    return "<label class=\"asm-field\"><span>" + escapeHtml(label) +
           (required ? " <b aria-hidden=\"true\">*</b>" : " <small>(opsional)</small>") +
           "</span><input name=\"" + name + "\" type=\"" + type + "\" autocomplete=\"" +
           autocomplete + "\" maxlength=\"200\"" + (required ? " required" : "") + "></label>";
}

} // namespace

std::string ClientFlowPages::resumePath(const std::string& clientId, const std::string& token)
{
    std::string client;
    std::string encoded;
    Poco::URI::encode(clientId, "&=?#+/", client);
    Poco::URI::encode(token, "&=?#+/", encoded);
    return "/partner/assessment/resume?client=" + client + "&token=" + encoded;
}

void ClientFlowPages::addRoutes(core::Router& router, core::Db& db,
                                const std::shared_ptr<ClientFlowService>& flow)
{
    using core::access::Public;

    router.add(
        {"GET", "/partner/assessment/take", Public,
         [&db, flow](Request& request, Response& response) {
             const auto brand = PageShell::loadBrand(db);
             const auto code = request.queryValue("ref").value_or("");
             PartnerEvent event;
             try {
                 event = flow->events().openEvent(code);
             } catch (const Problem& problem) {
                 if (problem.status() != 404)
                     throw;
                 return html(
                     response,
                     messagePage(brand, "Kode asesmen tidak dapat dipakai", problem.detail().id),
                     404);
             }
             try {
                 // Quota or credit is checked before anyone types their profile.
                 flow->checkCanStart(event);
             } catch (const Problem& problem) {
                 if (problem.status() != 409)
                     throw;
                 return html(response,
                             messagePage(brand, "Asesmen belum bisa dimulai", problem.detail().id),
                             409);
             }
             const auto heading = event.title.value_or(event.assessmentTitle);
             const auto content =
                 "<section class=\"card asm\" id=\"asm\" data-code=\"" +
                 escapeHtml(event.referenceCode) +
                 "\">"
                 "<p class=\"asm-eyebrow\">" +
                 escapeHtml(event.partnerInstitution) + " · " + escapeHtml(event.referenceCode) +
                 "</p><h1>" + escapeHtml(heading) +
                 "</h1>"
                 "<p class=\"muted\">" +
                 escapeHtml(event.assessmentTitle) +
                 ". Jawaban Anda tersimpan di server setiap halaman, jadi Anda bisa menutup "
                 "browser dan melanjutkan lewat tautan lanjut.</p>"
                 "<form class=\"asm-profile\" id=\"asm-profile\" novalidate>"
                 "<h2>Data diri</h2>" +
                 field("full_name", "Nama lengkap", "text", true, "name") +
                 field("email", "Email", "email", true, "email") +
                 field("organization", "Organisasi / sekolah", "text", false, "organization") +
                 field("position", "Jabatan / kelas", "text", false, "organization-title") +
                 "<p class=\"asm-error\" role=\"alert\" hidden></p>"
                 "<button class=\"btn\" type=\"submit\">Mulai asesmen</button></form>"
                 "<div class=\"asm-stage\" hidden></div></section>";
             html(response, PageShell::render(brand,
                                              {heading + " | " + brand.platformName,
                                               "Asesmen " + event.assessmentTitle + " dari " +
                                                   event.partnerInstitution,
                                               "assessment", scripts()},
                                              content));
         },
         0, "getPartnerAssessmentTakePage"});

    router.add(
        {"GET", "/partner/assessment/resume", Public,
         [&db](Request& request, Response& response) {
             const auto brand = PageShell::loadBrand(db);
             const auto client = request.queryValue("client").value_or("");
             const auto token = request.queryValue("token").value_or("");
             if (client.empty() || token.empty())
                 return html(response,
                             messagePage(brand, "Tautan lanjut tidak lengkap",
                                         "Buka tautan lanjut persis seperti yang Anda "
                                         "simpan saat mulai asesmen."),
                             404);
             // The script checks the token with the API, so a wrong one gets the API's
             // readable answer and nothing of the attempt is put in this page.
             const auto content = "<section class=\"card asm\" id=\"asm\" data-client=\"" +
                                  escapeHtml(client) + "\" data-token=\"" + escapeHtml(token) +
                                  "\"><h1>Melanjutkan asesmen…</h1>"
                                  "<p class=\"asm-error\" role=\"alert\" hidden></p>"
                                  "<div class=\"asm-stage\"></div></section>";
             html(response, PageShell::render(brand,
                                              {"Lanjutkan asesmen | " + brand.platformName,
                                               "Lanjutkan asesmen Anda", "assessment", scripts()},
                                              content));
         },
         0, "getPartnerAssessmentResumePage"});
}

} // namespace ey::partner

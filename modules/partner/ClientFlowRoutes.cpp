// Client flow routes: parse and validate input, call ClientFlowService, write JSON. No rules here.
#include "ClientFlowRoutes.h"

#include "ClientFlowPages.h"

#include "Http.h"
#include "Json.h"
#include "Problem.h"

#include <regex>

namespace ey::partner {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

constexpr std::size_t kBodyBytes = 64 * 1024;

/// Trims spaces around what a person typed; "" becomes absent.
std::optional<std::string> trimmed(std::optional<std::string> text)
{
    if (!text)
        return text;
    const auto begin = text->find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return std::nullopt;
    const auto end = text->find_last_not_of(" \t\r\n");
    return text->substr(begin, end - begin + 1);
}

ClientProfile profileFrom(json::Reader& in)
{
    static const std::regex email(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    ClientProfile profile;
    profile.email = trimmed(in.optionalString("email", 254)).value_or("");
    if (!std::regex_match(profile.email, email))
        in.fail("email", {"Isi alamat email yang valid, misalnya nama@perusahaan.co.id.",
                          "Enter a valid email address, e.g. name@company.co.id."});
    profile.fullName = trimmed(in.optionalString("full_name", 200)).value_or("");
    if (profile.fullName.empty())
        in.fail("full_name", {"Isi nama lengkap Anda.", "Enter your full name."});
    profile.organization = trimmed(in.optionalString("organization", 200));
    profile.position = trimmed(in.optionalString("position", 200));
    return profile;
}

/// The resume token from the X-Resume-Token header, else ?token=.
std::string tokenOf(const Request& request)
{
    auto token = request.header("X-Resume-Token");
    if (token.empty())
        token = request.queryValue("token").value_or("");
    return token;
}

SectionDraft draftFrom(const json::ObjectPtr& body)
{
    json::Reader in(body);
    SectionDraft draft;
    draft.elapsedSeconds = in.optionalInt("elapsed_seconds", 0, 7 * 24 * 3600).value_or(0);
    if (!body->has("answers") || !body->isObject("answers")) {
        in.fail("answers", {"Kirim jawaban sebagai objek {id pertanyaan: nilai}.",
                            "Send answers as an object {question id: value}."});
    } else {
        const auto answers = body->getObject("answers");
        if (answers->size() > 500)
            in.fail("answers", {"Terlalu banyak jawaban dalam satu halaman.",
                                "Too many answers on one page."});
        for (const auto& [id, value] : *answers) {
            if (value.isEmpty()) {
                draft.answers[id] = std::nullopt;
            } else if (value.isInteger()) {
                draft.answers[id] = value.convert<int>();
            } else {
                in.fail("answers." + id, {"Jawaban " + id + " harus berupa angka pilihan.",
                                          "Answer " + id + " must be an option's number."});
            }
        }
    }
    in.finish();
    return draft;
}

} // namespace

void addClientFlowRoutes(core::Router& router, const std::shared_ptr<ClientFlowService>& flow,
                         core::Db& db)
{
    using core::access::Public;

    router.add({"POST", "/api/v1/partner-events/{code}/clients", Public,
                [flow](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    const auto profile = profileFrom(in);
                    const auto resumeToken = in.optionalString("resume_token", 200);
                    in.finish();
                    const auto started =
                        flow->start(request.param("code"), profile, resumeToken, request.clientIp);
                    auto state = flow->state(started.clientId, started.resumeToken);
                    state->set("resume_token", started.resumeToken);
                    state->set("resumed", started.resumed);
                    state->set("resume_path",
                               ClientFlowPages::resumePath(started.clientId, started.resumeToken));
                    response.json(state, started.resumed ? 200 : 201);
                },
                kBodyBytes, "startPartnerAssessment"});

    router.add({"GET", "/api/v1/partner-assessment/{clientId}", Public,
                [flow](Request& request, Response& response) {
                    response.json(flow->state(request.param("clientId"), tokenOf(request)));
                },
                0, "getPartnerAssessmentState"});

    router.add({"PUT", "/api/v1/partner-assessment/{clientId}/sections/{key}", Public,
                [flow](Request& request, Response& response) {
                    const auto draft = draftFrom(request.jsonBody());
                    response.json(flow->saveSection(request.param("clientId"), tokenOf(request),
                                                    request.param("key"), draft));
                },
                kBodyBytes, "savePartnerAssessmentSection"});

    router.add({"POST", "/api/v1/partner-assessment/{clientId}/finish", Public,
                [flow](Request& request, Response& response) {
                    response.json(flow->finish(request.param("clientId"), tokenOf(request)));
                },
                kBodyBytes, "finishPartnerAssessment"});

    ClientFlowPages::addRoutes(router, db, flow);
}

} // namespace ey::partner

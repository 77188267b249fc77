// Google sign-in HTTP. The browser routes answer small HTML pages (a person reads them, not an
// app); the API route answers the same JSON as POST /api/v1/auth/login.
#include "GoogleSignInRoutes.h"

#include "Json.h"
#include "Problem.h"
#include "Random.h"

#include <cstdio>

namespace ey::identity {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

std::string escapeHtml(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// A JavaScript string literal that cannot end the script element it sits in.
std::string jsString(const std::string& text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

/// Headers every page of this flow carries: never cached (it may hold a token), never framed,
/// never telling the next site where the person came from (the callback URL holds the code).
void pageHeaders(Response& response, const std::string& scriptNonce)
{
    response.contentType = "text/html; charset=utf-8";
    response.headers["Cache-Control"] = "no-store";
    response.headers["Pragma"] = "no-cache";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Referrer-Policy"] = "no-referrer";
    response.headers["Content-Security-Policy"] =
        "default-src 'none'; style-src 'unsafe-inline'; " +
        (scriptNonce.empty() ? std::string("script-src 'none'; ")
                             : "script-src 'nonce-" + scriptNonce + "'; ") +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

std::string page(const std::string& title, const std::string& inner)
{
    return "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" +
           escapeHtml(title) +
           "</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem "
           "auto;padding:0 1rem;color:#1f2937}h1{font-size:1.4rem}a{color:#0f766e}</style>"
           "</head><body>" +
           inner + "</body></html>\n";
}

void errorPage(Response& response, const Problem& problem, core::Lang lang)
{
    pageHeaders(response, {});
    response.status = problem.status();
    const bool english = lang == core::Lang::English;
    response.body =
        page(problem.title().in(lang),
             "<h1>" + escapeHtml(problem.title().in(lang)) + "</h1><p>" +
                 escapeHtml(problem.detail().in(lang)) + "</p><p><a href=\"/\">" +
                 (english ? "Back to the start page" : "Kembali ke halaman awal") + "</a></p>");
}

/// return_to must be a path on this site: "/x", never "//host" or "/\host" (browsers read
/// both as another host), printable ASCII only.
bool sameSitePath(const std::string& path)
{
    if (path.empty() || path.size() > 500 || path.front() != '/')
        return false;
    if (path.size() > 1 && (path[1] == '/' || path[1] == '\\'))
        return false;
    for (unsigned char c : path)
        if (c <= 0x20 || c >= 0x7f || c == '\\')
            return false;
    return true;
}

Problem badReturnTo()
{
    return Problem::badRequest({"Alamat tujuan setelah masuk harus halaman di situs ini.",
                                "The page to return to after signing in must be on this site."});
}

Problem unknownIntent()
{
    return Problem::notFound(
        {"Jenis pendaftaran ini tidak ada.", "There is no registration of this kind."});
}

Origin originOf(const Request& request)
{
    return {request.clientIp, request.header("User-Agent")};
}

} // namespace

void addGoogleSignInRoutes(core::Router& router, IdentityService& service,
                           std::shared_ptr<const GoogleSignIn> google)
{
    using core::access::Public;

    router.add({"GET", "/api/v1/auth/providers", Public,
                [google](Request&, Response& response) {
                    auto body = json::object();
                    body->set("google", google->configured());
                    response.json(body);
                },
                0, "listSignInProviders"});

    router.add({"GET", "/auth/google/start", Public,
                [&service, google](Request& request, Response& response) {
                    try {
                        if (!google->configured())
                            throw GoogleSignIn::notConfigured();
                        ExternalFlow flow;
                        flow.provider = "google";
                        flow.intent = request.queryValue("intent").value_or("login");
                        flow.returnTo = request.queryValue("return_to").value_or("/");
                        if (!service.knowsIntent(flow.intent))
                            throw unknownIntent();
                        if (!sameSitePath(flow.returnTo))
                            throw badReturnTo();
                        flow.nonce = core::randomToken(16);
                        flow.codeVerifier = core::randomToken(48);
                        const auto state = service.startExternalFlow(flow);
                        pageHeaders(response, {});
                        response.status = 302;
                        response.headers["Location"] =
                            google->authorizationUrl(state, flow.nonce, flow.codeVerifier);
                        response.body.clear();
                    } catch (const Problem& problem) {
                        errorPage(response, problem, request.lang);
                    }
                },
                0, "startGoogleSignIn"});

    router.add({"GET", "/auth/google/callback", Public,
                [&service, google](Request& request, Response& response) {
                    try {
                        if (!google->configured())
                            throw GoogleSignIn::notConfigured();
                        // The flow is used up whatever Google answered: a state works once.
                        const auto flow =
                            service.takeExternalFlow(request.queryValue("state").value_or(""));
                        if (request.queryValue("error"))
                            throw Problem::badRequest(
                                {"Masuk dengan Google dibatalkan. Anda dapat mencoba lagi.",
                                 "Signing in with Google was cancelled. You can try again."});
                        const auto code = request.queryValue("code").value_or("");
                        if (code.empty() || code.size() > 2000)
                            throw Problem::badRequest(
                                {"Google tidak mengirim kode masuk. Mulai lagi dari tombol Masuk "
                                 "dengan Google.",
                                 "Google sent no sign-in code. Start again from the Sign in "
                                 "with Google button."});
                        const auto identity = google->exchange(code, flow.codeVerifier,
                                                               google->redirectUri(), flow.nonce);
                        const auto signIn =
                            service.signInExternal(identity, flow.intent, originOf(request));
                        const auto scriptNonce = core::randomToken(16);
                        pageHeaders(response, scriptNonce);
                        response.status = 200;
                        const bool english = request.lang == core::Lang::English;
                        response.body =
                            page(english ? "Signed in" : "Berhasil masuk",
                                 std::string("<p>") +
                                     (english ? "Signed in. Taking you on…"
                                              : "Berhasil masuk. Mengalihkan…") +
                                     "</p><script nonce=\"" + scriptNonce +
                                     "\">try{sessionStorage.setItem(\"ey_session\"," +
                                     jsString(signIn.token) + ");}catch(e){}location.replace(" +
                                     jsString(flow.returnTo) + ");</script><noscript><p>" +
                                     (english ? "Turn on JavaScript to continue."
                                              : "Aktifkan JavaScript untuk melanjutkan.") +
                                     "</p></noscript>");
                    } catch (const Problem& problem) {
                        errorPage(response, problem, request.lang);
                    }
                },
                0, "finishGoogleSignIn"});

    router.add(
        {"POST", "/api/v1/auth/google", Public,
         [&service, google](Request& request, Response& response) {
             if (!google->configured())
                 throw GoogleSignIn::notConfigured();
             json::Reader in(request.jsonBody());
             const auto code = in.requiredString("code", 2000);
             const auto verifier = in.requiredString("code_verifier", 128);
             const auto redirectUri = in.requiredString("redirect_uri", 500);
             const auto intent = in.optionalString("intent", 40).value_or("login");
             if (verifier.size() < 43)
                 in.fail("code_verifier", {"code_verifier PKCE terdiri dari 43–128 karakter.",
                                           "A PKCE code_verifier has 43–128 characters."});
             if (!service.knowsIntent(intent))
                 in.fail("intent", {"Jenis pendaftaran ini tidak ada.",
                                    "There is no registration of this kind."});
             in.finish();
             const auto identity = google->exchange(code, verifier, redirectUri, std::nullopt);
             response.json(IdentityService::signInJson(
                 service.signInExternal(identity, intent, originOf(request))));
         },
         16 * 1024, "signInWithGoogle"});
}

} // namespace ey::identity

// Test fake: a local HTTP server speaking Google's OAuth wire format — the authorize step
// (which here signs the test's chosen person in at once and redirects back with a code), the
// token endpoint (form in, JSON out, PKCE S256 checked) and the OpenID userinfo endpoint.
#pragma once

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <QByteArray>
#include <QCryptographicHash>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace ey::test {

/// The person the fake signs in on its authorize step.
struct GooglePerson
{
    std::string sub = "1098765432101234567";
    std::string email = "sari@gmail.com";
    bool emailVerified = true;
    std::string name = "Sari Wulandari";
};

class FakeGoogle
{
public:
    static constexpr const char* kClientId = "test-client.apps.googleusercontent.com";
    static constexpr const char* kClientSecret = "test-secret";

    FakeGoogle()
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(4);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket, params);
        m_server->start();
    }
    ~FakeGoogle() { m_server->stopAll(true); }

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    std::string authUrl() const { return baseUrl() + "/o/oauth2/v2/auth"; }
    std::string tokenUrl() const { return baseUrl() + "/token"; }
    std::string userinfoUrl() const { return baseUrl() + "/v1/userinfo"; }

    /// The server settings that point the product's adapter here.
    std::map<std::string, std::string> config() const
    {
        return {{"google.client_id", kClientId},
                {"google.client_secret", kClientSecret},
                {"google.auth_url", authUrl()},
                {"google.token_url", tokenUrl()},
                {"google.userinfo_url", userinfoUrl()}};
    }

    void setPerson(GooglePerson person)
    {
        std::lock_guard lock(m_mutex);
        m_person = std::move(person);
    }
    /// The next authorize step records a challenge no verifier matches (a tampered flow).
    void corruptNextChallenge() { m_corruptChallenge = true; }
    /// The token endpoint answers 500 until switched back.
    void setTokenEndpointBroken(bool broken) { m_tokenBroken = broken; }
    /// The last authorize request's query parameters.
    std::map<std::string, std::string> lastAuthorize() const
    {
        std::lock_guard lock(m_mutex);
        return m_lastAuthorize;
    }
    int tokenCalls() const { return m_tokenCalls.load(); }

    static std::string s256(const std::string& verifier)
    {
        return QCryptographicHash::hash(QByteArray::fromStdString(verifier),
                                        QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .toStdString();
    }

private:
    struct Grant
    {
        std::string redirectUri;
        std::string challenge;
        std::string nonce;
        GooglePerson person;
        bool used = false;
    };

    static std::string base64Url(const std::string& data)
    {
        return QByteArray::fromStdString(data)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .toStdString();
    }

    static std::string jsonText(const std::string& text)
    {
        std::string out = "\"";
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + "\"";
    }

    void reply(Poco::Net::HTTPServerResponse& response, int status, const std::string& body)
    {
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }

    void authorize(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
    {
        std::map<std::string, std::string> query;
        for (const auto& [name, value] : Poco::URI(request.getURI()).getQueryParameters())
            query[name] = value;
        std::string code;
        {
            std::lock_guard lock(m_mutex);
            m_lastAuthorize = query;
            if (query["client_id"] != kClientId || query["response_type"] != "code" ||
                query["code_challenge_method"] != "S256" || query["code_challenge"].empty())
                return reply(response, 400, R"({"error":"invalid_request"})");
            code = "code-" + std::to_string(++m_codes);
            m_grants[code] = {query["redirect_uri"],
                              m_corruptChallenge.exchange(false) ? "tampered"
                                                                 : query["code_challenge"],
                              query["nonce"], m_person, false};
        }
        Poco::URI back(query["redirect_uri"]);
        back.addQueryParameter("code", code);
        back.addQueryParameter("state", query["state"]);
        response.setStatus(Poco::Net::HTTPResponse::HTTP_FOUND);
        response.set("Location", back.toString());
        response.setContentLength(0);
        response.send();
    }

    void token(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
    {
        ++m_tokenCalls;
        if (m_tokenBroken)
            return reply(response, 500, R"({"error":"internal_failure"})");
        if (request.getContentType().find("application/x-www-form-urlencoded") != 0)
            return reply(response, 400, R"({"error":"invalid_request"})");
        Poco::Net::HTMLForm form(request, request.stream());
        if (form.get("client_id", "") != kClientId ||
            form.get("client_secret", "") != kClientSecret)
            return reply(response, 401, R"({"error":"invalid_client"})");
        std::lock_guard lock(m_mutex);
        const auto found = m_grants.find(form.get("code", ""));
        if (form.get("grant_type", "") != "authorization_code" || found == m_grants.end() ||
            found->second.used || found->second.redirectUri != form.get("redirect_uri", "") ||
            found->second.challenge != s256(form.get("code_verifier", "")))
            return reply(response, 400,
                         R"({"error":"invalid_grant","error_description":"Bad Request"})");
        found->second.used = true;
        const auto access = "access-" + found->first;
        m_tokens[access] = found->second.person;
        const auto& person = found->second.person;
        const auto idToken = base64Url(R"({"alg":"RS256","kid":"test"})") + "." +
                             base64Url(R"({"iss":"https://accounts.google.com","aud":)" +
                                       jsonText(kClientId) + R"(,"sub":)" + jsonText(person.sub) +
                                       R"(,"email":)" + jsonText(person.email) + R"(,"nonce":)" +
                                       jsonText(found->second.nonce) + R"(,"exp":4102444800})") +
                             ".c2lnbmF0dXJl";
        reply(
            response, 200,
            R"({"access_token":)" + jsonText(access) +
                R"(,"expires_in":3599,"scope":"openid email profile","token_type":"Bearer","id_token":)" +
                jsonText(idToken) + "}");
    }

    void userinfo(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
    {
        const auto header = request.get("Authorization", "");
        std::lock_guard lock(m_mutex);
        const auto found =
            header.rfind("Bearer ", 0) == 0 ? m_tokens.find(header.substr(7)) : m_tokens.end();
        if (found == m_tokens.end())
            return reply(response, 401, R"({"error":"invalid_token"})");
        const auto& p = found->second;
        reply(response, 200,
              R"({"sub":)" + jsonText(p.sub) + R"(,"email":)" + jsonText(p.email) +
                  R"(,"email_verified":)" + (p.emailVerified ? "true" : "false") + R"(,"name":)" +
                  jsonText(p.name) + R"(,"picture":"https://lh3.googleusercontent.com/a/test"})");
    }

    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(FakeGoogle& fake) : m_fake(fake) {}
        void handleRequest(Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response) override
        {
            const auto path = Poco::URI(request.getURI()).getPath();
            if (request.getMethod() == "GET" && path == "/o/oauth2/v2/auth")
                m_fake.authorize(request, response);
            else if (request.getMethod() == "POST" && path == "/token")
                m_fake.token(request, response);
            else if (request.getMethod() == "GET" && path == "/v1/userinfo")
                m_fake.userinfo(request, response);
            else
                m_fake.reply(response, 404, R"({"error":"not_found"})");
        }

    private:
        FakeGoogle& m_fake;
    };

    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FakeGoogle& fake) : m_fake(fake) {}
        Poco::Net::HTTPRequestHandler*
        createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new Handler(m_fake);
        }

    private:
        FakeGoogle& m_fake;
    };

    mutable std::mutex m_mutex;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
    GooglePerson m_person;
    int m_codes = 0;
    std::map<std::string, Grant> m_grants;
    std::map<std::string, GooglePerson> m_tokens;
    std::map<std::string, std::string> m_lastAuthorize;
    std::atomic<bool> m_corruptChallenge{false};
    std::atomic<bool> m_tokenBroken{false};
    std::atomic<int> m_tokenCalls{0};
};

} // namespace ey::test

// Test fake: a local HTTP server speaking Xendit's invoice API (POST /v2/invoices). It checks the
// Basic auth and the JSON fields the way Xendit documents them, records every invoice and answers
// with an id and an invoice_url, or with an error when the test asks for one.
#pragma once

#include "Json.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace ey::test::commerce {

/// One invoice the fake accepted.
struct FakeInvoice
{
    std::string id;
    std::string externalId;
    std::int64_t amount = 0;
    std::string payerEmail;
    std::string description;
    std::string successRedirectUrl;
    std::string failureRedirectUrl;
};

class FakeXendit
{
public:
    explicit FakeXendit(std::string secretKey) : m_secretKey(std::move(secretKey))
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(32);
        params->setMaxQueued(200);
        // Its own pool: sharing Poco's default pool with the server under test would let the
        // server's waiting checkouts starve the fake that should answer them.
        m_server =
            std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), m_pool, socket, params);
        m_server->start();
    }
    ~FakeXendit() { m_server->stopAll(true); }

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    /// From now on answer every request with this status and Xendit's error body.
    void failWith(int status) { m_failStatus = status; }
    std::vector<FakeInvoice> invoices() const
    {
        std::lock_guard lock(m_mutex);
        return m_invoices;
    }
    /// Requests refused for bad auth or bad fields (a correct client makes none).
    int refused() const { return m_refused; }

private:
    std::string expectedAuthorization() const
    {
        std::ostringstream out;
        Poco::Base64Encoder encoder(out);
        encoder.rdbuf()->setLineLength(0);
        encoder << m_secretKey << ":";
        encoder.close();
        return "Basic " + out.str();
    }

    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
    {
        std::string body;
        Poco::StreamCopier::copyToString(request.stream(), body);
        auto reply = [&](int status, const std::string& text) {
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
            response.setContentType("application/json");
            response.sendBuffer(text.data(), text.size());
        };
        auto refuse = [&](int status, const std::string& code, const std::string& message) {
            ++m_refused;
            reply(status, "{\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}");
        };
        if (request.getMethod() != "POST" || request.getURI() != "/v2/invoices")
            return refuse(404, "NOT_FOUND", "unknown endpoint");
        if (request.get("Authorization", "") != expectedAuthorization())
            return refuse(401, "INVALID_API_KEY", "API key is invalid");
        if (m_failStatus != 0)
            return reply(m_failStatus, "{\"error_code\":\"SERVER_ERROR\",\"message\":\"down\"}");
        core::json::ObjectPtr object;
        try {
            object = core::json::parseObject(body);
        } catch (const std::exception&) {
            return refuse(400, "API_VALIDATION_ERROR", "body is not JSON");
        }
        FakeInvoice invoice;
        invoice.externalId = object->optValue<std::string>("external_id", "");
        invoice.payerEmail = object->optValue<std::string>("payer_email", "");
        invoice.description = object->optValue<std::string>("description", "");
        invoice.successRedirectUrl = object->optValue<std::string>("success_redirect_url", "");
        invoice.failureRedirectUrl = object->optValue<std::string>("failure_redirect_url", "");
        if (invoice.externalId.empty() || !object->has("amount") ||
            !object->get("amount").isNumeric())
            return refuse(400, "API_VALIDATION_ERROR", "external_id and amount are required");
        invoice.amount = object->getValue<std::int64_t>("amount");
        {
            std::lock_guard lock(m_mutex);
            invoice.id = "fake" + std::to_string(m_invoices.size() + 1) + "x" + invoice.externalId;
            m_invoices.push_back(invoice);
        }
        auto answer = core::json::object();
        answer->set("id", invoice.id);
        answer->set("external_id", invoice.externalId);
        answer->set("user_id", "6279ce4495d10c9afc3171b8");
        answer->set("status", "PENDING");
        answer->set("merchant_name", "EksporYuk");
        answer->set("amount", invoice.amount);
        answer->set("payer_email", invoice.payerEmail);
        answer->set("description", invoice.description);
        answer->set("expiry_date", "2026-11-22T05:40:07.123Z");
        answer->set("invoice_url", "https://checkout.xendit.co/web/" + invoice.id);
        answer->set("currency", "IDR");
        reply(200, core::json::stringify(answer));
    }

    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(FakeXendit& fake) : m_fake(fake) {}
        void handleRequest(Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response) override
        {
            m_fake.handle(request, response);
        }

    private:
        FakeXendit& m_fake;
    };
    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FakeXendit& fake) : m_fake(fake) {}
        Poco::Net::HTTPRequestHandler*
        createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new Handler(m_fake);
        }

    private:
        FakeXendit& m_fake;
    };

    std::string m_secretKey;
    int m_port = 0;
    Poco::ThreadPool m_pool{2, 32};
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::atomic<int> m_failStatus{0};
    std::atomic<int> m_refused{0};
    mutable std::mutex m_mutex;
    std::vector<FakeInvoice> m_invoices;
};

} // namespace ey::test::commerce

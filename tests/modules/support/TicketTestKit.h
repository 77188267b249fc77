// Shared steps of the ticket desk suites: signed-in people, opening tickets, reading JSON answers.
#pragma once

#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "ServerInstance.h"

#include <QTest>

#include <string>
#include <vector>

namespace ey::test::tickets {

/// A user of the desk with their own signed-in client.
struct Person
{
    std::string id;
    std::string email;
    std::string name;
    HttpClient http;
};

inline Person person(TestServer& server, const std::string& email,
                     const std::vector<std::string>& roles, const std::string& name)
{
    Person p{createUser(server.instance(), email, roles, name), email, name,
             HttpClient(server.baseUrl())};
    p.http.login(email, kTestPassword);
    return p;
}

inline std::string ticketBody(const std::string& title, const std::string& category = "akun_login",
                              const std::string& priority = "medium",
                              const std::string& description = "Tidak bisa masuk")
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("category", category);
    body->set("description", description);
    body->set("priority", priority);
    return core::json::stringify(body);
}

/// Opens a ticket as `who` and returns its JSON (fails the test unless it answers 201).
inline core::json::ObjectPtr openTicket(Person& who, const std::string& title,
                                        const std::string& category = "akun_login",
                                        const std::string& priority = "medium",
                                        const std::string& description = "Tidak bisa masuk")
{
    const auto result =
        who.http.post("/api/v1/tickets", ticketBody(title, category, priority, description));
    if (result.status != 201)
        throw std::runtime_error("opening a ticket failed: " + std::to_string(result.status) + " " +
                                 result.body);
    return result.json();
}

inline std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->getValue<std::string>(name);
}

inline HttpResult patch(Person& who, const std::string& ticketId, const std::string& field,
                        const std::string& value)
{
    auto body = core::json::object();
    body->set(field, value);
    return who.http.request("PATCH", "/api/v1/tickets/" + ticketId, core::json::stringify(body));
}

inline HttpResult reply(Person& who, const std::string& ticketId, const std::string& text,
                        const std::vector<std::string>& attachmentIds = {},
                        std::map<std::string, std::string> headers = {})
{
    auto body = core::json::object();
    body->set("body", text);
    if (!attachmentIds.empty()) {
        auto ids = core::json::array();
        for (const auto& id : attachmentIds)
            ids->add(id);
        body->set("attachment_ids", ids);
    }
    return who.http.request("POST", "/api/v1/tickets/" + ticketId + "/messages",
                            core::json::stringify(body), std::move(headers));
}

/// The thread of a ticket as `who` sees it.
inline core::json::ArrayPtr messagesOf(Person& who, const std::string& ticketId)
{
    const auto result = who.http.get("/api/v1/tickets/" + ticketId + "/messages");
    if (result.status != 200)
        throw std::runtime_error("reading the thread failed: " + result.body);
    return result.json()->getArray("items");
}

/// The ids on every page of a ticket list, following next_cursor.
inline std::vector<std::string> allIds(Person& who, const std::string& query, int limit = 200)
{
    std::vector<std::string> ids;
    std::string cursor;
    for (int guard = 0; guard < 100; ++guard) {
        std::string path =
            "/api/v1/tickets?limit=" + std::to_string(limit) + (query.empty() ? "" : "&" + query);
        if (!cursor.empty())
            path += "&cursor=" + cursor;
        const auto result = who.http.get(path);
        if (result.status != 200)
            throw std::runtime_error("listing failed: " + result.body);
        const auto page = result.json();
        const auto items = page->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i)
            ids.push_back(items->getObject(i)->getValue<std::string>("id"));
        if (page->isNull("next_cursor"))
            break;
        cursor = page->getValue<std::string>("next_cursor");
    }
    return ids;
}

inline bool contains(const std::vector<std::string>& items, const std::string& item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

inline std::int64_t count(TestServer& server, const std::string& sql, const core::Params& params)
{
    return server.instance().db().exec(sql, params).front().i64("n");
}

} // namespace ey::test::tickets

// Shared steps of the catalog suites: signed-in people, JSON documents, reading answers.
#pragma once

#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "ServerInstance.h"

#include <QTest>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace ey::test::catalog {

/// A user with their own signed-in client.
struct Person
{
    std::string id;
    std::string email;
    HttpClient http;
};

inline Person person(TestServer& server, const std::string& email,
                     const std::vector<std::string>& roles)
{
    Person p{createUser(server.instance(), email, roles), email, HttpClient(server.baseUrl())};
    p.http.login(email, kTestPassword);
    return p;
}

inline std::string text(const core::json::ObjectPtr& object)
{
    return core::json::stringify(object);
}

inline std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->getValue<std::string>(name);
}

inline HttpResult put(const Person& who, const std::string& path, const core::json::ObjectPtr& body)
{
    return who.http.request("PUT", path, text(body));
}

inline HttpResult post(const Person& who, const std::string& path,
                       const core::json::ObjectPtr& body)
{
    return who.http.post(path, text(body));
}

/// Creates through the admin API and returns the created document (throws unless 201).
inline core::json::ObjectPtr created(const Person& admin, const std::string& path,
                                     const core::json::ObjectPtr& body)
{
    const auto result = post(admin, path, body);
    if (result.status != 201)
        throw std::runtime_error("create failed: " + std::to_string(result.status) + " " +
                                 result.body);
    return result.json();
}

/// A plan document with one 12-month price.
inline core::json::ObjectPtr planBody(const std::string& title, const std::string& status = "draft",
                                      std::int64_t price = 1'000'000)
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("status", status);
    auto prices = core::json::array();
    auto twelve = core::json::object();
    twelve->set("duration", "12m");
    twelve->set("price", price);
    prices->add(twelve);
    body->set("prices", prices);
    return body;
}

inline core::json::ObjectPtr productBody(const std::string& title, std::int64_t basePrice = 100'000,
                                         const std::string& status = "publish",
                                         const std::string& category = "ebook")
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("category", category);
    body->set("status", status);
    body->set("base_price", basePrice);
    return body;
}

inline core::json::ArrayPtr list(const std::vector<std::string>& items)
{
    auto array = core::json::array();
    for (const auto& item : items)
        array->add(item);
    return array;
}

/// The field names a 422 problem lists.
inline std::vector<std::string> errorFields(const HttpResult& result)
{
    std::vector<std::string> fields;
    const auto body = result.json();
    if (!body->has("errors"))
        return fields;
    for (const auto& name : body->getObject("errors")->getNames())
        fields.push_back(name);
    return fields;
}

inline bool hasField(const HttpResult& result, const std::string& name)
{
    const auto fields = errorFields(result);
    return std::find(fields.begin(), fields.end(), name) != fields.end();
}

/// How many activity-log rows of `action` name `entityId`.
inline std::int64_t auditRows(TestServer& server, const std::string& action,
                              const std::string& entityId)
{
    return server.instance()
        .db()
        .exec("SELECT count(*) AS n FROM activity_log WHERE action = $1 AND entity_id = $2",
              {action, entityId})
        .front()
        .i64("n");
}

} // namespace ey::test::catalog

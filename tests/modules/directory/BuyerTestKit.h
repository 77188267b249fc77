// Shared pieces of the buyer directory suites: people, requests, buyers, memberships.
#pragma once

#include "TestSupport.h"

#include "Db.h"
#include "ServerInstance.h"

#include <string>
#include <vector>

namespace ey::test::buyers {

/// A signed-in person with their user id.
struct Person
{
    std::string id;
    HttpClient http;
};

inline Person person(TestServer& server, const std::string& email,
                     const std::vector<std::string>& roles,
                     const std::string& name = "Pengguna Uji")
{
    Person who{createUser(server.instance(), email, roles, name), HttpClient(server.baseUrl())};
    who.http.login(email, kTestPassword);
    return who;
}

inline HttpResult send(const Person& who, const std::string& method, const std::string& path,
                       const std::string& body = {})
{
    return who.http.request(method, path, body, {{"Content-Type", "application/json"}});
}

inline std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->getValue<std::string>(name);
}

inline std::int64_t count(TestServer& server, const std::string& sql,
                          const core::Params& params = {})
{
    return server.instance().db().exec(sql, params).front().i64("n");
}

/// A minimal valid buyer body.
inline std::string buyerBody(const std::string& company, const std::string& country = "JP",
                             const std::string& extra = {})
{
    return R"({"company": ")" + company + R"(", "country": ")" + country + "\"" +
           (extra.empty() ? std::string() : ", " + extra) + "}";
}

/// Creates a buyer as `admin` and returns its id (QVERIFY-style failure when it cannot).
inline std::string createBuyer(const Person& admin, const std::string& body)
{
    const auto created = send(admin, "POST", "/api/v1/admin/buyers", body);
    if (created.status != 201)
        qFatal("creating a buyer failed: %d %s", created.status, created.body.c_str());
    return field(created.json(), "id");
}

/// Gives the user an active membership lasting `days` from `startMs` (granted by hand, so its
/// tier follows its length: 95 days is "3m").
inline void grantMembership(TestServer& server, const std::string& userId, int days,
                            std::int64_t startMs, const std::string& title = "Ekspor Pro")
{
    auto& db = server.instance().db();
    const auto slug = "plan-" + userId.substr(0, 8);
    const auto plan = db.exec("INSERT INTO membership_plans (title, slug, status, created_at,"
                              " updated_at) VALUES ($1, $2, 'active', now(), now())"
                              " RETURNING id::text AS id",
                              {title, slug})
                          .front()
                          .str("id");
    db.exec("INSERT INTO memberships (user_id, plan_id, status, starts_at, ends_at, created_at,"
            " updated_at) VALUES ($1::uuid, $2::uuid, 'active', to_timestamp($3::bigint / 1000.0),"
            " to_timestamp($3::bigint / 1000.0) + $4::int * interval '1 day', now(), now())",
            {userId, plan, startMs, days});
}

} // namespace ey::test::buyers

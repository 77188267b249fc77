// Shared pieces of the partner API suites: a small valid assessment definition, people, JSON.
#pragma once

#include "TestSupport.h"

#include "Db.h"
#include "ServerInstance.h"

#include <string>

namespace ey::test::partner {

// Two sections: KK (Likert 1–5, a sum and a mean scale with reverse items and a highlight) and
// ST (0–4, one sum scale in three bands with a reverse item, summary over items).
inline std::string definitionJson(const std::string& code = "UJI-SKOR")
{
    return R"({
  "code": ")" +
           code + R"(", "title": "Asesmen Uji", "description": "Untuk pengujian",
  "templates": [
    {"key": "LIKERT5", "name": "Likert 1–5", "options": [
      {"value": 1, "label": "Sangat tidak setuju"}, {"value": 2, "label": "Tidak setuju"},
      {"value": 3, "label": "Netral"}, {"value": 4, "label": "Setuju"},
      {"value": 5, "label": "Sangat setuju"}]},
    {"key": "FREQ04", "name": "Frekuensi 0–4", "options": [
      {"value": 0, "label": "Tidak pernah"}, {"value": 1, "label": "Hampir tidak pernah"},
      {"value": 2, "label": "Kadang"}, {"value": 3, "label": "Cukup sering"},
      {"value": 4, "label": "Sangat sering"}]}
  ],
  "sections": [
    {"key": "KK", "title": "Kekuatan Kerja", "template": "LIKERT5", "time_limit_seconds": 600,
     "scoring": {
       "scales": [
         {"key": "X", "label": "Analitis", "method": "sum", "bands": [
           {"min": 2, "max": 5, "key": "rendah", "label": "Rendah", "narrative": "Kurang menonjol."},
           {"min": 6, "max": 10, "key": "tinggi", "label": "Tinggi", "narrative": "Menonjol."}]},
         {"key": "Y", "label": "Komunikator", "method": "mean"}
       ],
       "summary": {"method": "mean_scales"},
       "highlights_top": 1},
     "questions": [
       {"text": "Saya suka menganalisis data.", "scale": "X"},
       {"text": "Saya menghindari angka.", "scale": "X", "reverse": true},
       {"text": "Saya mudah menjelaskan ide.", "scale": "Y"},
       {"text": "Saya gugup berbicara di depan orang.", "scale": "Y", "reverse": true},
       {"text": "Saya senang berdiskusi.", "scale": "Y"}
     ]},
    {"key": "ST", "title": "Tekanan", "template": "FREQ04",
     "scoring": {
       "scales": [
         {"key": "TEKANAN", "label": "Tekanan", "method": "sum", "bands": [
           {"min": 0, "max": 4, "key": "rendah", "label": "Rendah", "narrative": "Tenang."},
           {"min": 5, "max": 8, "key": "sedang", "label": "Sedang", "narrative": "Wajar."},
           {"min": 9, "max": 12, "key": "tinggi", "label": "Tinggi", "narrative": "Waspada."}]}
       ]},
     "questions": [
       {"text": "Saya merasa kewalahan.", "scale": "TEKANAN"},
       {"text": "Saya sulit tidur.", "scale": "TEKANAN"},
       {"text": "Saya merasa mampu mengatasi masalah.", "scale": "TEKANAN", "reverse": true}
     ]}
  ]
})";
}

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

inline std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->getValue<std::string>(name);
}

inline HttpResult send(const Person& who, const std::string& method, const std::string& path,
                       const std::string& body = {})
{
    return who.http.request(method, path, body, {{"Content-Type", "application/json"}});
}

/// Activity rows for one entity and action (the audit trail an admin action must leave).
inline int auditCount(TestServer& server, const std::string& action, const std::string& entityId)
{
    return static_cast<int>(server.instance()
                                .db()
                                .exec("SELECT count(*) AS n FROM activity_log WHERE action = $1"
                                      " AND entity_id = $2",
                                      {action, entityId})
                                .front()
                                .i64("n"));
}

} // namespace ey::test::partner

namespace ey::test::partner {

/// Creates and publishes an assessment through the admin API; returns its id.
inline std::string publishedAssessment(const Person& admin, const std::string& code)
{
    const auto created = send(admin, "POST", "/api/v1/admin/assessments", definitionJson(code));
    if (created.status != 201)
        throw std::runtime_error("creating the assessment failed: " + created.body);
    const auto id = field(created.json(), "id");
    const auto published =
        send(admin, "POST", "/api/v1/admin/assessments/" + id + "/publish", "{}");
    if (published.status != 200)
        throw std::runtime_error("publishing the assessment failed: " + published.body);
    return id;
}

/// Creates a partner through the admin API with a new owner account; returns the partner id.
inline std::string createPartner(const Person& admin, const std::string& ownerEmail,
                                 const std::string& institution,
                                 const std::string& paymentModel = "after_payment")
{
    const auto created =
        send(admin, "POST", "/api/v1/admin/partners",
             R"({"type": "corporate", "payment_model": ")" + paymentModel +
                 R"(", "institution": ")" + institution + R"(", "owner": {"email": ")" +
                 ownerEmail + R"(", "full_name": "Pemilik )" + institution + R"(", "password": ")" +
                 kTestPassword + R"("}})");
    if (created.status != 201)
        throw std::runtime_error("creating the partner failed: " + created.body);
    return field(created.json(), "id");
}

/// A signed-in client for an account that already exists (made through the API).
inline Person signIn(TestServer& server, const std::string& email)
{
    Person who{"", HttpClient(server.baseUrl())};
    who.http.login(email, kTestPassword);
    const auto me = who.http.get("/api/v1/me");
    who.id = field(me.json(), "id");
    return who;
}

} // namespace ey::test::partner

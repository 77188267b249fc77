// The public client flow of a partner event: start, drafts per section, resume with the token from
// another browser, time limits, finish once with the partner notified, and the take page.
#include "PartnerTestKit.h"

#include "../storefront/HeadlessChromium.h"
#include "AssessmentStore.h"
#include "ScoringEngine.h"

#include <QTest>

#include <memory>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

namespace {

const std::string kJson = "application/json";

HttpResult call(const HttpClient& http, const std::string& method, const std::string& path,
                const std::string& body = {}, std::map<std::string, std::string> headers = {})
{
    headers["Content-Type"] = kJson;
    return http.request(method, path, body, headers);
}

std::string profile(const std::string& email, const std::string& name = "Siti Rahmawati")
{
    return R"({"email": ")" + email + R"(", "full_name": ")" + name +
           R"(", "organization": "PT Maju Jaya", "position": "Staf Ekspor"})";
}

} // namespace

class TestClientFlow : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_owner;
    std::string m_operatorId;
    std::string m_assessment;
    std::string m_event; ///< ALUR2026, pre-paid with quota

    std::int64_t scalar(const std::string& sql, const std::vector<core::Param>& params)
    {
        return m_server->instance().db().exec(sql, params).front().i64("n");
    }

    std::string createEvent(const std::string& code)
    {
        const auto created = send(*m_owner, "POST", "/api/v1/partner/events",
                                  R"({"assessment_id": ")" + m_assessment +
                                      R"(", "reference_code": ")" + code + R"("})");
        if (created.status != 201)
            throw std::runtime_error("creating the event failed: " + created.body);
        return field(created.json(), "id");
    }

    void setQuota(const std::string& eventId, int quota)
    {
        m_server->instance().db().exec(
            "UPDATE partner_quota_downloads SET quota = $2 WHERE partner_assessment_id = $1::uuid",
            {eventId, quota});
    }

    /// Starts a client on ALUR2026 from a fresh "browser"; returns {client id, token}.
    std::pair<std::string, std::string> start(const std::string& email)
    {
        const auto started = call(HttpClient(m_server->baseUrl()), "POST",
                                  "/api/v1/partner-events/ALUR2026/clients", profile(email));
        if (started.status != 201)
            throw std::runtime_error("start failed: " + started.body);
        const auto body = started.json();
        return {field(body, "client_id"), field(body, "resume_token")};
    }

    HttpResult save(const std::string& client, const std::string& token, const std::string& key,
                    const std::string& body)
    {
        return call(HttpClient(m_server->baseUrl()), "PUT",
                    "/api/v1/partner-assessment/" + client + "/sections/" + key, body,
                    {{"X-Resume-Token", token}});
    }

    HttpResult finish(const std::string& client, const std::string& token)
    {
        return call(HttpClient(m_server->baseUrl()), "POST",
                    "/api/v1/partner-assessment/" + client + "/finish?token=" + token, "{}");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(&m_clock);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_assessment = publishedAssessment(*m_admin, "ALUR-UJI");
        const auto partner = createPartner(*m_admin, "mitra@example.com", "PT Alfa");
        m_owner = std::make_unique<Person>(signIn(*m_server, "mitra@example.com"));
        const auto added =
            send(*m_admin, "POST", "/api/v1/admin/partners/" + partner + "/operators",
                 R"({"email": "operator@example.com", "full_name": "Operator Alfa",
                                    "password": ")" +
                     kTestPassword + R"("})");
        QCOMPARE(added.status, 201);
        m_operatorId = signIn(*m_server, "operator@example.com").id;
        m_event = createEvent("ALUR2026");
        setQuota(m_event, 5);
    }

    void startAnswerResumeFinish()
    {
        HttpClient firstBrowser(m_server->baseUrl());
        const auto started = call(firstBrowser, "POST", "/api/v1/partner-events/alur2026/clients",
                                  profile("siti@example.com"));
        QCOMPARE(started.status, 201);
        const auto body = started.json();
        const auto client = field(body, "client_id");
        const auto token = field(body, "resume_token");
        QVERIFY(token.size() >= 32);
        QVERIFY2(field(body, "resume_path").find(client) != std::string::npos,
                 started.body.c_str());
        const auto sections = body->getArray("sections");
        QCOMPARE(sections->size(), std::size_t(2));
        QCOMPARE(sections->getObject(0)->getValue<std::string>("key"), std::string("KK"));
        QCOMPARE(sections->getObject(0)->getValue<int>("time_limit_seconds"), 600);
        const auto kk = sections->getObject(0)->getArray("questions");
        QCOMPARE(kk->size(), std::size_t(5));
        QCOMPARE(kk->getObject(0)->getValue<std::string>("id"), std::string("KK-1"));
        QCOMPARE(kk->getObject(0)->getArray("options")->size(), std::size_t(5));
        // Only the token's hash is stored.
        QCOMPARE(scalar("SELECT count(*) AS n FROM partner_client_assessments WHERE id = $1::uuid"
                        " AND resume_token_hash <> $2",
                        {client, token}),
                 std::int64_t(1));

        // A partial first page, then the browser is closed.
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 5, "KK-2": 2, "KK-3": 4},
                                               "elapsed_seconds": 40})")
                     .status,
                 200);
        // Saving the same page again changes nothing (idempotent).
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 5, "KK-2": 2, "KK-3": 4},
                                               "elapsed_seconds": 40})")
                     .status,
                 200);

        // A new browser with only the resume link sees the saved answers and elapsed time.
        HttpClient secondBrowser(m_server->baseUrl());
        const auto state =
            secondBrowser.get("/api/v1/partner-assessment/" + client + "?token=" + token);
        QCOMPARE(state.status, 200);
        const auto kkState = state.json()->getArray("sections")->getObject(0);
        QCOMPARE(kkState->getValue<int>("answered_count"), 3);
        QCOMPARE(kkState->getValue<bool>("complete"), false);
        QCOMPARE(kkState->getValue<int>("elapsed_seconds"), 40);
        QCOMPARE(kkState->getArray("questions")->getObject(1)->getValue<int>("answer"), 2);
        QVERIFY(kkState->getArray("questions")->getObject(3)->isNull("answer"));

        m_clock.advanceMs(60'000);
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-4": 1, "KK-5": 5},
                                               "elapsed_seconds": 95})")
                     .status,
                 200);
        QCOMPARE(save(client, token, "ST", R"({"answers": {"ST-1": 1, "ST-2": 3, "ST-3": 0},
                                               "elapsed_seconds": 70})")
                     .status,
                 200);
        m_clock.advanceMs(5'000);
        const auto finished = finish(client, token);
        QCOMPARE(finished.status, 200);
        QCOMPARE(field(finished.json(), "status"), std::string("completed"));

        // content_result follows the contract and equals ScoringEngine on the same answers.
        auto& db = m_server->instance().db();
        const auto rows =
            db.exec("SELECT status, download_status, completed_at IS NOT NULL AS done,"
                    " content_result::text AS result FROM partner_client_assessments"
                    " WHERE id = $1::uuid",
                    {client});
        const auto row = rows.front();
        QCOMPARE(row.str("status"), std::string("completed"));
        QCOMPARE(row.str("download_status"), std::string("pending_download"));
        QVERIFY(row.boolean("done"));
        const auto result = core::json::parseObject(row.str("result"));
        QCOMPARE(field(result, "format"), std::string("ey.assessment-result/1"));
        QCOMPARE(result->getObject("assessment")->getValue<std::string>("code"),
                 std::string("ALUR-UJI"));
        QCOMPARE(result->getObject("event")->getValue<std::string>("reference_code"),
                 std::string("ALUR2026"));
        QCOMPARE(result->getObject("client")->getValue<std::string>("full_name"),
                 std::string("Siti Rahmawati"));
        QCOMPARE(result->getObject("client")->getValue<std::string>("organization"),
                 std::string("PT Maju Jaya"));
        QCOMPARE(field(result, "completed_at"), core::isoTime(m_clock.nowMs()));
        QVERIFY(!result->has("executive_summary"));

        const auto definition = ey::partner::AssessmentStore::definition(db, m_assessment);
        QVERIFY(definition);
        std::map<std::string, ey::partner::SectionAnswers> answers;
        answers["KK"] = {{5, 2, 4, 1, 5}, 95};
        answers["ST"] = {{1, 3, 0}, 70};
        const auto expected =
            core::json::stringify(ey::partner::ScoringEngine(*definition).score(answers));
        QVERIFY2(db.exec("SELECT (content_result->'sections') = $2::jsonb AS same"
                         " FROM partner_client_assessments WHERE id = $1::uuid",
                         {client, expected})
                     .front()
                     .boolean("same"),
                 (row.str("result") + "\nexpected sections: " + expected).c_str());
        const auto kkResult = result->getArray("sections")->getObject(0);
        QCOMPARE(field(kkResult, "answers"), std::string("5,2,4,1,5"));
        QCOMPARE(kkResult->getValue<int>("duration_seconds"), 95);

        // The owner and the operator are told once each, in-app and by email.
        const auto title = std::string("Hasil asesmen baru: Siti Rahmawati (ALUR2026)");
        QCOMPARE(scalar("SELECT count(*) AS n FROM notifications WHERE title = $1", {title}),
                 std::int64_t(2));
        QCOMPARE(scalar("SELECT count(*) AS n FROM notifications WHERE title = $1 AND user_id ="
                        " $2::uuid",
                        {title, m_operatorId}),
                 std::int64_t(1));

        QCOMPARE(scalar("SELECT count(*) AS n FROM outbound_messages WHERE channel = 'email'"
                        " AND subject = $1 AND recipient IN ('mitra@example.com',"
                        " 'operator@example.com')",
                        {title}),
                 std::int64_t(2));
        // The desktop hears about it live: one realtime event for the owner and the operator.
        QCOMPARE(scalar("SELECT count(*) AS n FROM realtime_events WHERE event ="
                        " 'partner.client_completed' AND $1::uuid = ANY (user_ids)"
                        " AND data->>'client_id' = $2",
                        {m_operatorId, client}),
                 std::int64_t(1));

        // Finishing twice returns the same result and tells nobody again.
        const auto again = finish(client, token);
        QCOMPARE(again.status, 200);
        QCOMPARE(field(again.json(), "completed_at"), field(finished.json(), "completed_at"));
        QCOMPARE(scalar("SELECT count(*) AS n FROM notifications WHERE title = $1", {title}),
                 std::int64_t(2));
        QCOMPARE(scalar("SELECT count(*) AS n FROM realtime_events WHERE event ="
                        " 'partner.client_completed' AND data->>'client_id' = $1",
                        {client}),
                 std::int64_t(1));
        // A finished attempt takes no more answers.
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 1}})").status, 409);
    }

    void unknownOrInactiveCode_data()
    {
        QTest::addColumn<std::string>("code");
        QTest::newRow("unknown") << std::string("TIDAKADA");
        QTest::newRow("malformed") << std::string("x");
        QTest::newRow("inactive") << std::string("MATI2026");
    }

    void unknownOrInactiveCode()
    {
        static const bool made = [this] {
            const auto id = createEvent("MATI2026");
            setQuota(id, 3);
            m_server->instance().db().exec(
                "UPDATE partner_assessments SET status = 'inactive' WHERE id = $1::uuid", {id});
            return true;
        }();
        QVERIFY(made);
        QFETCH(std::string, code);
        const auto started =
            call(HttpClient(m_server->baseUrl()), "POST",
                 "/api/v1/partner-events/" + code + "/clients", profile("budi@example.com"));
        QCOMPARE(started.status, 404);
        QVERIFY2(started.body.find("tidak dikenal atau sudah tidak aktif") != std::string::npos,
                 started.body.c_str());
    }

    void wrongTokenIsNotFound()
    {
        const auto [client, token] = start("rina@example.com");
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 3}})").status, 200);
        HttpClient stranger(m_server->baseUrl());
        const auto other = std::string(token.size(), 'A');
        QCOMPARE(stranger.get("/api/v1/partner-assessment/" + client + "?token=" + other).status,
                 404);
        QCOMPARE(stranger.get("/api/v1/partner-assessment/" + client).status, 404);
        QCOMPARE(save(client, other, "KK", R"({"answers": {"KK-1": 1}})").status, 404);
        QCOMPARE(finish(client, other).status, 404);
        QCOMPARE(stranger
                     .get("/api/v1/partner-assessment/00000000-0000-0000-0000-000000000000?token=" +
                          token)
                     .status,
                 404);
        // The same email without its token does not reopen (or reveal) the attempt.
        const auto again = call(stranger, "POST", "/api/v1/partner-events/ALUR2026/clients",
                                profile("rina@example.com"));
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.find("KK-1") == std::string::npos);
        // With its token it resumes the same attempt.
        const auto resumed =
            call(stranger, "POST", "/api/v1/partner-events/ALUR2026/clients",
                 R"({"email": "RINA@example.com", "full_name": "Rina", "resume_token": ")" + token +
                     R"("})");
        QCOMPARE(resumed.status, 200);
        QCOMPARE(field(resumed.json(), "client_id"), client);
        QCOMPARE(
            resumed.json()->getArray("sections")->getObject(0)->getValue<int>("answered_count"), 1);
    }

    void prepaidEventWithoutQuotaRefusesStart()
    {
        createEvent("KOSONG26");
        const auto started =
            call(HttpClient(m_server->baseUrl()), "POST", "/api/v1/partner-events/KOSONG26/clients",
                 profile("andi@example.com"));
        QCOMPARE(started.status, 409);
        QVERIFY2(started.body.find("Kuota asesmen KOSONG26") != std::string::npos,
                 started.body.c_str());
        QCOMPARE(scalar("SELECT count(*) AS n FROM partner_client_assessments WHERE client_email ="
                        " 'andi@example.com'",
                        {}),
                 std::int64_t(0));
    }

    void invalidProfileAndAnswers()
    {
        const auto started =
            call(HttpClient(m_server->baseUrl()), "POST", "/api/v1/partner-events/ALUR2026/clients",
                 R"({"email": "bukan-email", "full_name": "  "})");
        QCOMPARE(started.status, 422);
        const auto errors = started.json()->getObject("errors");
        QVERIFY(errors->has("email"));
        QVERIFY(errors->has("full_name"));

        const auto [client, token] = start("dewi@example.com");
        const auto bad = save(client, token, "KK", R"({"answers": {"KK-1": 9, "KK-9": 3}})");
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.json()->getObject("errors")->has("answers.KK-1"));
        QVERIFY(bad.json()->getObject("errors")->has("answers.KK-9"));
        // ST is on a 0–4 scale, so 0 is a valid answer there.
        QCOMPARE(save(client, token, "ST", R"({"answers": {"ST-1": 0}})").status, 200);
        QCOMPARE(save(client, token, "XX", R"({"answers": {}})").status, 404);
    }

    void finishNamesIncompleteSections()
    {
        const auto [client, token] = start("eko@example.com");
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 5, "KK-2": 2, "KK-3": 4,
                                               "KK-4": 1, "KK-5": 5}})")
                     .status,
                 200);
        QCOMPARE(save(client, token, "ST", R"({"answers": {"ST-1": 1, "ST-2": 3}})").status, 200);
        const auto refused = finish(client, token);
        QCOMPARE(refused.status, 422);
        const auto errors = refused.json()->getObject("errors");
        QVERIFY2(errors->has("sections.ST"), refused.body.c_str());
        QVERIFY(!errors->has("sections.KK"));
        QVERIFY(errors->getValue<std::string>("sections.ST").find("Tekanan") != std::string::npos);
        QCOMPARE(scalar("SELECT count(*) AS n FROM partner_client_assessments WHERE id = $1::uuid"
                        " AND status = 'in_progress'",
                        {client}),
                 std::int64_t(1));
    }

    void timedSectionRefusesLateAnswers()
    {
        const auto [client, token] = start("fajar@example.com");
        // Opening the section starts its clock on the server.
        QCOMPARE(save(client, token, "KK", R"({"answers": {}, "elapsed_seconds": 0})").status, 200);
        m_clock.advanceMs(500'000);
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 4}})").status, 200);
        // A client claiming more time than allowed is refused too.
        QCOMPARE(
            save(client, token, "KK", R"({"answers": {"KK-2": 4}, "elapsed_seconds": 700})").status,
            409);
        m_clock.advanceMs(140'000); // 640 s > 600 s + 30 s grace
        const auto late = save(client, token, "KK", R"({"answers": {"KK-2": 4}})");
        QCOMPARE(late.status, 409);
        QVERIFY2(late.body.find("Waktu bagian Kekuatan Kerja sudah habis") != std::string::npos,
                 late.body.c_str());
        const auto state = HttpClient(m_server->baseUrl())
                               .get("/api/v1/partner-assessment/" + client + "?token=" + token)
                               .json();
        const auto kk = state->getArray("sections")->getObject(0);
        QCOMPARE(kk->getValue<int>("answered_count"), 1);
        QCOMPARE(kk->getValue<int>("remaining_seconds"), 0);
        // The untimed section still takes answers.
        QCOMPARE(save(client, token, "ST", R"({"answers": {"ST-1": 2}})").status, 200);
    }

    void postpaidPartnerStartsUnderItsCreditLimit()
    {
        const auto partner =
            createPartner(*m_admin, "pasca@example.com", "PT Pasca", "before_payment");
        Person owner = signIn(*m_server, "pasca@example.com");
        const auto created =
            send(owner, "POST", "/api/v1/partner/events",
                 R"({"assessment_id": ")" + m_assessment + R"(", "reference_code": "PASCA26"})");
        QCOMPARE(created.status, 201);
        HttpClient browser(m_server->baseUrl());
        const auto path = std::string("/api/v1/partner-events/PASCA26/clients");

        // No credit limit yet: nothing can start.
        const auto refused = call(browser, "POST", path, profile("h1@example.com"));
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.body.find("Batas kredit PT Pasca") != std::string::npos,
                 refused.body.c_str());

        auto& db = m_server->instance().db();
        db.exec("UPDATE partners SET credit_limit = 300000 WHERE id = $1::uuid", {partner});
        const auto first = call(browser, "POST", path, profile("h1@example.com"));
        QCOMPARE(first.status, 201);
        // Pending (unbilled) credits reaching the limit stop new starts.
        db.exec("INSERT INTO partner_credits (partner_id, partner_client_assessment_id, amount)"
                " VALUES ($1::uuid, $2::uuid, 300000)",
                {partner, field(first.json(), "client_id")});
        QCOMPARE(call(browser, "POST", path, profile("h2@example.com")).status, 409);
    }

    void takePage()
    {
        HttpClient browser(m_server->baseUrl());
        const auto unknown = browser.get("/partner/assessment/take?ref=TIDAKADA");
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.header("content-type").starts_with("text/html"));
        QVERIFY2(unknown.body.find("tidak dikenal atau sudah tidak aktif") != std::string::npos,
                 unknown.body.c_str());
        QCOMPARE(browser.get("/partner/assessment/take?ref=MATI2026").status, 404);
        const auto empty = browser.get("/partner/assessment/take?ref=KOSONG26");
        QCOMPARE(empty.status, 409);
        QVERIFY2(empty.body.find("Kuota asesmen KOSONG26") != std::string::npos,
                 empty.body.c_str());
        QVERIFY(empty.body.find("name=\"email\"") == std::string::npos);

        const auto page = browser.get("/partner/assessment/take?ref=alur2026");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.find("data-code=\"ALUR2026\"") != std::string::npos);
        QVERIFY(page.body.find("PT Alfa") != std::string::npos);
        QVERIFY(page.body.find("name=\"email\"") != std::string::npos);
        QVERIFY(page.body.find("/web/assessment.js?v=") != std::string::npos);

        const auto resume = browser.get("/partner/assessment/resume?client=abc&token=def");
        QCOMPARE(resume.status, 200);
        QCOMPARE(resume.header("cache-control"), std::string("no-store"));
        QCOMPARE(browser.get("/partner/assessment/resume").status, 404);
    }

    void browserTakesAndResumes()
    {
        using test::storefront::HeadlessChromium;
        QVERIFY2(!HeadlessChromium::executable().empty(),
                 "chromium is not installed: apt-get install chromium");
        HeadlessChromium browser;
        const auto base = m_server->baseUrl();
        const auto answerAll = [&browser](int perQuestion) {
            // Picks option `perQuestion` (0-based) of every unanswered question on the page.
            browser.evaluate("document.querySelectorAll('.asm-question').forEach(function (q) {"
                             " var r = q.querySelectorAll('input'); if (!q.querySelector("
                             "'input:checked')) r[" +
                             std::to_string(perQuestion) + "].click(); })");
        };

        browser.navigate(base + "/partner/assessment/take?ref=ALUR2026");
        QVERIFY(browser.waitFor("!!document.getElementById('asm-profile')"));
        browser.evaluate("var f = document.getElementById('asm-profile');"
                         "f.elements.full_name.value = 'Gita Permata Sari';"
                         "f.elements.email.value = 'gita@example.com';"
                         "f.querySelector('button').click()");
        QVERIFY(browser.waitFor("!!document.querySelector('.asm-section h2') && "
                                "document.querySelector('.asm-section h2').textContent === "
                                "'Kekuatan Kerja'"));
        QVERIFY(browser.evaluateString("document.querySelector('.asm-timer').textContent")
                    .starts_with("Sisa waktu"));
        const auto resume =
            browser.evaluateString("document.querySelector('.asm-resume-link').value");
        QVERIFY2(resume.starts_with(base + "/partner/assessment/resume?client="), resume.c_str());
        answerAll(3);
        browser.evaluate("document.querySelector('.asm-actions button[type=submit]').click()");
        QVERIFY(
            browser.waitFor("document.querySelector('.asm-section h2').textContent === 'Tekanan'"));
        QVERIFY(browser.evaluateString("document.querySelector('.asm-progress-label').textContent")
                    .find("5 dari 8") != std::string::npos);

        // Two of three answers, then "Simpan & selesai": the page says what is missing.
        browser.evaluate("var q = document.querySelectorAll('.asm-question');"
                         "q[0].querySelectorAll('input')[1].click();"
                         "q[1].querySelectorAll('input')[2].click();"
                         "document.querySelector('.asm-actions button[type=submit]').click()");
        QVERIFY(browser.waitFor("!document.querySelector('.asm-error').hidden"));
        QVERIFY(browser.evaluateString("document.querySelector('.asm-error').textContent")
                    .find("Masih ada 1 pertanyaan") != std::string::npos);

        // The resume link reopens the saved answers on the section still incomplete.
        browser.navigate(resume);
        QVERIFY(
            browser.waitFor("!!document.querySelector('.asm-section h2') && "
                            "document.querySelector('.asm-section h2').textContent === 'Tekanan'"));
        QCOMPARE(browser.evaluateString("String(document.querySelectorAll('.asm-section "
                                        "input:checked').length)"),
                 std::string("2"));
        answerAll(0);
        browser.evaluate("document.querySelector('.asm-actions button[type=submit]').click()");
        QVERIFY(browser.waitFor("!!document.querySelector('.asm-done')"));
        QCOMPARE(scalar("SELECT count(*) AS n FROM partner_client_assessments WHERE client_email ="
                        " 'gita@example.com' AND status = 'completed'",
                        {}),
                 std::int64_t(1));
        QCOMPARE(browser.evaluateString("String(localStorage.getItem('ey_asm_alur2026'))"),
                 std::string("null"));
    }
};

QTEST_GUILESS_MAIN(TestClientFlow)
#include "TestClientFlow.moc"

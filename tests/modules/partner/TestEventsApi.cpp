// Partner events: reference codes (chosen, generated, unique regardless of case), updates, share
// links, client counts, the public code check, and that nobody reaches another partner's events.
#include "PartnerTestKit.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <regex>
#include <set>
#include <thread>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

class TestEventsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_ownerA;
    std::unique_ptr<Person> m_operatorA;
    std::unique_ptr<Person> m_ownerB;
    std::string m_partnerA;
    std::string m_partnerB;
    std::string m_assessment;
    std::string m_eventA; ///< CORP2024, partner A
    std::string m_eventB; ///< partner B

    HttpResult createEvent(const Person& who, const std::string& extra)
    {
        return send(who, "POST", "/api/v1/partner/events",
                    R"({"assessment_id": ")" + m_assessment + R"(")" +
                        (extra.empty() ? "" : ", " + extra) + "}");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_assessment = publishedAssessment(*m_admin, "EVENT-UJI");
        m_partnerA = createPartner(*m_admin, "mitra-a@example.com", "PT Alfa");
        m_partnerB = createPartner(*m_admin, "mitra-b@example.com", "PT Beta");
        m_ownerA = std::make_unique<Person>(signIn(*m_server, "mitra-a@example.com"));
        m_ownerB = std::make_unique<Person>(signIn(*m_server, "mitra-b@example.com"));
        const auto added =
            send(*m_admin, "POST", "/api/v1/admin/partners/" + m_partnerA + "/operators",
                 R"({"email": "operator-a@example.com", "full_name": "Operator Alfa",
                     "password": ")" +
                     kTestPassword + R"("})");
        QCOMPARE(added.status, 201);
        m_operatorA = std::make_unique<Person>(signIn(*m_server, "operator-a@example.com"));

        const auto a = createEvent(*m_ownerA, R"("reference_code": "Corp2024",
                                                 "title": "Rekrutmen 2024", "price": 250000)");
        QCOMPARE(a.status, 201);
        m_eventA = field(a.json(), "id");
        const auto b = createEvent(*m_ownerB, "");
        QCOMPARE(b.status, 201);
        m_eventB = field(b.json(), "id");
    }

    void chosenCodeAndShareLink()
    {
        const auto event = m_ownerA->http.get("/api/v1/partner/events/" + m_eventA).json();
        QCOMPARE(field(event, "reference_code"), std::string("Corp2024"));
        QCOMPARE(field(event, "status"), std::string("active"));
        QCOMPARE(event->getValue<std::int64_t>("price"), std::int64_t(250000));
        QCOMPARE(field(event, "assessment_code"), std::string("EVENT-UJI"));
        QCOMPARE(event->getValue<int>("quota"), 0);
        const auto share = field(event, "share_url");
        QVERIFY2(share.starts_with("http"), share.c_str());
        QVERIFY2(share.ends_with("/partner/assessment/take?ref=Corp2024"), share.c_str());
        // The server was started on port 0: the link carries the port it really listens on.
        QVERIFY2(share.starts_with(m_server->baseUrl() + "/"), share.c_str());
        QCOMPARE(auditCount(*m_server, "partner_event.create", m_eventA), 1);

        // The partner's own history shows it, with who did it; operators can read it too.
        const auto logs = m_operatorA->http.get("/api/v1/partner/logs?limit=200");
        QCOMPARE(logs.status, 200);
        const auto entries = logs.json()->getArray("items");
        bool found = false;
        for (unsigned i = 0; i < entries->size(); ++i) {
            const auto entry = entries->getObject(i);
            if (field(entry, "action") == "event.create" &&
                field(entry->getObject("details"), "id") == m_eventA) {
                found = true;
                QCOMPARE(field(entry, "actor_name"), std::string("Pemilik PT Alfa"));
            }
        }
        QVERIFY2(found, logs.body.c_str());
    }

    void codesClashRegardlessOfCase_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("same") << "Corp2024";
        QTest::newRow("upper") << "CORP2024";
        QTest::newRow("lower") << "corp2024";
    }

    void codesClashRegardlessOfCase()
    {
        QFETCH(QString, code);
        // Partner B tries a code partner A already holds.
        const auto clash =
            createEvent(*m_ownerB, R"("reference_code": ")" + code.toStdString() + R"(")");
        QCOMPARE(clash.status, 409);
        QVERIFY2(field(clash.json(), "detail").find(code.toStdString()) != std::string::npos,
                 clash.body.c_str());
    }

    void simultaneousClaimsOfOneCode()
    {
        // Ten requests from two partners race for the same new code: exactly one wins, the rest
        // get the readable 409 (the unique index decides, not a read-then-write check).
        std::vector<std::thread> threads;
        std::vector<int> statuses(10);
        for (int i = 0; i < 10; ++i)
            threads.emplace_back([&, i] {
                const auto& who = i % 2 ? *m_ownerA : *m_ownerB;
                statuses[static_cast<std::size_t>(i)] =
                    createEvent(who, R"("reference_code": "balapan1")").status;
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), std::ptrdiff_t(1));
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 409), std::ptrdiff_t(9));
    }

    void generatedCodes()
    {
        static const std::regex format("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$");
        std::set<std::string> seen;
        for (int i = 0; i < 5; ++i) {
            const auto created = createEvent(*m_operatorA, "");
            QCOMPARE(created.status, 201);
            const auto code = field(created.json(), "reference_code");
            QVERIFY2(std::regex_match(code, format), code.c_str());
            seen.insert(code);
        }
        QCOMPARE(seen.size(), std::size_t(5));
    }

    void invalidEvents_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("code too short") << R"("reference_code": "ab1")"
                                        << "reference_code";
        QTest::newRow("code with spaces") << R"("reference_code": "KODE UJI")"
                                          << "reference_code";
        QTest::newRow("special price without end") << R"("price": 1000, "is_special_price": true)"
                                                   << "end_date_special_price";
        QTest::newRow("end date not a date") << R"("end_date_special_price": "besok")"
                                             << "end_date_special_price";
        QTest::newRow("impossible date") << R"("end_date_special_price": "2026-13-45T10:00:00Z")"
                                         << "end_date_special_price";
        QTest::newRow("negative price") << R"("price": -1)"
                                        << "price";
    }

    void invalidEvents()
    {
        QFETCH(QString, extra);
        QFETCH(QString, field);
        const auto refused = createEvent(*m_ownerA, extra.toStdString());
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.json()->getObject("errors")->has(field.toStdString()),
                 refused.body.c_str());
    }

    void draftAssessmentsCannotBeUsed()
    {
        const auto draft =
            send(*m_admin, "POST", "/api/v1/admin/assessments", definitionJson("DRAF-SAJA"));
        QCOMPARE(draft.status, 201);
        const auto refused = send(*m_ownerA, "POST", "/api/v1/partner/events",
                                  R"({"assessment_id": ")" + field(draft.json(), "id") + R"("})");
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.json()->getObject("errors")->has("assessment_id"));
    }

    void listCountsClients()
    {
        auto& db = m_server->instance().db();
        db.exec("INSERT INTO partner_client_assessments (partner_assessment_id, client_email,"
                " client_full_name, resume_token_hash) VALUES ($1::uuid, 'a@b.id', 'Siti', 'r1')",
                {m_eventA});
        db.exec("INSERT INTO partner_client_assessments (partner_assessment_id, client_email,"
                " client_full_name, resume_token_hash, status, completed_at, content_result)"
                " VALUES ($1::uuid, 'c@d.id', 'Budi', 'r2', 'completed', now(), '{}')",
                {m_eventA});
        const auto list = m_operatorA->http.get("/api/v1/partner/events?q=corp");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->getObject(0)->getValue<int>("client_count"), 2);
        QCOMPARE(items->getObject(0)->getValue<int>("completed_count"), 1);

        // Keyset paging walks every event of partner A exactly once.
        std::set<std::string> ids;
        std::string cursor;
        do {
            const auto page = m_ownerA->http.get("/api/v1/partner/events?limit=2" +
                                                 (cursor.empty() ? "" : "&cursor=" + cursor));
            QCOMPARE(page.status, 200);
            const auto pageItems = page.json()->getArray("items");
            for (unsigned i = 0; i < pageItems->size(); ++i) {
                QCOMPARE(field(pageItems->getObject(i), "partner_id"), m_partnerA);
                QVERIFY(ids.insert(field(pageItems->getObject(i), "id")).second);
            }
            cursor = page.json()->isNull("next_cursor")
                         ? ""
                         : page.json()->getValue<std::string>("next_cursor");
        } while (!cursor.empty());
        QVERIFY(ids.contains(m_eventA));
        QVERIFY(!ids.contains(m_eventB));
    }

    void otherPartnersEventsAreNotFound_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::newRow("operator A reads B's event") << "operatorA"
                                                    << "GET";
        QTest::newRow("operator A edits B's event") << "operatorA"
                                                    << "PATCH";
        QTest::newRow("owner A reads B's event") << "ownerA"
                                                 << "GET";
    }

    void otherPartnersEventsAreNotFound()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        const auto& caller = who == QStringLiteral("ownerA") ? *m_ownerA : *m_operatorA;
        const auto result =
            send(caller, method.toStdString(), "/api/v1/partner/events/" + m_eventB,
                 method == QStringLiteral("GET") ? "" : R"({"status": "inactive"})");
        QCOMPARE(result.status, 404); // not 403: the id of another partner's event must not leak
        QCOMPARE(m_ownerB->http.get("/api/v1/partner/events/" + m_eventB)
                     .json()
                     ->getValue<std::string>("status"),
                 std::string("active"));
        // Naming the other partner explicitly does not help either.
        QCOMPARE(caller.http.get("/api/v1/partner/events?partner_id=" + m_partnerB).status, 404);
    }

    void adminReachesEveryPartner()
    {
        QCOMPARE(m_admin->http.get("/api/v1/partner/events/" + m_eventB).status, 200);
        QCOMPARE(m_admin->http.get("/api/v1/partner/events").status, 422); // which partner?
        const auto list = m_admin->http.get("/api/v1/partner/events?partner_id=" + m_partnerB);
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        bool sawB = false;
        for (unsigned i = 0; i < items->size(); ++i) {
            QCOMPARE(field(items->getObject(i), "partner_id"), m_partnerB);
            sawB = sawB || field(items->getObject(i), "id") == m_eventB;
        }
        QVERIFY(sawB);
        const auto created = send(*m_admin, "POST", "/api/v1/partner/events",
                                  R"({"assessment_id": ")" + m_assessment +
                                      R"(", "partner_id": ")" + m_partnerB + R"("})");
        QCOMPARE(created.status, 201);
        QCOMPARE(field(created.json(), "partner_id"), m_partnerB);
    }

    void inactiveEventsAreClosedToThePublic()
    {
        HttpClient anonymous(m_server->baseUrl());
        const auto open = anonymous.get("/api/v1/partner-events/corp2024");
        QCOMPARE(open.status, 200);
        QCOMPARE(field(open.json(), "reference_code"), std::string("Corp2024"));
        QCOMPARE(field(open.json(), "assessment_title"), std::string("Asesmen Uji"));
        QVERIFY(!open.json()->has("price"));
        QVERIFY(!open.json()->has("partner_id"));

        const auto off = send(*m_operatorA, "PATCH", "/api/v1/partner/events/" + m_eventA,
                              R"({"status": "inactive"})");
        QCOMPARE(off.status, 200);
        QCOMPARE(field(off.json(), "status"), std::string("inactive"));
        QCOMPARE(auditCount(*m_server, "partner_event.update", m_eventA), 1);
        const auto closed = anonymous.get("/api/v1/partner-events/CORP2024");
        QCOMPARE(closed.status, 404);
        QVERIFY(field(closed.json(), "detail").find("tidak aktif") != std::string::npos);
        const auto unknown = anonymous.get("/api/v1/partner-events/TIDAKADA");
        QCOMPARE(unknown.status, 404);

        QCOMPARE(send(*m_ownerA, "PATCH", "/api/v1/partner/events/" + m_eventA,
                      R"({"status": "active"})")
                     .status,
                 200);
        QCOMPARE(anonymous.get("/api/v1/partner-events/Corp2024").status, 200);
    }

    void specialPriceNeedsAnEndDate()
    {
        const auto path = "/api/v1/partner/events/" + m_eventA;
        QCOMPARE(send(*m_ownerA, "PATCH", path, R"({"is_special_price": true})").status, 422);
        const auto set = send(*m_ownerA, "PATCH", path,
                              R"({"is_special_price": true, "price": 199000,
                                  "end_date_special_price": "2026-12-31T23:59:59+07:00"})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json()->getValue<bool>("is_special_price"), true);
        QCOMPARE(field(set.json(), "end_date_special_price").substr(0, 19),
                 std::string("2026-12-31T16:59:59"));
    }

    void suspendedPartnersCannotCreateEvents()
    {
        const auto id = createPartner(*m_admin, "tangguh@example.com", "PT Tangguh");
        auto owner = signIn(*m_server, "tangguh@example.com");
        QCOMPARE(
            send(*m_admin, "PATCH", "/api/v1/admin/partners/" + id, R"({"status": "suspended"})")
                .status,
            200);
        const auto refused = createEvent(owner, "");
        QCOMPARE(refused.status, 409);
        QVERIFY(field(refused.json(), "detail").find("ditangguhkan") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEventsApi)
#include "TestEventsApi.moc"

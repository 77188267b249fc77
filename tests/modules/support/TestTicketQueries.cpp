// The queue: filters, search, keyset paging without duplicates or gaps, and the metrics and SLA
// figures on a small data set whose every number is worked out by hand (time from a ManualClock).
#include "TicketTestKit.h"

#include <QTest>

#include <memory>
#include <set>

using namespace ey::test;
using namespace ey::test::tickets;

namespace {
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
} // namespace

class TestTicketQueries : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_member;
    std::unique_ptr<Person> m_affiliate;
    std::unique_ptr<Person> m_support;
    std::unique_ptr<Person> m_admin;
    std::map<std::string, std::string> m_ids; ///< title -> id

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(&m_clock);
        m_member = std::make_unique<Person>(
            person(*m_server, "member@example.com", {"member_free"}, "Member"));
        m_affiliate = std::make_unique<Person>(
            person(*m_server, "aff@example.com", {"affiliate"}, "Affiliate"));
        m_support =
            std::make_unique<Person>(person(*m_server, "cs@example.com", {"support"}, "CS"));
        m_admin =
            std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}, "Admin"));
    }

    void metricsAndSlaOnAKnownDataSet()
    {
        // t0: four tickets, one per priority.
        const auto t1 = field(openTicket(*m_member, "Urgent login", "akun_login", "urgent"), "id");
        const auto t2 =
            field(openTicket(*m_member, "High payment", "membership_pembayaran", "high"), "id");
        const auto t3 =
            field(openTicket(*m_affiliate, "Low affiliate link", "affiliate", "low"), "id");
        const auto t4 = field(openTicket(*m_member, "Medium class", "kelas", "medium"), "id");
        const auto t0 = m_clock.nowMs();

        m_clock.advanceMs(30 * kMinute); // t0+30m: T1 answered (urgent target 1 h: met)
        QCOMPARE(reply(*m_support, t1, "Kami cek").status, 201);
        m_clock.advanceMs(30 *
                          kMinute); // t0+1h: the owner closes T4 unanswered (resolution in 60 min)
        QCOMPARE(patch(*m_member, t4, "status", "closed").status, 200);
        m_clock.advanceMs(1 * kHour); // t0+2h: T1 resolved (urgent resolution 8 h: met)
        QCOMPARE(patch(*m_support, t1, "status", "resolved").status, 200);
        m_clock.advanceMs(3 * kHour); // t0+5h: T2 answered late (high target 4 h: breached)
        QCOMPARE(reply(*m_support, t2, "Maaf terlambat").status, 201);
        m_clock.advanceMs(1 * kHour); // t0+6h: T3 unanswered but within its 24 h

        const auto result = m_admin->http.get("/api/v1/tickets/metrics");
        QCOMPARE(result.status, 200);
        const auto m = result.json();
        QCOMPARE(m->getValue<std::int64_t>("total"), std::int64_t(4));
        QCOMPARE(m->getValue<std::int64_t>("open"), std::int64_t(2));
        QCOMPARE(m->getValue<std::int64_t>("closed"), std::int64_t(2));
        QCOMPARE(m->getObject("by_status")->getValue<std::int64_t>("open"), std::int64_t(2));
        QCOMPARE(m->getObject("by_status")->getValue<std::int64_t>("resolved"), std::int64_t(1));
        QCOMPARE(m->getObject("by_status")->getValue<std::int64_t>("closed"), std::int64_t(1));
        QCOMPARE(m->getObject("by_status")->getValue<std::int64_t>("waiting_user"),
                 std::int64_t(0));
        QCOMPARE(m->getObject("by_category")->getValue<std::int64_t>("kelas"), std::int64_t(1));
        QCOMPARE(m->getObject("by_category")->getValue<std::int64_t>("bug_sistem"),
                 std::int64_t(0));
        QCOMPARE(m->getObject("by_owner_role")->getValue<std::int64_t>("member_free"),
                 std::int64_t(3));
        QCOMPARE(m->getObject("by_owner_role")->getValue<std::int64_t>("affiliate"),
                 std::int64_t(1));
        QCOMPARE(m->getObject("by_priority")->getValue<std::int64_t>("urgent"), std::int64_t(1));
        // First responses: 30 and 300 minutes. Resolutions: T1 120, T4 60 minutes.
        QCOMPARE(m->getValue<double>("avg_first_response_minutes"), 165.0);
        QCOMPARE(m->getValue<double>("avg_resolution_minutes"), 90.0);
        const auto sla = m->getObject("sla");
        // Known first-response outcomes: T1 met, T2 late (T3, T4 still inside their window).
        QCOMPARE(sla->getValue<double>("first_response_met_pct"), 50.0);
        QCOMPARE(sla->getValue<double>("resolution_met_pct"), 100.0);
        QCOMPARE(sla->getValue<std::int64_t>("breached_open"), std::int64_t(1));

        // Each ticket carries its own due times and verdict.
        const auto ticket1 = m_admin->http.get("/api/v1/tickets/" + t1).json();
        QCOMPARE(ticket1->getObject("sla")->getValue<bool>("breached"), false);
        QCOMPARE(ticket1->getObject("sla")->getValue<std::string>("first_response_due"),
                 ey::core::isoTime(t0 + kHour).substr(0, 23) + "000Z");
        QCOMPARE(m_admin->http.get("/api/v1/tickets/" + t2)
                     .json()
                     ->getObject("sla")
                     ->getValue<bool>("breached"),
                 true);
        QCOMPARE(m_admin->http.get("/api/v1/tickets/" + t3)
                     .json()
                     ->getObject("sla")
                     ->getValue<bool>("breached"),
                 false);

        // The range filter: nothing was created after t0+1h.
        const auto later =
            m_admin->http.get("/api/v1/tickets/metrics?from=" + ey::core::isoTime(t0 + kHour));
        QCOMPARE(later.status, 200);
        QCOMPARE(later.json()->getValue<std::int64_t>("total"), std::int64_t(0));
        QVERIFY(later.json()->getObject("sla")->isNull("first_response_met_pct"));
        QCOMPARE(m_admin->http.get("/api/v1/tickets/metrics?from=2026-02-30").status, 400);

        // Tightening the low-priority target makes T3 late; only admins may do that.
        const std::string lowTarget =
            R"({"targets":[{"priority":"low","first_response_hours":2,"resolution_hours":10}]})";
        QCOMPARE(m_support->http.request("PUT", "/api/v1/tickets/sla", lowTarget).status, 403);
        const auto saved = m_admin->http.request("PUT", "/api/v1/tickets/sla", lowTarget);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()->getArray("targets")->size(), std::size_t(4));
        QCOMPARE(m_admin->http.get("/api/v1/tickets/" + t3)
                     .json()
                     ->getObject("sla")
                     ->getValue<bool>("breached"),
                 true);
        QCOMPARE(m_admin->http.get("/api/v1/tickets/metrics")
                     .json()
                     ->getObject("sla")
                     ->getValue<std::int64_t>("breached_open"),
                 std::int64_t(2));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM activity_log WHERE action = $1",
                       {"ticket_sla.update"}),
                 std::int64_t(1));
        const auto invalid = m_admin->http.request(
            "PUT", "/api/v1/tickets/sla",
            R"({"targets":[{"priority":"high","first_response_hours":10,"resolution_hours":5},{"priority":"x","first_response_hours":0,"resolution_hours":1}]})");
        QCOMPARE(invalid.status, 422);
        const auto errors = invalid.json()->getObject("errors");
        QVERIFY(errors->has("targets[1].first_response_hours"));
        QVERIFY(errors->has("targets[1].priority"));
    }

    void defaultSlaTargets()
    {
        const auto result = m_support->http.get("/api/v1/tickets/sla");
        QCOMPARE(result.status, 200);
        const auto targets = result.json()->getArray("targets");
        QCOMPARE(targets->size(), std::size_t(4));
        QCOMPARE(targets->getObject(0)->getValue<std::string>("priority"), std::string("urgent"));
        QCOMPARE(targets->getObject(0)->getValue<int>("first_response_hours"), 1);
        QCOMPARE(targets->getObject(0)->getValue<int>("resolution_hours"), 8);
        QCOMPARE(targets->getObject(2)->getValue<std::string>("priority"), std::string("medium"));
        QCOMPARE(targets->getObject(2)->getValue<int>("resolution_hours"), 48);
    }

    void filtersAndSearch()
    {
        const auto fromHere = ey::core::isoTime(m_clock.nowMs() + 1);
        m_clock.advanceMs(kMinute);
        const auto a =
            field(openTicket(*m_member, "Tombol checkout error", "bug_sistem", "high"), "id");
        m_clock.advanceMs(kMinute);
        const auto b = field(openTicket(*m_affiliate, "Komisi belum masuk", "affiliate", "low",
                                        "Komisi bulan lalu 100% belum_cair"),
                             "id");
        m_clock.advanceMs(kMinute);
        const auto c = field(
            openTicket(*m_member, "Pixel iklan tidak terbaca", "iklan_tracking", "medium"), "id");
        QCOMPARE(patch(*m_admin, c, "assignee_id", m_support->id).status, 200);
        const auto scope = "from=" + fromHere;

        QCOMPARE(allIds(*m_admin, scope), (std::vector<std::string>{a, c, b})); // high, medium, low
        QCOMPARE(allIds(*m_admin, scope + "&category=affiliate"), std::vector<std::string>{b});
        QCOMPARE(allIds(*m_admin, scope + "&priority=high"), std::vector<std::string>{a});
        QCOMPARE(allIds(*m_admin, scope + "&owner_role=affiliate"), std::vector<std::string>{b});
        QCOMPARE(allIds(*m_admin, scope + "&assignee=unassigned"),
                 (std::vector<std::string>{a, b}));
        QCOMPARE(allIds(*m_support, scope + "&assignee=me"), std::vector<std::string>{c});
        QCOMPARE(allIds(*m_admin, scope + "&assignee=" + m_support->id),
                 std::vector<std::string>{c});
        QCOMPARE(allIds(*m_admin, scope + "&status=open"), (std::vector<std::string>{a, c, b}));
        QCOMPARE(allIds(*m_admin, scope + "&status=closed"), std::vector<std::string>{});
        QCOMPARE(allIds(*m_admin, scope + "&q=CHECKOUT"), std::vector<std::string>{a});
        QCOMPARE(allIds(*m_admin, scope + "&q=100%25"),
                 std::vector<std::string>{b}); // in the description
        QCOMPARE(allIds(*m_admin, scope + "&q=100_"),
                 std::vector<std::string>{}); // "_" is not a wildcard
        const auto number = field(m_admin->http.get("/api/v1/tickets/" + c).json(), "number");
        QCOMPARE(allIds(*m_admin, scope + "&q=" + number), std::vector<std::string>{c});
        // to= bounds created_at inclusively.
        const auto createdB = field(m_admin->http.get("/api/v1/tickets/" + b).json(), "created_at");
        QCOMPARE(allIds(*m_admin, scope + "&to=" + createdB), (std::vector<std::string>{a, b}));
        // A member's filters never widen what they see.
        QCOMPARE(allIds(*m_member, scope + "&owner_role=affiliate"), std::vector<std::string>{});

        QCOMPARE(m_admin->http.get("/api/v1/tickets?status=pending").status, 400);
        QCOMPARE(m_admin->http.get("/api/v1/tickets?assignee=someone").status, 400);
        QCOMPARE(m_admin->http.get("/api/v1/tickets?cursor=bm9wZQ").status, 400);
    }

    void cursorPagingHasNoDuplicatesOrGaps()
    {
        const auto fromHere = ey::core::isoTime(m_clock.nowMs() + 1);
        m_clock.advanceMs(kMinute);
        std::set<std::string> created;
        const std::vector<std::string> priorities = {"low", "medium", "high", "urgent"};
        for (int i = 0; i < 23; ++i) {
            // Several tickets share one timestamp: the id breaks the tie.
            if (i % 3 == 0)
                m_clock.advanceMs(kMinute);
            created.insert(field(openTicket(*m_member, "Tiket " + std::to_string(i), "lainnya",
                                            priorities[static_cast<std::size_t>(i) % 4]),
                                 "id"));
        }
        const auto all = allIds(*m_admin, "from=" + fromHere, 200);
        QCOMPARE(all.size(), std::size_t(23));
        for (int limit : {1, 4, 7, 22, 23}) {
            const auto paged = allIds(*m_admin, "from=" + fromHere, limit);
            QCOMPARE(paged, all); // same order, nothing twice, nothing missing
        }
        QCOMPARE(std::set<std::string>(all.begin(), all.end()), created);
        // Urgent first, then the most recent activity.
        int lastRank = 5;
        std::string lastActivity = "9999";
        for (const auto& id : all) {
            const auto ticket = m_admin->http.get("/api/v1/tickets/" + id).json();
            const auto priority = field(ticket, "priority");
            const int rank = priority == "urgent"   ? 4
                             : priority == "high"   ? 3
                             : priority == "medium" ? 2
                                                    : 1;
            QVERIFY(rank <= lastRank);
            if (rank < lastRank)
                lastActivity = "9999";
            QVERIFY(field(ticket, "last_message_at") <= lastActivity);
            lastRank = rank;
            lastActivity = field(ticket, "last_message_at");
        }
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketQueries)
#include "TestTicketQueries.moc"

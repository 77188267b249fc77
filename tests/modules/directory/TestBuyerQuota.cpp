// The members' monthly buyer quota: per tier, across the Jakarta month boundary, free re-opening,
// admin-edited limits taking effect at once, concurrent openings never passing the limit, and the
// plan's CSV download of opened buyers.
#include "BuyerTestKit.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace ey;
using namespace ey::test;
using namespace ey::test::buyers;

namespace {

// 2027-01-31 23:00 in Jakarta (UTC+7) is 16:00 UTC.
constexpr std::int64_t kJan31Late = 1'801'411'200'000LL;
constexpr std::int64_t kHour = 3600LL * 1000;

int openStatus(const Person& who, const std::string& id)
{
    return who.http.get("/api/v1/buyers/" + id).status;
}

} // namespace

class TestBuyerQuota : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::vector<std::string> m_buyers;

    std::int64_t views(const std::string& userId)
    {
        return count(*m_server, "SELECT count(*) AS n FROM buyer_views WHERE user_id = $1::uuid",
                     {userId});
    }

private slots:
    void initTestCase()
    {
        m_clock.advanceMs(kJan31Late - m_clock.nowMs());
        m_server = std::make_unique<TestServer>(&m_clock);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        const char* names[] = {"Osaka Spices",       "Kyoto Tea House", "Nagoya Furniture",
                               "Kobe Coconut",       "Sapporo Seaweed", "Sendai Garments",
                               "Fukuoka Palm Sugar", "Nara Vanilla"};
        for (const auto* name : names)
            m_buyers.push_back(createBuyer(
                *m_admin,
                buyerBody(
                    name, "JP",
                    R"("email": ")" + std::string(name).substr(0, 4) +
                        R"(@example.jp", "phone": "+81612345678", "contact_person": "Taro Yamada")")));
    }

    void freeTierAcrossTheMonthBoundary()
    {
        const auto member = person(*m_server, "gratis@example.com", {"member_free"});
        auto quota = member.http.get("/api/v1/buyers/quota").json();
        QCOMPARE(field(quota, "tier"), std::string("free"));
        QVERIFY(quota->isNull("plan_title"));
        QCOMPARE(quota->getObject("limits")->getValue<int>("buyers_per_month"), 5);
        QCOMPARE(quota->getValue<int>("used"), 0);
        QCOMPARE(quota->getValue<int>("remaining"), 5);
        QCOMPARE(field(quota, "resets_at"), std::string("2027-01-31T17:00:00.000000Z"));

        for (int i = 0; i < 5; ++i)
            QCOMPARE(openStatus(member, m_buyers[static_cast<std::size_t>(i)]), 200);
        QCOMPARE(member.http.get("/api/v1/buyers/quota").json()->getValue<int>("remaining"), 0);

        // The sixth is refused with the figures, and no view is recorded.
        const auto refused = member.http.get("/api/v1/buyers/" + m_buyers[5]);
        QCOMPARE(refused.status, 403);
        const auto problem = refused.json();
        QCOMPARE(field(problem, "type"),
                 std::string("https://eksporyuk.com/problems/buyer-quota-exhausted"));
        QCOMPARE(problem->getValue<int>("limit"), 5);
        QCOMPARE(problem->getValue<int>("used"), 5);
        QCOMPARE(field(problem, "resets_at"), std::string("2027-01-31T17:00:00.000000Z"));
        QVERIFY(field(problem, "detail").find("5") != std::string::npos);
        QCOMPARE(refused.header("content-type").rfind("application/problem+json", 0),
                 std::size_t(0));
        QCOMPARE(views(member.id), 5);

        // Opening an unlocked buyer again is free.
        QCOMPARE(openStatus(member, m_buyers[0]), 200);
        QCOMPARE(views(member.id), 6);
        QCOMPARE(member.http.get("/api/v1/buyers/quota").json()->getValue<int>("used"), 5);

        // Still January at 23:59 Jakarta; February 1 00:00 Jakarta opens a new month.
        m_clock.advanceMs(kHour - 60 * 1000);
        QCOMPARE(openStatus(member, m_buyers[5]), 403);
        m_clock.advanceMs(60 * 1000);
        quota = member.http.get("/api/v1/buyers/quota").json();
        QCOMPARE(quota->getValue<int>("used"), 0);
        QCOMPARE(field(quota, "resets_at"), std::string("2027-02-28T17:00:00.000000Z"));
        QCOMPARE(openStatus(member, m_buyers[5]), 200);
        // Last month's buyers are locked again and count anew.
        const auto search = member.http.get("/api/v1/buyers?q=osaka").json()->getArray("items");
        QCOMPARE(search->getObject(0)->getValue<bool>("unlocked"), false);
        QCOMPARE(search->getObject(0)->getValue<int>("my_views"), 2);
        QCOMPARE(member.http.get("/api/v1/buyers/quota").json()->getValue<int>("used"), 1);
    }

    void threeMonthMembershipGetsFifty()
    {
        const auto member = person(*m_server, "premium@example.com", {"member_premium"});
        grantMembership(*m_server, member.id, 95, m_clock.nowMs() - kHour, "Ekspor 3 Bulan");
        const auto quota = member.http.get("/api/v1/buyers/quota").json();
        QCOMPARE(field(quota, "tier"), std::string("3m"));
        QCOMPARE(field(quota, "plan_title"), std::string("Ekspor 3 Bulan"));
        QCOMPARE(quota->getObject("limits")->getValue<int>("buyers_per_month"), 50);
        QCOMPARE(quota->getObject("limits")->getValue<bool>("full_contact"), true);
        for (const auto& id : m_buyers)
            QCOMPARE(openStatus(member, id), 200);
        const auto opened = member.http.get("/api/v1/buyers/" + m_buyers[0]).json();
        QCOMPARE(opened->getValue<bool>("contact_masked"), false);
        QCOMPARE(field(opened, "phone"), std::string("+81612345678"));
        QCOMPARE(field(opened, "contact_person"), std::string("Taro Yamada"));
        QCOMPARE(opened->getObject("quota")->getValue<int>("used"), 8);
        QCOMPARE(opened->getObject("quota")->getValue<int>("remaining"), 42);

        // The 3-month plan includes the CSV of opened buyers, with full contact.
        const auto csv = member.http.get("/api/v1/buyers/unlocked.csv");
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("content-type").find("text/csv") != std::string::npos);
        QVERIFY(csv.body.find("company,contact_person,email,phone,country") != std::string::npos);
        // A leading + is defused against spreadsheet formulas by CsvWriter.
        QVERIFY2(csv.body.find("Osaka Spices,Taro Yamada,osak@example.jp,'+81612345678,JP") !=
                     std::string::npos,
                 csv.body.c_str());
        int lines = 0;
        for (const char c : csv.body)
            lines += c == '\n' ? 1 : 0;
        QCOMPARE(lines, 9); // header + 8 buyers
    }

    void freeTierHasNoCsvAndSeesMaskedContact()
    {
        const auto member = person(*m_server, "gratis2@example.com", {"member_free"});
        const auto opened = member.http.get("/api/v1/buyers/" + m_buyers[1]).json();
        QCOMPARE(opened->getValue<bool>("contact_masked"), true);
        QCOMPARE(field(opened, "phone"), std::string("+816******78"));
        QCOMPARE(field(opened, "contact_person"), std::string("Taro Y."));
        const auto csv = member.http.get("/api/v1/buyers/unlocked.csv");
        QCOMPARE(csv.status, 403);
        QCOMPARE(field(csv.json(), "type"),
                 std::string("https://eksporyuk.com/problems/plan-feature"));
    }

    void editedLimitTakesEffectAtOnce()
    {
        const auto member = person(*m_server, "gratis3@example.com", {"member_free"});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(openStatus(member, m_buyers[static_cast<std::size_t>(i)]), 200);
        QCOMPARE(openStatus(member, m_buyers[5]), 403);
        const auto limits = [&](const std::string& perMonth) {
            return send(*m_admin, "PUT", "/api/v1/admin/directory-limits/free",
                        R"({"buyers_per_month": )" + perMonth + R"(, "full_contact": false,
                            "csv_download": false, "api_access": false, "priority_listing": false,
                            "verified_badge": false})");
        };
        QCOMPARE(limits("6").status, 200);
        QCOMPARE(member.http.get("/api/v1/buyers/quota").json()->getValue<int>("remaining"), 1);
        QCOMPARE(openStatus(member, m_buyers[5]), 200);
        QCOMPARE(openStatus(member, m_buyers[6]), 403);
        QCOMPARE(limits("5").status, 200);
    }

    void concurrentOpeningsNeverPassTheQuota()
    {
        // Each round: a member at used = limit - 1 opens three new buyers at the same moment.
        for (int round = 0; round < 6; ++round) {
            const auto member = person(
                *m_server, "serentak" + std::to_string(round) + "@example.com", {"member_free"});
            for (int i = 0; i < 4; ++i)
                QCOMPARE(openStatus(member, m_buyers[static_cast<std::size_t>(i)]), 200);
            std::atomic<int> ok{0}, refused{0}, other{0};
            std::atomic<bool> go{false};
            std::vector<std::thread> threads;
            for (int t = 0; t < 3; ++t) {
                threads.emplace_back([&, t] {
                    const HttpClient client = member.http;
                    while (!go.load())
                        std::this_thread::yield();
                    const auto status =
                        client.get("/api/v1/buyers/" + m_buyers[static_cast<std::size_t>(4 + t)])
                            .status;
                    (status == 200 ? ok : status == 403 ? refused : other)++;
                });
            }
            go = true;
            for (auto& thread : threads)
                thread.join();
            QCOMPARE(other.load(), 0);
            QCOMPARE(ok.load(), 1);
            QCOMPARE(refused.load(), 2);
            QCOMPARE(count(*m_server,
                           "SELECT count(DISTINCT buyer_id) AS n FROM buyer_views WHERE user_id = "
                           "$1::uuid",
                           {member.id}),
                     5);
            QCOMPARE(member.http.get("/api/v1/buyers/quota").json()->getValue<int>("used"), 5);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuyerQuota)
#include "TestBuyerQuota.moc"

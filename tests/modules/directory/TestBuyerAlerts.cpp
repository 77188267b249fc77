// Weekly "new buyers in your product category" alerts on a real database: members save what they
// export (or get alerts from their favourite buyers), the preview counts what the alert would say,
// and once the Jakarta week is over (Monday 08:00) each member is told once — not before, not
// twice across passes, restarts or two servers at once, and never about a past week.
#include "BuyerTestKit.h"

#include "BuyerAlertService.h"
#include "BuyerAlertStore.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <thread>

using namespace ey;
using namespace ey::test;
using namespace ey::test::buyers;

namespace {

/// Unix milliseconds of a wall-clock time in Jakarta (UTC+7, no daylight saving).
std::int64_t jakartaMs(int y, unsigned m, unsigned d, int hour, int minute = 0)
{
    using namespace std::chrono;
    const auto at = sys_days{year{y} / month{m} / day{d}} + hours{hour - 7} + minutes{minute};
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

void setClock(ManualClock& clock, std::int64_t ms)
{
    clock.advanceMs(ms - clock.nowMs());
}

std::vector<std::string> strings(const core::json::ArrayPtr& array)
{
    std::vector<std::string> items;
    for (std::size_t i = 0; i < array->size(); ++i)
        items.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return items;
}

} // namespace

class TestBuyerAlerts : public QObject
{
    Q_OBJECT

    // The server's clock starts on Thursday 5 November 2026, 10:00 in Jakarta.
    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_kopi;      // A: saved "kopi" + HS 09, email too
    std::unique_ptr<Person> m_mebel;     // B: saved "mebel", only Japan and the US
    std::unique_ptr<Person> m_favourite; // C: nothing saved, likes a coffee buyer
    std::unique_ptr<Person> m_silent;    // E: saved "kopi" but switched off
    std::unique_ptr<Person> m_idle;      // F: nothing saved, no favourites

    std::map<std::string, std::string> m_emails; // user id -> email, to sign in again

    core::Db& db() { return m_server->instance().db(); }

    /// The test's weeks outlast a session (14 days): sign in again at the clock's current time.
    Person& fresh(Person& who)
    {
        who.http.login(m_emails.at(who.id), kTestPassword);
        return who;
    }

    std::unique_ptr<Person> member(const std::string& email, const std::vector<std::string>& roles)
    {
        auto who = std::make_unique<Person>(person(*m_server, email, roles));
        m_emails[who->id] = email;
        return who;
    }

    std::int64_t alerts(const Person& who, const std::string& week = {})
    {
        return count(*m_server,
                     "SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid AND"
                     " source_id LIKE 'buyer-alert:' || $2 || '%'",
                     {who.id, week});
    }

    /// A column of the member's alert about the week starting `week` ("" when there is none).
    std::string alertOf(const Person& who, const std::string& week, const char* column)
    {
        const auto rows =
            db().exec("SELECT title, message, redirect, id::text AS id FROM notifications"
                      " WHERE user_id = $1::uuid AND source_id = 'buyer-alert:' || $2",
                      {who.id, week});
        return rows.empty() ? std::string() : rows.front().str(column);
    }

    core::json::ObjectPtr settings(Person& who)
    {
        const auto result = send(fresh(who), "GET", "/api/v1/buyers/alerts");
        if (result.status != 200)
            qFatal("GET /buyers/alerts: %d %s", result.status, result.body.c_str());
        return result.json();
    }

    /// A buyer added by the admin at `atMs` (the server's clock is moved there and back).
    std::string buyerAt(std::int64_t atMs, const std::string& body)
    {
        const auto before = m_clock.nowMs();
        setClock(m_clock, atMs);
        const auto id = createBuyer(fresh(*m_admin), body);
        setClock(m_clock, before);
        return id;
    }

private slots:
    void initTestCase()
    {
        setClock(m_clock, jakartaMs(2026, 11, 5, 10));
        // The server's own worker makes its start-up pass only; the tests drive passes by hand.
        m_server = std::make_unique<TestServer>(
            &m_clock,
            std::map<std::string, std::string>{{"directory.buyer_alert_sweep_seconds", "86400"}});
        m_admin = member("admin@example.com", {"admin"});
        m_kopi = member("kopi@example.com", {"member_free"});
        m_mebel = member("mebel@example.com", {"member_free"});
        m_favourite = member("favorit@example.com", {"member_free"});
        m_silent = member("diam@example.com", {"member_free"});
        m_idle = member("kosong@example.com", {"member_free"});

        // Added in the week before the one the alerts report: liked by C, counted for nobody.
        const auto liked = createBuyer(
            *m_admin, buyerBody("Nihon Coffee Trading", "JP",
                                R"("products": ["Kopi Arabika"], "hs_codes": ["090111"])"));
        QCOMPARE(send(*m_favourite, "PUT", "/api/v1/buyers/" + liked + "/like").status, 204);
    }

    void weekAt_data()
    {
        using S = std::string;
        QTest::addColumn<qint64>("now");
        QTest::addColumn<std::string>("weekStart");
        QTest::addColumn<bool>("due");
        QTest::newRow("Sunday 23:59 reports the week before")
            << qint64(jakartaMs(2026, 11, 22, 23, 59)) << S("2026-11-09") << true;
        QTest::newRow("Monday 07:59 is early")
            << qint64(jakartaMs(2026, 11, 23, 7, 59)) << S("2026-11-16") << false;
        QTest::newRow("Monday 08:00 is due")
            << qint64(jakartaMs(2026, 11, 23, 8)) << S("2026-11-16") << true;
        QTest::newRow("Wednesday: a late start still tells the week")
            << qint64(jakartaMs(2026, 11, 25, 17)) << S("2026-11-16") << true;
        QTest::newRow("the next Monday 00:00 moves on")
            << qint64(jakartaMs(2026, 11, 30, 0)) << S("2026-11-23") << false;
        QTest::newRow("across the new year")
            << qint64(jakartaMs(2027, 1, 4, 9)) << S("2026-12-28") << true;
    }

    void weekAt()
    {
        QFETCH(qint64, now);
        QFETCH(std::string, weekStart);
        QFETCH(bool, due);
        const auto week = directory::BuyerAlertStore::weekAt(db(), now);
        QCOMPARE(week.weekStart, weekStart);
        QCOMPARE(week.due, due);
        const auto monday = std::stoi(week.weekStart.substr(8, 2));
        const auto monthOf = static_cast<unsigned>(std::stoi(week.weekStart.substr(5, 2)));
        const auto yearOf = std::stoi(week.weekStart.substr(0, 4));
        QCOMPARE(week.fromMs, jakartaMs(yearOf, monthOf, static_cast<unsigned>(monday), 0));
        QCOMPARE(week.toMs - week.fromMs, std::int64_t(7) * 24 * 3600 * 1000);
    }

    void validationErrorsAreReadable_data()
    {
        using S = std::string;
        QTest::addColumn<std::string>("body");
        QTest::addColumn<std::string>("field");
        QTest::addColumn<std::string>("mentions");
        std::string many;
        for (int i = 0; i < 21; ++i)
            many += (i ? ", \"kata" : "\"kata") + std::to_string(i) + "\"";
        QTest::newRow("21 words") << S("{\"products\": [" + many + "]}") << S("products")
                                  << S("20");
        QTest::newRow("one letter")
            << S("{\"products\": [\"kopi\", \"k\"]}") << S("products") << S("\"k\"");
        QTest::newRow("61 letters") << S("{\"products\": [\"" + std::string(61, 'a') + "\"]}")
                                    << S("products") << S("2–60");
        QTest::newRow("not a list")
            << S("{\"products\": \"kopi\"}") << S("products") << S("daftar");
        QTest::newRow("HS of one digit")
            << S("{\"hs_codes\": [\"9\"]}") << S("hs_codes") << S("\"9\"");
        QTest::newRow("HS with letters")
            << S("{\"hs_codes\": [\"09ab\"]}") << S("hs_codes") << S("09ab");
        QTest::newRow("HS of 11 digits")
            << S("{\"hs_codes\": [\"09011100000\"]}") << S("hs_codes") << S("2–10");
        QTest::newRow("unknown country")
            << S("{\"countries\": [\"Atlantis\"]}") << S("countries") << S("Atlantis");
        QTest::newRow("enabled as text") << S("{\"enabled\": \"ya\"}") << S("enabled") << S("true");
    }

    void validationErrorsAreReadable()
    {
        QFETCH(std::string, body);
        QFETCH(std::string, field);
        QFETCH(std::string, mentions);
        const auto result = send(*m_idle, "PUT", "/api/v1/buyers/alerts", body);
        QCOMPARE(result.status, 422);
        const auto errors = result.json()->getObject("errors");
        QVERIFY2(errors && errors->has(field), result.body.c_str());
        const auto message = errors->getValue<std::string>(field);
        QVERIFY2(message.find(mentions) != std::string::npos, message.c_str());
        // Nothing was saved.
        QVERIFY(settings(*m_idle)->isNull("updated_at"));
    }

    void settingsAreSavedAndNormalised()
    {
        auto result = send(*m_kopi, "PUT", "/api/v1/buyers/alerts",
                           R"({"products": ["kopi", " Kopi ", ""], "hs_codes": ["09"],)"
                           R"( "email": true})");
        QCOMPARE(result.status, 200);
        auto body = result.json();
        QCOMPARE(strings(body->getArray("products")), std::vector<std::string>{"kopi"});
        QCOMPARE(strings(body->getArray("hs_codes")), std::vector<std::string>{"09"});
        QCOMPARE(strings(body->getArray("countries")), std::vector<std::string>{});
        QCOMPARE(body->getValue<bool>("enabled"), true);
        QCOMPARE(body->getValue<bool>("email"), true);
        QCOMPARE(field(body, "source"), std::string("saved"));
        QVERIFY(!body->isNull("updated_at"));

        result = send(*m_mebel, "PUT", "/api/v1/buyers/alerts",
                      R"({"products": ["Mebel"], "hs_codes": ["94.03"],)"
                      R"( "countries": ["jp", "Amerika Serikat", "JP"]})");
        QCOMPARE(result.status, 200);
        body = result.json();
        QCOMPARE(strings(body->getArray("hs_codes")), std::vector<std::string>{"9403"});
        QCOMPARE(strings(body->getArray("countries")), (std::vector<std::string>{"JP", "US"}));
        QCOMPARE(body->getValue<bool>("email"), false);

        QCOMPARE(send(*m_silent, "PUT", "/api/v1/buyers/alerts",
                      R"({"products": ["kopi"], "enabled": false})")
                     .status,
                 200);

        // A GET answers what the PUT answered.
        QCOMPARE(strings(settings(*m_mebel)->getArray("countries")),
                 (std::vector<std::string>{"JP", "US"}));

        // Without saved interests, the favourites speak: C liked a "Kopi Arabika" buyer.
        body = settings(*m_favourite);
        QCOMPARE(field(body, "source"), std::string("favourites"));
        QVERIFY(body->isNull("updated_at"));
        const auto used = body->getObject("interests");
        QCOMPARE(strings(used->getArray("products")), std::vector<std::string>{"kopi arabika"});
        QCOMPARE(strings(used->getArray("hs_codes")), std::vector<std::string>{"090111"});
    }

    void previewCountsTheLastSevenDays()
    {
        // The reported week: Monday 16 to Sunday 22 November 2026 (Jakarta).
        buyerAt(jakartaMs(2026, 11, 17, 9),
                buyerBody("Tokyo Kissa Supply", "JP",
                          R"("products": ["Kopi Arabika", "Kopi Robusta"], "hs_codes": ["090111"],)"
                          R"( "email": "buyer@tokyokissa.jp", "phone": "+81312345678",)"
                          R"( "contact_person": "Hiro Tanaka")"));
        buyerAt(jakartaMs(2026, 11, 17, 10),
                buyerBody("Seattle Bean Co", "US", R"("products": ["Kopi Luwak"])"));
        buyerAt(jakartaMs(2026, 11, 18, 10),
                buyerBody("Riyadh Qahwa Trading", "SA", R"("products": ["Biji kopi sangrai"])"));
        buyerAt(jakartaMs(2026, 11, 19, 10),
                buyerBody("Hamburg Roasters", "DE",
                          R"("products": ["Green coffee beans"], "hs_codes": ["0901"])"));
        buyerAt(jakartaMs(2026, 11, 20, 10),
                buyerBody("Berlin Mebel Haus", "DE",
                          R"("products": ["Mebel jati"], "hs_codes": ["9403"])"));

        setClock(m_clock, jakartaMs(2026, 11, 21, 12));
        auto body = settings(*m_kopi);
        auto preview = body->getObject("preview");
        QCOMPARE(preview->getValue<std::int64_t>("buyer_count"), std::int64_t(4));
        const auto buyers = preview->getArray("buyers");
        QCOMPARE(buyers->size(), std::size_t(4));
        std::vector<std::string> companies;
        for (std::size_t i = 0; i < buyers->size(); ++i) {
            const auto item = buyers->getObject(static_cast<unsigned>(i));
            companies.push_back(field(item, "company") + " " + field(item, "country"));
            // Exactly what a member's search result shows: never a contact field.
            for (const char* contact : {"email", "phone", "contact_person", "notes", "source"})
                QVERIFY2(!item->has(contact), contact);
        }
        QCOMPARE(companies,
                 (std::vector<std::string>{"Hamburg Roasters DE", "Riyadh Qahwa Trading SA",
                                           "Seattle Bean Co US", "Tokyo Kissa Supply JP"}));
        QVERIFY(send(fresh(*m_kopi), "GET", "/api/v1/buyers/alerts").body.find("tokyokissa") ==
                std::string::npos);

        // The furniture buyer is in Germany, outside B's countries.
        preview = settings(*m_mebel)->getObject("preview");
        QCOMPARE(preview->getValue<std::int64_t>("buyer_count"), std::int64_t(0));
        // C's favourite says "kopi arabika" and HS 090111: only the Tokyo buyer.
        preview = settings(*m_favourite)->getObject("preview");
        QCOMPARE(preview->getValue<std::int64_t>("buyer_count"), std::int64_t(1));
        QCOMPARE(field(preview->getArray("buyers")->getObject(0), "company"),
                 std::string("Tokyo Kissa Supply"));
    }

    void weeklyAlertTellsEachMemberOnce()
    {
        // The last minute of the week counts; the first minute of the next one does not.
        buyerAt(jakartaMs(2026, 11, 22, 23, 59),
                buyerBody("Osaka Kopi Shoten", "JP", R"("products": ["kopi bubuk"])"));
        buyerAt(jakartaMs(2026, 11, 23, 0),
                buyerBody("Dubai Coffee House", "AE", R"("products": ["kopi"])"));

        // The worker's own pass, driven by a clock of the test's.
        ManualClock later;
        directory::BuyerAlertService service(db(), later, m_server->instance().notify());

        setClock(later, jakartaMs(2026, 11, 22, 23, 59)); // Sunday night: last week had none
        QCOMPARE(service.sendDue(), 0);
        for (const auto* who : {m_kopi.get(), m_mebel.get(), m_favourite.get()})
            QCOMPARE(alerts(*who), std::int64_t(0));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM buyer_alert_digests WHERE user_id = $1::uuid"
                       " AND week_start = '2026-11-09' AND buyer_count = 0 AND sent_at IS NULL",
                       {m_kopi->id}),
                 std::int64_t(1));

        setClock(later, jakartaMs(2026, 11, 23, 7, 59));
        QCOMPARE(service.sendDue(), 0);
        QCOMPARE(alerts(*m_kopi), std::int64_t(0));

        setClock(later, jakartaMs(2026, 11, 23, 8));
        QCOMPARE(service.sendDue(), 2);
        QCOMPARE(alerts(*m_kopi, "2026-11-16"), std::int64_t(1));
        QCOMPARE(alertOf(*m_kopi, "2026-11-16", "title"),
                 std::string("Ada 5 buyer baru di kategori produk kamu minggu ini"));
        const auto message = alertOf(*m_kopi, "2026-11-16", "message");
        QVERIFY2(message.find("16–22 November 2026") != std::string::npos, message.c_str());
        QVERIFY2(message.find("5 new buyers") != std::string::npos, message.c_str());
        QCOMPARE(alertOf(*m_kopi, "2026-11-16", "redirect"),
                 std::string("buyer-search:product=kopi"));
        // A chose email too; C did not.
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM outbound_messages WHERE channel = 'email'"
                       " AND notification_id = $1::uuid",
                       {alertOf(*m_kopi, "2026-11-16", "id")}),
                 std::int64_t(1));

        QCOMPARE(alerts(*m_favourite, "2026-11-16"), std::int64_t(1));
        QCOMPARE(alertOf(*m_favourite, "2026-11-16", "title"),
                 std::string("Ada 1 buyer baru di kategori produk kamu minggu ini"));
        QVERIFY(alertOf(*m_favourite, "2026-11-16", "message").find("buyer favorit") !=
                std::string::npos);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM outbound_messages WHERE notification_id ="
                       " $1::uuid",
                       {alertOf(*m_favourite, "2026-11-16", "id")}),
                 std::int64_t(0));

        // B's only match is outside their countries; E switched alerts off; F has no interests.
        QCOMPARE(alerts(*m_mebel), std::int64_t(0));
        QCOMPARE(alerts(*m_silent), std::int64_t(0));
        QCOMPARE(alerts(*m_idle), std::int64_t(0));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM buyer_alert_digests WHERE user_id = $1::uuid"
                       " AND week_start = '2026-11-16' AND buyer_count = 0",
                       {m_mebel->id}),
                 std::int64_t(1));

        // Again, later in the week, and after a restart: nothing more.
        QCOMPARE(service.sendDue(), 0);
        setClock(later, jakartaMs(2026, 11, 26, 14));
        QCOMPARE(service.sendDue(), 0);
        {
            directory::BuyerAlertService restarted(db(), later, m_server->instance().notify());
            QCOMPARE(restarted.sendDue(), 0);
        }
        QCOMPARE(alerts(*m_kopi), std::int64_t(1));
        QCOMPARE(alerts(*m_favourite), std::int64_t(1));

        const auto last = settings(*m_kopi)->getObject("last_digest");
        QCOMPARE(field(last, "week_start"), std::string("2026-11-16"));
        QCOMPARE(last->getValue<std::int64_t>("buyer_count"), std::int64_t(5));
        QVERIFY(!last->isNull("sent_at"));
    }

    void twoServersTellOnce()
    {
        // The week of 23 November has the Dubai buyer ("kopi"): A only. Two passes race for it.
        ManualClock monday;
        setClock(monday, jakartaMs(2026, 11, 30, 8, 30));
        directory::BuyerAlertService first(db(), monday, m_server->instance().notify());
        directory::BuyerAlertService second(db(), monday, m_server->instance().notify());
        std::atomic<int> told{0};
        std::thread racing([&] { told += second.sendDue(); });
        told += first.sendDue();
        racing.join();
        QCOMPARE(told.load(), 1);
        QCOMPARE(alerts(*m_kopi, "2026-11-23"), std::int64_t(1));
        QCOMPARE(alertOf(*m_kopi, "2026-11-23", "title"),
                 std::string("Ada 1 buyer baru di kategori produk kamu minggu ini"));
        QCOMPARE(alerts(*m_favourite, "2026-11-23"), std::int64_t(0));
    }

    /// Last: a server started on Monday afternoon tells the week on its own, in its start-up pass.
    void workerTellsOnItsOwn()
    {
        buyerAt(jakartaMs(2026, 12, 2, 11),
                buyerBody("Manila Kape Imports", "PH", R"("products": ["Kopi Liberika"])"));
        setClock(m_clock, jakartaMs(2026, 12, 7, 13));
        TestServer other(*m_server, &m_clock);
        QTRY_COMPARE_WITH_TIMEOUT(alerts(*m_kopi, "2026-11-30"), std::int64_t(1), 20000);
        QCOMPARE(alertOf(*m_kopi, "2026-11-30", "title"),
                 std::string("Ada 1 buyer baru di kategori produk kamu minggu ini"));
        // Never the weeks before, which were told already.
        QCOMPARE(alerts(*m_kopi), std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestBuyerAlerts)
#include "TestBuyerAlerts.moc"

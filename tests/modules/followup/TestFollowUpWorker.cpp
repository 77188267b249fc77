// Sending follow-ups when they fall due: nothing early, each due message handed to the WhatsApp
// queue once to the buyer's number, never twice under concurrent senders, and a buyer without a
// number leaving a failed row that says why.
#include "FollowUpTestKit.h"

#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace ey;
using namespace ey::test::followup;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {

const std::map<std::string, std::string> kQuietWorker{{"followup.poll_seconds", "3600"}};

struct Queued
{
    std::string recipient;
    std::string body;
    std::string subject;
    std::string status;
};

std::vector<Queued> whatsappRows(app::ServerInstance& server)
{
    std::vector<Queued> rows;
    for (const auto& r :
         server.db().exec("SELECT recipient, body, subject, status FROM outbound_messages"
                          " WHERE channel = 'whatsapp' ORDER BY created_at, id"))
        rows.push_back({r.str("recipient"), r.str("body"), r.str("subject"), r.str("status")});
    return rows;
}

} // namespace

class TestFollowUpWorker : public QObject
{
    Q_OBJECT
private slots:
    void nothingDueNothingSent()
    {
        ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", clock.nowMs());
        schedule(server.instance(), facts(txId, buyer, "INV001", clock.nowMs()),
                 {{1, "Hari pertama"}, {3, "Hari ketiga"}});

        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0);
        clock.advanceMs(kDayMs - 1000); // one second short of day 1
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0);
        QCOMPARE(whatsappQueued(server.instance()), std::int64_t(0));
        for (const auto& row : rowsOf(server.instance(), txId))
            QCOMPARE(row.status, std::string("pending"));
    }

    void dayOneGoesToTheBuyersNumberOnce()
    {
        ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto paid = clock.nowMs();
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", paid);
        schedule(server.instance(), facts(txId, buyer, "INV001", paid),
                 {{1, "Halo {nama}, bagaimana {produk} ({invoice})?"}, {3, "Hari ketiga"}});

        clock.advanceMs(kDayMs + 1000);
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 1);
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0); // already gone

        const auto queued = whatsappRows(server.instance());
        QCOMPARE(queued.size(), std::size_t(1));
        QCOMPARE(queued[0].recipient, std::string("6281234567890"));
        QCOMPARE(queued[0].body,
                 std::string("Halo Sari Dewi, bagaimana Membership Ekspor Pro (INV001)?"));
        QCOMPARE(queued[0].subject, std::string("INV001 follow-up 1"));
        QCOMPARE(queued[0].status, std::string("queued")); // no provider configured: it waits

        const auto rows = rowsOf(server.instance(), txId);
        QCOMPARE(rows[0].status, std::string("sent"));
        QVERIFY(rows[0].hasSentAt);
        QCOMPARE(rows[0].attempts, 1);
        QVERIFY(!rows[0].outboundId.empty());
        QCOMPARE(rows[1].status, std::string("pending"));

        // Sales desks watching the transaction hear about it.
        const auto events = server.instance().db().exec(
            "SELECT permission, data->>'status' AS status, data->>'transaction_id' AS tx"
            " FROM realtime_events WHERE event = 'followup.updated'");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.front().str("permission"), std::string("sales.read"));
        QCOMPARE(events.front().str("status"), std::string("sent"));
        QCOMPARE(events.front().str("tx"), txId);
    }

    void nationalNumbersAreWrittenInternationally_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("recipient");
        QTest::newRow("plus 62") << QStringLiteral("+6281234567890")
                                 << QStringLiteral("6281234567890");
        QTest::newRow("62") << QStringLiteral("6281234567890") << QStringLiteral("6281234567890");
        QTest::newRow("08") << QStringLiteral("081234567890") << QStringLiteral("6281234567890");
        QTest::newRow("abroad") << QStringLiteral("+6591234567") << QStringLiteral("6591234567");
    }

    void nationalNumbersAreWrittenInternationally()
    {
        QFETCH(QString, stored);
        QFETCH(QString, recipient);
        ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", stored.toStdString());
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", clock.nowMs());
        schedule(server.instance(), facts(txId, buyer, "INV001", clock.nowMs()),
                 {{0, "Selamat datang"}});
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 1);
        QCOMPARE(whatsappRows(server.instance()).front().recipient, recipient.toStdString());
    }

    void concurrentSendersNeverSendTwice()
    {
        ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        // A second instance on the same database: its sender competes too.
        TestServer other(server, &clock);
        const auto paid = clock.nowMs();
        constexpr int kBuyers = 40;
        for (int i = 0; i < kBuyers; ++i) {
            const auto buyer =
                createBuyer(server.instance(), "orang" + std::to_string(i) + "@example.com",
                            "+62812000000" + std::to_string(10 + i));
            const auto invoice = "INV" + std::to_string(100 + i);
            const auto txId = createPaidTransaction(server.instance(), buyer, invoice, paid);
            schedule(server.instance(), facts(txId, buyer, invoice, paid),
                     {{0, "Selamat datang"}, {1, "Hari pertama"}, {2, "Hari kedua"}});
        }
        clock.advanceMs(2 * kDayMs + 1000);

        std::atomic<int> handed{0};
        std::vector<std::thread> senders;
        for (int i = 0; i < 6; ++i) {
            auto& instance = i % 2 == 0 ? server.instance() : other.instance();
            senders.emplace_back([&instance, &handed, &clock] {
                handed += instance.followups().sendDue(clock.nowMs());
            });
        }
        for (auto& sender : senders)
            sender.join();

        // Each server's own worker makes one pass at start-up on its thread; on a loaded machine
        // that pass can come after the clock moved and send some of these itself. What must hold
        // is that every message is queued exactly once, whoever sent it.
        QVERIFY(handed.load() <= kBuyers * 3);
        QCOMPARE(whatsappQueued(server.instance()), std::int64_t(kBuyers * 3));
        const auto distinct = server.instance()
                                  .db()
                                  .exec("SELECT count(DISTINCT (recipient, subject)) AS n"
                                        " FROM outbound_messages WHERE channel = 'whatsapp'")
                                  .front()
                                  .i64("n");
        QCOMPARE(distinct, std::int64_t(kBuyers * 3));
        QCOMPARE(server.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM followup_messages WHERE status = 'sent'"
                           " AND attempts = 1")
                     .front()
                     .i64("n"),
                 std::int64_t(kBuyers * 3));
    }

    void buyerWithoutNumberFailsWithTheReason()
    {
        ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "budi@example.com", std::nullopt);
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", clock.nowMs());
        schedule(server.instance(), facts(txId, buyer, "INV001", clock.nowMs()),
                 {{0, "Selamat datang"}});

        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0);
        const auto row = rowsOf(server.instance(), txId).front();
        QCOMPARE(row.status, std::string("failed"));
        QVERIFY2(row.error.find("WhatsApp") != std::string::npos, row.error.c_str());
        QVERIFY(!row.hasSentAt);
        QCOMPARE(whatsappQueued(server.instance()), std::int64_t(0));
        // Not picked up again on every pass.
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0);
        QCOMPARE(rowsOf(server.instance(), txId).front().attempts, 1);
    }

    void theWorkerSendsOnItsOwn()
    {
        ManualClock clock;
        TestServer server(&clock, {{"followup.poll_seconds", "1"}});
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", clock.nowMs());
        schedule(server.instance(), facts(txId, buyer, "INV001", clock.nowMs()),
                 {{0, "Selamat datang"}, {1, "Hari pertama"}});
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(server.instance(), txId)[0].status, std::string("sent"),
                                  5000);
        clock.advanceMs(kDayMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(server.instance(), txId)[1].status, std::string("sent"),
                                  5000);
        QCOMPARE(whatsappQueued(server.instance()), std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpWorker)
#include "TestFollowUpWorker.moc"

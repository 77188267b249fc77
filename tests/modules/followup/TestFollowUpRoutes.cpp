// The sales desk's follow-up routes: a transaction's messages listed by step, one resent with an
// activity row, cancelled messages and buyers without a number refused with a reason, and members
// kept out.
#include "FollowUpTestKit.h"

#include <QTest>

using namespace ey;
using namespace ey::test::followup;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {

const std::map<std::string, std::string> kQuietWorker{{"followup.poll_seconds", "3600"}};

/// A server with a paid purchase whose first step went out and whose second waits.
struct Fixture
{
    ManualClock clock;
    TestServer server{&clock, kQuietWorker};
    std::string buyer;
    std::string txId;
    HttpClient admin{server.baseUrl()};

    explicit Fixture(const std::optional<std::string>& whatsapp = "+6281234567890")
    {
        buyer = createBuyer(server.instance(), "sari@example.com", whatsapp);
        txId = createPaidTransaction(server.instance(), buyer, "INV001", clock.nowMs());
        schedule(server.instance(), facts(txId, buyer, "INV001", clock.nowMs()),
                 {{0, "Selamat datang {nama}"}, {2, "Sudah dua hari, {nama}"}});
        server.instance().followups().sendDue(clock.nowMs());
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        admin.login("admin@example.com", test::kTestPassword);
    }

    core::json::ArrayPtr list()
    {
        const auto result = admin.get("/api/v1/admin/followups?transaction_id=" + txId);
        if (result.status != 200)
            throw std::runtime_error("list failed: " + result.body);
        return result.json()->getArray("items");
    }
    std::string idOfStep(int step)
    {
        return server.instance()
            .db()
            .exec("SELECT id::text AS id FROM followup_messages WHERE transaction_id = $1::uuid"
                  " AND step = $2",
                  {txId, step})
            .front()
            .str("id");
    }
};

} // namespace

class TestFollowUpRoutes : public QObject
{
    Q_OBJECT
private slots:
    void listShowsEveryStep()
    {
        Fixture f;
        const auto items = f.list();
        QCOMPARE(items->size(), std::size_t(2));
        const auto first = items->getObject(0);
        QCOMPARE(first->getValue<int>("step"), 1);
        QCOMPARE(first->getValue<std::string>("status"), std::string("sent"));
        QCOMPARE(first->getValue<std::string>("body"), std::string("Selamat datang Sari Dewi"));
        QCOMPARE(first->getValue<std::string>("delivery_status"), std::string("queued"));
        QVERIFY(!first->isNull("sent_at"));
        const auto second = items->getObject(1);
        QCOMPARE(second->getValue<int>("step"), 2);
        QCOMPARE(second->getValue<std::string>("status"), std::string("pending"));
        QVERIFY(second->isNull("sent_at"));
        QVERIFY(second->isNull("delivery_status"));
        QVERIFY(second->getValue<std::string>("due_at") > first->getValue<std::string>("due_at"));
    }

    void listNeedsATransaction_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("missing") << QString();
        QTest::newRow("empty") << QStringLiteral("?transaction_id=");
        QTest::newRow("not an id") << QStringLiteral("?transaction_id=INV001");
    }

    void listNeedsATransaction()
    {
        QFETCH(QString, query);
        Fixture f;
        const auto result = f.admin.get("/api/v1/admin/followups" + query.toStdString());
        QCOMPARE(result.status, 422);
        QVERIFY(result.json()->getObject("errors")->has("transaction_id"));
    }

    void unknownTransactionListsNothing()
    {
        Fixture f;
        const auto result = f.admin.get(
            "/api/v1/admin/followups?transaction_id=00000000-0000-4000-8000-000000000000");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getArray("items")->size(), std::size_t(0));
    }

    void resendQueuesTheTextAgainAndIsAudited()
    {
        Fixture f;
        const auto id = f.idOfStep(1);
        const auto before = whatsappQueued(f.server.instance());
        const auto result = f.admin.post("/api/v1/admin/followups/" + id + "/resend", "");
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        QCOMPARE(body->getValue<std::string>("status"), std::string("sent"));
        QCOMPARE(body->getValue<int>("attempts"), 2);
        QCOMPARE(whatsappQueued(f.server.instance()), before + 1);
        const auto latest = f.server.instance().db().exec(
            "SELECT recipient, body FROM outbound_messages WHERE id = $1::uuid",
            {body->getValue<std::string>("outbound_message_id")});
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.front().str("recipient"), std::string("6281234567890"));
        QCOMPARE(latest.front().str("body"), std::string("Selamat datang Sari Dewi"));
        const auto audit = f.server.instance().db().exec(
            "SELECT a.action, a.before->>'attempts' AS before_attempts,"
            " a.after->>'attempts' AS after_attempts, u.email::text AS actor"
            " FROM activity_log a JOIN users u ON u.id = a.actor_id"
            " WHERE a.entity_type = 'followup_message' AND a.entity_id = $1",
            {id});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.front().str("action"), std::string("followup.resend"));
        QCOMPARE(audit.front().str("before_attempts"), std::string("1"));
        QCOMPARE(audit.front().str("after_attempts"), std::string("2"));
        QCOMPARE(audit.front().str("actor"), std::string("admin@example.com"));
    }

    void resendOfAPendingStepSendsItNow()
    {
        Fixture f;
        const auto result =
            f.admin.post("/api/v1/admin/followups/" + f.idOfStep(2) + "/resend", "");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getValue<std::string>("status"), std::string("sent"));
        // The worker does not send it a second time when its day comes.
        f.clock.advanceMs(3 * kDayMs);
        QCOMPARE(f.server.instance().followups().sendDue(f.clock.nowMs()), 0);
        QCOMPARE(whatsappQueued(f.server.instance()), std::int64_t(2));
    }

    void cancelledMessageIsNotResent()
    {
        Fixture f;
        f.server.instance().db().transaction(
            [&](core::Tx& tx) { f.server.instance().followups().cancel(tx, f.txId); });
        const auto result =
            f.admin.post("/api/v1/admin/followups/" + f.idOfStep(2) + "/resend", "");
        QCOMPARE(result.status, 409);
        QVERIFY(result.json()->getValue<std::string>("detail").find("dibatalkan") !=
                std::string::npos);
        QCOMPARE(whatsappQueued(f.server.instance()), std::int64_t(1));
        QCOMPARE(f.server.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM activity_log"
                           " WHERE action = 'followup.resend'")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void buyerWithoutNumberIsToldWhy()
    {
        Fixture f(std::nullopt);
        const auto id = f.idOfStep(1);
        QCOMPARE(f.list()->getObject(0)->getValue<std::string>("status"), std::string("failed"));
        const auto refused = f.admin.post("/api/v1/admin/followups/" + id + "/resend", "");
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.json()->getValue<std::string>("detail").find("WhatsApp") !=
                std::string::npos);

        // The admin fills in the number; now the resend goes.
        f.server.instance().db().exec("UPDATE users SET whatsapp = '081298765432'"
                                      " WHERE id = $1::uuid",
                                      {f.buyer});
        const auto resent = f.admin.post("/api/v1/admin/followups/" + id + "/resend", "");
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json()->getValue<std::string>("status"), std::string("sent"));
        QVERIFY(resent.json()->isNull("error"));
        QCOMPARE(f.server.instance()
                     .db()
                     .exec("SELECT recipient FROM outbound_messages WHERE channel = 'whatsapp'")
                     .front()
                     .str("recipient"),
                 std::string("6281298765432"));
    }

    void unknownMessageIsNotFound_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << QStringLiteral("00000000-0000-4000-8000-000000000000");
        QTest::newRow("malformed") << QStringLiteral("langkah-1");
    }

    void unknownMessageIsNotFound()
    {
        QFETCH(QString, id);
        Fixture f;
        QCOMPARE(f.admin.post("/api/v1/admin/followups/" + id.toStdString() + "/resend", "").status,
                 404);
    }

    void membersAreKeptOut_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("listStatus");
        QTest::addColumn<int>("resendStatus");
        QTest::newRow("member") << QStringLiteral("member_premium") << 403 << 403;
        QTest::newRow("affiliate") << QStringLiteral("affiliate") << 403 << 403;
        QTest::newRow("support") << QStringLiteral("support") << 403 << 403;
        // Founders see sales but do not act on them.
        QTest::newRow("founder") << QStringLiteral("founder") << 200 << 403;
        QTest::newRow("finance") << QStringLiteral("finance") << 200 << 200;
    }

    void membersAreKeptOut()
    {
        QFETCH(QString, role);
        QFETCH(int, listStatus);
        QFETCH(int, resendStatus);
        Fixture f;
        test::createUser(f.server.instance(), "orang@example.com", {role.toStdString()});
        HttpClient client(f.server.baseUrl());
        client.login("orang@example.com", test::kTestPassword);
        QCOMPARE(client.get("/api/v1/admin/followups?transaction_id=" + f.txId).status, listStatus);
        QCOMPARE(client.post("/api/v1/admin/followups/" + f.idOfStep(1) + "/resend", "").status,
                 resendStatus);

        HttpClient anonymous(f.server.baseUrl());
        QCOMPARE(anonymous.get("/api/v1/admin/followups?transaction_id=" + f.txId).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestFollowUpRoutes)
#include "TestFollowUpRoutes.moc"

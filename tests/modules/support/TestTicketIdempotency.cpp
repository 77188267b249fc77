// Replays of an offline reply (same Idempotency-Key) write it once and answer the same; the key
// reused for a different body is refused.
#include "TicketTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::tickets;

class TestTicketIdempotency : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_member;
    std::unique_ptr<Person> m_support;

    std::int64_t replies(const std::string& ticketId)
    {
        return count(*m_server,
                     "SELECT count(*) AS n FROM ticket_messages WHERE ticket_id = $1::uuid AND "
                     "kind <> 'system'",
                     {ticketId});
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_member = std::make_unique<Person>(
            person(*m_server, "member@example.com", {"member_premium"}, "Member"));
        m_support =
            std::make_unique<Person>(person(*m_server, "cs@example.com", {"support"}, "CS"));
    }

    void sameKeyTwiceWritesOneReply()
    {
        const auto id = field(openTicket(*m_member, "Offline"), "id");
        const std::map<std::string, std::string> key = {{"Idempotency-Key", "outbox-7f3a"}};
        const auto first = reply(*m_member, id, "Dikirim saat offline", {}, key);
        QCOMPARE(first.status, 201);
        const auto second = reply(*m_member, id, "Dikirim saat offline", {}, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("idempotent-replayed"), std::string("true"));
        QCOMPARE(replies(id), std::int64_t(1));
        QCOMPARE(messagesOf(*m_member, id)->size(), std::size_t(1));

        // The same key with another body is a mistake the client must hear about.
        const auto other = reply(*m_member, id, "Isi yang berbeda", {}, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(replies(id), std::int64_t(1));

        // Keys belong to their user: support's identical key is a new request.
        QCOMPARE(reply(*m_support, id, "Dikirim saat offline", {}, key).status, 201);
        QCOMPARE(replies(id), std::int64_t(2));
        // No key: every request acts.
        QCOMPARE(reply(*m_member, id, "Tanpa kunci").status, 201);
        QCOMPARE(reply(*m_member, id, "Tanpa kunci").status, 201);
        QCOMPARE(replies(id), std::int64_t(4));
    }

    void sameKeyTwiceOpensOneTicket()
    {
        const std::map<std::string, std::string> key = {{"Idempotency-Key", "\"new-ticket-1\""}};
        const auto body = ticketBody("Dibuat dari outbox");
        const auto first = m_member->http.request("POST", "/api/v1/tickets", body, key);
        const auto second = m_member->http.request("POST", "/api/v1/tickets", body, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QCOMPARE(field(second.json(), "id"), field(first.json(), "id"));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM tickets WHERE title = $1",
                       {"Dibuat dari outbox"}),
                 std::int64_t(1));
    }

    void refusedRequestsAreNotRemembered()
    {
        // A reply refused because the ticket was closed is not replayed after an admin reopens it.
        const auto id = field(openTicket(*m_member, "Ditutup"), "id");
        QCOMPARE(patch(*m_member, id, "status", "closed").status, 200);
        const std::map<std::string, std::string> key = {{"Idempotency-Key", "outbox-closed"}};
        QCOMPARE(reply(*m_member, id, "Masih ada masalah", {}, key).status, 409);
        QCOMPARE(replies(id), std::int64_t(0));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketIdempotency)
#include "TestTicketIdempotency.moc"

// The ticket workflow: replies move the status the way the PRD describes, illegal moves are refused
// with a 409 naming them, closed tickets are read-only until an admin reopens, changes leave system
// messages and activity-log rows.
#include "TicketTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::tickets;

class TestTicketFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_member;
    std::unique_ptr<Person> m_support;
    std::unique_ptr<Person> m_support2;
    std::unique_ptr<Person> m_admin;

    std::string status(const std::string& id)
    {
        return field(m_admin->http.get("/api/v1/tickets/" + id).json(), "status");
    }

    std::vector<std::string> systemMessages(const std::string& id)
    {
        std::vector<std::string> bodies;
        const auto items = messagesOf(*m_admin, id);
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto message = items->getObject(i);
            if (message->getValue<std::string>("kind") == "system")
                bodies.push_back(message->getValue<std::string>("body"));
        }
        return bodies;
    }

    /// A ticket brought to `target` through legal moves by the admin.
    std::string ticketIn(const std::string& target)
    {
        const auto id = field(openTicket(*m_member, "Status " + target), "id");
        if (target != "open")
            [&] {
                QCOMPARE(
                    patch(*m_admin, id, "status", target == "closed" ? "closed" : target).status,
                    200);
            }();
        return id;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_member = std::make_unique<Person>(
            person(*m_server, "anggota@example.com", {"member_premium"}, "Budi Anggota"));
        m_support = std::make_unique<Person>(
            person(*m_server, "cs@example.com", {"support"}, "Sari Support"));
        m_support2 = std::make_unique<Person>(
            person(*m_server, "cs2@example.com", {"support"}, "Dewi Support"));
        m_admin = std::make_unique<Person>(
            person(*m_server, "admin@example.com", {"admin"}, "Ani Admin"));
    }

    void wholeConversation()
    {
        const auto created =
            openTicket(*m_member, "Pembayaran belum terverifikasi", "membership_pembayaran");
        const auto id = field(created, "id");
        QVERIFY(field(created, "number").starts_with("TKT-"));
        QCOMPARE(field(created, "number").size(), std::size_t(10));
        QCOMPARE(field(created, "status"), std::string("open"));
        QCOMPARE(field(created, "priority"), std::string("medium"));
        QCOMPARE(field(created, "owner_role"), std::string("member_premium"));
        QCOMPARE(field(created, "category_label"), std::string("Membership & Pembayaran"));
        QVERIFY(created->isNull("first_response_at"));
        QVERIFY(created->isNull("assignee"));

        // Support takes it from the queue and answers: the first response is recorded.
        QCOMPARE(patch(*m_support, id, "assignee_id", m_support->id).status, 200);
        QCOMPARE(reply(*m_support, id, "Sedang kami cek, mohon tunggu.").status, 201);
        auto ticket = m_member->http.get("/api/v1/tickets/" + id).json();
        QVERIFY(!ticket->isNull("first_response_at"));
        const auto firstResponse = field(ticket, "first_response_at");

        QCOMPARE(patch(*m_support, id, "status", "in_progress").status, 200);
        QCOMPARE(patch(*m_support, id, "status", "waiting_user").status, 200);
        // The member answers: back to the desk.
        const auto answer = reply(*m_member, id, "Ini bukti transfernya.");
        QCOMPARE(answer.status, 201);
        QCOMPARE(field(answer.json(), "kind"), std::string("user"));
        QCOMPARE(status(id), std::string("in_progress"));

        // A later staff reply does not move the first response.
        QCOMPARE(reply(*m_support, id, "Sudah aktif, silakan cek.").status, 201);
        QCOMPARE(field(m_admin->http.get("/api/v1/tickets/" + id).json(), "first_response_at"),
                 firstResponse);

        QCOMPARE(patch(*m_support, id, "status", "resolved").status, 200);
        QVERIFY(!m_admin->http.get("/api/v1/tickets/" + id).json()->isNull("resolved_at"));
        // The owner closes their own ticket.
        const auto closed = patch(*m_member, id, "status", "closed");
        QCOMPARE(closed.status, 200);
        QVERIFY(!closed.json()->isNull("closed_at"));

        // Thread order and kinds: user/staff replies and one system line per change.
        const auto items = messagesOf(*m_member, id);
        std::vector<std::string> kinds;
        for (unsigned i = 0; i < items->size(); ++i)
            kinds.push_back(items->getObject(i)->getValue<std::string>("kind"));
        const std::vector<std::string> expected = {"system", "staff", "system", "system", "user",
                                                   "system", "staff", "system", "system"};
        QCOMPARE(kinds, expected);
        const auto systems = systemMessages(id);
        QCOMPARE(systems.front(),
                 std::string("Tiket ditugaskan kepada Sari Support oleh Sari Support."));
        QVERIFY(
            systems.at(3).find("Menunggu Balasan Pengguna ke Sedang Ditangani oleh Budi Anggota") !=
            std::string::npos);
        QCOMPARE(systems.back(),
                 std::string("Status diubah dari Selesai ke Ditutup oleh Budi Anggota."));

        // Staff actions are in the activity log; the owner's own close is not an admin action.
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1 AND action = $2",
                  {id, "ticket.status"}),
            std::int64_t(3));
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1 AND action = $2",
                  {id, "ticket.assign"}),
            std::int64_t(1));
    }

    void closedTicketsAreReadOnlyUntilAnAdminReopens()
    {
        const auto id = ticketIn("closed");
        const auto refused = reply(*m_member, id, "Masih error");
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.json()->getValue<std::string>("detail").find("sudah ditutup") !=
                std::string::npos);
        QCOMPARE(reply(*m_admin, id, "Catatan admin").status, 409);
        QCOMPARE(m_member->http
                     .request("POST", "/api/v1/tickets/" + id + "/attachments?filename=a.pdf",
                              "%PDF-1.4\nx\n%%EOF\n")
                     .status,
                 409);
        QCOMPARE(patch(*m_admin, id, "priority", "high").status, 409);
        // Still readable.
        QCOMPARE(m_member->http.get("/api/v1/tickets/" + id).status, 200);
        QCOMPARE(m_member->http.get("/api/v1/tickets/" + id + "/messages").status, 200);

        // Neither the owner nor support may reopen; an admin may.
        QCOMPARE(patch(*m_member, id, "status", "in_progress").status, 403);
        const auto supportTry = patch(*m_support, id, "status", "in_progress");
        QCOMPARE(supportTry.status, 409);
        QVERIFY(supportTry.json()->getValue<std::string>("detail").find("admin") !=
                std::string::npos);
        const auto reopened = patch(*m_admin, id, "status", "in_progress");
        QCOMPARE(reopened.status, 200);
        QVERIFY(reopened.json()->isNull("closed_at"));
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1 AND action = $2",
                  {id, "ticket.reopen"}),
            std::int64_t(1));
        QCOMPARE(reply(*m_member, id, "Terima kasih sudah dibuka lagi").status, 201);
    }

    void userReplyReopensAResolvedTicket()
    {
        const auto id = ticketIn("resolved");
        QCOMPARE(reply(*m_member, id, "Ternyata masih belum bisa").status, 201);
        const auto ticket = m_admin->http.get("/api/v1/tickets/" + id).json();
        QCOMPARE(field(ticket, "status"), std::string("in_progress"));
        QVERIFY(ticket->isNull("resolved_at"));
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("open -> in_progress") << "open"
                                             << "in_progress" << 200;
        QTest::newRow("open -> waiting_user") << "open"
                                              << "waiting_user" << 200;
        QTest::newRow("open -> resolved") << "open"
                                          << "resolved" << 200;
        QTest::newRow("in_progress -> open") << "in_progress"
                                             << "open" << 409;
        QTest::newRow("waiting_user -> open") << "waiting_user"
                                              << "open" << 409;
        QTest::newRow("waiting_user -> in_progress") << "waiting_user"
                                                     << "in_progress" << 200;
        QTest::newRow("resolved -> waiting_user") << "resolved"
                                                  << "waiting_user" << 409;
        QTest::newRow("resolved -> open") << "resolved"
                                          << "open" << 409;
        QTest::newRow("resolved -> in_progress") << "resolved"
                                                 << "in_progress" << 200;
        QTest::newRow("closed -> resolved") << "closed"
                                            << "resolved" << 409;
        QTest::newRow("closed -> waiting_user") << "closed"
                                                << "waiting_user" << 409;
        QTest::newRow("closed -> open") << "closed"
                                        << "open" << 409;
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, expected);
        const auto id = ticketIn(from.toStdString());
        QCOMPARE(status(id), from.toStdString());
        const auto before = systemMessages(id).size();
        const auto result = patch(*m_admin, id, "status", to.toStdString());
        QCOMPARE(result.status, expected);
        if (expected == 409) {
            // The refusal names both ends so the person knows what was asked.
            const auto detail = result.json()->getValue<std::string>("detail");
            QVERIFY2(detail.find("(" + from.toStdString() + ")") != std::string::npos,
                     detail.c_str());
            QVERIFY2(detail.find("(" + to.toStdString() + ")") != std::string::npos,
                     detail.c_str());
            QCOMPARE(status(id), from.toStdString());
            QCOMPARE(systemMessages(id).size(), before);
        } else {
            QCOMPARE(status(id), to.toStdString());
            QCOMPARE(systemMessages(id).size(), before + 1);
        }
    }

    void ownersMayOnlyClose_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("priority") << "priority"
                                  << "urgent";
        QTest::newRow("status resolved") << "status"
                                         << "resolved";
        QTest::newRow("status waiting_user") << "status"
                                             << "waiting_user";
        QTest::newRow("assignee") << "assignee_id"
                                  << "";
    }

    void ownersMayOnlyClose()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto id = ticketIn("open");
        const auto result = patch(*m_member, id, name.toStdString(),
                                  value.isEmpty() ? m_support->id : value.toStdString());
        QCOMPARE(result.status, 403);
        QVERIFY(result.json()->getValue<std::string>("detail").find("hanya dapat menutup") !=
                std::string::npos);
        const auto ticket = m_admin->http.get("/api/v1/tickets/" + id).json();
        QCOMPARE(field(ticket, "status"), std::string("open"));
        QCOMPARE(field(ticket, "priority"), std::string("medium"));
        QVERIFY(ticket->isNull("assignee"));
    }

    void assignmentRules()
    {
        const auto id = ticketIn("open");
        // Assigning someone who cannot handle tickets is a readable 422.
        const auto notStaff = patch(*m_admin, id, "assignee_id", m_member->id);
        QCOMPARE(notStaff.status, 422);
        QVERIFY(notStaff.json()->getObject("errors")->has("assignee_id"));
        // Support may not assign others, only take an unassigned ticket for themselves.
        QCOMPARE(patch(*m_support, id, "assignee_id", m_support2->id).status, 403);
        QCOMPARE(patch(*m_support, id, "assignee_id", m_support->id).status, 200);
        // Once taken, it is out of the other support's sight.
        QCOMPARE(m_support2->http.get("/api/v1/tickets/" + id).status, 404);
        // Admin reassigns and raises the priority; both are audited and written into the thread.
        const auto reassigned = patch(*m_admin, id, "assignee_id", m_support2->id);
        QCOMPARE(reassigned.status, 200);
        QCOMPARE(reassigned.json()->getObject("assignee")->getValue<std::string>("full_name"),
                 std::string("Dewi Support"));
        QCOMPARE(m_support->http.get("/api/v1/tickets/" + id).status, 404);
        QCOMPARE(patch(*m_admin, id, "priority", "urgent").status, 200);
        const auto systems = systemMessages(id);
        QCOMPARE(systems.back(),
                 std::string("Prioritas diubah dari Sedang ke Mendesak oleh Ani Admin."));
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1 AND action = $2",
                  {id, "ticket.priority"}),
            std::int64_t(1));
        // Unassign with null: back to the queue for every support.
        const auto unassigned =
            m_admin->http.request("PATCH", "/api/v1/tickets/" + id, R"({"assignee_id":null})");
        QCOMPARE(unassigned.status, 200);
        QVERIFY(unassigned.json()->isNull("assignee"));
        QCOMPARE(m_support->http.get("/api/v1/tickets/" + id).status, 200);
        QCOMPARE(systemMessages(id).back(), std::string("Penugasan tiket dilepas oleh Ani Admin."));
    }

    void staffListShowsOpenWork()
    {
        const auto result = m_support->http.get("/api/v1/tickets/staff");
        QCOMPARE(result.status, 200);
        const auto items = result.json()->getArray("items");
        std::vector<std::string> names;
        for (unsigned i = 0; i < items->size(); ++i)
            names.push_back(items->getObject(i)->getValue<std::string>("full_name"));
        QVERIFY(contains(names, "Sari Support"));
        QVERIFY(contains(names, "Ani Admin")); // admins hold tickets.handle too
        QVERIFY(!contains(names, "Budi Anggota"));
    }

    void invalidInputIsExplained()
    {
        const auto missing =
            m_member->http.post("/api/v1/tickets", R"({"title":"","category":"nope"})");
        QCOMPARE(missing.status, 422);
        const auto errors = missing.json()->getObject("errors");
        QVERIFY(errors->has("title"));
        QVERIFY(errors->has("category"));
        QVERIFY(errors->has("description"));
        const auto longTitle =
            m_member->http.post("/api/v1/tickets", ticketBody(std::string(151, 'a')));
        QCOMPARE(longTitle.status, 422);
        // 150 characters of multi-byte text are fine: the limit counts characters, not bytes.
        std::string title;
        for (int i = 0; i < 150; ++i)
            title += "é";
        QCOMPARE(m_member->http.post("/api/v1/tickets", ticketBody(title)).status, 201);
    }

    void notificationsReachTheOtherSide()
    {
        const auto notified = [this](const Person& who, const std::string& ticketId) {
            return count(*m_server,
                         "SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid AND "
                         "source_id = $2"
                         " AND type = 'TICKET'",
                         {who.id, ticketId});
        };
        const auto events = [this](const std::string& event, const std::string& ticketId) {
            return count(*m_server,
                         "SELECT count(*) AS n FROM realtime_events WHERE event = $1 AND "
                         "data->>'ticket_id' = $2",
                         {event, ticketId});
        };
        // A new ticket reaches every member of the desk, not its author.
        const auto id = field(openTicket(*m_member, "Notifikasi"), "id");
        QCOMPARE(notified(*m_support, id), std::int64_t(1));
        QCOMPARE(notified(*m_support2, id), std::int64_t(1));
        QCOMPARE(notified(*m_admin, id), std::int64_t(1));
        QCOMPARE(notified(*m_member, id), std::int64_t(0));
        QCOMPARE(events("ticket.created", id), std::int64_t(1));

        // Unassigned: the owner's reply goes to the whole queue, and every handler's desk refreshes.
        QCOMPARE(reply(*m_member, id, "Halo?").status, 201);
        QCOMPARE(notified(*m_support2, id), std::int64_t(2));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM realtime_events WHERE event = 'ticket.updated' "
                       "AND data->>'ticket_id' = $1 AND permission = 'tickets.handle'",
                       {id}),
                 std::int64_t(1));
        // Assigned: only the assignee hears the owner (plus the assignment itself).
        QCOMPARE(patch(*m_admin, id, "assignee_id", m_support->id).status, 200);
        QCOMPARE(notified(*m_support, id), std::int64_t(3));
        QCOMPARE(reply(*m_member, id, "Ada yang bisa bantu?").status, 201);
        QCOMPARE(notified(*m_support, id), std::int64_t(4));
        QCOMPARE(notified(*m_support2, id), std::int64_t(2));
        // Staff reply and status change reach the owner.
        QCOMPARE(reply(*m_support, id, "Baik, kami bantu.").status, 201);
        QCOMPARE(notified(*m_member, id), std::int64_t(1));
        QCOMPARE(patch(*m_support, id, "status", "waiting_user").status, 200);
        QCOMPARE(notified(*m_member, id), std::int64_t(2));
        QVERIFY(events("ticket.updated", id) >= 5);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketFlow)
#include "TestTicketFlow.moc"

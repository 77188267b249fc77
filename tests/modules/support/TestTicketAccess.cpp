// Who sees which ticket: owners their own, support their assigned tickets and the unassigned queue,
// admins everything; everyone else gets 404, in the list, on the ticket, its thread and its files.
#include "TicketTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::tickets;

class TestTicketAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::map<std::string, Person> m_people;
    std::string m_assigned;                          ///< assigned to "support_assigned"
    std::string m_unassigned;                        ///< still in the queue
    std::map<std::string, std::string> m_attachment; ///< ticket -> a sent attachment

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_people.emplace(
            "owner", person(*m_server, "pemilik@example.com", {"member_free"}, "Pemilik Tiket"));
        m_people.emplace("other_member",
                         person(*m_server, "lain@example.com", {"affiliate"}, "Affiliate Lain"));
        m_people.emplace("support_assigned",
                         person(*m_server, "cs1@example.com", {"support"}, "CS Satu"));
        m_people.emplace("support_not_assigned",
                         person(*m_server, "cs2@example.com", {"support"}, "CS Dua"));
        m_people.emplace("admin", person(*m_server, "admin@example.com", {"admin"}, "Admin"));

        auto& owner = m_people.at("owner");
        m_assigned = field(openTicket(owner, "Tidak bisa login"), "id");
        m_unassigned = field(openTicket(owner, "Kelas tidak muncul", "kelas"), "id");
        const auto assign = patch(m_people.at("admin"), m_assigned, "assignee_id",
                                  m_people.at("support_assigned").id);
        QCOMPARE(assign.status, 200);
        for (const auto& id : {m_assigned, m_unassigned}) {
            const auto upload = owner.http.request(
                "POST", "/api/v1/tickets/" + id + "/attachments?filename=bukti.pdf",
                "%PDF-1.4\nbukti transfer\n%%EOF\n");
            QCOMPARE(upload.status, 201);
            m_attachment[id] = field(upload.json(), "id");
            QCOMPARE(reply(owner, id, "Ini buktinya", {m_attachment[id]}).status, 201);
        }
    }

    void visibility_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("assignedTicket");
        QTest::addColumn<bool>("visible");
        QTest::newRow("owner, assigned ticket") << "owner" << true << true;
        QTest::newRow("owner, queued ticket") << "owner" << false << true;
        QTest::newRow("other member, assigned ticket") << "other_member" << true << false;
        QTest::newRow("other member, queued ticket") << "other_member" << false << false;
        QTest::newRow("assigned support, assigned ticket") << "support_assigned" << true << true;
        QTest::newRow("assigned support, queued ticket") << "support_assigned" << false << true;
        QTest::newRow("other support, assigned ticket") << "support_not_assigned" << true << false;
        QTest::newRow("other support, queued ticket") << "support_not_assigned" << false << true;
        QTest::newRow("admin, assigned ticket") << "admin" << true << true;
        QTest::newRow("admin, queued ticket") << "admin" << false << true;
    }

    void visibility()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, assignedTicket);
        QFETCH(bool, visible);
        auto& who = m_people.at(viewer.toStdString());
        const auto& id = assignedTicket ? m_assigned : m_unassigned;

        QCOMPARE(contains(allIds(who, ""), id), visible);
        const auto get = who.http.get("/api/v1/tickets/" + id);
        QCOMPARE(get.status, visible ? 200 : 404);
        if (visible)
            QCOMPARE(field(get.json(), "id"), id);
        else
            QVERIFY(get.body.find("Tidak bisa login") == std::string::npos); // nothing of it leaks
        QCOMPARE(who.http.get("/api/v1/tickets/" + id + "/messages").status, visible ? 200 : 404);
        const auto download =
            who.http.get("/api/v1/tickets/" + id + "/attachments/" + m_attachment.at(id));
        QCOMPARE(download.status, visible ? 200 : 404);
        // Replying is the last step, so each row adds at most one message.
        QCOMPARE(reply(who, id, "Balasan dari " + viewer.toStdString()).status,
                 visible ? 201 : 404);
    }

    void guessedIdsAnswer404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("random uuid") << "/api/v1/tickets/5b0f3f5e-8f6a-4c1e-9a51-3c2d1e0f9a77";
        QTest::newRow("not a uuid") << "/api/v1/tickets/12345";
        QTest::newRow("thread of random uuid")
            << "/api/v1/tickets/5b0f3f5e-8f6a-4c1e-9a51-3c2d1e0f9a77/messages";
    }

    void guessedIdsAnswer404()
    {
        QFETCH(QString, path);
        for (const auto* who : {"admin", "owner", "other_member"}) {
            const auto result = m_people.at(who).http.get(path.toStdString());
            QCOMPARE(result.status, 404);
            QVERIFY(result.header("content-type").starts_with("application/problem+json"));
        }
    }

    void anotherUsersTicketIsAsUnknownAsAMissingOne()
    {
        // Same status and same text whether the ticket exists or not.
        auto& stranger = m_people.at("other_member");
        const auto existing = stranger.http.get("/api/v1/tickets/" + m_assigned);
        const auto missing =
            stranger.http.get("/api/v1/tickets/5b0f3f5e-8f6a-4c1e-9a51-3c2d1e0f9a77");
        QCOMPARE(existing.status, missing.status);
        QCOMPARE(existing.json()->getValue<std::string>("detail"),
                 missing.json()->getValue<std::string>("detail"));
        QCOMPARE(patch(stranger, m_assigned, "status", "closed").status, 404);
    }

    void staffOnlyRoutesRefuseMembers()
    {
        auto& member = m_people.at("owner");
        QCOMPARE(member.http.get("/api/v1/tickets/metrics").status, 403);
        QCOMPARE(member.http.get("/api/v1/tickets/staff").status, 403);
        QCOMPARE(member.http.get("/api/v1/tickets/sla").status, 403);
        QCOMPARE(m_people.at("support_assigned")
                     .http.request("PUT", "/api/v1/tickets/sla", R"({"targets":[]})")
                     .status,
                 403);
        HttpClient anonymous(m_server->baseUrl());
        QCOMPARE(anonymous.get("/api/v1/tickets").status, 401);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketAccess)
#include "TestTicketAccess.moc"

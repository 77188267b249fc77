// The partners API: admin creates partners (new or existing owner accounts), edits terms and
// profile, manages operators and pricing; the partner sees and edits its own account; every
// admin action leaves its audit row and a partner log row.
#include "PartnerTestKit.h"

#include <QTest>

#include <memory>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

namespace {

int partnerLogCount(TestServer& server, const std::string& partnerId, const std::string& action)
{
    return static_cast<int>(server.instance()
                                .db()
                                .exec("SELECT count(*) AS n FROM partner_logs"
                                      " WHERE partner_id = $1::uuid AND action = $2",
                                      {partnerId, action})
                                .front()
                                .i64("n"));
}

bool hasPermission(const Person& who, const std::string& permission)
{
    const auto permissions = who.http.get("/api/v1/me").json()->getArray("permissions");
    for (unsigned i = 0; i < permissions->size(); ++i)
        if (permissions->getElement<std::string>(i) == permission)
            return true;
    return false;
}

} // namespace

class TestPartnersApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::string m_assessment;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_assessment = publishedAssessment(*m_admin, "HARGA-UJI");
    }

    void createWithNewOwner()
    {
        const auto created = send(*m_admin, "POST", "/api/v1/admin/partners", R"({
            "type": "school", "payment_model": "after_payment", "institution": "SMA Nusantara",
            "contact_name": "Bu Ratna", "contact_phone": "081234567890",
            "contact_email": "tu@sma-nusantara.sch.id", "address_line": "Jl. Merdeka 1",
            "area_code": "32.73", "postal_code": "40111",
            "owner": {"email": "kepsek@sma-nusantara.sch.id", "full_name": "Ratna Dewi",
                      "password": "rahasia-sekolah"}})");
        QCOMPARE(created.status, 201);
        const auto body = created.json();
        const auto id = field(body, "id");
        QCOMPARE(field(body, "type"), std::string("school"));
        QCOMPARE(field(body->getObject("owner"), "email"),
                 std::string("kepsek@sma-nusantara.sch.id"));
        QVERIFY2(!body->isNull("area"), created.body.c_str());
        QVERIFY2(field(body->getObject("area"), "label").find("Bandung") != std::string::npos,
                 created.body.c_str());
        QCOMPARE(body->getObject("totals")->getValue<int>("quota_remaining"), 0);
        QCOMPARE(auditCount(*m_server, "partner.create", id), 1);
        QCOMPARE(partnerLogCount(*m_server, id, "partner.create"), 1);

        // The new owner signs in with the password the admin gave and sees their own account.
        Person owner{"", HttpClient(m_server->baseUrl())};
        owner.http.login("kepsek@sma-nusantara.sch.id", "rahasia-sekolah");
        QVERIFY(hasPermission(owner, "partner.use"));
        QVERIFY(hasPermission(owner, "partner.billing"));
        const auto me = owner.http.get("/api/v1/partner/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(field(me.json(), "id"), id);
        QCOMPARE(field(me.json(), "relation"), std::string("owner"));
        QCOMPARE(field(me.json(), "institution"), std::string("SMA Nusantara"));
    }

    void linkExistingUserAsOwner()
    {
        const auto member =
            person(*m_server, "calon-mitra@example.com", {"member_free"}, "Calon Mitra");
        QVERIFY(!hasPermission(member, "partner.use"));
        const auto created = send(*m_admin, "POST", "/api/v1/admin/partners",
                                  R"({"type": "reseller", "institution": "CV Sinar",
                                      "owner": {"user_id": ")" +
                                      member.id + R"("}})");
        QCOMPARE(created.status, 201);
        QCOMPARE(field(created.json(), "payment_model"), std::string("after_payment"));
        QVERIFY(hasPermission(member, "partner.use")); // the role is live on the next request

        const auto again = send(*m_admin, "POST", "/api/v1/admin/partners",
                                R"({"type": "reseller", "institution": "CV Sinar Dua",
                                    "owner": {"email": "calon-mitra@example.com"}})");
        QCOMPARE(again.status, 409);
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown area") << R"("area_code": "99.99")"
                                      << "area_code";
        QTest::newRow("bad phone") << R"("contact_phone": "12-34")"
                                   << "contact_phone";
        QTest::newRow("bad postal code") << R"("postal_code": "4011")"
                                         << "postal_code";
        QTest::newRow("bad type") << R"("type": "ngo")"
                                  << "type";
        QTest::newRow("negative credit limit") << R"("credit_limit": -5)"
                                               << "credit_limit";
    }

    void invalidInputNamesTheField()
    {
        QFETCH(QString, extra);
        QFETCH(QString, field);
        auto body = R"({"institution": "PT Salah", "owner": {"email": "salah@example.com",
            "full_name": "Salah", "password": "rahasia-123"}, )" +
                    extra.toStdString();
        if (extra.indexOf(QStringLiteral("\"type\"")) < 0)
            body += R"(, "type": "corporate")";
        body += "}";
        const auto refused = send(*m_admin, "POST", "/api/v1/admin/partners", body);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.json()->getObject("errors")->has(field.toStdString()),
                 refused.body.c_str());
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM users WHERE email = 'salah@example.com'")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void adminChangesTerms()
    {
        const auto id = createPartner(*m_admin, "ubah@example.com", "PT Ubah");
        const auto changed = send(*m_admin, "PATCH", "/api/v1/admin/partners/" + id,
                                  R"({"payment_model": "before_payment", "is_special_partner": true,
                                      "credit_limit": 5000000, "contact_name": "Pak Budi"})");
        QCOMPARE(changed.status, 200);
        const auto body = changed.json();
        QCOMPARE(field(body, "payment_model"), std::string("before_payment"));
        QCOMPARE(body->getValue<bool>("is_special_partner"), true);
        QCOMPARE(body->getValue<std::int64_t>("credit_limit"), std::int64_t(5000000));
        QCOMPARE(field(body, "institution"), std::string("PT Ubah")); // untouched
        const auto audit = m_server->instance().db().exec(
            "SELECT before->>'payment_model' AS before, after->>'payment_model' AS after"
            " FROM activity_log WHERE action = 'partner.update' AND entity_id = $1",
            {id});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.front().str("before"), std::string("after_payment"));
        QCOMPARE(audit.front().str("after"), std::string("before_payment"));

        const auto search = m_admin->http.get("/api/v1/admin/partners?q=ubah");
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json()->getArray("items")->size(), std::size_t(1));
    }

    void operatorsActForTheirPartnerOnly()
    {
        const auto id = createPartner(*m_admin, "pemilik-op@example.com", "PT Operator");
        auto owner = signIn(*m_server, "pemilik-op@example.com");
        const auto added = send(*m_admin, "POST", "/api/v1/admin/partners/" + id + "/operators",
                                R"({"email": "operator@example.com", "full_name": "Oki Operator",
                                    "password": ")" +
                                    kTestPassword + R"("})");
        QCOMPARE(added.status, 201);
        const auto operatorId = field(added.json(), "user_id");
        QCOMPARE(auditCount(*m_server, "partner.operator_add", id), 1);
        QCOMPARE(partnerLogCount(*m_server, id, "operator.add"), 1);

        auto op = signIn(*m_server, "operator@example.com");
        const auto me = op.http.get("/api/v1/partner/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(field(me.json(), "relation"), std::string("operator"));
        // Operators run events but do not touch the account's profile or prices.
        QCOMPARE(send(op, "PATCH", "/api/v1/partner/me", R"({"institution": "Diubah"})").status,
                 403);
        QCOMPARE(op.http.get("/api/v1/partner/pricing").status, 403);
        const auto ownEdit = send(owner, "PATCH", "/api/v1/partner/me",
                                  R"({"institution": "PT Operator Jaya", "area_code": "32.73"})");
        QCOMPARE(ownEdit.status, 200);
        QCOMPARE(field(ownEdit.json(), "institution"), std::string("PT Operator Jaya"));
        QCOMPARE(send(owner, "PATCH", "/api/v1/partner/me", R"({"area_code": "00.00"})").status,
                 422);

        // One partner per operator.
        const auto other = createPartner(*m_admin, "lain@example.com", "PT Lain");
        const auto twice = send(*m_admin, "POST", "/api/v1/admin/partners/" + other + "/operators",
                                R"({"user_id": ")" + operatorId + R"("})");
        QCOMPARE(twice.status, 409);

        const auto list = m_admin->http.get("/api/v1/admin/partners/" + id + "/operators");
        QCOMPARE(list.json()->getArray("items")->size(), std::size_t(1));
        QCOMPARE(
            send(*m_admin, "DELETE", "/api/v1/admin/partners/" + id + "/operators/" + operatorId)
                .status,
            204);
        QCOMPARE(auditCount(*m_server, "partner.operator_remove", id), 1);
        QCOMPARE(op.http.get("/api/v1/partner/me").status, 403); // the role went with the link
    }

    void pricingPerAssessment()
    {
        const auto id = createPartner(*m_admin, "harga@example.com", "PT Harga");
        auto owner = signIn(*m_server, "harga@example.com");
        const auto set =
            send(*m_admin, "PUT", "/api/v1/admin/partners/" + id + "/pricing/" + m_assessment,
                 R"({"price": 150000, "executive_price": 75000})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json()->getValue<std::int64_t>("price"), std::int64_t(150000));
        QCOMPARE(field(set.json(), "assessment_code"), std::string("HARGA-UJI"));
        QCOMPARE(auditCount(*m_server, "partner.pricing_set", id), 1);

        const auto seen = owner.http.get("/api/v1/partner/pricing");
        QCOMPARE(seen.status, 200);
        const auto items = seen.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->getObject(0)->getValue<std::int64_t>("executive_price"),
                 std::int64_t(75000));

        QCOMPARE(
            send(*m_admin, "PUT",
                 "/api/v1/admin/partners/" + id + "/pricing/00000000-0000-4000-8000-000000000000",
                 R"({"price": 1})")
                .status,
            404);
        QCOMPARE(send(*m_admin, "PUT", "/api/v1/admin/partners/" + id + "/pricing/" + m_assessment,
                      R"({"price": -1})")
                     .status,
                 422);
        QCOMPARE(
            send(*m_admin, "DELETE", "/api/v1/admin/partners/" + id + "/pricing/" + m_assessment)
                .status,
            204);
        QCOMPARE(owner.http.get("/api/v1/partner/pricing").json()->getArray("items")->size(),
                 std::size_t(0));
    }

    void partnersCannotReachAdminRoutes()
    {
        createPartner(*m_admin, "biasa@example.com", "PT Biasa");
        auto owner = signIn(*m_server, "biasa@example.com");
        QCOMPARE(owner.http.get("/api/v1/admin/partners").status, 403);
        const auto member = person(*m_server, "anggota@example.com", {"member_free"});
        QCOMPARE(member.http.get("/api/v1/partner/me").status, 403);
        // A partner-role user the admin never linked gets a clear 404, not a crash.
        const auto loose = person(*m_server, "lepas@example.com", {"partner"});
        const auto me = loose.http.get("/api/v1/partner/me");
        QCOMPARE(me.status, 404);
        QVERIFY(field(me.json(), "detail").find("belum terhubung") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPartnersApi)
#include "TestPartnersApi.moc"

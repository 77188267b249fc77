// Suppliers end to end over real HTTP and PostgreSQL: registration, onboarding, the whole status
// machine with locked edits and role swaps, documents by content, products within tier limits,
// browsing without contact data, the public profile, questions and limits.
#include "TestSupport.h"

#include "Db.h"
#include "IdentityService.h"
#include "ServerInstance.h"

#include <QTest>

#include <memory>
#include <set>

using namespace ey;
using namespace ey::test;

namespace {

struct Person
{
    std::string id;
    HttpClient http;
};

std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->has(name) && !object->isNull(name) ? object->getValue<std::string>(name) : "";
}

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, 'x');
const std::string kPdf = "%PDF-1.4\n% test document\n%%EOF\n";
const std::string kExe = std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + std::string(64, '\0');

} // namespace

class TestSupplierApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_mentor;
    std::unique_ptr<Person> m_member;
    int m_registrations = 0;

    core::Db& db();

    std::int64_t count(const std::string& sql, const core::Params& params = {});

    Person person(const std::string& email, const std::vector<std::string>& roles);

    /// A newly registered supplier (draft), signed in. Each comes from its own address so the
    /// registration throttle (per address) does not get in the way of the suite.
    Person supplier(const std::string& email);

    HttpResult send(Person& who, const std::string& method, const std::string& path,
                    const std::string& body = {}, std::map<std::string, std::string> headers = {});

    std::string supplierId(const Person& who);

    /// Type, every required field and every question answered (option c).
    void complete(Person& who, const std::string& company = "PT Kopi Nusantara");

    /// Submitted, recommended by the mentor and decided by the admin.
    void approve(Person& who, const std::string& decision = "verify");

private slots:
    void initTestCase();
    void registrationCreatesUserRoleAndDraftTogether();
    void typeIsChosenOnceThenOnlyByAdmin();
    void profileTabsAreValidated_data();
    void profileTabsAreValidated();
    void profileValuesAreNormalised();
    void submitNeedsEveryRequiredFieldAndAnswer();
    void wholeStateMachineWithLockedEditsAndRoleSwaps();
    void forbiddenTransitionsAreConflicts_data();
    void forbiddenTransitionsAreConflicts();
    void requestChangesReturnsToOnboardingWithTheNote();
    void limitedDecisionAndUniqueSlugs();
    void documentsAreTypedByContent();
    void productLimitsFollowTheTier();
    void adminChangesLimits();
    void browseHidesContactAndUnverifiedSuppliers();
    void publicProfileOnlyForVerifiedPremium();
    void mentorsExtendTheAssessment();
};

// moc reads only the class above; the JSON raw strings below would confuse it.
#ifndef Q_MOC_RUN
core::Db& TestSupplierApi::db()
{
    return m_server->instance().db();
}

std::int64_t TestSupplierApi::count(const std::string& sql, const core::Params& params)
{
    return db().exec(sql, params).front().i64("n");
}

Person TestSupplierApi::person(const std::string& email, const std::vector<std::string>& roles)
{
    Person who{createUser(m_server->instance(), email, roles), HttpClient(m_server->baseUrl())};
    who.http.login(email, kTestPassword);
    return who;
}

Person TestSupplierApi::supplier(const std::string& email)
{
    identity::NewUser user;
    user.email = email;
    user.fullName = "Pemilik " + email.substr(0, email.find('@'));
    user.password = kTestPassword;
    const auto signIn = m_server->instance().identity().registerFor(
        "supplier", user, {"10.9.0." + std::to_string(++m_registrations), "test"});
    Person who{signIn.user.id, HttpClient(m_server->baseUrl())};
    who.http.setToken(signIn.token);
    return who;
}

HttpResult TestSupplierApi::send(Person& who, const std::string& method, const std::string& path,
                    const std::string& body, std::map<std::string, std::string> headers)
{
    if (!body.empty() && !headers.count("Content-Type"))
        headers["Content-Type"] = "application/json";
    return who.http.request(method, path, body, headers);
}

std::string TestSupplierApi::supplierId(const Person& who)
{
    return db().exec("SELECT id::text AS id FROM suppliers WHERE user_id = $1::uuid", {who.id})
        .front()
        .str("id");
}

void TestSupplierApi::complete(Person& who, const std::string& company)
{
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "produsen"})").status, 200);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/identity",
                  R"({"company_name": ")" + company +
                      R"(", "legal_form": "PT", "business_field": "Pertanian", "main_products": "Kopi arabika", "year_founded": 2015})")
                 .status,
             200);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/address",
                  R"({"address_line": "Jl. Asia Afrika 1", "province_code": "32", "regency_code": "32.73", "district_code": "32.73.01", "postal_code": "40111"})")
                 .status,
             200);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/contact",
                  R"({"pic_name": "Sari", "whatsapp": "0812-3456-7890", "business_email": "sales@kopi.example", "website": "https://kopi.example"})")
                 .status,
             200);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/bio",
                  R"({"description": "Kopi arabika dari Jawa Barat."})")
                 .status,
             200);
    const auto assessment = who.http.get("/api/v1/supplier/me/assessment");
    QCOMPARE(assessment.status, 200);
    const auto questions = assessment.json()->getArray("questions");
    std::string answers;
    for (unsigned i = 0; i < questions->size(); ++i)
        answers += std::string(i ? "," : "") + R"({"question_id": ")" +
                   field(questions->getObject(i), "id") + R"(", "option_key": "c"})";
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/assessment", R"({"answers": [)" + answers + "]}")
                 .status,
             200);
}

void TestSupplierApi::approve(Person& who, const std::string& decision)
{
    const auto id = supplierId(who);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 200);
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/recommend",
                  R"({"note": "Lengkap."})")
                 .status,
             200);
    QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                  R"({"decision": ")" + decision + R"("})")
                 .status,
             200);
}

void TestSupplierApi::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_admin = std::make_unique<Person>(person("admin@example.com", {"admin"}));
    m_mentor = std::make_unique<Person>(person("mentor@example.com", {"mentor"}));
    m_member = std::make_unique<Person>(person("member@example.com", {"member_free"}));
}

void TestSupplierApi::registrationCreatesUserRoleAndDraftTogether()
{
    HttpClient anonymous(m_server->baseUrl());
    const auto created = anonymous.request(
        "POST", "/api/v1/suppliers/register",
        R"({"email": "baru@supplier.example", "full_name": "Budi Pemasok", "password": "rahasia-123"})",
        {{"Content-Type", "application/json"}});
    QCOMPARE(created.status, 201);
    const auto body = created.json();
    QVERIFY(!field(body, "token").empty());
    const auto user = body->getObject("user");
    const auto permissions = user->getArray("permissions");
    std::set<std::string> granted;
    for (unsigned i = 0; i < permissions->size(); ++i)
        granted.insert(permissions->getElement<std::string>(i));
    QVERIFY(granted.count("suppliers.onboard"));
    QVERIFY(!granted.count("suppliers.own"));
    QVERIFY(!granted.count("suppliers.browse"));
    const auto userId = field(user, "id");
    QCOMPARE(count("SELECT count(*) AS n FROM user_roles WHERE user_id = $1::uuid"
                   " AND role = 'supplier_onboarding'",
                   {userId}),
             std::int64_t(1));
    QCOMPARE(count("SELECT count(*) AS n FROM suppliers s JOIN supplier_profiles p"
                   " ON p.supplier_id = s.id WHERE s.user_id = $1::uuid AND s.status = 'draft'",
                   {userId}),
             std::int64_t(1));

    Person who{userId, HttpClient(m_server->baseUrl())};
    who.http.setToken(field(body, "token"));
    const auto me = who.http.get("/api/v1/supplier/me");
    QCOMPARE(me.status, 200);
    QCOMPARE(field(me.json(), "status"), std::string("draft"));
    QCOMPARE(me.json()->getObject("editable")->getValue<bool>("type"), true);
    QCOMPARE(me.json()->getObject("missing")->getValue<bool>("type"), true);
    // The router keeps an onboarding supplier out of everything else.
    QCOMPARE(who.http.get("/api/v1/suppliers").status, 403);
    QCOMPARE(who.http.get("/api/v1/supplier/products").status, 403);
    QCOMPARE(who.http.get("/api/v1/admin/suppliers").status, 403);

    // A failed registration leaves neither an account nor a supplier row behind.
    const auto suppliersBefore = count("SELECT count(*) AS n FROM suppliers");
    const auto again = anonymous.request(
        "POST", "/api/v1/suppliers/register",
        R"({"email": "BARU@supplier.example", "full_name": "Lagi", "password": "rahasia-123"})",
        {{"Content-Type", "application/json"}});
    QCOMPARE(again.status, 409);
    const auto invalid = anonymous.request(
        "POST", "/api/v1/suppliers/register",
        R"({"email": "bukan-email", "full_name": "X", "password": "rahasia-123"})",
        {{"Content-Type", "application/json"}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(count("SELECT count(*) AS n FROM suppliers"), suppliersBefore);
}

void TestSupplierApi::typeIsChosenOnceThenOnlyByAdmin()
{
    auto who = supplier("tipe@supplier.example");
    QCOMPARE(send(who, "GET", "/api/v1/supplier/me/assessment").status, 409);
    const auto chosen = send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "trader"})");
    QCOMPARE(chosen.status, 200);
    QCOMPARE(field(chosen.json(), "status"), std::string("onboarding"));
    const auto again = send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "pabrik"})");
    QCOMPARE(again.status, 409);
    QVERIFY(field(again.json(), "detail").find("admin") != std::string::npos);
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "kapal"})").status, 422);

    const auto id = supplierId(who);
    QCOMPARE(send(*m_mentor, "PATCH", "/api/v1/admin/suppliers/" + id + "/type",
                  R"({"type": "pabrik"})")
                 .status,
             403);
    const auto changed = send(*m_admin, "PATCH", "/api/v1/admin/suppliers/" + id + "/type",
                              R"({"type": "pabrik", "note": "Punya pabrik sendiri"})");
    QCOMPARE(changed.status, 200);
    QCOMPARE(field(changed.json(), "type"), std::string("pabrik"));
    QCOMPARE(count("SELECT count(*) AS n FROM supplier_audit WHERE supplier_id = $1::uuid"
                   " AND section = 'type' AND before->>'type' = 'trader'"
                   " AND after->>'type' = 'pabrik'",
                   {id}),
             std::int64_t(1));
    QCOMPARE(count("SELECT count(*) AS n FROM activity_log WHERE action = 'supplier.change_type'"
                   " AND entity_id = $1",
                   {id}),
             std::int64_t(1));
}

void TestSupplierApi::profileTabsAreValidated_data()
{
    QTest::addColumn<std::string>("tab");
    QTest::addColumn<std::string>("body");
    QTest::addColumn<std::string>("badField");
    QTest::newRow("nib 12 digits") << std::string("legal") << std::string(R"({"nib": "123456789012"})") << std::string("nib");
    QTest::newRow("npwp 14 digits") << std::string("legal") << std::string(R"({"npwp": "12.345.678.9-012.34"})") << std::string("npwp");
    QTest::newRow("regency outside province")
        << std::string("address") << std::string(R"({"province_code": "31", "regency_code": "32.73"})") << std::string("regency_code");
    QTest::newRow("district outside regency")
        << std::string("address") << std::string(R"({"province_code": "32", "regency_code": "32.73", "district_code": "31.71.01"})")
        << std::string("district_code");
    QTest::newRow("unknown province") << std::string("address") << std::string(R"({"province_code": "99"})") << std::string("province_code");
    QTest::newRow("postcode") << std::string("address") << std::string(R"({"postal_code": "4011"})") << std::string("postal_code");
    QTest::newRow("legal form") << std::string("identity") << std::string(R"({"legal_form": "LLC"})") << std::string("legal_form");
    QTest::newRow("bio too long")
        << std::string("bio") << std::string(R"({"description": ")" + std::string(2001, 'a') + R"("})") << std::string("description");
    QTest::newRow("unknown field") << std::string("contact") << std::string(R"({"nib": "1234567890123"})") << std::string("nib");
    QTest::newRow("whatsapp") << std::string("contact") << std::string(R"({"whatsapp": "12"})") << std::string("whatsapp");
    QTest::newRow("website") << std::string("contact") << std::string(R"({"website": "kopi.example"})") << std::string("website");
}

void TestSupplierApi::profileTabsAreValidated()
{
    QFETCH(std::string, tab);
    QFETCH(std::string, body);
    QFETCH(std::string, badField);
    static int n = 0;
    auto who = supplier("validasi" + std::to_string(++n) + "@supplier.example");
    const auto result = send(who, "PATCH", "/api/v1/supplier/me/profile/" + tab,
                             body);
    QCOMPARE(result.status, 422);
    QVERIFY2(result.json()->getObject("errors")->has(badField), result.body.c_str());
}

void TestSupplierApi::profileValuesAreNormalised()
{
    auto who = supplier("normal@supplier.example");
    const auto legal = send(who, "PATCH", "/api/v1/supplier/me/profile/legal",
                            R"({"nib": "1234567890123", "npwp": "01.234.567.8-901.000"})");
    QCOMPARE(legal.status, 200);
    const auto profile = legal.json()->getObject("profile");
    QCOMPARE(field(profile->getObject("legal"), "npwp"), std::string("012345678901000"));
    const auto contact = send(who, "PATCH", "/api/v1/supplier/me/profile/contact",
                              R"({"whatsapp": "0812 3456 7890"})");
    QCOMPARE(contact.status, 200);
    QCOMPARE(field(contact.json()->getObject("profile")->getObject("contact"), "whatsapp"),
             std::string("+6281234567890"));
    const auto address = send(who, "PATCH", "/api/v1/supplier/me/profile/address",
                              R"({"province_code": "32", "regency_code": "32.73"})");
    QCOMPARE(address.status, 200);
    QVERIFY(!field(address.json()->getObject("profile")->getObject("address"), "regency_name")
                 .empty());
    // null clears a field
    const auto cleared =
        send(who, "PATCH", "/api/v1/supplier/me/profile/legal", R"({"nib": null})");
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json()->getObject("profile")->getObject("legal")->isNull("nib"));
}

void TestSupplierApi::submitNeedsEveryRequiredFieldAndAnswer()
{
    auto who = supplier("kurang@supplier.example");
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 409);
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "produsen"})").status, 200);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/identity",
                  R"({"company_name": "CV Setengah"})")
                 .status,
             200);
    const auto submitted = send(who, "POST", "/api/v1/supplier/me/submit");
    QCOMPARE(submitted.status, 422);
    const auto errors = submitted.json()->getObject("errors");
    QVERIFY(!errors->has("identity.company_name"));
    for (const auto* required :
         {"identity.legal_form", "identity.business_field", "identity.main_products",
          "address.address_line", "address.province_code", "address.regency_code",
          "contact.pic_name", "contact.whatsapp", "contact.business_email", "bio.description"})
        QVERIFY2(errors->has(required), required);
    const auto questions = db().exec("SELECT id::text AS id FROM supplier_assessment_questions"
                                     " WHERE active AND (supplier_type IS NULL OR"
                                     " supplier_type = 'produsen')");
    QCOMPARE(questions.size(), 5);
    for (const auto& q : questions)
        QVERIFY(errors->has("assessment." + q.str("id")));
    const auto me = who.http.get("/api/v1/supplier/me").json();
    QCOMPARE(me->getObject("missing")->getArray("assessment")->size(), std::size_t(5));
    QCOMPARE(field(me, "status"), std::string("onboarding"));
}

void TestSupplierApi::wholeStateMachineWithLockedEditsAndRoleSwaps()
{
    auto who = supplier("alur@supplier.example");
    complete(who);
    const auto id = supplierId(who);
    const auto notesBefore = count(
        "SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid", {m_mentor->id});

    const auto submitted = send(who, "POST", "/api/v1/supplier/me/submit");
    QCOMPARE(submitted.status, 200);
    QCOMPARE(field(submitted.json(), "status"), std::string("waiting_review"));
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid",
                   {m_mentor->id}),
             notesBefore + 1);
    QCOMPARE(count("SELECT count(*) AS n FROM suppliers WHERE id = $1::uuid"
                   " AND assessment_score = 50",
                   {id}),
             std::int64_t(1));
    // The supplier never sees its score.
    const auto me = who.http.get("/api/v1/supplier/me");
    QVERIFY(me.body.find("score") == std::string::npos);
    QVERIFY(who.http.get("/api/v1/supplier/me/assessment").body.find("score") ==
            std::string::npos);

    // waiting_review: only contact and documents
    const auto identity = send(who, "PATCH", "/api/v1/supplier/me/profile/identity",
                               R"({"main_products": "Teh"})");
    QCOMPARE(identity.status, 409);
    QCOMPARE(field(identity.json(), "type"),
             std::string("https://eksporyuk.com/problems/supplier-locked"));
    QVERIFY(field(identity.json(), "detail").find("kontak") != std::string::npos);
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/contact", R"({"pic_position": "Direktur"})")
                 .status,
             200);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/documents?kind=nib", kPdf).status, 201);
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/assessment", R"({"answers": []})").status, 409);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 409);

    // A mentor cannot decide; the router answers before any rule runs.
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                  R"({"decision": "verify"})")
                 .status,
             403);
    const auto recommended = send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/recommend",
                                  R"({"note": "Dokumen lengkap"})");
    QCOMPARE(recommended.status, 200);
    QCOMPARE(field(recommended.json(), "status"), std::string("recommended"));
    QCOMPARE(recommended.json()->getObject("assessment")->getValue<int>("score"), 50);

    // recommended: locked
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/contact", R"({"pic_position": "CEO"})")
                 .status,
             409);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/documents?kind=npwp", kPdf).status, 409);

    const auto verified = send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                               R"({"decision": "verify", "note": "Selamat"})");
    QCOMPARE(verified.status, 200);
    QCOMPARE(field(verified.json(), "status"), std::string("verified"));
    QCOMPARE(field(verified.json(), "slug"), std::string("pt-kopi-nusantara"));
    // Role swapped: the verified supplier reaches its catalog.
    QCOMPARE(who.http.get("/api/v1/supplier/products").status, 200);
    QCOMPARE(count("SELECT count(*) AS n FROM user_roles WHERE user_id = $1::uuid"
                   " AND role = 'supplier_onboarding'",
                   {who.id}),
             std::int64_t(0));
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                   " AND title = 'Supplier terverifikasi'",
                   {who.id}),
             std::int64_t(1));
    // The supplier hears about it by email too; staff screens hear "supplier.updated".
    QVERIFY(count("SELECT count(*) AS n FROM outbound_messages WHERE user_id = $1::uuid"
                  " AND channel = 'email'",
                  {who.id}) >= 1);
    QCOMPARE(count("SELECT count(*) AS n FROM realtime_events WHERE event = 'supplier.updated'"
                   " AND permission = 'suppliers.review' AND data->>'id' = $1",
                   {id}),
             std::int64_t(3)); // submitted, recommend, verify
    QCOMPARE(count("SELECT count(*) AS n FROM activity_log WHERE action = 'supplier.verify'"
                   " AND entity_id = $1",
                   {id}),
             std::int64_t(1));

    // verified: edits allowed, each audited with before and after
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/identity",
                  R"({"main_products": "Kopi dan teh"})")
                 .status,
             200);
    const auto audit = db().exec("SELECT before->>'main_products' AS b, after->>'main_products' AS a"
                                 " FROM supplier_audit WHERE supplier_id = $1::uuid"
                                 " AND section = 'identity'",
                                 {id});
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.front().str("b"), std::string("Kopi arabika"));
    QCOMPARE(audit.front().str("a"), std::string("Kopi dan teh"));
    const auto detail = m_admin->http.get("/api/v1/admin/suppliers/" + id).json();
    QCOMPARE(detail->getArray("audit")->size(), std::size_t(1));
    QCOMPARE(field(detail->getObject("profile")->getObject("contact"), "pic_position"),
             std::string("Direktur"));
    QVERIFY(detail->getArray("reviews")->size() >= 3);

    // suspended: locked, role back to onboarding only
    QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                  R"({"decision": "suspend", "note": "Laporan pembeli"})")
                 .status,
             200);
    QCOMPARE(who.http.get("/api/v1/supplier/products").status, 403);
    const auto locked = send(who, "PATCH", "/api/v1/supplier/me/profile/bio",
                             R"({"advantages": "Murah"})");
    QCOMPARE(locked.status, 409);
    QVERIFY(field(locked.json(), "detail").find("ditangguhkan") != std::string::npos);
    const auto reinstated = send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                                 R"({"decision": "reinstate"})");
    QCOMPARE(reinstated.status, 200);
    QCOMPARE(field(reinstated.json(), "status"), std::string("verified"));
    QCOMPARE(who.http.get("/api/v1/supplier/products").status, 200);
}

void TestSupplierApi::forbiddenTransitionsAreConflicts_data()
{
    QTest::addColumn<std::string>("stage"); // where the supplier stands
    QTest::addColumn<std::string>("path");
    QTest::addColumn<std::string>("body");
    QTest::addColumn<bool>("asMentor");
    QTest::newRow("recommend onboarding") << std::string("onboarding") << std::string("recommend") << std::string("{}") << true;
    QTest::newRow("request changes onboarding")
        << std::string("onboarding") << std::string("request-changes") << std::string(R"({"note": "x"})") << true;
    QTest::newRow("verify waiting") << std::string("waiting_review") << std::string("decide") << std::string(R"({"decision": "verify"})") << false;
    QTest::newRow("limit waiting") << std::string("waiting_review") << std::string("decide") << std::string(R"({"decision": "limit"})") << false;
    QTest::newRow("suspend onboarding") << std::string("onboarding") << std::string("decide") << std::string(R"({"decision": "suspend"})") << false;
    QTest::newRow("reinstate verified") << std::string("verified") << std::string("decide") << std::string(R"({"decision": "reinstate"})") << false;
    QTest::newRow("recommend recommended") << std::string("recommended") << std::string("recommend") << std::string("{}") << true;
    QTest::newRow("request changes recommended")
        << std::string("recommended") << std::string("request-changes") << std::string(R"({"note": "x"})") << true;
    QTest::newRow("verify verified") << std::string("verified") << std::string("decide") << std::string(R"({"decision": "verify"})") << false;
}

void TestSupplierApi::forbiddenTransitionsAreConflicts()
{
    QFETCH(std::string, stage);
    QFETCH(std::string, path);
    QFETCH(std::string, body);
    QFETCH(bool, asMentor);
    static int n = 0;
    auto who = supplier("salah" + std::to_string(++n) + "@supplier.example");
    complete(who, "CV Salah " + std::to_string(n));
    const auto id = supplierId(who);
    if (stage != "onboarding")
        QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 200);
    if (stage == "recommended" || stage == "verified")
        QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/recommend").status,
                 200);
    if (stage == "verified")
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id + "/decide",
                      R"({"decision": "verify"})")
                     .status,
                 200);
    auto& staff = asMentor ? *m_mentor : *m_admin;
    const auto result = send(staff, "POST",
                             "/api/v1/admin/suppliers/" + id + "/" + path,
                             body);
    QCOMPARE(result.status, 409);
    QCOMPARE(field(result.json(), "type"),
             std::string("https://eksporyuk.com/problems/supplier-wrong-status"));
    QVERIFY(field(result.json(), "detail").find("hanya bisa saat status") != std::string::npos);
    QCOMPARE(count("SELECT count(*) AS n FROM suppliers WHERE id = $1::uuid AND status = $2",
                   {id, stage}),
             std::int64_t(1));
}

void TestSupplierApi::requestChangesReturnsToOnboardingWithTheNote()
{
    auto who = supplier("ulang@supplier.example");
    complete(who, "UD Ulang");
    const auto id = supplierId(who);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 200);
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/request-changes", "{}")
                 .status,
             422);
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/request-changes",
                  R"({"note": "Lengkapi deskripsi usaha."})")
                 .status,
             200);
    const auto me = who.http.get("/api/v1/supplier/me").json();
    QCOMPARE(field(me, "status"), std::string("onboarding"));
    QCOMPARE(field(me->getObject("changes_requested"), "note"),
             std::string("Lengkapi deskripsi usaha."));
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/me/profile/bio",
                  R"({"description": "Usaha kopi keluarga sejak 2015."})")
                 .status,
             200);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/submit").status, 200);
    // Notes: any status, never sent to the supplier.
    const auto supplierNotes =
        count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid", {who.id});
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id + "/notes",
                  R"({"note": "Cek sertifikat halal."})")
                 .status,
             201);
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid", {who.id}),
             supplierNotes);
    // The queue: oldest submission first.
    const auto queue = m_mentor->http.get("/api/v1/admin/suppliers?status=waiting_review");
    QCOMPARE(queue.status, 200);
    QVERIFY(queue.json()->getArray("items")->size() >= 1);
}

void TestSupplierApi::limitedDecisionAndUniqueSlugs()
{
    auto first = supplier("kembar1@supplier.example");
    auto second = supplier("kembar2@supplier.example");
    complete(first, "PT Maju Jaya");
    complete(second, "PT Maju Jaya");
    approve(first, "verify");
    approve(second, "limit");
    const auto a = m_admin->http.get("/api/v1/admin/suppliers/" + supplierId(first)).json();
    const auto b = m_admin->http.get("/api/v1/admin/suppliers/" + supplierId(second)).json();
    QCOMPARE(field(a, "slug"), std::string("pt-maju-jaya"));
    QCOMPARE(field(b, "slug"), std::string("pt-maju-jaya-2"));
    QCOMPARE(field(b, "status"), std::string("limited"));
    QCOMPARE(second.http.get("/api/v1/supplier/products").status, 200);
}

void TestSupplierApi::documentsAreTypedByContent()
{
    auto who = supplier("dokumen@supplier.example");
    const auto png = send(who, "POST", "/api/v1/supplier/me/documents?kind=certificate",
                          kPng, {{"X-File-Name", "sertifikat.pdf"}});
    QCOMPARE(png.status, 201);
    QCOMPARE(field(png.json(), "mime"), std::string("image/png"));
    QCOMPARE(field(png.json(), "title"), std::string("sertifikat.pdf"));
    const auto exe = send(who, "POST", "/api/v1/supplier/me/documents?kind=other", kExe,
                          {{"X-File-Name", "katalog.pdf"}});
    QCOMPARE(exe.status, 415);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/documents?kind=passport", kPdf).status, 422);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/documents?kind=nib&title=NIB", kPdf).status, 201);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/me/documents?kind=npwp", kPdf).status, 201);
    // Free: three documents.
    const auto fourth = send(who, "POST", "/api/v1/supplier/me/documents?kind=siup", kPdf);
    QCOMPARE(fourth.status, 409);
    QCOMPARE(field(fourth.json(), "type"),
             std::string("https://eksporyuk.com/problems/supplier-limit-reached"));
    QVERIFY(field(fourth.json(), "detail").find("3") != std::string::npos);

    const auto id = field(png.json(), "id");
    const auto download = who.http.get("/api/v1/supplier/me/documents/" + id);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, kPng);
    QCOMPARE(download.header("content-type"), std::string("image/png"));
    const auto staff = m_mentor->http.get("/api/v1/admin/suppliers/" + supplierId(who) +
                                          "/documents/" + id);
    QCOMPARE(staff.status, 200);
    QCOMPARE(staff.body, kPng);
    // Another supplier cannot reach it.
    auto other = supplier("dokumen2@supplier.example");
    QCOMPARE(other.http.get("/api/v1/supplier/me/documents/" + id).status, 404);
    QCOMPARE(send(who, "DELETE", "/api/v1/supplier/me/documents/" + id).status, 204);
    QCOMPARE(who.http.get("/api/v1/supplier/me/documents").json()->getArray("items")->size(),
             std::size_t(2));
}

void TestSupplierApi::productLimitsFollowTheTier()
{
    auto who = supplier("produk@supplier.example");
    complete(who, "CV Produk Satu");
    approve(who);
    const auto first = send(who, "POST", "/api/v1/supplier/products",
                            R"({"title": "Kopi Gayo", "description_html": "<p>Enak<script>alert(1)</script></p>", "categories": ["kopi"], "status": "active"})");
    QCOMPARE(first.status, 201);
    QVERIFY(field(first.json(), "description_html").find("script") == std::string::npos);
    const auto productId = field(first.json(), "id");
    const auto second = send(who, "POST", "/api/v1/supplier/products", R"({"title": "Teh"})");
    QCOMPARE(second.status, 409);
    QVERIFY(field(second.json(), "detail").find("1 produk") != std::string::npos);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": ""})").status, 422);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products",
                  R"({"title": ")" + std::string(101, 'x') + R"("})")
                 .status,
             422);

    // Images by content, three per product on Free.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(who, "POST", "/api/v1/supplier/products/" + productId + "/images", kPng,
                      {{"Content-Type", "application/octet-stream"}})
                     .status,
                 201);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products/" + productId + "/images", kPng,
                  {{"Content-Type", "application/octet-stream"}})
                 .status,
             409);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products/" + productId + "/images", kPdf,
                  {{"Content-Type", "application/octet-stream"}})
                 .status,
             415);

    // Premium: no product limit.
    const auto id = supplierId(who);
    QCOMPARE(send(*m_mentor, "PATCH", "/api/v1/admin/suppliers/" + id + "/tier",
                  R"({"tier": "premium"})")
                 .status,
             403);
    QCOMPARE(send(*m_admin, "PATCH", "/api/v1/admin/suppliers/" + id + "/tier",
                  R"({"tier": "premium", "premium_until": "2099-12-31"})")
                 .status,
             200);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": "Teh"})").status, 201);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": "Cokelat"})").status, 201);
    const auto list = who.http.get("/api/v1/supplier/products");
    QCOMPARE(list.json()->getArray("items")->size(), std::size_t(3));
    QCOMPARE(send(who, "PATCH", "/api/v1/supplier/products/" + productId,
                  R"({"status": "draft"})")
                 .status,
             200);
    QCOMPARE(send(who, "DELETE", "/api/v1/supplier/products/" + productId).status, 204);
    QCOMPARE(who.http.get("/api/v1/supplier/products/" + productId).status, 404);
}

void TestSupplierApi::adminChangesLimits()
{
    QCOMPARE(m_mentor->http.get("/api/v1/admin/supplier-limits").status, 403);
    const auto all = m_admin->http.get("/api/v1/admin/supplier-limits");
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json()->getArray("items")->size(), std::size_t(2));
    QCOMPARE(send(*m_admin, "PUT", "/api/v1/admin/supplier-limits/free",
                  R"({"max_products": 2, "max_images": 3})")
                 .status,
             422);
    const auto changed = send(*m_admin, "PUT", "/api/v1/admin/supplier-limits/free",
                              R"({"max_products": 2, "max_images": 3, "max_documents": 3, "receive_chats": false, "public_profile": false})");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json()->getValue<int>("max_products"), 2);
    auto who = supplier("batas@supplier.example");
    complete(who, "CV Batas Dua");
    approve(who);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": "Satu"})").status, 201);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": "Dua"})").status, 201);
    QCOMPARE(send(who, "POST", "/api/v1/supplier/products", R"({"title": "Tiga"})").status, 409);
    QCOMPARE(send(*m_admin, "PUT", "/api/v1/admin/supplier-limits/free",
                  R"({"max_products": 1, "max_images": 3, "max_documents": 3, "receive_chats": false, "public_profile": false})")
                 .status,
             200);
    QCOMPARE(count("SELECT count(*) AS n FROM activity_log WHERE action = 'supplier_limits.update'"),
             std::int64_t(2));
}

void TestSupplierApi::browseHidesContactAndUnverifiedSuppliers()
{
    auto shown = supplier("tampil@supplier.example");
    complete(shown, "PT Rempah Tampil");
    approve(shown);
    auto hidden = supplier("sembunyi@supplier.example");
    complete(hidden, "PT Rempah Sembunyi");
    QCOMPARE(send(hidden, "POST", "/api/v1/supplier/me/submit").status, 200);

    const auto list = m_member->http.get("/api/v1/suppliers?q=rempah");
    QCOMPARE(list.status, 200);
    const auto items = list.json()->getArray("items");
    QCOMPARE(items->size(), std::size_t(1));
    QCOMPARE(field(items->getObject(0), "slug"), std::string("pt-rempah-tampil"));
    for (const auto* secret : {"whatsapp", "business_email", "pic_name", "sales@kopi.example",
                               "+6281234567890", "address_line", "Asia Afrika", "score"})
        QVERIFY2(list.body.find(secret) == std::string::npos, secret);

    const auto detail = m_member->http.get("/api/v1/suppliers/pt-rempah-tampil");
    QCOMPARE(detail.status, 200);
    for (const auto* secret : {"whatsapp", "business_email", "pic_name", "sales@kopi.example",
                               "+6281234567890", "Asia Afrika", "score", "documents"})
        QVERIFY2(detail.body.find(secret) == std::string::npos, secret);
    QCOMPARE(detail.json()->getValue<int>("views"), 1);
    QCOMPARE(detail.json()->getValue<bool>("verified"), true);
    QVERIFY(detail.json()->isNull("legal")); // free: legal numbers stay private

    QCOMPARE(send(*m_member, "PUT", "/api/v1/suppliers/pt-rempah-tampil/like").status, 204);
    QCOMPARE(send(*m_member, "PUT", "/api/v1/suppliers/pt-rempah-tampil/like").status, 204);
    const auto ranked = m_member->http.get("/api/v1/suppliers?q=rempah").json()->getArray("items")
                            ->getObject(0);
    QCOMPARE(ranked->getValue<int>("likes"), 1);
    QCOMPARE(ranked->getValue<int>("ranking"), 1 + 3);
    QCOMPARE(ranked->getValue<bool>("liked"), true);
    QCOMPARE(send(*m_member, "DELETE", "/api/v1/suppliers/pt-rempah-tampil/like").status, 204);

    const auto hiddenSlug = m_member->http.get("/api/v1/suppliers/pt-rempah-sembunyi");
    QCOMPARE(hiddenSlug.status, 404);
    QCOMPARE(m_member->http.get("/api/v1/suppliers?sort=newest").status, 200);
    QCOMPARE(m_member->http.get("/api/v1/suppliers?sort=acak").status, 422);
}

void TestSupplierApi::publicProfileOnlyForVerifiedPremium()
{
    auto who = supplier("publik@supplier.example");
    complete(who, "PT Publik Premium");
    approve(who);
    HttpClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get("/api/v1/public/suppliers/pt-publik-premium").status, 404);
    QCOMPARE(anonymous.get("/api/v1/suppliers/pt-publik-premium").status, 401);
    QCOMPARE(send(*m_admin, "PATCH", "/api/v1/admin/suppliers/" + supplierId(who) + "/tier",
                  R"({"tier": "premium"})")
                 .status,
             200);
    const auto product = send(who, "POST", "/api/v1/supplier/products",
                              R"({"title": "Lada Putih", "status": "active"})");
    QCOMPARE(product.status, 201);
    const auto image = send(who, "POST",
                            "/api/v1/supplier/products/" + field(product.json(), "id") + "/images",
                            kPng, {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(image.status, 201);
    const auto page = anonymous.get("/api/v1/public/suppliers/pt-publik-premium");
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.find("+6281234567890") == std::string::npos);
    QVERIFY(page.body.find("sales@kopi.example") == std::string::npos);
    const auto products = page.json()->getArray("products");
    QCOMPARE(products->size(), std::size_t(1));
    const auto url = field(products->getObject(0)->getArray("images")->getObject(0), "url");
    const auto picture = anonymous.get(url);
    QCOMPARE(picture.status, 200);
    QCOMPARE(picture.body, kPng);
}

void TestSupplierApi::mentorsExtendTheAssessment()
{
    QCOMPARE(send(*m_member, "POST", "/api/v1/admin/supplier-questions", "{}").status, 403);
    QCOMPARE(send(*m_mentor, "POST", "/api/v1/admin/supplier-questions",
                  R"({"type": "trader", "text": "Satu pilihan", "options": [{"key": "a", "label": "A", "score": 1}]})")
                 .status,
             422);
    const auto created = send(*m_mentor, "POST", "/api/v1/admin/supplier-questions",
                              R"({"type": "aggregator", "text": "Apakah Anda punya timbangan terkalibrasi?", "options": [{"key": "a", "label": "Tidak", "score": 0}, {"key": "b", "label": "Ya", "score": 10}]})");
    QCOMPARE(created.status, 201);
    const auto questionId = field(created.json(), "id");
    QCOMPARE(created.json()->getValue<int>("position"), 5);

    auto who = supplier("agregat@supplier.example");
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/type", R"({"type": "aggregator"})").status, 200);
    const auto asked = who.http.get("/api/v1/supplier/me/assessment").json()->getArray("questions");
    QCOMPARE(asked->size(), std::size_t(6));
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/assessment",
                  R"({"answers": [{"question_id": ")" + questionId + R"(", "option_key": "z"}]})")
                 .status,
             422);
    QCOMPARE(send(who, "PUT", "/api/v1/supplier/me/assessment",
                  R"({"answers": [{"question_id": ")" + questionId + R"(", "option_key": "b"}]})")
                 .status,
             200);
    // An answered option cannot be taken away.
    QCOMPARE(send(*m_mentor, "PATCH", "/api/v1/admin/supplier-questions/" + questionId,
                  R"({"options": [{"key": "a", "label": "Tidak", "score": 0}, {"key": "c", "label": "Ya", "score": 10}]})")
                 .status,
             409);
    QCOMPARE(send(*m_mentor, "PATCH", "/api/v1/admin/supplier-questions/" + questionId,
                  R"({"text": "Timbangan terkalibrasi?"})")
                 .status,
             200);
    const auto retired =
        send(*m_mentor, "POST", "/api/v1/admin/supplier-questions/" + questionId + "/retire");
    QCOMPARE(retired.status, 200);
    QCOMPARE(retired.json()->getValue<bool>("active"), false);
    QCOMPARE(who.http.get("/api/v1/supplier/me/assessment").json()->getArray("questions")->size(),
             std::size_t(5));
    const auto listed =
        m_mentor->http.get("/api/v1/admin/supplier-questions?type=aggregator&include_retired=true");
    QCOMPARE(listed.json()->getArray("items")->size(), std::size_t(6));
}
#endif

QTEST_GUILESS_MAIN(TestSupplierApi)
#include "TestSupplierApi.moc"

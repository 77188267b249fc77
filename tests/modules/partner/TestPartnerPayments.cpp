// Partner payments on a real database over HTTP: quota packages priced per event, manual top-ups
// with a proof that staff confirm (quota once, even when two confirm at once) or reject,
// Idempotency-Key, Xendit top-ups settled by callbacks (twice → once), permissions, post-paid
// refusals, and the executive summary add-on pre-paid (paid → re-rendered PDF with the summary,
// never charged twice) and post-paid (on credit at once).
#include "../commerce/FakeXendit.h"
#include "PartnerTestKit.h"

#include "AssessmentDefinition.h"
#include "ScoringEngine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

namespace {

const std::string kAssessmentCode = "BAYAR-UJI";
const std::string kSecretKey = "xnd_development_partner_secret";
const std::string kCallbackToken = "partner-callback-token";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\x01');
const std::string kPdf = "%PDF-1.4\n%bukti\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
constexpr std::int64_t kPrice = 100000;
constexpr std::int64_t kExecutivePrice = 50000;

/// The test definition with an executive summary, so a paid add-on changes the PDF.
std::string definitionWithSummary()
{
    auto text = definitionJson(kAssessmentCode);
    const auto end = text.rfind('}');
    return text.substr(0, end) + ", \"executive_summary\": {\"opening\": \"Ringkasan untuk"
                                 " {client_name} dari {organization}.\", \"closing\": \"Disusun"
                                 " otomatis dari hasil asesmen.\"}}";
}

std::string pdfText(const std::string& bytes)
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("laporan.pdf")).toStdString();
    {
        std::ofstream file(path, std::ios::binary);
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QString::fromStdString(path), QStringLiteral("-")});
    process.waitForFinished(60000);
    return process.readAllStandardOutput().toStdString();
}

std::string callbackBody(const std::string& invoiceId, const std::string& externalId,
                         std::int64_t amount, const std::string& status)
{
    auto body = core::json::object();
    body->set("id", invoiceId);
    body->set("external_id", externalId);
    body->set("user_id", "6279ce4495d10c9afc3171b8");
    body->set("status", status);
    body->set("merchant_name", "EksporYuk");
    body->set("amount", amount);
    if (status == "PAID") {
        body->set("paid_amount", amount);
        body->set("payment_method", "BANK_TRANSFER");
        body->set("paid_at", "2026-11-21T06:58:35.534Z");
    }
    body->set("currency", "IDR");
    body->set("description", "Invoice " + externalId);
    return core::json::stringify(body);
}

} // namespace

class TestPartnerPayments : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::commerce::FakeXendit> m_xendit;
    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_ownerA; ///< pre-paid
    std::unique_ptr<Person> m_operatorA;
    std::unique_ptr<Person> m_ownerC; ///< post-paid
    std::string m_partnerA;
    std::string m_partnerC;
    std::string m_assessment;
    std::string m_eventA;
    std::string m_package10;
    std::string m_package50;
    int m_clientCount = 0;

    core::Db& db() { return m_server->instance().db(); }

    std::int64_t number(const std::string& sql, const core::Params& params)
    {
        return db().exec(sql, params).front().i64("n");
    }

    std::int64_t quotaOf(const std::string& eventId)
    {
        return number("SELECT quota AS n FROM partner_quota_downloads"
                      " WHERE partner_assessment_id = $1::uuid",
                      {eventId});
    }

    std::string createEvent(const Person& owner, const std::string& extra = {})
    {
        const auto created = send(owner, "POST", "/api/v1/partner/events",
                                  "{\"assessment_id\": \"" + m_assessment + "\"" +
                                      (extra.empty() ? "" : ", " + extra) + "}");
        if (created.status != 201)
            throw std::runtime_error("creating the event failed: " + created.body);
        return field(created.json(), "id");
    }

    std::string createPackage(const std::string& name, int quota, int discount, bool active)
    {
        const auto created =
            send(*m_admin, "POST", "/api/v1/admin/quota-packages",
                 "{\"name\": \"" + name + "\", \"quota\": " + std::to_string(quota) +
                     ", \"discount_percent\": " + std::to_string(discount) +
                     ", \"active\": " + (active ? "true" : "false") + "}");
        if (created.status != 201)
            throw std::runtime_error("creating the package failed: " + created.body);
        return field(created.json(), "id");
    }

    /// A client who finished the event's assessment, as the client flow stores them.
    std::string finishedClient(const std::string& eventId, const std::string& name)
    {
        const auto email = "klien" + std::to_string(++m_clientCount) + "@example.com";
        const auto event = db().exec("SELECT reference_code FROM partner_assessments"
                                     " WHERE id = $1::uuid",
                                     {eventId});
        const auto definition = ey::partner::AssessmentDefinition::fromJson(
            core::json::parseObject(definitionWithSummary()));
        const ey::partner::ScoringEngine engine(definition);
        ey::partner::ResultContext context{m_assessment,
                                           kAssessmentCode,
                                           "Asesmen Uji",
                                           eventId,
                                           event.front().str("reference_code"),
                                           email,
                                           name,
                                           std::string("PT Maju Jaya"),
                                           std::nullopt,
                                           "2026-11-21T03:00:00Z",
                                           "2026-11-21T03:41:12Z"};
        std::map<std::string, ey::partner::SectionAnswers> answers{{"KK", {{5, 2, 4, 1, 5}, 300}},
                                                                   {"ST", {{1, 2, 3}, 120}}};
        const auto content = core::json::stringify(engine.contentResult(context, answers));
        return db()
            .exec("INSERT INTO partner_client_assessments (partner_assessment_id, client_email,"
                  " client_full_name, client_organization, resume_token_hash, status, started_at,"
                  " completed_at, content_result) VALUES ($1::uuid, $2, $3, 'PT Maju Jaya', $4,"
                  " 'completed', '2026-11-21T03:00:00Z', '2026-11-21T03:41:12Z', $5::jsonb)"
                  " RETURNING id::text AS id",
                  {eventId, email, name, "bayar-" + email, content})
            .front()
            .str("id");
    }

    HttpResult topup(const Person& who, const std::string& eventId, const std::string& choice,
                     const std::string& method, std::map<std::string, std::string> headers = {})
    {
        headers["Content-Type"] = "application/json";
        return who.http.request("POST", "/api/v1/partner/topups",
                                "{\"event_id\": \"" + eventId + "\", " + choice +
                                    ", \"method\": \"" + method + "\"}",
                                headers);
    }

    /// A manual top-up of Paket 10 with its proof uploaded; returns the transaction id.
    std::string awaitingTopup()
    {
        const auto created =
            topup(*m_ownerA, m_eventA, "\"package_id\": \"" + m_package10 + "\"", "manual");
        if (created.status != 201)
            throw std::runtime_error("top-up failed: " + created.body);
        const auto id = field(created.json(), "id");
        const auto uploaded =
            m_ownerA->http.request("POST", "/api/v1/partner/transactions/" + id + "/proof", kPng,
                                   {{"Content-Type", "image/png"}});
        if (uploaded.status != 200)
            throw std::runtime_error("proof failed: " + uploaded.body);
        return id;
    }

    std::int64_t notificationsFor(const std::string& userId, const std::string& contains)
    {
        return number("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                      " AND strpos(message, $2) > 0",
                      {userId, contains});
    }

    /// Whether the server still keeps a file under this key somewhere in its data directory.
    bool storedFile(const std::string& key) const
    {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(m_server->dataDir()))
            if (entry.is_regular_file() && entry.path().filename() == key)
                return true;
        return false;
    }

    HttpResult callback(const std::string& body)
    {
        HttpClient xendit(m_server->baseUrl());
        return xendit.request("POST", "/api/v1/webhooks/xendit/invoice", body,
                              {{"x-callback-token", kCallbackToken}});
    }

private slots:
    void initTestCase()
    {
        m_xendit = std::make_unique<test::commerce::FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(
            &m_clock, std::map<std::string, std::string>{
                          {"xendit.base_url", m_xendit->baseUrl()},
                          {"xendit.secret_key", kSecretKey},
                          {"xendit.callback_token", kCallbackToken},
                          {"payments.manual_bank_name", "BCA"},
                          {"payments.manual_account_number", "1234567890"},
                          {"payments.manual_account_holder", "PT EksporYuk Indonesia"},
                          {"payments.manual_pay_hours", "24"}});
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        const auto created =
            send(*m_admin, "POST", "/api/v1/admin/assessments", definitionWithSummary());
        QVERIFY2(created.status == 201, created.body.c_str());
        m_assessment = field(created.json(), "id");
        QCOMPARE(
            send(*m_admin, "POST", "/api/v1/admin/assessments/" + m_assessment + "/publish", "{}")
                .status,
            200);
        m_partnerA = createPartner(*m_admin, "mitra-a@example.com", "PT Alfa");
        m_partnerC = createPartner(*m_admin, "mitra-c@example.com", "PT Cakra", "before_payment");
        QCOMPARE(send(*m_admin, "PATCH", "/api/v1/admin/partners/" + m_partnerC,
                      "{\"credit_limit\": 120000}")
                     .status,
                 200);
        for (const auto& partner : {m_partnerA, m_partnerC})
            QCOMPARE(send(*m_admin, "PUT",
                          "/api/v1/admin/partners/" + partner + "/pricing/" + m_assessment,
                          "{\"price\": " + std::to_string(kPrice) +
                              ", \"executive_price\": " + std::to_string(kExecutivePrice) + "}")
                         .status,
                     200);
        m_ownerA = std::make_unique<Person>(signIn(*m_server, "mitra-a@example.com"));
        m_ownerC = std::make_unique<Person>(signIn(*m_server, "mitra-c@example.com"));
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/partners/" + m_partnerA + "/operators",
                      "{\"email\": \"operator-a@example.com\", \"full_name\": \"Operator Alfa\", "
                      "\"password\": \"" +
                          kTestPassword + "\"}")
                     .status,
                 201);
        m_operatorA = std::make_unique<Person>(signIn(*m_server, "operator-a@example.com"));
        m_eventA = createEvent(*m_ownerA, "\"reference_code\": \"BAYAR1\"");
        m_package10 = createPackage("Paket 10", 10, 0, true);
        m_package50 = createPackage("Paket 50", 50, 10, true);
        createPackage("Paket Lama", 5, 0, false);
    }

    void packagesArePricedPerEvent_data()
    {
        QTest::addColumn<QString>("eventExtra");
        QTest::addColumn<qint64>("unitPrice");
        QTest::newRow("partner pricing") << QString() << qint64(kPrice);
        QTest::newRow("event price") << QStringLiteral("\"price\": 80000") << qint64(80000);
        QTest::newRow("special price running")
            << QStringLiteral("\"price\": 60000, \"is_special_price\": true, "
                              "\"end_date_special_price\": \"2099-01-01T00:00:00Z\"")
            << qint64(60000);
        QTest::newRow("special price ended")
            << QStringLiteral("\"price\": 60000, \"is_special_price\": true, "
                              "\"end_date_special_price\": \"2020-01-01T00:00:00Z\"")
            << qint64(kPrice);
    }

    void packagesArePricedPerEvent()
    {
        QFETCH(QString, eventExtra);
        QFETCH(qint64, unitPrice);
        const auto event = createEvent(*m_ownerA, eventExtra.toStdString());
        const auto offer = m_ownerA->http.get("/api/v1/partner/quota-packages?event_id=" + event);
        QCOMPARE(offer.status, 200);
        const auto body = offer.json();
        QCOMPARE(body->getValue<std::int64_t>("unit_price"), unitPrice);
        const auto items = body->getArray("items");
        QCOMPARE(items->size(), std::size_t(2)); // the inactive package is not offered
        QCOMPARE(items->getObject(0)->getValue<std::string>("name"), std::string("Paket 10"));
        QCOMPARE(items->getObject(0)->getValue<std::int64_t>("amount"), 10 * unitPrice);
        // Paket 50 with 10 % off: round(50 × unit × 90 / 100).
        QCOMPARE(items->getObject(1)->getValue<std::int64_t>("amount"), 45 * unitPrice);
        QCOMPARE(body->getObject("bank")->getValue<std::string>("account_number"),
                 std::string("1234567890"));
        QVERIFY(body->getValue<bool>("xendit_available"));
    }

    void adminManagesPackages()
    {
        const auto id = createPackage("Paket Coba", 7, 5, true);
        QCOMPARE(auditCount(*m_server, "partner.package.create", id), 1);
        const auto changed = send(*m_admin, "PATCH", "/api/v1/admin/quota-packages/" + id,
                                  "{\"discount_percent\": 15, \"active\": false}");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()->getValue<std::int64_t>("discount_percent"), std::int64_t(15));
        QVERIFY(!changed.json()->getValue<bool>("active"));
        QCOMPARE(auditCount(*m_server, "partner.package.update", id), 1);
        QCOMPARE(send(*m_admin, "PATCH", "/api/v1/admin/quota-packages/" + id,
                      "{\"discount_percent\": 95}")
                     .status,
                 422);
        const auto list = m_admin->http.get("/api/v1/admin/quota-packages");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()->getArray("items")->size(), std::size_t(4));
        QCOMPARE(send(*m_admin, "DELETE", "/api/v1/admin/quota-packages/" + id).status, 204);
        QCOMPARE(auditCount(*m_server, "partner.package.delete", id), 1);
        QCOMPARE(send(*m_admin, "DELETE", "/api/v1/admin/quota-packages/" + id).status, 404);
        QCOMPARE(m_ownerA->http.get("/api/v1/admin/quota-packages").status, 403);
    }

    void manualTopupProofConfirmAddsQuota()
    {
        const auto before = quotaOf(m_eventA);
        const auto created =
            topup(*m_ownerA, m_eventA, "\"package_id\": \"" + m_package50 + "\"", "manual");
        QCOMPARE(created.status, 201);
        const auto t = created.json();
        const auto id = field(t, "id");
        const auto numberText = field(t, "number");
        QVERIFY(numberText.rfind("PT-", 0) == 0);
        QCOMPARE(field(t, "status"), std::string("pending"));
        QCOMPARE(field(t, "kind"), std::string("topup"));
        QCOMPARE(field(t, "method"), std::string("manual"));
        QCOMPARE(t->getValue<std::int64_t>("amount"), 45 * kPrice);
        QCOMPARE(t->getValue<std::int64_t>("quota"), std::int64_t(50));
        QCOMPARE(field(t, "package_name"), std::string("Paket 50"));
        QCOMPARE(field(t, "event_reference_code"), std::string("BAYAR1"));
        QVERIFY(!t->isNull("pay_before"));
        QVERIFY(!t->getValue<bool>("has_proof"));

        // Not a proof: refused by content, whatever the header claims.
        const auto text =
            m_ownerA->http.request("POST", "/api/v1/partner/transactions/" + id + "/proof",
                                   "bukan gambar", {{"Content-Type", "image/png"}});
        QCOMPARE(text.status, 415);
        const auto huge = m_ownerA->http.request(
            "POST", "/api/v1/partner/transactions/" + id + "/proof",
            kPng + std::string(5 * 1024 * 1024, '\0'), {{"Content-Type", "image/png"}});
        QCOMPARE(huge.status, 413);
        QCOMPARE(m_ownerA->http
                     .request("POST", "/api/v1/partner/transactions/" + id + "/proof", "",
                              {{"Content-Type", "image/png"}})
                     .status,
                 422);
        QCOMPARE(field(m_ownerA->http.get("/api/v1/partner/transactions/" + id).json(), "status"),
                 std::string("pending"));

        const auto uploaded =
            m_ownerA->http.request("POST", "/api/v1/partner/transactions/" + id + "/proof", kPdf,
                                   {{"Content-Type", "application/pdf"}});
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(field(uploaded.json(), "status"), std::string("awaiting_confirmation"));
        QVERIFY(uploaded.json()->getValue<bool>("has_proof"));
        const auto own = m_ownerA->http.get("/api/v1/partner/transactions/" + id + "/proof");
        QCOMPARE(own.status, 200);
        QCOMPARE(own.body, kPdf);
        QCOMPARE(own.header("content-type"), std::string("application/pdf"));
        const auto staff = m_admin->http.get("/api/v1/admin/partner-transactions/" + id + "/proof");
        QCOMPARE(staff.status, 200);
        QCOMPARE(staff.body, kPdf);

        // Staff see it waiting for them.
        const auto waiting = m_admin->http.get(
            "/api/v1/admin/partner-transactions?status=awaiting_confirmation&partner_id=" +
            m_partnerA);
        QCOMPARE(waiting.status, 200);
        bool listed = false;
        const auto items = waiting.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i)
            listed = listed || items->getObject(i)->getValue<std::string>("id") == id;
        QVERIFY(listed);

        const auto confirmed =
            send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/confirm",
                 "{\"note\": \"Dana masuk BCA 21/11\"}");
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(field(confirmed.json(), "status"), std::string("paid"));
        QCOMPARE(field(confirmed.json(), "paid_note"), std::string("Dana masuk BCA 21/11"));
        QVERIFY(!confirmed.json()->isNull("paid_at"));
        QCOMPARE(quotaOf(m_eventA), before + 50);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_quota_logs WHERE transaction_id ="
                        " $1::uuid AND reason = 'topup' AND delta = 50",
                        {id}),
                 std::int64_t(1));
        // The quota history the partner sees names the top-up.
        const auto quota = m_ownerA->http.get("/api/v1/partner/events/" + m_eventA + "/quota");
        QCOMPARE(quota.status, 200);
        QCOMPARE(quota.json()->getArray("logs")->getObject(0)->getValue<std::string>("reason"),
                 std::string("topup"));
        QCOMPARE(auditCount(*m_server, "partner.payment.confirm", id), 1);
        // Live: the partner's people and partner.manage staff hear of every step.
        QCOMPARE(number("SELECT count(*) AS n FROM realtime_events WHERE event ="
                        " 'partner.payment_updated' AND data->>'id' = $1 AND data->>'status' ="
                        " 'paid' AND permission = 'partner.manage' AND $2::uuid = ANY (user_ids)"
                        " AND $3::uuid = ANY (user_ids)",
                        {id, m_ownerA->id, m_operatorA->id}),
                 std::int64_t(1));
        QCOMPARE(notificationsFor(m_ownerA->id, numberText), std::int64_t(1));
        QCOMPARE(number("SELECT count(*) AS n FROM partner_logs WHERE partner_id = $1::uuid"
                        " AND action = 'payment.paid'",
                        {m_partnerA}),
                 std::int64_t(1));
        // Paid is final.
        QCOMPARE(
            send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/confirm", "{}")
                .status,
            409);
        QCOMPARE(
            send(*m_ownerA, "POST", "/api/v1/partner/transactions/" + id + "/cancel", "{}").status,
            409);
    }

    void rejectAddsNothingAndTellsThePartner()
    {
        const auto before = quotaOf(m_eventA);
        const auto id = awaitingTopup();
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/reject",
                      "{\"reason\": \"  \"}")
                     .status,
                 422);
        const auto rejected =
            send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/reject",
                 "{\"reason\": \"Nominal transfer tidak sesuai\"}");
        QCOMPARE(rejected.status, 200);
        QCOMPARE(field(rejected.json(), "status"), std::string("rejected"));
        QCOMPARE(field(rejected.json(), "rejection_reason"),
                 std::string("Nominal transfer tidak sesuai"));
        QCOMPARE(quotaOf(m_eventA), before);
        QCOMPARE(auditCount(*m_server, "partner.payment.reject", id), 1);
        QCOMPARE(notificationsFor(m_ownerA->id, "Nominal transfer tidak sesuai"), std::int64_t(1));
        QCOMPARE(
            send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/confirm", "{}")
                .status,
            409);
    }

    void concurrentConfirmationsAddQuotaOnce()
    {
        const auto before = quotaOf(m_eventA);
        const auto id = awaitingTopup();
        constexpr int kAdmins = 6;
        std::atomic<int> ok{0};
        std::atomic<int> conflict{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kAdmins; ++i)
            threads.emplace_back([&] {
                const auto result = m_admin->http.request(
                    "POST", "/api/v1/admin/partner-transactions/" + id + "/confirm", "{}",
                    {{"Content-Type", "application/json"}});
                (result.status == 200 ? ok : conflict)++;
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(ok.load(), 1);
        QCOMPARE(conflict.load(), kAdmins - 1);
        QCOMPARE(quotaOf(m_eventA), before + 10);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_quota_logs WHERE transaction_id ="
                        " $1::uuid",
                        {id}),
                 std::int64_t(1));
    }

    void operatorsAndPostPaidPartnersCannotTopUp()
    {
        QCOMPARE(topup(*m_operatorA, m_eventA, "\"quota\": 5", "manual").status, 403);
        QCOMPARE(
            m_operatorA->http.get("/api/v1/partner/quota-packages?event_id=" + m_eventA).status,
            403);
        QCOMPARE(m_operatorA->http.get("/api/v1/partner/transactions").status, 403);

        const auto eventC = createEvent(*m_ownerC);
        const auto postPaid = topup(*m_ownerC, eventC, "\"quota\": 5", "manual");
        QCOMPARE(postPaid.status, 409);
        QVERIFY(postPaid.json()->getValue<std::string>("detail").find("pasca-bayar") !=
                std::string::npos);
        QCOMPARE(m_ownerC->http.get("/api/v1/partner/quota-packages?event_id=" + eventC).status,
                 409);

        // Another partner's event is not found; an inactive one cannot be topped up.
        QCOMPARE(topup(*m_ownerA, eventC, "\"quota\": 5", "manual").status, 404);
        const auto inactive = createEvent(*m_ownerA, "\"status\": \"inactive\"");
        QCOMPARE(topup(*m_ownerA, inactive, "\"quota\": 5", "manual").status, 409);
        QCOMPARE(topup(*m_ownerA, m_eventA, "\"quota\": 0", "manual").status, 422);
        QCOMPARE(topup(*m_ownerA, m_eventA, "\"quota\": 5", "cash").status, 422);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_transactions WHERE partner_id ="
                        " $1::uuid",
                        {m_partnerC}),
                 std::int64_t(0));
    }

    void idempotencyKeyReturnsTheSameTransaction()
    {
        const std::map<std::string, std::string> key{{"Idempotency-Key", "topup-uji-1"}};
        const auto first = topup(*m_ownerA, m_eventA, "\"quota\": 3", "manual", key);
        QCOMPARE(first.status, 201);
        const auto second = topup(*m_ownerA, m_eventA, "\"quota\": 3", "manual", key);
        QCOMPARE(second.status, 200);
        QCOMPARE(field(second.json(), "id"), field(first.json(), "id"));
        QCOMPARE(first.json()->getValue<std::int64_t>("amount"), 3 * kPrice);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_transactions WHERE idempotency_key ="
                        " 'topup-uji-1'",
                        {}),
                 std::int64_t(1));
    }

    void xenditTopupIsSettledOnceByItsCallback()
    {
        const auto before = quotaOf(m_eventA);
        const auto created =
            topup(*m_ownerA, m_eventA, "\"package_id\": \"" + m_package10 + "\"", "xendit");
        QCOMPARE(created.status, 201);
        const auto id = field(created.json(), "id");
        const auto numberText = field(created.json(), "number");
        QCOMPARE(field(created.json(), "method"), std::string("xendit"));
        QVERIFY(field(created.json(), "invoice_url").find("checkout.xendit.co") !=
                std::string::npos);
        std::string invoiceId;
        for (const auto& invoice : m_xendit->invoices())
            if (invoice.externalId == numberText) {
                invoiceId = invoice.id;
                QCOMPARE(invoice.amount, 10 * kPrice);
                QCOMPARE(invoice.payerEmail, std::string("mitra-a@example.com"));
            }
        QVERIFY(!invoiceId.empty());
        // Xendit never takes a manual proof.
        QCOMPARE(m_ownerA->http
                     .request("POST", "/api/v1/partner/transactions/" + id + "/proof", kPng,
                              {{"Content-Type", "image/png"}})
                     .status,
                 409);

        const auto body = callbackBody(invoiceId, numberText, 10 * kPrice, "PAID");
        const auto first = callback(body);
        QCOMPARE(first.status, 200);
        QCOMPARE(field(first.json(), "result"), std::string("paid"));
        const auto again = callback(body);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json()->getValue<bool>("duplicate"));
        QCOMPARE(quotaOf(m_eventA), before + 10);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_quota_logs WHERE transaction_id"
                        " = $1::uuid",
                        {id}),
                 std::int64_t(1));
        const auto paid = m_ownerA->http.get("/api/v1/partner/transactions/" + id);
        QCOMPARE(field(paid.json(), "status"), std::string("paid"));
        // EXPIRED after PAID (out of order) never downgrades.
        QCOMPARE(field(callback(callbackBody(invoiceId, numberText, 10 * kPrice, "EXPIRED")).json(),
                       "result"),
                 std::string("ignored"));

        // An invoice that expires unpaid cancels its transaction.
        const auto other = topup(*m_ownerA, m_eventA, "\"quota\": 2", "xendit");
        QCOMPARE(other.status, 201);
        const auto otherNumber = field(other.json(), "number");
        std::string otherInvoice;
        for (const auto& invoice : m_xendit->invoices())
            if (invoice.externalId == otherNumber)
                otherInvoice = invoice.id;
        // A callback whose amount differs changes nothing and is flagged for staff.
        const auto wrong =
            callback(callbackBody(otherInvoice, otherNumber, 2 * kPrice - 1, "PAID"));
        QCOMPARE(wrong.status, 200);
        QVERIFY(wrong.json()->getValue<bool>("flagged"));
        QCOMPARE(
            field(m_ownerA->http.get("/api/v1/partner/transactions/" + field(other.json(), "id"))
                      .json(),
                  "status"),
            std::string("pending"));
        QCOMPARE(
            field(callback(callbackBody(otherInvoice, otherNumber, 2 * kPrice, "EXPIRED")).json(),
                  "result"),
            std::string("expired"));
        QCOMPARE(
            field(m_ownerA->http.get("/api/v1/partner/transactions/" + field(other.json(), "id"))
                      .json(),
                  "status"),
            std::string("cancelled"));
    }

    void xenditFailureCancelsTheTopup()
    {
        m_xendit->failWith(500);
        const auto failed = topup(*m_ownerA, m_eventA, "\"quota\": 6", "xendit");
        m_xendit->failWith(0);
        QCOMPARE(failed.status, 502);
        QVERIFY(failed.json()->getValue<std::string>("detail").find("Xendit") != std::string::npos);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_transactions WHERE partner_id ="
                        " $1::uuid AND quota = 6 AND status = 'cancelled'",
                        {m_partnerA}),
                 std::int64_t(1));
    }

    void xenditExecutiveIsActivatedByItsCallback()
    {
        const auto client = finishedClient(m_eventA, "Fajar Nugroho");
        const auto bought = send(*m_ownerA, "POST", "/api/v1/partner/executive",
                                 "{\"client_ids\": [\"" + client + "\"], \"method\": \"xendit\"}");
        QCOMPARE(bought.status, 201);
        const auto t = bought.json()->getObject("transaction");
        const auto numberText = t->getValue<std::string>("number");
        QVERIFY(!t->isNull("invoice_url"));
        std::string invoiceId;
        for (const auto& invoice : m_xendit->invoices())
            if (invoice.externalId == numberText)
                invoiceId = invoice.id;
        QVERIFY(!invoiceId.empty());
        QCOMPARE(
            field(callback(callbackBody(invoiceId, numberText, kExecutivePrice, "PAID")).json(),
                  "result"),
            std::string("paid"));
        QVERIFY(m_ownerA->http.get("/api/v1/partner/clients/" + client)
                    .json()
                    ->getValue<bool>("executive_available"));
    }

    void unconfiguredMethodsAreRefused()
    {
        // A server with neither Xendit keys nor a bank account: nothing can be bought.
        TestServer bare;
        Person admin = person(bare, "admin@example.com", {"admin"});
        const auto created =
            send(admin, "POST", "/api/v1/admin/assessments", definitionJson("POLOS"));
        QCOMPARE(created.status, 201);
        const auto assessment = field(created.json(), "id");
        QCOMPARE(send(admin, "POST", "/api/v1/admin/assessments/" + assessment + "/publish", "{}")
                     .status,
                 200);
        const auto partner = createPartner(admin, "polos@example.com", "PT Polos");
        QCOMPARE(send(admin, "PUT", "/api/v1/admin/partners/" + partner + "/pricing/" + assessment,
                      "{\"price\": 1000}")
                     .status,
                 200);
        Person owner = signIn(bare, "polos@example.com");
        const auto event = send(owner, "POST", "/api/v1/partner/events",
                                "{\"assessment_id\": \"" + assessment + "\"}");
        QCOMPARE(event.status, 201);
        const auto eventId = field(event.json(), "id");
        const auto offer = owner.http.get("/api/v1/partner/quota-packages?event_id=" + eventId);
        QCOMPARE(offer.status, 200);
        QVERIFY(offer.json()->isNull("bank"));
        QVERIFY(!offer.json()->getValue<bool>("xendit_available"));
        for (const auto* method : {"manual", "xendit"}) {
            const auto refused = owner.http.request(
                "POST", "/api/v1/partner/topups",
                "{\"event_id\": \"" + eventId + "\", \"quota\": 5, \"method\": \"" + method + "\"}",
                {{"Content-Type", "application/json"}});
            QCOMPARE(refused.status, 503);
        }
        QCOMPARE(bare.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM partner_transactions")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void cancelAndOverdueManualPayments()
    {
        const auto created = topup(*m_ownerA, m_eventA, "\"quota\": 4", "manual");
        QCOMPARE(created.status, 201);
        const auto id = field(created.json(), "id");
        const auto cancelled =
            send(*m_ownerA, "POST", "/api/v1/partner/transactions/" + id + "/cancel", "{}");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(field(cancelled.json(), "status"), std::string("cancelled"));
        QCOMPARE(
            send(*m_ownerA, "POST", "/api/v1/partner/transactions/" + id + "/cancel", "{}").status,
            409);

        // Past pay_before without a proof: cancelled when next read, and no proof is taken.
        const auto late = topup(*m_ownerA, m_eventA, "\"quota\": 4", "manual");
        QCOMPARE(late.status, 201);
        const auto lateId = field(late.json(), "id");
        m_clock.advanceMs(25LL * 3600 * 1000);
        QCOMPARE(
            field(m_ownerA->http.get("/api/v1/partner/transactions/" + lateId).json(), "status"),
            std::string("cancelled"));
        QCOMPARE(m_ownerA->http
                     .request("POST", "/api/v1/partner/transactions/" + lateId + "/proof", kPng,
                              {{"Content-Type", "image/png"}})
                     .status,
                 409);

        // The partner's list: newest first, filtered by status and kind.
        const auto list =
            m_ownerA->http.get("/api/v1/partner/transactions?status=cancelled&kind=topup");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QVERIFY(items->size() >= 2);
        QCOMPARE(items->getObject(0)->getValue<std::string>("id"), lateId);
        QCOMPARE(m_ownerA->http.get("/api/v1/partner/transactions?status=lunas").status, 422);
    }

    void executivePrePaidRendersTheSummaryWithoutChargingAgain()
    {
        const auto client = finishedClient(m_eventA, "Siti Rahmawati");
        const auto quotaBefore = quotaOf(m_eventA);
        const auto first = m_ownerA->http.get("/api/v1/partner/clients/" + client + "/report.pdf");
        QCOMPARE(first.status, 200);
        QVERIFY(pdfText(first.body).find("Ringkasan Eksekutif") == std::string::npos);
        QCOMPARE(quotaOf(m_eventA), quotaBefore - 1);
        const auto storedKey =
            db().exec("SELECT report_file_key FROM partner_client_assessments WHERE id = $1::uuid",
                      {client})
                .front()
                .str("report_file_key");
        QVERIFY(storedFile(storedKey));

        const auto bought = send(*m_ownerA, "POST", "/api/v1/partner/executive",
                                 "{\"client_ids\": [\"" + client + "\"], \"method\": \"manual\"}");
        QCOMPARE(bought.status, 201);
        const auto t = bought.json()->getObject("transaction");
        const auto id = t->getValue<std::string>("id");
        QCOMPARE(t->getValue<std::string>("kind"), std::string("executive"));
        QCOMPARE(t->getValue<std::int64_t>("amount"), kExecutivePrice);
        QCOMPARE(t->getValue<std::int64_t>("client_count"), std::int64_t(1));
        QCOMPARE(bought.json()->getArray("activated_client_ids")->size(), std::size_t(0));
        // Reserved while it waits for payment.
        QCOMPARE(send(*m_ownerA, "POST", "/api/v1/partner/executive",
                      "{\"client_ids\": [\"" + client + "\"], \"method\": \"manual\"}")
                     .status,
                 409);
        QCOMPARE(m_ownerA->http
                     .request("POST", "/api/v1/partner/transactions/" + id + "/proof", kPng,
                              {{"Content-Type", "image/png"}})
                     .status,
                 200);
        QCOMPARE(
            send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/confirm", "{}")
                .status,
            200);
        const auto after = m_ownerA->http.get("/api/v1/partner/clients/" + client);
        QVERIFY(after.json()->getValue<bool>("executive_available"));
        QVERIFY(!db().exec("SELECT report_file_key FROM partner_client_assessments"
                           " WHERE id = $1::uuid",
                           {client})
                     .front()
                     .optStr("report_file_key"));
        QVERIFY(!storedFile(storedKey));

        const auto second = m_ownerA->http.get("/api/v1/partner/clients/" + client + "/report.pdf");
        QCOMPARE(second.status, 200);
        const auto text = pdfText(second.body);
        QVERIFY2(text.find("Ringkasan Eksekutif") != std::string::npos, text.c_str());
        QVERIFY(text.find("Ringkasan untuk Siti Rahmawati") != std::string::npos);
        QCOMPARE(quotaOf(m_eventA), quotaBefore - 1); // the re-render is free
        QCOMPARE(send(*m_ownerA, "POST", "/api/v1/partner/executive",
                      "{\"client_ids\": [\"" + client + "\"], \"method\": \"manual\"}")
                     .status,
                 409);
    }

    void executiveRejectedReleasesTheClients()
    {
        const auto client = finishedClient(m_eventA, "Budi Santoso");
        const auto bought = send(*m_ownerA, "POST", "/api/v1/partner/executive",
                                 "{\"client_ids\": [\"" + client + "\"], \"method\": \"manual\"}");
        QCOMPARE(bought.status, 201);
        const auto id = bought.json()->getObject("transaction")->getValue<std::string>("id");
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/partner-transactions/" + id + "/reject",
                      "{\"reason\": \"Bukti tidak terbaca\"}")
                     .status,
                 200);
        QVERIFY(!m_ownerA->http.get("/api/v1/partner/clients/" + client)
                     .json()
                     ->getValue<bool>("executive_available"));
        // Released: it can be bought again.
        QCOMPARE(send(*m_ownerA, "POST", "/api/v1/partner/executive",
                      "{\"client_ids\": [\"" + client + "\"], \"method\": \"manual\"}")
                     .status,
                 201);
        // A client still taking the assessment cannot get it.
        const auto unfinished = db().exec("INSERT INTO partner_client_assessments"
                                          " (partner_assessment_id, client_email,"
                                          " client_full_name, resume_token_hash) VALUES"
                                          " ($1::uuid, 'belum@example.com', 'Belum Selesai',"
                                          " 'bayar-belum') RETURNING id::text AS id",
                                          {m_eventA})
                                    .front()
                                    .str("id");
        QCOMPARE(send(*m_ownerA, "POST", "/api/v1/partner/executive",
                      "{\"client_ids\": [\"" + unfinished + "\"], \"method\": \"manual\"}")
                     .status,
                 409);
    }

    void executivePostPaidIsOnCreditAtOnce()
    {
        const auto eventC = createEvent(*m_ownerC);
        const auto first = finishedClient(eventC, "Citra Lestari");
        const auto second = finishedClient(eventC, "Dewi Anggraini");
        const auto third = finishedClient(eventC, "Eko Prasetyo");
        const auto result = send(*m_ownerC, "POST", "/api/v1/partner/executive",
                                 "{\"client_ids\": [\"" + first + "\", \"" + second + "\"]}");
        QCOMPARE(result.status, 200);
        QVERIFY(result.json()->isNull("transaction"));
        QCOMPARE(result.json()->getArray("activated_client_ids")->size(), std::size_t(2));
        QCOMPARE(result.json()->getValue<std::int64_t>("credit_amount"), 2 * kExecutivePrice);
        QCOMPARE(number("SELECT count(*) AS n FROM partner_credits WHERE partner_id = $1::uuid"
                        " AND kind = 'executive' AND status = 'pending'",
                        {m_partnerC}),
                 std::int64_t(2));
        QVERIFY(m_ownerC->http.get("/api/v1/partner/clients/" + first)
                    .json()
                    ->getValue<bool>("executive_available"));
        // 100,000 of 120,000 used: one more summary (50,000) is over the limit.
        const auto over = send(*m_ownerC, "POST", "/api/v1/partner/executive",
                               "{\"client_ids\": [\"" + third + "\"]}");
        QCOMPARE(over.status, 409);
        QVERIFY(over.json()->getValue<std::string>("detail").find("Batas kredit") !=
                std::string::npos);
        QVERIFY(!m_ownerC->http.get("/api/v1/partner/clients/" + third)
                     .json()
                     ->getValue<bool>("executive_available"));
    }
};

QTEST_GUILESS_MAIN(TestPartnerPayments)
#include "TestPartnerPayments.moc"

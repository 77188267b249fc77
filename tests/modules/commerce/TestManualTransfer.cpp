// Manual bank transfer end to end: bank instructions at checkout, the buyer's proof, staff
// confirming (the same activation as Xendit) or rejecting, and what each side may not do.
#include "CommerceTestKit.h"

using namespace ey::test;
using namespace ey::test::commerce;

namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\x01');
const std::string kJpeg = std::string("\xff\xd8\xff\xe0", 4) + std::string(64, '\x02');
const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

std::map<std::string, std::string> manualConfig(const FakeXendit& fake)
{
    auto values = xenditConfig(fake);
    values["payments.manual_bank_name"] = "BCA";
    values["payments.manual_account_number"] = "1234567890";
    values["payments.manual_account_holder"] = "PT Ekspor Yuk Indonesia";
    return values;
}

} // namespace

class TestManualTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(nullptr, manualConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_finance =
            std::make_unique<Person>(person(*m_server, "keuangan@eksporyuk.test", {"finance"}));
        m_plan = createCatalogItem(*m_admin, "plans",
                                   planBody("Paket Transfer", {{"1m", 250'000}}, "accumulate",
                                            {{"group", "grup-transfer"}}))
                     ->getValue<std::string>("slug");
    }

    void checkoutGivesBankInstructions()
    {
        auto buyer = fresh();
        const auto invoicesBefore = m_fake->invoices().size();
        const auto created = checkout(buyer);
        QCOMPARE(created.status, 201);
        const auto t = created.json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("PENDING"));
        QCOMPARE(t->getValue<std::string>("gateway"), std::string("manual"));
        QVERIFY(t->isNull("payment_url"));
        const auto bank = t->getObject("bank_transfer");
        QVERIFY(bank);
        QCOMPARE(bank->getValue<std::string>("bank_name"), std::string("BCA"));
        QCOMPARE(bank->getValue<std::string>("account_number"), std::string("1234567890"));
        QCOMPARE(bank->getValue<std::string>("account_holder"),
                 std::string("PT Ekspor Yuk Indonesia"));
        QCOMPARE(bank->getValue<std::int64_t>("amount"), std::int64_t{250'000});
        QCOMPARE(bank->getValue<std::string>("reference"),
                 t->getValue<std::string>("invoice_number"));
        // Xendit was not asked.
        QCOMPARE(m_fake->invoices().size(), invoicesBefore);
    }

    void notConfiguredIsRefused()
    {
        TestServer bare(nullptr, xenditConfig(*m_fake));
        auto admin = person(bare, "admin@eksporyuk.test", {"admin"});
        const auto slug = createPlan(admin, "Paket Tanpa Bank", {{"1m", 100'000}});
        auto buyer = person(bare, "pembeli@eksporyuk.test", {"member_free"});
        auto body = ey::core::json::object();
        body->set("plan_slug", slug);
        body->set("payment_method", "manual");
        const auto answer = postJson(buyer, "/api/v1/checkout", body);
        QCOMPARE(answer.status, 503);
        QVERIFY(answer.json()->getValue<std::string>("detail").find(
                    "payments.manual_account_number") != std::string::npos);
        QCOMPARE(count(bare, "SELECT count(*) AS n FROM transactions", {}), std::int64_t{0});
    }

    void proofThenConfirmActivates_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << QByteArray::fromStdString(kPng) << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray::fromStdString(kJpeg) << QStringLiteral("image/jpeg");
        QTest::newRow("pdf") << QByteArray::fromStdString(kPdf)
                             << QStringLiteral("application/pdf");
    }

    void proofThenConfirmActivates()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, mime);
        auto buyer = fresh();
        const auto invoice = checkout(buyer).json()->getValue<std::string>("invoice_number");
        const auto staffNotes = notesOf(m_finance->id);

        const auto uploaded = upload(buyer, invoice, file.toStdString());
        QCOMPARE(uploaded.status, 200);
        QVERIFY(!uploaded.json()->isNull("proof_uploaded_at"));
        // Staff with sales.manage are told.
        QCOMPARE(notesOf(m_finance->id), staffNotes + 1);

        const auto proof = m_admin->http.get("/api/v1/admin/transactions/" + invoice + "/proof");
        QCOMPARE(proof.status, 200);
        QCOMPARE(proof.body, file.toStdString());
        QCOMPARE(proof.header("content-type"), mime.toStdString());
        QCOMPARE(buyer.http.get("/api/v1/admin/transactions/" + invoice + "/proof").status, 403);

        QVERIFY(!access(buyer, "group", "grup-transfer"));
        const auto confirmed =
            postJson(*m_finance, "/api/v1/admin/transactions/" + invoice + "/confirm",
                     ey::core::json::object());
        QCOMPARE(confirmed.status, 200);
        const auto t = confirmed.json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("PAID"));
        // The same activation as a Xendit payment: membership, grants, ledger, the buyer told.
        QCOMPARE(buyer.http.get("/api/v1/me/membership").json()->getValue<bool>("active"), true);
        QVERIFY(access(buyer, "group", "grup-transfer"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM journal_entries WHERE kind = 'sale' AND "
                       "reference = $1",
                       {invoice}),
                 std::int64_t{1});
        QCOMPARE(notesOf(buyer.id), 1);
        const auto history = t->getArray("history");
        const auto last = history->getObject(static_cast<unsigned>(history->size() - 1));
        QCOMPARE(last->getValue<std::string>("to"), std::string("PAID"));
        QVERIFY(last->getValue<std::string>("note").find(m_finance->id) != std::string::npos);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM activity_log WHERE action = "
                       "'transaction.confirm_manual' AND actor_id = $1 AND entity_id = $2",
                       {m_finance->id, t->getValue<std::string>("id")}),
                 std::int64_t{1});

        // Not PENDING any more: 409 for both, and no second upload.
        QCOMPARE(postJson(*m_finance, "/api/v1/admin/transactions/" + invoice + "/confirm",
                          ey::core::json::object())
                     .status,
                 409);
        QCOMPARE(reject(*m_finance, invoice, "terlambat").status, 409);
        QCOMPARE(upload(buyer, invoice, kPng).status, 409);
    }

    void rejectTellsTheBuyer()
    {
        auto buyer = fresh();
        const auto invoice = checkout(buyer).json()->getValue<std::string>("invoice_number");
        QCOMPARE(upload(buyer, invoice, kPng).status, 200);
        const auto rejected = reject(*m_admin, invoice, "Nominal transfer tidak sesuai");
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json()->getValue<std::string>("status"), std::string("FAILED"));
        QCOMPARE(rejected.json()->getValue<std::string>("failure_reason"),
                 std::string("Nominal transfer tidak sesuai"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND message "
                       "LIKE '%Nominal transfer tidak sesuai%'",
                       {buyer.id}),
                 std::int64_t{1});
        QVERIFY(!access(buyer, "group", "grup-transfer"));
        auto empty = ey::core::json::object();
        const auto noReason =
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/reject", empty);
        QCOMPARE(noReason.status, 422);
    }

    void proofRefusals()
    {
        auto buyer = fresh();
        auto stranger = fresh();
        const auto invoice = checkout(buyer).json()->getValue<std::string>("invoice_number");
        // Only PNG, JPEG or PDF, by content.
        QCOMPARE(upload(buyer, invoice, "GIF89a" + std::string(64, 'x')).status, 415);
        QCOMPARE(upload(buyer, invoice, "hanya teks, bukan gambar").status, 415);
        QCOMPARE(upload(buyer, invoice, "").status, 422);
        // At most 5 MiB.
        QCOMPARE(upload(buyer, invoice, kPng + std::string(5 * 1024 * 1024, '\0')).status, 413);
        // Only the buyer.
        QCOMPARE(upload(stranger, invoice, kPng).status, 404);
        // Only manual transfers.
        auto body = ey::core::json::object();
        body->set("plan_slug", m_plan);
        const auto online = checkoutInvoice(buyer, body);
        QCOMPARE(upload(buyer, online, kPng).status, 409);
        QCOMPARE(postJson(*m_admin, "/api/v1/admin/transactions/" + online + "/confirm",
                          ey::core::json::object())
                     .status,
                 409);
        // Staff only for confirm and reject; no proof yet to show.
        QCOMPARE(postJson(buyer, "/api/v1/admin/transactions/" + invoice + "/confirm",
                          ey::core::json::object())
                     .status,
                 403);
        QCOMPARE(reject(buyer, invoice, "saya").status, 403);
        QCOMPARE(m_admin->http.get("/api/v1/admin/transactions/" + invoice + "/proof").status, 404);
    }

private:
    Person fresh()
    {
        return person(*m_server, "transfer-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    HttpResult checkout(const Person& buyer)
    {
        auto body = ey::core::json::object();
        body->set("plan_slug", m_plan);
        body->set("payment_method", "manual");
        return postJson(buyer, "/api/v1/checkout", body);
    }

    HttpResult upload(const Person& who, const std::string& invoice, const std::string& bytes)
    {
        return who.http.request("POST", "/api/v1/me/transactions/" + invoice + "/proof", bytes,
                                {{"Content-Type", "application/octet-stream"}});
    }

    HttpResult reject(const Person& who, const std::string& invoice, const std::string& reason)
    {
        auto body = ey::core::json::object();
        body->set("reason", reason);
        return postJson(who, "/api/v1/admin/transactions/" + invoice + "/reject", body);
    }

    int notesOf(const std::string& userId)
    {
        return static_cast<int>(count(
            *m_server, "SELECT count(*) AS n FROM notifications WHERE user_id = $1", {userId}));
    }

    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_finance;
    std::string m_plan;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestManualTransfer)
#include "TestManualTransfer.moc"

// Post-paid partners' monthly invoices on a real database: credits land in the Jakarta month they
// were used in, the current month is never billed, a roll-up (twice, or two at once) bills once,
// reminders go out when due and not after payment, paying frees the credit limit, and who may see
// and settle what.
#include "PartnerTestKit.h"

#include "AssessmentDefinition.h"
#include "InvoiceService.h"
#include "ScoringEngine.h"

#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

namespace {

const std::string kAssessmentCode = "TAGIHAN-UJI";

/// Unix milliseconds of a UTC moment.
std::int64_t utcMs(int y, unsigned m, unsigned d, int hour, int minute = 0)
{
    using namespace std::chrono;
    const auto at = sys_days{year{y} / month{m} / day{d}} + hours{hour} + minutes{minute};
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

void setClock(ManualClock& clock, std::int64_t ms)
{
    clock.advanceMs(ms - clock.nowMs());
}

} // namespace

class TestPartnerInvoices : public QObject
{
    Q_OBJECT

    // The server's clock: 1 December 2026, 08:00 in Jakarta. October and November are closed.
    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_finance;
    std::string m_assessment;
    int m_clientCount = 0;

    core::Db& db() { return m_server->instance().db(); }

    /// A post-paid partner with its signed-in owner.
    std::pair<std::string, std::unique_ptr<Person>>
    postPaidPartner(const std::string& email, const std::string& institution, std::int64_t limit)
    {
        const auto id = createPartner(*m_admin, email, institution, "before_payment");
        const auto patched = send(*m_admin, "PATCH", "/api/v1/admin/partners/" + id,
                                  R"({"credit_limit": )" + std::to_string(limit) + "}");
        if (patched.status != 200)
            throw std::runtime_error("setting the credit limit failed: " + patched.body);
        return {id, std::make_unique<Person>(signIn(*m_server, email))};
    }

    std::string createEvent(const Person& owner, const std::string& code, std::int64_t price)
    {
        const auto created =
            send(owner, "POST", "/api/v1/partner/events",
                 R"({"assessment_id": ")" + m_assessment + R"(", "reference_code": ")" + code +
                     R"(", "price": )" + std::to_string(price) + "}");
        if (created.status != 201)
            throw std::runtime_error("creating the event failed: " + created.body);
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
            core::json::parseObject(definitionJson(kAssessmentCode)));
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
                  {eventId, email, name, "uji-" + email, content})
            .front()
            .str("id");
    }

    static std::string report(const std::string& clientId)
    {
        return "/api/v1/partner/clients/" + clientId + "/report.pdf";
    }

    /// Downloads the client's report (which records its credit) and dates that credit `at`.
    std::string usedAt(const Person& owner, const std::string& eventId, const std::string& name,
                       const std::string& at)
    {
        const auto client = finishedClient(eventId, name);
        const auto downloaded = owner.http.get(report(client));
        if (downloaded.status != 200)
            throw std::runtime_error("downloading the report failed: " + downloaded.body);
        db().exec("UPDATE partner_credits SET created_at = $2::timestamptz"
                  " WHERE partner_client_assessment_id = $1::uuid",
                  {client, at});
        return client;
    }

    core::json::ObjectPtr invoiceOf(const std::string& partnerId, const std::string& periodStart)
    {
        const auto rows = db().exec("SELECT id::text AS id FROM partner_transactions WHERE"
                                    " partner_id = $1::uuid AND kind = 'monthly_invoice'"
                                    " AND period_start = $2::date",
                                    {partnerId, periodStart});
        if (rows.empty())
            return nullptr;
        const auto detail =
            m_finance->http.get("/api/v1/finance/partner-invoices/" + rows.front().str("id"));
        if (detail.status != 200)
            throw std::runtime_error("reading the invoice failed: " + detail.body);
        return detail.json();
    }

    std::int64_t invoiceCount(const std::string& partnerId)
    {
        return db()
            .exec("SELECT count(*) AS n FROM partner_transactions WHERE partner_id = $1::uuid"
                  " AND kind = 'monthly_invoice'",
                  {partnerId})
            .front()
            .i64("n");
    }

    std::vector<std::string> lineNames(const core::json::ObjectPtr& invoice)
    {
        std::vector<std::string> names;
        const auto lines = invoice->getArray("lines");
        for (std::size_t i = 0; i < lines->size(); ++i)
            names.push_back(
                lines->getObject(static_cast<unsigned>(i))->getValue<std::string>("client_name"));
        std::sort(names.begin(), names.end());
        return names;
    }

    /// The newest notification of a user whose title starts with `prefix` ("" when none).
    std::string latestMessage(const std::string& userId, const std::string& prefix)
    {
        const auto rows = db().exec("SELECT title || ' | ' || message AS text FROM notifications"
                                    " WHERE user_id = $1::uuid AND starts_with(title, $2)"
                                    " ORDER BY created_at DESC, id DESC LIMIT 1",
                                    {userId, prefix});
        return rows.empty() ? std::string() : rows.front().str("text");
    }

    int rollUp(const Person& who)
    {
        const auto result = send(who, "POST", "/api/v1/finance/partner-invoices/roll-up", "{}");
        if (result.status != 200)
            throw std::runtime_error("roll-up failed: " + result.body);
        return result.json()->getValue<int>("created");
    }

private slots:
    void initTestCase()
    {
        setClock(m_clock, utcMs(2026, 12, 1, 1));
        m_server = std::make_unique<TestServer>(
            &m_clock, std::map<std::string, std::string>{
                          {"partner.invoice_sweep_seconds", "86400"},
                          {"payments.manual_bank_name", "BCA"},
                          {"payments.manual_account_number", "1234567890"},
                          {"payments.manual_account_holder", "PT EksporYuk Indonesia"}});
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_finance = std::make_unique<Person>(
            person(*m_server, "keuangan@example.com", {"finance"}, "Tim Keuangan"));
        m_assessment = publishedAssessment(*m_admin, kAssessmentCode);
    }

    void remindersGoOutWhenDueAndNotAfterPayment()
    {
        auto [partner, owner] = postPaidPartner("mitra-ingat@example.com", "PT Ingat", 5'000'000);
        const auto event = createEvent(*owner, "INGAT01", 275000);
        usedAt(*owner, event, "Eka Ingat", "2026-11-20T05:00:00Z");
        QCOMPARE(rollUp(*m_finance), 1);
        const auto invoiceId = field(invoiceOf(partner, "2026-11-01"), "id");

        // The worker's own steps, driven by a clock of the test's.
        ManualClock later;
        ey::partner::InvoiceService service(db(), later, m_server->instance().notify(),
                                            m_server->instance().config());
        setClock(later, utcMs(2026, 12, 12, 1, 59)); // 08:59 Jakarta: one minute early
        QCOMPARE(service.sendDueReminders(), 0);
        setClock(later, utcMs(2026, 12, 12, 2, 0));
        QCOMPARE(service.sendDueReminders(), 1);
        const auto reminder = latestMessage(owner->id, "Pengingat tagihan");
        QVERIFY2(reminder.find("Rp 275.000") != std::string::npos, reminder.c_str());
        QVERIFY2(reminder.find("jatuh tempo 15 Desember 2026") != std::string::npos,
                 reminder.c_str());
        QCOMPARE(service.sendDueReminders(), 0); // sent once

        setClock(later, utcMs(2026, 12, 15, 3, 0));
        QCOMPARE(service.sendDueReminders(), 1);
        QVERIFY(latestMessage(owner->id, "Tagihan " +
                                             field(invoiceOf(partner, "2026-11-01"), "number") +
                                             " jatuh tempo hari ini") != "");

        // Paid: the last reminder is cancelled and nobody is chased for it.
        QCOMPARE(send(*m_finance, "POST",
                      "/api/v1/finance/partner-invoices/" + invoiceId + "/mark-paid",
                      R"({"note": "Transfer BCA 16/12"})")
                     .status,
                 200);
        setClock(later, utcMs(2026, 12, 23, 0, 0));
        QCOMPARE(service.sendDueReminders(), 0);
        QCOMPARE(latestMessage(owner->id, "Tagihan " +
                                              field(invoiceOf(partner, "2026-11-01"), "number") +
                                              " lewat"),
                 std::string());
        const auto reminders = invoiceOf(partner, "2026-11-01")->getArray("reminders");
        QCOMPARE(reminders->size(), std::size_t(3));
        QCOMPARE(reminders->getObject(0)->getValue<std::string>("status"), std::string("sent"));
        QCOMPARE(reminders->getObject(1)->getValue<std::string>("status"), std::string("sent"));
        QCOMPARE(reminders->getObject(2)->getValue<std::string>("status"),
                 std::string("cancelled"));

        // A reminder still scheduled for a paid invoice (a race with the payment) is cancelled
        // by the sender instead of sent.
        db().exec("UPDATE partner_invoice_reminders SET status = 'scheduled'"
                  " WHERE partner_transaction_id = $1::uuid AND status = 'cancelled'",
                  {invoiceId});
        QCOMPARE(service.sendDueReminders(), 0);
        QCOMPARE(db().exec("SELECT count(*) AS n FROM partner_invoice_reminders WHERE"
                           " partner_transaction_id = $1::uuid AND status = 'cancelled'",
                           {invoiceId})
                     .front()
                     .i64("n"),
                 std::int64_t(1));
    }

    void creditsLandInTheirJakartaMonthAndTheCurrentMonthWaits()
    {
        auto [partner, owner] = postPaidPartner("mitra-bulan@example.com", "PT Bulan", 10'000'000);
        const auto event = createEvent(*owner, "BULAN2026", 150000);
        // 31 Oct 23:00 Jakarta → October; 1 Nov 01:00 Jakarta → November; 30 Nov 23:30 Jakarta
        // → November; 1 Dec 00:30 Jakarta → December, the month still running.
        usedAt(*owner, event, "Ani Oktober", "2026-10-31T16:00:00Z");
        usedAt(*owner, event, "Budi November", "2026-10-31T18:00:00Z");
        usedAt(*owner, event, "Citra November", "2026-11-30T16:30:00Z");
        usedAt(*owner, event, "Dedi Desember", "2026-11-30T17:30:00Z");

        QCOMPARE(rollUp(*m_finance), 2);

        const auto october = invoiceOf(partner, "2026-10-01");
        QVERIFY(october);
        QCOMPARE(field(october, "period_end"), std::string("2026-10-31"));
        QCOMPARE(october->getValue<std::int64_t>("amount"), std::int64_t(150000));
        QCOMPARE(lineNames(october), (std::vector<std::string>{"Ani Oktober"}));

        const auto november = invoiceOf(partner, "2026-11-01");
        QVERIFY(november);
        QCOMPARE(field(november, "kind"), std::string("monthly_invoice"));
        QCOMPARE(field(november, "status"), std::string("pending"));
        QCOMPARE(november->getValue<std::int64_t>("amount"), std::int64_t(300000));
        QCOMPARE(november->getValue<int>("client_count"), 2);
        QCOMPARE(lineNames(november),
                 (std::vector<std::string>{"Budi November", "Citra November"}));
        // Due 14 days after 1 December, at 23:59 in Jakarta.
        QCOMPARE(field(november, "due_at"), std::string("2026-12-15T16:59:00Z"));
        QVERIFY(november->isNull("method"));
        // Reminders at 09:00 Jakarta: three days before, on the day, a week after.
        const auto reminders = november->getArray("reminders");
        QCOMPARE(reminders->size(), std::size_t(3));
        QCOMPARE(reminders->getObject(0)->getValue<std::string>("due_at"),
                 std::string("2026-12-12T02:00:00Z"));
        QCOMPARE(reminders->getObject(2)->getValue<std::string>("due_at"),
                 std::string("2026-12-22T02:00:00Z"));
        QCOMPARE(reminders->getObject(0)->getValue<std::string>("status"),
                 std::string("scheduled"));

        // December is still running: its credit stays pending and counts against the limit.
        const auto credit = owner->http.get("/api/v1/partner/credit");
        QCOMPARE(credit.status, 200);
        const auto view = credit.json();
        QCOMPARE(field(view, "payment_model"), std::string("before_payment"));
        QCOMPARE(view->getValue<std::int64_t>("pending_amount"), std::int64_t(150000));
        QCOMPARE(view->getValue<std::int64_t>("billed_unpaid_amount"), std::int64_t(450000));
        QCOMPARE(view->getValue<std::int64_t>("outstanding"), std::int64_t(600000));
        QCOMPARE(view->getValue<std::int64_t>("available"), std::int64_t(9'400'000));
        const auto months = view->getArray("months");
        QCOMPARE(months->size(), std::size_t(12));
        QCOMPARE(months->getObject(0)->getValue<std::string>("month"), std::string("2026-01"));
        QCOMPARE(months->getObject(9)->getValue<std::int64_t>("amount"), std::int64_t(150000));
        QCOMPARE(months->getObject(10)->getValue<std::int64_t>("amount"), std::int64_t(300000));
        QCOMPARE(months->getObject(11)->getValue<std::string>("month"), std::string("2026-12"));
        QCOMPARE(months->getObject(11)->getValue<std::int64_t>("amount"), std::int64_t(150000));
        QCOMPARE(months->getObject(5)->getValue<std::int64_t>("amount"), std::int64_t(0));

        // The owner hears of it with the number, amount, due date and where to pay.
        const auto told = latestMessage(owner->id, "Tagihan bulanan November 2026");
        QVERIFY2(told.find("Rp 300.000") != std::string::npos, told.c_str());
        QVERIFY2(told.find("15 Desember 2026") != std::string::npos, told.c_str());
        QVERIFY2(told.find("BCA 1234567890 a.n. PT EksporYuk Indonesia") != std::string::npos,
                 told.c_str());
        QVERIFY2(told.find(field(november, "number")) != std::string::npos, told.c_str());
        QCOMPARE(auditCount(*m_server, "partner.invoice.create", field(november, "id")), 1);

        // Nothing new to bill: a second run creates nothing.
        QCOMPARE(rollUp(*m_finance), 0);
        QCOMPARE(invoiceCount(partner), std::int64_t(2));
    }

    void concurrentRollUpsBillOnce()
    {
        // A second server instance on the same database: its worker does its start-up pass now,
        // while nothing is billable; then its roll-up route races the first server's.
        TestServer other(*m_server, &m_clock);
        auto [partner, owner] =
            postPaidPartner("mitra-serentak@example.com", "PT Serentak", 5'000'000);
        const auto event = createEvent(*owner, "SERENTAK1", 100000);
        for (int i = 0; i < 5; ++i)
            usedAt(*owner, event, "Klien Serentak " + std::to_string(i),
                   "2026-09-1" + std::to_string(i) + "T05:00:00Z");
        Person second{m_finance->id, HttpClient(other.baseUrl())};
        second.http.setToken(m_finance->http.token());
        std::atomic<int> created{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> runners;
        for (const Person* who : {m_finance.get(), &second, m_admin.get(), &second})
            runners.emplace_back([&, who] {
                try {
                    created += rollUp(*who);
                } catch (...) {
                    ++failures;
                }
            });
        for (auto& runner : runners)
            runner.join();
        QCOMPARE(failures.load(), 0);
        // One of the racing runs made it (or, on a slow machine, the second server's start-up
        // pass did): never more than one, and every credit on it.
        QVERIFY(created.load() <= 1);
        QCOMPARE(invoiceCount(partner), std::int64_t(1));
        QCOMPARE(rollUp(second), 0);
        const auto september = invoiceOf(partner, "2026-09-01");
        QVERIFY(september);
        QCOMPARE(september->getValue<std::int64_t>("amount"), std::int64_t(500000));
        QCOMPARE(september->getArray("lines")->size(), std::size_t(5));
        // Already overdue when billed: no reminder is scheduled in the past.
        QCOMPARE(september->getArray("reminders")->size(), std::size_t(0));
    }

    void markPaidFreesTheCreditLimit()
    {
        auto [partner, owner] = postPaidPartner("mitra-lunas@example.com", "PT Lunas", 200000);
        const auto event = createEvent(*owner, "LUNAS01", 100000);
        usedAt(*owner, event, "Fajar Lunas", "2026-11-10T05:00:00Z");
        usedAt(*owner, event, "Gita Lunas", "2026-11-11T05:00:00Z");
        const auto third = finishedClient(event, "Hana Lunas");
        QCOMPARE(owner->http.get(report(third)).status, 409); // limit reached

        QCOMPARE(rollUp(*m_finance), 1);
        // Billed but unpaid still counts against the limit.
        QCOMPARE(owner->http.get(report(third)).status, 409);
        auto credit = owner->http.get("/api/v1/partner/credit").json();
        QCOMPARE(credit->getValue<std::int64_t>("billed_unpaid_amount"), std::int64_t(200000));
        QCOMPARE(credit->getValue<std::int64_t>("available"), std::int64_t(0));

        // A new client cannot start either: the start check counts the same used credit.
        HttpClient visitor(m_server->baseUrl());
        const auto start = [&visitor](const std::string& email) {
            return visitor.request(
                "POST", "/api/v1/partner-events/LUNAS01/clients",
                R"({"email": ")" + email +
                    R"(", "full_name": "Klien Baru", "organization": "CV Baru"})",
                {{"Content-Type", "application/json"}});
        };
        QCOMPARE(start("baru-1@example.com").status, 409);

        const auto invoiceId = field(invoiceOf(partner, "2026-11-01"), "id");
        const auto path = "/api/v1/finance/partner-invoices/" + invoiceId + "/mark-paid";
        // The partner cannot settle its own invoice.
        QCOMPARE(send(*owner, "POST", path, "{}").status, 403);

        // Two finance clicks at once: paid once, the other told it is already paid.
        auto second = std::make_unique<Person>(signIn(*m_server, "keuangan@example.com"));
        std::vector<int> statuses(2);
        std::thread a([&] { statuses[0] = send(*m_finance, "POST", path, "{}").status; });
        std::thread b(
            [&] { statuses[1] = send(*second, "POST", path, R"({"note": "BCA 0112"})").status; });
        a.join();
        b.join();
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (std::vector<int>{200, 409}));
        const auto again = send(*m_finance, "POST", path, "{}");
        QCOMPARE(again.status, 409);
        QVERIFY2(field(again.json(), "detail").find("sudah lunas") != std::string::npos,
                 again.body.c_str());
        QCOMPARE(auditCount(*m_server, "partner.invoice.mark_paid", invoiceId), 1);
        QCOMPARE(db().exec("SELECT count(*) AS n FROM partner_logs WHERE partner_id = $1::uuid"
                           " AND action = 'invoice.paid'",
                           {partner})
                     .front()
                     .i64("n"),
                 std::int64_t(1));

        const auto paid = owner->http.get("/api/v1/partner/invoices/" + invoiceId).json();
        QCOMPARE(field(paid, "status"), std::string("paid"));
        QVERIFY(!paid->isNull("paid_at"));
        QVERIFY(latestMessage(owner->id, "Tagihan " + field(paid, "number") + " lunas")
                    .find("Rp 200.000") != std::string::npos);
        credit = owner->http.get("/api/v1/partner/credit").json();
        QCOMPARE(credit->getValue<std::int64_t>("outstanding"), std::int64_t(0));
        QCOMPARE(credit->getValue<std::int64_t>("available"), std::int64_t(200000));

        // The limit is free again: the refused report downloads now, a new client may start.
        QCOMPARE(owner->http.get(report(third)).status, 200);
        QCOMPARE(start("baru-2@example.com").status, 201);
    }

    void whoMaySeeWhat()
    {
        auto [partnerA, ownerA] = postPaidPartner("mitra-a@example.com", "PT Alfa", 1'000'000);
        auto [partnerB, ownerB] = postPaidPartner("mitra-b@example.com", "PT Beta", 1'000'000);
        const auto event = createEvent(*ownerA, "ALFA0001", 50000);
        usedAt(*ownerA, event, "Indra Alfa", "2026-11-02T05:00:00Z");
        QCOMPARE(rollUp(*m_admin), 1);
        const auto invoiceId = field(invoiceOf(partnerA, "2026-11-01"), "id");

        // The owner sees its own, with every client line.
        const auto own = ownerA->http.get("/api/v1/partner/invoices/" + invoiceId);
        QCOMPARE(own.status, 200);
        QCOMPARE(lineNames(own.json()), (std::vector<std::string>{"Indra Alfa"}));
        const auto list = ownerA->http.get("/api/v1/partner/invoices?status=pending");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()->getArray("items")->size(), std::size_t(1));

        // Another partner: 404, never a hint that it exists; its own list is empty.
        QCOMPARE(ownerB->http.get("/api/v1/partner/invoices/" + invoiceId).status, 404);
        QCOMPARE(ownerB->http.get("/api/v1/partner/invoices?partner_id=" + partnerA).status, 404);
        QCOMPARE(ownerB->http.get("/api/v1/partner/invoices").json()->getArray("items")->size(),
                 std::size_t(0));

        // An operator runs events but does not see billing.
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/partners/" + partnerA + "/operators",
                      R"({"email": "operator-a@example.com", "full_name": "Operator Alfa",
                          "password": ")" +
                          kTestPassword + R"("})")
                     .status,
                 201);
        const auto operatorA = signIn(*m_server, "operator-a@example.com");
        QCOMPARE(operatorA.http.get("/api/v1/partner/invoices").status, 403);
        QCOMPARE(operatorA.http.get("/api/v1/partner/credit").status, 403);
        QCOMPARE(ownerA->http.get("/api/v1/finance/partner-invoices").status, 403);

        // Finance sees every partner's, filtered; an admin acts for a partner by partner_id.
        const auto finance =
            m_finance->http.get("/api/v1/finance/partner-invoices?partner_id=" + partnerA);
        QCOMPARE(finance.status, 200);
        QCOMPARE(finance.json()->getArray("items")->size(), std::size_t(1));
        QCOMPARE(m_finance->http.get("/api/v1/finance/partner-invoices?status=bogus").status, 422);
        const auto forA = m_admin->http.get("/api/v1/partner/invoices?partner_id=" + partnerA);
        QCOMPARE(forA.status, 200);
        QCOMPARE(forA.json()->getArray("items")->size(), std::size_t(1));
        QCOMPARE(m_admin->http.get("/api/v1/partner/credit?partner_id=" + partnerB).status, 200);
        QCOMPARE(m_finance->http.get("/api/v1/finance/partner-invoices/" + partnerB).status, 404);
    }

    void financeListPages()
    {
        const auto first = m_finance->http.get("/api/v1/finance/partner-invoices?limit=2");
        QCOMPARE(first.status, 200);
        const auto body = first.json();
        QCOMPARE(body->getArray("items")->size(), std::size_t(2));
        QVERIFY(!body->isNull("next_cursor"));
        std::size_t total = 2;
        auto cursor = field(body, "next_cursor");
        while (true) {
            const auto page =
                m_finance->http.get("/api/v1/finance/partner-invoices?limit=2&cursor=" + cursor);
            QCOMPARE(page.status, 200);
            total += page.json()->getArray("items")->size();
            if (page.json()->isNull("next_cursor"))
                break;
            cursor = field(page.json(), "next_cursor");
        }
        const auto all = db().exec("SELECT count(*) AS n FROM partner_transactions"
                                   " WHERE kind = 'monthly_invoice'");
        QCOMPARE(static_cast<std::int64_t>(total), all.front().i64("n"));
    }

    void lateCreditOfASettledMonthGoesOnTheNextInvoice()
    {
        auto [partner, owner] = postPaidPartner("mitra-telat@example.com", "PT Telat", 1'000'000);
        const auto event = createEvent(*owner, "TELAT001", 60000);
        usedAt(*owner, event, "Kiki Oktober", "2026-10-20T05:00:00Z");
        QCOMPARE(rollUp(*m_finance), 1);
        const auto october = field(invoiceOf(partner, "2026-10-01"), "id");
        QCOMPARE(send(*m_finance, "POST",
                      "/api/v1/finance/partner-invoices/" + october + "/mark-paid", "{}")
                     .status,
                 200);
        // A download that began on 31 October committed after October was billed and paid.
        usedAt(*owner, event, "Lala Terlambat", "2026-10-31T16:59:00Z");
        QCOMPARE(rollUp(*m_finance), 1);
        const auto paid = invoiceOf(partner, "2026-10-01");
        QCOMPARE(field(paid, "status"), std::string("paid"));
        QCOMPARE(paid->getValue<std::int64_t>("amount"), std::int64_t(60000));
        const auto november = invoiceOf(partner, "2026-11-01");
        QVERIFY(november);
        QCOMPARE(lineNames(november), (std::vector<std::string>{"Lala Terlambat"}));
        QCOMPARE(november->getValue<std::int64_t>("amount"), std::int64_t(60000));
        QCOMPARE(rollUp(*m_finance), 0);
    }

    /// Last: swaps in a server whose "partner-invoices" worker runs every second.
    void workerBillsClosedMonthsOnItsOwn()
    {
        m_server = std::make_unique<TestServer>(
            &m_clock, std::map<std::string, std::string>{{"partner.invoice_sweep_seconds", "1"}});
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_finance = std::make_unique<Person>(
            person(*m_server, "keuangan@example.com", {"finance"}, "Tim Keuangan"));
        m_assessment = publishedAssessment(*m_admin, kAssessmentCode);
        auto [partner, owner] =
            postPaidPartner("mitra-otomatis@example.com", "PT Otomatis", 1'000'000);
        const auto event = createEvent(*owner, "OTOMATIS1", 80000);
        usedAt(*owner, event, "Joko Otomatis", "2026-11-05T05:00:00Z");
        QTRY_COMPARE_WITH_TIMEOUT(invoiceCount(partner), std::int64_t(1), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!latestMessage(owner->id, "Tagihan bulanan").empty(), 20000);
        QVERIFY(latestMessage(owner->id, "Tagihan bulanan").find("Rp 80.000") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPartnerInvoices)
#include "TestPartnerInvoices.moc"

// The ledger's invariants under 1,000 random purchases, upgrades and refunds (seeded; the seed is
// printed and can be replayed with EY_LEDGER_SEED): every entry sums to zero, every wallet equals
// the sum of its postings, founder:co-founder is 60:40 within a rupiah, nothing is refunded twice.
#include "CommerceTestKit.h"

#include "CommerceService.h"
#include "Problem.h"

#include <chrono>
#include <cstdlib>
#include <random>

using namespace ey::test;
using namespace ey::test::commerce;
namespace shop = ey::commerce;

class TestLedgerInvariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        auto config = xenditConfig(*m_fake);
        config["payments.manual_bank_name"] = "BCA";
        config["payments.manual_account_number"] = "1234567890";
        config["payments.manual_account_holder"] = "PT Ekspor Yuk Indonesia";
        m_server = std::make_unique<TestServer>(nullptr, config);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));

        for (int i = 0; i < 3; ++i)
            m_affiliates.push_back(createUser(m_server->instance(),
                                              "mitra" + std::to_string(i) + "@eksporyuk.test",
                                              {"affiliate"}));
        const auto mentor = createUser(m_server->instance(), "mentor@eksporyuk.test", {"mentor"});
        for (int i = 0; i < 12; ++i)
            m_buyers.push_back(createUser(m_server->instance(),
                                          "pembeli" + std::to_string(i) + "@eksporyuk.test",
                                          {"member_free"}));

        const std::vector<std::pair<std::string, std::string>> plans = {
            {"Paket Dasar", "accumulate"}, {"Paket Pro", "accumulate"}, {"Paket Elite", "full"}};
        std::int64_t base = 99'999;
        int commission = 5;
        for (const auto& [title, mode] : plans) {
            auto body =
                planBody(title, {{"1m", base}, {"12m", base * 10 + 7}, {"lifetime", base * 25 + 3}},
                         mode, {{"group", "grup-" + title}});
            body->set("commission_type", "percent");
            body->set("commission_value", commission);
            m_plans.push_back(
                createCatalogItem(*m_admin, "plans", body)->getValue<std::string>("slug"));
            base = base * 2 + 1;
            commission += 7;
        }
        m_products.push_back(createProduct(*m_admin, "Ebook Ganjil", 77'777, 30, {}, 13).second);
        m_products.push_back(createProduct(*m_admin, "Template Rp 1", 1).second);
        auto kelas = ey::core::json::object();
        kelas->set("title", "Kelas Mentor");
        kelas->set("category", "kelas");
        kelas->set("status", "publish");
        kelas->set("base_price", 333'333);
        kelas->set("affiliate_percent", 20);
        kelas->set("creator_id", mentor);
        m_products.push_back(
            createCatalogItem(*m_admin, "products", kelas)->getValue<std::string>("slug"));

        for (std::size_t i = 0; i < m_affiliates.size(); ++i) {
            auto coupon = ey::core::json::object();
            coupon->set("code", "MITRA" + std::to_string(i));
            coupon->set("kind", i == 0 ? "nominal" : "percent");
            coupon->set("value", i == 0 ? 12'345 : static_cast<std::int64_t>(7 * (i + 1)));
            coupon->set("owner_affiliate_id", m_affiliates[i]);
            createCatalogItem(*m_admin, "coupons", coupon);
            m_coupons.push_back("MITRA" + std::to_string(i));
        }
    }

    void randomHistoryKeepsTheLedgerSound()
    {
        const char* fromEnv = std::getenv("EY_LEDGER_SEED");
        const auto seed = fromEnv
                              ? std::strtoull(fromEnv, nullptr, 10)
                              : static_cast<unsigned long long>(
                                    std::chrono::steady_clock::now().time_since_epoch().count());
        qInfo("EY_LEDGER_SEED=%llu", seed);
        m_seedText = "EY_LEDGER_SEED=" + std::to_string(seed);
        std::mt19937_64 random(seed);
        auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };

        auto& service = m_server->instance().commerce();
        const shop::Actor staff{m_admin->id, "127.0.0.1"};
        const std::vector<std::string> durations = {"1m", "12m", "lifetime"};
        std::vector<std::string> paid;
        int purchases = 0;
        int refunds = 0;
        int refused = 0;
        std::map<std::string, int> reasons;
        for (int step = 0; step < 1000; ++step) {
            const auto roll = pick(100);
            try {
                if (roll < 70 || paid.empty()) {
                    // A purchase; a plan other than the buyer's active one is an upgrade.
                    shop::CheckoutRequest request;
                    request.paymentMethod = "manual";
                    if (pick(3) != 0) {
                        request.planSlug = m_plans[pick(m_plans.size())];
                        request.duration = durations[pick(durations.size())];
                    } else {
                        request.productSlug = m_products[pick(m_products.size())];
                    }
                    if (pick(2) == 0)
                        request.couponCode = m_coupons[pick(m_coupons.size())];
                    const auto t = service.checkout(m_buyers[pick(m_buyers.size())], request);
                    if (pick(10) == 0) {
                        service.rejectManual(staff, t.invoiceNumber, "uji acak");
                        continue;
                    }
                    service.confirmManual(staff, t.invoiceNumber);
                    paid.push_back(t.invoiceNumber);
                    ++purchases;
                } else {
                    // A refund: part, the rest, or (sometimes) more than is left.
                    const auto& invoice = paid[pick(paid.size())];
                    const auto t = service.transaction(invoice, std::nullopt);
                    shop::RefundRequest request;
                    request.reason = "uji acak";
                    request.revokeAccess = pick(2) == 0;
                    const auto left = t.amount - t.refundedAmount;
                    const auto kind = pick(3);
                    if (kind == 0 && left > 1)
                        request.amount = 1 + static_cast<std::int64_t>(
                                                 random() % static_cast<std::uint64_t>(left - 1));
                    else if (kind == 1)
                        request.amount = left + 1;
                    service.refund(staff, invoice, request);
                    ++refunds;
                }
            } catch (const ey::core::Problem& problem) {
                // Expected refusals: Rp 0 totals, refunds of settled or over-refunded sales.
                QVERIFY2(problem.status() == 409 || problem.status() == 422,
                         (m_seedText + ": " + problem.detail().en).c_str());
                ++refused;
                ++reasons[problem.detail().en.substr(0, 40)];
            }
        }
        qInfo("%d purchases, %d refunds, %d refused", purchases, refunds, refused);
        for (const auto& [reason, n] : reasons)
            qInfo("  refused %d x %s", n, reason.c_str());
        QVERIFY2(purchases > 300 && refunds > 50, m_seedText.c_str());
        checkInvariants();
    }

private:
    void checkInvariants()
    {
        auto& db = m_server->instance().db();
        const auto unbalanced = db.exec("SELECT e.reference, sum(p.amount)::bigint AS total "
                                        "FROM journal_entries e JOIN ledger_postings p "
                                        "ON p.entry_id = e.id GROUP BY e.id, e.reference "
                                        "HAVING sum(p.amount) <> 0");
        QVERIFY2(unbalanced.empty(),
                 (m_seedText + ": unbalanced " +
                  (unbalanced.empty() ? "" : unbalanced.front().str("reference")))
                     .c_str());

        const auto drifted = db.exec(
            "SELECT a.id FROM ledger_accounts a WHERE a.balance <> "
            "COALESCE((SELECT sum(p.amount) FROM ledger_postings p WHERE p.account_id = a.id), 0)");
        QVERIFY2(drifted.empty(), (m_seedText + ": a wallet differs from its postings").c_str());

        // Per sale entry: founder share = 60 % of founder + co-founder within one rupiah.
        const auto split = db.exec(
            "SELECT e.reference, "
            "COALESCE(sum(p.amount) FILTER (WHERE a.role = 'founder'), 0)::bigint AS founder, "
            "COALESCE(sum(p.amount) FILTER (WHERE a.role = 'cofounder'), 0)::bigint AS cofounder "
            "FROM journal_entries e JOIN ledger_postings p ON p.entry_id = e.id "
            "JOIN ledger_accounts a ON a.id = p.account_id WHERE e.kind = 'sale' "
            "GROUP BY e.id, e.reference");
        QVERIFY(split.size() > 300);
        for (const auto& row : split) {
            const auto founder = row.i64("founder");
            const auto cofounder = row.i64("cofounder");
            QVERIFY2(std::llabs(10 * founder - 6 * (founder + cofounder)) <= 10,
                     (m_seedText + ": " + row.str("reference") + " founder " +
                      std::to_string(founder) + " co-founder " + std::to_string(cofounder))
                         .c_str());
        }

        // Refunds: never more than paid, the refund rows and the running total agree, and the
        // ledger took back exactly what was refunded from the customer's side.
        const auto over = db.exec(
            "SELECT t.invoice_number FROM transactions t LEFT JOIN ("
            "SELECT transaction_id, sum(amount) AS refunded FROM transaction_refunds "
            "GROUP BY transaction_id) r ON r.transaction_id = t.id "
            "WHERE COALESCE(r.refunded, 0) <> t.refunded_amount OR t.refunded_amount > t.amount "
            "OR (t.status = 'REFUNDED') <> (t.refunded_amount = t.amount AND t.amount > 0 "
            "AND t.refunded_amount > 0)");
        QVERIFY2(over.empty(), (m_seedText + ": refund totals wrong for " +
                                (over.empty() ? "" : over.front().str("invoice_number")))
                                   .c_str());
        const auto reversed =
            db.exec("SELECT t.invoice_number FROM transactions t WHERE t.refunded_amount > 0 AND "
                    "(SELECT count(*) FROM journal_entries e WHERE e.kind = 'refund' "
                    "AND e.reference LIKE t.invoice_number || '-R%') <> "
                    "(SELECT count(*) FROM transaction_refunds r WHERE r.transaction_id = t.id)");
        QVERIFY2(reversed.empty(), (m_seedText + ": a refund without its ledger entry").c_str());
    }

    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::vector<std::string> m_affiliates;
    std::vector<std::string> m_buyers;
    std::vector<std::string> m_plans;
    std::vector<std::string> m_products;
    std::vector<std::string> m_coupons;
    std::string m_seedText;
};

QTEST_GUILESS_MAIN(TestLedgerInvariants)
#include "TestLedgerInvariants.moc"

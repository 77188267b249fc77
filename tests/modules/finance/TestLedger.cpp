// The ledger against real PostgreSQL: the database itself refuses unbalanced entries, a sale
// posts once however often it is reported, refunds reverse proportionally and never exceed the
// sale, and after 1,000 random sales and refunds every entry balances and every wallet equals the
// sum of its postings.
#include "FinanceService.h"
#include "LedgerStore.h"

#include "Db.h"
#include "Problem.h"
#include "TestSupport.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <random>
#include <set>
#include <thread>

using namespace ey;
using namespace ey::finance;

class TestLedger : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<core::Db> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<FinanceService> m_finance;
    std::string m_founder;
    std::string m_cofounder;
    std::string m_affiliate;
    std::string m_mentor;

    std::string user(const std::string& email, const std::string& role)
    {
        const auto id =
            m_db->exec("INSERT INTO users (email, full_name) VALUES ($1, $2) RETURNING id",
                       {email, "Pengguna " + role})
                .front()
                .str("id");
        m_db->exec("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)", {id, role});
        return id;
    }

    Money balance(const std::string& kind, const std::optional<std::string>& owner,
                  const std::optional<std::string>& role)
    {
        const auto rows = m_db->exec("SELECT balance FROM ledger_accounts WHERE kind = $1"
                                     " AND owner_id IS NOT DISTINCT FROM $2::uuid"
                                     " AND role IS NOT DISTINCT FROM $3",
                                     {kind, owner ? core::Param(*owner) : core::Param(std::nullopt),
                                      role ? core::Param(*role) : core::Param(std::nullopt)});
        return rows.empty() ? 0 : rows.front().i64("balance");
    }

    JournalEntry sale(const std::string& reference, Money gross, bool affiliate = true)
    {
        Sale s;
        s.reference = reference;
        s.gross = gross;
        if (affiliate) {
            s.affiliateId = m_affiliate;
            s.commission = {Commission::Kind::Percent, 3000};
        }
        JournalEntry entry;
        m_db->transaction([&](core::Tx& tx) { entry = m_finance->postSale(tx, s); });
        return entry;
    }

    JournalEntry refund(const std::string& saleRef, Money amount, const std::string& ref)
    {
        JournalEntry entry;
        m_db->transaction(
            [&](core::Tx& tx) { entry = m_finance->postRefund(tx, saleRef, amount, ref); });
        return entry;
    }

    std::int64_t count(const std::string& sql, const core::Params& params = {})
    {
        return m_db->exec(sql, params).front().i64("n");
    }

private slots:
    void init()
    {
        m_database = std::make_unique<test::TestDatabase>();
        m_db = std::make_unique<core::Db>(m_database->url(), 12);
        m_finance = std::make_unique<FinanceService>(*m_db, m_clock);
        m_founder = user("founder@example.com", "founder");
        m_cofounder = user("cofounder@example.com", "cofounder");
        m_affiliate = user("affiliate@example.com", "affiliate");
        m_mentor = user("mentor@example.com", "mentor");
    }

    void cleanup()
    {
        m_finance.reset();
        m_db.reset();
        m_database.reset();
    }

    void databaseRefusesUnbalancedEntries()
    {
        // Straight SQL, past the service: one posting of 100 with nothing against it.
        try {
            m_db->transaction([&](core::Tx& tx) {
                const auto entry =
                    tx.exec("INSERT INTO journal_entries (kind, reference, created_at)"
                            " VALUES ('adjustment', 'raw-1', now()) RETURNING id")
                        .front()
                        .str("id");
                const auto account =
                    LedgerStore::account(tx, "company_operational", std::nullopt, std::nullopt);
                tx.exec("INSERT INTO ledger_postings (entry_id, account_id, amount) VALUES ($1, "
                        "$2, 100)",
                        {entry, account});
            });
            QFAIL("an unbalanced entry was committed");
        } catch (const core::DbError& e) {
            QVERIFY(e.isCheckViolation());
            QCOMPARE(e.constraint(), std::string("ledger_entry_balanced"));
        }
        // An entry without postings is refused too, even as a single autocommitted statement.
        QVERIFY_THROWS_EXCEPTION(
            core::DbError, m_db->exec("INSERT INTO journal_entries (kind, reference, created_at)"
                                      " VALUES ('adjustment', 'raw-2', now())"));
        QCOMPARE(count("SELECT count(*) AS n FROM journal_entries"), std::int64_t(0));
        QCOMPARE(count("SELECT count(*) AS n FROM ledger_postings"), std::int64_t(0));
        QCOMPARE(balance("company_operational", std::nullopt, std::nullopt), Money(0));

        // A balanced raw entry goes in, and then can no longer be edited or deleted.
        m_db->transaction([&](core::Tx& tx) {
            const auto entry = tx.exec("INSERT INTO journal_entries (kind, reference, created_at)"
                                       " VALUES ('adjustment', 'raw-3', now()) RETURNING id")
                                   .front()
                                   .str("id");
            const auto a =
                LedgerStore::account(tx, "company_operational", std::nullopt, std::nullopt);
            const auto b = LedgerStore::account(tx, "tax", std::nullopt, std::nullopt);
            LedgerStore::insertPosting(tx, entry, a, -250);
            LedgerStore::insertPosting(tx, entry, b, 250);
        });
        QCOMPARE(balance("tax", std::nullopt, std::nullopt), Money(250));
        QVERIFY_THROWS_EXCEPTION(core::DbError,
                                 m_db->exec("UPDATE ledger_postings SET amount = 1"));
        QVERIFY_THROWS_EXCEPTION(core::DbError, m_db->exec("DELETE FROM ledger_postings"));
        QVERIFY_THROWS_EXCEPTION(core::DbError, m_db->exec("DELETE FROM journal_entries"));
    }

    void saleLandsInEveryWallet()
    {
        const auto entry = sale("INV001", 100000);
        QVERIFY(entry.created);
        QCOMPARE(balance("customer_receivable", std::nullopt, std::nullopt), Money(-100000));
        QCOMPARE(balance("wallet", m_affiliate, "affiliate"), Money(30000));
        QCOMPARE(balance("company_operational", std::nullopt, std::nullopt), Money(10500));
        QCOMPARE(balance("wallet", m_founder, "founder"), Money(35700));
        QCOMPARE(balance("wallet", m_cofounder, "cofounder"), Money(23800));
        QCOMPARE(entry.postings.size(), std::size_t(5));
    }

    void mentorAndGatewayFee()
    {
        m_db->exec("UPDATE finance_config SET mentor_bps = 2000");
        Sale s;
        s.reference = "INV-MENTOR";
        s.gross = 204500;
        s.mentorId = m_mentor;
        s.gatewayFee = 4500;
        m_db->transaction([&](core::Tx& tx) { m_finance->postSale(tx, s); });
        QCOMPARE(balance("gateway_fees", std::nullopt, std::nullopt), Money(4500));
        QCOMPARE(balance("wallet", m_mentor, "mentor"), Money(40000));
        QCOMPARE(balance("company_operational", std::nullopt, std::nullopt), Money(24000));
        QCOMPARE(balance("wallet", m_founder, "founder"), Money(81600));
        QCOMPARE(balance("wallet", m_cofounder, "cofounder"), Money(54400));
    }

    void sameSalePostsOnce()
    {
        const auto first = sale("INV002", 100000);
        const auto second = sale("INV002", 100000);
        QVERIFY(first.created);
        QVERIFY(!second.created);
        QCOMPARE(second.id, first.id);

        // The same payment reported by 16 callbacks at once still posts one entry.
        std::vector<std::thread> workers;
        std::atomic<int> created{0};
        std::atomic<int> failures{0};
        for (int i = 0; i < 16; ++i)
            workers.emplace_back([&] {
                try {
                    if (sale("INV003", 250000).created)
                        ++created;
                } catch (const std::exception&) {
                    ++failures;
                }
            });
        for (auto& worker : workers)
            worker.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(created.load(), 1);
        QCOMPARE(count("SELECT count(*) AS n FROM journal_entries WHERE kind = 'sale'"),
                 std::int64_t(2));
        QCOMPARE(balance("customer_receivable", std::nullopt, std::nullopt), Money(-350000));
        QCOMPARE(balance("wallet", m_affiliate, "affiliate"), Money(30000 + 75000));
    }

    void refundsReverseProportionally()
    {
        sale("INV010", 100000);
        const auto half = refund("INV010", 50000, "RF-1");
        QVERIFY(half.created);
        QCOMPARE(balance("refunds", std::nullopt, std::nullopt), Money(50000));
        QCOMPARE(balance("wallet", m_affiliate, "affiliate"), Money(15000));
        QCOMPARE(balance("wallet", m_founder, "founder"), Money(17850));
        QCOMPARE(balance("wallet", m_cofounder, "cofounder"), Money(11900));
        QCOMPARE(balance("company_operational", std::nullopt, std::nullopt), Money(5250));

        // Repeating a refund is a no-op; more than what is left is refused.
        QVERIFY(!refund("INV010", 50000, "RF-1").created);
        try {
            refund("INV010", 50001, "RF-2");
            QFAIL("a refund above the sale was accepted");
        } catch (const core::Problem& problem) {
            QCOMPARE(problem.status(), 409);
        }
        QCOMPARE(balance("refunds", std::nullopt, std::nullopt), Money(50000));

        // Odd amounts, then the rest: every share ends at exactly zero.
        refund("INV010", 33333, "RF-3");
        refund("INV010", 16667, "RF-4");
        QCOMPARE(balance("refunds", std::nullopt, std::nullopt), Money(100000));
        QCOMPARE(balance("wallet", m_affiliate, "affiliate"), Money(0));
        QCOMPARE(balance("wallet", m_founder, "founder"), Money(0));
        QCOMPARE(balance("wallet", m_cofounder, "cofounder"), Money(0));
        QCOMPARE(balance("company_operational", std::nullopt, std::nullopt), Money(0));
        QVERIFY_THROWS_EXCEPTION(core::Problem, refund("INV010", 1, "RF-5"));
        QVERIFY_THROWS_EXCEPTION(core::Problem, refund("INV-UNKNOWN", 1, "RF-6"));
    }

    void randomSalesAndRefundsKeepTheBooks()
    {
        std::mt19937_64 random(424242);
        m_db->exec("UPDATE finance_config SET mentor_bps = 1000");
        std::vector<std::pair<std::string, Money>> sales;
        std::map<std::string, Money> refunded;
        int refunds = 0;
        for (int i = 0; i < 1000; ++i) {
            const auto roll = random() % 10;
            if (roll < 3 && !sales.empty()) {
                const auto& [ref, gross] = sales[random() % sales.size()];
                const Money left = gross - refunded[ref];
                if (left <= 0)
                    continue;
                const Money amount =
                    1 + static_cast<Money>(random() % static_cast<std::uint64_t>(left));
                refund(ref, amount, "RF-" + std::to_string(i));
                refunded[ref] += amount;
                ++refunds;
                continue;
            }
            Sale s;
            s.reference = "INV" + std::to_string(10000 + i);
            s.gross = 1 + static_cast<Money>(random() % 5'000'000);
            if (random() % 2) {
                s.affiliateId = m_affiliate;
                s.commission = random() % 2
                                   ? Commission{Commission::Kind::Percent,
                                                static_cast<std::int64_t>(random() % 5001)}
                                   : Commission{Commission::Kind::Fixed,
                                                static_cast<std::int64_t>(random() % 200000)};
            }
            if (random() % 3 == 0)
                s.mentorId = m_mentor;
            s.gatewayFee =
                static_cast<Money>(random() % static_cast<std::uint64_t>(s.gross / 20 + 1));
            m_db->transaction([&](core::Tx& tx) { m_finance->postSale(tx, s); });
            sales.emplace_back(s.reference, s.gross);
        }
        QVERIFY(refunds > 100);

        // Every entry sums to zero.
        QCOMPARE(count("SELECT count(*) AS n FROM (SELECT entry_id FROM ledger_postings"
                       " GROUP BY entry_id HAVING sum(amount) <> 0) unbalanced"),
                 std::int64_t(0));
        // Every account's balance is the sum of its postings, and its last running balance.
        QCOMPARE(count("SELECT count(*) AS n FROM ledger_accounts a WHERE a.balance <>"
                       " (SELECT coalesce(sum(amount), 0) FROM ledger_postings p WHERE "
                       "p.account_id = a.id)"
                       " OR a.balance <> coalesce((SELECT balance_after FROM ledger_postings p"
                       " WHERE p.account_id = a.id ORDER BY account_seq DESC LIMIT 1), 0)"),
                 std::int64_t(0));
        // Running balances follow each other without a gap.
        QCOMPARE(count("SELECT count(*) AS n FROM (SELECT balance_after, amount,"
                       " lag(balance_after, 1, 0::bigint) OVER (PARTITION BY account_id ORDER BY "
                       "account_seq) AS before"
                       " FROM ledger_postings) p WHERE before + amount <> balance_after"),
                 std::int64_t(0));
        // Founder : co-founder = 60 : 40 within one rupiah in every entry.
        QCOMPARE(count("SELECT count(*) AS n FROM (SELECT p.entry_id,"
                       " sum(p.amount) FILTER (WHERE a.role = 'founder') AS f,"
                       " sum(p.amount) FILTER (WHERE a.role = 'cofounder') AS c"
                       " FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id"
                       " GROUP BY p.entry_id) s"
                       " WHERE abs(coalesce(f, 0) - (coalesce(f, 0) + coalesce(c, 0)) * 0.6) > 1"),
                 std::int64_t(0));
        // Money in equals money split out, and refunds never exceed a sale.
        Money grossTotal = 0;
        Money refundTotal = 0;
        for (const auto& [ref, gross] : sales)
            grossTotal += gross;
        for (const auto& [ref, amount] : refunded)
            refundTotal += amount;
        QCOMPARE(balance("customer_receivable", std::nullopt, std::nullopt), -grossTotal);
        QCOMPARE(balance("refunds", std::nullopt, std::nullopt), refundTotal);
        QCOMPARE(
            count(
                "SELECT count(*) AS n FROM ledger_accounts WHERE kind = 'wallet' AND balance < 0"),
            std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"

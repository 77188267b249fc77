// Wallets and withdrawals over HTTP: the minimum, holds that concurrent requests cannot overdraw,
// reject releasing the hold, paid posting the payout, who may do what, and the audit trail.
#include "FinanceService.h"

#include "Db.h"
#include "Json.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace ey;
using namespace ey::test;

namespace {

struct Person
{
    std::string id;
    std::string email;
    HttpClient http;
};

std::string body(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> fields)
{
    auto object = core::json::object();
    for (const auto& [name, value] : fields)
        object->set(name, value);
    return core::json::stringify(object);
}

std::string str(const HttpResult& result, const std::string& field)
{
    return result.json()->getValue<std::string>(field);
}

std::int64_t num(const core::json::ObjectPtr& object, const std::string& field)
{
    return object->getValue<std::int64_t>(field);
}

} // namespace

class TestWithdrawals : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<finance::FinanceService> m_finance;
    std::map<std::string, Person> m_staff;
    int m_people = 0;

    Person person(const std::vector<std::string>& roles)
    {
        const auto email = "orang" + std::to_string(++m_people) + "@example.com";
        Person p{
            createUser(m_server->instance(), email, roles, "Orang " + std::to_string(m_people)),
            email, HttpClient(m_server->baseUrl())};
        p.http.login(email, kTestPassword);
        return p;
    }

    /// An affiliate whose wallet holds `commission` from one sale, with a saved bank account.
    struct Owner
    {
        Person person;
        std::string walletId;
        std::string bankId;
    };

    Owner fundedAffiliate(finance::Money commission)
    {
        Owner owner{person({"affiliate"}), {}, {}};
        finance::Sale sale;
        sale.reference = "INV-" + owner.person.id;
        sale.gross = commission * 2;
        sale.affiliateId = owner.person.id;
        sale.commission = {finance::Commission::Kind::Fixed, commission};
        m_server->instance().db().transaction([&](core::Tx& tx) { m_finance->postSale(tx, sale); });
        const auto wallets = owner.person.http.get("/api/v1/me/wallets");
        if (wallets.status != 200)
            throw std::runtime_error("wallets: " + wallets.body);
        const auto items = wallets.json()->getArray("items");
        if (items->size() != 1)
            throw std::runtime_error("expected one wallet: " + wallets.body);
        owner.walletId = items->getObject(0)->getValue<std::string>("id");
        const auto bank = owner.person.http.post(
            "/api/v1/me/bank-accounts", body({{"bank", std::string("BCA")},
                                              {"account_number", std::string("1234567890")},
                                              {"holder", std::string("Orang Uji")}}));
        if (bank.status != 201)
            throw std::runtime_error("bank account: " + bank.body);
        owner.bankId = str(bank, "id");
        return owner;
    }

    HttpResult withdraw(const Owner& owner, std::int64_t amount,
                        std::map<std::string, std::string> headers = {})
    {
        return owner.person.http.request("POST", "/api/v1/me/withdrawals",
                                         body({{"wallet_id", owner.walletId},
                                               {"bank_account_id", owner.bankId},
                                               {"amount", amount}}),
                                         std::move(headers));
    }

    core::json::ObjectPtr myWallet(const Owner& owner)
    {
        return owner.person.http.get("/api/v1/me/wallets").json()->getArray("items")->getObject(0);
    }

    std::int64_t audits(const std::string& action, const std::string& entityId)
    {
        return m_server->instance()
            .db()
            .exec("SELECT count(*) AS n FROM activity_log WHERE action = $1 AND entity_id = $2"
                  " AND before IS NOT NULL AND after IS NOT NULL",
                  {action, entityId})
            .front()
            .i64("n");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_finance = std::make_unique<finance::FinanceService>(m_server->instance().db(), m_clock);
        m_staff.emplace("admin", person({"admin"}));
        m_staff.emplace("finance", person({"finance"}));
        m_staff.emplace("founder", person({"founder"}));
        m_staff.emplace("cofounder", person({"cofounder"}));
        m_staff.emplace("support", person({"support"}));
        m_staff.emplace("affiliate", person({"affiliate"}));
        m_staff.emplace("member", person({"member_free"}));
    }

    void cleanupTestCase()
    {
        m_finance.reset();
        m_server.reset();
    }

    void roleChecks_data()
    {
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        const QByteArray unknown =
            "/api/v1/finance/withdrawals/00000000-0000-4000-8000-000000000000/approve";
        const std::vector<std::tuple<QByteArray, bool, bool>> roles = {
            {"admin", true, true},      {"finance", true, true},   {"founder", true, false},
            {"cofounder", true, false}, {"support", false, false}, {"affiliate", false, false},
            {"member", false, false}};
        for (const auto& [who, reads, manages] : roles) {
            const auto row = [&](const char* what) { return QByteArray(who + ": " + what); };
            QTest::newRow(row("wallets"))
                << who << QByteArray("GET") << QByteArray("/api/v1/finance/wallets")
                << (reads ? 200 : 403);
            QTest::newRow(row("entries"))
                << who << QByteArray("GET")
                << QByteArray("/api/v1/finance/wallets/"
                              "00000000-0000-4000-8000-000000000000/entries")
                << (reads ? 404 : 403);
            QTest::newRow(row("queue"))
                << who << QByteArray("GET") << QByteArray("/api/v1/finance/withdrawals")
                << (reads ? 200 : 403);
            QTest::newRow(row("config"))
                << who << QByteArray("GET") << QByteArray("/api/v1/finance/config")
                << (reads ? 200 : 403);
            QTest::newRow(row("change config"))
                << who << QByteArray("PUT") << QByteArray("/api/v1/finance/config")
                << (manages ? 200 : 403);
            QTest::newRow(row("approve"))
                << who << QByteArray("POST") << unknown << (manages ? 404 : 403);
            QTest::newRow(row("reject"))
                << who << QByteArray("POST")
                << QByteArray("/api/v1/finance/withdrawals/"
                              "00000000-0000-4000-8000-000000000000/reject")
                << (manages ? 422 : 403);
            QTest::newRow(row("own wallets"))
                << who << QByteArray("GET") << QByteArray("/api/v1/me/wallets") << 200;
            QTest::newRow(row("own withdrawals"))
                << who << QByteArray("GET") << QByteArray("/api/v1/me/withdrawals") << 200;
        }
    }

    void roleChecks()
    {
        QFETCH(QByteArray, who);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const auto result = m_staff.at(who.toStdString())
                                .http.request(method.toStdString(), path.toStdString(),
                                              method == "GET" ? "" : "{}");
        QTEST(result.status, "status");
    }

    void minimumAndAvailable()
    {
        auto owner = fundedAffiliate(120000);
        auto tooSmall = withdraw(owner, 49999);
        QCOMPARE(tooSmall.status, 422);
        QVERIFY(tooSmall.json()->getObject("errors")->has("amount"));
        QCOMPARE(withdraw(owner, 120001).status, 409);
        QCOMPARE(withdraw(owner, 120000).status, 201);
        QCOMPARE(num(myWallet(owner), "available"), std::int64_t(0));
        QCOMPARE(num(myWallet(owner), "held"), std::int64_t(120000));
        QCOMPARE(withdraw(owner, 50000).status, 409);

        // Someone else's wallet or bank account is not usable.
        auto stranger = fundedAffiliate(60000);
        Owner borrowed = stranger;
        borrowed.walletId = owner.walletId;
        QCOMPARE(withdraw(borrowed, 50000).status, 404);
        borrowed = stranger;
        borrowed.bankId = owner.bankId;
        QCOMPARE(withdraw(borrowed, 50000).status, 422);
        QCOMPARE(
            stranger.person.http.get("/api/v1/me/wallets/" + owner.walletId + "/entries").status,
            404);
    }

    void bankAccountValidation()
    {
        auto member = person({"member_free"});
        const auto bad = member.http.post("/api/v1/me/bank-accounts",
                                          body({{"bank", std::string("BRI")},
                                                {"account_number", std::string("12-34")},
                                                {"holder", std::string("A")},
                                                {"npwp", std::string("12.345")}}));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.json()->getObject("errors")->has("account_number"));
        QVERIFY(bad.json()->getObject("errors")->has("npwp"));
        const auto good = member.http.post("/api/v1/me/bank-accounts",
                                           body({{"bank", std::string("BRI")},
                                                 {"account_number", std::string("0012345678")},
                                                 {"holder", std::string("A")},
                                                 {"npwp", std::string("09.254.294.3-407.000")}}));
        QCOMPARE(good.status, 201);
        QCOMPARE(str(good, "npwp"), std::string("092542943407000"));
        const auto id = str(good, "id");
        QCOMPARE(member.http.request("DELETE", "/api/v1/me/bank-accounts/" + id).status, 204);
        QCOMPARE(member.http.get("/api/v1/me/bank-accounts").json()->getArray("items")->size(),
                 std::size_t(0));
    }

    void concurrentWithdrawalsNeverOverdraw()
    {
        auto owner = fundedAffiliate(500000);
        std::vector<std::thread> workers;
        std::atomic<int> accepted{0};
        std::atomic<int> refused{0};
        std::atomic<int> other{0};
        for (int i = 0; i < 20; ++i)
            workers.emplace_back([&] {
                const auto status = withdraw(owner, 100000).status;
                (status == 201 ? accepted : status == 409 ? refused : other)++;
            });
        for (auto& worker : workers)
            worker.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(accepted.load(), 5);
        QCOMPARE(refused.load(), 15);
        const auto wallet = myWallet(owner);
        QCOMPARE(num(wallet, "balance"), std::int64_t(500000));
        QCOMPARE(num(wallet, "held"), std::int64_t(500000));
        QCOMPARE(num(wallet, "available"), std::int64_t(0));
        QCOMPARE(owner.person.http.get("/api/v1/me/withdrawals").json()->getArray("items")->size(),
                 std::size_t(5));
    }

    void idempotentRequest()
    {
        auto owner = fundedAffiliate(200000);
        const auto first = withdraw(owner, 60000, {{"Idempotency-Key", "tarik-1"}});
        const auto again = withdraw(owner, 60000, {{"Idempotency-Key", "tarik-1"}});
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(str(again, "id"), str(first, "id"));
        QCOMPARE(num(myWallet(owner), "held"), std::int64_t(60000));
    }

    void rejectReleasesTheHold()
    {
        auto owner = fundedAffiliate(100000);
        const auto id = str(withdraw(owner, 80000), "id");
        auto& finance = m_staff.at("finance").http;
        QCOMPARE(finance.post("/api/v1/finance/withdrawals/" + id + "/reject", "{}").status, 422);
        const auto rejected = finance.post("/api/v1/finance/withdrawals/" + id + "/reject",
                                           body({{"reason", std::string("Nama rekening beda")}}));
        QCOMPARE(rejected.status, 200);
        QCOMPARE(str(rejected, "status"), std::string("rejected"));
        QCOMPARE(num(myWallet(owner), "held"), std::int64_t(0));
        QCOMPARE(num(myWallet(owner), "available"), std::int64_t(100000));
        QCOMPARE(audits("withdrawal.reject", id), std::int64_t(1));
        // Once decided, it stays decided.
        QCOMPARE(finance.post("/api/v1/finance/withdrawals/" + id + "/approve", "{}").status, 409);
        QCOMPARE(finance
                     .post("/api/v1/finance/withdrawals/" + id + "/reject",
                           body({{"reason", std::string("lagi")}}))
                     .status,
                 409);
        QCOMPARE(num(myWallet(owner), "held"), std::int64_t(0));
    }

    void paidPostsThePayout()
    {
        auto owner = fundedAffiliate(300000);
        const auto id = str(withdraw(owner, 250000), "id");
        auto& finance = m_staff.at("finance").http;
        const auto proof = body({{"proof_note", std::string("Transfer BCA ref 88123")}});
        // Paying needs an approval first.
        QCOMPARE(finance.post("/api/v1/finance/withdrawals/" + id + "/paid", proof).status, 409);
        QCOMPARE(finance.post("/api/v1/finance/withdrawals/" + id + "/approve", "{}").status, 200);
        // ... and the bank's transfer proof on file: a note alone is not enough.
        const auto missing = finance.post("/api/v1/finance/withdrawals/" + id + "/paid", proof);
        QCOMPARE(missing.status, 409);
        QVERIFY(str(missing, "type").find("withdrawal-proof-missing") != std::string::npos);
        QCOMPARE(num(myWallet(owner), "held"), std::int64_t(250000));

        const auto proofPath = "/api/v1/finance/withdrawals/" + id + "/proof";
        const std::string slip = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\x02');
        QCOMPARE(finance.request("POST", proofPath, "bukan gambar", {{"Content-Type", "image/png"}})
                     .status,
                 415);
        QCOMPARE(owner.person.http.request("POST", proofPath, slip, {{"Content-Type", "image/png"}})
                     .status,
                 403);
        const auto uploaded =
            finance.request("POST", proofPath, slip, {{"Content-Type", "image/png"}});
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(str(uploaded, "proof_mime"), std::string("image/png"));
        QCOMPARE(audits("withdrawal.proof", id), std::int64_t(1));
        // The wallet owner can open the proof of their own payout; nobody else finds it.
        const auto mine = owner.person.http.get("/api/v1/me/withdrawals/" + id + "/proof");
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.body, slip);
        QCOMPARE(mine.header("content-type"), std::string("image/png"));
        auto stranger = fundedAffiliate(1000);
        QCOMPARE(stranger.person.http.get("/api/v1/me/withdrawals/" + id + "/proof").status, 404);
        QCOMPARE(finance.get(proofPath).body, slip);

        // The reference note is optional once the file is there.
        const auto paid = finance.post("/api/v1/finance/withdrawals/" + id + "/paid", "");
        QCOMPARE(paid.status, 200);
        QCOMPARE(str(paid, "status"), std::string("paid"));
        QCOMPARE(finance.post("/api/v1/finance/withdrawals/" + id + "/paid", proof).status, 409);
        // A paid withdrawal's proof is final.
        QCOMPARE(finance.request("POST", proofPath, slip, {{"Content-Type", "image/png"}}).status,
                 409);

        const auto wallet = myWallet(owner);
        QCOMPARE(num(wallet, "balance"), std::int64_t(50000));
        QCOMPARE(num(wallet, "held"), std::int64_t(0));
        const auto entries =
            owner.person.http.get("/api/v1/me/wallets/" + owner.walletId + "/entries").json();
        const auto items = entries->getArray("items");
        QCOMPARE(items->size(), std::size_t(2));
        QCOMPARE(items->getObject(0)->getValue<std::string>("entry_kind"),
                 std::string("withdrawal_paid"));
        QCOMPARE(num(items->getObject(0), "amount"), std::int64_t(-250000));
        QCOMPARE(num(items->getObject(0), "balance_after"), std::int64_t(50000));
        QCOMPARE(num(items->getObject(1), "balance_after"), std::int64_t(300000));
        QCOMPARE(audits("withdrawal.approve", id), std::int64_t(1));
        QCOMPARE(audits("withdrawal.paid", id), std::int64_t(1));

        // The finance desk sees the same history, one page at a time.
        const auto page =
            finance.get("/api/v1/finance/wallets/" + owner.walletId + "/entries?limit=1").json();
        QCOMPARE(page->getArray("items")->size(), std::size_t(1));
        const auto cursor = page->getValue<std::string>("next_cursor");
        const auto next = finance
                              .get("/api/v1/finance/wallets/" + owner.walletId +
                                   "/entries?limit=1&cursor=" + cursor)
                              .json();
        QCOMPARE(num(next->getArray("items")->getObject(0), "balance_after"), std::int64_t(300000));
        QVERIFY(next->isNull("next_cursor"));
    }

    void configChangesAreValidatedAndAudited()
    {
        auto& finance = m_staff.at("finance").http;
        const auto bad = finance.request("PUT", "/api/v1/finance/config",
                                         body({{"founder_bps", 7000}, {"cofounder_bps", 4000}}));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.json()->getObject("errors")->has("cofounder_bps"));
        const auto feeTooHigh =
            finance.request("PUT", "/api/v1/finance/config", body({{"withdrawal_fee", 50000}}));
        QCOMPARE(feeTooHigh.status, 422);

        const auto before = m_server->instance()
                                .db()
                                .exec("SELECT count(*) AS n FROM activity_log"
                                      " WHERE action = 'finance_config.update'")
                                .front()
                                .i64("n");
        const auto good = finance.request(
            "PUT", "/api/v1/finance/config",
            body({{"founder_bps", 5500}, {"cofounder_bps", 4500}, {"withdrawal_fee", 6500}}));
        QCOMPARE(good.status, 200);
        QCOMPARE(num(good.json(), "founder_bps"), std::int64_t(5500));
        QCOMPARE(num(good.json(), "company_fee_bps"), std::int64_t(1500));
        const auto rows = m_server->instance().db().exec(
            "SELECT before->>'founder_bps' AS b, after->>'founder_bps' AS a,"
            " (SELECT count(*) FROM activity_log"
            "  WHERE action = 'finance_config.update') AS n"
            " FROM activity_log WHERE action = 'finance_config.update'"
            " ORDER BY id DESC LIMIT 1");
        const auto row = rows.front();
        QCOMPARE(row.i64("n"), before + 1);
        QCOMPARE(row.str("b"), std::string("6000"));
        QCOMPARE(row.str("a"), std::string("5500"));

        // The new fee applies to new withdrawals: the owner gets the amount minus the fee.
        auto owner = fundedAffiliate(100000);
        const auto requested = withdraw(owner, 100000);
        QCOMPARE(num(requested.json(), "fee"), std::int64_t(6500));
        QCOMPARE(num(requested.json(), "payout"), std::int64_t(93500));

        QCOMPARE(
            finance
                .request(
                    "PUT", "/api/v1/finance/config",
                    body({{"founder_bps", 6000}, {"cofounder_bps", 4000}, {"withdrawal_fee", 0}}))
                .status,
            200);
    }

private:
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestWithdrawals)
#include "TestWithdrawals.moc"

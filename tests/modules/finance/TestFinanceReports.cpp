// Finance reports over HTTP: the revenue report's exact rupiah per Jakarta day/week/month/year,
// the CSV exports (parsed back), the paged wallets list and the settings history.
#include "FinanceService.h"
#include "Files.h"

#include "CsvWriter.h"
#include "Db.h"
#include "Json.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>
#include <sstream>

using namespace ey;
using namespace ey::test;

namespace {

using Table = std::vector<std::vector<std::string>>;

/// A strict RFC 4180 reader: the test's own, so the writer is checked against the RFC and not
/// against itself. Throws on anything malformed.
Table parseCsv(const std::string& text)
{
    const std::string bom = "\xEF\xBB\xBF";
    if (text.compare(0, bom.size(), bom) != 0)
        throw std::runtime_error("CSV without UTF-8 BOM");
    Table rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = bom.size(); i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            if (!field.empty() || wasQuoted)
                throw std::runtime_error("quote inside an unquoted field");
            quoted = wasQuoted = true;
        } else if (c == ',') {
            row.push_back(field), field.clear(), wasQuoted = false;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                throw std::runtime_error("bare CR");
            ++i;
            row.push_back(field), field.clear(), wasQuoted = false;
            rows.push_back(row), row.clear();
        } else if (c == '\n') {
            throw std::runtime_error("bare LF line end");
        } else {
            field += c;
        }
    }
    if (quoted || !field.empty() || !row.empty())
        throw std::runtime_error("CSV does not end with CRLF");
    for (const auto& r : rows)
        if (r.size() != rows.front().size())
            throw std::runtime_error("rows of different widths");
    return rows;
}

std::string body(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> fields)
{
    auto object = core::json::object();
    for (const auto& [name, value] : fields)
        object->set(name, value);
    return core::json::stringify(object);
}

std::int64_t num(const core::json::ObjectPtr& object, const std::string& field)
{
    return object->getValue<std::int64_t>(field);
}

/// Milliseconds of an ISO time with offset, for placing entries on the Jakarta calendar.
std::int64_t msOf(const std::string& iso)
{
    int tzd = 0;
    const auto time = Poco::DateTimeParser::parse(Poco::DateTimeFormat::ISO8601_FORMAT, iso, tzd);
    return time.timestamp().epochMicroseconds() / 1000 - std::int64_t(tzd) * 1000;
}

const std::vector<std::string> kMoneyFields = {
    "gross",  "affiliate_commission", "company_fee", "founder", "cofounder",
    "mentor", "gateway_fees",         "refunds",     "net"};

/// Records what the service publishes; the real NotifyService is tested in notify's own suites.
class RecordingNotify : public notify::NotifyService
{
public:
    struct Event
    {
        std::string name;
        notify::Audience audience;
        core::json::ObjectPtr data;
    };
    std::vector<Event> events;

    void notify(core::Sql&, const notify::NewNotification&) override {}
    std::optional<std::string> queueWhatsApp(core::Sql&, const std::string&, const std::string&,
                                             const std::string&) override
    {
        return std::nullopt;
    }
    void publish(core::Sql&, const notify::Audience& audience, const std::string& event,
                 const core::json::ObjectPtr& data) override
    {
        events.push_back({event, audience, data});
    }
    std::vector<Event> named(const std::string& name) const
    {
        std::vector<Event> result;
        for (const auto& e : events)
            if (e.name == name)
                result.push_back(e);
        return result;
    }
};

} // namespace

class TestFinanceReports : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<HttpClient> m_affiliateHttp;
    std::string m_affiliate;
    std::string m_affiliateWallet;

    void at(const std::string& iso) { m_clock.advanceMs(msOf(iso) - m_clock.nowMs()); }

    void post(const finance::Sale& sale)
    {
        m_server->instance().db().transaction(
            [&](core::Tx& tx) { m_server->instance().finance().postSale(tx, sale); });
    }

    core::json::ObjectPtr report(const std::string& query)
    {
        const auto result = m_admin->get("/api/v1/finance/reports/revenue?" + query);
        if (result.status != 200)
            throw std::runtime_error("report: " + result.body);
        return result.json();
    }

private slots:
    void initTestCase()
    {
        // Sales sit at fixed times so the Jakarta day boundaries are exercised; the clock only
        // moves forward.
        at("2025-11-01T00:00:00+07:00");
        m_server = std::make_unique<TestServer>(&m_clock);
        createUser(m_server->instance(), "admin@example.com", {"admin"}, "Admin Keuangan");
        createUser(m_server->instance(), "founder@example.com", {"founder"}, "Pak Founder");
        createUser(m_server->instance(), "cofounder@example.com", {"cofounder"}, "Bu Cofounder");
        // A name with a comma and quotes and one that looks like a formula, for the CSV checks.
        m_affiliate = createUser(m_server->instance(), "affiliate@example.com", {"affiliate"},
                                 "Budi \"Bos\", Jr.");
        const auto mentor =
            createUser(m_server->instance(), "mentor@example.com", {"mentor"}, "=HYPERLINK(\"x\")");

        finance::Sale a;
        a.reference = "INV001";
        a.gross = 1'000'000;
        a.affiliateId = m_affiliate;
        a.commission = {finance::Commission::Kind::Percent, 3000};
        a.gatewayFee = 4'500;
        at("2025-11-03T10:00:00+07:00");
        post(a);

        finance::Sale b;
        b.reference = "INV002";
        b.gross = 500'000;
        b.mentorId = mentor;
        b.mentorBps = 2000;
        at("2025-11-03T23:30:00+07:00"); // still 3 November in Jakarta
        post(b);

        finance::Sale c;
        c.reference = "INV003";
        c.gross = 250'000;
        at("2025-11-04T00:30:00+07:00"); // 3 November in UTC, 4 November in Jakarta
        post(c);

        at("2025-11-05T09:00:00+07:00");
        m_server->instance().db().transaction([&](core::Tx& tx) {
            m_server->instance().finance().postRefund(tx, "INV001", 100'000, "RF-INV001-1");
        });

        at("2025-11-10T09:00:00+07:00");
        m_admin = std::make_unique<HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.com", kTestPassword);
        m_affiliateHttp = std::make_unique<HttpClient>(m_server->baseUrl());
        m_affiliateHttp->login("affiliate@example.com", kTestPassword);
        m_affiliateWallet = m_affiliateHttp->get("/api/v1/me/wallets")
                                .json()
                                ->getArray("items")
                                ->getObject(0)
                                ->getValue<std::string>("id");
    }

    void revenueByDay()
    {
        const auto r = report("bucket=day&from=2025-11-02&to=2025-11-06");
        QCOMPARE(r->getValue<std::string>("from"), std::string("2025-11-02"));
        QCOMPARE(r->getValue<std::string>("time_zone"), std::string("Asia/Jakarta"));
        const auto items = r->getArray("items");
        QCOMPARE(items->size(), 5u); // the empty days are there, with zeros

        // start, gross, affiliate, company, founder, cofounder, mentor, gateway, refunds, net
        const std::vector<std::vector<std::int64_t>> expected = {
            {0, 0, 0, 0, 0, 0, 0, 0, 0},
            {1'500'000, 300'000, 164'325, 558'705, 372'470, 100'000, 4'500, 0, 1'500'000},
            {250'000, 0, 37'500, 127'500, 85'000, 0, 0, 0, 250'000},
            {0, -30'000, -10'883, -35'470, -23'647, 0, 0, 100'000, -100'000},
            {0, 0, 0, 0, 0, 0, 0, 0, 0},
        };
        const std::vector<std::string> days = {"2025-11-02", "2025-11-03", "2025-11-04",
                                               "2025-11-05", "2025-11-06"};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto line = items->getObject(static_cast<unsigned>(i));
            QCOMPARE(line->getValue<std::string>("start"), days[i]);
            QCOMPARE(line->getValue<std::string>("end"), days[i]);
            for (std::size_t f = 0; f < kMoneyFields.size(); ++f)
                QCOMPARE(num(line, kMoneyFields[f]), expected[i][f]);
            // Where the money went adds up to what stayed: gross minus refunds.
            QCOMPARE(num(line, "affiliate_commission") + num(line, "company_fee") +
                         num(line, "founder") + num(line, "cofounder") + num(line, "mentor") +
                         num(line, "gateway_fees"),
                     num(line, "net"));
        }
        const auto totals = r->getObject("totals");
        const std::vector<std::int64_t> total = {1'750'000, 270'000, 190'942, 650'735,  433'823,
                                                 100'000,   4'500,   100'000, 1'650'000};
        for (std::size_t f = 0; f < kMoneyFields.size(); ++f)
            QCOMPARE(num(totals, kMoneyFields[f]), total[f]);
    }

    void revenueByLargerPeriods_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArrayList>("starts");
        QTest::addColumn<QByteArrayList>("ends");
        QTest::addColumn<QList<qint64>>("gross");
        QTest::addColumn<QList<qint64>>("net");
        // Weeks start on Monday; the first and last are clipped to the range.
        QTest::newRow("week") << QByteArray("bucket=week&from=2025-11-01&to=2025-11-12")
                              << QByteArrayList{"2025-11-01", "2025-11-03", "2025-11-10"}
                              << QByteArrayList{"2025-11-02", "2025-11-09", "2025-11-12"}
                              << QList<qint64>{0, 1'750'000, 0} << QList<qint64>{0, 1'650'000, 0};
        QTest::newRow("month") << QByteArray("bucket=month&from=2025-10-15&to=2025-12-31")
                               << QByteArrayList{"2025-10-15", "2025-11-01", "2025-12-01"}
                               << QByteArrayList{"2025-10-31", "2025-11-30", "2025-12-31"}
                               << QList<qint64>{0, 1'750'000, 0} << QList<qint64>{0, 1'650'000, 0};
        QTest::newRow("year") << QByteArray("bucket=year&from=2024-01-01&to=2025-12-31")
                              << QByteArrayList{"2024-01-01", "2025-01-01"}
                              << QByteArrayList{"2024-12-31", "2025-12-31"}
                              << QList<qint64>{0, 1'750'000} << QList<qint64>{0, 1'650'000};
        // UTC would put INV003 on the 3rd; the business day is Jakarta's.
        QTest::newRow("jakarta day") << QByteArray("bucket=day&from=2025-11-04&to=2025-11-04")
                                     << QByteArrayList{"2025-11-04"} << QByteArrayList{"2025-11-04"}
                                     << QList<qint64>{250'000} << QList<qint64>{250'000};
    }

    void revenueByLargerPeriods()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArrayList, starts);
        QFETCH(QByteArrayList, ends);
        QFETCH(QList<qint64>, gross);
        QFETCH(QList<qint64>, net);
        const auto items = report(query.toStdString())->getArray("items");
        QCOMPARE(static_cast<qsizetype>(items->size()), starts.size());
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto line = items->getObject(i);
            QCOMPARE(QByteArray::fromStdString(line->getValue<std::string>("start")),
                     starts[int(i)]);
            QCOMPARE(QByteArray::fromStdString(line->getValue<std::string>("end")), ends[int(i)]);
            QCOMPARE(num(line, "gross"), gross[int(i)]);
            QCOMPARE(num(line, "net"), net[int(i)]);
        }
    }

    void revenueDefaultsToTheLast30Days()
    {
        const auto r = report("bucket=day");
        QCOMPARE(r->getValue<std::string>("to"), std::string("2025-11-10"));
        QCOMPARE(r->getValue<std::string>("from"), std::string("2025-10-12"));
        QCOMPARE(r->getArray("items")->size(), 30u);
        QCOMPARE(num(r->getObject("totals"), "net"), 1'650'000);
    }

    void revenueRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("bucket") << QByteArray("bucket=hour") << QByteArray("bucket");
        QTest::newRow("date") << QByteArray("bucket=day&from=2025-02-30") << QByteArray("from");
        QTest::newRow("format") << QByteArray("bucket=day&to=23-11-2025") << QByteArray("to");
        QTest::newRow("reversed") << QByteArray("bucket=day&from=2025-11-10&to=2025-11-01")
                                  << QByteArray("to");
        QTest::newRow("too long") << QByteArray("bucket=day&from=2020-01-01&to=2025-11-01")
                                  << QByteArray("from");
    }

    void revenueRejectsBadInput()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, field);
        const auto result = m_admin->get("/api/v1/finance/reports/revenue?" + query.toStdString());
        QCOMPARE(result.status, 422);
        QVERIFY(result.json()->getObject("errors")->has(field.toStdString()));
    }

    void reportsNeedFinanceRead()
    {
        for (const std::string path :
             {"/api/v1/finance/reports/revenue", "/api/v1/finance/config/history",
              "/api/v1/finance/wallets?format=csv", "/api/v1/finance/withdrawals?format=csv"})
            QCOMPARE(m_affiliateHttp->get(path).status, 403);
    }

    void revenueCsvMatchesJson()
    {
        const std::string query = "bucket=day&from=2025-11-02&to=2025-11-06";
        const auto json = report(query);
        const auto result = m_admin->get("/api/v1/finance/reports/revenue?format=csv&" + query);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("content-type").find("text/csv") == 0);
        QVERIFY(result.header("content-disposition").find("attachment") == 0);
        const auto rows = parseCsv(result.body);
        QCOMPARE(rows.size(), 1u + 5u + 1u);
        QCOMPARE(rows[0][0], std::string("Periode"));
        QCOMPARE(rows[0][3], std::string("Penjualan Kotor"));
        QCOMPARE(rows[0].back(), std::string("Bersih"));
        const auto items = json->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto line = items->getObject(i);
            QCOMPARE(rows[i + 1][1], line->getValue<std::string>("start"));
            for (std::size_t f = 0; f < kMoneyFields.size(); ++f)
                QCOMPARE(std::stoll(rows[i + 1][3 + f]), num(line, kMoneyFields[f]));
        }
        QCOMPARE(rows.back()[0], std::string("Total"));
        QCOMPARE(std::stoll(rows.back()[3]), 1'750'000);
        QCOMPARE(std::stoll(rows.back().back()), 1'650'000);

        // Accept: text/csv asks for the same document.
        const auto viaAccept = m_admin->request("GET", "/api/v1/finance/reports/revenue?" + query,
                                                {}, {{"Accept", "text/csv"}});
        QCOMPARE(viaAccept.body, result.body);
    }

    void walletsArePagedAndExported()
    {
        // Paging through two at a time gives every account once, wallets first.
        std::vector<std::string> ids;
        std::string cursor;
        int pages = 0;
        do {
            const auto page = m_admin->get("/api/v1/finance/wallets?limit=2" +
                                           (cursor.empty() ? std::string() : "&cursor=" + cursor));
            QCOMPARE(page.status, 200);
            const auto json = page.json();
            const auto items = json->getArray("items");
            for (unsigned i = 0; i < items->size(); ++i)
                ids.push_back(items->getObject(i)->getValue<std::string>("id"));
            cursor = json->isNull("next_cursor") ? std::string()
                                                 : json->getValue<std::string>("next_cursor");
            ++pages;
        } while (!cursor.empty() && pages < 50);
        const std::set<std::string> unique(ids.begin(), ids.end());
        QCOMPARE(unique.size(), ids.size());
        QVERIFY(pages > 1);

        const auto result = m_admin->get("/api/v1/finance/wallets?format=csv");
        QCOMPARE(result.status, 200);
        const auto rows = parseCsv(result.body);
        QCOMPARE(rows[0], (std::vector<std::string>{"ID Akun", "Jenis", "Peran", "Pemilik", "Email",
                                                    "Saldo", "Ditahan", "Tersedia"}));
        QCOMPARE(rows.size(), ids.size() + 1);
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(rows[i + 1][0], ids[i]); // same order as the paged list
        bool sawAffiliate = false;
        bool sawMentor = false;
        for (const auto& row : rows) {
            if (row[0] == m_affiliateWallet) {
                sawAffiliate = true;
                QCOMPARE(row[3], std::string("Budi \"Bos\", Jr.")); // quotes and comma survive
                QCOMPARE(row[5], std::string("270000"));
            }
            if (row[2] == "Mentor") {
                sawMentor = true;
                QCOMPARE(row[3], std::string("'=HYPERLINK(\"x\")")); // never a live formula
            }
        }
        QVERIFY(sawAffiliate && sawMentor);

        const auto search =
            m_admin->get("/api/v1/finance/wallets?q=budi").json()->getArray("items");
        QCOMPARE(search->size(), 1u);
    }

    void walletEntriesCsvHasRunningBalance()
    {
        const auto result =
            m_admin->get("/api/v1/finance/wallets/" + m_affiliateWallet + "/entries?format=csv");
        QCOMPARE(result.status, 200);
        const auto rows = parseCsv(result.body);
        QCOMPARE(rows.size(), 3u);
        QCOMPARE(rows[0].back(), std::string("Saldo Setelah"));
        // Oldest first so the balance reads top to bottom.
        QCOMPARE(rows[1][2], std::string("Penjualan"));
        QCOMPARE(rows[1][3], std::string("INV001"));
        QCOMPARE(rows[1][5], std::string("300000"));
        QCOMPARE(rows[1][6], std::string("300000"));
        QCOMPARE(rows[2][2], std::string("Refund"));
        QCOMPARE(rows[2][5], std::string("-30000"));
        QCOMPARE(rows[2][6], std::string("270000"));

        QCOMPARE(m_admin
                     ->get("/api/v1/finance/wallets/00000000-0000-0000-0000-000000000000"
                           "/entries?format=csv")
                     .status,
                 404);
    }

    void withdrawalQueueCsv()
    {
        const auto bank = m_affiliateHttp->post("/api/v1/me/bank-accounts",
                                                body({{"bank", std::string("BCA")},
                                                      {"account_number", std::string("1234567890")},
                                                      {"holder", std::string("Budi")}}));
        QCOMPARE(bank.status, 201);
        const auto w = m_affiliateHttp->post(
            "/api/v1/me/withdrawals",
            body({{"wallet_id", m_affiliateWallet},
                  {"bank_account_id", bank.json()->getValue<std::string>("id")},
                  {"amount", 100'000}}));
        QCOMPARE(w.status, 201);

        const auto rows = parseCsv(m_admin->get("/api/v1/finance/withdrawals?format=csv").body);
        QCOMPARE(rows.size(), 2u);
        QCOMPARE(rows[0][0], std::string("ID"));
        QCOMPARE(rows[1][0], w.json()->getValue<std::string>("id"));
        QCOMPARE(rows[1][8], std::string("100000"));
        QCOMPARE(rows[1][11], std::string("Diajukan"));
        // The status filter applies to the export too.
        QCOMPARE(parseCsv(m_admin->get("/api/v1/finance/withdrawals?status=paid&format=csv").body)
                     .size(),
                 1u);
        QCOMPARE(m_admin->get("/api/v1/finance/withdrawals?format=xml").status, 400);
    }

    void configHistoryShowsBeforeAndAfter()
    {
        QCOMPARE(
            m_admin->request("PUT", "/api/v1/finance/config", body({{"company_fee_bps", 2000}}))
                .status,
            200);
        m_clock.advanceMs(60'000);
        QCOMPARE(m_admin
                     ->request("PUT", "/api/v1/finance/config",
                               body({{"split_enabled", false}, {"withdrawal_minimum", 75'000}}))
                     .status,
                 200);

        const auto first = m_admin->get("/api/v1/finance/config/history?limit=1");
        QCOMPARE(first.status, 200);
        const auto page1 = first.json();
        const auto newest = page1->getArray("items")->getObject(0);
        QCOMPARE(newest->getObject("actor")->getValue<std::string>("full_name"),
                 std::string("Admin Keuangan"));
        QCOMPARE(newest->getObject("before")->getValue<bool>("split_enabled"), true);
        QCOMPARE(newest->getObject("after")->getValue<bool>("split_enabled"), false);
        const auto changes = newest->getArray("changes");
        QCOMPARE(changes->size(), 2u);
        std::set<std::string> fields;
        for (unsigned i = 0; i < changes->size(); ++i)
            fields.insert(changes->getObject(i)->getValue<std::string>("field"));
        QCOMPARE(fields, (std::set<std::string>{"split_enabled", "withdrawal_minimum"}));

        QVERIFY(!page1->isNull("next_cursor"));
        const auto page2 = m_admin
                               ->get("/api/v1/finance/config/history?limit=1&cursor=" +
                                     page1->getValue<std::string>("next_cursor"))
                               .json();
        const auto older = page2->getArray("items")->getObject(0);
        const auto olderChange = older->getArray("changes")->getObject(0);
        QCOMPARE(olderChange->getValue<std::string>("field"), std::string("company_fee_bps"));
        QCOMPARE(olderChange->getValue<int>("before"), 1500);
        QCOMPARE(olderChange->getValue<int>("after"), 2000);
        QVERIFY(page2->isNull("next_cursor"));
    }

    void changesArePublishedLive()
    {
        // The history test above switched the split off; this one wants the full split.
        QCOMPARE(m_admin->request("PUT", "/api/v1/finance/config", body({{"split_enabled", true}}))
                     .status,
                 200);
        RecordingNotify notify;
        QTemporaryDir proofs;
        core::FileStore files(proofs.path().toStdString());
        finance::FinanceService service(m_server->instance().db(), m_clock, &notify, &files);
        finance::Sale sale;
        sale.reference = "INV-LIVE-1";
        sale.gross = 400'000;
        sale.affiliateId = m_affiliate;
        sale.commission = {finance::Commission::Kind::Fixed, 100'000};
        m_server->instance().db().transaction([&](core::Tx& tx) { service.postSale(tx, sale); });
        // Affiliate, founder and co-founder wallets moved; company accounts are not wallets.
        const auto wallets = notify.named("wallet.updated");
        QCOMPARE(wallets.size(), 3u);
        bool sawAffiliate = false;
        for (const auto& e : wallets) {
            QCOMPARE(e.audience.permission, std::string("finance.read"));
            if (e.data->getValue<std::string>("wallet_id") == m_affiliateWallet) {
                sawAffiliate = true;
                QCOMPARE(e.audience.userIds, std::vector<std::string>{m_affiliate});
                QCOMPARE(e.data->getValue<std::string>("reason"), std::string("sale"));
            }
        }
        QVERIFY(sawAffiliate);

        // A withdrawal's life: requested (hold), approved, paid (payout posted).
        notify.events.clear();
        const auto bankId = service.bankAccounts(m_affiliate).front().id;
        const auto w = service.requestWithdrawal({m_affiliate, "127.0.0.1"}, m_affiliateWallet,
                                                 bankId, 80'000);
        std::string admin = m_server->instance()
                                .db()
                                .exec("SELECT id FROM users WHERE email = 'admin@example.com'")
                                .front()
                                .str("id");
        service.approve({admin, "127.0.0.1"}, w.id);
        service.uploadProof({admin, "127.0.0.1"}, w.id,
                            std::string("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        service.markPaid({admin, "127.0.0.1"}, w.id, std::string("Ref. BCA-1"));
        std::vector<std::string> statuses;
        for (const auto& e : notify.named("withdrawal.updated")) {
            QCOMPARE(e.data->getValue<std::string>("withdrawal_id"), w.id);
            QCOMPARE(e.audience.userIds, std::vector<std::string>{m_affiliate});
            statuses.push_back(e.data->getValue<std::string>("status"));
        }
        // The proof upload tells the owner too (still approved, now with a proof to open).
        QCOMPARE(statuses,
                 (std::vector<std::string>{"requested", "approved", "approved", "paid"}));
        std::vector<std::string> reasons;
        for (const auto& e : notify.named("wallet.updated"))
            reasons.push_back(e.data->getValue<std::string>("reason"));
        QCOMPARE(reasons, (std::vector<std::string>{"withdrawal_requested", "withdrawal_paid"}));
    }

    void csvWriterEscapes_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("Rp") << QByteArray("Rp");
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("space") << QByteArray(" x") << QByteArray("\" x\"");
    }

    void csvWriterEscapes()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(QByteArray::fromStdString(core::CsvWriter::escape(in.toStdString())), out);
    }
};

QTEST_GUILESS_MAIN(TestFinanceReports)
#include "TestFinanceReports.moc"

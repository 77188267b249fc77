// Buyer exports end to end over HTTP: CSV with the admin list's filters (audited, staff only), and
// an .xlsx round trip: exported, checked with the real unzip tool, imported into an empty
// directory with the suggested mapping, every field of every buyer compared.
#include "CsvReader.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

using namespace ey;
using ey::test::HttpClient;
using ey::test::HttpResult;

namespace {

const std::vector<std::string> kFields = {
    "company",  "contact_person", "email",          "phone",         "country",
    "products", "hs_codes",       "business_scale", "payment_terms", "shipping_terms",
    "notes",    "verified",       "rating",         "source"};

/// Buyers with every kind of value: lists, text with commas, quotes and line breaks, a phone
/// with its +, empty optional fields, non-Latin text.
const std::vector<std::string> kBuyers = {
    R"({"company":"Sakura Foods K.K.","contact_person":"Hiro Tanaka","email":"hiro@sakura.co.jp",
        "phone":"+81 3-1234-5678","country":"JP","products":["Kopi arabika","Gula kelapa"],
        "hs_codes":["0901","1701"],"business_scale":"large","payment_terms":["TT","LC"],
        "shipping_terms":["FOB","CIF"],"notes":"Minta sampel 2 kg, \u0022grade 1\u0022\nBaris kedua, dengan koma",
        "verified":true,"rating":5,"source":"Pameran Foodex 2026"})",
    R"({"company":"東京貿易株式会社","country":"JP","products":["Rumput laut kering"],"hs_codes":["1212"],
        "verified":false})",
    R"({"company":"Osaka Spice Ltd","contact_person":"Aiko","email":"aiko@osaka-spice.jp",
        "country":"JP","products":["Kayu manis","Cengkeh","Pala"],"business_scale":"small",
        "payment_terms":["DP"],"shipping_terms":["EXW"],"rating":3,"verified":true})",
    R"({"company":"Holland Coco BV","email":"inkoop@hollandcoco.nl","phone":"+31 20 555 0101",
        "country":"NL","products":["Arang kelapa"],"hs_codes":["4402"],"business_scale":"medium",
        "payment_terms":["CAD","OA"],"shipping_terms":["CFR"],"verified":true,"rating":4})",
    R"({"company":"Rotterdam Rattan","country":"NL","products":["Furnitur rotan"],
        "notes":"=SUM(A1) bukan rumus","source":"Referensi mitra"})",
    R"({"company":"Dubai Dates & Co","contact_person":"Omar Al Farsi","country":"AE",
        "products":["Gula aren"],"payment_terms":["LC"],"shipping_terms":["DDP","DAP"],
        "verified":false,"rating":2})"};

std::string valueText(const core::json::ObjectPtr& buyer, const std::string& field)
{
    if (!buyer->has(field) || buyer->isNull(field))
        return "null";
    const auto value = buyer->get(field);
    if (buyer->isArray(field)) {
        std::ostringstream out;
        buyer->getArray(field)->stringify(out);
        return out.str();
    }
    return value.convert<std::string>();
}

/// Every buyer of the admin list, by company.
std::map<std::string, core::json::ObjectPtr> allBuyers(const HttpClient& client)
{
    std::map<std::string, core::json::ObjectPtr> buyers;
    const auto list = client.get("/api/v1/admin/buyers?limit=200").json()->getArray("items");
    for (unsigned i = 0; i < list->size(); ++i)
        buyers[list->getObject(i)->getValue<std::string>("company")] = list->getObject(i);
    return buyers;
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray output;
};

ToolRun unzip(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput()};
}

std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    core::CsvReader reader(text);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    while (reader.next(row))
        rows.push_back(row);
    return rows;
}

} // namespace

class TestBuyerExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<HttpClient> m_admin;

    static std::unique_ptr<HttpClient> adminOf(test::TestServer& server)
    {
        test::createUser(server.instance(), "admin@example.com", {"admin"}, "Admin Satu");
        auto client = std::make_unique<HttpClient>(server.baseUrl());
        client->login("admin@example.com", test::kTestPassword);
        return client;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<test::TestServer>(
            nullptr, std::map<std::string, std::string>{{"directory.import_poll_seconds", "1"}});
        m_admin = adminOf(*m_server);
        for (const auto& body : kBuyers) {
            const auto created = m_admin->post("/api/v1/admin/buyers", body);
            QVERIFY2(created.status == 201, created.body.c_str());
        }
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void csvHoldsOnlyTheFilteredRows()
    {
        const auto result = m_admin->get("/api/v1/admin/buyers/export.csv?country=JP&sort=company");
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("content-type").starts_with("text/csv"));
        QVERIFY(result.header("content-disposition").find("attachment") != std::string::npos);
        const auto rows = csvRows(result.body);
        QCOMPARE(rows.size(), std::size_t(4)); // header + the 3 Japanese buyers
        auto header = kFields;
        header.push_back("date_added");
        QCOMPARE(rows[0], header);
        std::set<std::string> companies;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), header.size());
            QCOMPARE(rows[i][4], std::string("JP"));
            companies.insert(rows[i][0]);
        }
        QCOMPARE(companies, (std::set<std::string>{"Osaka Spice Ltd", "Sakura Foods K.K.",
                                                   "東京貿易株式会社"}));
        // Lists joined with "; ", the flag in words, the phone defused for spreadsheets.
        for (const auto& row : rows) {
            if (row[0] != "Sakura Foods K.K.")
                continue;
            QCOMPARE(row[5], std::string("Kopi arabika; Gula kelapa"));
            QCOMPARE(row[6], std::string("0901; 1701"));
            QCOMPARE(row[8], std::string("TT; LC"));
            QCOMPARE(row[10],
                     std::string("Minta sampel 2 kg, \"grade 1\"\nBaris kedua, dengan koma"));
            QCOMPARE(row[11], std::string("ya"));
            QCOMPARE(row[12], std::string("5"));
        }

        // Two filters at once; one audit row per export with who, what filter and how many.
        const auto verifiedJapan =
            m_admin->get("/api/v1/admin/buyers/export.csv?country=JP&verified=true");
        QCOMPARE(csvRows(verifiedJapan.body).size(), std::size_t(3));
        auto& db = m_server->instance().db();
        const auto audits = db.exec("SELECT after::text AS after, actor_id IS NOT NULL AS actor"
                                    " FROM activity_log WHERE action = 'buyer.export'"
                                    " ORDER BY id");
        QCOMPARE(audits.size(), 2);
        const auto last = core::json::parseObject(audits[1].str("after"));
        QCOMPARE(last->getValue<int>("rows"), 2);
        QCOMPARE(last->getValue<std::string>("format"), std::string("csv"));
        QCOMPARE(last->getObject("filter")->getValue<std::string>("country"), std::string("JP"));
        QCOMPARE(last->getObject("filter")->getValue<bool>("verified"), true);
        QVERIFY(audits[1].boolean("actor"));

        QCOMPARE(m_admin->get("/api/v1/admin/buyers/export.csv?added_from=kemarin").status, 422);
    }

    void membersGet403()
    {
        test::createUser(m_server->instance(), "member@example.com", {"member_premium"});
        HttpClient member(m_server->baseUrl());
        member.login("member@example.com", test::kTestPassword);
        QCOMPARE(member.get("/api/v1/admin/buyers/export.csv").status, 403);
        QCOMPARE(member.get("/api/v1/admin/buyers/export.xlsx").status, 403);
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM activity_log WHERE action = 'buyer.export'")
                     .front()
                     .i64("n"),
                 0);
    }

    void xlsxRoundTrip()
    {
        // A filtered set: every buyer whose text holds a "k", which leaves out the Emirates one.
        const auto result = m_admin->get("/api/v1/admin/buyers/export.xlsx?sort=company&q=k");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"),
                 std::string("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        const auto original = allBuyers(*m_admin);

        // The real unzip tool accepts the package; the sheet has a filter over every row.
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("buyer.xlsx"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out.write(result.body.data(), static_cast<std::streamsize>(result.body.size()));
        }
        const auto listing = unzip({QStringLiteral("-l"), path});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY(listing.output.contains("xl/workbook.xml"));
        QVERIFY(listing.output.contains("[Content_Types].xml"));
        const auto test = unzip({QStringLiteral("-t"), path});
        QCOMPARE(test.exitCode, 0);
        const auto sheet =
            unzip({QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QCOMPARE(sheet.exitCode, 0);
        QVERIFY(sheet.output.contains("<autoFilter ref=\"A1:O"));
        QVERIFY(sheet.output.contains("ySplit=\"1\""));

        // Into an empty directory with the suggested mapping.
        test::TestServer empty(nullptr, {{"directory.import_poll_seconds", "1"}});
        const auto admin = adminOf(empty);
        const auto uploaded = admin->request("POST", "/api/v1/admin/buyer-imports", result.body,
                                             {{"X-File-Name", "buyer.xlsx"}});
        QCOMPARE(uploaded.status, 201);
        const auto import = uploaded.json();
        QCOMPARE(import->getValue<std::string>("format"), std::string("xlsx"));
        const auto exported = static_cast<int>(import->getValue<int>("total_rows"));
        QCOMPARE(exported, static_cast<int>(kBuyers.size()) - 1);
        const auto suggested = import->getObject("suggested_mapping");
        for (const auto& field : kFields)
            QVERIFY2(suggested->has(field), field.c_str());
        QVERIFY(!suggested->has("date_added"));
        std::ostringstream mapping;
        suggested->stringify(mapping);
        const auto id = import->getValue<std::string>("id");
        QCOMPARE(admin
                     ->post("/api/v1/admin/buyer-imports/" + id + "/start",
                            R"({"mapping":)" + mapping.str() + "}")
                     .status,
                 202);
        std::string status;
        for (int i = 0; i < 300 && status != "done" && status != "failed"; ++i) {
            QTest::qWait(100);
            status = admin->get("/api/v1/admin/buyer-imports/" + id)
                         .json()
                         ->getValue<std::string>("status");
        }
        QCOMPARE(status, std::string("done"));
        const auto done = admin->get("/api/v1/admin/buyer-imports/" + id).json();
        QCOMPARE(done->getValue<int>("inserted_rows"), exported);
        QCOMPARE(done->getValue<int>("failed_rows"), 0);

        const auto copies = allBuyers(*admin);
        QCOMPARE(static_cast<int>(copies.size()), exported);
        for (const auto& [company, copy] : copies) {
            const auto found = original.find(company);
            QVERIFY2(found != original.end(), company.c_str());
            for (const auto& field : kFields)
                QCOMPARE(valueText(copy, field) + " (" + field + ")",
                         valueText(found->second, field) + " (" + field + ")");
        }
        QCOMPARE(copies.count("Dubai Dates & Co"), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestBuyerExport)
#include "TestBuyerExport.moc"

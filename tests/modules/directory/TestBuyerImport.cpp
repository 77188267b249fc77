// Buyer imports end to end over HTTP: upload checks, preview, the worker's batches, duplicates
// (skip and update, against the directory and inside the file, within and across batches), a row
// the database refuses, the report, cancel and resume.
#include "CsvReader.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;
using ey::test::HttpResult;

namespace {

std::int64_t scalar(core::Db& db, const std::string& sql, const core::Params& params = {})
{
    return db.exec(sql, params).front().i64("n");
}

std::string importPath(const std::string& id, const std::string& rest = {})
{
    return "/api/v1/admin/buyer-imports/" + id + rest;
}

/// "row:field:outcome" for each issue, in the order given.
std::vector<std::string> issueKeys(const core::json::ArrayPtr& issues)
{
    std::vector<std::string> keys;
    for (unsigned i = 0; i < issues->size(); ++i) {
        const auto issue = issues->getObject(i);
        keys.push_back(std::to_string(issue->getValue<int>("row")) + ":" +
                       issue->getValue<std::string>("field") + ":" +
                       issue->getValue<std::string>("outcome"));
    }
    return keys;
}

/// 12 good buyers and 5 bad rows (3, 6, 9, 13, 17): missing company, unknown country, bad
/// email, bad HS code, rating 9. Indonesian headers, as an Indonesian spreadsheet has them.
std::string goodAndBadCsv()
{
    std::string csv = "Perusahaan,Negara,Email,Kode HS,Rating,Produk,Kontak,Telepon\r\n";
    const char* countries[] = {"JP", "Jepang", "NL", "Japan", "US", "AU"};
    int good = 0;
    for (int row = 1; row <= 17; ++row) {
        switch (row) {
        case 3:
            csv += ",JP,tanpa@nama.jp,0901,4,Kopi,Aiko,+81 3 1234 5678\r\n";
            break;
        case 6:
            csv += "Atlantis Trading,Atlantis,info@atlantis.example,0901,3,Kopi,,\r\n";
            break;
        case 9:
            csv += "Salah Email Co,JP,bukan-email,0901,3,Kopi,,\r\n";
            break;
        case 13:
            csv += "HS Keliru Ltd,NL,hs@keliru.nl,12ab,3,Kopi,,\r\n";
            break;
        case 17:
            csv += "Rating Tinggi BV,NL,rating@tinggi.nl,0901,9,Kopi,,\r\n";
            break;
        default: {
            ++good;
            const auto n = std::to_string(good);
            csv += "\"Buyer " + n + ", Ltd\"," + countries[good % 6] + ",buyer" + n +
                   "@example.com,0901;2106," + std::to_string(good % 5 + 1) +
                   ",\"Kopi; Gula kelapa\",Hiro Tanaka,+81-3-5555-00" + (n.size() < 2 ? "0" : "") +
                   n + "\r\n";
        }
        }
    }
    return csv;
}

std::string mappingBody(const std::string& onDuplicate, const std::map<std::string, int>& mapping)
{
    auto object = core::json::object();
    for (const auto& [field, column] : mapping)
        object->set(field, column);
    auto body = core::json::object();
    body->set("mapping", object);
    body->set("on_duplicate", onDuplicate);
    return core::json::stringify(body);
}

std::map<std::string, int> mappingFrom(const core::json::ObjectPtr& object)
{
    std::map<std::string, int> mapping;
    for (const auto& [field, column] : *object)
        mapping[field] = column.convert<int>();
    return mapping;
}

/// `rows` generated buyers "Buyer NNNNN" with distinct emails.
std::string generatedCsv(int rows)
{
    std::string csv = "company,country,email,products\n";
    for (int i = 1; i <= rows; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%05d", i);
        csv += std::string("Buyer ") + name + ",JP,b" + name + "@example.com,Kopi\n";
    }
    return csv;
}

} // namespace

class TestBuyerImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<HttpClient> m_admin;

    void startServer(std::map<std::string, std::string> values = {})
    {
        values.emplace("directory.import_poll_seconds", "1");
        m_server = std::make_unique<test::TestServer>(nullptr, std::move(values));
        test::createUser(m_server->instance(), "admin@example.com", {"admin"}, "Admin Satu");
        m_admin = std::make_unique<HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.com", test::kTestPassword);
    }

    HttpResult upload(const std::string& fileName, const std::string& bytes)
    {
        return m_admin->request("POST", "/api/v1/admin/buyer-imports", bytes,
                                {{"X-File-Name", fileName}, {"Content-Type", "text/csv"}});
    }

    core::json::ObjectPtr uploaded(const std::string& fileName, const std::string& bytes)
    {
        const auto result = upload(fileName, bytes);
        if (result.status != 201)
            throw std::runtime_error("upload: " + std::to_string(result.status) + " " +
                                     result.body);
        return result.json();
    }

    /// Polls the import like the desk does until the worker has ended it (or a minute passed).
    core::json::ObjectPtr waitEnded(const std::string& id)
    {
        core::json::ObjectPtr import;
        for (int i = 0; i < 600; ++i) {
            import = m_admin->get(importPath(id)).json();
            const auto status = import->getValue<std::string>("status");
            if (status == "done" || status == "cancelled" || status == "failed")
                break;
            QTest::qWait(100);
        }
        return import;
    }

private slots:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void goodAndBadRowsArePreviewedImportedAndReported()
    {
        startServer();
        auto& db = m_server->instance().db();
        const auto import = uploaded("pembeli baru.csv", goodAndBadCsv());
        const auto id = import->getValue<std::string>("id");
        QCOMPARE(import->getValue<std::string>("status"), std::string("uploaded"));
        QCOMPARE(import->getValue<std::string>("format"), std::string("csv"));
        QCOMPARE(import->getValue<std::string>("file_name"), std::string("pembeli baru.csv"));
        QCOMPARE(import->getValue<int>("total_rows"), 17);
        QCOMPARE(import->getArray("headers")->size(), 8u);
        QCOMPARE(import->getArray("sample_rows")->size(), 17u);
        QCOMPARE(import->getArray("sample_rows")->getArray(0)->getElement<std::string>(0),
                 std::string("Buyer 1, Ltd"));
        const auto suggested = mappingFrom(import->getObject("suggested_mapping"));
        const std::map<std::string, int> expected = {
            {"company", 0}, {"country", 1},  {"email", 2},          {"hs_codes", 3},
            {"rating", 4},  {"products", 5}, {"contact_person", 6}, {"phone", 7}};
        QCOMPARE(suggested, expected);

        // The preview names every bad row with its field, and writes nothing.
        const auto preview =
            m_admin->post(importPath(id, "/preview"), mappingBody("skip", suggested));
        QCOMPARE(preview.status, 200);
        const auto figures = preview.json();
        QCOMPARE(figures->getValue<int>("total_rows"), 17);
        QCOMPARE(figures->getValue<int>("valid_rows"), 12);
        QCOMPARE(figures->getValue<int>("error_rows"), 5);
        QCOMPARE(figures->getValue<int>("duplicate_rows"), 0);
        const std::vector<std::string> bad = {"3:company:error", "6:country:error", "9:email:error",
                                              "13:hs_codes:error", "17:rating:error"};
        QCOMPARE(issueKeys(figures->getArray("issues")), bad);
        for (unsigned i = 0; i < figures->getArray("issues")->size(); ++i)
            QVERIFY(!figures->getArray("issues")
                         ->getObject(i)
                         ->getValue<std::string>("reason")
                         .empty());
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 0);

        // The import: 12 in, 5 reported.
        const auto started =
            m_admin->post(importPath(id, "/start"), mappingBody("skip", suggested));
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json()->getValue<std::string>("status"), std::string("queued"));
        const auto done = waitEnded(id);
        QCOMPARE(done->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(done->getValue<int>("processed_rows"), 17);
        QCOMPARE(done->getValue<int>("inserted_rows"), 12);
        QCOMPARE(done->getValue<int>("failed_rows"), 5);
        QCOMPARE(done->getValue<int>("skipped_rows"), 0);
        QVERIFY(!done->isNull("started_at"));
        QVERIFY(!done->isNull("finished_at"));
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 12);
        // Cells were read as people wrote them: names, lists, phones, countries by name.
        const auto firstRows = db.exec("SELECT company, country::text AS country, phone,"
                                       " array_to_string(products, '|') AS products,"
                                       " array_to_string(hs_codes, '|') AS hs FROM buyers"
                                       " WHERE email = 'buyer1@example.com'");
        QCOMPARE(firstRows.size(), 1);
        const auto first = firstRows.front();
        QCOMPARE(first.str("company"), std::string("Buyer 1, Ltd"));
        QCOMPARE(first.str("country"), std::string("JP")); // "Jepang"
        QCOMPARE(first.str("phone"), std::string("+81355550001"));
        QCOMPARE(first.str("products"), std::string("Kopi|Gula kelapa"));
        QCOMPARE(first.str("hs"), std::string("0901|2106"));

        // The report says the same, paged and as CSV.
        const auto page = m_admin->get(importPath(id, "/issues?limit=3"));
        QCOMPARE(page.status, 200);
        auto keys = issueKeys(page.json()->getArray("items"));
        const auto cursor = page.json()->getValue<std::string>("next_cursor");
        const auto rest = m_admin->get(importPath(id, "/issues?limit=3&cursor=" + cursor));
        for (const auto& key : issueKeys(rest.json()->getArray("items")))
            keys.push_back(key);
        QVERIFY(rest.json()->isNull("next_cursor"));
        QCOMPARE(keys, bad);

        const auto csv = m_admin->get(importPath(id, "/issues.csv"));
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("content-type").starts_with("text/csv"));
        core::CsvReader reader(csv.body);
        std::vector<std::string> cells;
        QVERIFY(reader.next(cells));
        QCOMPARE(cells, (std::vector<std::string>{"row", "field", "outcome", "reason"}));
        std::vector<std::string> fromCsv;
        while (reader.next(cells)) {
            QVERIFY(!cells[3].empty());
            fromCsv.push_back(cells[0] + ":" + cells[1] + ":" + cells[2]);
        }
        QCOMPARE(fromCsv, bad);

        // English readers get the reasons in English.
        const auto english =
            m_admin->request("GET", importPath(id, "/issues"), {}, {{"Accept-Language", "en"}});
        const auto indonesian = m_admin->get(importPath(id, "/issues"));
        QVERIFY(
            english.json()->getArray("items")->getObject(0)->getValue<std::string>("reason") !=
            indonesian.json()->getArray("items")->getObject(0)->getValue<std::string>("reason"));

        // Audited: the upload, the start and the end.
        for (const char* action :
             {"buyer_import.upload", "buyer_import.start", "buyer_import.finish"})
            QCOMPARE(scalar(db,
                            "SELECT count(*) AS n FROM activity_log WHERE action = $1 AND"
                            " entity_id = $2",
                            {action, id}),
                     1);

        // Listed, newest first; a started import cannot be started again.
        const auto list = m_admin->get("/api/v1/admin/buyer-imports");
        QCOMPARE(list.json()->getArray("items")->getObject(0)->getValue<std::string>("id"), id);
        QCOMPARE(m_admin->post(importPath(id, "/start"), mappingBody("skip", suggested)).status,
                 409);
    }

    void mappingMustNameCompanyAndCountry()
    {
        startServer();
        const auto id = uploaded("a.csv", goodAndBadCsv())->getValue<std::string>("id");
        const auto missing =
            m_admin->post(importPath(id, "/preview"), mappingBody("skip", {{"company", 0}}));
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.json()->getObject("errors")->has("mapping.country"));
        const auto outside = m_admin->post(importPath(id, "/start"),
                                           mappingBody("skip", {{"company", 0}, {"country", 8}}));
        QCOMPARE(outside.status, 422);
        QVERIFY(outside.json()->getObject("errors")->has("mapping.country"));
        const auto unknown =
            m_admin->post(importPath(id, "/preview"),
                          mappingBody("skip", {{"company", 0}, {"country", 1}, {"fax", 2}}));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(m_admin->get(importPath(id)).json()->getValue<std::string>("status"),
                 std::string("uploaded"));
        QCOMPARE(m_admin->get(importPath("00000000-0000-0000-0000-000000000000")).status, 404);
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("onDuplicate");
        QTest::newRow("skip") << "skip";
        QTest::newRow("update") << "update";
    }
    void duplicates()
    {
        QFETCH(QString, onDuplicate);
        const bool update = onDuplicate == QLatin1String("update");
        startServer();
        auto& db = m_server->instance().db();
        const auto kopi = m_admin->post("/api/v1/admin/buyers",
                                        R"({"company":"PT Kopi Nusantara","country":"JP",
                                            "email":"kopi@nusantara.co.id","notes":"lama"})");
        QCOMPARE(kopi.status, 201);
        const auto rempah = m_admin->post("/api/v1/admin/buyers",
                                          R"({"company":"Rempah Jaya","country":"NL",
                                              "email":"rempah@jaya.nl","notes":"lama"})");
        QCOMPARE(rempah.status, 201);
        const auto kopiId = kopi.json()->getValue<std::string>("id");
        const auto kopiAdded = kopi.json()->getValue<std::string>("date_added");
        const auto rempahId = rempah.json()->getValue<std::string>("id");

        // 1: the same company and country in other case and spacing; 2: the same email (other
        // case); 3: new; 4: row 3 again (other case); 5: row 3's email under another name.
        const std::string csv = "company;country;email;notes\n"
                                "pt  kopi   NUSANTARA;JP;kopi@nusantara.co.id;baru\n"
                                "Rempah Baru GmbH;DE;REMPAH@jaya.nl;baru\n"
                                "Kelapa Hijau Pty;AU;kelapa@hijau.com.au;baru\n"
                                "kelapa hijau pty;AU;lain@hijau.com.au;baru\n"
                                "Hijau Lain;US;kelapa@hijau.com.au;baru\n";
        const auto id = uploaded("dup.csv", csv)->getValue<std::string>("id");
        const std::map<std::string, int> mapping = {
            {"company", 0}, {"country", 1}, {"email", 2}, {"notes", 3}};

        const auto preview = m_admin->post(importPath(id, "/preview"),
                                           mappingBody(onDuplicate.toStdString(), mapping));
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json()->getValue<int>("valid_rows"), 5);
        QCOMPARE(preview.json()->getValue<int>("duplicate_rows"), 4);
        const std::string dbOutcome = update ? "updated_duplicate" : "skipped_duplicate";
        const std::vector<std::string> expected = {"1:company:" + dbOutcome, "2:email:" + dbOutcome,
                                                   "4:company:skipped_duplicate",
                                                   "5:email:skipped_duplicate"};
        QCOMPARE(issueKeys(preview.json()->getArray("issues")), expected);

        QCOMPARE(
            m_admin->post(importPath(id, "/start"), mappingBody(onDuplicate.toStdString(), mapping))
                .status,
            202);
        const auto done = waitEnded(id);
        QCOMPARE(done->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(done->getValue<int>("inserted_rows"), 1);
        QCOMPARE(done->getValue<int>("updated_rows"), update ? 2 : 0);
        QCOMPARE(done->getValue<int>("skipped_rows"), update ? 2 : 4);
        QCOMPARE(done->getValue<int>("failed_rows"), 0);
        QCOMPARE(issueKeys(m_admin->get(importPath(id, "/issues")).json()->getArray("items")),
                 expected);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 3);

        const auto kopiNow = m_admin->get("/api/v1/admin/buyers/" + kopiId).json();
        const auto rempahNow = m_admin->get("/api/v1/admin/buyers/" + rempahId).json();
        // Update keeps the id and date_added and changes the row; skip leaves it alone.
        QCOMPARE(kopiNow->getValue<std::string>("date_added"), kopiAdded);
        QCOMPARE(kopiNow->getValue<std::string>("notes"), std::string(update ? "baru" : "lama"));
        QCOMPARE(rempahNow->getValue<std::string>("company"),
                 std::string(update ? "Rempah Baru GmbH" : "Rempah Jaya"));
        QCOMPARE(rempahNow->getValue<std::string>("country"), std::string(update ? "DE" : "NL"));
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE lower(company) LIKE 'kelapa%'"),
                 1);
    }

    /// Batches of the configured size (default 500): duplicates of earlier rows of the file, in
    /// the same batch and in earlier ones, by company (other case and spacing) or email, are
    /// skipped naming the first row; the preview says the same before anything is written.
    void duplicatesInsideTheFileAcrossBatches_data()
    {
        QTest::addColumn<QString>("batchRows");
        QTest::newRow("default batch") << QString();
        QTest::newRow("batches of 100") << "100";
        QTest::newRow("one batch") << "5000";
    }
    void duplicatesInsideTheFileAcrossBatches()
    {
        QFETCH(QString, batchRows);
        std::map<std::string, std::string> config;
        if (!batchRows.isEmpty())
            config["directory.import_batch_rows"] = batchRows.toStdString();
        startServer(config);
        auto& db = m_server->instance().db();
        std::vector<std::string> lines;
        for (int i = 1; i <= 1200; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "%05d", i);
            lines.push_back(std::string("Buyer ") + name + ",JP,b" + name + "@example.com");
        }
        lines[10 - 1] = "BUYER  00003,JP,ten@example.com";    // row 3's company
        lines[20 - 1] = "Twenty Ltd,NL,B00004@EXAMPLE.COM";    // row 4's email
        lines[700 - 1] = "buyer 00100,JP,seven@example.com";   // row 100's company
        lines[1100 - 1] = "Eleven Ltd,US,b00600@example.com";  // row 600's email
        lines[1150 - 1] = "Buyer 00100,NL,b01150@example.com"; // row 100's name elsewhere: new
        std::string csv = "company,country,email\n";
        for (const auto& line : lines)
            csv += line + "\n";
        const auto id = uploaded("dalam berkas.csv", csv)->getValue<std::string>("id");
        const std::map<std::string, int> mapping = {{"company", 0}, {"country", 1}, {"email", 2}};
        const std::vector<std::string> expected = {
            "10:company:skipped_duplicate", "20:email:skipped_duplicate",
            "700:company:skipped_duplicate", "1100:email:skipped_duplicate"};

        const auto preview = m_admin->post(importPath(id, "/preview"), mappingBody("skip", mapping));
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json()->getValue<int>("duplicate_rows"), 4);
        QCOMPARE(preview.json()->getValue<int>("error_rows"), 0);
        QCOMPARE(issueKeys(preview.json()->getArray("issues")), expected);

        QCOMPARE(m_admin->post(importPath(id, "/start"), mappingBody("skip", mapping)).status, 202);
        const auto done = waitEnded(id);
        QCOMPARE(done->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(done->getValue<int>("processed_rows"), 1200);
        QCOMPARE(done->getValue<int>("inserted_rows"), 1196);
        QCOMPARE(done->getValue<int>("skipped_rows"), 4);
        QCOMPARE(done->getValue<int>("failed_rows"), 0);
        const auto issues =
            m_admin->request("GET", importPath(id, "/issues"), {}, {{"Accept-Language", "en"}});
        QCOMPARE(issueKeys(issues.json()->getArray("items")), expected);
        QCOMPARE(issues.json()->getArray("items")->getObject(2)->getValue<std::string>("reason"),
                 std::string("Same as row 100 of this file; this row was skipped."));
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 1196);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE company IN ('Twenty Ltd',"
                            " 'Eleven Ltd') OR email = 'seven@example.com'"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE company = 'Buyer 00100'"), 2);
        // Every inserted buyer carries its own row's data.
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE country = 'JP' AND"
                            " email::text = 'b' || substr(company, 7) || '@example.com'"),
                 1195);
    }

    /// Update: each row changes the buyer it matches, in file order, as if written one by one:
    /// a name or email an earlier row moved away from its buyer is free for a later row.
    void updateTouchesTheRightBuyers()
    {
        startServer();
        auto& db = m_server->instance().db();
        std::map<std::string, std::string> ids;
        for (const auto& [key, body] : std::vector<std::pair<std::string, std::string>>{
                 {"alpha", R"({"company":"Alpha Foods","country":"JP","email":"alpha@x.jp"})"},
                 {"beta", R"({"company":"Beta Trading","country":"NL","email":"beta@y.nl"})"},
                 {"gamma", R"({"company":"Gamma","country":"US","email":"gamma@z.us"})"},
                 {"omega", R"({"company":"Omega","country":"FR","email":"w@omega.fr",)"
                           R"("notes":"lama"})"}}) {
            const auto created = m_admin->post("/api/v1/admin/buyers", body);
            QCOMPARE(created.status, 201);
            ids[key] = created.json()->getValue<std::string>("id");
        }
        std::string csv = "company;country;email;notes\n"
                          "Alpha Foods Renamed;JP;alpha@x.jp;r1\n" // alpha by email
                          "alpha foods;JP;new@alpha.jp;r2\n"       // alpha's old name: new
                          "BETA TRADING;NL;other@beta.nl;r3\n"     // beta by company
                          "Delta;DE;beta@y.nl;r4\n"                // beta's old email: new
                          "Gamma;US;w@omega.fr;r5\n";              // gamma and omega: error
        for (int i = 6; i < 600; ++i)
            csv += "Buyer " + std::to_string(i) + ";JP;;filler\n";
        csv += "Epsilon;FR;gamma@z.us;r600\n"; // gamma by email, in the second batch
        const auto id = uploaded("perbarui.csv", csv)->getValue<std::string>("id");
        const std::map<std::string, int> mapping = {
            {"company", 0}, {"country", 1}, {"email", 2}, {"notes", 3}};
        const std::vector<std::string> expected = {
            "1:email:updated_duplicate", "3:company:updated_duplicate", "5:company:error",
            "600:email:updated_duplicate"};

        const auto preview =
            m_admin->post(importPath(id, "/preview"), mappingBody("update", mapping));
        QCOMPARE(preview.status, 200);
        QCOMPARE(issueKeys(preview.json()->getArray("issues")), expected);
        QCOMPARE(preview.json()->getValue<int>("duplicate_rows"), 3);
        QCOMPARE(preview.json()->getValue<int>("error_rows"), 1);

        QCOMPARE(m_admin->post(importPath(id, "/start"), mappingBody("update", mapping)).status,
                 202);
        const auto done = waitEnded(id);
        QCOMPARE(done->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(done->getValue<int>("processed_rows"), 600);
        QCOMPARE(done->getValue<int>("updated_rows"), 3);
        QCOMPARE(done->getValue<int>("inserted_rows"), 596);
        QCOMPARE(done->getValue<int>("failed_rows"), 1);
        QCOMPARE(done->getValue<int>("skipped_rows"), 0);
        QCOMPARE(issueKeys(m_admin->get(importPath(id, "/issues")).json()->getArray("items")),
                 expected);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 600);

        const auto buyer = [&](const std::string& key) {
            return m_admin->get("/api/v1/admin/buyers/" + ids[key]).json();
        };
        QCOMPARE(buyer("alpha")->getValue<std::string>("company"),
                 std::string("Alpha Foods Renamed"));
        QCOMPARE(buyer("alpha")->getValue<std::string>("notes"), std::string("r1"));
        QCOMPARE(buyer("beta")->getValue<std::string>("email"), std::string("other@beta.nl"));
        QCOMPARE(buyer("beta")->getValue<std::string>("notes"), std::string("r3"));
        QCOMPARE(buyer("gamma")->getValue<std::string>("company"), std::string("Epsilon"));
        QCOMPARE(buyer("gamma")->getValue<std::string>("country"), std::string("FR"));
        QCOMPARE(buyer("omega")->getValue<std::string>("email"), std::string("w@omega.fr"));
        QCOMPARE(buyer("omega")->getValue<std::string>("notes"), std::string("lama"));
        QCOMPARE(scalar(db,
                        "SELECT count(*) AS n FROM buyers WHERE email = 'new@alpha.jp' AND"
                        " lower(company) = 'alpha foods' AND notes = 'r2' AND id <> $1::uuid",
                        {ids["alpha"]}),
                 1);
        QCOMPARE(scalar(db,
                        "SELECT count(*) AS n FROM buyers WHERE email = 'beta@y.nl' AND"
                        " company = 'Delta' AND id <> $1::uuid",
                        {ids["beta"]}),
                 1);
    }

    /// A row the database refuses although the rules passed it (here a constraint the test
    /// adds; in life a buyer saved by hand meanwhile) fails alone: its batch is done again row
    /// by row and every other row goes in once.
    void aRowTheDatabaseRefusesFailsAlone()
    {
        startServer();
        auto& db = m_server->instance().db();
        db.exec("ALTER TABLE buyers ADD CONSTRAINT test_refused CHECK (company <> 'Buyer 00250')");
        const auto id = uploaded("tolak.csv", generatedCsv(600))->getValue<std::string>("id");
        QCOMPARE(m_admin
                     ->post(importPath(id, "/start"),
                            mappingBody("skip", {{"company", 0}, {"country", 1}, {"email", 2}}))
                     .status,
                 202);
        const auto done = waitEnded(id);
        QCOMPARE(done->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(done->getValue<int>("processed_rows"), 600);
        QCOMPARE(done->getValue<int>("inserted_rows"), 599);
        QCOMPARE(done->getValue<int>("failed_rows"), 1);
        QCOMPARE(done->getValue<int>("skipped_rows"), 0);
        QCOMPARE(issueKeys(m_admin->get(importPath(id, "/issues")).json()->getArray("items")),
                 std::vector<std::string>{"250:company:error"});
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 599);
    }

    void uploadChecks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("png renamed .csv")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29)
            << 415;
        QTest::newRow("pdf renamed .csv")
            << QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") << 415;
        QTest::newRow("latin-1 text") << QByteArray("Perusahaan,Negara\nCaf\xe9,FR\n") << 415;
        QTest::newRow("empty") << QByteArray() << 422;
        QTest::newRow("header only") << QByteArray("Perusahaan,Negara\r\n") << 422;
        QTest::newRow("blank lines only") << QByteArray("\r\n\r\n , \n") << 422;
        QTest::newRow("21 MiB") << QByteArray(21 * 1024 * 1024, 'a') << 413;
    }
    void uploadChecks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        if (!m_server)
            startServer();
        const auto result = upload("pembeli.csv", bytes.toStdString());
        QCOMPARE(result.status, status);
        QVERIFY(result.header("content-type").starts_with("application/problem+json"));
        QVERIFY(!result.json()->getValue<std::string>("detail").empty());
        QCOMPARE(scalar(m_server->instance().db(), "SELECT count(*) AS n FROM buyer_imports"), 0);
    }

    void membersCannotImport()
    {
        startServer();
        test::createUser(m_server->instance(), "member@example.com", {"member_free"});
        HttpClient member(m_server->baseUrl());
        member.login("member@example.com", test::kTestPassword);
        const auto id = uploaded("a.csv", goodAndBadCsv())->getValue<std::string>("id");
        QCOMPARE(member.request("POST", "/api/v1/admin/buyer-imports", goodAndBadCsv()).status,
                 403);
        QCOMPARE(member.get("/api/v1/admin/buyer-imports").status, 403);
        QCOMPARE(member.get(importPath(id)).status, 403);
        QCOMPARE(member.get(importPath(id, "/issues.csv")).status, 403);
        QCOMPARE(member
                     .post(importPath(id, "/start"),
                           mappingBody("skip", {{"company", 0}, {"country", 1}}))
                     .status,
                 403);
    }

    void cancelStopsBeforeTheNextBatch_data()
    {
        QTest::addColumn<int>("batchRows");
        QTest::newRow("default batch") << 500;
        QTest::newRow("batches of 200") << 200;
    }
    void cancelStopsBeforeTheNextBatch()
    {
        QFETCH(int, batchRows);
        // A slowed worker: every batch is followed by a long pause.
        std::map<std::string, std::string> config = {{"directory.import_batch_delay_ms", "1500"}};
        if (batchRows != 500)
            config["directory.import_batch_rows"] = std::to_string(batchRows);
        startServer(config);
        auto& db = m_server->instance().db();
        const auto id = uploaded("besar.csv", generatedCsv(5000))->getValue<std::string>("id");
        QCOMPARE(m_admin
                     ->post(importPath(id, "/start"),
                            mappingBody("skip", {{"company", 0}, {"country", 1}, {"email", 2}}))
                     .status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_admin->get(importPath(id)).json()->getValue<int>("processed_rows") >= batchRows,
            60000);
        const auto cancelled = m_admin->post(importPath(id, "/cancel"), "{}");
        QCOMPARE(cancelled.status, 200);
        const auto ended = waitEnded(id);
        QCOMPARE(ended->getValue<std::string>("status"), std::string("cancelled"));
        const auto inserted = ended->getValue<std::int64_t>("inserted_rows");
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), inserted);
        QVERIFY(inserted >= batchRows);
        QVERIFY(inserted < 5000);
        QCOMPARE(inserted % batchRows, std::int64_t(0)); // whole batches only
        QCOMPARE(ended->getValue<std::int64_t>("processed_rows"), inserted);
        QCOMPARE(scalar(db,
                        "SELECT count(*) AS n FROM activity_log WHERE action ="
                        " 'buyer_import.cancel' AND entity_id = $1",
                        {id}),
                 1);
        // An ended import cannot be cancelled again.
        QCOMPARE(m_admin->post(importPath(id, "/cancel"), "{}").status, 409);
    }

    void cancelBeforeTheWorkerStartsIt()
    {
        startServer();
        const auto id = uploaded("a.csv", goodAndBadCsv())->getValue<std::string>("id");
        const auto cancelled = m_admin->post(importPath(id, "/cancel"), "{}");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json()->getValue<std::string>("status"), std::string("cancelled"));
        QCOMPARE(m_admin
                     ->post(importPath(id, "/start"),
                            mappingBody("skip", {{"company", 0}, {"country", 1}}))
                     .status,
                 409);
    }

    void resumesWhereADeadServerStopped()
    {
        startServer();
        auto& db = m_server->instance().db();
        // 1,000 rows; row 700 repeats row 100 (a duplicate across the resume point).
        auto csv = generatedCsv(1000);
        const auto row100 = std::string("Buyer 00100,JP,b00100@example.com,Kopi\n");
        const auto row700 = std::string("Buyer 00700,JP,b00700@example.com,Kopi\n");
        csv.replace(csv.find(row700), row700.size(), row100);
        const auto id = uploaded("lanjut.csv", csv)->getValue<std::string>("id");
        // As a server that died after its first batch leaves it: running, 500 rows done, the
        // heartbeat long stale.
        db.exec("UPDATE buyer_imports SET status = 'running', mapping = $2::jsonb,"
                " on_duplicate = 'skip', processed_rows = 500, inserted_rows = 500,"
                " started_at = now(), heartbeat_at = now() - interval '1 hour' WHERE id = $1::uuid",
                {id, std::string(R"({"company":0,"country":1,"email":2,"products":3})")});
        const auto ended = waitEnded(id);
        QCOMPARE(ended->getValue<std::string>("status"), std::string("done"));
        QCOMPARE(ended->getValue<int>("processed_rows"), 1000);
        QCOMPARE(ended->getValue<int>("inserted_rows"), 999);
        QCOMPARE(ended->getValue<int>("skipped_rows"), 1);
        // Exactly the rows after the first 500 were imported.
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 499);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE company = 'Buyer 00500'"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers WHERE company = 'Buyer 00501'"), 1);
        QCOMPARE(issueKeys(m_admin->get(importPath(id, "/issues")).json()->getArray("items")),
                 std::vector<std::string>{"700:company:skipped_duplicate"});
    }

    void aRunningImportWithALiveHeartbeatIsLeftAlone()
    {
        startServer();
        auto& db = m_server->instance().db();
        const auto id = uploaded("a.csv", goodAndBadCsv())->getValue<std::string>("id");
        db.exec("UPDATE buyer_imports SET status = 'running', mapping = '{\"company\":0,"
                "\"country\":1}', on_duplicate = 'skip', started_at = now(), heartbeat_at = now()"
                " WHERE id = $1::uuid",
                {id});
        // Another server owns it: two poll rounds later it is untouched.
        QTest::qWait(2500);
        const auto import = m_admin->get(importPath(id)).json();
        QCOMPARE(import->getValue<std::string>("status"), std::string("running"));
        QCOMPARE(import->getValue<int>("processed_rows"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) AS n FROM buyers"), 0);
    }
};

QTEST_GUILESS_MAIN(TestBuyerImport)
#include "TestBuyerImport.moc"

// The administrative areas end to end: the import against the shipped files, resolveArea for
// each level, and every public route with its caching, 404s, 422s and search ranking.
#include "Regions.h"
#include "RegionsImport.h"

#include "ServerInstance.h"
#include "TestSupport.h"

#include <QTest>

#include <chrono>
#include <fstream>

using namespace ey;
using ey::regions::AreaLevel;

namespace {

/// Data rows of one shipped CSV, counted straight from the file (header excluded).
std::int64_t csvRows(const char* file)
{
    std::ifstream in(std::string(EY_IDN_AREA_DIR) + "/" + file);
    std::string line;
    std::int64_t rows = -1;
    while (std::getline(in, line))
        if (!line.empty())
            ++rows;
    return rows;
}

std::int64_t count(core::Sql& sql, const std::string& statement)
{
    return sql.exec(statement).front().i64("n");
}

std::vector<std::string> codes(const core::json::ObjectPtr& body)
{
    std::vector<std::string> result;
    const auto items = body->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i)
        result.push_back(items->getObject(static_cast<unsigned>(i))->getValue<std::string>("code"));
    return result;
}

} // namespace

class TestRegions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;

    test::HttpClient client() const { return test::HttpClient(m_server->baseUrl()); }

private slots:
    void initTestCase() { m_server = std::make_unique<test::TestServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    void importedCountsEqualTheShippedFiles()
    {
        auto& db = m_server->instance().db();
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_provinces"), csvRows("provinces.csv"));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_regencies"), csvRows("regencies.csv"));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_districts"), csvRows("districts.csv"));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_villages"), csvRows("villages.csv"));
        QCOMPARE(csvRows("provinces.csv"), std::int64_t(38));
        QCOMPARE(csvRows("villages.csv"), std::int64_t(83763));
        const auto versions = db.exec("SELECT * FROM area_data_version");
        const auto version = versions.front();
        QCOMPARE(version.i64("villages"), csvRows("villages.csv"));
        QVERIFY(version.str("source").find("ODbL") != std::string::npos);
    }

    void everyAreaHasItsParent()
    {
        auto& db = m_server->instance().db();
        // The foreign keys already refuse orphans; this says so in terms of the data.
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_regencies r WHERE NOT EXISTS "
                           "(SELECT 1 FROM area_provinces p WHERE p.code = r.province_code)"),
                 std::int64_t(0));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_districts d WHERE NOT EXISTS "
                           "(SELECT 1 FROM area_regencies r WHERE r.code = d.regency_code)"),
                 std::int64_t(0));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_villages v WHERE NOT EXISTS "
                           "(SELECT 1 FROM area_districts d WHERE d.code = v.district_code)"),
                 std::int64_t(0));
        // Names the source spells with a quote for an apostrophe arrive intact.
        QCOMPARE(db.exec("SELECT name FROM area_villages WHERE code = '35.26.07.2007'")
                     .front()
                     .str("name"),
                 std::string("Ra\"as"));
    }

    void reimportIsSkippedWhenCurrentAndRepairsOtherwise()
    {
        test::TestDatabase database;
        core::Db db(database.url(), 2);
        const auto before =
            db.exec("SELECT imported_at::text AS t FROM area_data_version").front().str("t");
        const auto started = std::chrono::steady_clock::now();
        const auto current = regions::ensureAreasImported(db);
        QVERIFY(!current.imported);
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(1));
        QCOMPARE(db.exec("SELECT imported_at::text AS t FROM area_data_version").front().str("t"),
                 before);

        // An older copy: one name changed, one village gone, one that no longer exists.
        db.exec("UPDATE area_data_version SET checksum = 'older'");
        db.exec("UPDATE area_regencies SET display_name = 'Bandung Lama' WHERE code = '32.73'");
        db.exec("DELETE FROM area_villages WHERE code = '32.73.01.1001'");
        db.exec("INSERT INTO area_villages VALUES ('32.73.01.1999', '32.73.01', 'kelurahan', "
                "'Pensiun', 'Pensiun', 'pensiun', 'pensiun')");
        const auto repaired = regions::ensureAreasImported(db);
        QVERIFY(repaired.imported);
        QCOMPARE(repaired.villages, csvRows("villages.csv"));
        qInfo("re-import of a changed copy took %lld ms",
              static_cast<long long>(repaired.milliseconds));
        QCOMPARE(db.exec("SELECT display_name FROM area_regencies WHERE code = '32.73'")
                     .front()
                     .str("display_name"),
                 std::string("Kota Bandung"));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_villages WHERE code IN "
                           "('32.73.01.1001', '32.73.01.1999')"),
                 std::int64_t(1));
        QCOMPARE(count(db, "SELECT count(*) AS n FROM area_villages"), csvRows("villages.csv"));
        QVERIFY(!regions::ensureAreasImported(db).imported);
    }

    void resolvesEveryLevel_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("label");
        QTest::newRow("province") << "32" << int(AreaLevel::Province) << "Jawa Barat";
        QTest::newRow("city") << "32.73" << int(AreaLevel::Regency) << "Kota Bandung, Jawa Barat";
        QTest::newRow("regency") << "32.04" << int(AreaLevel::Regency)
                                 << "Kab. Bandung, Jawa Barat";
        QTest::newRow("district") << "32.04.13" << int(AreaLevel::District)
                                  << "Kec. Banjaran, Kab. Bandung, Jawa Barat";
        QTest::newRow("desa") << "32.04.13.2001" << int(AreaLevel::Village)
                              << "Desa Kamasan, Kec. Banjaran, Kab. Bandung, Jawa Barat";
        QTest::newRow("kelurahan") << "32.73.01.1001" << int(AreaLevel::Village)
                                   << "Kelurahan Sukarasa, Kec. Sukasari, Kota Bandung, Jawa Barat";
        QTest::newRow("desa adat") << "91.03.01.3007" << int(AreaLevel::Village)
                                   << "Desa Adat Yoboi, Kec. Sentani, Kab. Jayapura, Papua";
        QTest::newRow("jakarta") << "31.71" << int(AreaLevel::Regency)
                                 << "Kota Adm. Jakarta Pusat, DKI Jakarta";
    }
    void resolvesEveryLevel()
    {
        QFETCH(QString, code);
        QFETCH(int, level);
        QFETCH(QString, label);
        const auto path = regions::resolveArea(m_server->instance().db(), code.toStdString());
        QVERIFY(path);
        QCOMPARE(int(path->level), level);
        QCOMPARE(QString::fromStdString(path->code), code);
        QCOMPARE(QString::fromStdString(path->label()), label);
        QCOMPARE(path->province.code, code.toStdString().substr(0, 2));
        QCOMPARE(path->regency.has_value(), level >= int(AreaLevel::Regency));
        QCOMPARE(path->district.has_value(), level >= int(AreaLevel::District));
        QCOMPARE(path->village.has_value(), level == int(AreaLevel::Village));
        QCOMPARE(QString::fromStdString(path->area().code), code);
    }

    void resolveRefusesMalformedAndUnknownCodes()
    {
        auto& db = m_server->instance().db();
        QVERIFY(!regions::resolveArea(db, "99"));
        QVERIFY(!regions::resolveArea(db, "32.99.01.1001"));
        QVERIFY(!regions::resolveArea(db, "32.73.01.1001 "));
        QVERIFY(!regions::resolveArea(db, "Bandung"));
        // Inside the caller's transaction, too.
        db.transaction([](core::Tx& tx) { QVERIFY(regions::resolveArea(tx, "32.73.01")); });
    }

    void listsEachLevelByParent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("provinces") << "/api/v1/regions/provinces" << 38 << "11"
                                   << "Aceh";
        QTest::newRow("regencies") << "/api/v1/regions/provinces/32/regencies" << 27 << "32.01"
                                   << "Kabupaten Bogor";
        QTest::newRow("districts")
            << "/api/v1/regions/regencies/32.73/districts" << 30 << "32.73.01"
            << "Sukasari";
        QTest::newRow("villages") << "/api/v1/regions/districts/32.04.13/villages" << 11
                                  << "32.04.13.2001"
                                  << "Kamasan";
    }
    void listsEachLevelByParent()
    {
        QFETCH(QString, path);
        QFETCH(int, items);
        QFETCH(QString, first);
        QFETCH(QString, firstName);
        const auto result = client().get(path.toStdString());
        QCOMPARE(result.status, 200);
        const auto list = codes(result.json());
        QCOMPARE(int(list.size()), items);
        QCOMPARE(QString::fromStdString(list.front()), first);
        QVERIFY(std::is_sorted(list.begin(), list.end()));
        const auto head = result.json()->getArray("items")->getObject(0);
        QCOMPARE(QString::fromStdString(head->getValue<std::string>("name")), firstName);
        QVERIFY(result.header("cache-control").find("max-age") != std::string::npos);
        QVERIFY(!result.header("etag").empty());
    }

    void answersNotModifiedForTheCurrentEtag()
    {
        const auto first = client().get("/api/v1/regions/provinces/32/regencies");
        const auto etag = first.header("etag");
        QVERIFY(etag.size() > 2);
        const auto again = client().request("GET", "/api/v1/regions/provinces/32/regencies", {},
                                            {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.empty());
        QCOMPARE(again.header("etag"), etag);
        const auto stale = client().request("GET", "/api/v1/regions/provinces/32/regencies", {},
                                            {{"If-None-Match", "\"areas-old\""}});
        QCOMPARE(stale.status, 200);
    }

    void listsAndFieldsOfOneArea()
    {
        const auto result = client().get("/api/v1/regions/32.73.01.1001");
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        QCOMPARE(body->getValue<std::string>("level"), std::string("village"));
        QCOMPARE(body->getValue<std::string>("kind"), std::string("kelurahan"));
        QCOMPARE(body->getValue<std::string>("label"),
                 std::string("Kelurahan Sukarasa, Kec. Sukasari, Kota Bandung, Jawa Barat"));
        QCOMPARE(body->getObject("regency")->getValue<std::string>("kind"), std::string("kota"));
        QCOMPARE(body->getObject("district")->getValue<std::string>("name"),
                 std::string("Sukasari"));
        const auto province = client().get("/api/v1/regions/32").json();
        QVERIFY(province->isNull("regency"));
        QCOMPARE(province->getValue<std::string>("name"), std::string("Jawa Barat"));
        const auto regencies = client().get("/api/v1/regions/provinces/31/regencies").json();
        const auto seribu = regencies->getArray("items")->getObject(0);
        QCOMPARE(seribu->getValue<std::string>("source_name"),
                 std::string("KABUPATEN ADMINISTRASI KEPULAUAN SERIBU"));
        QCOMPARE(seribu->getValue<std::string>("parent_code"), std::string("31"));
        QCOMPARE(seribu->getValue<std::string>("kind"), std::string("kabupaten"));
    }

    void refusesBadAndUnknownCodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown province") << "/api/v1/regions/provinces/99/regencies" << 404 << "";
        QTest::newRow("unknown regency")
            << "/api/v1/regions/regencies/32.99/districts" << 404 << "";
        QTest::newRow("unknown district")
            << "/api/v1/regions/districts/32.73.99/villages" << 404 << "";
        QTest::newRow("unknown area") << "/api/v1/regions/32.73.01.9999" << 404 << "";
        QTest::newRow("regency code for province")
            << "/api/v1/regions/provinces/32.73/regencies" << 422 << "code";
        QTest::newRow("village code for district")
            << "/api/v1/regions/districts/32.73.01.1001/villages" << 422 << "code";
        QTest::newRow("not a code") << "/api/v1/regions/bandung" << 422 << "code";
        QTest::newRow("undotted") << "/api/v1/regions/3273" << 422 << "code";
        QTest::newRow("short query") << "/api/v1/regions/search?q=b" << 422 << "q";
        QTest::newRow("punctuation only") << "/api/v1/regions/search?q=%27%27%27" << 422 << "q";
        QTest::newRow("bad level")
            << "/api/v1/regions/search?q=bandung&level=city" << 422 << "level";
        QTest::newRow("bad limit")
            << "/api/v1/regions/search?q=bandung&limit=500" << 422 << "limit";
        QTest::newRow("limit not a number")
            << "/api/v1/regions/search?q=bandung&limit=ten" << 422 << "limit";
    }
    void refusesBadAndUnknownCodes()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto result = client().get(path.toStdString());
        QCOMPARE(result.status, status);
        QVERIFY(result.header("content-type").starts_with("application/problem+json"));
        const auto body = result.json();
        QVERIFY(!body->getValue<std::string>("detail").empty());
        if (!field.isEmpty())
            QVERIFY(body->getObject("errors")->has(field.toStdString()));
        // The person reads Indonesian by default, English when asked.
        const auto english =
            client().request("GET", path.toStdString(), {}, {{"Accept-Language", "en"}});
        QVERIFY(english.json()->getValue<std::string>("detail") !=
                body->getValue<std::string>("detail"));
    }

    void searchRanksExactNamesFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // the first codes, in order
        QTest::newRow("regencies named bandung")
            << "/api/v1/regions/search?q=bandung&level=regency"
            << QStringList{QStringLiteral("32.73"), QStringLiteral("32.04"),
                           QStringLiteral("32.17")};
        QTest::newRow("any level") << "/api/v1/regions/search?q=Bandung"
                                   << QStringList{QStringLiteral("32.73"), QStringLiteral("32.04")};
        QTest::newRow("case and accents")
            << "/api/v1/regions/search?q=B%C3%81NDUNG&level=regency"
            << QStringList{QStringLiteral("32.73"), QStringLiteral("32.04")};
        QTest::newRow("with the kind")
            << "/api/v1/regions/search?q=kota%20bandung" << QStringList{QStringLiteral("32.73")};
        QTest::newRow("apostrophe either way") << "/api/v1/regions/search?q=ra%27as&level=village"
                                               << QStringList{QStringLiteral("35.26.07.2007")};
        QTest::newRow("province") << "/api/v1/regions/search?q=jawa%20barat&level=province"
                                  << QStringList{QStringLiteral("32")};
    }
    void searchRanksExactNamesFirst()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const auto result = client().get(query.toStdString());
        QCOMPARE(result.status, 200);
        const auto found = codes(result.json());
        QVERIFY2(found.size() >= std::size_t(expected.size()), result.body.c_str());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(QString::fromStdString(found[std::size_t(i)]), expected[i]);
    }

    void searchHonoursLevelAndLimitAndLabels()
    {
        const auto result = client().get("/api/v1/regions/search?q=bandung&level=village&limit=5");
        QCOMPARE(result.status, 200);
        const auto items = result.json()->getArray("items");
        QCOMPARE(int(items->size()), 5);
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(i);
            QCOMPARE(item->getValue<std::string>("level"), std::string("village"));
            QVERIFY(item->getValue<std::string>("label").find(", Kec. ") != std::string::npos);
        }
        const auto defaults = client().get("/api/v1/regions/search?q=sari");
        QCOMPARE(int(defaults.json()->getArray("items")->size()), 20);
        const auto none = client().get("/api/v1/regions/search?q=zzqx");
        QCOMPARE(none.status, 200);
        QCOMPARE(int(none.json()->getArray("items")->size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegions)
#include "TestRegions.moc"

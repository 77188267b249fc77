// Migrations: ordered, recorded with checksums, and an edited applied migration stops the server.
#include "Db.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <QTest>

using namespace ey::core;

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void templateHasEveryEmbeddedMigration()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 1);
        const auto embedded = Migrator::embedded();
        QVERIFY(embedded.size() >= 2);
        const auto rows =
            db.exec("SELECT version, checksum FROM schema_migrations ORDER BY version");
        QCOMPARE(rows.size(), static_cast<int>(embedded.size()));
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].str("version"), embedded[static_cast<std::size_t>(i)].version);
            QCOMPARE(rows[i].str("checksum"), embedded[static_cast<std::size_t>(i)].checksum);
        }
        // Running again applies nothing.
        QVERIFY(Migrator(db).migrate(embedded).empty());
    }

    void appliesNewMigrationsInOrderAtomically()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 1);
        auto migrations = Migrator::embedded();
        migrations.push_back({"9001", "9001_a.sql", "CREATE TABLE a (x int);", "c1"});
        migrations.push_back(
            {"9002", "9002_broken.sql", "CREATE TABLE b (x int); SELECT * FROM missing;", "c2"});
        QVERIFY_THROWS_EXCEPTION(DbError, Migrator(db).migrate(migrations));
        // The good one stays; the broken one left nothing behind, not even table b.
        QVERIFY(db.exec("SELECT to_regclass('a') IS NOT NULL AS p").front().boolean("p"));
        QVERIFY(!db.exec("SELECT to_regclass('b') IS NOT NULL AS p").front().boolean("p"));
        QCOMPARE(db.exec("SELECT count(*) AS n FROM schema_migrations WHERE version = '9002'")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void refusesEditedMigration()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 1);
        auto migrations = Migrator::embedded();
        migrations[1].sql += "\n-- edited";
        migrations[1].checksum = "edited";
        try {
            Migrator(db).migrate(migrations);
            QFAIL("an edited migration must stop the migrator");
        } catch (const std::runtime_error& error) {
            const std::string message = error.what();
            QVERIFY2(message.find(migrations[1].name) != std::string::npos, message.c_str());
            QVERIFY(message.find("edited") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"

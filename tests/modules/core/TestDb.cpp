// The libpq pool and transactions against real PostgreSQL, and the embedded cluster's lifecycle.
#include "Db.h"
#include "EmbeddedPostgres.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fstream>
#include <thread>

using namespace ey::core;

class TestDb : public QObject
{
    Q_OBJECT
private slots:
    void runsParameterizedQueries()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 2);
        const auto rows =
            db.exec("SELECT $1::int + $2::int AS sum, $3::text AS nothing", {40, 2, std::nullopt});
        QCOMPARE(rows.front().i64("sum"), std::int64_t(42));
        QVERIFY(rows.front().isNull("nothing"));
        // A value that looks like SQL stays a value.
        const auto injected = db.exec("SELECT $1::text AS t", {"'; DROP TABLE users; --"});
        QCOMPARE(injected.front().str("t"), std::string("'; DROP TABLE users; --"));
        QVERIFY(db.exec("SELECT to_regclass('users') IS NOT NULL AS present")
                    .front()
                    .boolean("present"));
    }

    void rollsBackOnException()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 2);
        db.exec("CREATE TABLE t (v int)");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction([](Tx& tx) {
            tx.exec("INSERT INTO t VALUES (1)");
            throw std::runtime_error("rule broken");
        }));
        QCOMPARE(db.exec("SELECT count(*) AS n FROM t").front().i64("n"), std::int64_t(0));
    }

    void reportsConstraintViolations()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 2);
        db.exec("CREATE TABLE q (n int CHECK (n >= 0), k text UNIQUE)");
        try {
            db.exec("INSERT INTO q VALUES (-1, 'a')");
            QFAIL("check violation expected");
        } catch (const DbError& e) {
            QVERIFY(e.isCheckViolation());
        }
        db.exec("INSERT INTO q VALUES (1, 'a')");
        try {
            db.exec("INSERT INTO q VALUES (1, 'a')");
            QFAIL("unique violation expected");
        } catch (const DbError& e) {
            QVERIFY(e.isUniqueViolation());
            QCOMPARE(e.constraint(), std::string("q_k_key"));
        }
    }

    void copiesRowsInBulk()
    {
        ey::test::TestDatabase database;
        Db db(database.url(), 1);
        db.exec("CREATE TABLE c (code text PRIMARY KEY, name text)");
        // Text format with escapes, and more than one chunk of data.
        std::string data = "a\tTab\\tname\nb\tQuote \"x\"\n";
        for (int i = 0; i < 60000; ++i)
            data += "k" + std::to_string(i) + "\t" + std::string(20, 'n') + "\n";
        db.transaction(
            [&](Tx& tx) { QCOMPARE(tx.copyIn("COPY c FROM STDIN", data), std::int64_t(60002)); });
        QCOMPARE(db.exec("SELECT name FROM c WHERE code = 'a'").front().str("name"),
                 std::string("Tab\tname"));
        QCOMPARE(db.exec("SELECT name FROM c WHERE code = 'b'").front().str("name"),
                 std::string("Quote \"x\""));
        // A bad row fails the whole COPY with its SQLSTATE, rolls back, and leaves the pooled
        // connection usable.
        try {
            db.transaction([&](Tx& tx) {
                tx.exec("DELETE FROM c");
                tx.copyIn("COPY c FROM STDIN", "z\tone\nz\ttwice\n");
            });
            QFAIL("unique violation expected");
        } catch (const DbError& e) {
            QVERIFY(e.isUniqueViolation());
        }
        QCOMPARE(db.exec("SELECT count(*) AS n FROM c").front().i64("n"), std::int64_t(60002));
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 db.transaction([&](Tx& tx) { tx.copyIn("SELECT 1", ""); }));
        QCOMPARE(db.exec("SELECT 1 AS one").front().i64("one"), std::int64_t(1));
    }

    void retriesSerializationFailures()
    {
        // Many serializable increments race; every one must land exactly once.
        ey::test::TestDatabase database;
        Db db(database.url(), 8);
        db.exec("CREATE TABLE counter (n int NOT NULL)");
        db.exec("INSERT INTO counter VALUES (0)");
        std::vector<std::thread> workers;
        std::atomic<int> failures{0};
        for (int i = 0; i < 8; ++i) {
            workers.emplace_back([&] {
                for (int j = 0; j < 10; ++j) {
                    try {
                        db.transaction(
                            [](Tx& tx) {
                                const auto n = tx.exec("SELECT n FROM counter").front().i64("n");
                                tx.exec("UPDATE counter SET n = $1", {n + 1});
                            },
                            Isolation::Serializable);
                    } catch (const std::exception&) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& w : workers)
            w.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(db.exec("SELECT n FROM counter").front().i64("n"), std::int64_t(80));
    }

    void poolReconnectsAfterRestartAndRecoversStalePid()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/eypg-XXXXXX"));
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        EmbeddedPostgres::Options options{dir.path().toStdString(), {}, "eksporyuk", "eksporyuk"};
        {
            EmbeddedPostgres cluster(options);
            cluster.start();
            Db db(cluster.connectionString(), 2);
            QCOMPARE(db.exec("SELECT 1 AS one").front().i64("one"), std::int64_t(1));

            cluster.stop();
            cluster.start();
            // The pooled connection died with the old postmaster; the pool notices and reconnects.
            QCOMPARE(db.exec("SELECT 2 AS two").front().i64("two"), std::int64_t(2));
            QVERIFY(db.ping());

            // Kill the postmaster hard: a stale postmaster.pid stays behind.
            std::ifstream pidFile(dir.path().toStdString() + "/pg/postmaster.pid");
            pid_t pid = 0;
            pidFile >> pid;
            QVERIFY(pid > 0);
            ::kill(pid, SIGKILL);
            QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10000);
        }
        EmbeddedPostgres again(options);
        again.start();
        Db db(again.connectionString(), 1);
        QCOMPARE(db.exec("SELECT 3 AS three").front().i64("three"), std::int64_t(3));
        again.stop();
    }
};

QTEST_GUILESS_MAIN(TestDb)
#include "TestDb.moc"

// PagedTableModel over GET /api/v1/admin/users on a real server: every row once, in order.
#include "ApiClient.h"
#include "PagedTableModel.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace ey::desk;

class TestPagedTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    ApiClient m_api;

    static QList<ColumnSpec> columns()
    {
        return {{QStringLiteral("email"), [] { return QStringLiteral("Email"); }},
                {QStringLiteral("full_name"), [] { return QStringLiteral("Nama"); }},
                {QStringLiteral("roles"), [] { return QStringLiteral("Peran"); }}};
    }

    static void fetchAll(PagedTableModel& model)
    {
        while (true) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "admin@example.test", {"admin"}, "Admin Uji");
        for (int i = 0; i < 120; ++i) {
            const auto email = QStringLiteral("user-%1@example.test")
                                   .arg(i, 3, 10, QLatin1Char('0'))
                                   .toStdString();
            ey::test::createUser(m_server->instance(), email, {"member_free"});
        }
        ey::test::HttpClient http(m_server->baseUrl());
        m_api.setBaseUrl(QUrl(QString::fromStdString(m_server->baseUrl())));
        m_api.setToken(
            QString::fromStdString(http.login("admin@example.test", ey::test::kTestPassword)));
    }

    void everyRowArrivesOnceInOrder_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("pages of 25") << 25;
        QTest::newRow("pages of 50") << 50;
        QTest::newRow("one page of 200") << 200;
    }

    void everyRowArrivesOnceInOrder()
    {
        QFETCH(int, pageSize);
        PagedTableModel model(m_api, QStringLiteral("/api/v1/admin/users"), columns());
        model.setPageSize(pageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.canFetchMore({}) || model.isLoading());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 121);
        QSet<QString> ids;
        // Newest first: user-119 ... user-000, then the admin created before them.
        for (int row = 0; row < 120; ++row) {
            const QString expected =
                QStringLiteral("user-%1@example.test").arg(119 - row, 3, 10, QLatin1Char('0'));
            QCOMPARE(model.data(model.index(row, 0)).toString(), expected);
            ids.insert(model.data(model.index(row, 0), PagedTableModel::IdRole).toString());
        }
        QCOMPARE(model.data(model.index(120, 0)).toString(), QStringLiteral("admin@example.test"));
        ids.insert(model.data(model.index(120, 0), PagedTableModel::IdRole).toString());
        QCOMPARE(ids.size(), 121);
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("member_free"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Nama"));
        QVERIFY(!model.canFetchMore({}));
    }

    void filterChangeReloads()
    {
        PagedTableModel model(m_api, QStringLiteral("/api/v1/admin/users"), columns());
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 121);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(QUrlQuery(QStringLiteral("q=user-01")));
        QCOMPARE(reset.count(), 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("user-019@example.test"));
        // The same filter again changes nothing.
        model.setFilter(QUrlQuery(QStringLiteral("q=user-01")));
        QCOMPARE(reset.count(), 1);
    }

    void failureIsReportedAndStopsFetching()
    {
        ApiClient api;
        api.setBaseUrl(m_api.baseUrl()); // no token: 401
        PagedTableModel model(api, QStringLiteral("/api/v1/admin/users"), columns());
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        model.fetchMore({});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().status, 401);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "TestPagedTableModel.moc"

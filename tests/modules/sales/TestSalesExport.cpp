// The sales CSV export: exactly the rows the list's filters match (parsed back, RFC 4180), the
// BOM and Indonesian header Excel needs, quoting of awkward names, and no formula injection.
#include "SalesFixture.h"

using namespace ey::test;
using namespace ey::test::sales;

namespace {

using CsvRow = std::vector<std::string>;

/// A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
std::vector<CsvRow> parseCsv(const std::string& text)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !row.empty())
        throw std::runtime_error("CSV does not end with CRLF");
    return rows;
}

} // namespace

class TestSalesExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<SalesWorld>();
        const auto awkward = createUser(m_world->server->instance(), "rudi@ekspor.test",
                                        {"member_free"}, "Rudi \"Si Cepat\", Jr.");
        insertSale(m_world->server->instance().db(),
                   {"INV900010", awkward, "PAID", 75'000, "2026-11-18T10:00:00Z", "product",
                    m_world->ebookId, "=HYPERLINK(\"http://x\")\nBaris dua", std::nullopt,
                    m_world->dinda, 7'500, 1, 2});
    }

    void headerAndEncoding()
    {
        const auto result = m_world->admin->http.get("/api/v1/admin/sales/export.csv");
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("content-type").starts_with("text/csv"));
        QVERIFY(result.header("content-disposition").find("attachment") != std::string::npos);
        QVERIFY(result.body.starts_with("\xEF\xBB\xBF"));
        const auto rows = parseCsv(result.body.substr(3));
        QVERIFY(!rows.empty());
        QCOMPARE(rows.front().front(), std::string("Invoice"));
        QCOMPARE(rows.front().at(1), std::string("Tanggal (WIB)"));
        QCOMPARE(rows.front().at(11), std::string("Komisi (Rp)"));
        for (const auto& row : rows)
            QCOMPARE(row.size(), rows.front().size());
    }

    void exactlyTheFilteredRows_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("all") << QStringLiteral("");
        QTest::newRow("paid") << QStringLiteral("status=PAID");
        QTest::newRow("jakarta day") << QStringLiteral("from=2026-11-21&to=2026-11-21");
        QTest::newRow("search") << QStringLiteral("q=budi");
        QTest::newRow("affiliate") << QStringLiteral("affiliate=AFFILIATE");
        QTest::newRow("amount order") << QStringLiteral("sort=amount&order=asc");
        QTest::newRow("nothing") << QStringLiteral("q=tidak-ada-sama-sekali");
    }

    void exactlyTheFilteredRows()
    {
        QFETCH(QString, query);
        auto q = query.toStdString();
        if (const auto at = q.find("AFFILIATE"); at != std::string::npos)
            q.replace(at, 9, m_world->dinda);
        const auto expected = allInvoices(m_world->admin->http, q, 2);
        const auto result =
            m_world->admin->http.get("/api/v1/admin/sales/export.csv" + (q.empty() ? "" : "?" + q));
        QCOMPARE(result.status, 200);
        const auto rows = parseCsv(result.body.substr(3));
        std::vector<std::string> got;
        for (std::size_t i = 1; i < rows.size(); ++i)
            got.push_back(rows[i].front());
        // Same rows, same order as the table.
        QCOMPARE(got, expected);
    }

    void rowValues()
    {
        const auto result = m_world->admin->http.get("/api/v1/admin/sales/export.csv?q=INV9000");
        const auto rows = parseCsv(result.body.substr(3));
        std::map<std::string, CsvRow> byInvoice;
        for (std::size_t i = 1; i < rows.size(); ++i)
            byInvoice[rows[i].front()] = rows[i];
        const auto& budi = byInvoice.at("INV900001");
        // 2026-11-20T16:59Z is 23:59 in Jakarta.
        QCOMPARE(budi.at(1), std::string("2026-11-20 23:59"));
        QCOMPARE(budi.at(2), std::string("Budi Santoso"));
        QCOMPARE(budi.at(3), std::string("budi@gmail.test"));
        QCOMPARE(budi.at(4), std::string("Paket Ekspor Pro"));
        QCOMPARE(budi.at(5), std::string("Paket"));
        QCOMPARE(budi.at(6), std::string("1m"));
        QCOMPARE(budi.at(7), std::string("150000"));
        QCOMPARE(budi.at(8), std::string("PAID"));
        QCOMPARE(budi.at(10), std::string("Dinda Lestari"));
        QCOMPARE(budi.at(11), std::string("15000"));
        QCOMPARE(budi.at(12), std::string("3"));
        QCOMPARE(budi.at(13), std::string("5"));

        const auto& rudi = byInvoice.at("INV900010");
        // Quotes, commas and a line break survive the round trip.
        QCOMPARE(rudi.at(2), std::string("Rudi \"Si Cepat\", Jr."));
        // A title that would run as a formula in Excel is made plain text.
        QCOMPARE(rudi.at(4), std::string("'=HYPERLINK(\"http://x\")\nBaris dua"));
        QCOMPARE(rudi.at(5), std::string("Produk"));
        QCOMPARE(rudi.at(6), std::string("ebook"));
    }

    void largeExportStreamsEveryRow()
    {
        // More rows than one export batch (1,000), so the keyset batches must join up exactly.
        auto& db = m_world->server->instance().db();
        db.exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount, created_at)"
                " SELECT 'INV7' || lpad(g::text, 5, '0'), $1::uuid, 'EXPIRED', 1000 + g,"
                " timestamptz '2026-10-01T00:00:00Z' + make_interval(mins => g / 3)"
                " FROM generate_series(1, 2500) g",
                {m_world->rina});
        const auto result =
            m_world->admin->http.get("/api/v1/admin/sales/export.csv?status=EXPIRED&to=2026-10-31");
        const auto rows = parseCsv(result.body.substr(3));
        QCOMPARE(rows.size(), std::size_t{2501});
        std::set<std::string> unique;
        for (std::size_t i = 1; i < rows.size(); ++i)
            unique.insert(rows[i].front());
        QCOMPARE(unique.size(), std::size_t{2500});
        db.exec("DELETE FROM transactions WHERE invoice_number LIKE 'INV7%'");
    }

    void invalidFilterIsAProblemNotAFile()
    {
        const auto result = m_world->admin->http.get("/api/v1/admin/sales/export.csv?status=LUNAS");
        QCOMPARE(result.status, 422);
        QVERIFY(result.header("content-type").starts_with("application/problem+json"));
    }

private:
    std::unique_ptr<SalesWorld> m_world;
};

QTEST_GUILESS_MAIN(TestSalesExport)
#include "TestSalesExport.moc"

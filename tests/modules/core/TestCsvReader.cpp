// CSV reading: RFC 4180 quoting, line ends, BOM, delimiter detection, and the text check uploads
// use.
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QTest>

#include <sstream>

using namespace ey::core;

Q_DECLARE_METATYPE(std::vector<std::vector<std::string>>)

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view text, char* delimiter = nullptr)
{
    CsvReader reader(text);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    while (reader.next(row))
        rows.push_back(row);
    if (delimiter)
        *delimiter = reader.delimiter();
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void readsRows_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<char>("delimiter");

        QTest::newRow("plain LF") << QByteArray("a,b,c\n1,2,3\n")
                                  << Rows{{"a", "b", "c"}, {"1", "2", "3"}} << ',';
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << ',';
        QTest::newRow("quoted with comma and doubled quote")
            << QByteArray("name,note\r\n\"PT Kopi, Tbk\",\"kata \"\"bagus\"\"\"\r\n")
            << Rows{{"name", "note"}, {"PT Kopi, Tbk", "kata \"bagus\""}} << ',';
        QTest::newRow("newline inside quotes")
            << QByteArray("a,b\n\"baris 1\r\nbaris 2\",x\n")
            << Rows{{"a", "b"}, {"baris 1\nbaris 2", "x"}} << ',';
        QTest::newRow("BOM is dropped") << QByteArray("\xEF\xBB\xBFPerusahaan,Negara\nA,JP\n")
                                        << Rows{{"Perusahaan", "Negara"}, {"A", "JP"}} << ',';
        QTest::newRow("semicolon locale")
            << QByteArray("Perusahaan;Negara;Catatan\nPT A;Jepang;\"1,5 ton; cepat\"\n")
            << Rows{{"Perusahaan", "Negara", "Catatan"}, {"PT A", "Jepang", "1,5 ton; cepat"}}
            << ';';
        QTest::newRow("comma wins a tie-break over quoted semicolons")
            << QByteArray("\"a;b\",c\n1,2\n") << Rows{{"a;b", "c"}, {"1", "2"}} << ',';
        QTest::newRow("empty fields keep their place")
            << QByteArray("a,b,c\n,,x\n1,,\n")
            << Rows{{"a", "b", "c"}, {"", "", "x"}, {"1", "", ""}} << ',';
        QTest::newRow("blank lines are no rows")
            << QByteArray("a\n\n1\r\n\r\n2\n\n") << Rows{{"a"}, {"1"}, {"2"}} << ',';
        QTest::newRow("empty quoted field")
            << QByteArray("a,\"\",b\n") << Rows{{"a", "", "b"}} << ',';
        QTest::newRow("stray quote kept")
            << QByteArray("5\" pipe,x\n") << Rows{{"5\" pipe", "x"}} << ',';
        QTest::newRow("UTF-8 text") << QByteArray("Perusahaan\nPT Kelapa Jaya — 株式会社\n")
                                    << Rows{{"Perusahaan"}, {"PT Kelapa Jaya — 株式会社"}} << ',';
        QTest::newRow("nothing") << QByteArray("") << Rows{} << ',';
    }
    void readsRows()
    {
        QFETCH(QByteArray, text);
        QFETCH(Rows, expected);
        QFETCH(char, delimiter);
        char detected = 0;
        const auto rows = readAll(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())), &detected);
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), expected[i].size());
            for (std::size_t c = 0; c < rows[i].size(); ++c)
                QCOMPARE(rows[i][c], expected[i][c]);
        }
        QCOMPARE(detected, delimiter);
    }

    void reportsStartLines()
    {
        CsvReader reader("h\n\"a\nb\"\n\nc\n");
        std::vector<std::string> row;
        QVERIFY(reader.next(row));
        QCOMPARE(reader.line(), std::size_t(1));
        QVERIFY(reader.next(row));
        QCOMPARE(reader.line(), std::size_t(2));
        QVERIFY(reader.next(row));
        QCOMPARE(reader.line(), std::size_t(5));
        QVERIFY(!reader.next(row));
    }

    void readsWhatCsvWriterWrites()
    {
        std::ostringstream out;
        {
            CsvWriter writer(out, {"company", "notes"});
            writer.field("PT \"Rempah\", Nusantara").field("baris 1\nbaris 2").endRow();
            writer.field(" spasi ").field("").endRow();
        }
        const auto text = out.str();
        const auto rows = readAll(text);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0][0], std::string("company"));
        QCOMPARE(rows[1][0], std::string("PT \"Rempah\", Nusantara"));
        QCOMPARE(rows[1][1], std::string("baris 1\nbaris 2"));
        QCOMPARE(rows[2][0], std::string(" spasi "));
        QCOMPARE(rows[2][1], std::string(""));
    }

    void largeFileStreams()
    {
        // 200,000 rows read one at a time; the reader holds one row, not the file's rows.
        std::string text = "a,b\n";
        for (int i = 0; i < 200000; ++i)
            text += std::to_string(i) + ",\"x," + std::to_string(i) + "\"\n";
        CsvReader reader(text);
        std::vector<std::string> row;
        int count = 0;
        std::string last;
        while (reader.next(row)) {
            ++count;
            last = row[1];
        }
        QCOMPARE(count, 200001);
        QCOMPARE(last, std::string("x,199999"));
    }

    void looksLikeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::newRow("ascii") << QByteArray("a,b\r\n1,2\t3\n") << true;
        QTest::newRow("bom + utf8") << QByteArray("\xEF\xBB\xBF"
                                                  "Négara,株\n")
                                    << true;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false;
        QTest::newRow("nul byte") << QByteArray("a,b\n\0,1\n", 8) << false;
        QTest::newRow("latin-1") << QByteArray("Caf\xe9,1\n") << false;
        QTest::newRow("truncated sequence") << QByteArray("ab\xE6\xA0") << false;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    }
    void looksLikeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        QCOMPARE(CsvReader::looksLikeText(
                     std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))),
                 text);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"

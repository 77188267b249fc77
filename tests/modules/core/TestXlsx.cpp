// .xlsx: what XlsxWriter writes reads back the same, and a workbook built by hand (shared and
// inline strings, a gap in a row, a date cell, a 13-digit phone number) reads as a person sees it.
#include "Files.h"
#include "Xlsx.h"

#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace ey::core;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows readAll(const std::string& bytes)
{
    XlsxReader reader(bytes);
    Rows rows;
    reader.forEachRow([&](const std::vector<std::string>& cells) {
        rows.push_back(cells);
        return true;
    });
    return rows;
}

/// A ZIP package of the given parts, as Excel would store them (deflated).
std::string package(const std::vector<std::pair<std::string, std::string>>& parts)
{
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    for (const auto& [name, text] : parts) {
        std::istringstream in(text);
        zip.addFile(in, Poco::DateTime(), name, Poco::Zip::ZipCommon::CM_DEFLATE,
                    Poco::Zip::ZipCommon::CL_NORMAL);
    }
    zip.close();
    return out.str();
}

const std::string kContentTypes =
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
    "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default "
    "Extension='xml' ContentType='application/xml'/></Types>";

/// Two sheets, the first one (in workbook order) stored under a non-default name; shared strings
/// named differently too, so the reader must follow the relationships.
std::string handMadeWorkbook(bool date1904 = false)
{
    const std::string workbook =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
        "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>" +
        std::string(date1904 ? "<workbookPr date1904='1'/>" : "<workbookPr/>") +
        "<sheets><sheet name='Pembeli' sheetId='3' r:id='rId5'/><sheet name='Lain' sheetId='1' "
        "r:id='rId1'/></sheets></workbook>";
    const std::string rels =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
        "<Relationship Id='rId1' "
        "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
        "Target='worksheets/sheet1.xml'/>"
        "<Relationship Id='rId5' "
        "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
        "Target='/xl/worksheets/data.xml'/>"
        "<Relationship Id='rId7' "
        "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings' "
        "Target='strings.xml'/>"
        "<Relationship Id='rId8' "
        "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' "
        "Target='styles.xml'/>"
        "</Relationships>";
    const std::string strings =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' count='5' "
        "uniqueCount='5'>"
        "<si><t>Perusahaan</t></si>"
        "<si><t>Negara</t></si>"
        "<si><r><rPr><b/></rPr><t>PT Kopi </t></r><r><t xml:space='preserve'>&amp; "
        "Rempah</t></r></si>"
        "<si><t>東京貿易</t><rPh sb='0' eb='2'><t>トウキョウ</t></rPh></si>"
        "<si><t>Telepon</t></si>"
        "</sst>";
    const std::string styles =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
        "<numFmts count='2'><numFmt numFmtId='164' formatCode='dd/mm/yyyy'/><numFmt numFmtId='165' "
        "formatCode='&quot;Rp&quot;#,##0.00'/></numFmts>"
        "<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>"
        "<cellXfs count='4'><xf numFmtId='0'/><xf numFmtId='14' applyNumberFormat='1'/><xf "
        "numFmtId='164' applyNumberFormat='1'/><xf numFmtId='165' applyNumberFormat='1'/></cellXfs>"
        "</styleSheet>";
    // Row 1: header. Row 2: shared, (gap at B), inline, date, phone in exponent form, boolean,
    // currency-styled number. Row 3 is absent; row 5 has cells without references.
    const std::string sheet =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>"
        "<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r='C1' "
        "t='inlineStr'><is><t>Kontak</t></is></c><c r='D1' "
        "t='inlineStr'><is><t>Tanggal</t></is></c><c r='E1' t='s'><v>4</v></c></row>"
        "<row r='2'><c r='A2' t='s'><v>2</v></c><c r='C2' "
        "t='inlineStr'><is><r><t>Hiro</t></r><r><t xml:space='preserve'> Tanaka</t></r></is></c><c "
        "r='D2' s='1'><v>45000</v></c><c r='E2'><v>6.28123456789E+12</v></c><c r='F2' "
        "t='b'><v>1</v></c><c r='G2' s='3'><v>2.5</v></c></row>"
        "<row r='4'><c r='A4' t='s'><v>3</v></c><c r='B4' t='str'><v>JP</v></c><c r='D4' "
        "s='2'><v>45292.75</v></c><c r='E4'><v>81312345678</v></c><c r='F4' t='b'><v>0</v></c><c "
        "r='G4'><v>1E+20</v></c></row>"
        "<row r='5'><c><v>7</v></c><c t='inlineStr'><is><t>tanpa referensi</t></is></c></row>"
        "<row r='6'></row>"
        "</sheetData></worksheet>";
    const std::string other =
        "<?xml version='1.0' encoding='UTF-8'?><worksheet "
        "xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData><row "
        "r='1'><c r='A1' t='inlineStr'><is><t>salah</t></is></c></row></sheetData></worksheet>";
    return package({{"[Content_Types].xml", kContentTypes},
                    {"xl/workbook.xml", workbook},
                    {"xl/_rels/workbook.xml.rels", rels},
                    {"xl/strings.xml", strings},
                    {"xl/styles.xml", styles},
                    {"xl/worksheets/sheet1.xml", other},
                    {"xl/worksheets/data.xml", sheet}});
}

QString runUnzip(const QStringList& arguments, const QByteArray& bytes, QByteArray* output,
                 const QString& member = {})
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("book.xlsx"));
    {
        std::ofstream out(path.toStdString(), std::ios::binary);
        out.write(bytes.constData(), bytes.size());
    }
    QProcess unzip;
    auto all = QStringList(arguments) << path;
    if (!member.isEmpty())
        all << member;
    unzip.start(QStringLiteral("unzip"), all);
    if (!unzip.waitForFinished(30000))
        return QStringLiteral("unzip did not finish");
    *output = unzip.readAllStandardOutput();
    if (unzip.exitCode() != 0)
        return QString::fromUtf8(unzip.readAllStandardError());
    return {};
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT
private slots:
    void readsAHandMadeWorkbook()
    {
        const auto bytes = handMadeWorkbook();
        XlsxReader reader(bytes);
        QCOMPARE(reader.sheetName(), std::string("Pembeli"));
        const auto rows = readAll(bytes);
        QCOMPARE(rows.size(), std::size_t(4)); // the empty row 6 is no row
        QCOMPARE(rows[0], (std::vector<std::string>{"Perusahaan", "Negara", "Kontak", "Tanggal",
                                                    "Telepon"}));
        // The gap at B2 keeps C2 in the third column.
        QCOMPARE(rows[1], (std::vector<std::string>{"PT Kopi & Rempah", "", "Hiro Tanaka",
                                                    "2023-03-15", "6281234567890", "true", "2.5"}));
        QCOMPARE(rows[2].size(), std::size_t(7));
        QCOMPARE(rows[2][0], std::string("東京貿易")); // phonetic hints dropped
        QCOMPARE(rows[2][1], std::string("JP"));
        QCOMPARE(rows[2][2], std::string(""));
        QCOMPARE(rows[2][3], std::string("2024-01-01")); // custom dd/mm/yyyy, time part dropped
        QCOMPARE(rows[2][4], std::string("81312345678"));
        QCOMPARE(rows[2][5], std::string("false"));
        QCOMPARE(rows[2][6], std::string("1e+20")); // too large to be an exact whole number
        QCOMPARE(rows[3], (std::vector<std::string>{"7", "tanpa referensi"}));
    }

    void date1904System()
    {
        const auto rows = readAll(handMadeWorkbook(true));
        QCOMPARE(rows[1][3], std::string("2027-03-16")); // serial 45000 counted from 1904-01-01
    }

    void stopsWhenAsked()
    {
        const auto bytes = handMadeWorkbook();
        XlsxReader reader(bytes);
        int seen = 0;
        reader.forEachRow([&](const std::vector<std::string>&) { return ++seen < 2; });
        QCOMPARE(seen, 2);
    }

    void refusesWhatIsNoWorkbook_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("Perusahaan,Negara\nA,JP\n");
        const auto docx = package(
            {{"[Content_Types].xml", kContentTypes}, {"word/document.xml", "<w:document/>"}});
        QTest::newRow("docx") << QByteArray::fromStdString(docx);
        const auto broken = package({{"[Content_Types].xml", kContentTypes},
                                     {"xl/workbook.xml", "<workbook><sheets><sheet name=\"a\""}});
        QTest::newRow("broken xml") << QByteArray::fromStdString(broken);
    }
    void refusesWhatIsNoWorkbook()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_THROWS_EXCEPTION(XlsxError, XlsxReader(bytes.toStdString()));
    }

    void writesAWorkbookThatReadsBack()
    {
        XlsxWriter writer({"company", "phone", "rating", "verified", "notes"}, "Buyers");
        writer.addRow(std::vector<XlsxWriter::Cell>{
            std::string("PT Kelapa Jaya"), std::string("+6281234567890"), std::int64_t(5), true,
            std::string("baris 1\nbaris 2 — 株式会社")});
        writer.addRow(std::vector<XlsxWriter::Cell>{std::string("=SUM(A1)"), std::monostate{},
                                                    std::monostate{}, false, std::string()});
        writer.addRow(std::vector<std::string>{"Only text", "6281234567890"});
        QCOMPARE(writer.rows(), std::int64_t(3));
        const auto bytes = writer.finish();

        const auto type = detectFileType(bytes);
        QVERIFY(type);
        QCOMPARE(type->extension, std::string("xlsx"));

        XlsxReader reader(bytes);
        QCOMPARE(reader.sheetName(), std::string("Buyers"));
        const auto rows = readAll(bytes);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0],
                 (std::vector<std::string>{"company", "phone", "rating", "verified", "notes"}));
        QCOMPARE(rows[1], (std::vector<std::string>{"PT Kelapa Jaya", "+6281234567890", "5", "true",
                                                    "baris 1\nbaris 2 — 株式会社"}));
        // Text that looks like a formula stays text in a string cell.
        QCOMPARE(rows[2], (std::vector<std::string>{"=SUM(A1)", "", "", "false"}));
        QCOMPARE(rows[3], (std::vector<std::string>{"Only text", "6281234567890"}));

        // The real unzip tool accepts the package, and the sheet has the frozen, filtered header.
        QByteArray listing;
        QCOMPARE(runUnzip({QStringLiteral("-l")}, QByteArray::fromStdString(bytes), &listing),
                 QString());
        QVERIFY(listing.contains("xl/workbook.xml"));
        QVERIFY(listing.contains("xl/worksheets/sheet1.xml"));
        QByteArray sheet;
        QCOMPARE(runUnzip({QStringLiteral("-p")}, QByteArray::fromStdString(bytes), &sheet,
                          QStringLiteral("xl/worksheets/sheet1.xml")),
                 QString());
        QVERIFY2(sheet.contains("<autoFilter ref=\"A1:E4\"/>"), sheet.left(2000).constData());
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("<cols>"));
    }

    void writesToAStreamAndCleansUp()
    {
        QTemporaryDir dir;
        std::ostringstream out;
        {
            XlsxWriter writer({"a"}, "Sheet1", dir.path().toStdString());
            for (int i = 0; i < 5000; ++i)
                writer.addRow(std::vector<std::string>{"baris " + std::to_string(i)});
            writer.finish(out);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
        const auto rows = readAll(out.str());
        QCOMPARE(rows.size(), std::size_t(5001));
        QCOMPARE(rows.back()[0], std::string("baris 4999"));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "TestXlsx.moc"

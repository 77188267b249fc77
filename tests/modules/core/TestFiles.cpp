// Upload type detection by content, and the file store.
#include "Files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ey::core;

class TestFiles : public QObject
{
    Q_OBJECT
private slots:
    void detectsByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "image/png";
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11) << "image/jpeg";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%....\n") << "application/pdf";
        QTest::newRow("ico") << QByteArray("\0\0\1\0\1\0\x10\x10\0\0\1\0\x20\0\x68\4\0\0\x16\0\0\0",
                                           22)
                             << "image/x-icon";
        QTest::newRow("svg")
            << QByteArray(
                   "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")
            << "image/svg+xml";
        QTest::newRow("svg with script")
            << QByteArray("<svg><script>alert(1)</script></svg>") << "";
        QTest::newRow("svg with handler") << QByteArray("<svg onload =\"alert(1)\"></svg>") << "";
        QTest::newRow("docx")
            << QByteArray("PK\3\4....[Content_Types].xml....word/document.xml")
            << "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        QTest::newRow("plain zip") << QByteArray("PK\3\4....random.bin....") << "";
        QTest::newRow("exe renamed png") << QByteArray("MZ\x90\0\3\0\0\0\4\0", 10) << "";
        QTest::newRow("html") << QByteArray("<html><body>hi</body></html>") << "";
    }
    void detectsByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        const auto type = detectFileType(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QCOMPARE(type ? QString::fromStdString(type->mime) : QString(), mime);
    }

    void storesAndReadsBack()
    {
        QTemporaryDir dir;
        FileStore store(dir.path().toStdString());
        const auto key = store.save("isi berkas");
        QCOMPARE(store.read(key).value_or(""), std::string("isi berkas"));
        store.remove(key);
        QVERIFY(!store.read(key));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.read("../../etc/passwd"));
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "TestFiles.moc"

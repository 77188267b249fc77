// The display and search rules for area names, against names from the shipped data.
#include "AreaNames.h"
#include "Regions.h"

#include <QTest>

using ey::regions::AreaLevel;
using ey::regions::AreaNames;

class TestAreaNames : public QObject
{
    Q_OBJECT
private slots:
    void displayNames_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("display");
        QTest::newRow("regency") << "KABUPATEN ACEH SELATAN"
                                 << "Kabupaten Aceh Selatan";
        QTest::newRow("city") << "KOTA BANDUNG"
                              << "Kota Bandung";
        QTest::newRow("abbreviation") << "DKI JAKARTA"
                                      << "DKI Jakarta";
        QTest::newRow("special region") << "DAERAH ISTIMEWA YOGYAKARTA"
                                        << "Daerah Istimewa Yogyakarta";
        QTest::newRow("joiner") << "KABUPATEN PANGKAJENE DAN KEPULAUAN"
                                << "Kabupaten Pangkajene dan Kepulauan";
        QTest::newRow("administrative city") << "KOTA ADMINISTRASI JAKARTA PUSAT"
                                             << "Kota Administrasi Jakarta Pusat";
        QTest::newRow("mixed case kept") << "STM Hilir"
                                         << "STM Hilir";
        QTest::newRow("apostrophe kept") << "O'o'u"
                                         << "O'o'u";
        QTest::newRow("roman numeral kept") << "IV Nagari Bayang Utara"
                                            << "IV Nagari Bayang Utara";
    }
    void displayNames()
    {
        QFETCH(QString, source);
        QFETCH(QString, display);
        QCOMPARE(QString::fromStdString(AreaNames::displayName(source.toStdString())), display);
    }

    void searchKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << "Kota BANDUNG"
                              << "kota bandung";
        QTest::newRow("straight quote") << "Ra\"as"
                                        << "raas";
        QTest::newRow("apostrophe") << "Ra'as"
                                    << "raas";
        QTest::newRow("typographic apostrophe") << QStringLiteral("Regapu’u") << "regapuu";
        QTest::newRow("accents") << QStringLiteral("Cibiru Wétan Ñ") << "cibiru wetan n";
        QTest::newRow("punctuation breaks words") << "T. Jambo-Aye/2"
                                                  << "t jambo aye 2";
        QTest::newRow("spaces collapse") << "  Kec.   Bandung  "
                                         << "kec bandung";
        QTest::newRow("wildcards never survive") << "50%_off\\"
                                                 << "50 off";
        QTest::newRow("nothing left") << "'\""
                                      << "";
    }
    void searchKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(QString::fromStdString(AreaNames::searchKey(text.toStdString())), key);
    }

    void bareKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("bare");
        QTest::newRow("city") << "kota bandung"
                              << "bandung";
        QTest::newRow("regency") << "kabupaten bandung barat"
                                 << "bandung barat";
        QTest::newRow("administrative") << "kabupaten administrasi kepulauan seribu"
                                        << "kepulauan seribu";
        QTest::newRow("city inside a name") << "tidore kepulauan"
                                            << "tidore kepulauan";
        QTest::newRow("only the word") << "kota"
                                       << "kota";
        QTest::newRow("word prefix is not the word") << "kotabaru"
                                                     << "kotabaru";
    }
    void bareKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, bare);
        QCOMPARE(QString::fromStdString(AreaNames::bareKey(key.toStdString())), bare);
    }

    void kinds()
    {
        QCOMPARE(AreaNames::regencyKind("KOTA BANDUNG"), std::string("kota"));
        QCOMPARE(AreaNames::regencyKind("KOTA ADMINISTRASI JAKARTA PUSAT"), std::string("kota"));
        QCOMPARE(AreaNames::regencyKind("KABUPATEN KOTABARU"), std::string("kabupaten"));
        QCOMPARE(AreaNames::villageKind("32.73.01.1001"), std::string("kelurahan"));
        QCOMPARE(AreaNames::villageKind("32.04.13.2001"), std::string("desa"));
        QCOMPARE(AreaNames::villageKind("91.03.01.3007"), std::string("desa_adat"));
        QCOMPARE(AreaNames::villageKind("32.73"), std::string());
    }

    void shortRegencyNames()
    {
        QCOMPARE(AreaNames::shortRegencyName("Kabupaten Bandung"), std::string("Kab. Bandung"));
        QCOMPARE(AreaNames::shortRegencyName("Kota Bandung"), std::string("Kota Bandung"));
        QCOMPARE(AreaNames::shortRegencyName("Kota Administrasi Jakarta Pusat"),
                 std::string("Kota Adm. Jakarta Pusat"));
        QCOMPARE(AreaNames::shortRegencyName("Kabupaten Administrasi Kepulauan Seribu"),
                 std::string("Kab. Adm. Kepulauan Seribu"));
    }

    void codeLevels_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("level"); // -1: not an area code
        QTest::newRow("province") << "32" << int(AreaLevel::Province);
        QTest::newRow("regency") << "32.73" << int(AreaLevel::Regency);
        QTest::newRow("district") << "32.73.01" << int(AreaLevel::District);
        QTest::newRow("village") << "32.73.01.1001" << int(AreaLevel::Village);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("undotted") << "3273" << -1;
        QTest::newRow("letters") << "3a.73" << -1;
        QTest::newRow("short village") << "32.73.01.100" << -1;
        QTest::newRow("trailing dot") << "32." << -1;
        QTest::newRow("injection") << "32'--" << -1;
    }
    void codeLevels()
    {
        QFETCH(QString, code);
        QFETCH(int, level);
        const auto found = ey::regions::levelOfCode(code.toStdString());
        QCOMPARE(found ? int(*found) : -1, level);
    }
};

QTEST_APPLESS_MAIN(TestAreaNames)
#include "TestAreaNames.moc"

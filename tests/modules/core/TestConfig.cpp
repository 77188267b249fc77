// Whole-number settings: what an operator types in the config file or environment, and what the
// server then uses.
#include "Config.h"

#include <QTest>

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void integerSetting_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("used");
        QTest::newRow("unset") << QString() << qint64(24);
        QTest::newRow("plain") << QStringLiteral("48") << qint64(48);
        QTest::newRow("below the minimum") << QStringLiteral("0") << qint64(1);
        QTest::newRow("above the maximum") << QStringLiteral("100000") << qint64(720);
        QTest::newRow("not a number") << QStringLiteral("sehari") << qint64(24);
        QTest::newRow("trailing text") << QStringLiteral("12jam") << qint64(24);
        QTest::newRow("too large for 64 bits") << QStringLiteral("99999999999999999999")
                                               << qint64(24);
    }

    void integerSetting()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, used);
        ey::core::Config config;
        if (!typed.isNull())
            config.values["payments.manual_pay_hours"] = typed.toStdString();
        QCOMPARE(config.integer("payments.manual_pay_hours", 24, 1, 720), used);
    }
};

QTEST_APPLESS_MAIN(TestConfig)
#include "TestConfig.moc"

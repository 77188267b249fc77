// BrandingTheme without a server: defaults, logo by role, palette and stylesheet from a document.
#include "ApiClient.h"
#include "BrandingTheme.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ey::desk;

class TestBrandingTheme : public QObject
{
    Q_OBJECT

    static QJsonObject document()
    {
        // Plain literals: moc does not parse multi-line raw strings.
        return QJsonDocument::fromJson(
                   "{"
                   "\"platform_name\": \"Ekspor Hebat\", \"tagline\": \"Go global\","
                   "\"logos\": {\"main\": \"/api/v1/branding/assets/main.png\", \"affiliate\": "
                   "\"/api/v1/branding/assets/aff.png\","
                   "\"favicon\": null},"
                   "\"colors\": {\"primary\": \"#123456\", \"text_on_primary\": \"#FFFFFF\", "
                   "\"text\": \"#222222\","
                   "\"background\": \"#FAFAFA\", \"neutral_light\": \"#FFFFFF\", \"neutral_dark\": "
                   "\"#000000\"},"
                   "\"typography\": {\"heading_size\": 26, \"body_size\": 15, \"font_family\": "
                   "\"Inter\"},"
                   "\"components\": {\"sidebar_bg\": \"#0B1F66\", \"sidebar_text\": \"#FFFFFF\", "
                   "\"sidebar_active_bg\": \"#FFC30D\","
                   "\"sidebar_active_text\": \"#111827\", \"border_radius\": 12, "
                   "\"button_primary_bg\": \"not-a-colour\"},"
                   "\"notifications\": {\"popup_enabled\": false, \"popup_seconds\": 9}"
                   "}")
            .object();
    }

private slots:
    void defaultsBeforeTheServerAnswers()
    {
        ApiClient api;
        BrandingTheme theme(api);
        QCOMPARE(theme.platformName(), QStringLiteral("EksporYuk"));
        QCOMPARE(theme.color(QStringLiteral("colors"), QStringLiteral("primary")),
                 QColor(QStringLiteral("#2047FC")));
        QCOMPARE(theme.logoPathFor({QStringLiteral("admin")}), QString());
        QVERIFY(theme.popupEnabled());
        QCOMPARE(theme.popupSeconds(), 5);
    }

    void logoFollowsRole_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("affiliateLogoSet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("admin") << QStringList{QStringLiteral("admin")} << true
                               << QStringLiteral("/api/v1/branding/assets/main.png");
        QTest::newRow("affiliate")
            << QStringList{QStringLiteral("member_free"), QStringLiteral("affiliate")} << true
            << QStringLiteral("/api/v1/branding/assets/aff.png");
        QTest::newRow("affiliate without own logo")
            << QStringList{QStringLiteral("affiliate")} << false
            << QStringLiteral("/api/v1/branding/assets/main.png");
    }

    void logoFollowsRole()
    {
        QFETCH(QStringList, roles);
        QFETCH(bool, affiliateLogoSet);
        QFETCH(QString, expected);
        ApiClient api;
        BrandingTheme theme(api);
        QJsonObject doc = document();
        if (!affiliateLogoSet) {
            QJsonObject logos = doc.value(QStringLiteral("logos")).toObject();
            logos.insert(QStringLiteral("affiliate"), QJsonValue::Null);
            doc.insert(QStringLiteral("logos"), logos);
        }
        theme.setDocument(doc);
        QCOMPARE(theme.logoPathFor(roles), expected);
    }

    void paletteAndStyleSheetUseServerValues()
    {
        ApiClient api;
        BrandingTheme theme(api);
        QSignalSpy changed(&theme, &BrandingTheme::changed);
        theme.setDocument(document());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(theme.platformName(), QStringLiteral("Ekspor Hebat"));
        const QPalette palette = theme.palette(QPalette());
        QCOMPARE(palette.color(QPalette::Highlight), QColor(QStringLiteral("#123456")));
        QCOMPARE(palette.color(QPalette::Window), QColor(QStringLiteral("#FAFAFA")));
        const QString sheet = theme.styleSheet();
        QVERIFY(sheet.contains(
            QStringLiteral("#workspaceSidebar { background: #0b1f66; color: #ffffff")));
        QVERIFY(sheet.contains(QStringLiteral("background: #ffc30d; color: #111827")));
        QVERIFY(sheet.contains(QStringLiteral("border-radius: 12px")));
        // A malformed colour falls back to the product default rather than breaking the sheet.
        QVERIFY(
            sheet.contains(QStringLiteral("QPushButton[primary=\"true\"] { background: #2047fc")));
        QCOMPARE(theme.font(QFont()).pixelSize(), 15);
        QVERIFY(!theme.popupEnabled());
        QCOMPARE(theme.popupSeconds(), 9);
    }

    void brandingEventTriggersRefetchOnlyWhenNew()
    {
        ApiClient api;
        api.setBaseUrl(
            QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens: the refetch fails
        BrandingTheme theme(api);
        QSignalSpy failed(&theme, &BrandingTheme::refreshFailed);
        theme.handleEvent(QStringLiteral("notification"), {});
        theme.handleEvent(QStringLiteral("branding.updated"),
                          {{QStringLiteral("etag"), QStringLiteral("\"v2\"")}});
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().value<ApiError>().isNetworkError());
    }
};

QTEST_MAIN(TestBrandingTheme)
#include "TestBrandingTheme.moc"

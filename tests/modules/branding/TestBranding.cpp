// Branding over HTTP: defaults, caching, partial updates, WCAG contrast, permissions, concurrent
// admins, logo and favicon uploads, and the activity log.
#include "TestSupport.h"

#include "ServerInstance.h"

#include <QTest>

#include <filesystem>

using namespace ey;

namespace {

// A real 1x1 PNG.
const unsigned char kPngBytes[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
    0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
    0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};
const std::string kPng(reinterpret_cast<const char*>(kPngBytes), sizeof kPngBytes);
const std::string kSafeSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                             "<rect width=\"10\" height=\"10\" fill=\"#2047FC\"/></svg>";
// An ICO directory with one 16x16 entry (enough for the content check).
const std::string kIco(std::string("\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00", 14) +
                       std::string(64, '\x01'));

std::string jsonText(const core::json::ObjectPtr& object, const std::string& section,
                     const std::string& key)
{
    return object->getObject(section)->getValue<std::string>(key);
}

bool isNull(const core::json::ObjectPtr& object, const std::string& section, const std::string& key)
{
    return object->getObject(section)->isNull(key);
}

} // namespace

class TestBranding : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_admin;
    std::unique_ptr<test::HttpClient> m_member;
    std::unique_ptr<test::HttpClient> m_anonymous;
    std::string m_adminId;

    test::HttpResult put(test::HttpClient& client, const std::string& body,
                         std::map<std::string, std::string> headers = {})
    {
        return client.request("PUT", "/api/v1/branding", body, std::move(headers));
    }
    test::HttpResult upload(const std::string& kind, const std::string& bytes)
    {
        // The Content-Type the client sends is deliberately wrong: the server decides by content.
        return m_admin->request("POST", "/api/v1/branding/assets/" + kind, bytes,
                                {{"Content-Type", "image/gif"}});
    }
    std::size_t storedFiles() const
    {
        std::size_t count = 0;
        const auto root = std::filesystem::path(m_server->dataDir()) / "files";
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            count += entry.is_regular_file();
        return count;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        m_adminId = test::createUser(m_server->instance(), "admin@eksporyuk.test", {"admin"});
        test::createUser(m_server->instance(), "member@eksporyuk.test", {"member_free"});
        m_admin = std::make_unique<test::HttpClient>(m_server->baseUrl());
        m_admin->login("admin@eksporyuk.test", test::kTestPassword);
        m_member = std::make_unique<test::HttpClient>(m_server->baseUrl());
        m_member->login("member@eksporyuk.test", test::kTestPassword);
        m_anonymous = std::make_unique<test::HttpClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_admin.reset();
        m_member.reset();
        m_anonymous.reset();
        m_server.reset();
    }

    void defaultsFollowTheSeed()
    {
        const auto result = m_anonymous->get("/api/v1/branding");
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        QCOMPARE(body->getValue<std::string>("platform_name"), std::string("EksporYuk"));
        QCOMPARE(jsonText(body, "colors", "primary"), std::string("#2047FC"));
        QCOMPARE(jsonText(body, "colors", "secondary"), std::string("#FFC30D"));
        QCOMPARE(jsonText(body, "colors", "neutral_light"), std::string("#FFFFFF"));
        QCOMPARE(jsonText(body, "colors", "text_on_primary"), std::string("#FFFFFF"));
        QCOMPARE(jsonText(body, "components", "button_primary_bg"), std::string("#2047FC"));
        QCOMPARE(body->getObject("components")->getValue<int>("border_radius"), 8);
        QCOMPARE(body->getObject("typography")->getValue<int>("heading_size"), 24);
        QCOMPARE(body->getObject("typography")->getValue<int>("body_size"), 14);
        QVERIFY(body->getObject("notifications")->getValue<bool>("popup_enabled"));
        QVERIFY(isNull(body, "logos", "main"));
        QVERIFY(isNull(body, "logos", "affiliate"));
        QVERIFY(isNull(body, "logos", "favicon"));
        QCOMPARE(body->getValue<int>("version"), 1);
        QVERIFY(!body->getValue<std::string>("updated_at").empty());
        const auto etag = result.header("etag");
        QVERIFY2(etag.size() > 2 && etag.front() == '"' && etag.back() == '"', etag.c_str());
        QCOMPARE(result.header("cache-control"), std::string("no-cache"));
    }

    void etagGivesNotModifiedUntilAnUpdate()
    {
        const auto first = m_anonymous->get("/api/v1/branding");
        const auto etag = first.header("etag");

        const auto cached =
            m_anonymous->request("GET", "/api/v1/branding", {}, {{"If-None-Match", etag}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.empty());
        QCOMPARE(cached.header("etag"), etag);
        // Weak comparison, and a list of tags, as browsers and proxies send them.
        QCOMPARE(
            m_anonymous->request("GET", "/api/v1/branding", {}, {{"If-None-Match", "W/" + etag}})
                .status,
            304);
        QCOMPARE(
            m_anonymous
                ->request("GET", "/api/v1/branding", {}, {{"If-None-Match", "\"other\", " + etag}})
                .status,
            304);

        QCOMPARE(put(*m_admin, "{\"tagline\": \"Ekspor mudah untuk UMKM\"}").status, 200);

        const auto fresh =
            m_anonymous->request("GET", "/api/v1/branding", {}, {{"If-None-Match", etag}});
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.header("etag") != etag);
        QCOMPARE(fresh.json()->getValue<std::string>("tagline"),
                 std::string("Ekspor mudah untuk UMKM"));
        QCOMPARE(fresh.json()->getValue<int>("version"), 2);
    }

    void partialUpdateKeepsOtherFields()
    {
        auto result = put(
            *m_admin, "{\"tagline\": \"  Go global  \", \"typography\": {\"heading_size\": 32}}");
        QCOMPARE(result.status, 200);
        result =
            put(*m_admin, "{\"colors\": {\"primary\": \"#1e3a8a\", \"neutral_dark\": \"#000\"}}");
        QCOMPARE(result.status, 200);
        const auto body = m_anonymous->get("/api/v1/branding").json();
        QCOMPARE(body->getValue<std::string>("tagline"), std::string("Go global"));
        QCOMPARE(body->getObject("typography")->getValue<int>("heading_size"), 32);
        QCOMPARE(body->getObject("typography")->getValue<int>("body_size"), 14);
        QCOMPARE(jsonText(body, "colors", "primary"), std::string("#1E3A8A"));
        QCOMPARE(jsonText(body, "colors", "neutral_dark"), std::string("#000000"));
        QCOMPARE(jsonText(body, "colors", "secondary"), std::string("#FFC30D"));
        QCOMPARE(body->getValue<std::string>("platform_name"), std::string("EksporYuk"));
        QCOMPARE(jsonText(body, "components", "sidebar_active_bg"), std::string("#2047FC"));
        QCOMPARE(body->getValue<int>("version"), 3);

        // Sending back what was received (read-only members included) changes nothing.
        const auto same = put(*m_admin, m_anonymous->get("/api/v1/branding").body);
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json()->getValue<int>("version"), 3);
    }

    void lowContrastPairIsRefused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<QString>("expected");

        QTest::newRow("text on primary")
            << "{\"colors\": {\"primary\": \"#FFC30D\"}}"
            << "colors.text_on_primary"
            << "colors.primary"
            << "Kontras teks di atas warna primer terhadap warna primer 1.6:1, minimal 4.5:1";
        QTest::newRow("text on secondary")
            << "{\"colors\": {\"text_on_secondary\": \"#FFFFFF\"}}"
            << "colors.text_on_secondary"
            << "colors.secondary"
            << "Kontras teks di atas warna sekunder terhadap warna sekunder 1.6:1";
        // 4.48 must not read as "4.5" next to "minimal 4.5".
        QTest::newRow("text on background")
            << "{\"colors\": {\"text\": \"#777777\"}}"
            << "colors.text"
            << "colors.background"
            << "Kontras teks terhadap latar halaman 4.4:1, minimal 4.5:1";
        QTest::newRow("primary button")
            << "{\"components\": {\"button_primary_bg\": \"#FF0000\"}}"
            << "components.button_primary_text"
            << "components.button_primary_bg"
            << "Kontras teks tombol utama terhadap latar 3.9:1, minimal 4.5:1";
        QTest::newRow("secondary button")
            << "{\"components\": {\"button_secondary_text\": \"#FFF\"}}"
            << "components.button_secondary_text"
            << "components.button_secondary_bg"
            << "Kontras teks tombol sekunder terhadap latar 1.6:1";
        QTest::newRow("sidebar") << "{\"components\": {\"sidebar_text\": \"#CCCCCC\"}}"
                                 << "components.sidebar_text"
                                 << "components.sidebar_bg"
                                 << "Kontras teks sidebar terhadap latar sidebar 1.6:1";
        QTest::newRow("sidebar active")
            << "{\"components\": {\"sidebar_active_bg\": \"#4F6BFD\"}}"
            << "components.sidebar_active_text"
            << "components.sidebar_active_bg"
            << "Kontras teks menu aktif sidebar terhadap latar menu aktif 4.3:1";
        QTest::newRow("card") << "{\"components\": {\"card_bg\": \"#111827\"}}"
                              << "components.card_text"
                              << "components.card_bg"
                              << "Kontras teks kartu terhadap latar kartu 1.0:1";
    }

    void lowContrastPairIsRefused()
    {
        QFETCH(QString, body);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(QString, expected);

        const auto result = put(*m_admin, body.toStdString());
        QCOMPARE(result.status, 422);
        const auto errors = result.json()->getObject("errors");
        QVERIFY2(errors, result.body.c_str());
        QVERIFY2(errors->has(foreground.toStdString()), result.body.c_str());
        QVERIFY2(errors->has(background.toStdString()), result.body.c_str());
        const auto message = errors->getValue<std::string>(foreground.toStdString());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(errors->getValue<std::string>(background.toStdString()), message);
        // Nothing was saved.
        QCOMPARE(m_anonymous->get("/api/v1/branding").json()->getValue<int>("version"), 1);
    }

    void contrastErrorSpeaksEnglishWhenAsked()
    {
        const auto result = put(*m_admin, "{\"colors\": {\"text\": \"#777777\"}}",
                                {{"Accept-Language", "en-US,en;q=0.8"}});
        QCOMPARE(result.status, 422);
        const auto message =
            result.json()->getObject("errors")->getValue<std::string>("colors.text");
        QVERIFY2(message.find("text against the page background is 4.4:1; at least 4.5:1") !=
                     std::string::npos,
                 message.c_str());
    }

    void badValuesAreNamedByPath_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");

        QTest::newRow("colour not hex") << "{\"colors\": {\"primary\": \"blue\"}}"
                                        << "colors.primary";
        QTest::newRow("colour five digits") << "{\"colors\": {\"secondary\": \"#12345\"}}"
                                            << "colors.secondary";
        QTest::newRow("colour without hash") << "{\"components\": {\"hover_bg\": \"EEF2FF\"}}"
                                             << "components.hover_bg";
        QTest::newRow("heading too big") << "{\"typography\": {\"heading_size\": 49}}"
                                         << "typography.heading_size";
        QTest::newRow("heading too small") << "{\"typography\": {\"heading_size\": 15}}"
                                           << "typography.heading_size";
        QTest::newRow("body too small") << "{\"typography\": {\"body_size\": 11}}"
                                        << "typography.body_size";
        QTest::newRow("body too big") << "{\"typography\": {\"body_size\": 21}}"
                                      << "typography.body_size";
        QTest::newRow("radius") << "{\"components\": {\"border_radius\": 25}}"
                                << "components.border_radius";
        QTest::newRow("radius not a number") << "{\"components\": {\"border_radius\": \"8px\"}}"
                                             << "components.border_radius";
        QTest::newRow("empty name") << "{\"platform_name\": \"  \"}"
                                    << "platform_name";
        QTest::newRow("long short name") << "{\"short_name\": \"1234567890123456789012345678901\"}"
                                         << "short_name";
        QTest::newRow("long tagline")
            << QString::fromStdString("{\"tagline\": \"" + std::string(201, 'x') + "\"}")
            << "tagline";
        QTest::newRow("name with newline") << "{\"platform_name\": \"Ekspor\\nYuk\"}"
                                           << "platform_name";
        QTest::newRow("font with css")
            << "{\"typography\": {\"font_family\": \"Inter; color: red\"}}"
            << "typography.font_family";
        QTest::newRow("unknown colour") << "{\"colors\": {\"accent\": \"#000000\"}}"
                                        << "colors.accent";
        QTest::newRow("unknown section") << "{\"colours\": {}}"
                                         << "colours";
        QTest::newRow("section not object") << "{\"typography\": 14}"
                                            << "typography";
        QTest::newRow("popup seconds") << "{\"notifications\": {\"popup_seconds\": 0}}"
                                       << "notifications.popup_seconds";
        QTest::newRow("sound not bool") << "{\"notifications\": {\"sound\": \"yes\"}}"
                                        << "notifications.sound";
    }

    void badValuesAreNamedByPath()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        const auto result = put(*m_admin, body.toStdString());
        QCOMPARE(result.status, 422);
        const auto errors = result.json()->getObject("errors");
        QVERIFY2(errors && errors->has(field.toStdString()), result.body.c_str());
    }

    void boundariesAreAccepted()
    {
        const auto result =
            put(*m_admin,
                "{\"typography\": {\"heading_size\": 48, \"body_size\": 12}, \"components\": "
                "{\"border_radius\": 0}, \"short_name\": \"123456789012345678901234567890\"}");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getObject("typography")->getValue<int>("heading_size"), 48);
        QCOMPARE(result.json()->getObject("components")->getValue<int>("border_radius"), 0);
    }

    void contrastEndpoint_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<bool>("passes");

        QTest::newRow("black on white") << "fg=%23000000&bg=%23FFFFFF" << 21.0 << true;
        QTest::newRow("order irrelevant") << "fg=%23FFFFFF&bg=%23000000" << 21.0 << true;
        QTest::newRow("white on primary") << "fg=%23FFFFFF&bg=%232047FC" << 6.23 << true;
        QTest::newRow("without hash, short") << "fg=fff&bg=2047fc" << 6.23 << true;
        QTest::newRow("grey just below AA") << "fg=%23777777&bg=%23FFFFFF" << 4.48 << false;
        QTest::newRow("white on secondary") << "fg=%23FFFFFF&bg=%23FFC30D" << 1.61 << false;
        QTest::newRow("same colour") << "fg=%23123456&bg=%23123456" << 1.0 << false;
    }

    void contrastEndpoint()
    {
        QFETCH(QString, query);
        QFETCH(double, ratio);
        QFETCH(bool, passes);
        const auto result = m_anonymous->get("/api/v1/branding/contrast?" + query.toStdString());
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        QCOMPARE(body->getValue<double>("ratio"), ratio);
        QCOMPARE(body->getValue<bool>("passes_aa"), passes);
        QCOMPARE(body->getValue<double>("minimum"), 4.5);
    }

    void contrastEndpointRefusesBadColours()
    {
        const auto result = m_anonymous->get("/api/v1/branding/contrast?fg=%23GGGGGG");
        QCOMPARE(result.status, 422);
        const auto errors = result.json()->getObject("errors");
        QVERIFY(errors->has("fg"));
        QVERIFY(errors->has("bg"));
    }

    void onlyBrandingManagersMayWrite()
    {
        const std::string change = "{\"tagline\": \"Diubah\"}";
        QCOMPARE(put(*m_anonymous, change).status, 401);
        QCOMPARE(put(*m_member, change).status, 403);
        QCOMPARE(m_member->request("POST", "/api/v1/branding/assets/main", kPng).status, 403);
        QCOMPARE(m_anonymous->request("POST", "/api/v1/branding/assets/main", kPng).status, 401);
        QCOMPARE(m_member->request("DELETE", "/api/v1/branding/assets/main").status, 403);
        QCOMPARE(m_anonymous->request("DELETE", "/api/v1/branding/assets/main").status, 401);
        // Reading is for everyone, and nothing changed.
        const auto body = m_member->get("/api/v1/branding").json();
        QCOMPARE(body->getValue<int>("version"), 1);
        QVERIFY(body->getValue<std::string>("tagline") != "Diubah");
        QCOMPARE(put(*m_admin, change).status, 200);
    }

    void staleIfMatchIsRefused()
    {
        const auto loaded = m_admin->get("/api/v1/branding").header("etag");

        test::HttpClient otherAdmin(m_server->baseUrl());
        test::createUser(m_server->instance(), "admin2@eksporyuk.test", {"admin"});
        otherAdmin.login("admin2@eksporyuk.test", test::kTestPassword);
        const auto first =
            put(otherAdmin, "{\"platform_name\": \"EksporYuk Pro\"}", {{"If-Match", loaded}});
        QCOMPARE(first.status, 200);

        const auto stale =
            put(*m_admin, "{\"platform_name\": \"EksporYuk Lama\"}", {{"If-Match", loaded}});
        QCOMPARE(stale.status, 412);
        QVERIFY(!stale.json()->getValue<std::string>("detail").empty());
        QCOMPARE(stale.header("etag"), first.header("etag"));
        QCOMPARE(
            m_anonymous->get("/api/v1/branding").json()->getValue<std::string>("platform_name"),
            std::string("EksporYuk Pro"));

        // Uploads honour it too.
        QCOMPARE(
            m_admin->request("POST", "/api/v1/branding/assets/main", kPng, {{"If-Match", loaded}})
                .status,
            412);

        const auto retried = put(*m_admin, "{\"platform_name\": \"EksporYuk Lama\"}",
                                 {{"If-Match", stale.header("etag")}});
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json()->getValue<std::string>("platform_name"),
                 std::string("EksporYuk Lama"));
    }

    void uploadedLogoIsServedBack()
    {
        const auto before = m_anonymous->get("/api/v1/branding").header("etag");
        const auto result = upload("main", kPng);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("etag") != before);
        const auto body = result.json();
        QVERIFY(isNull(body, "logos", "affiliate"));
        const auto url = jsonText(body, "logos", "main");
        QVERIFY2(url.starts_with("/api/v1/branding/assets/main?v="), url.c_str());

        const auto served = m_anonymous->get(url);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, kPng);
        QCOMPARE(served.header("content-type"), std::string("image/png"));
        QCOMPARE(served.header("cache-control"),
                 std::string("public, max-age=31536000, immutable"));
        const auto etag = served.header("etag");
        QVERIFY(!etag.empty());
        QCOMPARE(m_anonymous->request("GET", url, {}, {{"If-None-Match", etag}}).status, 304);
        // The unversioned address is revalidated.
        QCOMPARE(m_anonymous->get("/api/v1/branding/assets/main").header("cache-control"),
                 std::string("no-cache"));

        // Replacing the logo leaves one file behind, not two.
        const std::string otherPng =
            kPng + std::string("trailing bytes keep the magic number valid");
        const auto replaced = upload("main", otherPng);
        QCOMPARE(replaced.status, 200);
        QVERIFY(jsonText(replaced.json(), "logos", "main") != url);
        QCOMPARE(m_anonymous->get(jsonText(replaced.json(), "logos", "main")).body, otherPng);
        QCOMPARE(storedFiles(), std::size_t(1));
    }

    void faviconAcceptsIcoAndSvg()
    {
        auto result = upload("favicon", kIco);
        QCOMPARE(result.status, 200);
        auto served = m_anonymous->get(jsonText(result.json(), "logos", "favicon"));
        QCOMPARE(served.header("content-type"), std::string("image/x-icon"));
        QCOMPARE(served.body, kIco);

        result = upload("affiliate", kSafeSvg);
        QCOMPARE(result.status, 200);
        served = m_anonymous->get(jsonText(result.json(), "logos", "affiliate"));
        QCOMPARE(served.header("content-type"), std::string("image/svg+xml"));
        QVERIFY(!served.header("content-security-policy").empty());
        QCOMPARE(served.body, kSafeSvg);
    }

    void badUploadsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");

        const QByteArray exe =
            QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", 16) +
            QByteArray(512, '\0');
        const QByteArray png = QByteArray::fromStdString(kPng);
        QTest::newRow("exe as logo") << "main" << exe << 415 << "PNG, JPEG atau SVG";
        QTest::newRow("exe as favicon") << "favicon" << exe << 415 << "PNG, ICO atau SVG";
        QTest::newRow("pdf as logo") << "affiliate" << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
                                     << 415 << "PNG, JPEG atau SVG";
        QTest::newRow("jpeg as favicon")
            << "favicon" << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) << 415
            << "PNG, ICO atau SVG";
        QTest::newRow("svg with script")
            << "main"
            << QByteArray(
                   "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            << 415 << "skrip";
        QTest::newRow("svg with handler")
            << "favicon" << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>")
            << 415 << "skrip";
        QTest::newRow("logo over 1 MiB")
            << "main" << png + QByteArray(1024 * 1024 + 1 - png.size(), '\0') << 413
            << "maksimal 1 MiB";
        QTest::newRow("favicon over 256 KiB")
            << "favicon" << png + QByteArray(256 * 1024 + 1 - png.size(), '\0') << 413
            << "maksimal 256 KiB";
        QTest::newRow("empty") << "main" << QByteArray() << 400 << "Tidak ada berkas";
        QTest::newRow("unknown kind") << "banner" << png << 404 << "main, affiliate atau favicon";
    }

    void badUploadsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const auto result = upload(kind.toStdString(), bytes.toStdString());
        QCOMPARE(result.status, status);
        const auto text = result.json()->getValue<std::string>("detail");
        QVERIFY2(text.find(detail.toStdString()) != std::string::npos, text.c_str());
        const auto body = m_anonymous->get("/api/v1/branding").json();
        QCOMPARE(body->getValue<int>("version"), 1);
        QCOMPARE(storedFiles(), std::size_t(0));
    }

    void logoUpToTheLimitIsAccepted()
    {
        const std::string exact = kPng + std::string(1024 * 1024 - kPng.size(), '\0');
        QCOMPARE(upload("main", exact).status, 200);
    }

    void removedLogoIsGone()
    {
        QCOMPARE(m_anonymous->get("/api/v1/branding/assets/main").status, 404);
        const auto uploaded = upload("main", kPng);
        QCOMPARE(uploaded.status, 200);
        const auto removed = m_admin->request("DELETE", "/api/v1/branding/assets/main");
        QCOMPARE(removed.status, 200);
        QVERIFY(isNull(removed.json(), "logos", "main"));
        QVERIFY(removed.header("etag") != uploaded.header("etag"));
        const auto gone = m_anonymous->get("/api/v1/branding/assets/main");
        QCOMPARE(gone.status, 404);
        QVERIFY(!gone.json()->getValue<std::string>("detail").empty());
        QCOMPARE(storedFiles(), std::size_t(0));
        QCOMPARE(m_admin->request("DELETE", "/api/v1/branding/assets/main").status, 404);
    }

    void changesAreAuditedWithBeforeAndAfter()
    {
        QCOMPARE(put(*m_admin,
                     "{\"tagline\": \"Tagline baru\", \"colors\": {\"secondary\": \"#FDE047\"}}")
                     .status,
                 200);
        QCOMPARE(upload("affiliate", kPng).status, 200);
        QCOMPARE(m_admin->request("DELETE", "/api/v1/branding/assets/affiliate").status, 200);
        // Refused changes leave no trace.
        QCOMPARE(put(*m_admin, "{\"colors\": {\"text\": \"#FFFFFF\"}}").status, 422);

        auto& db = m_server->instance().db();
        const auto rows = db.exec("SELECT action, actor_id::text AS actor_id, before::text AS "
                                  "before, after::text AS after"
                                  " FROM activity_log WHERE entity_type = 'branding' ORDER BY id");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].str("action"), std::string("branding.update"));
        QCOMPARE(rows[1].str("action"), std::string("branding.asset.upload"));
        QCOMPARE(rows[2].str("action"), std::string("branding.asset.remove"));
        for (const auto& row : rows)
            QCOMPARE(row.str("actor_id"), m_adminId);

        const auto before = core::json::parseObject(rows[0].str("before"));
        const auto after = core::json::parseObject(rows[0].str("after"));
        QVERIFY(before->getValue<std::string>("tagline") != "Tagline baru");
        QCOMPARE(after->getValue<std::string>("tagline"), std::string("Tagline baru"));
        QCOMPARE(jsonText(before, "colors", "secondary"), std::string("#FFC30D"));
        QCOMPARE(jsonText(after, "colors", "secondary"), std::string("#FDE047"));

        QVERIFY(isNull(core::json::parseObject(rows[1].str("before")), "logos", "affiliate"));
        QVERIFY(!isNull(core::json::parseObject(rows[1].str("after")), "logos", "affiliate"));
        QVERIFY(isNull(core::json::parseObject(rows[2].str("after")), "logos", "affiliate"));

        // The row records who saved last.
        QCOMPARE(db.exec("SELECT updated_by::text AS updated_by FROM branding_settings")
                     .front()
                     .str("updated_by"),
                 m_adminId);
    }
};

QTEST_GUILESS_MAIN(TestBranding)
#include "TestBranding.moc"

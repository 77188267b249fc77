// Plan logos and banners, product covers: what an admin uploading them and a visitor loading
// them see — content-checked types, the 2 MiB limit, replacement, the audit row, public reads.
#include "CatalogTestKit.h"

#include "Files.h"

#include <QTest>

#include <filesystem>

using namespace ey;
using namespace ey::test::catalog;
using ey::test::HttpClient;
using ey::test::TestServer;

namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\x01');
const std::string kJpeg = std::string("\xff\xd8\xff\xe0", 4) + std::string(64, '\x02');
const std::string kWebp = std::string("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) + std::string(64, '\x03');

bool fileExists(TestServer& server, const std::string& key)
{
    // FileStore layout: <data dir>/files/<first two>/<key>.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(server.dataDir()))
        if (entry.path().filename() == key)
            return true;
    return false;
}

} // namespace

class TestCatalogImages : public QObject
{
    Q_OBJECT
private slots:
    void uploadsEachKindAndServesIt_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("column");
        QTest::newRow("plan logo png") << "plan"
                                       << "logo" << QByteArray::fromStdString(kPng) << "image/png"
                                       << "logo_key";
        QTest::newRow("plan banner jpeg")
            << "plan"
            << "banner" << QByteArray::fromStdString(kJpeg) << "image/jpeg"
            << "banner_key";
        QTest::newRow("product cover webp")
            << "product"
            << "cover" << QByteArray::fromStdString(kWebp) << "image/webp"
            << "cover_key";
    }
    void uploadsEachKindAndServesIt()
    {
        QFETCH(QString, target);
        QFETCH(QString, slot);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(QString, column);
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const bool plan = target == QStringLiteral("plan");
        const auto document =
            plan ? created(admin, "/api/v1/admin/catalog/plans", planBody("Paket Gambar", "active"))
                 : created(admin, "/api/v1/admin/catalog/products", productBody("Ebook Gambar"));
        const auto id = field(document, "id");
        const auto base =
            std::string(plan ? "/api/v1/admin/catalog/plans/" : "/api/v1/admin/catalog/products/") +
            id;
        const auto uploadPath = base + "/" + slot.toStdString();

        const auto first = admin.http.request("PUT", uploadPath, bytes.toStdString());
        QCOMPARE(first.status, 200);
        const auto key = first.json()->getValue<std::string>("key");
        QCOMPARE(first.json()->getValue<std::string>("url"), "/media/catalog/" + key);
        QCOMPARE(field(admin.http.get(base).json(), column.toStdString()), key);

        HttpClient visitor(server.baseUrl());
        const auto image = visitor.get("/media/catalog/" + key);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("content-type"), mime.toStdString());
        QCOMPARE(image.body, bytes.toStdString());
        QCOMPARE(image.header("cache-control"), std::string("public, max-age=31536000, immutable"));
        QCOMPARE(visitor
                     .request("GET", "/media/catalog/" + key, {},
                              {{"If-None-Match", image.header("etag")}})
                     .status,
                 304);

        // A new upload replaces the old file: its address stops working and the file is gone.
        const auto second = admin.http.request("PUT", uploadPath, kPng);
        QCOMPARE(second.status, 200);
        const auto newKey = second.json()->getValue<std::string>("key");
        QVERIFY(newKey != key);
        QCOMPARE(visitor.get("/media/catalog/" + key).status, 404);
        QVERIFY(!fileExists(server, key));
        QVERIFY(fileExists(server, newKey));
        const auto action =
            plan ? "catalog.plan." + slot.toStdString() : std::string("catalog.product.cover");
        QCOMPARE(auditRows(server, action, id), std::int64_t(2));
    }

    void refusesWhatIsNotAnImageOrTooLarge()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto planId = field(
            created(admin, "/api/v1/admin/catalog/plans", planBody("Paket Uji", "active")), "id");
        const auto path = "/api/v1/admin/catalog/plans/" + planId + "/logo";

        const auto script = admin.http.request("PUT", path, "<svg onload=alert(1)></svg>   ");
        QCOMPARE(script.status, 415);
        QCOMPARE(script.json()->getValue<std::string>("detail"),
                 std::string("Logo paket harus berupa gambar PNG, JPEG atau WebP; isi berkas ini "
                             "bukan salah satunya."));
        const auto gif =
            admin.http.request("PUT", path, std::string("GIF89a") + std::string(40, 'x'));
        QCOMPARE(gif.status, 415);

        const auto huge = admin.http.request("PUT", path, kPng + std::string(2 * 1024 * 1024, 'x'));
        QCOMPARE(huge.status, 413);
        QVERIFY(huge.json()->getValue<std::string>("detail").find("maksimal 2 MiB") !=
                std::string::npos);

        QCOMPARE(admin.http.request("PUT", path, "").status, 400);
        QCOMPARE(
            admin.http
                .request("PUT",
                         "/api/v1/admin/catalog/plans/00000000-0000-0000-0000-000000000000/logo",
                         kPng)
                .status,
            404);
        QCOMPARE(
            admin.http.request("PUT", "/api/v1/admin/catalog/plans/bukan-id/banner", kPng).status,
            404);
        // Nothing was stored and nothing was logged.
        QCOMPARE(auditRows(server, "catalog.plan.logo", planId), std::int64_t(0));
        QVERIFY(admin.http.get("/api/v1/admin/catalog/plans/" + planId).json()->isNull("logo_key"));
    }

    void editingThePlanKeepsItsImages()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto planId = field(
            created(admin, "/api/v1/admin/catalog/plans", planBody("Paket Edit", "active")), "id");
        const auto key =
            admin.http.request("PUT", "/api/v1/admin/catalog/plans/" + planId + "/logo", kPng)
                .json()
                ->getValue<std::string>("key");
        // The desk saves the document without image keys, or with a made-up one: neither
        // drops nor swaps the uploaded logo (images change only through the upload route).
        auto body = planBody("Paket Edit Baru", "active");
        QCOMPARE(put(admin, "/api/v1/admin/catalog/plans/" + planId, body).status, 200);
        body->set("logo_key", "0123456789abcdef0123456789abcdef");
        const auto edited = put(admin, "/api/v1/admin/catalog/plans/" + planId, body);
        QCOMPARE(edited.status, 200);
        QCOMPARE(field(edited.json(), "logo_key"), key);
        QCOMPARE(field(edited.json(), "title"), std::string("Paket Edit Baru"));
        HttpClient visitor(server.baseUrl());
        QCOMPARE(visitor.get("/media/catalog/" + key).status, 200);
        // Creating with a key does not attach any file either.
        auto fresh = planBody("Paket Baru", "active");
        fresh->set("logo_key", key);
        QVERIFY(created(admin, "/api/v1/admin/catalog/plans", fresh)->isNull("logo_key"));
    }

    void onlyCatalogManagersUpload()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto member = person(server, "member@example.com", {"member_free"});
        const auto planId = field(
            created(admin, "/api/v1/admin/catalog/plans", planBody("Paket Uji", "active")), "id");
        QCOMPARE(member.http.request("PUT", "/api/v1/admin/catalog/plans/" + planId + "/logo", kPng)
                     .status,
                 403);
        HttpClient anonymous(server.baseUrl());
        QCOMPARE(anonymous.request("PUT", "/api/v1/admin/catalog/plans/" + planId + "/logo", kPng)
                     .status,
                 401);
    }

    void servesOnlyKeysTheCatalogUses()
    {
        TestServer server;
        HttpClient visitor(server.baseUrl());
        // A stored file that no plan or product uses (a ticket attachment, say) stays private.
        core::FileStore store((std::filesystem::path(server.dataDir()) / "files").string());
        const auto privateKey = store.save(kPng);
        QCOMPARE(visitor.get("/media/catalog/" + privateKey).status, 404);
        QCOMPARE(visitor.get("/media/catalog/..%2F..%2Fetc%2Fpasswd").status, 404);
        QCOMPARE(visitor.get("/media/catalog/0123456789abcdef0123456789abcdef").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImages)
#include "TestCatalogImages.moc"

// Plan logos and banners, product covers and galleries: what an admin uploading them and a
// visitor loading them see — content-checked types, the 2 MiB limit, replacement, the gallery's
// order and limit of eight, the audit row, public reads.
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

/// The gallery as a product document lists it: (id, url) in order.
std::vector<std::pair<std::string, std::string>> galleryOf(const core::json::ObjectPtr& product)
{
    std::vector<std::pair<std::string, std::string>> images;
    const auto gallery = product->getArray("gallery");
    for (unsigned i = 0; gallery && i < gallery->size(); ++i) {
        const auto item = gallery->getObject(i);
        images.emplace_back(item->getValue<std::string>("id"), item->getValue<std::string>("url"));
    }
    return images;
}

std::string keyOf(const std::string& url)
{
    return url.substr(std::string("/media/catalog/").size());
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

    void galleryUploadOrderDeleteAndServe()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto id = field(
            created(admin, "/api/v1/admin/catalog/products", productBody("Ebook Galeri")), "id");
        const auto base = "/api/v1/admin/catalog/products/" + id;
        QVERIFY(galleryOf(admin.http.get(base).json()).empty());

        const auto first = admin.http.request("POST", base + "/gallery", kPng);
        QCOMPARE(first.status, 201);
        const auto second = admin.http.request("POST", base + "/gallery", kJpeg);
        QCOMPARE(second.status, 201);
        const auto firstId = field(first.json(), "id");
        const auto secondId = field(second.json(), "id");
        const auto firstUrl = field(first.json(), "url");
        const auto secondUrl = field(second.json(), "url");
        using Gallery = std::vector<std::pair<std::string, std::string>>;
        QCOMPARE(galleryOf(admin.http.get(base).json()),
                 (Gallery{{firstId, firstUrl}, {secondId, secondUrl}}));

        // Visitors see the gallery in the shop's product document and can load each image.
        HttpClient visitor(server.baseUrl());
        const auto shop = visitor.get("/api/v1/catalog/products/ebook-galeri");
        QCOMPARE(shop.status, 200);
        QCOMPARE(galleryOf(shop.json()), (Gallery{{firstId, firstUrl}, {secondId, secondUrl}}));
        const auto image = visitor.get(secondUrl);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("content-type"), std::string("image/jpeg"));
        QCOMPARE(image.body, kJpeg);

        // Reordering swaps them, everywhere the product is shown.
        auto order = core::json::object();
        order->set("image_ids", list({secondId, firstId}));
        const auto ordered = put(admin, base + "/gallery/order", order);
        QCOMPARE(ordered.status, 200);
        QCOMPARE(galleryOf(ordered.json()), (Gallery{{secondId, secondUrl}, {firstId, firstUrl}}));
        QCOMPARE(galleryOf(visitor.get("/api/v1/catalog/products/ebook-galeri").json()),
                 (Gallery{{secondId, secondUrl}, {firstId, firstUrl}}));

        // An order that leaves out or repeats an image is refused and changes nothing.
        order->set("image_ids", list({secondId}));
        auto stale = put(admin, base + "/gallery/order", order);
        QCOMPARE(stale.status, 422);
        QVERIFY(hasField(stale, "image_ids"));
        order->set("image_ids", list({secondId, secondId}));
        QCOMPARE(put(admin, base + "/gallery/order", order).status, 422);
        order->set("image_ids", list({secondId, "bukan-id"}));
        QCOMPARE(put(admin, base + "/gallery/order", order).status, 422);
        QCOMPARE(galleryOf(admin.http.get(base).json()),
                 (Gallery{{secondId, secondUrl}, {firstId, firstUrl}}));

        // Deleting one removes its file and its address; the other stays.
        QCOMPARE(admin.http.request("DELETE", base + "/gallery/" + secondId).status, 204);
        QCOMPARE(galleryOf(admin.http.get(base).json()), (Gallery{{firstId, firstUrl}}));
        QCOMPARE(visitor.get(secondUrl).status, 404);
        QVERIFY(!fileExists(server, keyOf(secondUrl)));
        QCOMPARE(visitor.get(firstUrl).status, 200);
        QCOMPARE(admin.http.request("DELETE", base + "/gallery/" + secondId).status, 404);

        // Editing the product keeps the gallery (it changes only through its own routes).
        QCOMPARE(galleryOf(put(admin, base, productBody("Ebook Galeri")).json()),
                 (Gallery{{firstId, firstUrl}}));

        QCOMPARE(auditRows(server, "catalog.product.gallery.add", id), std::int64_t(2));
        QCOMPARE(auditRows(server, "catalog.product.gallery.order", id), std::int64_t(1));
        QCOMPARE(auditRows(server, "catalog.product.gallery.remove", id), std::int64_t(1));
    }

    void deletingAnItemDeletesItsImages()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto id = field(
            created(admin, "/api/v1/admin/catalog/products", productBody("Ebook Dihapus")), "id");
        const auto base = "/api/v1/admin/catalog/products/" + id;
        const auto cover = admin.http.request("PUT", base + "/cover", kPng);
        QCOMPARE(cover.status, 200);
        const auto coverKey = field(cover.json(), "key");
        const auto shot = admin.http.request("POST", base + "/gallery", kJpeg);
        QCOMPARE(shot.status, 201);
        const auto shotKey = keyOf(field(shot.json(), "url"));
        QVERIFY(fileExists(server, coverKey));
        QVERIFY(fileExists(server, shotKey));

        QCOMPARE(admin.http.request("DELETE", base).status, 204);
        QVERIFY(!fileExists(server, coverKey));
        QVERIFY(!fileExists(server, shotKey));
    }

    void galleryHoldsAtMostEightImages()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto id = field(
            created(admin, "/api/v1/admin/catalog/products", productBody("Kelas Galeri")), "id");
        const auto path = "/api/v1/admin/catalog/products/" + id + "/gallery";
        for (int i = 0; i < 8; ++i)
            QCOMPARE(admin.http.request("POST", path, i % 2 ? kPng : kWebp).status, 201);
        const auto ninth = admin.http.request("POST", path, kPng);
        QCOMPARE(ninth.status, 409);
        QCOMPARE(ninth.json()->getValue<std::string>("detail"),
                 std::string("Galeri produk sudah berisi 8 gambar (batas maksimal). Hapus salah "
                             "satu gambar dulu, lalu unggah lagi."));
        const auto gallery =
            galleryOf(admin.http.get("/api/v1/admin/catalog/products/" + id).json());
        QCOMPARE(gallery.size(), std::size_t(8));
        QCOMPARE(auditRows(server, "catalog.product.gallery.add", id), std::int64_t(8));
        // The refused upload left no file behind: only the eight gallery files are stored.
        int files = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(server.dataDir()))
            files += entry.is_regular_file() && entry.path().filename().string().size() == 32;
        QCOMPARE(files, 8);
    }

    void galleryRefusesWrongTypesAndStrangers()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto member = person(server, "member@example.com", {"member_free"});
        const auto id = field(
            created(admin, "/api/v1/admin/catalog/products", productBody("Template Galeri")), "id");
        const auto path = "/api/v1/admin/catalog/products/" + id + "/gallery";

        const auto gif =
            admin.http.request("POST", path, std::string("GIF89a") + std::string(40, 'x'));
        QCOMPARE(gif.status, 415);
        QCOMPARE(gif.json()->getValue<std::string>("detail"),
                 std::string("Gambar galeri harus berupa gambar PNG, JPEG atau WebP; isi berkas "
                             "ini bukan salah satunya."));
        QCOMPARE(admin.http.request("POST", path, kPng + std::string(2 * 1024 * 1024, 'x')).status,
                 413);
        QCOMPARE(admin.http
                     .request("POST",
                              "/api/v1/admin/catalog/products/00000000-0000-0000-0000-000000000000"
                              "/gallery",
                              kPng)
                     .status,
                 404);

        const auto imageId = field(admin.http.request("POST", path, kPng).json(), "id");
        QCOMPARE(member.http.request("POST", path, kPng).status, 403);
        QCOMPARE(member.http.request("DELETE", path + "/" + imageId).status, 403);
        auto order = core::json::object();
        order->set("image_ids", list({imageId}));
        QCOMPARE(put(member, path + "/order", order).status, 403);
        HttpClient anonymous(server.baseUrl());
        QCOMPARE(anonymous.request("POST", path, kPng).status, 401);
        // Still exactly the one image the admin added.
        QCOMPARE(galleryOf(admin.http.get("/api/v1/admin/catalog/products/" + id).json()).size(),
                 std::size_t(1));
        QCOMPARE(auditRows(server, "catalog.product.gallery.add", id), std::int64_t(1));
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

// The "Katalog" workspace offscreen against a real server: a plan created through the editor
// with its prices, a taken slug shown at the slug field with the typing kept, a product's promo
// price edited, a coupon created and listed, a PNG cover uploaded and shown, gallery order, delete
// after an inline question, read-only for a finance user, and the list models under the tester.
#include "CatalogEditor.h"
#include "CatalogFormat.h"
#include "CatalogListPage.h"
#include "CatalogListProxy.h"
#include "CatalogWorkspace.h"
#include "CouponEditor.h"
#include "GalleryStrip.h"
#include "ImagePicker.h"
#include "ItemPicker.h"
#include "MoneySpinBox.h"
#include "PlanEditor.h"
#include "ProductEditor.h"
#include "RowListEditor.h"
#include "UserField.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"

#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFrame>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ey::desk;
using namespace ey::desk::catalog;

namespace {

struct Desk
{
    explicit Desk(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    std::unique_ptr<CatalogWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    template <typename T> T* find(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
};

/// The row whose `column` shows `text`, or -1.
int rowWith(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

/// The text in `column` of the row whose first column is `key` ("" while it is not listed).
QString cellOf(CatalogListPage* page, const QString& key, int column)
{
    const int row = rowWith(page->proxy(), 0, key);
    return row < 0 ? QString() : page->proxy()->index(row, column).data().toString();
}

void select(CatalogListPage* page, int row)
{
    page->table()->selectionModel()->setCurrentIndex(page->proxy()->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void screenshot(QWidget* widget, const QString& name)
{
    // Pending layout requests first, so the picture shows what a user would see.
    // (nested layouts settle over a few rounds of posted LayoutRequest events).
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/catalog-%1.png").arg(name));
}

QString pngFile(const QTemporaryDir& dir, const QString& name, const QColor& colour)
{
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(64);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter, name);
    painter.end();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    image.save(path, "PNG");
    return path;
}

} // namespace

class TestCatalogWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    std::unique_ptr<Desk> m_admin;
    QString m_productId;
    QString m_affiliateId;

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(
            m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        const QUrl server(QString::fromStdString(m_server->baseUrl()));
        desk->session.signIn(server, QString::fromLatin1(email),
                             QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->workspace = std::make_unique<CatalogWorkspace>(desk->context());
        desk->workspace->widget()->resize(1440, 860);
        desk->workspace->widget()->show();
        return desk;
    }

    /// The admin's view of the server, through plain HTTP (what another client would see).
    QJsonObject call(const std::string& method, const std::string& path,
                     const std::string& body = {}, int* status = nullptr)
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login("ayu@example.test", ey::test::kTestPassword);
        const auto result = http.request(method, path, body,
                                         body.empty() ? std::map<std::string, std::string>{}
                                                      : std::map<std::string, std::string>{
                                                            {"Content-Type", "application/json"}});
        if (status)
            *status = result.status;
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    QJsonObject create(const std::string& collection, const std::string& body)
    {
        int status = 0;
        const auto object = call("POST", "/api/v1/admin/catalog/" + collection, body, &status);
        if (status != 201)
            qFatal("seed %s: %d %s", collection.c_str(), status,
                   QJsonDocument(object).toJson().constData());
        return object;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
        auto& server = m_server->instance();
        ey::test::createUser(server, "ayu@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(server, "fina@example.test", {"finance"}, "Fina Keuangan");
        m_affiliateId = QString::fromStdString(
            ey::test::createUser(server, "andi@example.test", {"affiliate"}, "Andi Affiliate"));

        // A few items as the team keeps them, for the lists and the screenshots.
        create("plans", R"({"title": "Membership Ekspor Pro", "status": "active",
            "badge": "paling_laris", "commission_type": "percent", "commission_value": 30,
            "prices": [{"duration": "6m", "price": 1250000}, {"duration": "12m", "price": 1990000}],
            "followups": [{"delay_days": 1, "template": "Halo {nama}, selamat bergabung di {produk}!"}]})");
        create("plans", R"({"title": "Membership Ekspor Dasar", "status": "draft",
            "prices": [{"duration": "1m", "price": 99000}]})");
        m_productId = create("products", R"({"title": "E-book Panduan Ekspor Kopi",
            "category": "ebook", "status": "publish", "base_price": 149000,
            "tags": ["kopi", "ekspor"]})")
                          .value(QLatin1String("id"))
                          .toString();
        create("products", R"({"title": "Webinar Dokumen Ekspor", "category": "webinar",
            "status": "coming_soon", "base_price": 250000, "stock": 100})");
        create("products", R"({"title": "Kelas Riset Buyer", "category": "kelas",
            "status": "draft", "base_price": 1500000, "promo_price": 990000})");
        create("coupons", R"({"code": "MERDEKA17", "kind": "percent", "value": 17,
            "max_uses_total": 170, "ends_at": "2026-08-31T23:59:00+07:00"})");
        create("coupons", R"({"code": "HEMAT50K", "kind": "nominal", "value": 50000})");
        m_admin = signIn("ayu@example.test");
    }

    void listsLoadAndPassTheModelTester()
    {
        auto* workspace = m_admin->workspace.get();
        QCOMPARE(workspace->tabs()->count(), 3);
        QCOMPARE(workspace->tabs()->tabText(0), QStringLiteral("Paket Membership"));
        for (int tab :
             {CatalogWorkspace::Coupons, CatalogWorkspace::Products, CatalogWorkspace::Plans}) {
            workspace->tabs()->setCurrentIndex(tab);
            CatalogListPage* page = workspace->currentPage();
            QAbstractItemModelTester sourceTester(
                page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(
                page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_VERIFY(page->model()->rowCount() >= 2);
            page->reload();
            QTRY_VERIFY(page->model()->rowCount() >= 2);
        }
        auto* plans = workspace->plans();
        const int pro = rowWith(plans->proxy(), 0, QStringLiteral("Membership Ekspor Pro"));
        QVERIFY(pro >= 0);
        QCOMPARE(plans->proxy()->index(pro, 2).data().toString(), QStringLiteral("Rp 1.250.000"));
        QCOMPARE(plans->proxy()->index(pro, 2).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(plans->proxy()->index(pro, 1).data().toString(), QStringLiteral("Aktif"));
    }

    void createPlanThroughTheEditor()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Plans);
        CatalogListPage* page = workspace->plans();
        PlanEditor* editor = workspace->planEditor();
        page->newItem();
        QVERIFY(editor->isEditing());
        QVERIFY(!editor->isDirty());
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Paket Ekspor Pemula"));
        // The slug follows the title while the user has not typed one.
        QCOMPARE(editor->slugEdit()->text(), QStringLiteral("paket-ekspor-pemula"));
        QVERIFY(editor->isDirty());
        QVERIFY(m_admin->find<QLabel>(editor, "dirtyMarker")->isVisibleTo(editor));
        editor->setPrice(QStringLiteral("1m"), 149'000);
        editor->setPrice(QStringLiteral("12m"), 990'000);
        auto* status = m_admin->find<QComboBox>(editor, "status");
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        auto* badge = m_admin->find<QComboBox>(editor, "badge");
        badge->setCurrentIndex(badge->findData(QStringLiteral("paling_murah")));
        m_admin->find<QLineEdit>(editor, "salespageUrl")
            ->setText(QStringLiteral("https://eksporyuk.com/pemula"));
        // A WhatsApp follow-up three days after purchase, and a group the plan opens.
        editor->followups()->addRow();
        QTableWidget* followups = editor->followups()->table();
        qobject_cast<QSpinBox*>(followups->cellWidget(0, 0))->setValue(3);
        qobject_cast<QLineEdit*>(followups->cellWidget(0, 1))
            ->setText(QStringLiteral("Halo {nama}, sudah coba materi {produk}?"));
        editor->grants()->addRow();
        QTableWidget* grants = editor->grants()->table();
        auto* kind = qobject_cast<QComboBox*>(grants->cellWidget(0, 0));
        kind->setCurrentIndex(kind->findData(QStringLiteral("group")));
        qobject_cast<QLineEdit*>(grants->cellWidget(0, 1))
            ->setText(QStringLiteral("grup-eksportir-pemula"));

        QSignalSpy saved(editor, &CatalogEditor::saved);
        QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!editor->isDirty());
        const QString id = editor->currentId();
        QVERIFY(!id.isEmpty());

        const QJsonObject stored = call("GET", "/api/v1/admin/catalog/plans/" + id.toStdString());
        QCOMPARE(stored.value(QLatin1String("title")).toString(),
                 QStringLiteral("Paket Ekspor Pemula"));
        QCOMPARE(stored.value(QLatin1String("slug")).toString(),
                 QStringLiteral("paket-ekspor-pemula"));
        QCOMPARE(stored.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(stored.value(QLatin1String("badge")).toString(), QStringLiteral("paling_murah"));
        QMap<QString, qint64> prices;
        for (const auto& price : stored.value(QLatin1String("prices")).toArray())
            prices.insert(price.toObject().value(QLatin1String("duration")).toString(),
                          price.toObject().value(QLatin1String("price")).toInteger());
        QCOMPARE(prices, (QMap<QString, qint64>{{QStringLiteral("1m"), 149'000},
                                                {QStringLiteral("12m"), 990'000}}));
        const QJsonArray storedFollowups = stored.value(QLatin1String("followups")).toArray();
        QCOMPARE(storedFollowups.size(), 1);
        QCOMPARE(storedFollowups.at(0).toObject().value(QLatin1String("delay_days")).toInt(), 3);
        QCOMPARE(storedFollowups.at(0).toObject().value(QLatin1String("template")).toString(),
                 QStringLiteral("Halo {nama}, sudah coba materi {produk}?"));
        const QJsonArray storedGrants = stored.value(QLatin1String("grants")).toArray();
        QCOMPARE(storedGrants.size(), 1);
        QCOMPARE(storedGrants.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("group"));
        // The list follows and keeps the saved plan selected.
        QTRY_COMPARE(cellOf(page, QStringLiteral("Paket Ekspor Pemula"), 2),
                     QStringLiteral("Rp 149.000"));
        QTRY_COMPARE(page->table()->currentIndex().data().toString(),
                     QStringLiteral("Paket Ekspor Pemula"));
    }

    void takenSlugShowsAtTheFieldAndKeepsTheInput()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Plans);
        PlanEditor* editor = workspace->planEditor();
        workspace->plans()->newItem();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Paket Kedua"));
        editor->slugEdit()->clear();
        QTest::keyClicks(editor->slugEdit(), QStringLiteral("paket-ekspor-pemula"));
        QTest::keyClicks(editor->titleEdit(), QStringLiteral(" Lanjutan"));
        // Once typed by hand the slug no longer follows the title.
        QCOMPARE(editor->slugEdit()->text(), QStringLiteral("paket-ekspor-pemula"));
        editor->setPrice(QStringLiteral("3m"), 390'000);

        QSignalSpy failed(editor, &CatalogEditor::saveFailed);
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(
            editor->fieldError(QStringLiteral("slug")).contains(QStringLiteral("sudah dipakai")),
            qPrintable(editor->fieldError(QStringLiteral("slug"))));
        QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Paket Kedua Lanjutan"));
        QCOMPARE(editor->slugEdit()->text(), QStringLiteral("paket-ekspor-pemula"));
        QVERIFY(editor->isDirty());
        QVERIFY(editor->currentId().isEmpty());

        // A per-field 422 lands at its field too.
        editor->slugEdit()->setText(QStringLiteral("paket-kedua"));
        m_admin->find<QLineEdit>(editor, "salespageUrl")->setText(QStringLiteral("eksporyuk.com"));
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(!editor->fieldError(QStringLiteral("salespage_url")).isEmpty());
        QVERIFY(editor->fieldError(QStringLiteral("slug")).isEmpty());
        screenshot(workspace->widget(), QStringLiteral("plan-error"));

        // A click in the list does not throw the typing away.
        const int other =
            rowWith(workspace->plans()->proxy(), 0, QStringLiteral("Membership Ekspor Pro"));
        select(workspace->plans(), other);
        QVERIFY(!workspace->plans()->message().isEmpty());
        QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Paket Kedua Lanjutan"));
        m_admin->find<QPushButton>(editor, "discard")->click();
        QVERIFY(!editor->isDirty());
    }

    void editProductPromoPrice()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Products);
        CatalogListPage* page = workspace->products();
        ProductEditor* editor = workspace->productEditor();
        QTRY_VERIFY(rowWith(page->proxy(), 0, QStringLiteral("E-book Panduan Ekspor Kopi")) >= 0);
        select(page, rowWith(page->proxy(), 0, QStringLiteral("E-book Panduan Ekspor Kopi")));
        QTRY_COMPARE(editor->titleEdit()->text(), QStringLiteral("E-book Panduan Ekspor Kopi"));
        QCOMPARE(editor->basePrice()->text(), QStringLiteral("Rp 149.000"));
        QVERIFY(!editor->promoPrice()->isEnabled());
        screenshot(workspace->widget(), QStringLiteral("product-general"));

        editor->hasPromo()->setChecked(true);
        QVERIFY(editor->promoPrice()->isEnabled());
        editor->promoPrice()->setRupiah(99'000);
        editor->hasPromoEnd()->setChecked(true);
        const QDateTime ends(QDate(2026, 12, 31), QTime(23, 59));
        editor->promoEnds()->setDateTime(ends);
        QVERIFY(editor->isDirty());
        QSignalSpy saved(editor, &CatalogEditor::saved);
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(saved.count(), 1);

        const QJsonObject stored =
            call("GET", "/api/v1/admin/catalog/products/" + m_productId.toStdString());
        QCOMPARE(stored.value(QLatin1String("promo_price")).toInteger(), 99'000);
        QCOMPARE(QDateTime::fromString(stored.value(QLatin1String("promo_ends_at")).toString(),
                                       Qt::ISODateWithMs),
                 ends);
        QCOMPARE(stored.value(QLatin1String("tags")).toArray().size(),
                 2); // untouched fields survive the save
        QTRY_COMPARE(cellOf(page, QStringLiteral("E-book Panduan Ekspor Kopi"), 4),
                     QStringLiteral("Rp 99.000 s.d. 31 Des 2026"));
    }

    void uploadCoverAndOrderGallery()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Products);
        ProductEditor* editor = workspace->productEditor();
        QTRY_COMPARE(editor->currentId(), m_productId);
        QVERIFY(!editor->cover()->hasImage());
        QSignalSpy shown(editor->cover(), &ImagePicker::imageShown);
        editor->cover()->uploadFile(
            pngFile(m_dir, QStringLiteral("Sampul"), QColor(0x0F, 0x76, 0x6E)));
        QTRY_VERIFY(editor->cover()->hasImage());
        QVERIFY(!m_admin->find<QLabel>(editor->cover(), "preview")->pixmap().isNull());
        const QJsonObject stored =
            call("GET", "/api/v1/admin/catalog/products/" + m_productId.toStdString());
        QVERIFY(!stored.value(QLatin1String("cover_key")).toString().isEmpty());
        QCOMPARE(editor->cover()->imageUrl(),
                 QStringLiteral("/media/catalog/") +
                     stored.value(QLatin1String("cover_key")).toString());

        GalleryStrip* gallery = editor->gallery();
        gallery->addFile(pngFile(m_dir, QStringLiteral("Satu"), QColor(0xB4, 0x53, 0x09)));
        QTRY_COMPARE(gallery->list()->count(), 1);
        gallery->addFile(pngFile(m_dir, QStringLiteral("Dua"), QColor(0x1D, 0x4E, 0xD8)));
        QTRY_COMPARE(gallery->list()->count(), 2);
        const QStringList before = gallery->imageIds();
        gallery->list()->setCurrentRow(1);
        QSignalSpy changed(gallery, &GalleryStrip::galleryChanged);
        gallery->moveCurrent(-1);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(gallery->imageIds(), (QStringList{before.at(1), before.at(0)}));
        const QJsonArray order =
            call("GET", "/api/v1/admin/catalog/products/" + m_productId.toStdString())
                .value(QLatin1String("gallery"))
                .toArray();
        QCOMPARE(order.at(0).toObject().value(QLatin1String("id")).toString(), before.at(1));
        m_admin->find<QTabWidget>(editor, "editorPages")->setCurrentIndex(4);
        QTRY_VERIFY(!gallery->list()->item(0)->icon().isNull());
        screenshot(workspace->widget(), QStringLiteral("product-images"));
        m_admin->find<QTabWidget>(editor, "editorPages")->setCurrentIndex(1);
        screenshot(workspace->widget(), QStringLiteral("products"));
    }

    void createCouponAndSeeItListed()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Coupons);
        CatalogListPage* page = workspace->coupons();
        CouponEditor* editor = workspace->couponEditor();
        QTRY_VERIFY(page->model()->rowCount() >= 2);
        page->newItem();
        QVERIFY(editor->isEditing());
        QVERIFY(m_admin->find<QCheckBox>(editor, "active")->isChecked());
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("pemula25"));
        QCOMPARE(editor->codeEdit()->text(), QStringLiteral("PEMULA25"));
        editor->kind()->setCurrentIndex(editor->kind()->findData(QStringLiteral("percent")));
        editor->value()->setRupiah(25);
        editor->hasEnd()->setChecked(true);
        editor->ends()->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
        QSignalSpy saved(editor, &CatalogEditor::saved);
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(saved.count(), 1);
        QTRY_COMPARE(cellOf(page, QStringLiteral("PEMULA25"), 2), QStringLiteral("25 %"));
        QCOMPARE(cellOf(page, QStringLiteral("PEMULA25"), 3), QStringLiteral("s.d. 31 Des 2026"));
        QCOMPARE(cellOf(page, QStringLiteral("PEMULA25"), 1), QStringLiteral("Aktif"));
        QCOMPARE(m_admin->find<QLabel>(editor, "usedCount")->text(), QStringLiteral("0 kali"));

        // The same code again: the server's refusal sits at the code field.
        page->newItem();
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("PEMULA25"));
        editor->value()->setRupiah(10);
        QSignalSpy failed(editor, &CatalogEditor::saveFailed);
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!editor->fieldError(QStringLiteral("code")).isEmpty());
        m_admin->find<QPushButton>(editor, "discard")->click();
        select(page, rowWith(page->proxy(), 0, QStringLiteral("MERDEKA17")));
        QTRY_COMPARE(editor->codeEdit()->text(), QStringLiteral("MERDEKA17"));
        screenshot(workspace->widget(), QStringLiteral("coupons"));
    }

    void couponLimitedToPickedPlans()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Coupons);
        CatalogListPage* page = workspace->coupons();
        CouponEditor* editor = workspace->couponEditor();
        page->newItem();
        QVERIFY(editor->isEditing());
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("PROONLY"));
        editor->value()->setRupiah(15);
        editor->scope()->setCurrentIndex(editor->scope()->findData(QStringLiteral("plans")));
        ItemPicker* plans = editor->planPicker();
        QVERIFY(plans->isEnabled());
        QVERIFY(!editor->productPicker()->isEnabled());
        QTRY_VERIFY(plans->isLoaded());
        QListWidget* list = plans->list();
        QListWidgetItem* pro = nullptr;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() == QStringLiteral("Membership Ekspor Pro"))
                pro = list->item(row);
        QVERIFY(pro);
        pro->setCheckState(Qt::Checked);
        const QString proId = pro->toolTip(); // the list is rebuilt after the save
        QCOMPARE(plans->ids(), QStringList{proId});
        // The owning affiliate is typed by email and resolved to the user id the API takes.
        QTest::keyClicks(editor->owner()->edit(), QStringLiteral("andi@example.test"));
        editor->owner()->resolve();
        QTRY_VERIFY(editor->owner()->isResolved());
        QVERIFY(m_admin->find<QLabel>(editor->owner(), "userNote")
                    ->text()
                    .contains(QStringLiteral("Andi Affiliate")));
        QSignalSpy saved(editor, &CatalogEditor::saved);
        m_admin->find<QPushButton>(editor, "save")->click();
        QTRY_COMPARE(saved.count(), 1);
        const QJsonObject stored =
            call("GET", "/api/v1/admin/catalog/coupons/" + editor->currentId().toStdString());
        QCOMPARE(stored.value(QLatin1String("scope")).toString(), QStringLiteral("plans"));
        QCOMPARE(stored.value(QLatin1String("plan_ids")).toArray().size(), 1);
        QCOMPARE(stored.value(QLatin1String("plan_ids")).toArray().at(0).toString(), proId);
        QCOMPARE(stored.value(QLatin1String("owner_affiliate_id")).toString(), m_affiliateId);
        // Shown again, the picked plan is listed first and ticked.
        QTRY_COMPARE(plans->list()->item(0)->text(), QStringLiteral("Membership Ekspor Pro"));
        QCOMPARE(plans->list()->item(0)->checkState(), Qt::Checked);
        screenshot(workspace->widget(), QStringLiteral("coupon-plans"));
    }

    void deleteAsksThenRemoves()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Coupons);
        CatalogListPage* page = workspace->coupons();
        CouponEditor* editor = workspace->couponEditor();
        QTRY_VERIFY(rowWith(page->proxy(), 0, QStringLiteral("HEMAT50K")) >= 0);
        select(page, rowWith(page->proxy(), 0, QStringLiteral("HEMAT50K")));
        QTRY_COMPARE(editor->codeEdit()->text(), QStringLiteral("HEMAT50K"));
        const QString id = editor->currentId();

        m_admin->find<QPushButton>(editor, "delete")->click();
        auto* question = m_admin->find<QFrame>(editor, "deleteConfirm");
        QVERIFY(question->isVisibleTo(editor));
        QVERIFY(m_admin->find<QLabel>(editor, "deleteQuestion")
                    ->text()
                    .contains(QStringLiteral("HEMAT50K")));
        screenshot(workspace->widget(), QStringLiteral("delete-question"));
        // "Batal" keeps everything.
        m_admin->find<QPushButton>(editor, "deleteNo")->click();
        QVERIFY(!question->isVisibleTo(editor));
        QCOMPARE(editor->currentId(), id);

        m_admin->find<QPushButton>(editor, "delete")->click();
        QSignalSpy deleted(editor, &CatalogEditor::deleted);
        m_admin->find<QPushButton>(editor, "deleteYes")->click();
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(!editor->isEditing());
        QTRY_VERIFY(page->model()->rowCount() > 0 &&
                    rowWith(page->proxy(), 0, QStringLiteral("HEMAT50K")) < 0);
        int status = 0;
        call("GET", "/api/v1/admin/catalog/coupons/" + id.toStdString(), {}, &status);
        QCOMPARE(status, 404);
    }

    void keyboard()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Products);
        CatalogListPage* page = workspace->products();
        ProductEditor* editor = workspace->productEditor();
        QTRY_VERIFY(rowWith(page->proxy(), 0, QStringLiteral("Kelas Riset Buyer")) >= 0);
        page->table()->setFocus();
        select(page, rowWith(page->proxy(), 0, QStringLiteral("Kelas Riset Buyer")));
        QTRY_COMPARE(editor->titleEdit()->text(), QStringLiteral("Kelas Riset Buyer"));
        // Delete on the list asks about the selected item, naming it.
        QTest::keyClick(page->table(), Qt::Key_Delete);
        QVERIFY(m_admin->find<QFrame>(editor, "deleteConfirm")->isVisibleTo(editor));
        QVERIFY(m_admin->find<QLabel>(editor, "deleteQuestion")
                    ->text()
                    .contains(QStringLiteral("Kelas Riset Buyer")));
        m_admin->find<QPushButton>(editor, "deleteNo")->click();
        // Ctrl+N opens an empty product; Ctrl+S sends it; the server names the missing title.
        QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->isEditing());
        QVERIFY(editor->currentId().isEmpty());
        QSignalSpy failed(editor, &CatalogEditor::saveFailed);
        QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!editor->fieldError(QStringLiteral("title")).isEmpty());
        m_admin->find<QPushButton>(editor, "discard")->click();
        // F5 reloads the list on screen.
        QSignalSpy loaded(page->model(), &PagedTableModel::pageLoaded);
        workspace->refresh();
        QTRY_VERIFY(loaded.count() >= 1);
    }

    void searchAndStatusFilter()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Products);
        CatalogListPage* page = workspace->products();
        workspace->focusSearch();
        QVERIFY(page->search()->hasFocus() || !page->isActiveWindow());
        page->search()->setText(QStringLiteral("webinar"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->proxy()->index(0, 0).data().toString(),
                 QStringLiteral("Webinar Dokumen Ekspor"));
        page->search()->clear();
        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findData(QStringLiteral("draft")));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Kelas Riset Buyer"));
        page->statusFilter()->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 3);
    }

    void screenshotsOfEachTab()
    {
        auto* workspace = m_admin->workspace.get();
        workspace->tabs()->setCurrentIndex(CatalogWorkspace::Plans);
        CatalogListPage* page = workspace->plans();
        QTRY_VERIFY(rowWith(page->proxy(), 0, QStringLiteral("Membership Ekspor Pro")) >= 0);
        select(page, rowWith(page->proxy(), 0, QStringLiteral("Membership Ekspor Pro")));
        QTRY_COMPARE(workspace->planEditor()->titleEdit()->text(),
                     QStringLiteral("Membership Ekspor Pro"));
        screenshot(workspace->widget(), QStringLiteral("plans"));
        m_admin->find<QTabWidget>(workspace->planEditor(), "editorPages")->setCurrentIndex(1);
        screenshot(workspace->widget(), QStringLiteral("plan-prices"));
        m_admin->find<QTabWidget>(workspace->planEditor(), "editorPages")->setCurrentIndex(2);
        screenshot(workspace->widget(), QStringLiteral("plan-access"));
        m_admin->find<QTabWidget>(workspace->planEditor(), "editorPages")->setCurrentIndex(0);
    }

    void readOnlyForFinance()
    {
        auto desk = signIn("fina@example.test");
        auto* workspace = desk->workspace.get();
        QVERIFY(!desk->session.hasPermission(QStringLiteral("catalog.manage")));
        CatalogListPage* page = workspace->plans();
        QTRY_VERIFY(rowWith(page->proxy(), 0, QStringLiteral("Membership Ekspor Pro")) >= 0);
        QVERIFY(!desk->find<QPushButton>(page, "newItem")->isVisibleTo(page));
        page->newItem();
        QVERIFY(!workspace->planEditor()->isEditing());
        select(page, rowWith(page->proxy(), 0, QStringLiteral("Membership Ekspor Pro")));
        PlanEditor* editor = workspace->planEditor();
        QTRY_COMPARE(editor->titleEdit()->text(), QStringLiteral("Membership Ekspor Pro"));
        QVERIFY(editor->titleEdit()->isReadOnly());
        QVERIFY(desk->find<QLabel>(editor, "readOnlyNote")->isVisibleTo(editor));
        QVERIFY(!desk->find<QPushButton>(editor, "save")->isVisibleTo(editor));
        QVERIFY(!desk->find<QPushButton>(editor, "delete")->isVisibleTo(editor));
        QVERIFY(!desk->find<QComboBox>(editor, "status")->isEnabled());
        QVERIFY(!desk->find<QPushButton>(editor->logo(), "choose")->isVisibleTo(editor));
        QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor->isDirty());
        for (QAction* action : workspace->toolbarActions())
            QVERIFY(!action->isVisible());
        screenshot(workspace->widget(), QStringLiteral("readonly"));
    }
};

QTEST_MAIN(TestCatalogWorkspace)
#include "TestCatalogWorkspace.moc"

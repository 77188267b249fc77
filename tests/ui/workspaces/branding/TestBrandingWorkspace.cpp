// The Branding workspace offscreen against a real server: defaults, live contrast warnings, save,
// stale ETag (412), field errors (422), logo upload, keyboard, language switch, live updates.
#include "ApiClient.h"
#include "BrandingDraft.h"
#include "BrandingEditor.h"
#include "BrandingPreview.h"
#include "BrandingTheme.h"
#include "BrandingWorkspace.h"
#include "ColourContrast.h"
#include "EventStream.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "Session.h"
#include "UiLanguage.h"
#include "WorkspaceRegistry.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include "Db.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>
#include <QTranslator>

using namespace ey::desk;
using ey::desk::branding::BrandingEditor;
using ey::desk::branding::BrandingWorkspace;

namespace {

struct Client
{
    explicit Client(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
};

/// Test fake: an English catalogue for the workspace's tab titles only, so the test does not
/// depend on the shipped .ts files having been regenerated.
class TabTitleTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QLatin1String(context) != QLatin1String("ey::desk::branding::BrandingEditor"))
            return {};
        static const QHash<QString, QString> english{
            {QStringLiteral("Logo & Identitas"), QStringLiteral("Logo & Identity")},
            {QStringLiteral("Warna & Tema"), QStringLiteral("Colours & Theme")},
            {QStringLiteral("Tipografi & Teks"), QStringLiteral("Typography & Text")},
            {QStringLiteral("Komponen UI"), QStringLiteral("UI Components")},
            {QStringLiteral("Notifikasi Realtime"), QStringLiteral("Realtime Notifications")},
        };
        return english.value(QString::fromUtf8(source));
    }
};

/// A small opaque PNG of one colour.
QByteArray pngBytes(const QColor& colour, QSize size = QSize(160, 48))
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QStringList tabTitles(QTabWidget* tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).replace(QStringLiteral("&&"),
                                           QStringLiteral("&")); // "&&" shows one "&"
    return titles;
}

} // namespace

class TestBrandingWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ey::test::HttpClient> m_otherAdmin;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<BrandingWorkspace> m_workspace;
    BrandingEditor* m_editor = nullptr;

    std::unique_ptr<Client> signedIn(const QString& email)
    {
        auto client =
            std::make_unique<Client>(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(email)));
        QSignalSpy signedInSpy(&client->session, &Session::signedIn);
        client->session.signIn(QUrl(QString::fromStdString(m_server->baseUrl())), email,
                               QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedInSpy.wait(10000))
            qWarning("sign-in of %s did not finish", qPrintable(email));
        return client;
    }

    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_editor->findChild<T*>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }

    QJsonObject serverBranding() const
    {
        const auto result = m_otherAdmin->get("/api/v1/branding");
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    /// Types into a line edit the way a person does: select what is there, type over it.
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void openEditor()
    {
        m_client = signedIn(QStringLiteral("admin@example.test"));
        QVERIFY(m_client->session.isSignedIn());
        m_workspace = std::make_unique<BrandingWorkspace>(m_client->context());
        m_editor = m_workspace->editor();
        m_editor->resize(1360, 860);
        QSignalSpy loaded(m_editor, &BrandingEditor::loaded);
        m_editor->show(); // the first show loads
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_editor->hasLoaded());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(m_server->instance(), "admin2@example.test", {"admin"}, "Bima Admin");
        ey::test::createUser(m_server->instance(), "member@example.test", {"member_free"},
                             "Mira Member");
        m_otherAdmin = std::make_unique<ey::test::HttpClient>(m_server->baseUrl());
        m_otherAdmin->login("admin2@example.test", ey::test::kTestPassword);
    }

    void init()
    {
        // Every test starts from the product defaults (the seed's values) and no uploaded images.
        QJsonObject defaults;
        const auto set = [&](const char* path, const QJsonValue& value) {
            branding::BrandingDraft::setValueIn(defaults, QString::fromLatin1(path), value);
        };
        set("platform_name", QStringLiteral("EksporYuk"));
        set("short_name", QStringLiteral("EksporYuk"));
        set("tagline", QStringLiteral("Komunitas ekspor Indonesia"));
        set("colors.primary", QStringLiteral("#2047FC"));
        set("colors.text_on_primary", QStringLiteral("#FFFFFF"));
        set("colors.secondary", QStringLiteral("#FFC30D"));
        set("colors.text_on_secondary", QStringLiteral("#111827"));
        set("components.button_primary_bg", QStringLiteral("#2047FC"));
        set("components.button_primary_text", QStringLiteral("#FFFFFF"));
        set("typography.font_family", QStringLiteral("Inter"));
        const auto put = m_otherAdmin->request(
            "PUT", "/api/v1/branding",
            QJsonDocument(defaults).toJson(QJsonDocument::Compact).toStdString());
        QVERIFY2(put.status == 200, put.body.c_str());
        for (const char* kind : {"main", "affiliate", "favicon"}) {
            const auto removed =
                m_otherAdmin->request("DELETE", std::string("/api/v1/branding/assets/") + kind);
            QVERIFY2(removed.status == 200 || removed.status == 404, removed.body.c_str());
        }
        openEditor();
    }

    void cleanup()
    {
        if (m_client)
            m_client->events.stop();
        m_workspace.reset();
        m_editor = nullptr;
        m_client.reset();
    }

    void loadShowsServerDefaultsInFiveTabs()
    {
        auto* tabs = find<QTabWidget>(QStringLiteral("brandingTabs"));
        QCOMPARE(tabTitles(tabs),
                 (QStringList{QStringLiteral("Logo & Identitas"), QStringLiteral("Warna & Tema"),
                              QStringLiteral("Tipografi & Teks"), QStringLiteral("Komponen UI"),
                              QStringLiteral("Notifikasi Realtime")}));
        QCOMPARE(m_workspace->requiredPermission(), QStringLiteral("branding.manage"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("colourEdit_colors.primary"))->text(),
                 QStringLiteral("#2047FC"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("colourEdit_colors.secondary"))->text(),
                 QStringLiteral("#FFC30D"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_platform_name"))->text(),
                 QStringLiteral("EksporYuk"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_tagline"))->text(),
                 QStringLiteral("Komunitas ekspor Indonesia"));
        QCOMPARE(find<QSpinBox>(QStringLiteral("field_typography.heading_size"))->value(), 24);
        QCOMPARE(find<QSpinBox>(QStringLiteral("field_components.border_radius"))->value(), 8);
        QCOMPARE(find<QSpinBox>(QStringLiteral("field_notifications.popup_seconds"))->value(), 5);
        // Every colour of colors{} and components{} has its field.
        for (const QString& path : branding::BrandingDraft::colourPaths())
            QVERIFY2(m_editor->findChild<QLineEdit*>(QStringLiteral("colourEdit_") + path),
                     qPrintable(path));
        // The defaults pass every contrast check; nothing to save yet.
        auto* ratio = find<QLabel>(QStringLiteral("contrastLabel_colors.text_on_primary"));
        QVERIFY(!ratio->property("failing").toBool());
        QVERIFY2(ratio->text().contains(QStringLiteral("memenuhi")), qPrintable(ratio->text()));
        QVERIFY(!find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("revertButton"))->isEnabled());
        QCOMPARE(find<QLabel>(QStringLiteral("previewPlatformName"))->text(),
                 QStringLiteral("EksporYuk"));
        QVERIFY(m_editor->preview()->previewStyleSheet().contains(QStringLiteral("#2047FC")));
        // The affiliate logo is explained where it is chosen.
        QVERIFY(find<QLabel>(QStringLiteral("assetNote_affiliate"))
                    ->text()
                    .contains(QStringLiteral("affiliate")));
        QVERIFY(find<QLabel>(QStringLiteral("assetNote_affiliate"))
                    ->text()
                    .contains(QStringLiteral("pengganti logo utama")));
    }

    void integrationStatusShowsUnconfiguredProviders()
    {
        // The test server has no Mailketing, Pusher or OneSignal credentials.
        auto* tabs = find<QTabWidget>(QStringLiteral("brandingTabs"));
        tabs->setCurrentIndex(4);
        auto* group = find<QGroupBox>(QStringLiteral("integrationStatusGroup"));
        QVERIFY(group->isVisible());
        QCOMPARE(group->title(), QStringLiteral("Status integrasi"));
        for (const char* channel : {"email", "pusher", "push"}) {
            auto* state = find<QLabel>(QStringLiteral("providerState_") + QLatin1String(channel));
            QTRY_VERIFY2(state->text().contains(QStringLiteral("Belum dikonfigurasi")),
                         qPrintable(state->text()));
            QVERIFY(state->isVisible());
        }
        QCOMPARE(find<QLabel>(QStringLiteral("providerTitle_email"))->text(),
                 QStringLiteral("Email (Mailketing)"));
        QCOMPARE(find<QLabel>(QStringLiteral("providerTitle_pusher"))->text(),
                 QStringLiteral("Realtime web (Pusher)"));
        QCOMPARE(find<QLabel>(QStringLiteral("providerTitle_push"))->text(),
                 QStringLiteral("Push (OneSignal)"));
        auto* pushNote = find<QLabel>(QStringLiteral("providerNote_push"));
        QVERIFY(pushNote->isVisible());
        QVERIFY2(pushNote->text().contains(QStringLiteral("menunggu di antrean")),
                 qPrintable(pushNote->text()));
        auto* pushQueue = find<QLabel>(QStringLiteral("providerQueue_push"));
        const int queuedBefore = pushQueue->text().section(QLatin1Char(' '), 0, 0).toInt();

        // A push is queued meanwhile; F5 shows it waiting.
        const auto adminId = m_server->instance()
                                 .db()
                                 .exec("SELECT id::text AS id FROM users WHERE email = $1",
                                       {std::string("admin@example.test")})
                                 .front()
                                 .str("id");
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            ey::notify::NewNotification notification{adminId, "SYSTEM", "Uji push", "Isi", "", ""};
            notification.push = true;
            m_server->instance().notify().notify(tx, notification);
        });
        QSignalSpy reloaded(m_editor, &BrandingEditor::integrationStatusLoaded);
        m_workspace->refresh();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(pushQueue->text(),
                 QStringLiteral("%1 dalam antrean · 0 gagal").arg(queuedBefore + 1));
        QVERIFY(find<QLabel>(QStringLiteral("providerState_push"))
                    ->text()
                    .contains(QStringLiteral("Belum dikonfigurasi")));
        QVERIFY(!find<QLabel>(QStringLiteral("integrationStatusError"))->isVisible());
    }

    void registeredForAdminsOnly()
    {
        WorkspaceRegistry registry;
        registerBrandingWorkspace(registry);
        QCOMPARE(registry.availableTo(m_client->session).size(), 1);
        QCOMPARE(registry.availableTo(m_client->session).first().id, QStringLiteral("branding"));
        auto member = signedIn(QStringLiteral("member@example.test"));
        QVERIFY(member->session.isSignedIn());
        QVERIFY(registry.availableTo(member->session).isEmpty());
        // The factory builds a working workspace that remembers its tab.
        auto workspace = registry.all().first().create(m_client->context());
        QCOMPARE(workspace->title(), QStringLiteral("Branding"));
        QVERIFY(!workspace->icon().isNull());
        workspace->restoreState({{QStringLiteral("tab"), 3}});
        QCOMPARE(workspace->saveState().value(QStringLiteral("tab")).toInt(), 3);
    }

    void poorContrastWarnsAndDisablesSave_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("pair");
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<QString>("pairWords");
        QTest::newRow("primary white on white")
            << QStringLiteral("colors.primary") << QStringLiteral("#FFFFFF")
            << QStringLiteral("colors.text_on_primary") << QStringLiteral("1.0")
            << QStringLiteral("teks di atas warna primer");
        QTest::newRow("primary light blue, short code")
            << QStringLiteral("colors.primary") << QStringLiteral("#8af")
            << QStringLiteral("colors.text_on_primary") << QStringLiteral("2.2")
            << QStringLiteral("teks di atas warna primer");
        QTest::newRow("button text yellow")
            << QStringLiteral("components.button_primary_text") << QStringLiteral("#FFC30D")
            << QStringLiteral("components.button_primary_text") << QStringLiteral("3.8")
            << QStringLiteral("teks tombol utama");
    }

    void poorContrastWarnsAndDisablesSave()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, pair);
        QFETCH(QString, ratio);
        QFETCH(QString, pairWords);
        auto* save = find<QPushButton>(QStringLiteral("saveButton"));
        auto* edit = find<QLineEdit>(QStringLiteral("colourEdit_") + path);
        retype(edit, value);

        auto* warning = find<QLabel>(QStringLiteral("contrastLabel_") + pair);
        QVERIFY(warning->property("failing").toBool());
        QVERIFY2(warning->text().contains(ratio + QStringLiteral(":1")),
                 qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("minimal 4.5:1")));
        QCOMPARE(warning->palette().color(QPalette::WindowText), QColor(0xB9, 0x1C, 0x1C));
        QVERIFY(!save->isEnabled());
        auto* reason = find<QLabel>(QStringLiteral("saveStateLabel"));
        QVERIFY2(reason->text().startsWith(QStringLiteral("Simpan dinonaktifkan")),
                 qPrintable(reason->text()));
        QVERIFY2(reason->text().contains(pairWords), qPrintable(reason->text()));
        QVERIFY(save->toolTip().contains(pairWords));
        // The preview already shows the unsaved colour.
        const QString normalised = branding::ColourContrast::normalise(value).value();
        QVERIFY(m_editor->preview()->previewStyleSheet().contains(normalised));
        // Ctrl+S does nothing while the pair fails.
        QSignalSpy saved(m_editor, &BrandingEditor::saved);
        QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_editor->isBusy());
        QCOMPARE(saved.count(), 0);

        // A readable colour lifts the block at once.
        retype(edit, path == QStringLiteral("colors.primary") ? QStringLiteral("#1E3A8A")
                                                              : QStringLiteral("#FFFFFF"));
        QVERIFY(!warning->property("failing").toBool());
        QCOMPARE(save->isEnabled(), m_editor->isDirty());
        QVERIFY(!reason->text().startsWith(QStringLiteral("Simpan dinonaktifkan")));
    }

    void clientContrastAgreesWithServer_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::newRow("white on primary") << QStringLiteral("#FFFFFF") << QStringLiteral("#2047FC");
        QTest::newRow("dark on secondary")
            << QStringLiteral("#111827") << QStringLiteral("#FFC30D");
        QTest::newRow("just passes") << QStringLiteral("#767676") << QStringLiteral("#FFFFFF");
        QTest::newRow("just fails") << QStringLiteral("#777777") << QStringLiteral("#FFFFFF");
        QTest::newRow("short codes") << QStringLiteral("#8af") << QStringLiteral("#fff");
        QTest::newRow("black on white") << QStringLiteral("#000000") << QStringLiteral("#FFFFFF");
    }

    void clientContrastAgreesWithServer()
    {
        // The instant local warning must say what the server's save rule will say.
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        const auto answer = m_otherAdmin->get(
            "/api/v1/branding/contrast?fg=" + QUrl::toPercentEncoding(foreground).toStdString() +
            "&bg=" + QUrl::toPercentEncoding(background).toStdString());
        QVERIFY2(answer.status == 200, answer.body.c_str());
        const QJsonObject server =
            QJsonDocument::fromJson(QByteArray::fromStdString(answer.body)).object();
        const QString fg = branding::ColourContrast::normalise(foreground).value();
        const QString bg = branding::ColourContrast::normalise(background).value();
        const double ratio = branding::ColourContrast::ratio(fg, bg);
        QVERIFY2(qAbs(ratio - server.value(QStringLiteral("ratio")).toDouble()) < 0.006,
                 qPrintable(QStringLiteral("client %1, server %2")
                                .arg(ratio)
                                .arg(server.value(QStringLiteral("ratio")).toDouble())));
        QCOMPARE(ratio >= branding::kMinimumContrast,
                 server.value(QStringLiteral("passes_aa")).toBool());
    }

    void incompleteColourBlocksSave()
    {
        auto* edit = find<QLineEdit>(QStringLiteral("colourEdit_colors.secondary"));
        retype(edit, QStringLiteral("#FFC3"));
        QVERIFY(!find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("saveStateLabel"))
                    ->text()
                    .contains(QStringLiteral("belum lengkap")));
        // The preview keeps the last valid colour instead of breaking.
        QVERIFY(m_editor->preview()->previewStyleSheet().contains(QStringLiteral("#FFC30D")));
    }

    void validChangeSavesAndRethemesTheClient()
    {
        retype(find<QLineEdit>(QStringLiteral("colourEdit_colors.primary")),
               QStringLiteral("#1d4ed8"));
        retype(find<QLineEdit>(QStringLiteral("field_platform_name")),
               QStringLiteral("Ekspor Juara"));
        find<QSpinBox>(QStringLiteral("field_components.border_radius"))->setValue(12);
        QCOMPARE(find<QLabel>(QStringLiteral("previewPlatformName"))->text(),
                 QStringLiteral("Ekspor Juara"));
        auto* save = find<QPushButton>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        QCOMPARE(m_editor->draft().changes().keys(),
                 (QStringList{QStringLiteral("colors"), QStringLiteral("components"),
                              QStringLiteral("platform_name")}));

        QSignalSpy saved(m_editor, &BrandingEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Tersimpan")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!m_editor->isDirty());

        const QJsonObject server = serverBranding();
        QCOMPARE(server.value(QStringLiteral("platform_name")).toString(),
                 QStringLiteral("Ekspor Juara"));
        QCOMPARE(server.value(QStringLiteral("colors"))
                     .toObject()
                     .value(QStringLiteral("primary"))
                     .toString(),
                 QStringLiteral("#1D4ED8"));
        QCOMPARE(server.value(QStringLiteral("components"))
                     .toObject()
                     .value(QStringLiteral("border_radius"))
                     .toInt(),
                 12);
        // The rest of the client re-themes from the saved values.
        QTRY_COMPARE(m_client->branding.platformName(), QStringLiteral("Ekspor Juara"));
        QCOMPARE(m_client->branding.color(QStringLiteral("colors"), QStringLiteral("primary")),
                 QColor(0x1D, 0x4E, 0xD8));
    }

    void staleEtagShowsConflictAndReloads()
    {
        const auto other = m_otherAdmin->request("PUT", "/api/v1/branding",
                                                 "{\"platform_name\":\"Versi Admin Lain\"}");
        QCOMPARE(other.status, 200);

        retype(find<QLineEdit>(QStringLiteral("field_tagline")), QStringLiteral("Tagline saya"));
        QSignalSpy failed(m_editor, &BrandingEditor::saveFailed);
        m_editor->save();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().status, 412);
        auto* banner = find<QFrame>(QStringLiteral("conflictBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(find<QLabel>(QStringLiteral("conflictLabel"))
                     ->text()
                     .contains(QStringLiteral("admin lain")),
                 qPrintable(find<QLabel>(QStringLiteral("conflictLabel"))->text()));
        auto* reload = find<QPushButton>(QStringLiteral("reloadButton"));
        QVERIFY(reload->isVisible());
        QCOMPARE(reload->text(), QStringLiteral("Muat ulang"));
        // Nothing of ours was written.
        QCOMPARE(serverBranding().value(QStringLiteral("tagline")).toString(),
                 QStringLiteral("Komunitas ekspor Indonesia"));

        QSignalSpy loaded(m_editor, &BrandingEditor::loaded);
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_platform_name"))->text(),
                 QStringLiteral("Versi Admin Lain"));
        QVERIFY(!m_editor->isDirty());
    }

    void fieldErrorsAppearUnderTheirField()
    {
        auto* font = find<QComboBox>(QStringLiteral("field_typography.font_family"));
        font->setFocus();
        font->lineEdit()->selectAll();
        QTest::keyClicks(font->lineEdit(), QStringLiteral("Inter; DROP"));
        find<QTabWidget>(QStringLiteral("brandingTabs"))->setCurrentIndex(0);
        QSignalSpy failed(m_editor, &BrandingEditor::saveFailed);
        m_editor->save();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().status, 422);
        auto* error = find<QLabel>(QStringLiteral("fieldError_typography.font_family"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(find<QTabWidget>(QStringLiteral("brandingTabs"))->currentIndex(),
                 2); // "Tipografi & Teks"
        // Editing the field clears its message.
        QTest::keyClick(font->lineEdit(), Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
    }

    void uploadUpdatesPreviewOrShowsServerError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("main logo png")
            << QStringLiteral("main") << pngBytes(QColor(0xE1, 0x1D, 0x48)) << true << QString();
        QTest::newRow("favicon png") << QStringLiteral("favicon")
                                     << pngBytes(Qt::darkGreen, QSize(32, 32)) << true << QString();
        QTest::newRow("text is not an image")
            << QStringLiteral("main") << QByteArray("hanya teks, bukan gambar") << false
            << QString();
        QTest::newRow("favicon too large")
            << QStringLiteral("favicon") << (pngBytes(Qt::blue) + QByteArray(300 * 1024, '\0'))
            << false << QString();
    }

    void uploadUpdatesPreviewOrShowsServerError()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(bool, accepted);
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/logo-XXXXXX.png"));
        QVERIFY(file.open());
        file.write(content);
        file.close();
        QString askedFor;
        m_editor->setFileChooser([&](QWidget*, const QString& asked) {
            askedFor = asked;
            return file.fileName();
        });
        const QByteArray etagBefore = m_editor->etag();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("assetPickButton_") + kind),
                          Qt::LeftButton);
        QCOMPARE(askedFor, kind);
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isBusy(), 10000);
        auto* preview = find<QLabel>(QStringLiteral("assetPreview_") + kind);
        auto* error = find<QLabel>(QStringLiteral("assetError_") + kind);
        if (accepted) {
            QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 10000);
            QVERIFY(!error->isVisible());
            QVERIFY(m_editor->etag() != etagBefore);
            QVERIFY(find<QPushButton>(QStringLiteral("assetDeleteButton_") + kind)->isEnabled());
            const QJsonObject logos = serverBranding().value(QStringLiteral("logos")).toObject();
            QVERIFY(logos.value(kind).isString());
            if (kind == QStringLiteral("main")) {
                auto* logo = find<QLabel>(QStringLiteral("previewLogo"));
                QTRY_VERIFY(!logo->pixmap().isNull());
                QCOMPARE(logo->pixmap().toImage().pixelColor(logo->pixmap().width() / 2,
                                                             logo->pixmap().height() / 2),
                         QColor(0xE1, 0x1D, 0x48));
            } else {
                QTRY_VERIFY(!find<QLabel>(QStringLiteral("previewFavicon"))->pixmap().isNull());
            }
        } else {
            QVERIFY(error->isVisible());
            // The server's problem detail, verbatim (a person can act on it).
            QVERIFY2(error->text().size() > 20, qPrintable(error->text()));
            QVERIFY(preview->pixmap().isNull());
            QCOMPARE(m_editor->etag(), etagBefore);
            QVERIFY(
                serverBranding().value(QStringLiteral("logos")).toObject().value(kind).isNull());
        }
    }

    void deleteRemovesTheImage()
    {
        const auto uploaded = m_otherAdmin->request("POST", "/api/v1/branding/assets/main",
                                                    pngBytes(Qt::darkBlue).toStdString());
        QVERIFY2(uploaded.status == 200, uploaded.body.c_str());
        QSignalSpy loaded(m_editor, &BrandingEditor::loaded);
        m_editor->load();
        QVERIFY(loaded.wait(10000));
        auto* preview = find<QLabel>(QStringLiteral("assetPreview_main"));
        QTRY_VERIFY(!preview->pixmap().isNull());

        // The admin confirms in the question box.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QSignalSpy changed(m_editor, &BrandingEditor::assetChanged);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("assetDeleteButton_main")),
                          Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QVERIFY(preview->pixmap().isNull());
        QCOMPARE(preview->text(), QStringLiteral("Belum diunggah"));
        QVERIFY(!find<QPushButton>(QStringLiteral("assetDeleteButton_main"))->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("previewLogo"))->pixmap().isNull());
        QVERIFY(serverBranding()
                    .value(QStringLiteral("logos"))
                    .toObject()
                    .value(QStringLiteral("main"))
                    .isNull());
    }

    void uploadKeepsUnsavedEdits()
    {
        retype(find<QLineEdit>(QStringLiteral("field_short_name")), QStringLiteral("EY"));
        m_editor->uploadAsset(QStringLiteral("affiliate"), [this] {
            auto* file =
                new QTemporaryFile(QDir::tempPath() + QStringLiteral("/aff-XXXXXX.png"), m_editor);
            file->open();
            file->write(pngBytes(Qt::darkCyan));
            file->close();
            return file->fileName();
        }());
        QSignalSpy changed(m_editor, &BrandingEditor::assetChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(m_editor->isDirty());
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_short_name"))->text(), QStringLiteral("EY"));
        // The affiliate preview shows the affiliate logo.
        auto* role = find<QComboBox>(QStringLiteral("previewRoleCombo"));
        role->setCurrentIndex(role->findData(QStringLiteral("affiliate")));
        QTRY_COMPARE(m_editor->preview()->shownLogoKind(), QStringLiteral("affiliate"));
        // And the save goes through with the ETag the upload returned.
        QSignalSpy saved(m_editor, &BrandingEditor::saved);
        m_editor->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBranding().value(QStringLiteral("short_name")).toString(),
                 QStringLiteral("EY"));
    }

    void keyboardEscRevertsCtrlSSaves()
    {
        QApplication::setActiveWindow(m_editor);
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        auto* name = find<QLineEdit>(QStringLiteral("field_platform_name"));
        retype(name, QStringLiteral("Nama Sementara"));
        QVERIFY(m_editor->isDirty());
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(name->text(), QStringLiteral("EksporYuk"));
        QVERIFY(!m_editor->isDirty());

        retype(name, QStringLiteral("Ekspor Cepat"));
        QSignalSpy saved(m_editor, &BrandingEditor::saved);
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBranding().value(QStringLiteral("platform_name")).toString(),
                 QStringLiteral("Ekspor Cepat"));

        // Every field takes keyboard focus and sits in the tab chain of the editor.
        QSet<QWidget*> chain;
        for (QWidget* w = m_editor->nextInFocusChain(); w && w != m_editor;
             w = w->nextInFocusChain())
            chain.insert(w);
        for (const QString& path : branding::BrandingDraft::editablePaths()) {
            QWidget* field = m_editor->findChild<QWidget*>(QStringLiteral("colourEdit_") + path);
            if (!field)
                field = m_editor->findChild<QWidget*>(QStringLiteral("field_") + path);
            QVERIFY2(field, qPrintable(path));
            QVERIFY2(field->focusPolicy() & Qt::TabFocus, qPrintable(path));
            QVERIFY2(chain.contains(field), qPrintable(path));
        }
    }

    void languageSwitchRetitlesTabs()
    {
        auto* tabs = find<QTabWidget>(QStringLiteral("brandingTabs"));
        TabTitleTranslator english;
        QCoreApplication::installTranslator(&english); // posts LanguageChange, as UiLanguage does
        QTRY_COMPARE(tabTitles(tabs).first(), QStringLiteral("Logo & Identity"));
        QCOMPARE(tabTitles(tabs),
                 (QStringList{QStringLiteral("Logo & Identity"), QStringLiteral("Colours & Theme"),
                              QStringLiteral("Typography & Text"), QStringLiteral("UI Components"),
                              QStringLiteral("Realtime Notifications")}));
        QCoreApplication::removeTranslator(&english);
        QTRY_COMPARE(tabTitles(tabs).first(), QStringLiteral("Logo & Identitas"));
    }

    void otherAdminsChangeArrivesLive()
    {
        m_client->events.start();
        auto* status = find<QLabel>(QStringLiteral("connectionStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->property("connected").toBool(), 10000);
        QVERIFY(status->text().startsWith(QStringLiteral("● Terhubung")));

        // Nothing edited here: the new values simply appear.
        QVERIFY(
            m_otherAdmin->request("PUT", "/api/v1/branding", "{\"tagline\":\"Dari admin lain\"}")
                .status == 200);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(QStringLiteral("field_tagline"))->text(),
                                  QStringLiteral("Dari admin lain"), 10000);

        // With unsaved edits, the admin is warned before a save would be refused.
        retype(find<QLineEdit>(QStringLiteral("field_short_name")), QStringLiteral("EY"));
        QVERIFY(m_otherAdmin
                    ->request("PUT", "/api/v1/branding", "{\"tagline\":\"Lagi dari admin lain\"}")
                    .status == 200);
        QTRY_VERIFY_WITH_TIMEOUT(find<QFrame>(QStringLiteral("conflictBanner"))->isVisible(),
                                 10000);
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_short_name"))->text(), QStringLiteral("EY"));

        // Our own save does not warn about itself.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("reloadButton")), Qt::LeftButton);
        QTRY_VERIFY(!find<QFrame>(QStringLiteral("conflictBanner"))->isVisible());
        QTRY_VERIFY(!m_editor->isBusy());
        retype(find<QLineEdit>(QStringLiteral("field_short_name")), QStringLiteral("EY"));
        QSignalSpy saved(m_editor, &BrandingEditor::saved);
        m_editor->save();
        QVERIFY(saved.wait(10000));
        QTest::qWait(500); // give our own event time to arrive
        QVERIFY(!find<QFrame>(QStringLiteral("conflictBanner"))->isVisible());
    }

    void livesInTheMainWindow()
    {
        WorkspaceRegistry registry;
        registerBrandingWorkspace(registry);
        UiLanguage language(m_client->api);
        MainWindow window(m_client->context(), registry, language);
        window.resize(1500, 900);
        window.show();
        QCOMPARE(window.currentWorkspace()->id(), QStringLiteral("branding"));
        auto* editor = qobject_cast<BrandingEditor*>(window.currentWorkspace()->widget());
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasLoaded(), 10000);
        // A save here re-themes the window around it.
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("field_platform_name"));
        retype(name, QStringLiteral("Ekspor Juara"));
        QSignalSpy saved(editor, &BrandingEditor::saved);
        editor->save();
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Ekspor Juara"));
        const QString dir = qEnvironmentVariable("EY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/branding-in-window.png"), "PNG"));
    }

    void screenshot()
    {
        // Set EY_SCREENSHOT_DIR to look at the workspace (one PNG per tab).
        const QString dir = qEnvironmentVariable("EY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EY_SCREENSHOT_DIR not set");
        const QByteArray svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"56\" viewBox=\"0 0 "
            "200 56\">"
            "<rect x=\"2\" y=\"8\" width=\"40\" height=\"40\" rx=\"10\" fill=\"#2047FC\"/>"
            "<path d=\"M12 36 L22 18 L32 36 Z\" fill=\"#FFC30D\"/>"
            "<text x=\"52\" y=\"37\" font-family=\"sans-serif\" font-size=\"24\" "
            "font-weight=\"bold\" "
            "fill=\"#111827\">EksporYuk</text></svg>";
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/logo-XXXXXX.svg"));
        QVERIFY(file.open());
        file.write(svg);
        file.close();
        QSignalSpy changed(m_editor, &BrandingEditor::assetChanged);
        m_editor->uploadAsset(QStringLiteral("main"), file.fileName());
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!find<QLabel>(QStringLiteral("previewLogo"))->pixmap().isNull());
        retype(find<QLineEdit>(QStringLiteral("colourEdit_components.button_secondary_bg")),
               QStringLiteral("#FDE68A"));
        retype(find<QLineEdit>(QStringLiteral("colourEdit_components.card_bg")),
               QStringLiteral("#F8FAFC"));
        retype(find<QLineEdit>(QStringLiteral("colourEdit_components.card_text")),
               QStringLiteral("#CBD5E1"));
        auto* tabs = find<QTabWidget>(QStringLiteral("brandingTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(m_editor->grab().save(
                QStringLiteral("%1/branding-tab%2.png").arg(dir).arg(i + 1), "PNG"));
        }
    }
};

QTEST_MAIN(TestBrandingWorkspace)
#include "TestBrandingWorkspace.moc"

// The area picker offscreen against a real server: setCode fills the four levels, choosing a
// higher level clears the lower ones, keyboard-only choosing, loading and error states.
#include "AreaPicker.h"

#include "ApiClient.h"

#include "TestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace ey::desk;

namespace {

QComboBox* combo(AreaPicker& picker, const char* name)
{
    return picker.findChild<QComboBox*>(QString::fromLatin1(name));
}

/// A key as a person's keyboard delivers it: to the completion list while it is open (it holds
/// the keyboard then), otherwise to the combo's text field.
void press(QComboBox* box, Qt::Key key)
{
    auto* popup = box->completer()->popup();
    QTest::keyClick(popup->isVisible() ? static_cast<QWidget*>(popup) : box->lineEdit(), key);
}

} // namespace

class TestAreaPicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;

    std::unique_ptr<AreaPicker> makePicker()
    {
        auto picker = std::make_unique<AreaPicker>(*m_api);
        picker->resize(560, picker->sizeHint().height());
        picker->show();
        return picker;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ey::test::TestServer>();
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(QUrl(QString::fromStdString(m_server->baseUrl())));
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void loadsProvincesWhenShown()
    {
        auto picker = makePicker();
        auto* provinces = combo(*picker, "provinceCombo");
        QTRY_COMPARE(provinces->count(), 38);
        QVERIFY(provinces->isEnabled());
        QCOMPARE(provinces->currentIndex(), -1);
        QVERIFY(!combo(*picker, "regencyCombo")->isEnabled());
        QVERIFY(picker->code().isEmpty());
        QCOMPARE(provinces->itemText(provinces->findData(QStringLiteral("31"))),
                 QStringLiteral("DKI Jakarta"));
    }

    void setCodeFillsAllFourLevels()
    {
        auto picker = makePicker();
        QSignalSpy changed(picker.get(), &AreaPicker::areaChanged);
        picker->setCode(QStringLiteral("32.73.01.1001"));
        // Nothing is cached yet: the province list is on its way.
        QVERIFY(picker->isLoading());
        QCOMPARE(combo(*picker, "provinceCombo")->lineEdit()->placeholderText(),
                 QStringLiteral("Memuat…"));
        QTRY_VERIFY(!picker->isLoading());
        QCOMPARE(combo(*picker, "provinceCombo")->currentText(), QStringLiteral("Jawa Barat"));
        QCOMPARE(combo(*picker, "regencyCombo")->currentText(), QStringLiteral("Kota Bandung"));
        QCOMPARE(combo(*picker, "districtCombo")->currentText(), QStringLiteral("Sukasari"));
        QCOMPARE(combo(*picker, "villageCombo")->currentText(), QStringLiteral("Sukarasa"));
        QCOMPARE(picker->code(), QStringLiteral("32.73.01.1001"));
        QVERIFY(picker->isComplete());
        // One signal for the settled choice, not one per level on the way down.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("32.73.01.1001"));
        picker->grab().save(QStringLiteral("/tmp/areapicker-filled.png"));

        // Another village in the same regency reuses what is loaded; a shorter code stops higher.
        picker->setCode(QStringLiteral("32.73.02"));
        QTRY_VERIFY(!picker->isLoading());
        QCOMPARE(picker->code(), QStringLiteral("32.73.02"));
        QCOMPARE(combo(*picker, "villageCombo")->currentIndex(), -1);
        QVERIFY(combo(*picker, "villageCombo")->count() > 0); // its villages are ready to pick
        QCOMPARE(changed.count(), 2);
        picker->setCode(QString());
        QVERIFY(picker->code().isEmpty());
        QVERIFY(!combo(*picker, "regencyCombo")->isEnabled());
        QCOMPARE(changed.count(), 3);
    }

    void choosingAProvinceClearsTheLowerLevels()
    {
        auto picker = makePicker();
        picker->setCode(QStringLiteral("32.04.13.2001"));
        QTRY_VERIFY(!picker->isLoading());
        QCOMPARE(picker->code(), QStringLiteral("32.04.13.2001"));
        QSignalSpy changed(picker.get(), &AreaPicker::areaChanged);
        auto* provinces = combo(*picker, "provinceCombo");
        provinces->setCurrentIndex(provinces->findData(QStringLiteral("51")));
        QCOMPARE(picker->code(), QStringLiteral("51"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("51"));
        QCOMPARE(combo(*picker, "districtCombo")->count(), 0);
        QVERIFY(!combo(*picker, "districtCombo")->isEnabled());
        QCOMPARE(combo(*picker, "villageCombo")->count(), 0);
        QVERIFY(!combo(*picker, "villageCombo")->isEnabled());
        auto* regencies = combo(*picker, "regencyCombo");
        QTRY_COMPARE(regencies->count(), 9); // Bali's eight regencies and Denpasar
        QCOMPARE(regencies->currentIndex(), -1);
        QVERIFY(regencies->findText(QStringLiteral("Kota Denpasar")) >= 0);
        QVERIFY(!picker->isComplete());
    }

    void choosesByKeyboardAlone()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* picker = new AreaPicker(*m_api, &window);
        layout->addWidget(picker);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* provinces = combo(*picker, "provinceCombo");
        QTRY_COMPARE(provinces->count(), 38);

        provinces->setFocus();
        QTest::keyClicks(provinces->lineEdit(), QStringLiteral("jawa bar"));
        // Type part of a name: the first Tab closes the completion list, the next one moves on
        // and takes the one match.
        press(provinces, Qt::Key_Tab);
        QVERIFY(!provinces->completer()->popup()->isVisible());
        press(provinces, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), combo(*picker, "regencyCombo"));
        QTRY_COMPARE(picker->code(), QStringLiteral("32"));
        QCOMPARE(provinces->currentText(), QStringLiteral("Jawa Barat"));
        auto* regencies = combo(*picker, "regencyCombo");
        QTRY_COMPARE(regencies->count(), 27);

        // A full name in any case and Enter.
        regencies->setFocus();
        QTest::keyClicks(regencies->lineEdit(), QStringLiteral("KOTA BANDUNG"));
        press(regencies, Qt::Key_Return);
        QTRY_COMPARE(picker->code(), QStringLiteral("32.73"));

        // Ambiguous text keeps the choice that stands instead of guessing.
        regencies->lineEdit()->selectAll();
        QTest::keyClicks(regencies->lineEdit(), QStringLiteral("bandung"));
        auto* offered = regencies->completer()->popup();
        QTRY_VERIFY(offered->isVisible());
        QCOMPARE(offered->model()->rowCount(), 3); // Kabupaten Bandung, ... Barat, Kota Bandung
        offered->grab().save(QStringLiteral("/tmp/areapicker-typing.png"));
        press(regencies, Qt::Key_Return);
        QCOMPARE(picker->code(), QStringLiteral("32.73"));
        QCOMPARE(regencies->currentText(), QStringLiteral("Kota Bandung"));

        auto* districts = combo(*picker, "districtCombo");
        QTRY_VERIFY(districts->isEnabled());
        districts->setFocus();
        QTest::keyClicks(districts->lineEdit(), QStringLiteral("sukasari"));
        press(districts, Qt::Key_Return);
        QTRY_COMPARE(picker->code(), QStringLiteral("32.73.01"));
        auto* villages = combo(*picker, "villageCombo");
        QTRY_VERIFY(villages->isEnabled());
        villages->setFocus();
        QTest::keyClicks(villages->lineEdit(), QStringLiteral("sukaras"));
        press(villages, Qt::Key_Tab);
        press(villages, Qt::Key_Tab);
        QTRY_COMPARE(picker->code(), QStringLiteral("32.73.01.1001"));
        QVERIFY(picker->isComplete());
    }

    void refusesMalformedAndUnknownCodes()
    {
        auto picker = makePicker();
        picker->setCode(QStringLiteral("32.73.01.1001"));
        QTRY_VERIFY(!picker->isLoading());
        QSignalSpy changed(picker.get(), &AreaPicker::areaChanged);
        auto* error = picker->findChild<QLabel*>(QStringLiteral("areaPickerError"));

        picker->setCode(QStringLiteral("bandung"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("bandung")));
        QCOMPARE(picker->code(), QStringLiteral("32.73.01.1001"));

        // 32.99 does not exist: Jawa Barat is chosen, the rest waits for a valid regency.
        picker->setCode(QStringLiteral("32.99"));
        QTRY_VERIFY(!picker->isLoading());
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("32.99")));
        QCOMPARE(picker->code(), QStringLiteral("32"));
        QCOMPARE(changed.count(), 1);
        picker->resize(560, picker->heightForWidth(560));
        picker->grab().save(QStringLiteral("/tmp/areapicker-unknown.png"));

        picker->setCode(QStringLiteral("51.71"));
        QTRY_VERIFY(!picker->isLoading());
        QVERIFY(!error->isVisible());
        QCOMPARE(picker->code(), QStringLiteral("51.71"));
    }

    void retriesWhenTheServerWasUnreachable()
    {
        ApiClient unreachable;
        unreachable.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        AreaPicker picker(unreachable);
        picker.show();
        picker.setCode(QStringLiteral("51.71"));
        auto* retry = picker.findChild<QPushButton*>(QStringLiteral("areaPickerRetry"));
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(!picker.isLoading());
        auto* error = picker.findChild<QLabel*>(QStringLiteral("areaPickerError"));
        QVERIFY(error->isVisible());
        picker.resize(560, picker.heightForWidth(560));
        picker.grab().save(QStringLiteral("/tmp/areapicker-offline.png"));

        // The server is back: "Coba lagi" loads the list and finishes what setCode() started.
        unreachable.setBaseUrl(QUrl(QString::fromStdString(m_server->baseUrl())));
        QSignalSpy changed(&picker, &AreaPicker::areaChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(picker.code(), QStringLiteral("51.71"));
        QVERIFY(!error->isVisible());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestAreaPicker)
#include "TestAreaPicker.moc"

// The "Asesmen" page offscreen against a real server with a copy of the demo assessment
// POTENSI-DIRI: a question and a category edited, saved and seen again after reopening; a broken
// definition (category upper limit below its lower limit, an unknown scale key) shows the
// server's message at that row with the typing kept; keyboard row editing; "all highest" in the
// scoring preview shows the top categories; publish shows the status; duplicate and delete;
// the unsaved-changes guard; the executive summary tab; the models pass the tester.
#include "AssessmentEditor.h"
#include "AssessmentJsonModel.h"
#include "AssessmentListModel.h"
#include "AssessmentPreview.h"
#include "AssessmentScoreChart.h"
#include "AssessmentTableView.h"
#include "AssessmentsPage.h"

#include "ApiClient.h"
#include "Session.h"
#include "StatusBadge.h"

#include "EmbeddedResources.h"
#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace ey::desk;
using namespace ey::desk::partner;

namespace {

const char* kAdmin = "ayu@example.test";

void screenshot(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/assess-%1.png").arg(name));
}

/// The demo's POTENSI-DIRI definition, as the demo script creates it (from the server binary's
/// embedded copy, so the test does not depend on where the sources were compiled).
QJsonObject demoAssessment()
{
    const auto demo = ey::resources::find("resources/demo/demo.json");
    if (!demo)
        qFatal("demo.json is not embedded in the server");
    const QJsonArray script =
        QJsonDocument::fromJson(QByteArray(demo->data(), static_cast<qsizetype>(demo->size())))
            .object()
            .value(QStringLiteral("script"))
            .toArray();
    for (const QJsonValue& step : script) {
        const QJsonObject body = step.toObject().value(QStringLiteral("body")).toObject();
        if (body.value(QStringLiteral("code")).toString() == QStringLiteral("POTENSI-DIRI"))
            return body;
    }
    qFatal("POTENSI-DIRI is not in demo.json");
}

} // namespace

class TestAssessmentsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    ApiClient m_api;
    test::InMemoryCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AssessmentsPage> m_page;
    QString m_demoId;
    bool m_answer = true; ///< what the page's confirmation questions are answered
    int m_asked = 0;

    QJsonObject call(const std::string& method, const std::string& path, const std::string& body,
                     int expected)
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login(kAdmin, ey::test::kTestPassword);
        const auto result =
            http.request(method, path, body, {{"Content-Type", "application/json"}});
        if (result.status != expected)
            qFatal("%s %s: %d %s", method.c_str(), path.c_str(), result.status,
                   result.body.c_str());
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    AssessmentEditor* editor() const { return m_page->editor(); }

    /// Opens the demo copy fresh from the server (discarding edits) on the first section.
    void openDemo()
    {
        m_answer = true;
        QSignalSpy settled(m_page.get(), &AssessmentsPage::settled);
        m_page->editor()->setClean();
        QVERIFY(m_page->open(m_demoId));
        QTRY_VERIFY(settled.count() >= 1);
        QTRY_COMPARE(editor()->codeEdit()->text(), QStringLiteral("POTENSI-UJI"));
        QCOMPARE(editor()->sectionsModel()->rowCount(), 3);
        editor()->selectSection(0);
    }

    void save()
    {
        QSignalSpy settled(m_page.get(), &AssessmentsPage::settled);
        m_page->save();
        QVERIFY(settled.wait(10000));
    }

    /// Ins opens an editor on the new row; Escape closes it without writing.
    static void closeEditors(QAbstractItemView* view)
    {
        for (QWidget* child : view->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (child->isVisible())
                QTest::keyClick(child, Qt::Key_Escape);
        QCoreApplication::processEvents();
    }

    QModelIndex cell(AssessmentJsonModel* model, int row, const char* field)
    {
        return model->index(row, model->columnOf(QString::fromLatin1(field)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), kAdmin, {"admin"}, "Ayu Admin");
        QJsonObject demo = demoAssessment();
        demo.insert(QStringLiteral("code"), QStringLiteral("POTENSI-UJI"));
        m_demoId = call("POST", "/api/v1/admin/assessments",
                        QJsonDocument(demo).toJson().toStdString(), 201)
                       .value(QStringLiteral("id"))
                       .toString();
        QJsonObject small = demo;
        small.insert(QStringLiteral("code"), QStringLiteral("MINAT-KERJA"));
        small.insert(QStringLiteral("title"), QStringLiteral("Asesmen Minat Kerja"));
        call("POST", "/api/v1/admin/assessments", QJsonDocument(small).toJson().toStdString(),
             201);

        m_session = std::make_unique<Session>(m_api, m_credentials);
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(QUrl(QString::fromStdString(m_server->baseUrl())),
                          QString::fromLatin1(kAdmin),
                          QString::fromStdString(ey::test::kTestPassword), false);
        QVERIFY(signedIn.wait(10000));
        m_page = std::make_unique<AssessmentsPage>(m_api);
        m_page->setConfirm([this](const QString&, const QString&) {
            ++m_asked;
            return m_answer;
        });
        m_page->resize(1600, 900);
        m_page->show();
        m_page->reload();
    }

    void listLoadsAndPassesTheModelTester()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        const int row = m_page->model()->rowOf(m_demoId);
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->index(row, AssessmentListModel::StatusColumn).data().toString(),
                 QStringLiteral("Draf"));
        screenshot(m_page.get(), QStringLiteral("list"));
    }

    void editorModelsPassTheTester()
    {
        openDemo();
        for (AssessmentJsonModel* model :
             {editor()->templatesModel(), editor()->optionsModel(), editor()->sectionsModel(),
              editor()->questionsModel(), editor()->scalesModel(), editor()->bandsModel(),
              editor()->summaryBandsModel(), editor()->execSectionsModel(),
              editor()->execTextsModel()}) {
            QAbstractItemModelTester tester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model->columnCount() > 0);
        }
        QAbstractItemModelTester questions(editor()->questionsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sections(editor()->sectionsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Switching sections resets the child tables under the tester's eyes.
        editor()->selectSection(1);
        QCOMPARE(editor()->questionsModel()->rowCount(), 10);
        editor()->selectSection(2);
        QCOMPARE(editor()->questionsModel()->rowCount(), 8);
        editor()->sectionsView()->moveCurrentRow(-1);
        QCOMPARE(editor()->sectionsModel()->row(1).value(QStringLiteral("key")).toString(),
                 QStringLiteral("GRIT"));
        QVERIFY(editor()->isDirty());
    }

    void selectingOpensTheDemoInTheEditor()
    {
        m_answer = true;
        m_page->editor()->setClean();
        m_page->startNew();
        const int row = m_page->model()->rowOf(m_demoId);
        m_page->table()->setCurrentIndex(m_page->model()->index(row, 0));
        QTRY_COMPARE(editor()->codeEdit()->text(), QStringLiteral("POTENSI-UJI"));
        QCOMPARE(m_page->statusBadge()->text(), QStringLiteral("Draf"));
        editor()->selectSection(0);
        QCOMPARE(editor()->sectionKeyEdit()->text(), QStringLiteral("TM"));
        QCOMPARE(editor()->timeLimitEdit()->value(), 15);
        QCOMPARE(editor()->questionsModel()->rowCount(), 24);
        QCOMPARE(editor()->scalesModel()->rowCount(), 6);
        QCOMPARE(editor()->bandsModel()->rowCount(), 3);
        QCOMPARE(editor()->summaryMethodCombo()->currentData().toString(),
                 QStringLiteral("mean_items"));
        QCOMPARE(editor()->highlightsEdit()->value(), 3);
        // The client view renders the section with the template's option labels.
        QTRY_VERIFY(m_page->preview()->clientView()->toPlainText().contains(
            QStringLiteral("Sangat sesuai")));
        QVERIFY(m_page->preview()->clientView()->toPlainText().contains(
            QStringLiteral("Batas waktu 15 menit")));
        m_page->preview()->tabs()->setCurrentIndex(0);
        screenshot(m_page.get(), QStringLiteral("editor"));
    }

    void questionAndBandEditsSurviveSaveAndReopen()
    {
        openDemo();
        auto* questions = editor()->questionsModel();
        QVERIFY(questions->setData(cell(questions, 1, "text"),
                                   QStringLiteral("Saya senang membedah data sebelum memutuskan.")));
        QVERIFY(questions->setData(cell(questions, 1, "reverse"), Qt::Checked,
                                   Qt::CheckStateRole));
        editor()->scalesView()->focusCell(5, 0); // PEMBELAJAR
        auto* bands = editor()->bandsModel();
        QVERIFY(bands->setData(cell(bands, 2, "label"), QStringLiteral("Sangat Menonjol")));
        // The long narrative is typed in the text box under the table, for the current row.
        editor()->bandsView()->focusCell(2, 0);
        auto* narrative = editor()->findChild<QPlainTextEdit*>(QStringLiteral("bandsViewText"));
        QVERIFY(narrative);
        QVERIFY(narrative->toPlainText().startsWith(QStringLiteral("Kekuatan pembelajar")));
        narrative->setPlainText(QStringLiteral("Anda belajar cepat dan senang mencoba hal baru."));
        QCOMPARE(cell(bands, 2, "narrative").data().toString(),
                 QStringLiteral("Anda belajar cepat dan senang mencoba hal baru."));
        QVERIFY(editor()->isDirty());
        save();
        QCOMPARE(m_page->message()->text(), QStringLiteral("Tersimpan."));
        QVERIFY(!editor()->isDirty());

        // Stored on the server …
        const QJsonObject stored =
            call("GET", "/api/v1/admin/assessments/" + m_demoId.toStdString(), "", 200);
        const QJsonObject tm = stored.value(QStringLiteral("sections")).toArray().at(0).toObject();
        const QJsonObject second = tm.value(QStringLiteral("questions")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Saya senang membedah data sebelum memutuskan."));
        QVERIFY(second.value(QStringLiteral("reverse")).toBool());
        // … and seen again after reopening.
        openDemo();
        QCOMPARE(cell(editor()->questionsModel(), 1, "text").data().toString(),
                 QStringLiteral("Saya senang membedah data sebelum memutuskan."));
        QCOMPARE(cell(editor()->questionsModel(), 1, "reverse").data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        editor()->scalesView()->focusCell(5, 0);
        QCOMPARE(cell(editor()->bandsModel(), 2, "label").data().toString(),
                 QStringLiteral("Sangat Menonjol"));
        QCOMPARE(cell(editor()->bandsModel(), 2, "narrative").data().toString(),
                 QStringLiteral("Anda belajar cepat dan senang mencoba hal baru."));
    }

    void brokenDefinitionShowsTheServerMessageAtTheRow()
    {
        openDemo();
        // A band whose upper limit is below its lower limit.
        editor()->scalesView()->focusCell(1, 0);
        auto* bands = editor()->bandsModel();
        QVERIFY(bands->setData(cell(bands, 0, "max"), 2.0));
        // A question on a scale the section does not have.
        auto* questions = editor()->questionsModel();
        QVERIFY(questions->setData(cell(questions, 3, "scale"), QStringLiteral("TIDAKADA")));
        save();
        const auto errors = editor()->errors();
        QVERIFY2(errors.contains(QStringLiteral("sections[0].questions[3].scale")),
                 qPrintable(QStringList(errors.keys()).join(QLatin1Char(' '))));
        QVERIFY(editor()->errorList()->isVisible());
        QVERIFY(m_page->message()->text().contains(QStringLiteral("perlu diperbaiki")));
        // The first error is opened: the questions table, row 4, the scale cell, red + message.
        QCOMPARE(editor()->tabs()->currentIndex(), 2);
        QCOMPARE(editor()->sectionTabs()->currentIndex(), 0);
        QCOMPARE(editor()->questionsView()->currentIndex().row(), 3);
        const QModelIndex scaleCell = cell(questions, 3, "scale");
        QCOMPARE(editor()->questionsView()->currentIndex(), scaleCell);
        QVERIFY(scaleCell.data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Skala \"TIDAKADA\" tidak ada di bagian ini.")));
        QVERIFY(scaleCell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(scaleCell.data(Qt::EditRole).toString(), QStringLiteral("TIDAKADA")); // kept
        screenshot(m_page.get(), QStringLiteral("errors"));

        // With the scale fixed, the band error is the one the server names next.
        QVERIFY(questions->setData(scaleCell, QStringLiteral("PERENCANA")));
        save();
        const auto next = editor()->errors();
        const QString bandPath = QStringLiteral("sections[0].scoring.scales[1].bands[0].max");
        QVERIFY2(next.contains(bandPath),
                 qPrintable(QStringList(next.keys()).join(QLatin1Char(' '))));
        QCOMPARE(editor()->sectionTabs()->currentIndex(), 1);
        QCOMPARE(editor()->scalesView()->currentIndex().row(), 1);
        const QModelIndex maxCell = cell(editor()->bandsModel(), 0, "max");
        QCOMPARE(editor()->bandsView()->currentIndex(), maxCell);
        QVERIFY(maxCell.data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Batas atas harus sama dengan atau lebih besar dari batas bawah.")));
        QCOMPARE(maxCell.data(Qt::EditRole).toDouble(), 2.0);
        // The list under the editor names the place in words and opens it when chosen.
        QStringList lines;
        for (int i = 0; i < editor()->errorList()->count(); ++i)
            lines << editor()->errorList()->item(i)->text();
        QVERIFY2(lines.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Bagian TM › Skala KOMUNIKATOR › Kategori 1 › Batas "
                                              "atas: Batas atas harus")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        screenshot(m_page.get(), QStringLiteral("band-error"));
    }

    void keyboardEditsQuestionRows()
    {
        openDemo();
        auto* view = editor()->questionsView();
        auto* model = editor()->questionsModel();
        view->focusCell(0, 0);
        QTest::keyClick(view, Qt::Key_Insert);
        QCOMPARE(model->rowCount(), 25);
        QCOMPARE(view->currentIndex().row(), 1);
        closeEditors(view);
        QVERIFY(model->setData(cell(model, 1, "text"), QStringLiteral("Butir baru.")));
        view->focusCell(1, 0);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(cell(model, 2, "text").data().toString(), QStringLiteral("Butir baru."));
        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), 24);
        // Enter on the reverse column ticks it.
        view->focusCell(0, model->columnOf(QStringLiteral("reverse")));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(cell(model, 0, "reverse").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The section list keeps the edits: the questions went back into the section.
        QCOMPARE(editor()->definition()
                     .value(QStringLiteral("sections"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("questions"))
                     .toArray()
                     .size(),
                 24);
    }

    void unsavedChangesAskBeforeSwitching()
    {
        openDemo();
        editor()->titleEdit()->setText(QStringLiteral("Judul yang belum disimpan"));
        QTest::keyClicks(editor()->titleEdit(), QStringLiteral("!"));
        QVERIFY(editor()->isDirty());
        m_answer = false;
        const int asked = m_asked;
        const int other = m_page->model()->rowOf(m_demoId) == 0 ? 1 : 0;
        m_page->table()->setCurrentIndex(m_page->model()->index(other, 0));
        QCOMPARE(m_asked, asked + 1);
        QCOMPARE(m_page->currentId(), m_demoId);
        QCOMPARE(editor()->titleEdit()->text(), QStringLiteral("Judul yang belum disimpan!"));
        QCOMPARE(m_page->table()->currentIndex().row(), m_page->model()->rowOf(m_demoId));
        m_answer = true;
    }

    void previewAllHighestShowsTheTopCategories()
    {
        openDemo();
        auto* preview = m_page->preview();
        preview->tabs()->setCurrentIndex(1);
        QCOMPARE(preview->answersTable()->rowCount(), 24 + 10 + 8);
        QSignalSpy scored(preview, &AssessmentPreview::scored);
        preview->fill(AssessmentPreview::Fill::Highest);
        QVERIFY(scored.wait(10000));
        const QString text = preview->chart()->plainText();
        QVERIFY2(text.contains(QStringLiteral("Analitis: 20/20 · 100% · Menonjol")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ringkasan: ")), qPrintable(text));
        QCOMPARE(preview->chart()->sections().size(), 3);
        const QJsonObject tm = preview->chart()->sections().at(0).toObject();
        QCOMPARE(tm.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("Tinggi"));
        screenshot(m_page.get(), QStringLiteral("preview"));

        // The draft counts, not what is stored: a renamed top band shows at once, unsaved.
        editor()->scalesView()->focusCell(0, 0);
        QVERIFY(editor()->bandsModel()->setData(cell(editor()->bandsModel(), 2, "label"),
                                                QStringLiteral("Luar Biasa")));
        preview->setDefinition(editor()->definition());
        preview->fill(AssessmentPreview::Fill::Highest);
        QVERIFY(scored.wait(10000));
        QVERIFY(preview->chart()->plainText().contains(QStringLiteral("Analitis: 20/20 · 100% · "
                                                                      "Luar Biasa")));
        preview->fill(AssessmentPreview::Fill::Lowest);
        QVERIFY(scored.wait(10000));
        QVERIFY(preview->chart()->plainText().contains(QStringLiteral("Analitis: 4/20 · 20% · "
                                                                      "Berkembang")));
        screenshot(m_page.get(), QStringLiteral("preview-lowest"));
    }

    void executiveSummaryTabTravelsWithTheDefinition()
    {
        openDemo();
        editor()->tabs()->setCurrentIndex(3);
        QVERIFY(editor()->executiveEnabled()->isChecked());
        auto* entries = editor()->execSectionsModel();
        QCOMPARE(entries->rowCount(), 3);
        QCOMPARE(cell(entries, 0, "section").data(Qt::EditRole).toString(), QStringLiteral("TM"));
        editor()->execSectionsView()->focusCell(0, 0);
        auto* texts = editor()->execTextsModel();
        int high = -1;
        for (int row = 0; row < texts->rowCount(); ++row)
            if (cell(texts, row, "category").data(Qt::EditRole).toString() == QStringLiteral("tinggi"))
                high = row;
        QVERIFY(high >= 0);
        const QString changed = QStringLiteral("{client_name} punya profil kekuatan {category}; "
                                               "sorotan: {highlights}.");
        QVERIFY(texts->setData(cell(texts, high, "text"), changed));
        screenshot(m_page.get(), QStringLiteral("executive"));
        save();
        QCOMPARE(m_page->message()->text(), QStringLiteral("Tersimpan."));
        const QJsonObject stored =
            call("GET", "/api/v1/admin/assessments/" + m_demoId.toStdString(), "", 200);
        QCOMPARE(stored.value(QStringLiteral("executive_summary"))
                     .toObject()
                     .value(QStringLiteral("sections"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("texts"))
                     .toObject()
                     .value(QStringLiteral("tinggi"))
                     .toString(),
                 changed);

        // An unknown category is shown at its row with the server's words.
        openDemo();
        editor()->execSectionsView()->focusCell(0, 0);
        QVERIFY(editor()->execTextsModel()->setData(cell(editor()->execTextsModel(), 0, "category"),
                                                    QStringLiteral("luar_biasa")));
        save();
        const QString rowPath = QStringLiteral("executive_summary.sections[0].texts[0]");
        QVERIFY2(editor()->errors().contains(rowPath),
                 qPrintable(QStringList(editor()->errors().keys()).join(QLatin1Char(' '))));
        QCOMPARE(editor()->tabs()->currentIndex(), 3);
        QCOMPARE(editor()->execTextsView()->currentIndex().row(), 0);
        QVERIFY(cell(editor()->execTextsModel(), 0, "category")
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Kategori \"luar_biasa\" tidak ada pada sumber ini.")));
        screenshot(m_page.get(), QStringLiteral("executive-error"));
        editor()->setClean();
    }

    void likertPresetFillsTheTemplate()
    {
        openDemo();
        editor()->templatesView()->focusCell(1, 0);
        QCOMPARE(editor()->optionsModel()->rowCount(), 5);
        editor()->applyLikertPreset();
        QCOMPARE(editor()->optionsModel()->rowCount(), 5);
        QCOMPARE(cell(editor()->optionsModel(), 0, "value").data(Qt::EditRole).toInt(), 1);
        QCOMPARE(cell(editor()->optionsModel(), 4, "label").data().toString(),
                 QStringLiteral("Sangat setuju"));
        const QJsonArray templates =
            editor()->definition().value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.at(1)
                     .toObject()
                     .value(QStringLiteral("options"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 1);
        screenshot(m_page.get(), QStringLiteral("templates"));
        editor()->setClean();
    }

    void duplicateSavesANewDraftAndDeleteRemovesIt()
    {
        openDemo();
        m_page->duplicate();
        QCOMPARE(editor()->codeEdit()->text(), QStringLiteral("POTENSI-UJI-SALINAN"));
        QVERIFY(m_page->currentId().isEmpty());
        save();
        QCOMPARE(m_page->message()->text(), QStringLiteral("Tersimpan."));
        const QString copyId = m_page->currentId();
        QVERIFY(!copyId.isEmpty() && copyId != m_demoId);
        QTRY_COMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_page->statusBadge()->text(), QStringLiteral("Draf"));
        m_answer = true;
        QSignalSpy settled(m_page.get(), &AssessmentsPage::settled);
        m_page->remove();
        QVERIFY(settled.wait(10000));
        QVERIFY(m_page->message()->text().contains(QStringLiteral("dihapus")));
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(m_page->currentId().isEmpty());
    }

    void publishAsksAndShowsTheStatus()
    {
        openDemo();
        m_answer = false;
        m_page->publish();
        QCOMPARE(m_page->currentStatus(), QStringLiteral("draft"));
        m_answer = true;
        QSignalSpy settled(m_page.get(), &AssessmentsPage::settled);
        m_page->publish();
        QVERIFY(settled.wait(10000));
        QCOMPARE(m_page->statusBadge()->text(), QStringLiteral("Terbit"));
        QVERIFY(m_page->lockNote()->isVisible());
        QVERIFY(!m_page->publishButton()->isEnabled());
        QTRY_COMPARE(m_page->model()
                         ->index(std::max(0, m_page->model()->rowOf(m_demoId)),
                                 AssessmentListModel::StatusColumn)
                         .data()
                         .toString(),
                     QStringLiteral("Terbit"));
        screenshot(m_page.get(), QStringLiteral("published"));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestAssessmentsPage)
#include "TestAssessmentsPage.moc"

// The admin assessment API end to end: create, read back, validate, preview, publish, edit rules
// once clients exist, delete, permissions and the audit trail.
#include "PartnerTestKit.h"

#include <QTest>

#include <memory>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

class TestAssessmentsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_partner;

    std::string create(const std::string& code)
    {
        const auto created =
            send(*m_admin, "POST", "/api/v1/admin/assessments", definitionJson(code));
        if (created.status != 201)
            qWarning("%s", created.body.c_str());
        return created.status == 201 ? field(created.json(), "id") : std::string();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_partner = std::make_unique<Person>(person(*m_server, "mitra@example.com", {"partner"}));
    }

    void createAndReadBack()
    {
        const auto created =
            send(*m_admin, "POST", "/api/v1/admin/assessments", definitionJson("BACA-ULANG"));
        QCOMPARE(created.status, 201);
        const auto body = created.json();
        const auto id = field(body, "id");
        QCOMPARE(field(body, "status"), std::string("draft"));
        QCOMPARE(body->getValue<int>("section_count"), 2);
        QCOMPARE(body->getValue<int>("question_count"), 8);
        QCOMPARE(body->getValue<bool>("editable"), true);
        QCOMPARE(auditCount(*m_server, "assessment.create", id), 1);

        const auto read = m_admin->http.get("/api/v1/admin/assessments/" + id);
        QCOMPARE(read.status, 200);
        const auto full = read.json();
        const auto sections = full->getArray("sections");
        QCOMPARE(sections->size(), std::size_t(2));
        const auto kk = sections->getObject(0);
        QCOMPARE(field(kk, "key"), std::string("KK"));
        QCOMPARE(kk->getValue<int>("time_limit_seconds"), 600);
        const auto questions = kk->getArray("questions");
        QCOMPARE(questions->size(), std::size_t(5));
        QCOMPARE(questions->getObject(1)->getValue<bool>("reverse"), true);
        QCOMPARE(field(questions->getObject(3), "text"),
                 std::string("Saya gugup berbicara di depan orang."));
        QCOMPARE(kk->getObject("scoring")->getValue<int>("highlights_top"), 1);
        QCOMPARE(full->getArray("templates")->getObject(1)->getArray("options")->size(),
                 std::size_t(5));
    }

    void duplicateCodeIsAConflict()
    {
        QVERIFY(!create("KEMBAR").empty());
        const auto again =
            send(*m_admin, "POST", "/api/v1/admin/assessments", definitionJson("KEMBAR"));
        QCOMPARE(again.status, 409);
        QVERIFY(field(again.json(), "detail").find("KEMBAR") != std::string::npos);
    }

    void invalidDefinitionNamesTheField()
    {
        auto body = definitionJson("RUSAK");
        const auto at = body.find(R"("scale": "Y", "reverse": true)");
        QVERIFY(at != std::string::npos);
        body.replace(at, 12, R"("scale": "Q")");
        const auto refused = send(*m_admin, "POST", "/api/v1/admin/assessments", body);
        QCOMPARE(refused.status, 422);
        const auto errors = refused.json()->getObject("errors");
        QVERIFY2(errors->has("sections[0].questions[3].scale"), refused.body.c_str());
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM assessments WHERE code = 'RUSAK'")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void previewScoresWithoutStoring()
    {
        const auto id = create("PRATINJAU");
        const auto preview = send(*m_admin, "POST", "/api/v1/admin/assessments/" + id + "/preview",
                                  R"({"answers": {"KK": [5, 2, 4, 1, 3], "ST": [3, 2, 1]},
                                      "durations": {"KK": 75}})");
        QCOMPARE(preview.status, 200);
        const auto sections = preview.json()->getArray("sections");
        QCOMPARE(sections->size(), std::size_t(2));
        // X = 5 + (6 − 2) = 9 of 10; ST = 3 + 2 + (4 − 1) = 8 of 12 → sedang.
        const auto x = sections->getObject(0)->getArray("scales")->getObject(0);
        QCOMPARE(x->getValue<double>("score"), 9.0);
        QCOMPARE(x->getValue<double>("percent"), 90.0);
        QCOMPARE(sections->getObject(0)->getValue<int>("duration_seconds"), 75);
        const auto st = sections->getObject(1)->getArray("scales")->getObject(0);
        QCOMPARE(st->getValue<double>("score"), 8.0);
        QCOMPARE(field(st->getObject("category"), "label"), std::string("Sedang"));

        const auto incomplete =
            send(*m_admin, "POST", "/api/v1/admin/assessments/" + id + "/preview",
                 R"({"answers": {"KK": [5, 2, 4]}})");
        QCOMPARE(incomplete.status, 422);
        const auto errors = incomplete.json()->getObject("errors");
        QVERIFY(errors->has("answers.KK"));
        QVERIFY(errors->has("answers.ST"));

        // A draft definition sent along is previewed instead of the stored one.
        auto draft = definitionJson("PRATINJAU");
        draft.replace(draft.find(R"("min": 5, "max": 8)"), 18, R"("min": 5, "max": 7)");
        draft.replace(draft.find(R"("min": 9, "max": 12)"), 19, R"("min": 8, "max": 12)");
        const auto withDraft =
            send(*m_admin, "POST", "/api/v1/admin/assessments/" + id + "/preview",
                 R"({"answers": {"KK": [5, 2, 4, 1, 3], "ST": [3, 2, 1]}, "definition": )" + draft +
                     "}");
        QCOMPARE(withDraft.status, 200);
        QCOMPARE(field(withDraft.json()
                           ->getArray("sections")
                           ->getObject(1)
                           ->getArray("scales")
                           ->getObject(0)
                           ->getObject("category"),
                       "key"),
                 std::string("tinggi"));
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM partner_client_assessments")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }

    void publishAndDelete()
    {
        const auto draft = create("HAPUS-DRAF");
        QCOMPARE(send(*m_admin, "DELETE", "/api/v1/admin/assessments/" + draft).status, 204);
        QCOMPARE(m_admin->http.get("/api/v1/admin/assessments/" + draft).status, 404);
        QCOMPARE(auditCount(*m_server, "assessment.delete", draft), 1);

        const auto id = create("TERBIT");
        const auto published =
            send(*m_admin, "POST", "/api/v1/admin/assessments/" + id + "/publish", "{}");
        QCOMPARE(published.status, 200);
        QCOMPARE(field(published.json(), "status"), std::string("published"));
        QVERIFY(!published.json()->isNull("published_at"));
        QCOMPARE(auditCount(*m_server, "assessment.publish", id), 1);
        const auto refused = send(*m_admin, "DELETE", "/api/v1/admin/assessments/" + id);
        QCOMPARE(refused.status, 409);

        const auto list = m_admin->http.get("/api/v1/admin/assessments?status=published");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        bool found = false;
        for (unsigned i = 0; i < items->size(); ++i) {
            QCOMPARE(field(items->getObject(i), "status"), std::string("published"));
            found = found || field(items->getObject(i), "id") == id;
        }
        QVERIFY(found);
    }

    void updateUntilClientsStart()
    {
        const auto id = create("UBAH");
        auto changed = definitionJson("UBAH");
        changed.replace(changed.find("Asesmen Uji"), 11, "Asesmen Revisi");
        const auto updated = send(*m_admin, "PUT", "/api/v1/admin/assessments/" + id, changed);
        QCOMPARE(updated.status, 200);
        QCOMPARE(field(updated.json(), "title"), std::string("Asesmen Revisi"));
        QCOMPARE(auditCount(*m_server, "assessment.update", id), 1);

        // One client starts it through a partner's event: from then on the rules are frozen.
        auto& db = m_server->instance().db();
        const auto partnerId =
            db.exec("INSERT INTO partners (owner_user_id, type, institution)"
                    " VALUES ($1::uuid, 'corporate', 'PT Uji') RETURNING id::text AS id",
                    {m_partner->id})
                .front()
                .str("id");
        const auto eventId = db.exec("INSERT INTO partner_assessments (partner_id, assessment_id,"
                                     " reference_code) VALUES ($1::uuid, $2::uuid, 'UBAHKODE')"
                                     " RETURNING id::text AS id",
                                     {partnerId, id})
                                 .front()
                                 .str("id");
        db.exec("INSERT INTO partner_client_assessments (partner_assessment_id, client_email,"
                " client_full_name, resume_token_hash) VALUES ($1::uuid, 'a@b.id', 'Siti', 'h1')",
                {eventId});
        const auto frozen = send(*m_admin, "PUT", "/api/v1/admin/assessments/" + id, changed);
        QCOMPARE(frozen.status, 409);
        QVERIFY(field(frozen.json(), "detail").find("1 klien") != std::string::npos);
        const auto read = m_admin->http.get("/api/v1/admin/assessments/" + id).json();
        QCOMPARE(read->getValue<bool>("editable"), false);
        QCOMPARE(read->getValue<int>("client_count"), 1);
    }

    void unknownIdsAre404()
    {
        const std::string unknown =
            "/api/v1/admin/assessments/00000000-0000-4000-8000-000000000000";
        QCOMPARE(m_admin->http.get(unknown).status, 404);
        QCOMPARE(m_admin->http.get("/api/v1/admin/assessments/bukan-uuid").status, 404);
        QCOMPARE(send(*m_admin, "PUT", unknown, definitionJson("X1")).status, 404);
        QCOMPARE(send(*m_admin, "POST", unknown + "/publish", "{}").status, 404);
    }

    void onlyAssessmentManagers()
    {
        QCOMPARE(m_partner->http.get("/api/v1/admin/assessments").status, 403);
        QCOMPARE(
            send(*m_partner, "POST", "/api/v1/admin/assessments", definitionJson("MITRA")).status,
            403);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentsApi)
#include "TestAssessmentsApi.moc"

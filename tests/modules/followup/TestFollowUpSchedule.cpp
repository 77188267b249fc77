// Scheduling a purchase's WhatsApp follow-up sequence: one row per step due days after payment,
// a repeat changing nothing, templates rendered with the purchase's facts, refunds cancelling
// what has not gone yet.
#include "FollowUpTestKit.h"

#include "FollowUpTemplate.h"

#include <QTest>

using namespace ey;
using namespace ey::test::followup;
using ey::followup::FollowUpStep;
using ey::followup::FollowUpTemplate;
using ey::test::TestServer;

namespace {

const std::map<std::string, std::string> kQuietWorker{{"followup.poll_seconds", "3600"}};

} // namespace

Q_DECLARE_METATYPE(std::vector<int>)

class TestFollowUpSchedule : public QObject
{
    Q_OBJECT
private slots:
    void stepsBecomeRowsDueDaysAfterPayment_data()
    {
        QTest::addColumn<std::vector<int>>("delays");
        QTest::newRow("one step at once") << std::vector<int>{0};
        QTest::newRow("three steps") << std::vector<int>{0, 1, 3};
        QTest::newRow("same day twice") << std::vector<int>{2, 2};
        QTest::newRow("a year later") << std::vector<int>{365};
    }

    void stepsBecomeRowsDueDaysAfterPayment()
    {
        QFETCH(std::vector<int>, delays);
        TestServer server(nullptr, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", kPaidAtMs);
        std::vector<FollowUpStep> steps;
        for (const int delay : delays)
            steps.push_back({delay, "Pesan hari ke-" + std::to_string(delay)});
        schedule(server.instance(), facts(txId, buyer, "INV001", kPaidAtMs), steps);

        const auto rows = rowsOf(server.instance(), txId);
        QCOMPARE(rows.size(), delays.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].step, static_cast<int>(i + 1));
            QCOMPARE(rows[i].status, std::string("pending"));
            QCOMPARE(rows[i].dueAtMs, kPaidAtMs + delays[i] * kDayMs);
            QCOMPARE(rows[i].body, "Pesan hari ke-" + std::to_string(delays[i]));
            QCOMPARE(rows[i].attempts, 0);
            QVERIFY(!rows[i].hasSentAt);
        }
    }

    void repeatedScheduleChangesNothing()
    {
        TestServer server(nullptr, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", kPaidAtMs);
        const std::vector<FollowUpStep> steps{{0, "Terima kasih {nama}"}, {1, "Sudah coba?"}};
        schedule(server.instance(), facts(txId, buyer, "INV001", kPaidAtMs), steps);
        const auto first = server.instance().db().exec(
            "SELECT string_agg(id::text, ',' ORDER BY step) AS ids FROM followup_messages");

        // The same paid callback delivered again, also once with an edited template.
        schedule(server.instance(), facts(txId, buyer, "INV001", kPaidAtMs), steps);
        schedule(server.instance(), facts(txId, buyer, "INV001", kPaidAtMs),
                 {{0, "Teks baru"}, {1, "Teks baru"}});

        const auto rows = rowsOf(server.instance(), txId);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].body, std::string("Terima kasih Sari Dewi"));
        QCOMPARE(server.instance()
                     .db()
                     .exec("SELECT string_agg(id::text, ',' ORDER BY step) AS ids"
                           " FROM followup_messages")
                     .front()
                     .str("ids"),
                 first.front().str("ids"));
    }

    void templatesAreRendered_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all four")
            << QStringLiteral("Halo {nama}, terima kasih sudah membeli {produk} ({invoice}) "
                              "pada {tanggal}.")
            << QStringLiteral("Halo Sari Dewi, terima kasih sudah membeli Membership Ekspor Pro "
                              "(INV007) pada 23 Nov 2025.");
        QTest::newRow("repeated") << QStringLiteral("{nama}! {nama}!")
                                  << QStringLiteral("Sari Dewi! Sari Dewi!");
        QTest::newRow("unknown kept") << QStringLiteral("Klik {link} ya {nama}")
                                      << QStringLiteral("Klik {link} ya Sari Dewi");
        QTest::newRow("case matters")
            << QStringLiteral("{Nama} {NAMA}") << QStringLiteral("{Nama} {NAMA}");
        QTest::newRow("unclosed") << QStringLiteral("Halo {nama") << QStringLiteral("Halo {nama");
        QTest::newRow("no placeholders")
            << QStringLiteral("Selamat bergabung 🎉") << QStringLiteral("Selamat bergabung 🎉");
    }

    void templatesAreRendered()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        TestServer server(nullptr, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV007", kPaidAtMs);
        schedule(server.instance(), facts(txId, buyer, "INV007", kPaidAtMs),
                 {{0, templateText.toStdString()}});
        QCOMPARE(rowsOf(server.instance(), txId).front().body, expected.toStdString());
    }

    void aValueIsNeverExpandedTwice()
    {
        auto purchase = facts("t", "u", "INV001", kPaidAtMs);
        purchase.buyerName = "{produk}";
        QCOMPARE(FollowUpTemplate::render("{nama} / {produk}", purchase),
                 std::string("{produk} / Membership Ekspor Pro"));
    }

    void datesAreWrittenTheIndonesianWay_data()
    {
        QTest::addColumn<qint64>("unixMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paid date") << qint64(kPaidAtMs) << QStringLiteral("23 Nov 2025");
        // 17:30 UTC on 31 Dec is already 1 Jan in Jakarta.
        QTest::newRow("new year in WIB") << qint64(1767202200000LL) << QStringLiteral("1 Jan 2026");
        QTest::newRow("Agustus") << qint64(1786060800000LL) << QStringLiteral("7 Agu 2026");
        QTest::newRow("Mei") << qint64(1747267200000LL) << QStringLiteral("15 Mei 2025");
        QTest::newRow("Oktober") << qint64(1759276800000LL) << QStringLiteral("1 Okt 2025");
        QTest::newRow("Desember") << qint64(1765584000000LL) << QStringLiteral("13 Des 2025");
    }

    void datesAreWrittenTheIndonesianWay()
    {
        QFETCH(qint64, unixMs);
        QFETCH(QString, expected);
        QCOMPARE(FollowUpTemplate::indonesianDate(unixMs), expected.toStdString());
    }

    void refundCancelsWhatHasNotGone()
    {
        test::ManualClock clock;
        TestServer server(&clock, kQuietWorker);
        const auto buyer = createBuyer(server.instance(), "sari@example.com", "+6281234567890");
        const auto paid = clock.nowMs();
        const auto txId = createPaidTransaction(server.instance(), buyer, "INV001", paid);
        schedule(server.instance(), facts(txId, buyer, "INV001", paid),
                 {{0, "Selamat datang"}, {1, "Hari pertama"}, {3, "Hari ketiga"}});
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 1);

        server.instance().db().transaction(
            [&](core::Tx& tx) { server.instance().followups().cancel(tx, txId); });

        auto rows = rowsOf(server.instance(), txId);
        QCOMPARE(rows[0].status, std::string("sent"));
        QCOMPARE(rows[1].status, std::string("cancelled"));
        QCOMPARE(rows[2].status, std::string("cancelled"));
        // Their days come and go; nothing more is sent.
        clock.advanceMs(10 * kDayMs);
        QCOMPARE(server.instance().followups().sendDue(clock.nowMs()), 0);
        QCOMPARE(whatsappQueued(server.instance()), std::int64_t(1));
        // A repeated cancel is harmless.
        server.instance().db().transaction(
            [&](core::Tx& tx) { server.instance().followups().cancel(tx, txId); });
        QCOMPARE(rowsOf(server.instance(), txId)[0].status, std::string("sent"));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpSchedule)
#include "TestFollowUpSchedule.moc"

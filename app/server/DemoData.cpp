// Demo loader.
#include "DemoData.h"

#include "DemoScript.h"

#include "EmbeddedResources.h"
#include "IdentityService.h"
#include "Json.h"
#include "Log.h"
#include "TicketService.h"

namespace ey::app {

bool DemoData::loadIfEmpty()
{
    if (m_db.exec("SELECT 1 FROM users LIMIT 1").size() > 0)
        return false;
    const auto document =
        core::json::parse(std::string(*resources::find("resources/demo/demo.json")))
            .extract<core::json::ObjectPtr>();
    const auto password = document->getValue<std::string>("password");
    const auto users = document->getArray("users");
    std::map<std::string, std::string> userIds;
    for (std::size_t i = 0; i < users->size(); ++i) {
        const auto entry = users->getObject(static_cast<unsigned>(i));
        identity::NewUser user;
        user.email = entry->getValue<std::string>("email");
        user.fullName = entry->getValue<std::string>("full_name");
        user.whatsapp = entry->getValue<std::string>("whatsapp");
        user.password = password;
        const auto roles = entry->getArray("roles");
        for (std::size_t r = 0; r < roles->size(); ++r)
            user.roles.push_back(roles->getElement<std::string>(static_cast<unsigned>(r)));
        userIds[user.email.substr(0, user.email.find('@'))] = m_identity.createUser(user, {}).id;
    }
    loadTickets(userIds);
    const auto steps = document->getArray("script");
    const int ran = DemoScript(m_router, m_identity, password).run(steps);
    spreadSalesOverRecentWeeks();
    spreadBuyersOverRecentWeeks();
    addSupplierPremiumHistory();
    core::log::server()->info("demo data loaded: {} accounts, {} of {} catalog and sales steps",
                              users->size(), ran, steps->size());
    return true;
}

void DemoData::loadTickets(const std::map<std::string, std::string>& userIds)
{
    const auto person = [&](const std::string& who, bool handle = false, bool manage = false) {
        return support::Viewer{userIds.at(who), who, handle, manage, "demo"};
    };
    const auto ask = [&](const std::string& who, const std::string& title,
                         const std::string& category, const std::string& priority,
                         const std::string& description) {
        support::NewTicket ticket;
        ticket.title = title;
        ticket.category = category;
        ticket.priority = priority;
        ticket.description = description;
        return m_tickets.create(person(who), ticket);
    };
    const auto admin = person("admin", true, true);
    const auto support = person("support", true, false);

    const auto payment = ask(
        "member", "Pembayaran membership belum aktif", "membership_pembayaran", "high",
        "Saya sudah transfer untuk paket 6 bulan kemarin sore, tetapi akses kelas belum terbuka.");
    m_tickets.update(admin, payment.id, {std::nullopt, std::nullopt, userIds.at("support")});
    m_tickets.reply(
        support, payment.id,
        "Terima kasih, Kak Mira. Mohon kirimkan bukti transfer agar kami cek ke bagian keuangan.",
        {});
    m_tickets.update(support, payment.id,
                     {std::string("waiting_user"), std::nullopt, std::nullopt});

    const auto link =
        ask("affiliate", "Link affiliate tidak mencatat klik", "affiliate", "medium",
            "Sejak kemarin statistik klik di dashboard affiliate selalu nol padahal ada pembeli.");
    m_tickets.update(support, link.id, {std::nullopt, std::nullopt, userIds.at("support")});

    ask("member", "Sertifikat kelas tidak bisa diunduh", "bug_sistem", "urgent",
        "Tombol unduh sertifikat kelas Dokumen Ekspor selalu gagal, padahal kelasnya sudah selesai.");
    ask("premium", "Jadwal webinar ekspor ke Jepang", "kelas", "low",
        "Kapan rekaman webinar minggu lalu bisa ditonton ulang?");

    const auto login = ask("partner", "Lupa kata sandi operator", "akun_login", "medium",
                           "Operator kami tidak bisa masuk setelah ganti nomor WhatsApp.");
    m_tickets.update(admin, login.id, {std::nullopt, std::nullopt, userIds.at("support2")});
    m_tickets.reply(person("support2", true), login.id,
                    "Sudah kami reset. Silakan coba masuk kembali.", {});
    m_tickets.update(person("support2", true), login.id,
                     {std::string("resolved"), std::nullopt, std::nullopt});
}

void DemoData::spreadSalesOverRecentWeeks()
{
    // The demo sales were all made a moment ago; the sales and finance charts only tell a story
    // when they span weeks. Each transaction and everything it caused (history, ledger entries,
    // membership period, entitlements, follow-ups, conversion, refunds) moves back by the same
    // amount, older invoices further, so every record stays consistent with its neighbours.
    static const char* const kShift =
        "CREATE TEMP TABLE demo_shift ON COMMIT DROP AS"
        " SELECT id, invoice_number,"
        "  make_interval(days => ((count(*) OVER () - row_number() OVER (ORDER BY"
        "   invoice_number)) * 56 / GREATEST(count(*) OVER (), 1))::int,"
        "   hours => (row_number() OVER (ORDER BY invoice_number) * 5 % 9)::int) AS delta"
        " FROM transactions";
    m_db.transaction([](core::Tx& tx) {
        tx.exec(kShift);
        tx.exec("UPDATE transactions t SET created_at = t.created_at - s.delta,"
                " paid_at = t.paid_at - s.delta FROM demo_shift s WHERE s.id = t.id");
        tx.exec("UPDATE transaction_status_history h SET created_at = h.created_at - s.delta"
                " FROM demo_shift s WHERE s.id = h.transaction_id");
        tx.exec("UPDATE transaction_refunds r SET created_at = r.created_at - s.delta"
                " FROM demo_shift s WHERE s.id = r.transaction_id");
        tx.exec("UPDATE memberships m SET starts_at = m.starts_at - s.delta,"
                " ends_at = m.ends_at - s.delta, created_at = m.created_at - s.delta"
                " FROM demo_shift s WHERE s.id = m.source_transaction_id");
        tx.exec("UPDATE memberships SET status = 'expired' WHERE status = 'active'"
                " AND ends_at IS NOT NULL AND ends_at <= now()");
        tx.exec("UPDATE user_entitlements e SET starts_at = e.starts_at - s.delta,"
                " ends_at = e.ends_at - s.delta, created_at = e.created_at - s.delta"
                " FROM demo_shift s WHERE s.id = e.transaction_id");
        tx.exec("UPDATE membership_upgrade_logs u SET upgrade_date = u.upgrade_date - s.delta"
                " FROM demo_shift s WHERE s.id = u.transaction_id");
        tx.exec("UPDATE followup_messages f SET due_at = f.due_at - s.delta,"
                " created_at = f.created_at - s.delta, sent_at = f.sent_at - s.delta"
                " FROM demo_shift s WHERE s.id = f.transaction_id");
        tx.exec("UPDATE affiliate_conversions c SET created_at = c.created_at - s.delta,"
                " updated_at = c.updated_at - s.delta FROM demo_shift s"
                " WHERE s.id = c.transaction_id");
    });
    // The ledger refuses updates by trigger (append-only); only the embedded cluster's owner may
    // lift that for this one demo session. Against any other database the entries keep today's
    // date and the reports show the demo revenue on one day.
    try {
        m_db.transaction([](core::Tx& tx) {
            tx.exec("SET LOCAL session_replication_role = replica");
            tx.exec(kShift);
            tx.exec("UPDATE journal_entries j SET created_at = j.created_at - s.delta"
                    " FROM demo_shift s WHERE j.reference = s.invoice_number"
                    " OR j.reference LIKE s.invoice_number || '-R%'");
        });
    } catch (const std::exception& error) {
        core::log::server()->warn("demo ledger entries keep today's date: {}", error.what());
    }
}

void DemoData::spreadBuyersOverRecentWeeks()
{
    // The demo buyers were all added a moment ago; "new buyers per week" and the weekly new-buyer
    // alerts only mean something when the directory grew over weeks. The first-added buyer goes
    // back twelve weeks, the last stays today; views and likes keep their (later) dates.
    m_db.exec("UPDATE buyers b SET date_added = b.date_added - s.delta,"
              " updated_at = b.updated_at - s.delta"
              " FROM (SELECT id, make_interval(days => ((count(*) OVER () - row_number() OVER"
              "  (ORDER BY date_added, id)) * 84 / GREATEST(count(*) OVER (), 1))::int) AS delta"
              "  FROM buyers) s"
              " WHERE s.id = b.id");
}

void DemoData::addSupplierPremiumHistory()
{
    // The demo has no Xendit, so nobody can pay for Premium during --demo. The premium demo
    // supplier gets what a month's payment five days ago leaves behind (a dated premium and its
    // paid order) and an older yearly invoice that lapsed, so the web dashboard and the desk show
    // both states. Everything else about premium runs through the real API.
    static const char* const kSupplier =
        "SELECT s.id FROM suppliers s JOIN users u ON u.id = s.user_id"
        " WHERE u.email = 'supplier@demo.eksporyuk.test' AND s.tier = 'premium'";
    m_db.transaction([](core::Tx& tx) {
        const auto found = tx.exec(kSupplier);
        if (found.empty())
            return;
        const auto supplierId = found.front().str("id");
        tx.exec("UPDATE suppliers SET premium_until = date_trunc('day', now())"
                " + interval '25 days 17 hours' WHERE id = $1",
                {supplierId});
        const auto order = [&tx, &supplierId](const char* plan, int months, std::int64_t amount,
                                              int daysAgo, bool paid) {
            tx.exec("INSERT INTO supplier_premium_orders (number, supplier_id, plan_code, months,"
                    " amount, status, xendit_invoice_id, invoice_url, expires_at, created_at,"
                    " paid_at, callback_payload, premium_until_before, premium_until_after)"
                    " SELECT 'SP-' || to_char((now() - make_interval(days => $5::int))"
                    "   AT TIME ZONE 'Asia/Jakarta', 'YYYYMMDD') || '-'"
                    "   || lpad(nextval('supplier_premium_order_number_seq')::text, 4, '0'),"
                    "  $1::uuid, $2::text, $3::int, $4::bigint, CASE WHEN $6::boolean THEN 'paid' ELSE 'expired' END,"
                    "  'demo-' || $2::text || '-' || $5::int, 'https://checkout-staging.xendit.co/web/demo-' || $2::text,"
                    "  now() - make_interval(days => $5::int) + interval '1 day',"
                    "  now() - make_interval(days => $5::int),"
                    "  CASE WHEN $6::boolean THEN now() - make_interval(days => $5::int) END,"
                    "  CASE WHEN $6::boolean THEN jsonb_build_object('status', 'PAID', 'amount', $4::bigint,"
                    "   'currency', 'IDR') END,"
                    "  NULL, CASE WHEN $6::boolean THEN s.premium_until END"
                    " FROM suppliers s WHERE s.id = $1::uuid",
                    {supplierId, std::string(plan), std::int64_t{months}, amount,
                     std::int64_t{daysAgo}, paid});
        };
        order("yearly", 12, 990000, 40, false);
        order("monthly", 1, 99000, 5, true);
    });
}

} // namespace ey::app

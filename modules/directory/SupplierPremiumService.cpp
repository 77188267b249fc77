// Premium Supplier purchase rules: plans, checkout through Xendit, the callback that switches
// premium on (or extends it), staff plan edits, and the expiry reminders worker.
#include "SupplierPremiumService.h"

#include "Supplier.h"
#include "SupplierPremiumStore.h"
#include "SupplierRules.h"
#include "SupplierService.h"
#include "SupplierStore.h"

#include "Log.h"
#include "Problem.h"
#include "Strings.h"

#include <chrono>
#include <cmath>

namespace ey::directory {

namespace json = core::json;
using core::Problem;

namespace {

const std::string kNotActiveType = "https://eksporyuk.com/problems/supplier-not-active";
const std::string kGatewayType = "https://eksporyuk.com/problems/payment-gateway";
// Xendit keeps an invoice open for 24 hours unless invoice_duration is sent, and commerce's
// adapter does not send it; after that the invoice cannot be paid, so it is not offered again.
constexpr std::int64_t kInvoiceLifetimeMs = 24LL * 60 * 60 * 1000;
constexpr int kReminderBatch = 100;
constexpr std::int64_t kJakartaOffsetMs = 7LL * 60 * 60 * 1000; // WIB, no daylight saving

Problem notSupplier()
{
    return Problem::notFound({"Akun ini belum terdaftar sebagai supplier.",
                              "This account is not registered as a supplier."});
}

/// "21 Des 2026": the Jakarta calendar date suppliers read in their messages.
std::string jakartaDate(std::int64_t unixMs)
{
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                          "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    const std::chrono::sys_days day{
        std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>(
            std::chrono::milliseconds(unixMs + kJakartaOffsetMs)))};
    const std::chrono::year_month_day date{day};
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           kMonths[static_cast<unsigned>(date.month()) - 1] + " " +
           std::to_string(static_cast<int>(date.year()));
}

json::ObjectPtr tierJson(const std::optional<std::string>& tier,
                         const std::optional<std::string>& premiumUntil)
{
    auto object = json::object();
    object->set("tier", json::orNull(tier));
    object->set("premium_until", json::orNull(premiumUntil));
    return object;
}

} // namespace

SupplierPremiumService::SupplierPremiumService(core::Db& db, const core::Clock& clock,
                                               notify::NotifyService& notify,
                                               commerce::CommerceService& commerce)
    : m_db(db), m_clock(clock), m_notify(notify), m_commerce(commerce)
{
}

SupplierPremiumService::~SupplierPremiumService()
{
    m_worker.reset();
}

void SupplierPremiumService::startReminders(std::chrono::milliseconds interval)
{
    m_worker = std::make_unique<core::PeriodicWorker>(
        "supplier premium reminders",
        [this](const std::function<bool()>& stopping) { return sendReminders(stopping); },
        interval);
}

std::string SupplierPremiumService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

Supplier SupplierPremiumService::activeSupplier(const std::string& userId)
{
    auto supplier = SupplierStore::byUser(m_db, userId);
    if (!supplier)
        throw notSupplier();
    if (!supplier_rules::isApproved(supplier->status)) {
        if (supplier->status == "suspended")
            throw Problem(403, kNotActiveType, {"Akun supplier tidak aktif", "Supplier not active"},
                          {"Akun supplier Anda sedang ditangguhkan, jadi Premium belum bisa "
                           "dibeli. Hubungi admin EksporYuk untuk memulihkannya.",
                           "Your supplier account is suspended, so Premium cannot be bought. "
                           "Contact the EksporYuk admin to have it reinstated."});
        throw Problem(403, kNotActiveType, {"Akun supplier tidak aktif", "Supplier not active"},
                      {"Premium bisa dibeli setelah akun supplier Anda diverifikasi admin. "
                       "Selesaikan onboarding dan tunggu keputusan admin.",
                       "Premium can be bought once an admin has verified your supplier "
                       "account. Finish onboarding and wait for the admin's decision."});
    }
    supplier->effectiveTier =
        supplier_rules::effectiveTier(supplier->tier, supplier->premiumUntilMs, m_clock.nowMs());
    return std::move(*supplier);
}

// ---- the supplier --------------------------------------------------------------------------

json::ObjectPtr SupplierPremiumService::overview(const std::string& userId)
{
    const auto supplier = activeSupplier(userId);
    // Invoices past their deadline read as expired even before Xendit says so.
    m_db.transaction(
        [&](core::Tx& tx) { SupplierPremiumStore::expireLapsed(tx, supplier.id, now()); });

    auto body = json::object();
    body->set("tier", supplier.tier);
    body->set("effective_tier", supplier.effectiveTier);
    body->set("premium_until", json::orNull(supplier.premiumUntil));
    auto plans = json::array();
    for (const auto& plan : SupplierPremiumStore::plans(m_db, true))
        plans->add(toJson(plan));
    body->set("plans", plans);
    auto limits = json::object();
    for (const auto& tier : SupplierStore::allLimits(m_db)) {
        auto entry = SupplierService::toJson(tier);
        entry->remove("tier");
        entry->remove("updated_at");
        limits->set(tier.tier, entry);
    }
    body->set("limits", limits);
    auto orders = json::array();
    for (const auto& order : SupplierPremiumStore::orders(m_db, supplier.id, kOverviewOrders))
        orders->add(toJson(order));
    body->set("orders", orders);
    return body;
}

std::pair<PremiumOrder, bool> SupplierPremiumService::checkout(const std::string& userId,
                                                               const std::string& planCode,
                                                               const core::Actor& actor)
{
    const auto supplier = activeSupplier(userId);
    if (supplier.tier == "premium" && !supplier.premiumUntil)
        throw Problem::conflict(
            {"Akun Anda sudah Premium tanpa batas waktu (diberikan admin), jadi tidak perlu "
             "membeli paket.",
             "Your account already has Premium without an end date (granted by an admin), so "
             "there is nothing to buy."});
    const auto plan = SupplierPremiumStore::plan(m_db, planCode);
    if (!plan || !plan->active)
        throw Problem::validation(
            {{"plan",
              {"Paket Premium ini tidak tersedia. Pilih salah satu paket yang ditampilkan.",
               "This Premium plan is not available. Choose one of the plans shown."}}});
    if (!m_commerce.gatewayConfigured())
        throw Problem::unavailable(
            {"Pembayaran online (Xendit) belum disiapkan, jadi Premium belum bisa dibeli. "
             "Hubungi admin EksporYuk atau coba lagi nanti.",
             "Online payment (Xendit) is not set up yet, so Premium cannot be bought. Contact "
             "the EksporYuk admin or try again later."});

    std::string id;
    bool created = true;
    m_db.transaction([&](core::Tx& tx) {
        created = true;
        // The supplier row lock makes concurrent checkouts look for an open order in turn.
        if (!SupplierStore::lock(tx, supplier.id))
            throw notSupplier();
        SupplierPremiumStore::expireLapsed(tx, supplier.id, now());
        if (const auto open = SupplierPremiumStore::pending(tx, supplier.id, plan->code,
                                                            plan->price, plan->months)) {
            if (!open->invoiceUrl)
                throw Problem::conflict(
                    {"Tagihan " + open->number + " sedang dibuat. Muat ulang sebentar lagi.",
                     "Invoice " + open->number + " is being created. Reload in a moment."});
            id = open->id;
            created = false;
            return;
        }
        id = SupplierPremiumStore::insertOrder(
            tx, {supplier.id, plan->code, plan->months, plan->price, actor.userId, now()});
    });
    if (!created)
        return {*SupplierPremiumStore::order(m_db, id), false};

    const auto order = *SupplierPremiumStore::order(m_db, id);
    try {
        const auto invoice = m_commerce.createGatewayInvoice(
            {order.number, order.amount, supplier.email,
             plan->label + " Premium Supplier EksporYuk (" + order.number + ")"});
        m_db.transaction([&](core::Tx& tx) {
            SupplierPremiumStore::setInvoice(tx, id, invoice.id, invoice.invoiceUrl,
                                             core::isoTime(m_clock.nowMs() + kInvoiceLifetimeMs));
            publish(tx, supplier.id, supplier.userId, "premium_order");
        });
    } catch (const commerce::XenditError& error) {
        core::log::server()->warn("supplier premium {}: {}", order.number, error.what());
        m_db.transaction(
            [&](core::Tx& tx) { SupplierPremiumStore::markFailed(tx, id, error.what()); });
        throw Problem(502, kGatewayType, {"Gateway pembayaran gagal", "Payment gateway failed"},
                      {"Xendit tidak dapat membuat tagihan " + order.number +
                           " saat ini. Tidak ada yang ditagihkan; silakan coba lagi beberapa "
                           "saat lagi.",
                       "Xendit could not create invoice " + order.number +
                           " right now. Nothing was charged; please try again in a while."});
    }
    return {*SupplierPremiumStore::order(m_db, id), true};
}

// ---- staff ---------------------------------------------------------------------------------

std::vector<PremiumPlan> SupplierPremiumService::plans()
{
    return SupplierPremiumStore::plans(m_db, false);
}

PremiumPlan SupplierPremiumService::savePlan(const PremiumPlan& plan, const core::Actor& actor)
{
    PremiumPlan saved;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = SupplierPremiumStore::plan(tx, plan.code);
        const bool created = SupplierPremiumStore::savePlan(tx, plan, actor.userId, now());
        saved = *SupplierPremiumStore::plan(tx, plan.code);
        core::audit(tx, {actor.userId,
                         created ? "supplier_premium_plan.create" : "supplier_premium_plan.update",
                         "supplier_premium_plan", plan.code,
                         before ? toJson(*before) : json::ObjectPtr(), toJson(saved), actor.ip});
    });
    return saved;
}

std::vector<PremiumOrder> SupplierPremiumService::ordersOf(const std::string& supplierId)
{
    if (!core::isUuid(supplierId) || !SupplierStore::byId(m_db, supplierId))
        throw Problem::notFound({"Supplier tidak ditemukan.", "Supplier not found."});
    return SupplierPremiumStore::orders(m_db, supplierId, 200);
}

// ---- Xendit --------------------------------------------------------------------------------

commerce::OwnedInvoiceOutcome
SupplierPremiumService::applyCallback(core::Sql& tx, const commerce::OwnedInvoiceCallback& callback)
{
    const auto order = SupplierPremiumStore::lockByNumber(tx, callback.externalId);
    if (!order)
        return {"flagged", "unknown supplier premium order " + callback.externalId};
    if (order->invoiceId && *order->invoiceId != callback.invoiceId)
        return {"flagged", "callback invoice id " + callback.invoiceId + " is not the invoice " +
                               *order->invoiceId};
    if (std::llround(callback.amount) != order->amount ||
        callback.amount != std::floor(callback.amount) || callback.currency != order->currency)
        return {"flagged", "callback amount " + std::to_string(std::llround(callback.amount)) +
                               " " + callback.currency + " differs from " +
                               std::to_string(order->amount) + " " + order->currency};
    const auto at = core::isoTime(callback.nowMs);

    if (callback.status == "PAID" || callback.status == "SETTLED") {
        if (order->status == "paid")
            return {"ignored", std::nullopt}; // SETTLED after PAID: extended already
        if (order->status != "pending")
            // Money arrived for an order that ended; staff settle it by hand.
            return {"flagged", "paid after the order was " + order->status};
        const auto supplier = SupplierStore::lock(tx, order->supplierId);
        if (!supplier)
            return {"flagged", "the supplier of " + order->number + " no longer exists"};
        const auto extension = SupplierPremiumStore::extension(tx, supplier->id, order->months, at);
        if (!SupplierPremiumStore::markPaid(tx, order->id, at, callback.payload, extension))
            return {"ignored", std::nullopt};
        SupplierStore::setTier(tx, supplier->id, "premium", extension.after, at);

        const auto before = tierJson(supplier->tier, supplier->premiumUntil);
        auto after = tierJson(std::string("premium"), extension.after);
        after->set("order", order->number);
        after->set("amount", order->amount);
        core::audit(tx, {"", "supplier.premium_paid", "supplier", supplier->id, before, after, ""});
        // The supplier's own before/after history, where staff read every tier change.
        SupplierStore::insertAudit(tx, supplier->id, "", "tier", before, after, at);

        const std::string until =
            extension.afterMs ? "sampai " + jakartaDate(*extension.afterMs) : "tanpa batas waktu";
        tell(tx, supplier->userId, order->id, "Premium Supplier aktif " + until,
             "Pembayaran " + order->number + " (" + core::formatRupiah(order->amount) +
                 ") sudah diterima. Premium Supplier aktif " + until +
                 ": batas produk, gambar dan dokumen paket Premium sudah berlaku.",
             true);
        publish(tx, supplier->id, supplier->userId, "premium_paid");
        return {"paid", std::nullopt};
    }
    if (callback.status == "EXPIRED") {
        if (order->status != "pending" || !SupplierPremiumStore::markExpired(tx, order->id))
            return {"ignored", std::nullopt};
        const auto supplier = SupplierStore::byId(tx, order->supplierId);
        if (supplier) {
            tell(tx, supplier->userId, order->id, "Tagihan " + order->number + " kedaluwarsa",
                 "Tagihan Premium Supplier " + order->number + " (" +
                     core::formatRupiah(order->amount) +
                     ") kedaluwarsa sebelum dibayar. Buat tagihan baru dari dasbor bila masih "
                     "ingin berlangganan.",
                 false);
            publish(tx, supplier->id, supplier->userId, "premium_expired");
        }
        return {"expired", std::nullopt};
    }
    return {"ignored", std::nullopt};
}

// ---- reminders -----------------------------------------------------------------------------

int SupplierPremiumService::sendReminders(const std::function<bool()>& stopping)
{
    int sent = 0;
    while (!stopping()) {
        const auto due = SupplierPremiumStore::dueReminders(m_db, now(), kReminderBatch);
        for (const auto& reminder : due) {
            if (stopping())
                break;
            m_db.transaction([&](core::Tx& tx) {
                // The reminder row is the once-only gate: a pass elsewhere that got here first
                // leaves nothing to send.
                if (!SupplierPremiumStore::claimReminder(tx, reminder, now()))
                    return;
                const auto date = jakartaDate(reminder.premiumUntilMs);
                const std::string when = reminder.daysBefore == 1
                                             ? "besok"
                                             : std::to_string(reminder.daysBefore) + " hari lagi";
                tell(tx, reminder.userId, reminder.supplierId, "Premium Supplier berakhir " + when,
                     "Premium Supplier Anda berakhir " + when + " (" + date +
                         ") — perpanjang di dasbor agar produk dan profil publik Anda tetap "
                         "tampil penuh.",
                     true);
                ++sent;
            });
        }
        if (static_cast<int>(due.size()) < kReminderBatch)
            break;
    }
    return sent;
}

// ---- telling people ------------------------------------------------------------------------

void SupplierPremiumService::tell(core::Sql& tx, const std::string& userId,
                                  const std::string& sourceId, const std::string& title,
                                  const std::string& message, bool email)
{
    notify::NewNotification note;
    note.userId = userId;
    note.type = "SYSTEM";
    note.title = title;
    note.message = message;
    note.redirect = "supplier:premium";
    note.sourceId = sourceId;
    note.email = email;
    m_notify.notify(tx, note);
}

void SupplierPremiumService::publish(core::Sql& tx, const std::string& supplierId,
                                     const std::string& userId, const std::string& action)
{
    auto data = json::object();
    data->set("id", supplierId);
    data->set("action", action);
    // Staff queues refresh on supplier.updated; the supplier's own dashboard on its own event.
    m_notify.publish(tx, {{}, "suppliers.review", false}, "supplier.updated", data);
    m_notify.publish(tx, {{userId}, "", false}, "supplier.premium_updated", data);
}

// ---- JSON ----------------------------------------------------------------------------------

json::ObjectPtr SupplierPremiumService::toJson(const PremiumOrder& order)
{
    auto body = json::object();
    body->set("id", order.id);
    body->set("number", order.number);
    body->set("plan", order.planCode);
    body->set("months", order.months);
    body->set("amount", order.amount);
    body->set("currency", order.currency);
    body->set("status", order.status);
    body->set("invoice_url", json::orNull(order.invoiceUrl));
    body->set("created_at", order.createdAt);
    body->set("paid_at", json::orNull(order.paidAt));
    body->set("expires_at", json::orNull(order.expiresAt));
    body->set("premium_until", json::orNull(order.premiumUntilAfter));
    return body;
}

json::ObjectPtr SupplierPremiumService::toJson(const PremiumPlan& plan)
{
    auto body = json::object();
    body->set("code", plan.code);
    body->set("label", plan.label);
    body->set("months", plan.months);
    body->set("price", plan.price);
    body->set("currency", plan.currency);
    body->set("active", plan.active);
    body->set("updated_at", plan.updatedAt);
    return body;
}

} // namespace ey::directory

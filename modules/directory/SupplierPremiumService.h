// Premium Supplier purchase rules: plans, checkout through Xendit, the callback that switches
// premium on (or extends it), staff plan edits, and the expiry reminders worker.
#pragma once

#include "SupplierPremium.h"

#include "CommerceService.h"
#include "NotifyService.h"

#include "Audit.h"
#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "PeriodicWorker.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::directory {

struct Supplier;

/// Thread safe: every call runs its own transaction(s); Xendit is asked outside them. Owns the
/// reminder worker (once started), which stops when the service is destroyed.
class SupplierPremiumService
{
public:
    /// external_id prefix of the Xendit invoices this service owns (the order number).
    static constexpr const char* kInvoicePrefix = "SP-";
    /// How many orders the supplier's own overview shows.
    static constexpr int kOverviewOrders = 20;

    SupplierPremiumService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify,
                           commerce::CommerceService& commerce);
    ~SupplierPremiumService();
    SupplierPremiumService(const SupplierPremiumService&) = delete;
    SupplierPremiumService& operator=(const SupplierPremiumService&) = delete;

    /// Starts the reminder worker: a pass now, then every `interval`.
    void startReminders(std::chrono::milliseconds interval);

    /// The signed-in supplier's tier, active plans, both tiers' limits and recent orders.
    core::json::ObjectPtr overview(const std::string& userId);
    /// A pending order with its Xendit invoice; `created` is false when an open order for the
    /// same plan and price was answered again. 403 unless verified/limited, 422 unknown plan,
    /// 503 without Xendit (nothing stored), 502 when Xendit fails (the order is kept as failed).
    std::pair<PremiumOrder, bool> checkout(const std::string& userId, const std::string& planCode,
                                           const core::Actor& actor);

    std::vector<PremiumPlan> plans();
    /// Creates or replaces the plan `plan.code`, audited.
    PremiumPlan savePlan(const PremiumPlan& plan, const core::Actor& actor);
    /// A supplier's orders for staff, newest first; 404 for an unknown supplier.
    std::vector<PremiumOrder> ordersOf(const std::string& supplierId);

    /// A Xendit callback for an SP- invoice, inside commerce's once-only transaction.
    commerce::OwnedInvoiceOutcome applyCallback(core::Sql& tx,
                                                const commerce::OwnedInvoiceCallback& callback);

    /// Sends the 7-day and 1-day expiry reminders that are due, each once; returns how many.
    int sendReminders(const std::function<bool()>& stopping);

    static core::json::ObjectPtr toJson(const PremiumOrder& order);
    static core::json::ObjectPtr toJson(const PremiumPlan& plan);

private:
    std::string now() const;
    /// The user's supplier row; 404 when there is none, 403 unless verified or limited.
    Supplier activeSupplier(const std::string& userId);
    void tell(core::Sql& tx, const std::string& userId, const std::string& sourceId,
              const std::string& title, const std::string& message, bool email);
    void publish(core::Sql& tx, const std::string& supplierId, const std::string& userId,
                 const std::string& action);

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
    commerce::CommerceService& m_commerce;
    std::unique_ptr<core::PeriodicWorker> m_worker; // last: stopped before the rest goes
};

} // namespace ey::directory

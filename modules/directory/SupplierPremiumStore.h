// SQL for the Premium Supplier purchase: plans, orders, premium extensions and reminders.
#pragma once

#include "SupplierPremium.h"

#include "Db.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Static functions over core::Sql&, so they run inside the caller's transaction. No rules here.
class SupplierPremiumStore
{
public:
    /// Cheapest first (then code); only active ones when `activeOnly`.
    static std::vector<PremiumPlan> plans(core::Sql& sql, bool activeOnly);
    static std::optional<PremiumPlan> plan(core::Sql& sql, const std::string& code);
    /// Inserts or replaces the plan; true when it was new.
    static bool savePlan(core::Sql& sql, const PremiumPlan& plan, const std::string& updatedBy,
                         const std::string& now);

    /// Newest first, at most `limit`.
    static std::vector<PremiumOrder> orders(core::Sql& sql, const std::string& supplierId,
                                            int limit);
    static std::optional<PremiumOrder> order(core::Sql& sql, const std::string& id);
    /// Locks the order (FOR UPDATE) until the transaction ends.
    static std::optional<PremiumOrder> lockByNumber(core::Sql& sql, const std::string& number);
    /// The open order for this plan at this price and length, if any.
    static std::optional<PremiumOrder> pending(core::Sql& sql, const std::string& supplierId,
                                               const std::string& planCode, std::int64_t amount,
                                               std::int64_t months);
    /// Pending orders of the supplier whose invoice deadline has passed become expired.
    static void expireLapsed(core::Sql& sql, const std::string& supplierId, const std::string& now);
    /// The new order's id; its number is made from the Jakarta date of `createdAt`.
    static std::string insertOrder(core::Sql& sql, const NewPremiumOrder& order);
    static void setInvoice(core::Sql& sql, const std::string& id, const std::string& invoiceId,
                           const std::string& url, const std::string& expiresAt);
    /// Guarded: only from pending.
    static bool markFailed(core::Sql& sql, const std::string& id, const std::string& reason);
    static bool markExpired(core::Sql& sql, const std::string& id);
    /// Guarded: only from pending; records what the payment did to premium_until.
    static bool markPaid(core::Sql& sql, const std::string& id, const std::string& paidAt,
                         const std::string& payload, const PremiumExtension& extension);

    /// What paying `months` now would make of the supplier's premium_until: the later of now and
    /// the current end (while premium), plus Asia/Jakarta calendar months (31 Jan + 1 = 28/29 Feb).
    static PremiumExtension extension(core::Sql& sql, const std::string& supplierId,
                                      std::int64_t months, const std::string& now);

    /// Premium suppliers (verified or limited) ending within 7 days of `now` that have not had
    /// the reminder for their nearest threshold yet; at most `limit`.
    static std::vector<DueReminder> dueReminders(core::Sql& sql, const std::string& now, int limit);
    /// Records the reminder; false when it was recorded already (by this or another instance).
    static bool claimReminder(core::Sql& sql, const DueReminder& reminder, const std::string& now);
};

} // namespace ey::directory

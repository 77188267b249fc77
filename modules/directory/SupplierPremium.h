// Plain records of the Premium Supplier purchase: plans staff price, orders Xendit settles, and
// the expiry reminders a worker pass finds due.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ey::directory {

/// One row of supplier_premium_plans.
struct PremiumPlan
{
    std::string code; ///< "monthly", "yearly", or a code staff chose
    std::string label;
    std::int64_t months = 1;
    std::int64_t price = 0; ///< whole rupiah
    std::string currency = "IDR";
    bool active = true;
    std::string updatedAt;
};

/// One row of supplier_premium_orders with what its JSON shows.
struct PremiumOrder
{
    std::string id;
    std::string number; ///< SP-YYYYMMDD-0001, the Xendit external_id
    std::string supplierId;
    std::string planCode;
    std::int64_t months = 1;
    std::int64_t amount = 0;
    std::string currency = "IDR";
    std::string status; ///< pending | paid | expired | failed
    std::optional<std::string> invoiceId;
    std::optional<std::string> invoiceUrl;
    std::optional<std::string> expiresAt;
    std::optional<std::int64_t> expiresAtMs;
    std::optional<std::string> failureReason;
    std::string createdAt;
    std::optional<std::string> paidAt;
    std::optional<std::string> premiumUntilAfter;
};

/// What a new order copies from its plan.
struct NewPremiumOrder
{
    std::string supplierId;
    std::string planCode;
    std::int64_t months = 1;
    std::int64_t amount = 0;
    std::string createdBy;
    std::string createdAt;
};

/// premium_until before a payment and after it (Jakarta calendar months added).
struct PremiumExtension
{
    std::optional<std::string> before;
    std::optional<std::string> after; ///< nullopt: premium without end stays without end
    std::optional<std::int64_t> afterMs;
};

/// A premium supplier whose end date is within a reminder's reach and not yet reminded.
struct DueReminder
{
    std::string supplierId;
    std::string userId;
    std::string premiumUntil;
    std::int64_t premiumUntilMs = 0;
    int daysBefore = 7; ///< 7 or 1: the nearest threshold already reached
};

} // namespace ey::directory

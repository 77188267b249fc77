// Plain records of partners, their operators, pricing and events (partner_assessments).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

struct Partner
{
    std::string id;
    std::string ownerUserId;
    std::string ownerEmail;
    std::string ownerName;
    std::string type;         ///< corporate | school | reseller
    std::string paymentModel; ///< after_payment (pre-paid quota) | before_payment (post-paid)
    bool isSpecialPartner = false;
    std::int64_t creditLimit = 0;
    std::string institution;
    std::optional<std::string> contactName;
    std::optional<std::string> contactPhone;
    std::optional<std::string> contactEmail;
    std::optional<std::string> addressLine;
    std::optional<std::string> areaCode;
    std::optional<std::string> postalCode;
    std::string status; ///< active | suspended
    std::int64_t operatorCount = 0;
    std::int64_t eventCount = 0;
    std::string createdAt;
    std::string updatedAt;
};

/// The profile fields a partner (or admin) may set; absent fields stay as they are.
struct PartnerProfile
{
    std::optional<std::string> institution;
    std::optional<std::optional<std::string>> contactName;
    std::optional<std::optional<std::string>> contactPhone;
    std::optional<std::optional<std::string>> contactEmail;
    std::optional<std::optional<std::string>> addressLine;
    std::optional<std::optional<std::string>> areaCode;
    std::optional<std::optional<std::string>> postalCode;
};

/// What only the admin changes: the commercial model and the account's standing.
struct PartnerTerms
{
    std::optional<std::string> type;
    std::optional<std::string> paymentModel;
    std::optional<bool> isSpecialPartner;
    std::optional<std::int64_t> creditLimit;
    std::optional<std::string> status;
};

/// The owner of a new partner: an existing user by id, or a new account.
struct NewOwner
{
    std::optional<std::string> userId;
    std::optional<std::string> email;
    std::optional<std::string> fullName;
    std::optional<std::string> password;
};

struct NewPartner
{
    NewOwner owner;
    std::string type;
    std::string paymentModel = "after_payment";
    bool isSpecialPartner = false;
    std::int64_t creditLimit = 0;
    PartnerProfile profile;
};

struct PartnerFilter
{
    std::optional<std::string> search; ///< institution or owner email contains
    std::optional<std::string> type;
    std::optional<std::string> status;
};

struct PartnerOperator
{
    std::string userId;
    std::string email;
    std::string fullName;
    std::string createdAt;
};

struct PartnerPricing
{
    std::string assessmentId;
    std::string assessmentCode;
    std::string assessmentTitle;
    std::int64_t price = 0;
    std::optional<std::int64_t> executivePrice;
    std::string updatedAt;
};

/// One line of a partner's own history.
struct PartnerLogEntry
{
    std::string id;
    std::string action;
    std::optional<std::string> actorId;
    std::optional<std::string> actorName;
    std::string details; ///< JSON text
    std::string createdAt;
};

/// A published assessment a partner can run events with (no prices: operators see this too).
struct AvailableAssessment
{
    std::string id;
    std::string code;
    std::string title;
    std::optional<std::string> description;
    std::int64_t sectionCount = 0;
    std::int64_t questionCount = 0;
};

/// Quota and credit totals shown on the partner's own dashboard.
struct PartnerTotals
{
    std::int64_t quotaRemaining = 0; ///< pre-paid: sum of every event's quota
    std::int64_t creditPending = 0;  ///< post-paid: rupiah used and not billed yet
    std::int64_t creditPendingCount = 0;
    std::int64_t clientsCompleted = 0;
    std::int64_t clientsPendingDownload = 0;
};

/// One event: a partner's campaign of one assessment, joined through its reference code.
struct PartnerEvent
{
    std::string id;
    std::string partnerId;
    std::string partnerInstitution;
    std::string assessmentId;
    std::string assessmentCode;
    std::string assessmentTitle;
    std::optional<std::string> title;
    std::string referenceCode;
    std::string status; ///< active | inactive
    std::optional<std::int64_t> price;
    bool isSpecialPrice = false;
    std::optional<std::string> endDateSpecialPrice;
    std::int64_t quota = 0;
    std::int64_t clientCount = 0;
    std::int64_t completedCount = 0;
    std::string createdAt;
    std::string updatedAt;
};

struct NewEvent
{
    std::string assessmentId;
    std::optional<std::string> title;
    std::optional<std::string> referenceCode; ///< generated when absent
    std::string status = "active";
    std::optional<std::int64_t> price;
    bool isSpecialPrice = false;
    std::optional<std::string> endDateSpecialPrice;
};

struct EventChanges
{
    std::optional<std::optional<std::string>> title;
    std::optional<std::string> status;
    std::optional<std::optional<std::int64_t>> price;
    std::optional<bool> isSpecialPrice;
    std::optional<std::optional<std::string>> endDateSpecialPrice;
};

struct EventFilter
{
    std::optional<std::string> status;
    std::optional<std::string> search; ///< title or reference code contains
};

} // namespace ey::partner

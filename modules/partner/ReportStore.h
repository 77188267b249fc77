// SQL for partner clients' results, report downloads, quota consumption and post-paid credits.
#pragma once

#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::partner {

/// One client of an event, with what downloading their report needs to know.
struct PartnerClient
{
    std::string id;
    std::string partnerId;
    std::string partnerInstitution;
    std::string paymentModel; ///< the partner's: after_payment | before_payment
    std::int64_t creditLimit = 0;
    std::string eventId;
    std::string referenceCode;
    std::optional<std::string> eventTitle;
    std::string eventStatus; ///< active | inactive
    std::optional<std::int64_t> eventPrice;
    std::string assessmentId;
    std::string email;
    std::string fullName;
    std::optional<std::string> organization;
    std::optional<std::string> position;
    std::string status;         ///< in_progress | completed
    std::string downloadStatus; ///< pending_download | complete
    std::string startedAt;
    std::optional<std::string> completedAt;
    std::optional<std::string> downloadedAt;
    bool executiveAvailable = false;
    /// The add-on's payment while it waits (and after it is paid); null when never bought.
    std::optional<std::string> executiveTransactionId;
    std::optional<std::string> reportFileKey;
    std::string createdAt;

    /// What lists show: in_progress | pending_download | complete.
    std::string displayStatus() const
    {
        return status != "completed" ? "in_progress" : downloadStatus;
    }
};

struct ClientFilter
{
    std::optional<std::string> eventId;
    std::optional<std::string> status; ///< in_progress | pending_download | complete
    std::optional<std::string> from;   ///< YYYY-MM-DD, completed on or after (Asia/Jakarta)
    std::optional<std::string> to;     ///< YYYY-MM-DD, completed on or before (Asia/Jakarta)
    std::optional<std::string> search; ///< name, email or organization contains
};

struct QuotaLogEntry
{
    std::string id;
    std::int64_t delta = 0;
    std::int64_t balanceAfter = 0;
    std::string reason;
    std::optional<std::string> actorId;
    std::optional<std::string> actorName;
    std::optional<std::string> clientId;
    std::optional<std::string> clientName;
    std::optional<std::string> note;
    std::string createdAt;
};

class ReportStore
{
public:
    static std::vector<PartnerClient> list(core::Sql& sql, const std::string& partnerId,
                                           const ClientFilter& filter,
                                           const core::PageRequest& page);
    /// The client when it belongs to `partnerId` (any partner when nullopt).
    static std::optional<PartnerClient> byId(core::Sql& sql, const std::string& id,
                                             const std::optional<std::string>& partnerId);
    /// Like byId, holding the client's row lock until the transaction ends.
    static std::optional<PartnerClient> lock(core::Sql& sql, const std::string& id,
                                             const std::optional<std::string>& partnerId);
    static std::string contentResult(core::Sql& sql, const std::string& clientId);

    /// Takes one quota of the event if any is left; the balance after, or nullopt when none.
    static std::optional<std::int64_t> consumeQuota(core::Sql& sql, const std::string& eventId);
    /// Adds `delta` unless the balance would drop below zero; the balance after, or nullopt.
    static std::optional<std::int64_t> adjustQuota(core::Sql& sql, const std::string& eventId,
                                                   std::int64_t delta);
    static std::int64_t quota(core::Sql& sql, const std::string& eventId);
    static void logQuota(core::Sql& sql, const std::string& eventId, std::int64_t delta,
                         std::int64_t balanceAfter, const std::string& reason,
                         const std::string& actorId, const std::optional<std::string>& clientId,
                         const std::optional<std::string>& note);
    static std::vector<QuotaLogEntry> quotaLogs(core::Sql& sql, const std::string& eventId,
                                                int limit);

    /// The first download happened: report stored under `fileKey`, status complete.
    static void markDownloaded(core::Sql& sql, const std::string& clientId,
                               const std::string& fileKey, const std::string& at);
    static void setReportFile(core::Sql& sql, const std::string& clientId,
                              const std::string& fileKey);

    /// The partner's price for the event's assessment (partner_pricings), if set.
    static std::optional<std::int64_t> pricing(core::Sql& sql, const std::string& partnerId,
                                               const std::string& assessmentId);
    /// What one report of the event costs its partner at `at` (ISO time): the event's special
    /// price while it runs, else the event's own price, else the partner's pricing for the
    /// assessment; nullopt when none is set. Post-paid credits and pre-paid top-ups both use it.
    static std::optional<std::int64_t> unitPrice(core::Sql& sql, const std::string& eventId,
                                                 const std::string& at);
    /// Rupiah used on credit and not paid yet (pending and billed credits).
    static std::int64_t creditOutstanding(core::Sql& sql, const std::string& partnerId);
    /// One post-paid credit of `kind` (report | executive), dated by the caller's clock so it
    /// lands on the right month's invoice.
    static void insertCredit(core::Sql& sql, const std::string& partnerId,
                             const std::string& clientId, std::int64_t amount,
                             const std::string& kind, const std::string& createdAt);

    /// The platform's brand name and primary colour from the branding settings.
    static std::pair<std::string, std::string> branding(core::Sql& sql);
};

} // namespace ey::partner

// Partner report rules: client lists, single and bulk report downloads, quota and credit use.
#pragma once

#include "Assessment.h"
#include "ReportStore.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"
#include "Paging.h"

#include <atomic>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ey::partner {

/// A report ready to send: its bytes and the file name offered to the browser.
struct ReportFile
{
    std::string fileName;
    std::string bytes;
};

/// An event's quota balance with its most recent changes.
struct QuotaView
{
    std::string eventId;
    std::string referenceCode;
    std::string paymentModel;
    std::int64_t quota = 0;
    std::vector<QuotaLogEntry> logs;
};

/// Thread safe: every call runs its own statements or transactions. The first download of a
/// client is charged (one quota pre-paid, one pending credit post-paid) in the same transaction
/// that stores the report and marks the client complete; later downloads are free and byte
/// identical because they are served from the stored PDF.
class ReportService
{
public:
    ReportService(core::Db& db, const core::Clock& clock, core::FileStore& files)
        : m_db(db), m_clock(clock), m_files(files)
    {
    }

    std::vector<PartnerClient> list(const std::string& partnerId, const ClientFilter& filter,
                                    const core::PageRequest& page);
    /// 404 for another partner's client (never 403, so ids cannot be probed).
    PartnerClient get(const std::optional<std::string>& partnerId, const std::string& id);
    ReportFile download(const std::optional<std::string>& partnerId, const std::string& id,
                        const Actor& actor);

    /// Checks every id (owned, finished) and, for those not downloaded yet, the quota or credit
    /// they need, before anything is generated. Problems name what is missing; nothing changes.
    std::vector<PartnerClient> prepareBulk(const std::optional<std::string>& partnerId,
                                           const std::vector<std::string>& ids);
    /// Writes the ZIP of the prepared clients' reports to `out`, charging each first download
    /// only after its entry was written. Stops (no central directory) when `stopping` turns true;
    /// throws when `out` fails. Either way undelivered reports are not charged.
    void streamBulk(std::ostream& out, const std::vector<PartnerClient>& clients,
                    const Actor& actor, const std::atomic<bool>* stopping);

    QuotaView quota(const std::optional<std::string>& partnerId, const std::string& eventId);
    /// Staff grant (or take back) quota; audited. The balance never drops below zero.
    QuotaView adjustQuota(const std::string& eventId, std::int64_t delta, const std::string& reason,
                          const Actor& actor);

    static core::json::ObjectPtr toJson(const PartnerClient& client);
    static core::json::ObjectPtr toJson(const QuotaView& view);
    /// "Laporan Siti Rahmawati - CORP2024.pdf", safe on every desktop.
    static std::string fileNameFor(const PartnerClient& client);

private:
    std::string render(core::Sql& sql, const PartnerClient& client);
    /// Charges the client's first download inside `tx`: one quota (pre-paid) or a pending
    /// credit (post-paid); throws the problem a person can act on when neither is possible.
    void charge(core::Tx& tx, const PartnerClient& client, const Actor& actor, bool bulk);
    /// Stores a delivered bulk entry's PDF and charges it, if nobody did meanwhile.
    void settleDelivered(const PartnerClient& client, const std::string& bytes, const Actor& actor);
    std::string now() const;

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
};

} // namespace ey::partner

// SQL for post-paid partners' credit, monthly invoices, their lines and reminders. No rules here.
#pragma once

#include "PaymentStore.h"

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// A monthly invoice is a partner transaction of kind monthly_invoice (PaymentStore reads it).
using MonthlyInvoice = PartnerTransaction;

/// One billed credit: a client's report (or executive summary) on the invoice.
struct InvoiceLine
{
    std::string clientId;
    std::string clientName;
    std::string eventReferenceCode;
    std::string kind; ///< report | executive
    std::int64_t amount = 0;
    std::string createdAt;
};

struct InvoiceReminder
{
    std::string dueAt;
    std::string channel; ///< email (sent as email and in-app notification)
    std::string status;  ///< scheduled | sent | cancelled
    std::optional<std::string> sentAt;
};

struct InvoiceFilter
{
    std::optional<std::string> partnerId;
    std::optional<std::string> status;
};

/// Credit a post-paid partner has used and not paid, split by where it stands.
struct CreditTotals
{
    std::int64_t pending = 0; ///< not billed yet
    std::int64_t billed = 0;  ///< on an invoice not paid yet
};

/// A partner with pending credits in a closed month: one invoice to make.
struct BillableMonth
{
    std::string partnerId;
    std::string periodStart; ///< YYYY-MM-01
};

/// A scheduled reminder whose time has come, claimed (row locked) by the caller's transaction.
struct DueReminder
{
    std::string id;
    std::string invoiceId;
    std::string dueAt;
};

class InvoiceStore
{
public:
    /// Rupiah of credit the partner still owes: pending credits plus billed ones not paid yet.
    /// The one definition of "used credit" (the download and client-start checks both use it).
    static std::int64_t usedCredit(core::Sql& sql, const std::string& partnerId);
    static CreditTotals creditTotals(core::Sql& sql, const std::string& partnerId);
    /// Credit use per Jakarta calendar month for the 12 months up to `now`, oldest first, with
    /// zero months included: ("2026-06", 250000).
    static std::vector<std::pair<std::string, std::int64_t>>
    creditMonths(core::Sql& sql, const std::string& partnerId, const std::string& now);

    /// Every (partner, month) with pending credits in a Jakarta month that closed before `now`.
    static std::vector<BillableMonth> billableMonths(core::Sql& sql, const std::string& now);
    /// Creates the month's invoice (amount 0 until credits are attached) unless it exists; the
    /// new id, or nullopt when another run made it first.
    static std::optional<std::string> insertInvoice(core::Sql& sql, const std::string& partnerId,
                                                    const std::string& periodStart,
                                                    std::int64_t dueDays, const std::string& now);
    /// The month's invoice id and status, if it exists.
    static std::optional<std::pair<std::string, std::string>>
    invoiceForPeriod(core::Sql& sql, const std::string& partnerId, const std::string& periodStart);
    /// Bills the partner's pending credits up to the end of the invoice's month to it (months
    /// are billed oldest first, so earlier ones are only credits whose own month's invoice was
    /// settled before they committed); how many were attached.
    static std::int64_t attachCredits(core::Sql& sql, const std::string& invoiceId);
    /// Sets the invoice's amount to the sum of its credits.
    static void refreshAmount(core::Sql& sql, const std::string& invoiceId);
    /// Schedules one reminder `offsetDays` from the due date at 09:00 Jakarta, when that is after
    /// `now` (a late roll-up does not send a burst of stale reminders).
    static void scheduleReminder(core::Sql& sql, const std::string& invoiceId, int offsetDays,
                                 const std::string& channel, const std::string& now);

    static std::vector<MonthlyInvoice> list(core::Sql& sql, const InvoiceFilter& filter,
                                            const core::PageRequest& page);
    /// The monthly invoice when it belongs to `partnerId` (any partner when nullopt).
    static std::optional<MonthlyInvoice> byId(core::Sql& sql, const std::string& id,
                                              const std::optional<std::string>& partnerId);
    static std::vector<InvoiceLine> lines(core::Sql& sql, const std::string& invoiceId);
    static std::vector<InvoiceReminder> reminders(core::Sql& sql, const std::string& invoiceId);

    /// pending | awaiting_confirmation → paid in one guarded statement; false when it was not
    /// payable (already paid, cancelled, or unknown).
    static bool markPaid(core::Sql& sql, const std::string& invoiceId, const std::string& actorId,
                         const std::optional<std::string>& note, const std::string& now);
    static void payCredits(core::Sql& sql, const std::string& invoiceId);
    static std::int64_t cancelReminders(core::Sql& sql, const std::string& invoiceId);

    /// Claims up to `limit` scheduled reminders due at `now`, skipping rows another instance
    /// holds; they stay locked until the caller's transaction ends.
    static std::vector<DueReminder> claimDueReminders(core::Sql& sql, const std::string& now,
                                                      int limit);
    static void finishReminder(core::Sql& sql, const std::string& id, const std::string& status,
                               const std::optional<std::string>& sentAt);
};

} // namespace ey::partner

// Post-paid partners' monthly invoices: rolling closed months' credits up into one invoice per
// month, reminders on a schedule, finance marking them paid, and the partner's credit view.
#pragma once

#include "Assessment.h"
#include "InvoiceStore.h"

#include "Auth.h"
#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "Json.h"
#include "NotifyService.h"
#include "Paging.h"
#include "PeriodicWorker.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// What a partner sees of its credit: the limit, what is used and where it stands, per month.
struct CreditView
{
    std::string partnerId;
    std::string paymentModel;
    std::int64_t creditLimit = 0;
    std::int64_t outstanding = 0; ///< pending + billed and unpaid
    std::int64_t available = 0;   ///< limit − outstanding, never below zero
    std::int64_t pendingAmount = 0;
    std::int64_t billedUnpaidAmount = 0;
    std::vector<std::pair<std::string, std::int64_t>> months; ///< ("2026-06", rupiah)
};

/// A monthly invoice with the clients it bills and its reminders.
struct InvoiceDetail
{
    MonthlyInvoice invoice;
    std::vector<InvoiceLine> lines;
    std::vector<InvoiceReminder> reminders;
};

/// Thread safe: every call runs its own statements or transactions, and everything that must
/// happen once (an invoice per partner and month, a reminder, a payment) is guarded in SQL, so
/// any number of server instances can run the worker at the same time.
///
/// Reminders (one row each, channel "email": an email plus the in-app notification) go out at
/// 09:00 Jakarta three days before the due date, on the due date and seven days after it; those
/// still scheduled when the invoice is paid are cancelled.
class InvoiceService
{
public:
    static constexpr std::int64_t kDefaultDueDays = 14;
    static constexpr std::int64_t kDefaultSweepSeconds = 3600;
    static constexpr int kBatchSize = 50;
    /// Days from the due date at which reminders go out.
    static constexpr int kReminderOffsets[] = {-3, 0, 7};

    /// `dueDays`: days after the period's end (the first day after it counts as day 0) the
    /// invoice falls due, at 23:59 Jakarta (partner.invoice_due_days).
    InvoiceService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify,
                   const core::Config& config, std::int64_t dueDays = kDefaultDueDays);
    ~InvoiceService();
    InvoiceService(const InvoiceService&) = delete;
    InvoiceService& operator=(const InvoiceService&) = delete;

    /// Starts the "partner-invoices" worker: a roll-up, then due reminders, now and every
    /// `interval`. The destructor stops it.
    void startWorker(std::chrono::milliseconds interval);

    CreditView credit(const std::string& partnerId);
    std::vector<MonthlyInvoice> list(const InvoiceFilter& filter, const core::PageRequest& page);
    /// 404 for an unknown invoice or another partner's (never 403, so ids cannot be probed).
    InvoiceDetail get(const std::optional<std::string>& partnerId, const std::string& id);

    /// Bills every closed Jakarta month with pending credits: one invoice per partner and month,
    /// credits billed to it, reminders scheduled, the owner told, audited. Never bills the
    /// current month; running it again (or on two servers at once) creates nothing twice.
    /// Returns how many invoices it created.
    int rollUp(
        const Actor& actor, const std::function<bool()>& stopping = [] { return false; });
    /// Sends every reminder due now (invoice still unpaid) or cancels it (invoice settled).
    /// Returns how many were sent.
    int sendDueReminders(const std::function<bool()>& stopping = [] { return false; });
    /// pending | awaiting_confirmation → paid: credits paid (the limit frees up), reminders
    /// cancelled, audited, partner log, owner told. 409 when it is not payable (already paid).
    InvoiceDetail markPaid(const std::string& id, const std::optional<std::string>& note,
                           const Actor& actor);

    static core::json::ObjectPtr toJson(const MonthlyInvoice& invoice);
    static core::json::ObjectPtr toJson(const InvoiceDetail& detail);
    static core::json::ObjectPtr toJson(const CreditView& view);

private:
    /// Bills one partner's month; true when this call created the invoice.
    bool billMonth(const BillableMonth& month, const Actor& actor);
    InvoiceDetail detail(core::Sql& sql, const MonthlyInvoice& invoice);
    void publishChange(core::Sql& sql, const MonthlyInvoice& invoice);
    std::string now() const;

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
    const core::Config& m_config;
    std::int64_t m_dueDays;
    std::unique_ptr<core::PeriodicWorker> m_worker; // last: stopped before anything it uses goes
};

} // namespace ey::partner

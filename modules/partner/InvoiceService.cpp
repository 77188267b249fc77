// Monthly invoice rules (see InvoiceService.h).
#include "InvoiceService.h"

#include "PaymentService.h"

#include "ClientFlowStore.h"
#include "PartnerStore.h"

#include "Audit.h"
#include "Problem.h"
#include "Strings.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace ey::partner {

using core::Problem;
namespace json = core::json;

namespace {

const char* const kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                               "Mei",       "Juni",     "Juli",     "Agustus",
                               "September", "Oktober",  "November", "Desember"};

struct Ymd
{
    int year = 0;
    int month = 1;
    int day = 1;
};

Ymd parseYmd(const std::string& text)
{
    Ymd ymd;
    if (text.size() >= 10) {
        ymd.year = std::stoi(text.substr(0, 4));
        ymd.month = std::clamp(std::stoi(text.substr(5, 2)), 1, 12);
        ymd.day = std::stoi(text.substr(8, 2));
    }
    return ymd;
}

/// "2026-11-15" → "15 November 2026", as an Indonesian reader writes a date.
std::string dayText(const std::string& ymdText)
{
    const auto ymd = parseYmd(ymdText);
    return std::to_string(ymd.day) + " " + kMonths[ymd.month - 1] + " " + std::to_string(ymd.year);
}

/// "2026-10-01" → "Oktober 2026".
std::string monthText(const std::string& ymdText)
{
    const auto ymd = parseYmd(ymdText);
    return std::string(kMonths[ymd.month - 1]) + " " + std::to_string(ymd.year);
}

/// The Jakarta calendar date (UTC+7, no daylight saving) of an ISO UTC time.
std::string jakartaDay(const std::string& isoUtc)
{
    using namespace std::chrono;
    const auto ymd = parseYmd(isoUtc);
    const int hour = isoUtc.size() >= 13 ? std::stoi(isoUtc.substr(11, 2)) : 0;
    const auto local = sys_days{year{ymd.year} / month{static_cast<unsigned>(ymd.month)} /
                                day{static_cast<unsigned>(ymd.day)}} +
                       hours{hour + 7};
    const year_month_day date{floor<days>(local)};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

/// "2026-12-01" → "2027-01-01".
std::string nextMonth(const std::string& periodStart)
{
    const auto ymd = parseYmd(periodStart);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-01", ymd.month == 12 ? ymd.year + 1 : ymd.year,
                  ymd.month == 12 ? 1 : ymd.month + 1);
    return text;
}

Problem invoiceNotFound()
{
    return Problem::notFound(
        {"Tagihan bulanan tidak ditemukan. Muat ulang daftar tagihan lalu pilih lagi.",
         "Monthly invoice not found. Reload the invoice list and pick it again."});
}

Problem partnerNotFound()
{
    return Problem::notFound({"Partner tidak ditemukan. Muat ulang daftar partner.",
                              "Partner not found. Reload the partner list."});
}

/// Where to pay, from the manual-transfer settings finance already keeps for checkout.
std::string bankText(const core::Config& config, const std::string& number)
{
    const auto bank = config.value("payments.manual_bank_name");
    const auto account = config.value("payments.manual_account_number");
    const auto holder = config.value("payments.manual_account_holder");
    if (bank.empty() || account.empty())
        return "Hubungi tim keuangan untuk rekening pembayaran dan sebutkan nomor tagihan " +
               number + ".";
    return "Transfer ke " + bank + " " + account + (holder.empty() ? "" : " a.n. " + holder) +
           " dan cantumkan nomor tagihan " + number + " pada berita transfer.";
}

} // namespace

InvoiceService::InvoiceService(core::Db& db, const core::Clock& clock,
                               notify::NotifyService& notify, const core::Config& config,
                               std::int64_t dueDays)
    : m_db(db), m_clock(clock), m_notify(notify), m_config(config), m_dueDays(dueDays)
{
}

InvoiceService::~InvoiceService()
{
    m_worker.reset();
}

void InvoiceService::startWorker(std::chrono::milliseconds interval)
{
    m_worker = std::make_unique<core::PeriodicWorker>(
        "partner-invoices",
        [this](const std::function<bool()>& stopping) {
            const int created = rollUp({}, stopping);
            return created + sendDueReminders(stopping);
        },
        interval);
}

std::string InvoiceService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

CreditView InvoiceService::credit(const std::string& partnerId)
{
    const auto partner = PartnerStore::byId(m_db, partnerId);
    if (!partner)
        throw partnerNotFound();
    CreditView view;
    view.partnerId = partner->id;
    view.paymentModel = partner->paymentModel;
    view.creditLimit = partner->creditLimit;
    const auto totals = InvoiceStore::creditTotals(m_db, partnerId);
    view.pendingAmount = totals.pending;
    view.billedUnpaidAmount = totals.billed;
    view.outstanding = totals.pending + totals.billed;
    view.available = std::max<std::int64_t>(0, view.creditLimit - view.outstanding);
    view.months = InvoiceStore::creditMonths(m_db, partnerId, now());
    return view;
}

std::vector<MonthlyInvoice> InvoiceService::list(const InvoiceFilter& filter,
                                                 const core::PageRequest& page)
{
    return InvoiceStore::list(m_db, filter, page);
}

InvoiceDetail InvoiceService::detail(core::Sql& sql, const MonthlyInvoice& invoice)
{
    return {invoice, InvoiceStore::lines(sql, invoice.id),
            InvoiceStore::reminders(sql, invoice.id)};
}

InvoiceDetail InvoiceService::get(const std::optional<std::string>& partnerId,
                                  const std::string& id)
{
    const auto invoice = InvoiceStore::byId(m_db, id, partnerId);
    if (!invoice)
        throw invoiceNotFound();
    return detail(m_db, *invoice);
}

void InvoiceService::publishChange(core::Sql& sql, const MonthlyInvoice& invoice)
{
    auto data = json::object();
    data->set("id", invoice.id);
    data->set("partner_id", invoice.partnerId);
    data->set("status", invoice.status);
    m_notify.publish(
        sql, {ClientFlowStore::partnerUsers(sql, invoice.partnerId), "partner.invoices", false},
        "partner.invoice_updated", data);
}

int InvoiceService::rollUp(const Actor& actor, const std::function<bool()>& stopping)
{
    int created = 0;
    for (const auto& month : InvoiceStore::billableMonths(m_db, now())) {
        if (stopping())
            break;
        // One transaction per partner and month: a failure bills nothing of that month and the
        // next pass tries it again; the others are not held back.
        try {
            created += billMonth(month, actor) ? 1 : 0;
        } catch (const std::exception& error) {
            spdlog::error("partner-invoices: billing {} for partner {} failed: {}",
                          month.periodStart, month.partnerId, error.what());
            if (!actor.userId.empty())
                throw;
        }
    }
    return created;
}

bool InvoiceService::billMonth(const BillableMonth& month, const Actor& actor)
{
    bool created = false;
    m_db.transaction([&](core::Tx& tx) {
        created = false;
        // The partner row lock orders this after any download charging a credit right now (the
        // download takes the same lock), so every committed credit of the month is seen.
        const auto partner = PartnerStore::lock(tx, month.partnerId);
        if (!partner)
            return;
        const auto at = now();
        const auto currentMonth = jakartaDay(at).substr(0, 8) + "01";
        auto period = month.periodStart;
        std::optional<std::string> id;
        while (!id) {
            id = InvoiceStore::insertInvoice(tx, month.partnerId, period, m_dueDays, at);
            if (id) {
                created = true;
                break;
            }
            // Another run made it. A credit that committed late for that month joins it while
            // it is unpaid; a settled invoice is never changed behind finance's back, so such a
            // credit goes on the next closed month's invoice instead.
            const auto existing = InvoiceStore::invoiceForPeriod(tx, month.partnerId, period);
            if (!existing)
                return;
            if (existing->second == "pending" || existing->second == "awaiting_confirmation") {
                id = existing->first;
                break;
            }
            period = nextMonth(period);
            if (period >= currentMonth) {
                spdlog::warn("partner-invoices: credits of {} for partner {} came after its "
                             "invoice was settled; they go on the invoice of {}",
                             month.periodStart, month.partnerId, period);
                return;
            }
        }
        const auto attached = InvoiceStore::attachCredits(tx, *id);
        if (!created && attached == 0)
            return;
        InvoiceStore::refreshAmount(tx, *id);
        const auto invoice = InvoiceStore::byId(tx, *id, std::nullopt);
        auto details = json::object();
        details->set("invoice_id", invoice->id);
        details->set("number", invoice->number);
        details->set("period_start", *invoice->periodStart);
        details->set("amount", invoice->amount);
        details->set("lines", invoice->clientCount);
        if (!created) {
            details->set("added_lines", attached);
            PartnerStore::log(tx, partner->id, actor.userId, "invoice.updated", details);
            core::audit(tx, {actor.userId, "partner.invoice.update", "partner_transaction",
                             invoice->id, nullptr, toJson(*invoice), actor.ip});
            publishChange(tx, *invoice);
            return;
        }
        for (const int offset : kReminderOffsets)
            InvoiceStore::scheduleReminder(tx, invoice->id, offset, "email", at);
        PartnerStore::log(tx, partner->id, actor.userId, "invoice.created", details);
        core::audit(tx, {actor.userId, "partner.invoice.create", "partner_transaction", invoice->id,
                         nullptr, toJson(*invoice), actor.ip});

        const auto periodName = monthText(*invoice->periodStart);
        const auto due = dayText(jakartaDay(*invoice->dueAt));
        notify::NewNotification message;
        message.userId = partner->ownerUserId;
        message.type = "SYSTEM";
        message.title =
            "Tagihan bulanan " + periodName + ": " + core::formatRupiah(invoice->amount);
        message.message = "Tagihan " + invoice->number + " untuk pemakaian " + periodName + " (" +
                          std::to_string(invoice->clientCount) + " item) sebesar " +
                          core::formatRupiah(invoice->amount) + ", jatuh tempo " + due +
                          " pukul 23.59 WIB. " + bankText(m_config, invoice->number);
        message.redirect = "partner-invoice:" + invoice->id;
        message.sourceId = invoice->id;
        message.email = true;
        m_notify.notify(tx, message);
        publishChange(tx, *invoice);
    });
    return created;
}

int InvoiceService::sendDueReminders(const std::function<bool()>& stopping)
{
    int sent = 0;
    std::size_t claimed = 0;
    do {
        int batchSent = 0;
        m_db.transaction([&](core::Tx& tx) {
            batchSent = 0;
            const auto at = now();
            const auto due = InvoiceStore::claimDueReminders(tx, at, kBatchSize);
            claimed = due.size();
            for (const auto& reminder : due) {
                const auto invoice = InvoiceStore::byId(tx, reminder.invoiceId, std::nullopt);
                if (!invoice ||
                    (invoice->status != "pending" && invoice->status != "awaiting_confirmation")) {
                    // Settled meanwhile: nobody should be chased for it.
                    InvoiceStore::finishReminder(tx, reminder.id, "cancelled", std::nullopt);
                    continue;
                }
                const auto partner = PartnerStore::byId(tx, invoice->partnerId);
                if (!partner) {
                    InvoiceStore::finishReminder(tx, reminder.id, "cancelled", std::nullopt);
                    continue;
                }
                const auto period = monthText(*invoice->periodStart);
                const auto dueDay = jakartaDay(*invoice->dueAt);
                const auto reminderDay = jakartaDay(reminder.dueAt);
                const auto what = "Tagihan " + invoice->number + " (pemakaian " + period +
                                  ") sebesar " + core::formatRupiah(invoice->amount);
                notify::NewNotification message;
                message.userId = partner->ownerUserId;
                message.type = "SYSTEM";
                message.redirect = "partner-invoice:" + invoice->id;
                message.sourceId = invoice->id;
                message.email = true;
                if (reminderDay < dueDay) {
                    message.title = "Pengingat tagihan " + invoice->number;
                    message.message = what + " jatuh tempo " + dayText(dueDay) +
                                      " pukul 23.59 WIB. " + bankText(m_config, invoice->number) +
                                      " Abaikan pesan ini bila sudah membayar.";
                } else if (reminderDay == dueDay) {
                    message.title = "Tagihan " + invoice->number + " jatuh tempo hari ini";
                    message.message = what + " jatuh tempo hari ini, " + dayText(dueDay) +
                                      " pukul 23.59 WIB. " + bankText(m_config, invoice->number);
                } else {
                    message.title = "Tagihan " + invoice->number + " lewat jatuh tempo";
                    message.message = what + " sudah lewat jatuh tempo (" + dayText(dueDay) +
                                      "). Segera lunasi agar batas kredit terbuka kembali. " +
                                      bankText(m_config, invoice->number);
                }
                m_notify.notify(tx, message);
                InvoiceStore::finishReminder(tx, reminder.id, "sent", at);
                ++batchSent;
            }
        });
        sent += batchSent;
    } while (claimed == static_cast<std::size_t>(kBatchSize) && !stopping());
    return sent;
}

InvoiceDetail InvoiceService::markPaid(const std::string& id,
                                       const std::optional<std::string>& note, const Actor& actor)
{
    InvoiceDetail result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = InvoiceStore::byId(tx, id, std::nullopt);
        if (!before)
            throw invoiceNotFound();
        const auto at = now();
        if (!InvoiceStore::markPaid(tx, id, actor.userId, note, at)) {
            const auto current = InvoiceStore::byId(tx, id, std::nullopt);
            if (current && current->status == "paid")
                throw Problem::conflict(
                    {"Tagihan " + current->number + " sudah lunas sejak " +
                         dayText(jakartaDay(current->paidAt.value_or(at))) +
                         ". Muat ulang daftar tagihan.",
                     "Invoice " + current->number + " is already paid. Reload the invoice list."});
            throw Problem::conflict(
                {"Tagihan " + before->number + " berstatus " +
                     (current ? current->status : before->status) +
                     ", jadi tidak bisa ditandai lunas. Muat ulang daftar tagihan.",
                 "Invoice " + before->number + " is " +
                     (current ? current->status : before->status) +
                     ", so it cannot be marked paid. Reload the invoice list."});
        }
        InvoiceStore::payCredits(tx, id);
        const auto cancelled = InvoiceStore::cancelReminders(tx, id);
        const auto invoice = *InvoiceStore::byId(tx, id, std::nullopt);

        auto details = json::object();
        details->set("invoice_id", invoice.id);
        details->set("number", invoice.number);
        details->set("amount", invoice.amount);
        details->set("note", json::orNull(note));
        details->set("reminders_cancelled", cancelled);
        PartnerStore::log(tx, invoice.partnerId, actor.userId, "invoice.paid", details);
        core::audit(tx, {actor.userId, "partner.invoice.mark_paid", "partner_transaction",
                         invoice.id, toJson(*before), toJson(invoice), actor.ip});

        if (const auto partner = PartnerStore::byId(tx, invoice.partnerId)) {
            const auto available = std::max<std::int64_t>(
                0, partner->creditLimit - InvoiceStore::usedCredit(tx, partner->id));
            notify::NewNotification message;
            message.userId = partner->ownerUserId;
            message.type = "SYSTEM";
            message.title = "Tagihan " + invoice.number + " lunas";
            message.message = "Pembayaran tagihan " + invoice.number + " (pemakaian " +
                              monthText(*invoice.periodStart) + ") sebesar " +
                              core::formatRupiah(invoice.amount) +
                              " sudah kami terima. Terima kasih. Sisa batas kredit Anda kini " +
                              core::formatRupiah(available) + ".";
            message.redirect = "partner-invoice:" + invoice.id;
            message.sourceId = invoice.id;
            message.email = true;
            m_notify.notify(tx, message);
        }
        publishChange(tx, invoice);
        result = detail(tx, invoice);
    });
    return result;
}

json::ObjectPtr InvoiceService::toJson(const MonthlyInvoice& invoice)
{
    return PaymentService::toJson(invoice);
}

json::ObjectPtr InvoiceService::toJson(const InvoiceDetail& detail)
{
    auto o = toJson(detail.invoice);
    auto lines = json::array();
    for (const auto& line : detail.lines) {
        auto item = json::object();
        item->set("client_id", line.clientId);
        item->set("client_name", line.clientName);
        item->set("event_reference_code", line.eventReferenceCode);
        item->set("kind", line.kind);
        item->set("amount", line.amount);
        item->set("created_at", line.createdAt);
        lines->add(item);
    }
    o->set("lines", lines);
    auto reminders = json::array();
    for (const auto& reminder : detail.reminders) {
        auto item = json::object();
        item->set("due_at", reminder.dueAt);
        item->set("channel", reminder.channel);
        item->set("status", reminder.status);
        item->set("sent_at", json::orNull(reminder.sentAt));
        reminders->add(item);
    }
    o->set("reminders", reminders);
    return o;
}

json::ObjectPtr InvoiceService::toJson(const CreditView& view)
{
    auto o = json::object();
    o->set("payment_model", view.paymentModel);
    o->set("credit_limit", view.creditLimit);
    o->set("outstanding", view.outstanding);
    o->set("available", view.available);
    o->set("pending_amount", view.pendingAmount);
    o->set("billed_unpaid_amount", view.billedUnpaidAmount);
    auto months = json::array();
    for (const auto& [month, amount] : view.months) {
        auto item = json::object();
        item->set("month", month);
        item->set("amount", amount);
        months->add(item);
    }
    o->set("months", months);
    return o;
}

} // namespace ey::partner

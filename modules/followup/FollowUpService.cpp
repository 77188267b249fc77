// Follow-up rules (see FollowUpService.h).
#include "FollowUpService.h"

#include "FollowUpStore.h"
#include "FollowUpTemplate.h"

#include "Audit.h"
#include "Log.h"
#include "Problem.h"
#include "Strings.h"

#include <algorithm>
#include <stdexcept>

namespace ey::followup {

namespace {

// Kept on the row for the sales desk, which shows it to the admin as is.
const std::string kNoNumber =
    "Nomor WhatsApp pembeli belum diisi di profilnya; lengkapi nomornya lalu kirim ulang.";

/// Tells the sales desks watching this transaction that one of its messages changed, so the
/// "3/5 terkirim" column and the follow-up log update without a reload.
void publishChange(notify::NotifyService& notify, core::Sql& tx, const std::string& transactionId,
                   const std::string& id, const std::string& status)
{
    auto data = core::json::object();
    data->set("transaction_id", transactionId);
    data->set("id", id);
    data->set("status", status);
    notify.publish(tx, {{}, "sales.read", false}, "followup.updated", data);
}

core::json::ObjectPtr stateJson(const FollowUpMessage& m)
{
    auto object = core::json::object();
    object->set("status", m.status);
    object->set("attempts", m.attempts);
    object->set("outbound_message_id", m.outboundMessageId
                                           ? Poco::Dynamic::Var(*m.outboundMessageId)
                                           : Poco::Dynamic::Var());
    return object;
}

} // namespace

FollowUpService::FollowUpService(core::Db& db, const core::Clock& clock,
                                 notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_notify(notify)
{
}

FollowUpService::~FollowUpService()
{
    m_worker.reset();
}

void FollowUpService::schedule(core::Sql& sql, const PurchaseFacts& purchase,
                               const std::vector<FollowUpStep>& steps)
{
    if (purchase.transactionId.empty() || purchase.userId.empty())
        throw std::invalid_argument("a follow-up sequence needs a transaction and a buyer");
    const auto now = m_clock.nowMs();
    int step = 0;
    for (const auto& s : steps) {
        ++step;
        // A negative delay would be a catalog bug; it must not undo the payment it rides on.
        const auto due = purchase.paidAtMs + std::max(0, s.delayDays) * kDayMs;
        FollowUpStore::insert(sql, purchase.transactionId, purchase.userId, step, due,
                              FollowUpTemplate::render(s.templateText, purchase), now);
    }
}

void FollowUpService::cancel(core::Sql& sql, const std::string& transactionId)
{
    FollowUpStore::cancelPending(sql, transactionId);
}

int FollowUpService::sendDue(std::int64_t nowMs)
{
    return sendDueWhile(nowMs, [] { return false; });
}

int FollowUpService::sendDueWhile(std::int64_t nowMs, const std::function<bool()>& stopping)
{
    int handed = 0;
    std::size_t claimed = 0;
    do {
        int batchHanded = 0;
        m_db.transaction([&](core::Tx& tx) {
            batchHanded = 0;
            const auto due = FollowUpStore::claimDue(tx, nowMs, kBatchSize);
            claimed = due.size();
            for (const auto& message : due) {
                // Queued and marked in one transaction: a message is handed over exactly once.
                if (const auto outboundId =
                        m_notify.queueWhatsApp(tx, message.userId, message.subject, message.body)) {
                    FollowUpStore::markSent(tx, message.id, *outboundId, m_clock.nowMs());
                    publishChange(m_notify, tx, message.transactionId, message.id, "sent");
                    ++batchHanded;
                } else {
                    FollowUpStore::markFailed(tx, message.id, kNoNumber);
                    publishChange(m_notify, tx, message.transactionId, message.id, "failed");
                }
            }
        });
        handed += batchHanded;
    } while (claimed == static_cast<std::size_t>(kBatchSize) && !stopping());
    return handed;
}

void FollowUpService::startWorker(std::chrono::milliseconds interval)
{
    m_worker = std::make_unique<core::PeriodicWorker>(
        "follow-up WhatsApp sender",
        [this](const std::function<bool()>& stopping) {
            return sendDueWhile(m_clock.nowMs(), stopping);
        },
        interval);
}

std::vector<FollowUpMessage> FollowUpService::list(const std::string& transactionId)
{
    if (!core::isUuid(transactionId))
        throw core::Problem::validation(
            {{"transaction_id",
              {"transaction_id harus berupa id transaksi (UUID); pilih transaksi dari daftar "
               "penjualan.",
               "transaction_id must be a transaction id (UUID); pick the transaction from the "
               "sales list."}}});
    return FollowUpStore::listByTransaction(m_db, transactionId);
}

FollowUpMessage FollowUpService::resend(const std::string& actorId, const std::string& clientIp,
                                        const std::string& id)
{
    const core::Problem notFound =
        core::Problem::notFound({"Pesan follow-up tidak ditemukan. Muat ulang detail transaksi.",
                                 "Follow-up message not found. Reload the transaction's details."});
    if (!core::isUuid(id))
        throw notFound;
    FollowUpMessage result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = FollowUpStore::find(tx, id, true);
        if (!before)
            throw notFound;
        if (before->status == "cancelled")
            throw core::Problem::conflict(
                {"Pesan follow-up ini sudah dibatalkan (transaksinya dikembalikan dananya), jadi "
                 "tidak dapat dikirim ulang.",
                 "This follow-up message was cancelled (its transaction was refunded), so it "
                 "cannot be resent."});
        const auto outboundId = m_notify.queueWhatsApp(
            tx, before->userId, FollowUpStore::subjectOf(tx, id), before->body);
        if (!outboundId)
            throw core::Problem::conflict(
                {"Pembeli belum mengisi nomor WhatsApp di profilnya. Lengkapi nomornya di data "
                 "pengguna, lalu kirim ulang.",
                 "The buyer has no WhatsApp number on their profile. Add the number in the "
                 "user's details, then resend."});
        FollowUpStore::markSent(tx, id, *outboundId, m_clock.nowMs());
        result = *FollowUpStore::find(tx, id, false);
        core::audit(tx, {actorId, "followup.resend", "followup_message", id, stateJson(*before),
                         stateJson(result), clientIp});
        publishChange(m_notify, tx, result.transactionId, id, result.status);
    });
    return result;
}

} // namespace ey::followup

// Sales rules over the read model.
#include "SalesService.h"

#include "SalesStore.h"

#include "Audit.h"
#include "Json.h"
#include "Problem.h"
#include "Strings.h"

namespace ey::sales {

using core::Problem;
namespace json = core::json;

namespace {

constexpr int kTopProducts = 10;
Problem unknownInvoice(const std::string& invoiceNumber)
{
    return Problem::notFound(
        {"Transaksi " + invoiceNumber + " tidak ditemukan. Periksa nomor invoice-nya.",
         "Transaction " + invoiceNumber + " was not found. Check the invoice number."});
}

} // namespace

SalesService::SalesService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_notify(notify)
{
}

std::vector<SaleRow> SalesService::list(const SalesFilter& filter,
                                        const std::optional<SalesPosition>& after, int limit)
{
    return SalesStore::list(m_db, filter, after, limit);
}

void SalesService::forEachBatch(const SalesFilter& filter, int batchSize,
                                const std::function<bool(const std::vector<SaleRow>&)>& batch)
{
    std::optional<SalesPosition> after;
    for (;;) {
        const auto rows = SalesStore::list(m_db, filter, after, batchSize);
        if (rows.empty() || !batch(rows))
            return;
        if (static_cast<int>(rows.size()) < batchSize)
            return;
        after = SalesPosition{rows.back().sortKey, rows.back().id};
    }
}

SaleDetail SalesService::detail(const std::string& invoiceNumber)
{
    auto found = SalesStore::detail(m_db, invoiceNumber);
    if (!found)
        throw unknownInvoice(invoiceNumber);
    return std::move(*found);
}

RevenueSummary SalesService::summary(const std::string& fromDate, const std::string& toDate,
                                     const std::string& bucket)
{
    return SalesStore::summary(m_db, fromDate, toDate, bucket, kTopProducts);
}

std::vector<SalesAffiliate> SalesService::affiliates()
{
    return SalesStore::affiliates(m_db);
}

std::vector<SalesProduct> SalesService::products()
{
    return SalesStore::products(m_db);
}

ResendOutcome SalesService::resend(const std::string& invoiceNumber, const std::string& actorId,
                                   const std::string& ip)
{
    ResendOutcome outcome;
    m_db.transaction([&](core::Tx& tx) {
        const auto target = SalesStore::resendTarget(tx, invoiceNumber);
        if (!target)
            throw unknownInvoice(invoiceNumber);
        notify::NewNotification note;
        note.userId = target->buyerId;
        note.type = "SYSTEM";
        note.redirect = "transaction:" + target->invoiceNumber;
        note.sourceId = target->id;
        note.email = true;
        note.whatsapp = true;
        const auto what = target->title.empty()
                              ? target->invoiceNumber
                              : target->title + " (" + target->invoiceNumber + ")";
        if (target->status == "PAID") {
            outcome.notice = "confirmation";
            note.title = "Konfirmasi pembelian " + target->invoiceNumber;
            note.message = "Terima kasih! Pembayaran " + core::formatRupiah(target->amount) +
                           " untuk " + what + " sudah kami terima dan akses Anda sudah aktif.";
        } else if (target->status == "PENDING") {
            if (!target->paymentUrl)
                throw Problem::conflict(
                    {"Transaksi " + target->invoiceNumber +
                         " belum punya tautan pembayaran, jadi tidak ada yang bisa dikirim ulang. "
                         "Minta pembeli checkout ulang.",
                     "Transaction " + target->invoiceNumber +
                         " has no payment link yet, so there is nothing to resend. Ask the buyer "
                         "to check out again."});
            outcome.notice = "payment_link";
            note.title = "Tautan pembayaran " + target->invoiceNumber;
            note.message = "Selesaikan pembayaran " + core::formatRupiah(target->amount) +
                           " untuk " + what + " melalui tautan ini: " + *target->paymentUrl;
        } else {
            throw Problem::conflict(
                {"Transaksi " + target->invoiceNumber + " berstatus " + target->status +
                     "; hanya transaksi PAID (konfirmasi) atau PENDING (tautan pembayaran) yang "
                     "bisa dikirim ulang.",
                 "Transaction " + target->invoiceNumber + " is " + target->status +
                     "; only PAID (confirmation) or PENDING (payment link) transactions can be "
                     "resent."});
        }
        m_notify.notify(tx, note);

        auto after = json::object();
        after->set("notice", outcome.notice);
        after->set("status", target->status);
        after->set("at", core::isoTime(m_clock.nowMs()));
        core::audit(tx, {actorId, "sales.resend", "transaction", target->id, nullptr, after, ip});
        outcome.invoiceNumber = target->invoiceNumber;
        outcome.channels = {"email", "whatsapp"};
    });
    return outcome;
}

} // namespace ey::sales

// Commerce rules: checkout, the payment callback and memberships.
#include "CommerceService.h"

#include "CommerceStore.h"

#include "Json.h"
#include "Log.h"
#include "Problem.h"

#include <cmath>

namespace ey::commerce {

using core::Problem;
namespace json = core::json;

namespace {

const std::string kProvider = "xendit";

/// Months a plan duration buys; 0 is lifetime.
int monthsOf(const std::string& duration)
{
    if (duration == "1m")
        return 1;
    if (duration == "3m")
        return 3;
    if (duration == "6m")
        return 6;
    if (duration == "12m")
        return 12;
    return 0;
}

std::string rupiah(std::int64_t amount)
{
    std::string digits = std::to_string(amount);
    std::string out;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count > 0 && count % 3 == 0)
            out.insert(out.begin(), '.');
        out.insert(out.begin(), *it);
        ++count;
    }
    return "Rp " + out;
}

Problem badGateway(const std::string& invoiceNumber)
{
    return Problem(502, "https://eksporyuk.com/problems/payment-gateway",
                   {"Gateway pembayaran gagal", "Payment gateway failed"},
                   {"Xendit tidak dapat membuat tagihan untuk " + invoiceNumber +
                        " saat ini. Transaksi ditandai gagal; silakan coba checkout lagi beberapa "
                        "saat lagi.",
                    "Xendit could not create the invoice for " + invoiceNumber +
                        " right now. The transaction is marked failed; please try the checkout "
                        "again in a moment."});
}

} // namespace

CommerceService::CommerceService(core::Db& db, const core::Clock& clock, XenditAdapter xendit,
                                 catalog::CatalogService& catalog, finance::FinanceService& finance,
                                 notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_xendit(std::move(xendit)), m_catalog(catalog), m_finance(finance),
      m_notify(notify)
{
}

Transaction CommerceService::checkout(const std::string& buyerId, const CheckoutRequest& request)
{
    if (!m_xendit.configured())
        throw Problem::unavailable(
            {"Pembayaran online belum diaktifkan: admin perlu mengisi kunci Xendit "
             "(xendit.secret_key dan xendit.callback_token). Tidak ada transaksi yang dibuat.",
             "Online payment is not set up yet: an admin needs to enter the Xendit keys "
             "(xendit.secret_key and xendit.callback_token). No transaction was created."});

    const auto now = m_clock.nowMs();
    const bool isMember = activeMembership(buyerId).has_value();

    Transaction t;
    t.buyerId = buyerId;
    t.status = "PENDING";
    TransactionItem item;
    std::optional<std::string> seatProductId;
    if (request.planSlug) {
        const auto plan = m_catalog.publicPlan(*request.planSlug);
        const catalog::PlanPrice* chosen = nullptr;
        for (const auto& price : plan.prices)
            if (request.duration ? price.duration == *request.duration : plan.prices.size() == 1)
                chosen = &price;
        if (!chosen)
            throw Problem::validation(
                {{"duration",
                  {"Pilih durasi yang tersedia untuk paket ini (1m, 3m, 6m, 12m atau lifetime).",
                   "Choose a duration this plan offers (1m, 3m, 6m, 12m or lifetime)."}}});
        item = {"plan", plan.id, plan.title, chosen->duration, chosen->price, 1, 0};
        t.commissionKind = plan.commissionType;
        t.commissionValue =
            plan.commissionType == "percent" ? plan.commissionValue * 100 : plan.commissionValue;
    } else {
        const auto product = m_catalog.publicProduct(*request.productSlug);
        if (product.status != "publish")
            throw Problem::conflict({"Produk ini belum bisa dibeli (segera hadir).",
                                     "This product cannot be bought yet (coming soon)."});
        item = {"product",
                product.id,
                product.title,
                std::nullopt,
                catalog::CatalogService::effectivePrice(product, now, isMember),
                1,
                0};
        t.commissionKind = "percent";
        t.commissionValue = static_cast<std::int64_t>(product.affiliatePercent) * 100;
        if (product.category == "kelas")
            t.mentorId = product.creatorId;
        if (product.stock)
            seatProductId = product.id;
    }

    t.amount = item.unitPrice;
    if (request.couponCode) {
        const auto quote =
            m_catalog.checkCoupon({*request.couponCode, request.planSlug, request.productSlug,
                                   item.duration, buyerId, isMember});
        if (!quote.outcome.valid)
            throw Problem::validation(
                {{"coupon_code", quote.outcome.reason.value_or(core::Text{
                                     "Kupon tidak bisa dipakai.", "The coupon cannot be used."})}});
        item.discount = quote.outcome.discount;
        t.amount = quote.outcome.total;
        t.couponId = quote.couponId;
        t.affiliateId = quote.ownerAffiliateId;
    }
    if (t.amount <= 0)
        throw Problem::conflict(
            {"Total pembayaran Rp 0 tidak bisa dibayar lewat Xendit; hubungi admin untuk "
             "mengaktifkan item gratis.",
             "A total of Rp 0 cannot be paid through Xendit; ask an admin to activate free "
             "items."});

    m_db.transaction([&](core::Tx& tx) {
        if (seatProductId && !catalog::CatalogService::takeSeat(tx, *seatProductId))
            throw Problem::conflict({"Kursi untuk produk ini sudah habis.",
                                     "There are no seats left for this product."});
        t.invoiceNumber = CommerceStore::nextInvoiceNumber(tx);
        t.id = CommerceStore::insertTransaction(tx, t, now);
        CommerceStore::insertItem(tx, t.id, item);
        CommerceStore::insertHistory(tx, t.id, std::nullopt, "PENDING", std::nullopt,
                                     std::string("checkout"), now);
    });

    const auto stored = CommerceStore::byInvoice(m_db, t.invoiceNumber, false);
    try {
        const auto invoice = m_xendit.createInvoice({t.invoiceNumber, t.amount, stored->buyerEmail,
                                                     item.title + " (" + t.invoiceNumber + ")"});
        m_db.transaction([&](core::Tx& tx) {
            CommerceStore::setGatewayInvoice(tx, t.id, invoice.id, invoice.invoiceUrl);
        });
    } catch (const XenditError& e) {
        core::log::server()->warn("checkout {}: {}", t.invoiceNumber, e.what());
        m_db.transaction([&](core::Tx& tx) {
            CommerceStore::setStatus(tx, t.id, "FAILED", std::nullopt);
            CommerceStore::setFailure(tx, t.id, e.what());
            CommerceStore::insertHistory(tx, t.id, std::string("PENDING"), "FAILED", std::nullopt,
                                         std::string(e.what()), m_clock.nowMs());
        });
        throw badGateway(t.invoiceNumber);
    }
    return transaction(t.invoiceNumber, std::nullopt);
}

bool CommerceService::callbackTokenMatches(const std::string& token) const
{
    return m_xendit.callbackTokenMatches(token);
}

CallbackOutcome CommerceService::handleXenditCallback(const std::string& rawBody)
{
    const auto body = json::parseObject(rawBody);
    const auto id = body->optValue<std::string>("id", "");
    const auto externalId = body->optValue<std::string>("external_id", "");
    const auto status = body->optValue<std::string>("status", "");
    if (id.empty() || externalId.empty() || status.empty() || !body->has("amount"))
        throw Problem::badRequest({"Callback Xendit tidak lengkap: id, external_id, status dan "
                                   "amount wajib ada.",
                                   "The Xendit callback is incomplete: id, external_id, status "
                                   "and amount are required."});
    double paidAmount = 0;
    try {
        paidAmount = body->getValue<double>("amount");
    } catch (const Poco::Exception&) {
        throw Problem::badRequest(
            {"Nilai amount pada callback bukan angka.", "The callback's amount is not a number."});
    }
    const auto currency = body->optValue<std::string>("currency", "IDR");
    const auto payload = json::stringify(body);

    CallbackOutcome outcome;
    m_db.transaction([&](core::Tx& tx) {
        outcome = {};
        const auto now = m_clock.nowMs();
        // The unique (provider, event key) row is the once-only gate: a parallel duplicate waits
        // here for the first to commit, then finds the key taken.
        const auto eventId =
            CommerceStore::insertPaymentEvent(tx, kProvider, id + ":" + status, payload, now);
        if (!eventId) {
            outcome.duplicate = true;
            outcome.result = "duplicate";
            return;
        }
        const auto found = CommerceStore::byInvoice(tx, externalId, true);
        if (!found) {
            CommerceStore::markEvent(tx, *eventId, std::nullopt,
                                     std::string("unknown external_id " + externalId));
            outcome.flagged = true;
            outcome.result = "flagged";
            return;
        }
        const auto& t = *found;
        auto flag = [&](const std::string& reason) {
            CommerceStore::markEvent(tx, *eventId, t.id, reason);
            CommerceStore::flag(tx, t.id, reason);
            outcome.flagged = true;
            outcome.result = "flagged";
        };
        if (t.gatewayInvoiceId && *t.gatewayInvoiceId != id) {
            flag("callback invoice id " + id + " is not the invoice " + *t.gatewayInvoiceId);
            return;
        }
        if (std::llround(paidAmount) != t.amount || paidAmount != std::floor(paidAmount) ||
            currency != t.currency) {
            flag("callback amount " + std::to_string(std::llround(paidAmount)) + " " + currency +
                 " differs from " + std::to_string(t.amount) + " " + t.currency);
            return;
        }
        CommerceStore::markEvent(tx, *eventId, t.id, std::nullopt);

        if (status == "PAID" || status == "SETTLED") {
            if (t.status == "PAID" || t.status == "REFUNDED") {
                outcome.result = "ignored"; // already settled by an earlier event
                return;
            }
            CommerceStore::setStatus(tx, t.id, "PAID", now);
            CommerceStore::insertHistory(tx, t.id, t.status, "PAID", payload, std::nullopt, now);
            activate(tx, t, CommerceStore::items(tx, t.id), now);
            outcome.result = "paid";
        } else if (status == "EXPIRED") {
            // Never downgrade: an EXPIRED arriving after PAID (out of order) changes nothing.
            if (t.status != "PENDING") {
                outcome.result = "ignored";
                return;
            }
            CommerceStore::setStatus(tx, t.id, "EXPIRED", std::nullopt);
            CommerceStore::insertHistory(tx, t.id, t.status, "EXPIRED", payload, std::nullopt, now);
            outcome.result = "expired";
        } else {
            outcome.result = "ignored";
        }
    });
    return outcome;
}

void CommerceService::activate(core::Tx& tx, const Transaction& t,
                               const std::vector<TransactionItem>& items, std::int64_t now)
{
    if (t.couponId &&
        !catalog::CatalogService::redeemCoupon(tx, *t.couponId, t.buyerId, t.invoiceNumber, now))
        // The buyer has paid, so access is granted anyway; the sales desk sees why it is flagged.
        CommerceStore::flag(tx, t.id, "coupon was used up when the payment arrived");

    std::string granted;
    CommerceStore::lockBuyer(tx, t.buyerId);
    for (const auto& item : items) {
        if (item.kind != "plan")
            continue;
        const int months = monthsOf(item.duration.value_or("lifetime"));
        const auto current = CommerceStore::activeMembership(tx, t.buyerId, std::nullopt, true);
        if (current && current->planId == item.ref) {
            // Renewal keeps the same membership row (and so the member's progress).
            if (months == 0)
                CommerceStore::makeLifetime(tx, current->id, now);
            else
                CommerceStore::extendMembership(tx, current->id, months, now);
        } else {
            if (current)
                CommerceStore::expireMembership(tx, current->id, now);
            CommerceStore::insertMembership(tx, t.buyerId, item.ref, months, t.id, now);
        }
        granted = item.title;
    }

    finance::Sale sale;
    sale.reference = t.invoiceNumber;
    sale.gross = t.amount;
    sale.affiliateId = t.affiliateId;
    sale.commission.kind = t.commissionKind == "fixed" ? finance::Commission::Kind::Fixed
                                                       : finance::Commission::Kind::Percent;
    sale.commission.value = t.commissionValue;
    sale.mentorId = t.mentorId;
    sale.memo = "Penjualan " + t.invoiceNumber;
    m_finance.postSale(tx, sale);

    notify::NewNotification note;
    note.userId = t.buyerId;
    note.type = "SYSTEM";
    note.title = "Pembayaran " + t.invoiceNumber + " diterima";
    note.message = "Terima kasih! Pembayaran " + rupiah(t.amount) + " untuk " + t.invoiceNumber +
                   " sudah kami terima." +
                   (granted.empty() ? "" : " Keanggotaan " + granted + " Anda sudah aktif.");
    note.redirect = "transaction:" + t.invoiceNumber;
    note.sourceId = t.id;
    note.email = true;
    m_notify.notify(tx, note);

    auto data = json::object();
    data->set("invoice_number", t.invoiceNumber);
    data->set("status", "PAID");
    m_notify.publish(tx, {{}, "sales.read", false}, "transaction.updated", data);
}

std::optional<Membership> CommerceService::activeMembership(const std::string& userId)
{
    return CommerceStore::activeMembership(m_db, userId, m_clock.nowMs(), false);
}

Transaction CommerceService::transaction(const std::string& invoiceNumber,
                                         const std::optional<std::string>& buyerId)
{
    auto t = CommerceStore::byInvoice(m_db, invoiceNumber, false);
    if (!t || (buyerId && t->buyerId != *buyerId))
        throw Problem::notFound({"Transaksi " + invoiceNumber + " tidak ditemukan.",
                                 "Transaction " + invoiceNumber + " was not found."});
    t->items = CommerceStore::items(m_db, t->id);
    t->history = CommerceStore::history(m_db, t->id);
    return *t;
}

std::vector<Transaction>
CommerceService::transactions(const TransactionFilter& filter,
                              const std::optional<TransactionPosition>& after, int limit)
{
    auto list = CommerceStore::list(m_db, filter, after, limit);
    for (auto& t : list)
        t.items = CommerceStore::items(m_db, t.id);
    return list;
}

} // namespace ey::commerce

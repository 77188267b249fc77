// Commerce rules: checkout, the payment callback and memberships.
#include "CommerceService.h"

#include "CommerceStore.h"

#include "PermissionHolders.h"

#include "Audit.h"
#include "Json.h"
#include "Log.h"
#include "Problem.h"
#include "Strings.h"
#include "TransferProof.h"

#include <algorithm>
#include <cmath>

namespace ey::commerce {

using core::Problem;
namespace json = core::json;

namespace {

const std::string kProvider = "xendit";
const std::string kSalesManage = "sales.manage";

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

Problem notConfiguredManual()
{
    return Problem::unavailable(
        {"Transfer bank manual belum diaktifkan: admin perlu mengisi payments.manual_bank_name, "
         "payments.manual_account_number dan payments.manual_account_holder. Tidak ada transaksi "
         "yang dibuat.",
         "Manual bank transfer is not set up yet: an admin needs to enter "
         "payments.manual_bank_name, payments.manual_account_number and "
         "payments.manual_account_holder. No transaction was created."});
}

Problem notFoundTransaction(const std::string& invoiceNumber)
{
    return Problem::notFound({"Transaksi " + invoiceNumber + " tidak ditemukan.",
                              "Transaction " + invoiceNumber + " was not found."});
}

/// What the ledger credited to the affiliate's wallet in a sale entry (or took back in a refund).
std::int64_t affiliateShare(const finance::JournalEntry& entry)
{
    std::int64_t total = 0;
    for (const auto& posting : entry.postings)
        if (posting.accountKind == "wallet" && posting.role && *posting.role == "affiliate")
            total += posting.amount;
    return total;
}

core::json::ObjectPtr auditState(const Transaction& t)
{
    auto object = json::object();
    object->set("invoice_number", t.invoiceNumber);
    object->set("status", t.status);
    object->set("amount", t.amount);
    object->set("refunded_amount", t.refundedAmount);
    return object;
}

} // namespace

CommerceService::CommerceService(core::Db& db, const core::Clock& clock, const core::Config& config,
                                 core::FileStore& files, XenditAdapter xendit,
                                 catalog::CatalogService& catalog, finance::FinanceService& finance,
                                 notify::NotifyService& notify,
                                 affiliate::AffiliateService& affiliates,
                                 followup::FollowUpService& followups)
    : m_db(db), m_clock(clock), m_config(config), m_files(files), m_xendit(std::move(xendit)),
      m_catalog(catalog), m_finance(finance), m_notify(notify), m_affiliates(affiliates),
      m_followups(followups)
{
}

std::int64_t CommerceService::unusedValue(std::int64_t paid, std::int64_t remainingMs,
                                          std::int64_t totalMs)
{
    if (paid <= 0 || remainingMs <= 0 || totalMs <= 0)
        return 0;
    remainingMs = std::min(remainingMs, totalMs);
    // 128 bits: a price up to Rp 10^12 times milliseconds of a multi-year period overflows 64.
    __extension__ using Wide = __int128;
    return static_cast<std::int64_t>(static_cast<Wide>(paid) * remainingMs / totalMs);
}

CommerceService::Priced CommerceService::price(const std::string& buyerId,
                                               const CheckoutRequest& request, std::int64_t now)
{
    const auto current = activeMembership(buyerId);
    const bool isMember = current.has_value();

    Priced p;
    auto& t = p.t;
    auto& item = p.item;
    t.buyerId = buyerId;
    t.status = "PENDING";
    t.gateway = request.paymentMethod;
    std::int64_t credit = 0;
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
        if (current && current->planId != plan.id) {
            // Another plan while one is active: an upgrade, priced per the NEW plan's mode.
            UpgradeQuote upgrade;
            upgrade.fromMembershipId = current->id;
            upgrade.fromPlanId = current->planId;
            upgrade.fromPlanSlug = current->planSlug;
            upgrade.fromPlanTitle = current->planTitle;
            upgrade.mode = plan.upgradePaymentMode;
            const auto value = CommerceStore::membershipValue(m_db, *current, now);
            upgrade.fromLifetime = value.lifetime;
            upgrade.remainingDays = value.remainingMs / (24LL * 3600 * 1000);
            // A lifetime membership has no end to measure what is left by: it gives no credit.
            if (upgrade.mode == "accumulate" && !value.lifetime)
                credit = unusedValue(value.paid, value.remainingMs, value.totalMs);
            t.upgradeFromMembershipId = current->id;
            t.upgradeMode = upgrade.mode;
            p.quote.upgrade = upgrade;
        }
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
            p.seatProductId = product.id;
    }

    p.quote.subtotal = item.unitPrice;
    if (request.couponCode) {
        const auto quote =
            m_catalog.checkCoupon({*request.couponCode, request.planSlug, request.productSlug,
                                   item.duration, buyerId, isMember});
        if (!quote.outcome.valid)
            throw Problem::validation(
                {{"coupon_code", quote.outcome.reason.value_or(core::Text{
                                     "Kupon tidak bisa dipakai.", "The coupon cannot be used."})}});
        p.quote.couponDiscount = std::min(quote.outcome.discount, p.quote.subtotal);
        t.couponId = quote.couponId;
        t.affiliateId = quote.ownerAffiliateId;
    }
    // The credit is shown as part of the item's discount and never makes the total negative.
    p.quote.upgradeCredit = std::min(credit, p.quote.subtotal - p.quote.couponDiscount);
    p.quote.total = p.quote.subtotal - p.quote.couponDiscount - p.quote.upgradeCredit;
    item.discount = p.quote.couponDiscount + p.quote.upgradeCredit;
    t.upgradeCredit = p.quote.upgradeCredit;
    t.amount = p.quote.total;
    return p;
}

CheckoutQuote CommerceService::quote(const std::string& buyerId, const CheckoutRequest& request)
{
    return price(buyerId, request, m_clock.nowMs()).quote;
}

BankInstructions CommerceService::bankInstructions() const
{
    BankInstructions bank{m_config.value("payments.manual_bank_name"),
                          m_config.value("payments.manual_account_number"),
                          m_config.value("payments.manual_account_holder")};
    if (bank.bankName.empty() || bank.accountNumber.empty() || bank.accountHolder.empty())
        throw notConfiguredManual();
    return bank;
}

Transaction CommerceService::checkout(const std::string& buyerId, const CheckoutRequest& request)
{
    auto priced = price(buyerId, request, m_clock.nowMs());
    // With nothing to pay (priced.t.amount == 0) no payment method needs to be set up.
    if (priced.t.amount > 0 && request.paymentMethod == "manual")
        bankInstructions(); // refuses before anything is stored
    else if (priced.t.amount > 0 && !m_xendit.configured())
        throw Problem::unavailable(
            {"Pembayaran online belum diaktifkan: admin perlu mengisi kunci Xendit "
             "(xendit.secret_key dan xendit.callback_token). Tidak ada transaksi yang dibuat.",
             "Online payment is not set up yet: an admin needs to enter the Xendit keys "
             "(xendit.secret_key and xendit.callback_token). No transaction was created."});
    return open(priced.t, {priced.item}, priced.seatProductId, request.referralCode, true);
}

Transaction CommerceService::agentCheckout(const std::string& agentId,
                                           const std::vector<AgentOrderLine>& lines,
                                           const std::string& paymentMethod)
{
    if (paymentMethod == "manual")
        bankInstructions();
    else if (!m_xendit.configured())
        throw Problem::unavailable(
            {"Pembayaran online belum diaktifkan: admin perlu mengisi kunci Xendit. Tidak ada "
             "transaksi yang dibuat.",
             "Online payment is not set up yet: an admin needs to enter the Xendit keys. No "
             "transaction was created."});

    std::vector<affiliate::AgentLine> agentLines;
    for (const auto& line : lines) {
        const auto product = m_catalog.publicProduct(line.productSlug);
        if (product.status != "publish")
            throw Problem::conflict(
                {"Produk " + product.title + " belum bisa dibeli (segera hadir).",
                 "Product " + product.title + " cannot be bought yet (coming soon)."});
        agentLines.push_back({product.id, line.mode, line.quantity});
    }
    affiliate::AgentQuote quote;
    m_db.transaction(
        [&](core::Tx& tx) { quote = m_affiliates.agentQuote(tx, agentId, agentLines); });
    if (quote.lines.empty() || quote.total <= 0)
        throw Problem::conflict({"Harga agen untuk pesanan ini belum tersedia; hubungi admin.",
                                 "Agent pricing for this order is not available yet; ask an "
                                 "admin."});

    Transaction t;
    t.buyerId = agentId;
    t.status = "PENDING";
    t.gateway = paymentMethod;
    t.amount = quote.total;
    t.affiliateId = quote.affiliateId;
    // Seed 004: the affiliate earns the fixed fee only when the agent has one; else nothing.
    t.feeAffiliate = quote.affiliateId ? quote.feeAffiliate : 0;
    t.commissionKind = "fixed";
    t.commissionValue = t.feeAffiliate;
    std::vector<TransactionItem> items;
    for (const auto& line : quote.lines)
        items.push_back({"product", line.productId, line.title + " (" + line.mode + ")",
                         std::nullopt, line.unitPrice, line.quantity, 0});
    // Agent orders bring their affiliate with the quote.
    return open(t, items, std::nullopt, std::nullopt, false);
}

Transaction CommerceService::open(Transaction t, const std::vector<TransactionItem>& items,
                                  const std::optional<std::string>& seatProductId,
                                  const std::optional<std::string>& referralCode, bool attribute)
{
    if (t.amount < 0)
        throw std::logic_error("open: negative total for " + t.buyerId);
    // A free product, or a coupon or upgrade credit covering the whole price: nothing to pay, so
    // the order is activated at once through the same path as a payment.
    const bool free = t.amount == 0;
    if (free)
        t.gateway = "free";
    const auto now = m_clock.nowMs();
    std::optional<std::int64_t> payBefore;
    if (t.gateway == "manual")
        payBefore = now + manualPayWindowMs();
    m_db.transaction([&](core::Tx& tx) {
        if (seatProductId && !catalog::CatalogService::takeSeat(tx, *seatProductId))
            throw Problem::conflict({"Kursi untuk produk ini sudah habis.",
                                     "There are no seats left for this product."});
        t.seatProductId = seatProductId;
        if (attribute) {
            // A coupon's owner wins over the referral code, and never the buyer themselves.
            const auto attribution =
                m_affiliates.attribute(tx, t.buyerId, referralCode, t.affiliateId);
            t.affiliateId = attribution.affiliateId;
        }
        t.invoiceNumber = CommerceStore::nextInvoiceNumber(tx);
        t.id = CommerceStore::insertTransaction(tx, t, now, payBefore);
        for (const auto& item : items)
            CommerceStore::insertItem(tx, t.id, item);
        CommerceStore::insertHistory(tx, t.id, std::nullopt, "PENDING", std::nullopt,
                                     std::string(t.gateway == "manual"
                                                     ? "checkout (transfer manual)"
                                                 : free ? "checkout (gratis)"
                                                        : "checkout"),
                                     now);
        if (free)
            markPaid(tx, *CommerceStore::byInvoice(tx, t.invoiceNumber, true), std::nullopt,
                     std::string("total Rp 0: diaktifkan tanpa pembayaran"), now);
    });
    if (t.gateway != "xendit")
        return transaction(t.invoiceNumber, std::nullopt);

    const auto stored = CommerceStore::byInvoice(m_db, t.invoiceNumber, false);
    const auto description =
        (items.size() == 1 ? items.front().title : std::to_string(items.size()) + " item") + " (" +
        t.invoiceNumber + ")";
    try {
        const auto invoice =
            m_xendit.createInvoice({t.invoiceNumber, t.amount, stored->buyerEmail, description});
        m_db.transaction([&](core::Tx& tx) {
            CommerceStore::setGatewayInvoice(tx, t.id, invoice.id, invoice.invoiceUrl);
        });
    } catch (const XenditError& e) {
        core::log::server()->warn("checkout {}: {}", t.invoiceNumber, e.what());
        m_db.transaction([&](core::Tx& tx) {
            CommerceStore::setStatus(tx, t.id, "FAILED", std::nullopt);
            releaseSeat(tx, t);
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

void CommerceService::registerInvoiceOwner(const std::string& prefix, InvoiceOwner owner)
{
    if (prefix.empty() || !owner)
        throw std::logic_error("registerInvoiceOwner: a prefix and an owner are required");
    std::lock_guard lock(m_ownersMutex);
    m_invoiceOwners.emplace_back(prefix, std::move(owner));
}

InvoiceOwner CommerceService::invoiceOwner(const std::string& externalId) const
{
    std::lock_guard lock(m_ownersMutex);
    for (const auto& [prefix, owner] : m_invoiceOwners)
        if (externalId.rfind(prefix, 0) == 0)
            return owner;
    return {};
}

bool CommerceService::gatewayConfigured() const
{
    return m_xendit.configured();
}

XenditInvoice CommerceService::createGatewayInvoice(const InvoiceRequest& request) const
{
    return m_xendit.createInvoice(request);
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
            if (const auto owner = invoiceOwner(externalId)) {
                const auto owned =
                    owner(tx, {id, externalId, status, paidAmount, currency, payload, now});
                CommerceStore::markEvent(tx, *eventId, std::nullopt, owned.flagReason);
                outcome.flagged = owned.flagReason.has_value();
                outcome.result = owned.result;
                return;
            }
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
            markPaid(tx, t, payload, std::nullopt, now);
            outcome.result = "paid";
        } else if (status == "EXPIRED") {
            // Never downgrade: an EXPIRED arriving after PAID (out of order) changes nothing.
            if (t.status != "PENDING") {
                outcome.result = "ignored";
                return;
            }
            CommerceStore::setStatus(tx, t.id, "EXPIRED", std::nullopt);
            releaseSeat(tx, t);
            CommerceStore::insertHistory(tx, t.id, t.status, "EXPIRED", payload, std::nullopt, now);
            outcome.result = "expired";
        } else {
            outcome.result = "ignored";
        }
    });
    return outcome;
}

void CommerceService::markPaid(core::Sql& tx, const Transaction& t,
                               const std::optional<std::string>& payload,
                               const std::optional<std::string>& note, std::int64_t now)
{
    CommerceStore::setStatus(tx, t.id, "PAID", now);
    CommerceStore::insertHistory(tx, t.id, t.status, "PAID", payload, note, now);
    activate(tx, t, CommerceStore::items(tx, t.id), now);
}

void CommerceService::activate(core::Sql& tx, const Transaction& t,
                               const std::vector<TransactionItem>& items, std::int64_t now)
{
    if (t.couponId &&
        !catalog::CatalogService::redeemCoupon(tx, *t.couponId, t.buyerId, t.invoiceNumber, now))
        // The buyer has paid, so access is granted anyway; the sales desk sees why it is flagged.
        CommerceStore::flag(tx, t.id, "coupon was used up when the payment arrived");

    std::string granted;
    std::vector<followup::FollowUpStep> steps;
    std::string followupTitle;
    CommerceStore::lockBuyer(tx, t.buyerId);
    for (const auto& item : items) {
        if (item.kind == "product") {
            const auto facts = CommerceStore::productFacts(tx, item.ref);
            std::optional<std::int64_t> endsAt;
            if (facts.accessDays)
                endsAt = now + *facts.accessDays * 24LL * 3600 * 1000;
            CommerceStore::grant(tx, t.buyerId, "product", item.ref, std::nullopt, t.id, now,
                                 endsAt);
            for (const auto& bundled : facts.bundleItemIds)
                CommerceStore::grant(tx, t.buyerId, "product", bundled, std::nullopt, t.id, now,
                                     endsAt);
            // What the product links (groups, courses, events, files) ends with the product.
            for (const auto& [kind, ref] : facts.grants)
                CommerceStore::grant(tx, t.buyerId, kind, ref, std::nullopt, t.id, now, endsAt);
            for (const auto& [delayDays, text] : facts.followups)
                steps.push_back({delayDays, text});
            if (followupTitle.empty())
                followupTitle = item.title;
            continue;
        }
        const int months = catalog::monthsOf(item.duration.value_or("lifetime"));
        const auto facts = CommerceStore::planFacts(tx, item.ref);
        const auto current = CommerceStore::activeMembership(tx, t.buyerId, std::nullopt, true);
        // A membership whose end already passed is replaced, not upgraded from.
        const bool running =
            current && CommerceStore::activeMembership(tx, t.buyerId, now, false).has_value();
        std::string membershipId;
        if (current && current->planId == item.ref) {
            // Renewal keeps the same membership row (and so the member's progress).
            if (months == 0)
                CommerceStore::makeLifetime(tx, current->id, t.id, now);
            else
                CommerceStore::extendMembership(tx, current->id, months, t.id, now);
            membershipId = current->id;
        } else {
            if (current) {
                // Upgrade (or a move to another plan): the old one ends now, its grants close.
                CommerceStore::expireMembership(tx, current->id, now);
                CommerceStore::revokeByMembership(tx, current->id, now);
            }
            membershipId =
                CommerceStore::insertMembership(tx, t.buyerId, item.ref, months, t.id, now);
            if (running) {
                const bool priced = t.upgradeFromMembershipId == current->id;
                CommerceStore::insertUpgradeLog(tx, t.buyerId, *current, item.ref, membershipId,
                                                t.upgradeMode.value_or(facts.upgradeMode.empty()
                                                                           ? std::string("full")
                                                                           : facts.upgradeMode),
                                                t.amount, priced ? t.upgradeCredit : 0, t.id, now);
            }
        }
        // Membership grants carry no end of their own: they last exactly as long as it does.
        for (const auto& [kind, ref] : facts.grants)
            CommerceStore::grant(tx, t.buyerId, kind, ref, membershipId, std::nullopt, now,
                                 std::nullopt);
        for (const auto& [delayDays, text] : facts.followups)
            steps.push_back({delayDays, text});
        granted = item.title;
        followupTitle = item.title;
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
    // No money moved on a free activation, so there is nothing to post or to earn a commission on.
    if (t.amount > 0) {
        const auto entry = m_finance.postSale(tx, sale);
        if (t.affiliateId)
            m_affiliates.recordConversion(tx,
                                          {t.id, *t.affiliateId, t.amount, affiliateShare(entry)});
    }
    m_followups.schedule(tx, {t.id, t.invoiceNumber, t.buyerId, t.buyerName, followupTitle, now},
                         steps);

    notify::NewNotification note;
    note.userId = t.buyerId;
    note.type = "SYSTEM";
    if (t.amount > 0) {
        note.title = "Pembayaran " + t.invoiceNumber + " diterima";
        note.message = "Terima kasih! Pembayaran " + core::formatRupiah(t.amount) + " untuk " +
                       t.invoiceNumber + " sudah kami terima." +
                       (granted.empty() ? "" : " Keanggotaan " + granted + " Anda sudah aktif.");
    } else {
        note.title = "Pesanan " + t.invoiceNumber + " aktif";
        note.message = "Pesanan " + t.invoiceNumber + " tidak perlu dibayar dan sudah aktif." +
                       (granted.empty() ? "" : " Keanggotaan " + granted + " Anda sudah aktif.");
    }
    note.redirect = "transaction:" + t.invoiceNumber;
    note.sourceId = t.id;
    note.email = true;
    note.whatsapp = true;
    m_notify.notify(tx, note);

    auto data = json::object();
    data->set("invoice_number", t.invoiceNumber);
    data->set("status", "PAID");
    m_notify.publish(tx, {{}, "sales.read", false}, "transaction.updated", data);
}

Transaction CommerceService::requireManualPending(core::Sql& tx, const std::string& invoiceNumber)
{
    const auto found = CommerceStore::byInvoice(tx, invoiceNumber, true);
    if (!found)
        throw notFoundTransaction(invoiceNumber);
    if (found->gateway != "manual" || found->status != "PENDING")
        throw Problem::conflict({"Transaksi " + invoiceNumber +
                                     " bukan transfer manual yang menunggu konfirmasi "
                                     "(status " +
                                     found->status + ").",
                                 "Transaction " + invoiceNumber +
                                     " is not a manual transfer awaiting confirmation "
                                     "(status " +
                                     found->status + ")."});
    return *found;
}

Transaction CommerceService::uploadProof(const std::string& buyerId,
                                         const std::string& invoiceNumber, const std::string& bytes)
{
    const auto type = core::requireTransferProof(bytes);
    {
        // Check before writing the file, so a refused upload leaves nothing behind.
        const auto t = CommerceStore::byInvoice(m_db, invoiceNumber, false);
        if (!t || t->buyerId != buyerId)
            throw notFoundTransaction(invoiceNumber);
    }
    const auto key = m_files.save(bytes);
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto t = requireManualPending(tx, invoiceNumber);
            if (t.buyerId != buyerId)
                throw notFoundTransaction(invoiceNumber);
            const auto now = m_clock.nowMs();
            CommerceStore::setProof(tx, t.id, key, type.mime, now);
            CommerceStore::insertHistory(tx, t.id, t.status, t.status, std::nullopt,
                                         std::string("bukti transfer diunggah pembeli"), now);
            for (const auto& staff : notify::permissionHolders(tx, kSalesManage)) {
                notify::NewNotification note;
                note.userId = staff;
                note.type = "SYSTEM";
                note.title = "Bukti transfer " + t.invoiceNumber;
                note.message = t.buyerName + " mengunggah bukti transfer " +
                               core::formatRupiah(t.amount) + " untuk " + t.invoiceNumber +
                               ". Periksa lalu konfirmasi.";
                note.redirect = "transaction:" + t.invoiceNumber;
                note.sourceId = t.id;
                m_notify.notify(tx, note);
            }
            auto data = json::object();
            data->set("invoice_number", t.invoiceNumber);
            data->set("status", t.status);
            data->set("proof_uploaded", true);
            m_notify.publish(tx, {{}, kSalesManage, false}, "transaction.proof_uploaded", data);
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    return transaction(invoiceNumber, buyerId);
}

std::pair<std::string, std::string> CommerceService::proof(const std::string& invoiceNumber)
{
    const auto stored = CommerceStore::proof(m_db, invoiceNumber);
    const auto bytes = stored ? m_files.read(stored->first) : std::nullopt;
    if (!bytes)
        throw Problem::notFound({"Belum ada bukti transfer untuk " + invoiceNumber + ".",
                                 "There is no transfer proof for " + invoiceNumber + " yet."});
    return {*bytes, stored->second};
}

Transaction CommerceService::confirmManual(const Actor& actor, const std::string& invoiceNumber)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto t = requireManualPending(tx, invoiceNumber);
        const auto now = m_clock.nowMs();
        markPaid(tx, t, std::nullopt, "transfer manual dikonfirmasi oleh " + actor.userId, now);
        auto after = auditState(t);
        after->set("status", "PAID");
        core::audit(tx, {actor.userId, "transaction.confirm_manual", "transaction", t.id,
                         auditState(t), after, actor.ip});
    });
    return transaction(invoiceNumber, std::nullopt);
}

void CommerceService::releaseSeat(core::Sql& tx, const Transaction& t)
{
    if (const auto product = CommerceStore::clearSeat(tx, t.id))
        catalog::CatalogService::returnSeat(tx, *product);
}

std::int64_t CommerceService::manualPayWindowMs() const
{
    return m_config.integer("payments.manual_pay_hours", 24, 1, 24 * 30) * 3600 * 1000;
}

int CommerceService::expireOverdueManualTransfers(const std::function<bool()>& stopping)
{
    int expired = 0;
    const auto now = m_clock.nowMs();
    for (const auto& invoice : CommerceStore::overdueManualTransfers(m_db, now, 200)) {
        if (stopping())
            break;
        m_db.transaction([&](core::Tx& tx) {
            // Re-checked under the row lock: the buyer may have uploaded a proof, or finance
            // confirmed, or another instance expired it, since the list was read.
            const auto t = CommerceStore::byInvoice(tx, invoice, true);
            if (!t || t->status != "PENDING" || t->gateway != "manual" || t->proofUploadedAt)
                return;
            CommerceStore::setStatus(tx, t->id, "EXPIRED", std::nullopt);
            releaseSeat(tx, *t);
            CommerceStore::insertHistory(tx, t->id, t->status, "EXPIRED", std::nullopt,
                                         std::string("batas waktu transfer manual lewat tanpa "
                                                     "bukti pembayaran"),
                                         now);
            notify::NewNotification note;
            note.userId = t->buyerId;
            note.type = "SYSTEM";
            note.title = "Pesanan " + t->invoiceNumber + " kedaluwarsa";
            note.message = "Batas waktu transfer untuk " + t->invoiceNumber + " (" +
                           core::formatRupiah(t->amount) +
                           ") sudah lewat tanpa bukti pembayaran. Silakan checkout ulang bila "
                           "masih berminat.";
            note.redirect = "transaction:" + t->invoiceNumber;
            note.sourceId = t->id;
            note.email = true;
            m_notify.notify(tx, note);
            auto data = json::object();
            data->set("invoice_number", t->invoiceNumber);
            data->set("status", "EXPIRED");
            m_notify.publish(tx, {{}, "sales.read", false}, "transaction.updated", data);
            ++expired;
        });
    }
    return expired;
}

void CommerceService::startSweeper(std::chrono::milliseconds interval)
{
    m_sweeper = std::make_unique<core::PeriodicWorker>(
        "manual-transfer expiry",
        [this](const std::function<bool()>& stopping) {
            return expireOverdueManualTransfers(stopping);
        },
        interval);
}

Transaction CommerceService::rejectManual(const Actor& actor, const std::string& invoiceNumber,
                                          const std::string& reason)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto t = requireManualPending(tx, invoiceNumber);
        const auto now = m_clock.nowMs();
        CommerceStore::setStatus(tx, t.id, "FAILED", std::nullopt);
        releaseSeat(tx, t);
        CommerceStore::setFailure(tx, t.id, reason);
        CommerceStore::insertHistory(tx, t.id, t.status, "FAILED", std::nullopt,
                                     "transfer manual ditolak oleh " + actor.userId + ": " + reason,
                                     now);
        auto after = auditState(t);
        after->set("status", "FAILED");
        after->set("reason", reason);
        core::audit(tx, {actor.userId, "transaction.reject_manual", "transaction", t.id,
                         auditState(t), after, actor.ip});
        notify::NewNotification note;
        note.userId = t.buyerId;
        note.type = "SYSTEM";
        note.title = "Transfer " + t.invoiceNumber + " ditolak";
        note.message = "Transfer untuk " + t.invoiceNumber +
                       " tidak dapat kami konfirmasi: " + reason +
                       ". Silakan checkout ulang atau hubungi admin.";
        note.redirect = "transaction:" + t.invoiceNumber;
        note.sourceId = t.id;
        note.email = true;
        note.whatsapp = true;
        m_notify.notify(tx, note);
        auto data = json::object();
        data->set("invoice_number", t.invoiceNumber);
        data->set("status", "FAILED");
        m_notify.publish(tx, {{}, "sales.read", false}, "transaction.updated", data);
    });
    return transaction(invoiceNumber, std::nullopt);
}

Transaction CommerceService::refund(const Actor& actor, const std::string& invoiceNumber,
                                    const RefundRequest& request)
{
    m_db.transaction([&](core::Tx& tx) {
        // The row lock orders concurrent refunds of one transaction; the guarded UPDATE and the
        // schema CHECK back it up.
        const auto found = CommerceStore::byInvoice(tx, invoiceNumber, true);
        if (!found)
            throw notFoundTransaction(invoiceNumber);
        const auto& t = *found;
        if (t.status != "PAID")
            throw Problem::conflict({"Hanya transaksi berstatus PAID yang bisa direfund; " +
                                         invoiceNumber + " berstatus " + t.status + ".",
                                     "Only PAID transactions can be refunded; " + invoiceNumber +
                                         " is " + t.status + "."});
        const auto refundable = t.amount - t.refundedAmount;
        const auto amount = request.amount.value_or(refundable);
        const auto total = amount <= refundable && amount > 0
                               ? CommerceStore::addRefunded(tx, t.id, amount)
                               : std::nullopt;
        if (!total)
            throw Problem::validation(
                {{"amount",
                  {"Jumlah refund maksimal " + core::formatRupiah(refundable) +
                       " (sisa yang belum direfund).",
                   "The refund can be at most " + core::formatRupiah(refundable) +
                       " (what has not been refunded yet)."}}});
        const auto now = m_clock.nowMs();
        const int seq = CommerceStore::refundCount(tx, t.id) + 1;
        const auto reference = invoiceNumber + "-R" + std::to_string(seq);
        CommerceStore::insertRefund(tx, t.id, seq, amount, request.reason, request.revokeAccess,
                                    actor.userId, reference, now);
        const auto entry = m_finance.postRefund(tx, invoiceNumber, amount, reference);
        m_affiliates.reverseConversion(tx, t.id, -affiliateShare(entry));

        const bool full = *total == t.amount;
        const std::string to = full ? "REFUNDED" : "PAID";
        if (full)
            CommerceStore::setStatus(tx, t.id, "REFUNDED", std::nullopt);
        CommerceStore::insertHistory(tx, t.id, t.status, to, std::nullopt,
                                     "refund " + core::formatRupiah(amount) + " (" + reference +
                                         ") oleh " + actor.userId + ": " + request.reason,
                                     now);
        if (full) {
            if (request.revokeAccess) {
                for (const auto& membershipId : CommerceStore::membershipsStartedBy(tx, t.id)) {
                    CommerceStore::expireMembership(tx, membershipId, now);
                    CommerceStore::revokeByMembership(tx, membershipId, now);
                }
                CommerceStore::revokeByTransaction(tx, t.id, now);
                // A refunded renewal takes back the time it added; a refunded seat is free again.
                CommerceStore::revertExtension(tx, t.id, now);
                releaseSeat(tx, t);
            }
            m_followups.cancel(tx, t.id);
        }

        auto after = auditState(t);
        after->set("status", to);
        after->set("refunded_amount", *total);
        after->set("refund_amount", amount);
        after->set("reason", request.reason);
        after->set("revoke_access", request.revokeAccess);
        core::audit(tx, {actor.userId, "transaction.refund", "transaction", t.id, auditState(t),
                         after, actor.ip});

        notify::NewNotification note;
        note.userId = t.buyerId;
        note.type = "SYSTEM";
        note.title = "Refund " + t.invoiceNumber;
        note.message = "Dana " + core::formatRupiah(amount) + " untuk " + t.invoiceNumber +
                       " dikembalikan. Alasan: " + request.reason;
        note.redirect = "transaction:" + t.invoiceNumber;
        note.sourceId = t.id;
        note.email = true;
        m_notify.notify(tx, note);
        auto data = json::object();
        data->set("invoice_number", t.invoiceNumber);
        data->set("status", to);
        m_notify.publish(tx, {{}, "sales.read", false}, "transaction.updated", data);
    });
    return transaction(invoiceNumber, std::nullopt);
}

bool CommerceService::hasAccess(const std::string& userId, const std::string& kind,
                                const std::string& ref)
{
    return access(userId, kind, ref).allowed;
}

AccessDecision CommerceService::access(const std::string& userId, const std::string& kind,
                                       const std::string& ref)
{
    return CommerceStore::access(m_db, userId, kind, ref, m_clock.nowMs());
}

std::vector<Entitlement> CommerceService::entitlements(const std::string& userId)
{
    return CommerceStore::activeEntitlements(m_db, userId, m_clock.nowMs());
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

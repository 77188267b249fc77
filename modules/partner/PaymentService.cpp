// Partner payment rules: quota packages, top-ups, executive add-ons, manual proofs, admin
// confirmation and Xendit callbacks. Partner money never touches the finance ledger.
#include "PaymentService.h"

#include "ClientFlowStore.h"
#include "EventStore.h"
#include "PartnerStore.h"
#include "ReportStore.h"

#include "PermissionHolders.h"

#include "Audit.h"
#include "Log.h"
#include "Problem.h"
#include "Strings.h"
#include "TransferProof.h"

#include <cmath>
#include <map>
#include <set>

namespace ey::partner {

namespace json = core::json;
using core::Problem;

namespace {

const std::string kManage = "partner.manage";

std::string rp(std::int64_t amount)
{
    return core::formatRupiah(amount);
}

Problem transactionNotFound()
{
    return Problem::notFound(
        {"Transaksi pembayaran tidak ditemukan.", "Payment transaction not found."});
}

Problem packageNotFound()
{
    return Problem::notFound({"Paket kuota tidak ditemukan.", "Quota package not found."});
}

Problem eventNotFound()
{
    return Problem::notFound({"Event tidak ditemukan.", "Event not found."});
}

Problem partnerNotFound()
{
    return Problem::notFound({"Partner tidak ditemukan.", "Partner not found."});
}

Problem postPaid()
{
    return Problem::conflict(
        {"Partner ini memakai pembayaran pasca-bayar (kredit), jadi tidak perlu membeli kuota: "
         "pemakaian ditagihkan bulanan.",
         "This partner pays afterwards (credit), so it does not buy quota: usage is invoiced "
         "monthly."});
}

Problem noUnitPrice(const std::string& referenceCode)
{
    return Problem::conflict(
        {"Harga laporan untuk event " + referenceCode +
             " belum diatur, jadi kuota belum bisa dibeli. Hubungi admin EksporYuk.",
         "No report price is set for event " + referenceCode +
             ", so quota cannot be bought yet. Contact the EksporYuk admin."});
}

Problem wrongStatus(const PartnerTransaction& t, const std::string& action)
{
    static const std::map<std::string, std::pair<std::string, std::string>> names{
        {"pending", {"menunggu pembayaran", "awaiting payment"}},
        {"awaiting_confirmation", {"menunggu konfirmasi admin", "awaiting the admin's check"}},
        {"paid", {"sudah lunas", "already paid"}},
        {"rejected", {"sudah ditolak", "already rejected"}},
        {"cancelled", {"sudah dibatalkan", "already cancelled"}}};
    const auto& name = names.at(t.status);
    return Problem::conflict({"Transaksi " + t.number + " " + name.first + ", jadi tidak bisa " +
                                  action + ". Muat ulang untuk melihat statusnya.",
                              "Transaction " + t.number + " is " + name.second +
                                  ", so this cannot be done. Reload to see its status."});
}

Problem notManual(const PartnerTransaction& t)
{
    return Problem::conflict(
        {"Transaksi " + t.number +
             " tidak dibayar dengan transfer manual; status Xendit diperbarui otomatis.",
         "Transaction " + t.number +
             " is not paid by manual transfer; Xendit updates its status by itself."});
}

Problem badGateway(const std::string& number)
{
    return Problem(502, "https://eksporyuk.com/problems/payment-gateway",
                   {"Gateway pembayaran gagal", "Payment gateway failed"},
                   {"Xendit tidak dapat membuat tagihan untuk " + number +
                        " saat ini. Transaksi dibatalkan; silakan coba lagi beberapa saat lagi "
                        "atau pilih transfer manual.",
                    "Xendit could not create the invoice for " + number +
                        " right now. The transaction was cancelled; please try again in a "
                        "while or choose manual transfer."});
}

/// round(quota × unit × (100 − discount) / 100), half up, in whole rupiah.
std::int64_t priced(std::int64_t quota, std::int64_t unitPrice, std::int64_t discountPercent)
{
    return (quota * unitPrice * (100 - discountPercent) + 50) / 100;
}

json::ObjectPtr details(const PartnerTransaction& t)
{
    auto object = json::object();
    object->set("transaction_id", t.id);
    object->set("number", t.number);
    object->set("kind", t.kind);
    object->set("amount", t.amount);
    if (t.kind == "topup") {
        object->set("quota", t.quota);
        object->set("event_id", json::orNull(t.eventId));
        object->set("reference_code", json::orNull(t.eventReferenceCode));
    }
    return object;
}

json::ObjectPtr statusJson(const PartnerTransaction& t)
{
    auto object = json::object();
    object->set("status", t.status);
    object->set("amount", t.amount);
    return object;
}

} // namespace

std::string PaymentService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

// ---- packages ------------------------------------------------------------------------------

std::vector<QuotaPackage> PaymentService::packages()
{
    return PaymentStore::packages(m_db, false);
}

QuotaPackage PaymentService::createPackage(const QuotaPackage& package, const Actor& actor)
{
    QuotaPackage created;
    m_db.transaction([&](core::Tx& tx) {
        const auto id = PaymentStore::insertPackage(tx, package);
        created = *PaymentStore::package(tx, id);
        core::audit(tx, {actor.userId, "partner.package.create", "partner_quota_package", id,
                         nullptr, toJson(created), actor.ip});
    });
    return created;
}

QuotaPackage PaymentService::updatePackage(const std::string& id, const PackageChanges& changes,
                                           const Actor& actor)
{
    QuotaPackage updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = PaymentStore::package(tx, id);
        if (!before)
            throw packageNotFound();
        updated = *before;
        updated.name = changes.name.value_or(updated.name);
        updated.quota = changes.quota.value_or(updated.quota);
        updated.discountPercent = changes.discountPercent.value_or(updated.discountPercent);
        updated.active = changes.active.value_or(updated.active);
        updated.position = changes.position.value_or(updated.position);
        PaymentStore::updatePackage(tx, updated);
        core::audit(tx, {actor.userId, "partner.package.update", "partner_quota_package", id,
                         toJson(*before), toJson(updated), actor.ip});
    });
    return updated;
}

void PaymentService::deletePackage(const std::string& id, const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto before = PaymentStore::package(tx, id);
        if (!before || !PaymentStore::deletePackage(tx, id))
            throw packageNotFound();
        // Transactions keep their amount and quota; their package link becomes NULL.
        core::audit(tx, {actor.userId, "partner.package.delete", "partner_quota_package", id,
                         toJson(*before), nullptr, actor.ip});
    });
}

PartnerEvent PaymentService::prepaidEvent(const std::string& partnerId,
                                          const std::string& eventId)
{
    auto event = EventStore::byId(m_db, eventId, partnerId);
    if (!event)
        throw eventNotFound();
    const auto partner = PartnerStore::byId(m_db, partnerId);
    if (!partner)
        throw partnerNotFound();
    if (partner->paymentModel != "after_payment")
        throw postPaid();
    return std::move(*event);
}

PackageOffer PaymentService::offer(const std::string& partnerId, const std::string& eventId)
{
    const auto event = prepaidEvent(partnerId, eventId);
    const auto unit = ReportStore::unitPrice(m_db, eventId, now());
    if (!unit)
        throw noUnitPrice(event.referenceCode);
    PackageOffer offer;
    offer.eventId = event.id;
    offer.unitPrice = *unit;
    for (const auto& package : PaymentStore::packages(m_db, true))
        offer.items.push_back({package, priced(package.quota, *unit, package.discountPercent)});
    try {
        offer.bank = m_commerce.bankInstructions();
    } catch (const Problem&) {
        offer.bank.reset(); // manual transfer is not set up; the partner can still use Xendit
    }
    offer.xenditAvailable = m_commerce.gatewayConfigured();
    return offer;
}

// ---- opening payments ----------------------------------------------------------------------

std::string PaymentService::payBefore() const
{
    const auto hours = m_config.integer("payments.manual_pay_hours", 24, 1, 24 * 30);
    return core::isoTime(m_clock.nowMs() + hours * 3600 * 1000);
}

void PaymentService::requireMethod(const std::string& method) const
{
    if (method == "manual")
        m_commerce.bankInstructions(); // 503 naming the settings an admin must fill in
    else if (!m_commerce.gatewayConfigured())
        throw Problem::unavailable(
            {"Pembayaran online belum diaktifkan: admin perlu mengisi kunci Xendit "
             "(xendit.secret_key dan xendit.callback_token). Pilih transfer manual atau coba lagi "
             "nanti. Tidak ada transaksi yang dibuat.",
             "Online payment is not set up yet: an admin needs to enter the Xendit keys "
             "(xendit.secret_key and xendit.callback_token). Choose manual transfer or try again "
             "later. No transaction was created."});
}

std::pair<PartnerTransaction, bool>
PaymentService::topup(const std::string& partnerId, const TopupRequest& request, const Actor& actor)
{
    if (request.idempotencyKey)
        if (const auto earlier =
                PaymentStore::byIdempotencyKey(m_db, partnerId, *request.idempotencyKey))
            return {get(partnerId, *earlier), false};

    const auto event = prepaidEvent(partnerId, request.eventId);
    if (event.status != "active")
        throw Problem::conflict(
            {"Event " + event.referenceCode +
                 " sedang nonaktif, jadi kuotanya tidak bisa ditambah. Aktifkan kembali event ini "
                 "lalu coba lagi.",
             "Event " + event.referenceCode +
                 " is inactive, so its quota cannot be topped up. Activate the event and try "
                 "again."});

    std::int64_t quota = 0;
    std::int64_t discount = 0;
    std::optional<std::string> packageId;
    if (request.packageId) {
        const auto package = PaymentStore::package(m_db, *request.packageId);
        if (!package)
            throw Problem::validation(
                {{"package_id",
                  {"Paket kuota tidak ditemukan; muat ulang daftar paket.",
                   "The quota package was not found; reload the package list."}}});
        if (!package->active)
            throw Problem::conflict(
                {"Paket " + package->name + " sudah tidak dijual. Pilih paket lain.",
                 "Package " + package->name + " is no longer offered. Choose another one."});
        quota = package->quota;
        discount = package->discountPercent;
        packageId = package->id;
    } else {
        quota = request.quota.value_or(0);
    }
    const auto unit = ReportStore::unitPrice(m_db, event.id, now());
    if (!unit)
        throw noUnitPrice(event.referenceCode);
    const auto amount = priced(quota, *unit, discount);
    if (amount <= 0)
        throw Problem::conflict(
            {"Harga laporan event " + event.referenceCode +
                 " Rp 0, jadi tidak ada yang perlu dibayar. Minta admin menambahkan kuotanya.",
             "Reports of event " + event.referenceCode +
                 " cost Rp 0, so there is nothing to pay. Ask the admin to add the quota."});
    requireMethod(request.method);

    std::string id;
    bool created = true;
    m_db.transaction([&](core::Tx& tx) {
        created = true;
        NewTransaction t;
        t.partnerId = partnerId;
        t.eventId = event.id;
        t.kind = "topup";
        t.method = request.method;
        t.amount = amount;
        t.quota = quota;
        t.packageId = packageId;
        if (request.method == "manual")
            t.payBefore = payBefore();
        t.idempotencyKey = request.idempotencyKey;
        t.createdBy = actor.userId;
        const auto inserted = PaymentStore::insert(tx, t);
        if (!inserted) {
            // A concurrent request with the same key won; answer with its transaction.
            id = *PaymentStore::byIdempotencyKey(tx, partnerId, *request.idempotencyKey);
            created = false;
            return;
        }
        id = *inserted;
        const auto stored = *PaymentStore::byId(tx, id, std::nullopt);
        PartnerStore::log(tx, partnerId, actor.userId, "payment.topup", details(stored));
        publish(tx, stored, stored.status);
    });
    if (created && request.method == "xendit")
        openInvoice(id);
    return {get(partnerId, id), created};
}

void PaymentService::openInvoice(const std::string& id)
{
    const auto t = *PaymentStore::byId(m_db, id, std::nullopt);
    const std::string description =
        t.kind == "topup"
            ? "Top up " + std::to_string(t.quota) + " kuota event " +
                  t.eventReferenceCode.value_or("") + " (" + t.number + ")"
            : "Ringkasan eksekutif " + std::to_string(t.clientCount) + " klien (" + t.number + ")";
    try {
        const auto invoice =
            m_commerce.createGatewayInvoice({t.number, t.amount, t.ownerEmail, description});
        m_db.transaction([&](core::Tx& tx) {
            PaymentStore::setGatewayInvoice(tx, id, invoice.id, invoice.invoiceUrl);
        });
    } catch (const commerce::XenditError& error) {
        core::log::server()->warn("partner payment {}: {}", t.number, error.what());
        m_db.transaction([&](core::Tx& tx) {
            if (PaymentStore::cancel(tx, id))
                PaymentStore::releaseClients(tx, id);
            auto logged = details(t);
            logged->set("error", std::string(error.what()));
            PartnerStore::log(tx, t.partnerId, "", "payment.gateway_failed", logged);
            publish(tx, t, "cancelled");
        });
        throw badGateway(t.number);
    }
}

ExecutiveResult PaymentService::executive(const std::string& partnerId,
                                          const std::vector<std::string>& clientIds,
                                          const std::string& method, const Actor& actor)
{
    const auto partner = PartnerStore::byId(m_db, partnerId);
    if (!partner)
        throw partnerNotFound();
    const bool prePaid = partner->paymentModel == "after_payment";
    if (prePaid && method != "manual" && method != "xendit")
        throw Problem::validation({{"method",
                                    {"Pilih cara bayar: manual (transfer bank) atau xendit.",
                                     "Choose how to pay: manual (bank transfer) or xendit."}}});
    if (prePaid)
        requireMethod(method);
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto& id : clientIds)
        if (seen.insert(id).second)
            ids.push_back(id);

    ExecutiveResult result;
    std::vector<std::string> oldFiles;
    std::string transactionId;
    bool settledAtOnce = false;
    m_db.transaction([&](core::Tx& tx) {
        result = {};
        oldFiles.clear();
        transactionId.clear();
        settledAtOnce = false;
        // Post-paid: the partner row lock makes concurrent uses check the limit in turn.
        if (!prePaid && !PartnerStore::lock(tx, partnerId))
            throw partnerNotFound();
        std::vector<std::pair<PartnerClient, std::int64_t>> chosen;
        std::int64_t total = 0;
        std::set<std::string> events;
        for (const auto& id : ids) {
            const auto client = ReportStore::lock(tx, id, partnerId);
            if (!client)
                throw Problem::notFound(
                    {"Klien tidak ditemukan. Muat ulang daftar klien lalu pilih lagi.",
                     "Client not found. Reload the client list and select again."});
            if (client->status != "completed")
                throw Problem::conflict(
                    {client->fullName + " belum menyelesaikan asesmen, jadi ringkasan eksekutif "
                                        "belum bisa dibeli.",
                     client->fullName + " has not finished the assessment, so the executive "
                                        "summary cannot be bought yet."});
            if (client->executiveAvailable)
                throw Problem::conflict({client->fullName + " sudah memiliki ringkasan eksekutif.",
                                         client->fullName + " already has the executive summary."});
            if (const auto number = PaymentStore::executiveReservation(tx, id))
                throw Problem::conflict(
                    {"Ringkasan eksekutif " + client->fullName + " sedang menunggu pembayaran " +
                         *number + ". Selesaikan atau batalkan transaksi itu dulu.",
                     "The executive summary of " + client->fullName + " awaits payment " + *number +
                         ". Finish or cancel that one first."});
            const auto price = PaymentStore::executivePrice(tx, partnerId, client->assessmentId);
            if (!price)
                throw Problem::conflict(
                    {"Harga ringkasan eksekutif untuk asesmen event " + client->referenceCode +
                         " belum diatur. Hubungi admin EksporYuk.",
                     "No executive summary price is set for the assessment of event " +
                         client->referenceCode + ". Contact the EksporYuk admin."});
            total += *price;
            events.insert(client->eventId);
            chosen.emplace_back(*client, *price);
        }

        if (!prePaid) {
            const auto outstanding = ReportStore::creditOutstanding(tx, partnerId);
            if (outstanding + total > partner->creditLimit)
                throw Problem::conflict(
                    {"Batas kredit terlampaui: terpakai " + rp(outstanding) + ", perlu " +
                         rp(total) + " lagi, batas " + rp(partner->creditLimit) +
                         ". Lunasi tagihan atau minta admin menaikkan batas.",
                     "Credit limit exceeded: " + rp(outstanding) + " used, " + rp(total) +
                         " more needed, limit " + rp(partner->creditLimit) +
                         ". Pay the invoice or ask the admin to raise the limit."});
            for (const auto& [client, price] : chosen) {
                ReportStore::insertCredit(tx, partnerId, client.id, price, "executive", now());
                if (const auto old = PaymentStore::activateExecutive(tx, client.id))
                    oldFiles.push_back(*old);
                result.activatedClientIds.push_back(client.id);
            }
            result.creditAmount = total;
            auto logged = json::object();
            logged->set("client_count", static_cast<std::int64_t>(chosen.size()));
            logged->set("amount", total);
            PartnerStore::log(tx, partnerId, actor.userId, "executive.credit", logged);
            return;
        }

        NewTransaction t;
        t.partnerId = partnerId;
        if (events.size() == 1)
            t.eventId = *events.begin();
        t.kind = "executive";
        t.method = method;
        t.amount = total;
        if (method == "manual")
            t.payBefore = payBefore();
        t.createdBy = actor.userId;
        transactionId = *PaymentStore::insert(tx, t);
        for (const auto& [client, price] : chosen) {
            PaymentStore::addClient(tx, transactionId, client.id, price);
            PaymentStore::reserveClient(tx, client.id, transactionId);
        }
        auto stored = *PaymentStore::byId(tx, transactionId, std::nullopt);
        PartnerStore::log(tx, partnerId, actor.userId, "payment.executive", details(stored));
        if (total == 0) {
            // Nothing to pay (the summary is priced Rp 0): it is settled at once.
            PaymentStore::markPaid(tx, transactionId, std::nullopt,
                                   std::string("Rp 0: aktif tanpa pembayaran"), now());
            stored.status = "paid";
            oldFiles = settlePaid(tx, stored, actor.userId);
            settledAtOnce = true;
        } else {
            publish(tx, stored, stored.status);
        }
    });
    removeFiles(oldFiles);
    if (prePaid) {
        if (!settledAtOnce && method == "xendit")
            openInvoice(transactionId);
        result.transaction = get(partnerId, transactionId);
        if (settledAtOnce)
            result.activatedClientIds = PaymentStore::clients(m_db, transactionId);
    }
    return result;
}

// ---- reading -------------------------------------------------------------------------------

void PaymentService::expireOverdue(const std::optional<std::string>& partnerId)
{
    m_db.transaction([&](core::Tx& tx) {
        for (const auto& id : PaymentStore::overdueManual(tx, partnerId, now())) {
            const auto t = PaymentStore::lock(tx, id);
            if (!t || !PaymentStore::cancel(tx, id))
                continue;
            PaymentStore::releaseClients(tx, id);
            PartnerStore::log(tx, t->partnerId, "", "payment.expired", details(*t));
            tell(tx, *t, "cancelled", "Pembayaran " + t->number + " dibatalkan",
                 "Batas waktu transfer untuk " + t->number + " (" + rp(t->amount) +
                     ") sudah lewat tanpa bukti transfer, jadi transaksinya dibatalkan. Buat "
                     "transaksi baru bila masih diperlukan.");
        }
    });
}

std::vector<PartnerTransaction> PaymentService::list(const TransactionFilter& filter,
                                                     const core::PageRequest& page)
{
    expireOverdue(filter.partnerId);
    return PaymentStore::list(m_db, filter, page);
}

PartnerTransaction PaymentService::get(const std::optional<std::string>& partnerId,
                                       const std::string& id)
{
    auto t = PaymentStore::byId(m_db, id, partnerId);
    if (!t)
        throw transactionNotFound();
    if (t->status == "pending" && t->method == "manual" && !t->proofFileKey && t->payBefore &&
        *t->payBefore < now()) {
        expireOverdue(t->partnerId);
        t = PaymentStore::byId(m_db, id, partnerId);
    }
    return *t;
}

// ---- partner actions -----------------------------------------------------------------------

PartnerTransaction PaymentService::cancel(const std::optional<std::string>& partnerId,
                                          const std::string& id, const Actor& actor)
{
    get(partnerId, id);
    m_db.transaction([&](core::Tx& tx) {
        const auto t = PaymentStore::lock(tx, id);
        if (!t || (partnerId && t->partnerId != *partnerId))
            throw transactionNotFound();
        if (t->kind == "monthly_invoice")
            throw Problem::conflict({"Tagihan bulanan tidak bisa dibatalkan.",
                                     "A monthly invoice cannot be cancelled."});
        if (!PaymentStore::cancel(tx, id))
            throw wrongStatus(*t, "dibatalkan");
        PaymentStore::releaseClients(tx, id);
        PartnerStore::log(tx, t->partnerId, actor.userId, "payment.cancel", details(*t));
        auto after = statusJson(*t);
        after->set("status", "cancelled");
        core::audit(tx, {actor.userId, "partner.payment.cancel", "partner_transaction", id,
                         statusJson(*t), after, actor.ip});
        publish(tx, *t, "cancelled");
    });
    return get(partnerId, id);
}

PartnerTransaction PaymentService::uploadProof(const std::optional<std::string>& partnerId,
                                               const std::string& id, const std::string& bytes,
                                               const Actor& actor)
{
    const auto type = core::requireTransferProof(bytes);
    {
        // Checked before the file is written, so a refused upload leaves nothing behind.
        const auto t = get(partnerId, id);
        if (t.kind == "monthly_invoice" || t.method != "manual")
            throw notManual(t);
        if (t.status != "pending" && t.status != "awaiting_confirmation")
            throw wrongStatus(t, "diberi bukti transfer");
    }
    const auto key = m_files.save(bytes);
    std::optional<std::string> replaced;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto t = PaymentStore::lock(tx, id);
            if (!t || (partnerId && t->partnerId != *partnerId))
                throw transactionNotFound();
            if (!PaymentStore::setProof(tx, id, key, type.mime))
                throw wrongStatus(*t, "diberi bukti transfer");
            replaced = t->proofFileKey;
            PartnerStore::log(tx, t->partnerId, actor.userId, "payment.proof", details(*t));
            for (const auto& staff : notify::permissionHolders(tx, kManage)) {
                notify::NewNotification note;
                note.userId = staff;
                note.type = "SYSTEM";
                note.title = "Bukti transfer " + t->number;
                note.message = t->partnerInstitution + " mengunggah bukti transfer " +
                               rp(t->amount) + " untuk " + t->number +
                               ". Periksa lalu konfirmasi atau tolak.";
                note.redirect = "partner-transaction:" + t->id;
                note.sourceId = t->id;
                m_notify.notify(tx, note);
            }
            publish(tx, *t, "awaiting_confirmation");
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    if (replaced && *replaced != key)
        m_files.remove(*replaced);
    return get(partnerId, id);
}

std::pair<std::string, std::string>
PaymentService::proof(const std::optional<std::string>& partnerId, const std::string& id)
{
    const auto t = get(partnerId, id);
    const auto bytes = t.proofFileKey ? m_files.read(*t.proofFileKey) : std::nullopt;
    if (!bytes)
        throw Problem::notFound({"Belum ada bukti transfer untuk " + t.number + ".",
                                 "There is no transfer proof for " + t.number + " yet."});
    return {*bytes, t.proofMime.value_or("application/octet-stream")};
}

// ---- staff actions -------------------------------------------------------------------------

PartnerTransaction PaymentService::confirm(const std::string& id,
                                           const std::optional<std::string>& note,
                                           const Actor& actor)
{
    get(std::nullopt, id); // an overdue manual payment without proof is cancelled here
    std::vector<std::string> oldFiles;
    m_db.transaction([&](core::Tx& tx) {
        oldFiles.clear();
        const auto t = PaymentStore::lock(tx, id);
        if (!t)
            throw transactionNotFound();
        if (t->kind == "monthly_invoice")
            throw Problem::conflict({"Tagihan bulanan dilunasi lewat menu keuangan (tandai lunas).",
                                     "Monthly invoices are settled from finance (mark as paid)."});
        if (t->method != "manual")
            throw notManual(*t);
        if (!PaymentStore::markPaid(tx, id, actor.userId, note, now()))
            throw wrongStatus(*t, "dikonfirmasi");
        auto paid = *t;
        paid.status = "paid";
        oldFiles = settlePaid(tx, paid, actor.userId);
        auto after = statusJson(paid);
        after->set("note", json::orNull(note));
        core::audit(tx, {actor.userId, "partner.payment.confirm", "partner_transaction", id,
                         statusJson(*t), after, actor.ip});
    });
    removeFiles(oldFiles);
    return get(std::nullopt, id);
}

PartnerTransaction PaymentService::reject(const std::string& id, const std::string& reason,
                                          const Actor& actor)
{
    get(std::nullopt, id);
    m_db.transaction([&](core::Tx& tx) {
        const auto t = PaymentStore::lock(tx, id);
        if (!t)
            throw transactionNotFound();
        if (t->kind == "monthly_invoice" || t->method != "manual")
            throw notManual(*t);
        if (!PaymentStore::reject(tx, id, actor.userId, reason, now()))
            throw wrongStatus(*t, "ditolak");
        PaymentStore::releaseClients(tx, id);
        auto logged = details(*t);
        logged->set("reason", reason);
        PartnerStore::log(tx, t->partnerId, actor.userId, "payment.rejected", logged);
        auto after = statusJson(*t);
        after->set("status", "rejected");
        after->set("reason", reason);
        core::audit(tx, {actor.userId, "partner.payment.reject", "partner_transaction", id,
                         statusJson(*t), after, actor.ip});
        tell(tx, *t, "rejected", "Pembayaran " + t->number + " ditolak",
             "Pembayaran " + t->number + " sebesar " + rp(t->amount) + " ditolak admin: " + reason +
                 ". Periksa kembali transfer Anda, lalu buat transaksi baru atau hubungi admin.");
    });
    return get(std::nullopt, id);
}

std::vector<std::string> PaymentService::settlePaid(core::Sql& tx, const PartnerTransaction& t,
                                                    const std::string& actorId)
{
    std::vector<std::string> oldFiles;
    auto logged = details(t);
    std::string message;
    if (t.kind == "topup" && t.eventId) {
        const auto balance = PaymentStore::addQuota(tx, *t.eventId, t.quota);
        PaymentStore::logTopup(tx, *t.eventId, t.quota, balance, actorId, t.id,
                               "Top up " + t.number);
        logged->set("balance_after", balance);
        message = "Pembayaran " + t.number + " sebesar " + rp(t.amount) +
                  " sudah diterima. Kuota event " + t.eventReferenceCode.value_or("") +
                  " bertambah " + std::to_string(t.quota) + " menjadi " + std::to_string(balance) +
                  ".";
    } else {
        const auto clients = PaymentStore::clients(tx, t.id);
        for (const auto& client : clients)
            if (const auto old = PaymentStore::activateExecutive(tx, client))
                oldFiles.push_back(*old);
        logged->set("client_count", static_cast<std::int64_t>(clients.size()));
        message = "Pembayaran " + t.number + " sebesar " + rp(t.amount) +
                  " sudah diterima. Ringkasan eksekutif untuk " + std::to_string(clients.size()) +
                  " klien sudah aktif; unduh ulang laporannya untuk melihatnya.";
    }
    PartnerStore::log(tx, t.partnerId, actorId, "payment.paid", logged);
    tell(tx, t, "paid", "Pembayaran " + t.number + " diterima", message);
    return oldFiles;
}

commerce::OwnedInvoiceOutcome
PaymentService::applyCallback(core::Sql& tx, const commerce::OwnedInvoiceCallback& callback)
{
    const auto t = PaymentStore::lockByNumber(tx, callback.externalId);
    if (!t)
        return {"flagged", "unknown partner transaction " + callback.externalId};
    if (t->gatewayInvoiceId && *t->gatewayInvoiceId != callback.invoiceId)
        return {"flagged", "callback invoice id " + callback.invoiceId + " is not the invoice " +
                               *t->gatewayInvoiceId};
    if (std::llround(callback.amount) != t->amount ||
        callback.amount != std::floor(callback.amount) || callback.currency != "IDR")
        return {"flagged", "callback amount " + std::to_string(std::llround(callback.amount)) +
                               " " + callback.currency + " differs from " +
                               std::to_string(t->amount) + " IDR"};
    const auto at = core::isoTime(callback.nowMs);
    if (callback.status == "PAID" || callback.status == "SETTLED") {
        if (t->status == "paid")
            return {"ignored", std::nullopt};
        if (t->status != "pending" && t->status != "awaiting_confirmation")
            // Money arrived for a transaction that ended; staff settle it by hand.
            return {"flagged", "paid after the transaction was " + t->status};
        PaymentStore::markPaid(tx, t->id, std::nullopt, std::string("Xendit " + callback.invoiceId),
                               at);
        auto paid = *t;
        paid.status = "paid";
        // Removed before commerce's transaction commits: should it roll back, the next
        // download simply renders the report again (never charged twice).
        removeFiles(settlePaid(tx, paid, ""));
        return {"paid", std::nullopt};
    }
    if (callback.status == "EXPIRED") {
        if (t->status != "pending" || !PaymentStore::cancel(tx, t->id))
            return {"ignored", std::nullopt};
        PaymentStore::releaseClients(tx, t->id);
        PartnerStore::log(tx, t->partnerId, "", "payment.expired", details(*t));
        tell(tx, *t, "cancelled", "Tagihan " + t->number + " kedaluwarsa",
             "Tagihan Xendit untuk " + t->number + " (" + rp(t->amount) +
                 ") kedaluwarsa sebelum dibayar, jadi transaksinya dibatalkan. Buat transaksi "
                 "baru bila masih diperlukan.");
        return {"expired", std::nullopt};
    }
    return {"ignored", std::nullopt};
}

// ---- telling people ------------------------------------------------------------------------

void PaymentService::tell(core::Sql& tx, const PartnerTransaction& t, const std::string& status,
                          const std::string& title, const std::string& message)
{
    notify::NewNotification note;
    note.userId = t.ownerUserId;
    note.type = "SYSTEM";
    note.title = title;
    note.message = message;
    note.redirect = "partner-transaction:" + t.id;
    note.sourceId = t.id;
    note.email = true;
    m_notify.notify(tx, note);
    publish(tx, t, status);
}

void PaymentService::publish(core::Sql& tx, const PartnerTransaction& t, const std::string& status)
{
    auto data = json::object();
    data->set("id", t.id);
    data->set("partner_id", t.partnerId);
    data->set("status", status);
    m_notify.publish(tx, {ClientFlowStore::partnerUsers(tx, t.partnerId), kManage, false},
                     "partner.payment_updated", data);
}

void PaymentService::removeFiles(const std::vector<std::string>& keys)
{
    for (const auto& key : keys)
        m_files.remove(key);
}

// ---- JSON ----------------------------------------------------------------------------------

json::ObjectPtr PaymentService::toJson(const PartnerTransaction& t)
{
    auto body = json::object();
    body->set("id", t.id);
    body->set("number", t.number);
    body->set("partner_id", t.partnerId);
    body->set("partner_institution", t.partnerInstitution);
    body->set("kind", t.kind);
    body->set("status", t.status);
    body->set("method", json::orNull(t.method));
    body->set("amount", t.amount);
    body->set("quota", t.quota);
    body->set("event_id", json::orNull(t.eventId));
    body->set("event_reference_code", json::orNull(t.eventReferenceCode));
    body->set("event_title", json::orNull(t.eventTitle));
    body->set("package_id", json::orNull(t.packageId));
    body->set("package_name", json::orNull(t.packageName));
    body->set("client_count", t.clientCount);
    body->set("has_proof", t.proofFileKey.has_value());
    body->set("invoice_url", json::orNull(t.invoiceUrl));
    body->set("pay_before", json::orNull(t.payBefore));
    body->set("period_start", json::orNull(t.periodStart));
    body->set("period_end", json::orNull(t.periodEnd));
    body->set("due_at", json::orNull(t.dueAt));
    body->set("rejection_reason", json::orNull(t.rejectionReason));
    body->set("paid_at", json::orNull(t.paidAt));
    body->set("paid_note", json::orNull(t.paidNote));
    body->set("created_at", t.createdAt);
    body->set("updated_at", t.updatedAt);
    return body;
}

json::ObjectPtr PaymentService::toJson(const QuotaPackage& package)
{
    auto body = json::object();
    body->set("id", package.id);
    body->set("name", package.name);
    body->set("quota", package.quota);
    body->set("discount_percent", package.discountPercent);
    body->set("active", package.active);
    body->set("position", package.position);
    return body;
}

} // namespace ey::partner

// Partner report rules: client lists, single and bulk report downloads, quota and credit use.
#include "ReportService.h"

#include "AssessmentStore.h"
#include "EventStore.h"
#include "PartnerStore.h"
#include "ReportArchive.h"
#include "ReportPdf.h"
#include "ScoringEngine.h"

#include "Audit.h"
#include "Problem.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace ey::partner {

namespace json = core::json;
using core::Problem;

namespace {

Problem clientNotFound()
{
    return Problem::notFound({"Klien tidak ditemukan.", "Client not found."});
}

Problem notFinished(const PartnerClient& client)
{
    return Problem::conflict(
        {client.fullName + " belum menyelesaikan asesmen, jadi laporannya belum bisa diunduh.",
         client.fullName + " has not finished the assessment yet, so there is no report to "
                           "download."});
}

// Decision: an inactive event takes no new charges, so the first download of its clients is
// refused; reports already downloaded (and paid for) stay downloadable.
Problem eventInactive(const PartnerClient& client)
{
    return Problem::conflict(
        {"Event " + client.referenceCode +
             " sedang nonaktif, jadi laporan baru tidak bisa diunduh. Aktifkan kembali event ini"
             " lalu coba lagi. Laporan yang sudah pernah diunduh tetap bisa diunduh ulang.",
         "Event " + client.referenceCode +
             " is inactive, so new reports cannot be downloaded. Activate the event and try "
             "again. Reports downloaded before can still be downloaded again."});
}

Problem quotaExhausted(const std::string& referenceCode)
{
    return Problem::conflict(
        {"Kuota habis untuk event " + referenceCode + "; top up dulu agar laporan bisa diunduh.",
         "No quota left for event " + referenceCode + "; top up first to download the report."});
}

Problem noPrice(const PartnerClient& client)
{
    return Problem::conflict(
        {"Harga asesmen untuk event " + client.referenceCode +
             " belum diatur, jadi pemakaian kredit tidak bisa dicatat. Hubungi admin EksporYuk.",
         "No price is set for event " + client.referenceCode +
             ", so credit use cannot be recorded. Contact the EksporYuk admin."});
}

Problem creditExceeded(std::int64_t outstanding, std::int64_t needed, std::int64_t limit)
{
    const auto rp = [](std::int64_t v) { return "Rp" + std::to_string(v); };
    return Problem::conflict({"Batas kredit terlampaui: terpakai " + rp(outstanding) + ", perlu " +
                                  rp(needed) + " lagi, batas " + rp(limit) +
                                  ". Lunasi tagihan atau minta admin menaikkan batas.",
                              "Credit limit exceeded: " + rp(outstanding) + " used, " + rp(needed) +
                                  " more needed, limit " + rp(limit) +
                                  ". Pay the invoice or ask the admin to raise the limit."});
}

bool prePaid(const PartnerClient& client)
{
    return client.paymentModel == "after_payment";
}

/// The rupiah one post-paid download costs (the same rule prices pre-paid top-ups).
std::optional<std::int64_t> priceOf(core::Sql& sql, const PartnerClient& client,
                                    const std::string& now)
{
    return ReportStore::unitPrice(sql, client.eventId, now);
}

json::ObjectPtr logDetails(const PartnerClient& client, bool bulk)
{
    auto details = json::object();
    details->set("client_id", client.id);
    details->set("client_name", client.fullName);
    details->set("event_id", client.eventId);
    details->set("reference_code", client.referenceCode);
    details->set("bulk", bulk);
    return details;
}

} // namespace

std::string ReportService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

std::vector<PartnerClient> ReportService::list(const std::string& partnerId,
                                               const ClientFilter& filter,
                                               const core::PageRequest& page)
{
    return ReportStore::list(m_db, partnerId, filter, page);
}

PartnerClient ReportService::get(const std::optional<std::string>& partnerId, const std::string& id)
{
    auto client = ReportStore::byId(m_db, id, partnerId);
    if (!client)
        throw clientNotFound();
    return *client;
}

std::string ReportService::fileNameFor(const PartnerClient& client)
{
    std::unordered_set<std::string> taken;
    return uniqueEntryName("Laporan " + client.fullName + " - " + client.referenceCode + ".pdf",
                           taken);
}

std::string ReportService::render(core::Sql& sql, const PartnerClient& client)
{
    const auto content = ReportStore::contentResult(sql, client.id);
    if (content.empty())
        throw notFinished(client);
    const auto [brandName, primaryColor] = ReportStore::branding(sql);
    ReportBranding branding;
    branding.brandName = brandName;
    branding.partnerName = client.partnerInstitution;
    branding.primaryColor = primaryColor;
    branding.footer = "Laporan rahasia — hanya untuk " + client.partnerInstitution;
    auto result = json::parseObject(content);
    // Results stored before the assessment had an executive summary get it from today's rules.
    if (client.executiveAvailable && !result->has("executive_summary")) {
        if (const auto definition = AssessmentStore::definition(sql, client.assessmentId))
            if (auto summary = ScoringEngine(*definition).executiveSummary(result))
                result->set("executive_summary", summary);
    }
    return renderAssessmentReport(*result, branding, client.executiveAvailable);
}

void ReportService::charge(core::Tx& tx, const PartnerClient& client, const Actor& actor, bool bulk)
{
    if (prePaid(client)) {
        const auto balance = ReportStore::consumeQuota(tx, client.eventId);
        if (!balance)
            throw quotaExhausted(client.referenceCode);
        ReportStore::logQuota(tx, client.eventId, -1, *balance, "download", actor.userId, client.id,
                              std::nullopt);
    } else {
        // The partner row lock makes concurrent downloads check the limit one after another.
        if (!PartnerStore::lock(tx, client.partnerId))
            throw clientNotFound();
        const auto price = priceOf(tx, client, now());
        if (!price)
            throw noPrice(client);
        const auto outstanding = ReportStore::creditOutstanding(tx, client.partnerId);
        if (outstanding + *price > client.creditLimit)
            throw creditExceeded(outstanding, *price, client.creditLimit);
        ReportStore::insertCredit(tx, client.partnerId, client.id, *price, "report", now());
    }
    auto details = logDetails(client, bulk);
    details->set("payment_model", client.paymentModel);
    PartnerStore::log(tx, client.partnerId, actor.userId, "report.download", details);
    // Staff may download on a partner's behalf; the charge then shows in the activity log too.
    core::audit(tx, {actor.userId, "partner.report.download", "partner_client_assessment",
                     client.id, nullptr, details, actor.ip});
}

ReportFile ReportService::download(const std::optional<std::string>& partnerId,
                                   const std::string& id, const Actor& actor)
{
    const auto client = get(partnerId, id);
    if (client.status != "completed")
        throw notFinished(client);
    const ReportFile named{fileNameFor(client), {}};
    // Already paid for: served from the stored file, byte for byte the same.
    if (client.downloadStatus == "complete" && client.reportFileKey)
        if (auto stored = m_files.read(*client.reportFileKey))
            return {named.fileName, std::move(*stored)};
    if (client.downloadStatus != "complete") {
        // Cheap refusals before rendering anything.
        if (client.eventStatus != "active")
            throw eventInactive(client);
        if (prePaid(client) && ReportStore::quota(m_db, client.eventId) <= 0)
            throw quotaExhausted(client.referenceCode);
    }

    // Rendered and stored outside the transaction, which must have no outside effects (it may
    // be retried); the transaction then decides whether this file or a concurrent one wins.
    std::string bytes = render(m_db, client);
    const std::string key = m_files.save(bytes);
    std::optional<std::string> winner;
    try {
        m_db.transaction([&](core::Tx& tx) {
            winner.reset();
            const auto locked = ReportStore::lock(tx, id, partnerId);
            if (!locked)
                throw clientNotFound();
            if (locked->downloadStatus == "complete") {
                // A concurrent first download charged it already; serve that one's file.
                if (locked->reportFileKey && m_files.read(*locked->reportFileKey))
                    winner = locked->reportFileKey;
                else
                    ReportStore::setReportFile(tx, id, key);
                return;
            }
            if (locked->eventStatus != "active")
                throw eventInactive(*locked);
            charge(tx, *locked, actor, false);
            ReportStore::markDownloaded(tx, id, key, now());
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    if (winner) {
        m_files.remove(key);
        if (auto stored = m_files.read(*winner))
            bytes = std::move(*stored);
    }
    return {named.fileName, std::move(bytes)};
}

std::vector<PartnerClient> ReportService::prepareBulk(const std::optional<std::string>& partnerId,
                                                      const std::vector<std::string>& ids)
{
    std::vector<PartnerClient> clients;
    std::set<std::string> seen;
    std::size_t missing = 0;
    std::vector<std::string> unfinished;
    std::vector<std::string> inactive;
    for (const auto& id : ids) {
        if (!seen.insert(id).second)
            continue;
        auto client = ReportStore::byId(m_db, id, partnerId);
        if (!client) {
            ++missing;
            continue;
        }
        if (client->status != "completed")
            unfinished.push_back(client->fullName);
        else if (client->downloadStatus != "complete" && client->eventStatus != "active")
            inactive.push_back(client->referenceCode);
        clients.push_back(std::move(*client));
    }
    if (missing > 0)
        throw Problem::notFound(
            {std::to_string(missing) + " klien yang dipilih tidak ditemukan. Muat ulang daftar"
                                       " klien lalu pilih lagi.",
             std::to_string(missing) + " of the selected clients were not found. Reload the "
                                       "client list and select again."});
    const auto join = [](const std::vector<std::string>& names) {
        std::string text;
        for (const auto& name : names)
            text += (text.empty() ? "" : ", ") + name;
        return text;
    };
    if (!unfinished.empty())
        throw Problem::conflict({"Belum menyelesaikan asesmen: " + join(unfinished) +
                                     ". Hapus dari pilihan lalu "
                                     "coba lagi.",
                                 "Not finished yet: " + join(unfinished) +
                                     ". Remove them from the selection and try "
                                     "again."});
    if (!inactive.empty()) {
        auto first = clients.front();
        first.referenceCode = inactive.front();
        throw eventInactive(first);
    }

    // What the reports not downloaded yet need: quota per event, or rupiah of credit.
    std::map<std::string, std::pair<std::string, std::int64_t>> neededQuota; // event → (code, n)
    std::map<std::string, std::int64_t> neededCredit;                        // partner → rupiah
    for (const auto& client : clients) {
        if (client.downloadStatus == "complete")
            continue;
        if (prePaid(client)) {
            auto& need = neededQuota[client.eventId];
            need.first = client.referenceCode;
            ++need.second;
        } else {
            const auto price = priceOf(m_db, client, now());
            if (!price)
                throw noPrice(client);
            neededCredit[client.partnerId] += *price;
        }
    }
    for (const auto& [eventId, need] : neededQuota) {
        const auto available = ReportStore::quota(m_db, eventId);
        if (available < need.second)
            throw Problem::conflict(
                {"Kuota event " + need.first + " tidak cukup: perlu " +
                     std::to_string(need.second) + ", tersedia " + std::to_string(available) +
                     ". Top up dulu atau kurangi pilihan. Tidak ada kuota yang terpakai.",
                 "Not enough quota for event " + need.first + ": " + std::to_string(need.second) +
                     " needed, " + std::to_string(available) +
                     " available. Top up first or select fewer. No quota was used."});
    }
    for (const auto& [partner, amount] : neededCredit) {
        const auto outstanding = ReportStore::creditOutstanding(m_db, partner);
        const auto it = std::find_if(clients.begin(), clients.end(), [&](const PartnerClient& c) {
            return c.partnerId == partner;
        });
        if (outstanding + amount > it->creditLimit)
            throw creditExceeded(outstanding, amount, it->creditLimit);
    }
    return clients;
}

void ReportService::settleDelivered(const PartnerClient& client, const std::string& bytes,
                                    const Actor& actor)
{
    const std::string key = m_files.save(bytes);
    bool keep = true;
    try {
        m_db.transaction([&](core::Tx& tx) {
            keep = true;
            const auto locked = ReportStore::lock(tx, client.id, client.partnerId);
            if (!locked) {
                keep = false;
                return;
            }
            if (locked->downloadStatus == "complete") {
                // Charged meanwhile (a single download): keep its file, or fill the gap.
                if (locked->reportFileKey && m_files.read(*locked->reportFileKey))
                    keep = false;
                else
                    ReportStore::setReportFile(tx, client.id, key);
                return;
            }
            charge(tx, *locked, actor, true);
            ReportStore::markDownloaded(tx, client.id, key, now());
        });
    } catch (const std::exception& error) {
        // Only a race with another download can get here (the quota was checked up front and
        // again before rendering); the client stays pending and is charged when downloaded next.
        spdlog::warn("bulk report {} delivered but not charged: {}", client.id, error.what());
        keep = false;
    }
    if (!keep)
        m_files.remove(key);
}

void ReportService::streamBulk(std::ostream& out, const std::vector<PartnerClient>& clients,
                               const Actor& actor, const std::atomic<bool>* stopping)
{
    std::size_t index = 0;
    // The entry last handed to the ZIP writer; charged once the writer asks for the next one
    // (it asks only after the entry was written and flushed) or finishes.
    std::optional<std::pair<PartnerClient, std::string>> pending;
    const auto settlePending = [&] {
        if (pending) {
            settleDelivered(pending->first, pending->second, actor);
            pending.reset();
        }
    };
    const auto next = [&]() -> std::optional<std::pair<std::string, std::string>> {
        settlePending();
        if (index >= clients.size())
            return std::nullopt;
        const auto& prepared = clients[index++];
        auto client = ReportStore::byId(m_db, prepared.id, prepared.partnerId);
        if (!client)
            throw std::runtime_error("client " + prepared.id + " disappeared during the bulk");
        const auto name = fileNameFor(*client);
        if (client->downloadStatus == "complete" && client->reportFileKey)
            if (auto stored = m_files.read(*client->reportFileKey))
                return std::make_pair(name, std::move(*stored));
        if (client->downloadStatus != "complete" && prePaid(*client) &&
            ReportStore::quota(m_db, client->eventId) <= 0)
            throw std::runtime_error("quota of event " + client->referenceCode +
                                     " was used up during the bulk download");
        auto bytes = render(m_db, *client);
        pending.emplace(*client, bytes);
        return std::make_pair(name, std::move(bytes));
    };
    const auto cancelled = [stopping] { return stopping && stopping->load(); };
    streamZip(out, next, cancelled);
    // Finished or stopped: the last entry handed over was written in full.
    settlePending();
}

QuotaView ReportService::quota(const std::optional<std::string>& partnerId,
                               const std::string& eventId)
{
    const auto event = EventStore::byId(m_db, eventId, partnerId);
    if (!event)
        throw Problem::notFound({"Event tidak ditemukan.", "Event not found."});
    const auto partner = PartnerStore::byId(m_db, event->partnerId);
    return {event->id, event->referenceCode, partner ? partner->paymentModel : "after_payment",
            ReportStore::quota(m_db, event->id), ReportStore::quotaLogs(m_db, event->id, 50)};
}

QuotaView ReportService::adjustQuota(const std::string& eventId, std::int64_t delta,
                                     const std::string& reason, const Actor& actor)
{
    std::string partnerId;
    m_db.transaction([&](core::Tx& tx) {
        const auto event = EventStore::lock(tx, eventId, std::nullopt);
        if (!event)
            throw Problem::notFound({"Event tidak ditemukan.", "Event not found."});
        partnerId = event->partnerId;
        const auto before = ReportStore::quota(tx, eventId);
        const auto balance = ReportStore::adjustQuota(tx, eventId, delta);
        if (!balance)
            throw Problem::conflict(
                {"Kuota tidak boleh minus: saldo sekarang " + std::to_string(before) +
                     ", pengurangan " + std::to_string(-delta) + ".",
                 "Quota cannot go below zero: the balance is " + std::to_string(before) +
                     ", the reduction " + std::to_string(-delta) + "."});
        ReportStore::logQuota(tx, eventId, delta, *balance, "adjustment", actor.userId,
                              std::nullopt, reason);
        auto details = json::object();
        details->set("event_id", eventId);
        details->set("reference_code", event->referenceCode);
        details->set("delta", delta);
        details->set("balance_after", *balance);
        details->set("reason", reason);
        PartnerStore::log(tx, event->partnerId, actor.userId, "quota.adjust", details);
        auto beforeJson = json::object();
        beforeJson->set("quota", before);
        auto afterJson = json::object();
        afterJson->set("quota", *balance);
        afterJson->set("reason", reason);
        core::audit(tx, {actor.userId, "partner.quota.adjust", "partner_assessment", eventId,
                         beforeJson, afterJson, actor.ip});
    });
    return quota(partnerId, eventId);
}

json::ObjectPtr ReportService::toJson(const PartnerClient& client)
{
    auto body = json::object();
    body->set("id", client.id);
    body->set("partner_id", client.partnerId);
    auto event = json::object();
    event->set("id", client.eventId);
    event->set("reference_code", client.referenceCode);
    event->set("title", json::orNull(client.eventTitle));
    event->set("status", client.eventStatus);
    body->set("event", event);
    auto person = json::object();
    person->set("email", client.email);
    person->set("full_name", client.fullName);
    person->set("organization", json::orNull(client.organization));
    person->set("position", json::orNull(client.position));
    body->set("client", person);
    body->set("status", client.displayStatus());
    body->set("started_at", client.startedAt);
    body->set("completed_at", json::orNull(client.completedAt));
    body->set("downloaded_at", json::orNull(client.downloadedAt));
    body->set("executive_available", client.executiveAvailable);
    body->set("executive_transaction_id", json::orNull(client.executiveTransactionId));
    return body;
}

json::ObjectPtr ReportService::toJson(const QuotaView& view)
{
    auto body = json::object();
    body->set("event_id", view.eventId);
    body->set("reference_code", view.referenceCode);
    body->set("payment_model", view.paymentModel);
    body->set("quota", view.quota);
    auto logs = json::array();
    for (const auto& entry : view.logs) {
        auto item = json::object();
        item->set("id", entry.id);
        item->set("delta", entry.delta);
        item->set("balance_after", entry.balanceAfter);
        item->set("reason", entry.reason);
        item->set("actor_id", json::orNull(entry.actorId));
        item->set("actor_name", json::orNull(entry.actorName));
        item->set("client_id", json::orNull(entry.clientId));
        item->set("client_name", json::orNull(entry.clientName));
        item->set("note", json::orNull(entry.note));
        item->set("created_at", entry.createdAt);
        logs->add(item);
    }
    body->set("logs", logs);
    return body;
}

} // namespace ey::partner

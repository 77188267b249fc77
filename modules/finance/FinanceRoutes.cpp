// Finance HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "FinanceRoutes.h"

#include "CsvWriter.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"
#include "Strings.h"
#include "TransferProof.h"

#include <algorithm>
#include <ostream>

namespace ey::finance {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

using core::json::orNull;

const std::string kRead = "finance.read";
const std::string kManage = "finance.manage";
// A phone photo of a bank slip or a bank's PDF stays well below this.
constexpr std::size_t kMaxProofBytes = core::kMaxTransferProofBytes;
const std::vector<std::string> kStatuses = {"requested", "approved", "rejected", "paid"};
Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

/// CSV when the client asks for it with ?format=csv or Accept: text/csv; JSON otherwise.
bool wantsCsv(const Request& request)
{
    if (auto format = request.queryValue("format"); format && !format->empty()) {
        if (*format == "csv")
            return true;
        if (*format == "json")
            return false;
        throw Problem::badRequest(
            {"Parameter format harus csv atau json.", "Parameter format must be csv or json."});
    }
    return request.header("Accept").find("text/csv") != std::string::npos;
}

/// Streams the body so an export of any size never sits in memory whole.
void csvResponse(Response& response, const std::string& fileName,
                 std::function<void(std::ostream&)> write)
{
    response.contentType = "text/csv; charset=utf-8";
    response.headers["Content-Disposition"] = "attachment; filename=\"" + fileName + "\"";
    response.stream = std::move(write);
}

std::string text(const std::optional<std::string>& value)
{
    return value ? *value : std::string();
}

const char* roleLabel(const std::optional<std::string>& role)
{
    if (!role)
        return "";
    if (*role == "affiliate")
        return "Affiliate";
    if (*role == "mentor")
        return "Mentor";
    if (*role == "founder")
        return "Founder";
    if (*role == "cofounder")
        return "Co-founder";
    return "";
}

const char* kindLabel(const std::string& kind)
{
    if (kind == "wallet")
        return "Dompet";
    if (kind == "company_operational")
        return "Operasional Perusahaan";
    if (kind == "gateway_fees")
        return "Biaya Gateway";
    if (kind == "tax")
        return "Pajak";
    if (kind == "customer_receivable")
        return "Piutang Pelanggan";
    if (kind == "refunds")
        return "Pengembalian Dana";
    if (kind == "payouts")
        return "Pembayaran Keluar";
    return "";
}

const char* entryKindLabel(const std::string& kind)
{
    if (kind == "sale")
        return "Penjualan";
    if (kind == "refund")
        return "Refund";
    if (kind == "withdrawal_paid")
        return "Penarikan";
    if (kind == "adjustment")
        return "Penyesuaian";
    return "";
}

const char* statusLabel(const std::string& status)
{
    if (status == "requested")
        return "Diajukan";
    if (status == "approved")
        return "Disetujui";
    if (status == "rejected")
        return "Ditolak";
    if (status == "paid")
        return "Dibayar";
    return "";
}

json::ObjectPtr revenueLineJson(const RevenueLine& line)
{
    auto object = json::object();
    object->set("start", line.start);
    object->set("end", line.end);
    object->set("gross", line.gross);
    object->set("affiliate_commission", line.affiliate);
    object->set("company_fee", line.company);
    object->set("founder", line.founder);
    object->set("cofounder", line.cofounder);
    object->set("mentor", line.mentor);
    object->set("gateway_fees", line.gateway);
    object->set("refunds", line.refunds);
    object->set("net", line.net);
    return object;
}

void revenueCsvRow(core::CsvWriter& csv, const std::string& label, const RevenueLine& line)
{
    csv.field(label).field(line.start).field(line.end).field(line.gross).field(line.affiliate);
    csv.field(line.company).field(line.founder).field(line.cofounder).field(line.mentor);
    csv.field(line.gateway).field(line.refunds).field(line.net);
    csv.endRow();
}

/// The desk shows what changed, so each history item names its changed fields.
json::ObjectPtr configChangeJson(const ConfigChange& change)
{
    auto object = json::object();
    object->set("id", change.id);
    object->set("at", change.at);
    if (change.actorId) {
        auto actor = json::object();
        actor->set("id", *change.actorId);
        actor->set("full_name", orNull(change.actorName));
        actor->set("email", orNull(change.actorEmail));
        object->set("actor", actor);
    } else {
        object->set("actor", Poco::Dynamic::Var());
    }
    const auto before = json::parse(change.beforeJson).extract<json::ObjectPtr>();
    const auto after = json::parse(change.afterJson).extract<json::ObjectPtr>();
    object->set("before", before);
    object->set("after", after);
    auto changes = json::array();
    std::vector<std::string> names;
    after->getNames(names);
    for (const auto& name : names) {
        const auto was = before->get(name);
        const auto now = after->get(name);
        if (was.isEmpty() || was.toString() != now.toString()) {
            auto item = json::object();
            item->set("field", name);
            item->set("before", was);
            item->set("after", now);
            changes->add(item);
        }
    }
    object->set("changes", changes);
    return object;
}

json::ObjectPtr walletJson(const Wallet& w)
{
    auto object = json::object();
    object->set("id", w.id);
    object->set("kind", w.kind);
    object->set("role", orNull(w.role));
    if (w.ownerId) {
        auto owner = json::object();
        owner->set("id", *w.ownerId);
        owner->set("full_name", orNull(w.ownerName));
        owner->set("email", orNull(w.ownerEmail));
        object->set("owner", owner);
    } else {
        object->set("owner", Poco::Dynamic::Var());
    }
    object->set("balance", w.balance);
    object->set("held", w.held);
    object->set("available", w.available());
    return object;
}

json::ObjectPtr walletsJson(const std::vector<Wallet>& wallets)
{
    auto items = json::array();
    for (const auto& wallet : wallets)
        items->add(walletJson(wallet));
    auto body = json::object();
    body->set("items", items);
    return body;
}

json::ObjectPtr bankJson(const BankAccount& b)
{
    auto object = json::object();
    object->set("id", b.id);
    object->set("bank", b.bank);
    object->set("account_number", b.accountNumber);
    object->set("holder", b.holder);
    object->set("npwp", orNull(b.npwp));
    object->set("created_at", b.createdAt);
    return object;
}

json::ObjectPtr withdrawalJson(const Withdrawal& w)
{
    auto object = json::object();
    object->set("id", w.id);
    object->set("wallet_id", w.walletId);
    object->set("wallet_role", w.walletRole);
    auto owner = json::object();
    owner->set("id", w.ownerId);
    owner->set("full_name", w.ownerName);
    owner->set("email", w.ownerEmail);
    object->set("owner", owner);
    object->set("bank_account", bankJson(w.bankAccount));
    object->set("amount", w.amount);
    object->set("fee", w.fee);
    object->set("payout", w.amount - w.fee);
    object->set("status", w.status);
    object->set("requested_at", w.requestedAt);
    object->set("decided_by", orNull(w.decidedBy));
    object->set("decided_at", orNull(w.decidedAt));
    object->set("reason", orNull(w.reason));
    object->set("paid_at", orNull(w.paidAt));
    object->set("proof_note", orNull(w.proofNote));
    object->set("proof_mime", orNull(w.proofMime));
    object->set("proof_uploaded_at", orNull(w.proofUploadedAt));
    object->set("entry_id", orNull(w.entryId));
    return object;
}

/// The stored proof, shown inline by the desk and browsers but never sniffed into something else.
void sendProof(Response& response, std::pair<std::string, std::string> proof, const std::string& id)
{
    const auto extension = proof.second == "application/pdf" ? "pdf"
                           : proof.second == "image/png"     ? "png"
                                                             : "jpg";
    response.contentType = proof.second;
    response.headers["Content-Disposition"] =
        "inline; filename=\"bukti-penarikan-" + id.substr(0, 8) + "." + extension + "\"";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Cache-Control"] = "private, no-store";
    response.body = std::move(proof.first);
}

Problem badCursor()
{
    return Problem::badRequest({"Kursor halaman tidak valid; muat ulang daftar dari awal.",
                                "The page cursor is invalid; reload the list from the start."});
}

void entriesPage(FinanceService& service, Request& request, Response& response,
                 const std::optional<std::string>& ownerId)
{
    const auto page = core::PageRequest::from(request);
    std::optional<std::int64_t> before;
    if (page.afterKey) {
        const auto& key = *page.afterKey;
        if (key.empty() || key.size() > 18 ||
            key.find_first_not_of("0123456789") != std::string::npos)
            throw badCursor();
        before = std::stoll(key);
    }
    auto entries = service.entries(request.param("id"), ownerId, before, page.limit);
    const bool more = static_cast<int>(entries.size()) > page.limit;
    if (more)
        entries.resize(static_cast<std::size_t>(page.limit));
    auto items = json::array();
    for (const auto& e : entries) {
        auto item = json::object();
        item->set("id", e.postingId);
        item->set("seq", e.seq);
        item->set("entry_id", e.entryId);
        item->set("entry_kind", e.entryKind);
        item->set("reference", e.reference);
        item->set("memo", e.memo);
        item->set("amount", e.amount);
        item->set("balance_after", e.balanceAfter);
        item->set("created_at", e.createdAt);
        items->add(item);
    }
    auto body = json::object();
    body->set("items", items);
    if (more)
        body->set("next_cursor",
                  core::encodeCursor(std::to_string(entries.back().seq), entries.back().postingId));
    else
        body->set("next_cursor", Poco::Dynamic::Var());
    response.json(body);
}

void withdrawalsCsv(const std::shared_ptr<FinanceService>& service, Response& response,
                    const WithdrawalFilter& filter)
{
    csvResponse(response, "penarikan.csv", [service, filter](std::ostream& out) {
        core::CsvWriter csv(out,
                            {"ID", "Diajukan (UTC)", "Pemilik", "Email", "Peran", "Bank",
                             "No. Rekening", "Atas Nama", "Jumlah", "Biaya", "Dibayarkan", "Status",
                             "Diputuskan (UTC)", "Alasan", "Dibayar (UTC)", "Bukti"});
        std::optional<WithdrawalPosition> after;
        for (;;) {
            auto page = service->withdrawals(filter, after, 500);
            const bool more = page.size() > 500;
            if (more)
                page.resize(500);
            for (const auto& w : page) {
                csv.field(w.id).field(w.requestedAt).field(w.ownerName).field(w.ownerEmail);
                csv.field(roleLabel(w.walletRole)).field(w.bankAccount.bank);
                csv.field(w.bankAccount.accountNumber).field(w.bankAccount.holder);
                csv.field(w.amount).field(w.fee).field(w.amount - w.fee);
                csv.field(statusLabel(w.status)).field(text(w.decidedAt)).field(text(w.reason));
                csv.field(text(w.paidAt)).field(text(w.proofNote));
                csv.endRow();
            }
            if (!more)
                break;
            after = WithdrawalPosition{page.back().requestedAt, page.back().id};
        }
    });
}

void withdrawalsPage(const std::shared_ptr<FinanceService>& servicePtr, Request& request,
                     Response& response, WithdrawalFilter filter)
{
    auto& service = *servicePtr;
    const auto page = core::PageRequest::from(request);
    std::optional<WithdrawalPosition> after;
    if (page.afterKey) {
        const auto& key = *page.afterKey;
        if (key.size() != 27 || key.find_first_not_of("0123456789-:.TZ") != std::string::npos ||
            !page.afterId || !core::isUuid(*page.afterId))
            throw badCursor();
        after = WithdrawalPosition{key, *page.afterId};
    }
    if (auto status = request.queryValue("status"); status && !status->empty()) {
        if (std::find(kStatuses.begin(), kStatuses.end(), *status) == kStatuses.end())
            throw Problem::badRequest(
                {"Parameter status harus salah satu dari: requested, approved, rejected, paid.",
                 "Parameter status must be one of: requested, approved, rejected, paid."});
        filter.status = *status;
    }
    if (wantsCsv(request)) {
        withdrawalsCsv(servicePtr, response, filter);
        return;
    }
    auto list = service.withdrawals(filter, after, page.limit);
    const bool more = static_cast<int>(list.size()) > page.limit;
    if (more)
        list.resize(static_cast<std::size_t>(page.limit));
    auto items = json::array();
    for (const auto& w : list)
        items->add(withdrawalJson(w));
    auto body = json::object();
    body->set("items", items);
    if (more)
        body->set("next_cursor", core::encodeCursor(list.back().requestedAt, list.back().id));
    else
        body->set("next_cursor", Poco::Dynamic::Var());
    response.json(body);
}

FinanceConfig parseConfig(const json::ObjectPtr& body, FinanceConfig config)
{
    // Fields left out keep their current value, so a client can change one setting alone.
    json::Reader in(body);
    const auto bps = [&](const char* field, int& into) {
        if (auto value = in.optionalInt(field, 0, 10000))
            into = static_cast<int>(*value);
    };
    if (auto enabled = in.optionalBool("split_enabled"))
        config.splitEnabled = *enabled;
    bps("company_fee_bps", config.companyFeeBps);
    bps("founder_bps", config.founderBps);
    bps("cofounder_bps", config.cofounderBps);
    bps("mentor_bps", config.mentorBps);
    if (auto value = in.optionalInt("withdrawal_minimum", 1, 1'000'000'000'000))
        config.withdrawalMinimum = *value;
    if (auto value = in.optionalInt("withdrawal_fee", 0, 1'000'000'000'000))
        config.withdrawalFee = *value;
    in.finish();
    return config;
}

json::ObjectPtr configBody(const FinanceConfig& config)
{
    auto body = FinanceService::configJson(config);
    body->set("updated_at", config.updatedAt);
    return body;
}

} // namespace

void addFinanceRoutes(core::Router& router, const std::shared_ptr<FinanceService>& service,
                      core::Db& db)
{
    router.add(
        {"GET", "/api/v1/finance/config", kRead,
         [service](Request&, Response& response) { response.json(configBody(service->config())); },
         0, "getFinanceConfig"});

    router.add({"PUT", "/api/v1/finance/config", kManage,
                [service](Request& request, Response& response) {
                    const auto wanted = parseConfig(request.jsonBody(), service->config());
                    response.json(configBody(service->updateConfig(actorOf(request), wanted)));
                },
                4 * 1024, "updateFinanceConfig"});

    router.add(
        {"GET", "/api/v1/finance/wallets", kRead,
         [service](Request& request, Response& response) {
             // Read into a local and assign once: GCC 12 at -O2 misreads reset() on an optional
             // as a use of uninitialised memory.
             const auto q = request.queryValue("q").value_or(std::string());
             if (q.size() > 200)
                 throw Problem::badRequest({"Kata kunci pencarian maksimal 200 karakter.",
                                            "The search text is at most 200 characters."});
             const std::optional<std::string> search =
                 q.empty() ? std::nullopt : std::optional<std::string>(q);
             if (wantsCsv(request)) {
                 csvResponse(response, "dompet.csv", [service, search](std::ostream& out) {
                     core::CsvWriter csv(out, {"ID Akun", "Jenis", "Peran", "Pemilik", "Email",
                                               "Saldo", "Ditahan", "Tersedia"});
                     std::optional<std::string> key;
                     std::optional<std::string> id;
                     for (;;) {
                         auto page = service->walletsPage(search, key, id, 500);
                         const bool more = page.size() > 500;
                         if (more)
                             page.resize(500);
                         for (const auto& w : page) {
                             csv.field(w.id).field(kindLabel(w.kind)).field(roleLabel(w.role));
                             csv.field(text(w.ownerName)).field(text(w.ownerEmail));
                             csv.field(w.balance).field(w.held).field(w.available());
                             csv.endRow();
                         }
                         if (!more)
                             break;
                         key = page.back().sortKey;
                         id = page.back().id;
                     }
                 });
                 return;
             }
             const auto page = core::PageRequest::from(request, 100);
             if (page.afterId && !core::isUuid(*page.afterId))
                 throw badCursor();
             auto list = service->walletsPage(search, page.afterKey, page.afterId, page.limit);
             const bool more = static_cast<int>(list.size()) > page.limit;
             if (more)
                 list.resize(static_cast<std::size_t>(page.limit));
             auto body = walletsJson(list);
             if (more)
                 body->set("next_cursor", core::encodeCursor(list.back().sortKey, list.back().id));
             else
                 body->set("next_cursor", Poco::Dynamic::Var());
             response.json(body);
         },
         0, "listFinanceWallets"});

    router.add(
        {"GET", "/api/v1/finance/wallets/{id}/entries", kRead,
         [service](Request& request, Response& response) {
             if (!wantsCsv(request)) {
                 entriesPage(*service, request, response, std::nullopt);
                 return;
             }
             const auto walletId = request.param("id");
             // Checked before the headers go out, so an unknown wallet is still a 404.
             service->forEachEntry(walletId, 1, [](const auto&) {});
             csvResponse(response, "mutasi-dompet.csv", [service, walletId](std::ostream& out) {
                 core::CsvWriter csv(out, {"No", "Waktu (UTC)", "Jenis", "Referensi", "Keterangan",
                                           "Jumlah", "Saldo Setelah"});
                 service->forEachEntry(walletId, 500, [&](const auto& page) {
                     for (const auto& e : page) {
                         csv.field(e.seq).field(e.createdAt).field(entryKindLabel(e.entryKind));
                         csv.field(e.reference).field(e.memo).field(e.amount);
                         csv.field(e.balanceAfter);
                         csv.endRow();
                     }
                 });
             });
         },
         0, "listFinanceWalletEntries"});

    router.add({"GET", "/api/v1/finance/reports/revenue", kRead,
                [service](Request& request, Response& response) {
                    const auto report =
                        service->revenue(request.queryValue("from"), request.queryValue("to"),
                                         request.queryValue("bucket").value_or("day"));
                    if (wantsCsv(request)) {
                        csvResponse(response,
                                    "pendapatan-" + report.from + "-" + report.to + ".csv",
                                    [report](std::ostream& out) {
                                        core::CsvWriter csv(
                                            out, {"Periode", "Mulai", "Sampai", "Penjualan Kotor",
                                                  "Komisi Affiliate", "Fee Perusahaan", "Founder",
                                                  "Co-founder", "Mentor", "Biaya Gateway", "Refund",
                                                  "Bersih"});
                                        for (const auto& line : report.lines)
                                            revenueCsvRow(csv, line.start, line);
                                        revenueCsvRow(csv, "Total", report.totals);
                                    });
                        return;
                    }
                    auto items = json::array();
                    for (const auto& line : report.lines)
                        items->add(revenueLineJson(line));
                    auto body = json::object();
                    body->set("from", report.from);
                    body->set("to", report.to);
                    body->set("bucket", report.bucket);
                    body->set("time_zone", std::string("Asia/Jakarta"));
                    body->set("items", items);
                    body->set("totals", revenueLineJson(report.totals));
                    response.json(body);
                },
                0, "getRevenueReport"});

    router.add({"GET", "/api/v1/finance/config/history", kRead,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    std::optional<std::int64_t> before;
                    if (page.afterKey) {
                        const auto& key = *page.afterKey;
                        if (key.empty() || key.size() > 18 ||
                            key.find_first_not_of("0123456789") != std::string::npos)
                            throw badCursor();
                        before = std::stoll(key);
                    }
                    auto list = service->configHistory(before, page.limit);
                    const bool more = static_cast<int>(list.size()) > page.limit;
                    if (more)
                        list.resize(static_cast<std::size_t>(page.limit));
                    auto items = json::array();
                    for (const auto& change : list)
                        items->add(configChangeJson(change));
                    auto body = json::object();
                    body->set("items", items);
                    if (more)
                        body->set("next_cursor",
                                  core::encodeCursor(std::to_string(list.back().id),
                                                     std::to_string(list.back().id)));
                    else
                        body->set("next_cursor", Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listFinanceConfigHistory"});

    router.add({"GET", "/api/v1/finance/withdrawals", kRead,
                [service](Request& request, Response& response) {
                    WithdrawalFilter filter;
                    if (auto owner = request.queryValue("owner_id"); owner && !owner->empty()) {
                        if (!core::isUuid(*owner))
                            throw Problem::badRequest({"Parameter owner_id harus id pengguna.",
                                                       "Parameter owner_id must be a user id."});
                        filter.ownerId = *owner;
                    }
                    withdrawalsPage(service, request, response, filter);
                },
                0, "listWithdrawals"});

    router.add({"POST", "/api/v1/finance/withdrawals/{id}/approve", kManage,
                [service](Request& request, Response& response) {
                    response.json(
                        withdrawalJson(service->approve(actorOf(request), request.param("id"))));
                },
                1024, "approveWithdrawal"});

    router.add({"POST", "/api/v1/finance/withdrawals/{id}/reject", kManage,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto reason = in.requiredString("reason", 500);
                    in.finish();
                    response.json(withdrawalJson(
                        service->reject(actorOf(request), request.param("id"), reason)));
                },
                4 * 1024, "rejectWithdrawal"});

    router.add({"POST", "/api/v1/finance/withdrawals/{id}/proof", kManage,
                [service](Request& request, Response& response) {
                    if (request.body.empty())
                        throw Problem::validation(
                            {{"body",
                              {"Kirim file bukti transfer (JPEG, PNG atau PDF) sebagai isi "
                               "permintaan.",
                               "Send the transfer proof file (JPEG, PNG or PDF) as the "
                               "request body."}}});
                    response.json(withdrawalJson(
                        service->uploadProof(actorOf(request), request.param("id"), request.body)));
                },
                kMaxProofBytes, "uploadWithdrawalProof"});

    router.add({"GET", "/api/v1/finance/withdrawals/{id}/proof", kRead,
                [service](Request& request, Response& response) {
                    sendProof(response, service->proof(request.param("id"), std::nullopt),
                              request.param("id"));
                },
                0, "getWithdrawalProof"});

    router.add({"POST", "/api/v1/finance/withdrawals/{id}/paid", kManage,
                [service](Request& request, Response& response) {
                    json::Reader in(request.body.empty() ? json::object() : request.jsonBody());
                    const auto note = in.optionalString("proof_note", 1000);
                    in.finish();
                    response.json(withdrawalJson(
                        service->markPaid(actorOf(request), request.param("id"), note)));
                },
                8 * 1024, "markWithdrawalPaid"});

    router.add({"GET", "/api/v1/me/wallets", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    response.json(walletsJson(service->walletsOf(request.user().userId)));
                },
                0, "listMyWallets"});

    router.add({"GET", "/api/v1/me/wallets/{id}/entries", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    entriesPage(*service, request, response, request.user().userId);
                },
                0, "listMyWalletEntries"});

    router.add({"GET", "/api/v1/me/bank-accounts", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    auto items = json::array();
                    for (const auto& account : service->bankAccounts(request.user().userId))
                        items->add(bankJson(account));
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listMyBankAccounts"});

    router.add({"POST", "/api/v1/me/bank-accounts", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    BankAccount account;
                    account.bank = in.requiredString("bank", 400);
                    account.accountNumber = in.requiredString("account_number", 40);
                    account.holder = in.requiredString("holder", 800);
                    account.npwp = in.optionalString("npwp", 40);
                    in.finish();
                    if (account.npwp && account.npwp->empty())
                        account.npwp.reset();
                    response.json(bankJson(service->addBankAccount(request.user().userId, account)),
                                  201);
                },
                4 * 1024, "createMyBankAccount"});

    router.add({"DELETE", "/api/v1/me/bank-accounts/{id}", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    service->removeBankAccount(request.user().userId, request.param("id"));
                    response.noContent();
                },
                0, "deleteMyBankAccount"});

    router.add({"GET", "/api/v1/me/withdrawals", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    WithdrawalFilter filter;
                    filter.ownerId = request.user().userId;
                    withdrawalsPage(service, request, response, filter);
                },
                0, "listMyWithdrawals"});

    router.add({"GET", "/api/v1/me/withdrawals/{id}/proof", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    sendProof(response,
                              service->proof(request.param("id"), request.user().userId),
                              request.param("id"));
                },
                0, "getMyWithdrawalProof"});

    router.add({"POST", "/api/v1/me/withdrawals", core::access::SignedIn,
                core::idempotent(db,
                                 [service](Request& request, Response& response) {
                                     json::Reader in(request.jsonBody());
                                     const auto wallet = in.requiredString("wallet_id", 36);
                                     const auto bank = in.requiredString("bank_account_id", 36);
                                     const auto amount =
                                         in.requiredInt("amount", 1, 1'000'000'000'000'000);
                                     in.finish();
                                     response.json(withdrawalJson(service->requestWithdrawal(
                                                       actorOf(request), wallet, bank, amount)),
                                                   201);
                                 }),
                4 * 1024, "requestWithdrawal"});
}

} // namespace ey::finance

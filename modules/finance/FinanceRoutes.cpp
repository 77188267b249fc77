// Finance HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "FinanceRoutes.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"
#include "Strings.h"

#include <algorithm>

namespace ey::finance {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kRead = "finance.read";
const std::string kManage = "finance.manage";
const std::vector<std::string> kStatuses = {"requested", "approved", "rejected", "paid"};

Poco::Dynamic::Var orNull(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
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
    object->set("entry_id", orNull(w.entryId));
    return object;
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

void withdrawalsPage(FinanceService& service, Request& request, Response& response,
                     WithdrawalFilter filter)
{
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

    router.add({"GET", "/api/v1/finance/wallets", kRead,
                [service](Request&, Response& response) {
                    response.json(walletsJson(service->wallets()));
                },
                0, "listFinanceWallets"});

    router.add({"GET", "/api/v1/finance/wallets/{id}/entries", kRead,
                [service](Request& request, Response& response) {
                    entriesPage(*service, request, response, std::nullopt);
                },
                0, "listFinanceWalletEntries"});

    router.add({"GET", "/api/v1/finance/withdrawals", kRead,
                [service](Request& request, Response& response) {
                    WithdrawalFilter filter;
                    if (auto owner = request.queryValue("owner_id"); owner && !owner->empty()) {
                        if (!core::isUuid(*owner))
                            throw Problem::badRequest({"Parameter owner_id harus id pengguna.",
                                                       "Parameter owner_id must be a user id."});
                        filter.ownerId = *owner;
                    }
                    withdrawalsPage(*service, request, response, filter);
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

    router.add({"POST", "/api/v1/finance/withdrawals/{id}/paid", kManage,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto proof = in.requiredString("proof_note", 1000);
                    in.finish();
                    response.json(withdrawalJson(
                        service->markPaid(actorOf(request), request.param("id"), proof)));
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
                    withdrawalsPage(*service, request, response, filter);
                },
                0, "listMyWithdrawals"});

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

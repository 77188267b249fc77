// Buyer directory rules: curation with audit + realtime events, the members' monthly quota,
// contact masking, likes, reports and statistics.
#include "BuyerService.h"

#include "ContactMasking.h"

#include "BuyerRules.h"
#include "BuyerStore.h"
#include "Countries.h"

#include "CsvWriter.h"
#include "PermissionHolders.h"
#include "Strings.h"

#include <regex>

namespace ey::directory {

using core::Problem;
using core::Text;
namespace json = core::json;

namespace {

const std::string kManage = "directory.buyers.manage";

json::ArrayPtr jsonList(const std::vector<std::string>& items)
{
    auto array = json::array();
    for (const auto& item : items)
        array->add(item);
    return array;
}

Problem notFound()
{
    return Problem::notFound({"Buyer tidak ditemukan; mungkin sudah dihapus.",
                              "The buyer was not found; it may have been deleted."});
}

/// Cursors are opaque to clients but still input: a tampered one is a 400, not a server error.
void checkCursor(const core::PageRequest& page, bool timeKey)
{
    static const std::regex iso(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$)");
    if (!page.afterKey)
        return;
    if (!page.afterId || !core::isUuid(*page.afterId) ||
        (timeKey && !std::regex_match(*page.afterKey, iso)))
        throw Problem::badRequest({"Kursor halaman tidak valid; muat ulang daftar dari awal.",
                                   "The page cursor is invalid; reload the list from the start."});
}

/// { items, next_cursor } from limit + 1 rows.
template <typename T>
json::ObjectPtr page(std::vector<T> rows, const core::PageRequest& request,
                     const std::function<json::ObjectPtr(const T&)>& convert,
                     const std::function<std::string(const T&)>& sortKey,
                     const std::function<std::string(const T&)>& id)
{
    const bool more = static_cast<int>(rows.size()) > request.limit;
    if (more)
        rows.resize(static_cast<std::size_t>(request.limit));
    auto items = json::array();
    for (const auto& row : rows)
        items->add(convert(row));
    auto body = json::object();
    body->set("items", items);
    body->set("next_cursor",
              more ? Poco::Dynamic::Var(core::encodeCursor(sortKey(rows.back()), id(rows.back())))
                   : Poco::Dynamic::Var());
    return body;
}

Problem duplicateProblem()
{
    return Problem::conflict(
        {"Buyer ini sudah ada (perusahaan dan negara yang sama, atau email yang sama). Buka "
         "data yang ada (duplicate_id) dan perbarui di sana.",
         "This buyer already exists (same company and country, or same email). Open the "
         "existing record (duplicate_id) and update it instead."});
}

json::ObjectPtr memberSummary(const MemberBuyer& item, bool staff)
{
    const auto& buyer = item.buyer;
    auto body = json::object();
    body->set("id", buyer.id);
    body->set("company", buyer.company);
    body->set("country", buyer.country);
    body->set("flag", Countries::flag(buyer.country));
    body->set("products", jsonList(buyer.products));
    body->set("hs_codes", jsonList(buyer.hsCodes));
    body->set("business_scale", json::orNull(buyer.businessScale));
    body->set("payment_terms", jsonList(buyer.paymentTerms));
    body->set("shipping_terms", jsonList(buyer.shippingTerms));
    body->set("verified", buyer.verified);
    body->set("rating", json::orNull(buyer.rating));
    body->set("date_added", buyer.dateAdded);
    body->set("updated_at", buyer.updatedAt);
    body->set("liked", item.liked);
    body->set("my_views", item.myViews);
    // Staff open every buyer freely, so nothing is locked for them.
    body->set("unlocked", staff || item.unlocked);
    return body;
}

json::ObjectPtr quotaJson(const MemberPlan& plan, std::int64_t used, const QuotaMonth& month,
                          bool staff)
{
    auto body = json::object();
    body->set("tier", plan.tier);
    body->set("plan_title", json::orNull(plan.planTitle));
    auto limits = plan.limits;
    if (staff) {
        // Staff are never counted, limited or masked: say so in the limits the desk shows.
        limits.buyersPerMonth.reset();
        limits.fullContact = true;
        limits.csvDownload = true;
    }
    body->set("limits", DirectoryAccess::toJson(limits));
    body->set("used", used);
    if (limits.buyersPerMonth)
        body->set("remaining", std::max<std::int64_t>(0, *limits.buyersPerMonth - used));
    else
        body->set("remaining", Poco::Dynamic::Var());
    body->set("resets_at", month.next);
    return body;
}

} // namespace

BuyerService::BuyerService(core::Db& db, const core::Clock& clock,
                           std::shared_ptr<DirectoryAccess> access, notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_access(std::move(access)), m_notify(notify)
{
}

json::ObjectPtr BuyerService::toAdminJson(const Buyer& buyer)
{
    auto body = json::object();
    body->set("id", buyer.id);
    body->set("company", buyer.company);
    body->set("contact_person", json::orNull(buyer.contactPerson));
    body->set("email", json::orNull(buyer.email));
    body->set("phone", json::orNull(buyer.phone));
    body->set("country", buyer.country);
    body->set("flag", Countries::flag(buyer.country));
    body->set("products", jsonList(buyer.products));
    body->set("hs_codes", jsonList(buyer.hsCodes));
    body->set("business_scale", json::orNull(buyer.businessScale));
    body->set("payment_terms", jsonList(buyer.paymentTerms));
    body->set("shipping_terms", jsonList(buyer.shippingTerms));
    body->set("notes", json::orNull(buyer.notes));
    body->set("verified", buyer.verified);
    body->set("rating", json::orNull(buyer.rating));
    body->set("source", json::orNull(buyer.source));
    body->set("date_added", buyer.dateAdded);
    body->set("updated_at", buyer.updatedAt);
    body->set("views", buyer.views);
    body->set("viewers", buyer.viewers);
    body->set("likes", buyer.likes);
    body->set("open_reports", buyer.openReports);
    return body;
}

// ---- admin -------------------------------------------------------------------------------------

void BuyerService::publishChange(core::Sql& tx, const std::string& id, const std::string& action)
{
    const auto holders = notify::permissionHolders(tx, kManage);
    if (holders.empty())
        return;
    auto data = json::object();
    data->set("id", id);
    data->set("action", action);
    m_notify.publish(tx, notify::Audience{holders, {}, false}, "buyer.updated", data);
}

void BuyerService::refuseDuplicate(core::Sql& sql, const BuyerInput& input,
                                   const std::optional<std::string>& excludingId)
{
    if (const auto duplicate = BuyerStore::findDuplicate(sql, input, excludingId)) {
        throw duplicateProblem().withMember("duplicate_id", *duplicate);
    }
}

namespace {
/// Runs a write; a unique violation that slipped past the duplicate check (two admins saving
/// the same buyer at once) becomes the same 409 the check gives.
template <typename Work>
void guardUnique(core::Db& db, const BuyerInput& input, const std::optional<std::string>& excluding,
                 Work&& work)
{
    try {
        work();
    } catch (const core::DbError& error) {
        if (!error.isUniqueViolation())
            throw;
        BuyerService::refuseDuplicate(db, input, excluding);
        throw duplicateProblem();
    }
}
} // namespace

Buyer BuyerService::create(const core::Actor& actor, const BuyerInput& input)
{
    std::optional<Buyer> created;
    guardUnique(m_db, input, std::nullopt, [&] {
        m_db.transaction([&](core::Tx& tx) {
            refuseDuplicate(tx, input, std::nullopt);
            const auto id = BuyerStore::insert(
                tx, input, actor.userId.empty() ? std::nullopt : std::optional(actor.userId),
                m_clock.nowMs());
            created = BuyerStore::byId(tx, id);
            core::audit(tx, {actor.userId, "buyer.create", "buyer", id, nullptr,
                             toAdminJson(*created), actor.ip});
            publishChange(tx, id, "created");
        });
    });
    return *created;
}

Buyer BuyerService::update(const core::Actor& actor, const std::string& id,
                           const json::ObjectPtr& patch)
{
    std::optional<Buyer> updated;
    BuyerInput input;
    guardUnique(m_db, input, id, [&] {
        m_db.transaction([&](core::Tx& tx) {
            const auto current = BuyerStore::lock(tx, id);
            if (!current)
                throw notFound();
            input = BuyerRules::patched(*current, patch);
            refuseDuplicate(tx, input, current->id);
            BuyerStore::replace(tx, current->id, input, m_clock.nowMs());
            updated = BuyerStore::byId(tx, current->id);
            core::audit(tx, {actor.userId, "buyer.update", "buyer", current->id,
                             toAdminJson(*current), toAdminJson(*updated), actor.ip});
            publishChange(tx, current->id, "updated");
        });
    });
    return *updated;
}

void BuyerService::remove(const core::Actor& actor, const std::string& id)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto current = BuyerStore::lock(tx, id);
        if (!current)
            throw notFound();
        BuyerStore::remove(tx, current->id);
        core::audit(tx, {actor.userId, "buyer.delete", "buyer", current->id, toAdminJson(*current),
                         nullptr, actor.ip});
        publishChange(tx, current->id, "deleted");
    });
}

Buyer BuyerService::get(const std::string& id)
{
    auto buyer = BuyerStore::byId(m_db, id);
    if (!buyer)
        throw notFound();
    return *buyer;
}

std::vector<Buyer> BuyerService::list(const BuyerFilter& filter, const core::PageRequest& page)
{
    checkCursor(page, filter.sort != "company");
    return BuyerStore::list(m_db, filter, page);
}

json::ObjectPtr BuyerService::viewers(const std::string& id)
{
    const auto buyer = get(id);
    auto body = json::object();
    body->set("items", BuyerStore::viewers(m_db, buyer.id));
    return body;
}

json::ObjectPtr BuyerService::stats(int weeks)
{
    return BuyerStore::stats(m_db, weeks, m_clock.nowMs());
}

json::ObjectPtr BuyerService::reports(const std::optional<std::string>& status,
                                      const core::PageRequest& request)
{
    checkCursor(request, true);
    return page<json::ObjectPtr>(
        BuyerStore::reports(m_db, status, request), request,
        [](const json::ObjectPtr& item) { return item; },
        [](const json::ObjectPtr& item) { return item->getValue<std::string>("created_at"); },
        [](const json::ObjectPtr& item) { return item->getValue<std::string>("id"); });
}

json::ObjectPtr BuyerService::resolveReport(const core::Actor& actor, const std::string& id,
                                            const std::string& status,
                                            const std::optional<std::string>& note)
{
    json::ObjectPtr result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = BuyerStore::reportById(tx, id);
        if (!before)
            throw Problem::notFound({"Laporan tidak ditemukan.", "The report was not found."});
        if (!BuyerStore::resolveReport(tx, id, status, note, actor.userId, m_clock.nowMs()))
            throw Problem::conflict({"Laporan ini sudah ditangani; muat ulang daftar laporan.",
                                     "This report was already handled; reload the report list."});
        result = BuyerStore::reportById(tx, id);
        core::audit(tx, {actor.userId, "buyer_report.resolve", "buyer_report", id, before, result,
                         actor.ip});
        publishChange(tx, before->getValue<std::string>("buyer_id"), "updated");
    });
    return result;
}

json::ObjectPtr BuyerService::limits()
{
    auto items = json::array();
    for (const auto& limits : DirectoryAccess::allLimits(m_db))
        items->add(DirectoryAccess::toJson(limits));
    auto body = json::object();
    body->set("items", items);
    return body;
}

json::ObjectPtr BuyerService::updateLimits(const core::Actor& actor, const PlanLimits& limits)
{
    json::ObjectPtr result;
    m_db.transaction([&](core::Tx& tx) {
        tx.exec("SELECT 1 FROM directory_plan_limits WHERE tier = $1 FOR UPDATE", {limits.tier});
        const auto before = m_access->limitsOfTier(tx, limits.tier);
        DirectoryAccess::updateLimits(tx, limits, actor.userId);
        result = DirectoryAccess::toJson(m_access->limitsOfTier(tx, limits.tier));
        core::audit(tx, {actor.userId, "directory_limits.update", "directory_plan_limits",
                         std::string(), DirectoryAccess::toJson(before), result, actor.ip});
    });
    return result;
}

// ---- members -----------------------------------------------------------------------------------

json::ObjectPtr BuyerService::quota(const BuyerViewer& viewer)
{
    const auto plan = m_access->planOf(viewer.userId);
    const auto month = BuyerStore::monthOf(m_db, m_clock.nowMs());
    const auto used = viewer.staff ? 0 : BuyerStore::usedIn(m_db, viewer.userId, month);
    return quotaJson(plan, used, month, viewer.staff);
}

json::ObjectPtr BuyerService::search(const BuyerViewer& viewer, const BuyerFilter& filter,
                                     const core::PageRequest& request)
{
    checkCursor(request, true);
    const auto month = BuyerStore::monthOf(m_db, m_clock.nowMs());
    const bool staff = viewer.staff;
    return page<MemberBuyer>(
        BuyerStore::memberList(m_db, viewer.userId, filter, month, request), request,
        [staff](const MemberBuyer& item) { return memberSummary(item, staff); },
        [](const MemberBuyer& item) { return item.buyer.dateAdded; },
        [](const MemberBuyer& item) { return item.buyer.id; });
}

json::ObjectPtr BuyerService::open(const BuyerViewer& viewer, const std::string& id)
{
    // The plan comes from commerce on its own connection: read it before the transaction.
    const auto plan = m_access->planOf(viewer.userId);
    std::optional<MemberBuyer> item;
    std::int64_t used = 0;
    QuotaMonth month;
    m_db.transaction([&](core::Tx& tx) {
        const auto now = m_clock.nowMs();
        month = BuyerStore::monthOf(tx, now);
        if (viewer.staff) {
            item = BuyerStore::memberOne(tx, viewer.userId, id, month);
            if (!item)
                throw notFound();
            return; // staff are never counted: no view, no quota
        }
        // One opening at a time per member, so two at used = limit - 1 cannot both pass.
        BuyerStore::lockMember(tx, viewer.userId);
        item = BuyerStore::memberOne(tx, viewer.userId, id, month);
        if (!item)
            throw notFound();
        used = BuyerStore::usedIn(tx, viewer.userId, month);
        const auto limit = plan.limits.buyersPerMonth;
        if (!item->unlocked && limit && used >= *limit) {
            throw Problem(403, "https://eksporyuk.com/problems/buyer-quota-exhausted",
                        {"Kuota buyer bulan ini habis", "This month's buyer quota is used up"},
                        {"Anda sudah membuka " + std::to_string(used) + " dari " +
                             std::to_string(*limit) +
                             " buyer bulan ini. Kuota terisi lagi awal bulan depan, atau "
                             "tingkatkan membership untuk kuota lebih besar.",
                         "You have opened " + std::to_string(used) + " of " +
                             std::to_string(*limit) +
                             " buyers this month. The quota refills at the start of next month, "
                             "or upgrade your membership for a larger quota."})
                .withMember("limit", static_cast<std::int64_t>(*limit))
                .withMember("used", static_cast<std::int64_t>(used))
                .withMember("resets_at", month.next);
        }
        BuyerStore::recordView(tx, item->buyer.id, viewer.userId, now);
        if (!item->unlocked)
            ++used;
        item->unlocked = true;
        ++item->myViews;
    });

    const bool masked = !viewer.staff && !plan.limits.fullContact;
    auto body = memberSummary(*item, viewer.staff);
    const auto& buyer = item->buyer;
    auto contact = [&](const std::optional<std::string>& value,
                       std::string (*mask)(const std::string&)) -> Poco::Dynamic::Var {
        if (!value)
            return {};
        return masked ? mask(*value) : *value;
    };
    body->set("contact_person", contact(buyer.contactPerson, &maskPerson));
    body->set("email", contact(buyer.email, &maskEmail));
    body->set("phone", contact(buyer.phone, &maskPhone));
    body->set("notes", json::orNull(buyer.notes));
    body->set("source", json::orNull(buyer.source));
    body->set("contact_masked", masked);
    body->set("quota", quotaJson(plan, used, month, viewer.staff));
    return body;
}

void BuyerService::like(const BuyerViewer& viewer, const std::string& id, bool liked)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto buyer = BuyerStore::byId(tx, id);
        if (!buyer)
            throw notFound();
        if (liked)
            BuyerStore::like(tx, viewer.userId, buyer->id, m_clock.nowMs());
        else
            BuyerStore::unlike(tx, viewer.userId, buyer->id);
    });
}

json::ObjectPtr BuyerService::favorites(const BuyerViewer& viewer, const core::PageRequest& request)
{
    checkCursor(request, true);
    const auto month = BuyerStore::monthOf(m_db, m_clock.nowMs());
    const bool staff = viewer.staff;
    return page<MemberBuyer>(
        BuyerStore::favorites(m_db, viewer.userId, month, request), request,
        [staff](const MemberBuyer& item) { return memberSummary(item, staff); },
        [](const MemberBuyer& item) { return item.likedAt.value_or(""); },
        [](const MemberBuyer& item) { return item.buyer.id; });
}

json::ObjectPtr BuyerService::history(const BuyerViewer& viewer, const core::PageRequest& request)
{
    checkCursor(request, true);
    const auto month = BuyerStore::monthOf(m_db, m_clock.nowMs());
    const bool staff = viewer.staff;
    return page<MemberBuyer>(
        BuyerStore::history(m_db, viewer.userId, month, request), request,
        [staff](const MemberBuyer& item) {
            auto entry = json::object();
            entry->set("buyer", memberSummary(item, staff));
            entry->set("views", item.myViews);
            entry->set("last_viewed_at", json::orNull(item.lastViewedAt));
            return entry;
        },
        [](const MemberBuyer& item) { return item.lastViewedAt.value_or(""); },
        [](const MemberBuyer& item) { return item.buyer.id; });
}

json::ObjectPtr BuyerService::report(const BuyerViewer& viewer, const std::string& id,
                                     const std::string& reason,
                                     const std::optional<std::string>& message)
{
    json::ObjectPtr result;
    m_db.transaction([&](core::Tx& tx) {
        const auto buyer = BuyerStore::byId(tx, id);
        if (!buyer)
            throw notFound();
        const auto reportId =
            BuyerStore::addReport(tx, buyer->id, viewer.userId, reason, message, m_clock.nowMs());
        if (!reportId)
            throw Problem::conflict(
                {"Anda sudah melaporkan buyer ini dan laporannya masih diperiksa tim kami.",
                 "You already reported this buyer and our team is still reviewing it."});
        result = BuyerStore::reportById(tx, *reportId);
        publishChange(tx, buyer->id, "updated");
    });
    return result;
}

std::function<void(std::ostream&)> BuyerService::unlockedCsv(const BuyerViewer& viewer)
{
    const auto plan = m_access->planOf(viewer.userId);
    if (!viewer.staff && !plan.limits.csvDownload)
        throw Problem(403, "https://eksporyuk.com/problems/plan-feature",
                      {"Fitur tidak termasuk paket Anda", "Not included in your plan"},
                      {"Unduhan CSV buyer yang sudah dibuka tersedia mulai membership 3 bulan. "
                       "Tingkatkan membership Anda untuk memakainya.",
                       "Downloading the buyers you opened as CSV comes with a 3-month membership "
                       "or longer. Upgrade your membership to use it."});
    const bool masked = !viewer.staff && !plan.limits.fullContact;
    const auto month = BuyerStore::monthOf(m_db, m_clock.nowMs());
    const auto userId = viewer.userId;
    auto& db = m_db;
    return [&db, masked, month, userId](std::ostream& out) {
        auto header = BuyerRules::fieldNames();
        header.push_back("date_added");
        core::CsvWriter csv(out, header);
        auto list = [](const std::vector<std::string>& items) {
            std::string text;
            for (const auto& item : items)
                text += (text.empty() ? "" : "; ") + item;
            return text;
        };
        auto contact = [masked](const std::optional<std::string>& value,
                                std::string (*mask)(const std::string&)) {
            return !value ? std::string() : masked ? mask(*value) : *value;
        };
        BuyerStore::forEachUnlocked(db, userId, month, [&](const MemberBuyer& item) {
            const auto& b = item.buyer;
            csv.field(b.company)
                .field(contact(b.contactPerson, &maskPerson))
                .field(contact(b.email, &maskEmail))
                .field(contact(b.phone, &maskPhone))
                .field(b.country)
                .field(list(b.products))
                .field(list(b.hsCodes))
                .field(b.businessScale.value_or(""))
                .field(list(b.paymentTerms))
                .field(list(b.shippingTerms))
                .field(b.notes.value_or(""))
                .field(b.verified ? "ya" : "tidak")
                .field(b.rating ? std::to_string(*b.rating) : std::string())
                .field(b.source.value_or(""))
                .field(b.dateAdded);
            csv.endRow();
        });
    };
}

// ---- masking -----------------------------------------------------------------------------------

} // namespace ey::directory

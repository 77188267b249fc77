// Member directory rules: validation of one's listing against the regions data, ranking.
#include "MemberDirectoryService.h"

#include "DirectoryText.h"
#include "Regions.h"

#include "Problem.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace ey::directory {

using core::Problem;
using core::Text;
namespace json = core::json;

namespace {

std::optional<std::string> tidyOptional(const std::optional<std::string>& value)
{
    if (!value)
        return std::nullopt;
    auto out = text::collapseSpaces(*value);
    if (out.empty())
        return std::nullopt;
    return out;
}

std::size_t utf8Length(const std::string& text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

} // namespace

MemberDirectoryService::MemberDirectoryService(core::Db& db, const core::Clock& clock,
                                               std::shared_ptr<DirectoryAccess> access)
    : m_db(db), m_clock(clock), m_access(std::move(access))
{
}

MemberListing MemberDirectoryService::me(const std::string& userId)
{
    if (auto found = MemberDirectoryStore::listing(m_db, userId))
        return *found;
    MemberListing fresh;
    fresh.userId = userId;
    return fresh;
}

PlanLimits MemberDirectoryService::limits(const std::string& userId)
{
    return m_access->limitsFor(userId);
}

MemberListing MemberDirectoryService::save(const std::string& userId, ListingInput input)
{
    std::map<std::string, Text> errors;
    MemberListing listing;
    listing.userId = userId;
    listing.visibility = input.visibility;
    listing.headline = tidyOptional(input.headline);
    listing.businessField = tidyOptional(input.businessField);
    listing.showWhatsapp = input.showWhatsapp;
    listing.showEmail = input.showEmail;
    if (listing.headline && utf8Length(*listing.headline) > 200)
        errors["headline"] = {"Judul singkat paling banyak 200 karakter.",
                              "The headline has at most 200 characters."};
    if (listing.businessField && utf8Length(*listing.businessField) > 200)
        errors["business_field"] = {"Bidang usaha paling banyak 200 karakter.",
                                    "The business field has at most 200 characters."};
    const auto province = tidyOptional(input.provinceCode);
    const auto regency = tidyOptional(input.regencyCode);
    if (province) {
        const auto area = regions::resolveArea(m_db, *province);
        if (!area || area->level != regions::AreaLevel::Province)
            errors["province_code"] = {"Provinsi ini tidak dikenal. Pilih dari daftar provinsi.",
                                       "This province is unknown. Choose one from the list."};
        else
            listing.provinceCode = area->code;
    }
    if (regency) {
        const auto area = regions::resolveArea(m_db, *regency);
        if (!area || area->level != regions::AreaLevel::Regency)
            errors["regency_code"] = {"Kabupaten/kota ini tidak dikenal. Pilih dari daftar.",
                                      "This regency or city is unknown. Choose one from the list."};
        else if (!province)
            errors["regency_code"] = {"Pilih provinsinya dulu, lalu kabupaten/kotanya.",
                                      "Choose the province first, then the regency or city."};
        else if (area->province.code != *province)
            errors["regency_code"] = {area->area().name + " tidak berada di provinsi yang dipilih.",
                                      area->area().name + " is not in the chosen province."};
        else
            listing.regencyCode = area->code;
    }
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
    MemberDirectoryStore::save(m_db, listing, core::isoTime(m_clock.nowMs()));
    return me(userId);
}

std::vector<MemberCard> MemberDirectoryService::members(const MemberFilter& filter,
                                                        const core::PageRequest& page)
{
    auto cards = MemberDirectoryStore::listed(m_db, filter, kRankedCap);
    // Each member's tier comes through commerce's one membership function; the tier's limits
    // are read once per tier.
    std::map<std::string, PlanLimits> byTier;
    for (auto& card : cards) {
        const auto tier = m_access->tierOf(card.userId);
        auto found = byTier.find(tier);
        if (found == byTier.end())
            found = byTier.emplace(tier, m_access->limitsOfTier(m_db, tier)).first;
        card.priority = found->second.priorityListing;
        card.verifiedBadge = found->second.verifiedBadge;
        card.sortKey = (card.priority ? "0:" : "1:") + card.sortKey;
    }
    // Ordered here (bytes, not the database's collation) so the cursor compares the same way.
    std::sort(cards.begin(), cards.end(), [](const MemberCard& a, const MemberCard& b) {
        return std::tie(a.sortKey, a.userId) < std::tie(b.sortKey, b.userId);
    });
    std::vector<MemberCard> items;
    for (auto& card : cards) {
        if (page.afterKey && page.afterId &&
            std::tie(card.sortKey, card.userId) <= std::tie(*page.afterKey, *page.afterId))
            continue;
        items.push_back(std::move(card));
        if (static_cast<int>(items.size()) > page.limit)
            break;
    }
    return items;
}

AreaSummary MemberDirectoryService::areas()
{
    AreaSummary summary;
    summary.counts = MemberDirectoryStore::areaCounts(m_db);
    summary.unplaced = MemberDirectoryStore::unplaced(m_db);
    summary.total = summary.unplaced;
    for (const auto& count : summary.counts)
        summary.total += count.members;
    return summary;
}

json::ObjectPtr MemberDirectoryService::toJson(const MemberListing& l, const PlanLimits& limits)
{
    auto o = json::object();
    o->set("visibility", l.visibility);
    o->set("province_code", json::orNull(l.provinceCode));
    o->set("province_name", json::orNull(l.provinceName));
    o->set("regency_code", json::orNull(l.regencyCode));
    o->set("regency_name", json::orNull(l.regencyName));
    o->set("headline", json::orNull(l.headline));
    o->set("business_field", json::orNull(l.businessField));
    o->set("show_whatsapp", l.showWhatsapp);
    o->set("show_email", l.showEmail);
    o->set("updated_at", json::orNull(l.updatedAt));
    o->set("priority_listing", limits.priorityListing);
    o->set("verified_badge", limits.verifiedBadge);
    return o;
}

json::ObjectPtr MemberDirectoryService::toJson(const MemberCard& c)
{
    auto o = json::object();
    o->set("user_id", c.userId);
    o->set("full_name", c.fullName);
    o->set("headline", json::orNull(c.headline));
    o->set("business_field", json::orNull(c.businessField));
    o->set("province_code", json::orNull(c.provinceCode));
    o->set("province_name", json::orNull(c.provinceName));
    o->set("regency_code", json::orNull(c.regencyCode));
    o->set("regency_name", json::orNull(c.regencyName));
    o->set("whatsapp", json::orNull(c.whatsapp));
    o->set("email", json::orNull(c.email));
    o->set("priority", c.priority);
    o->set("verified_badge", c.verifiedBadge);
    return o;
}

json::ObjectPtr MemberDirectoryService::toJson(const AreaSummary& areas)
{
    auto o = json::object();
    o->set("total", areas.total);
    o->set("unplaced", areas.unplaced);
    auto items = json::array();
    json::ObjectPtr province;
    json::ArrayPtr regencies;
    std::string current;
    for (const auto& count : areas.counts) {
        if (!province || current != count.provinceCode) {
            province = json::object();
            regencies = json::array();
            current = count.provinceCode;
            province->set("province_code", count.provinceCode);
            province->set("province_name", count.provinceName);
            province->set("members", std::int64_t{0});
            province->set("regencies", regencies);
            items->add(province);
        }
        province->set("members", province->getValue<std::int64_t>("members") + count.members);
        if (count.regencyCode) {
            auto regency = json::object();
            regency->set("regency_code", *count.regencyCode);
            regency->set("regency_name", json::orNull(count.regencyName));
            regency->set("members", count.members);
            regencies->add(regency);
        }
    }
    o->set("items", items);
    return o;
}

} // namespace ey::directory

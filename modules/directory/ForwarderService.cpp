// Forwarder rules: validation and normalising, duplicates, audit, masking, the route comparison.
#include "ForwarderService.h"

#include "ContactMasking.h"
#include "DirectoryText.h"

#include "ForwarderStore.h"

#include "Problem.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace ey::directory {

using core::Problem;
using core::Text;
namespace json = core::json;

namespace {

/// "" after tidying means "cleared".
std::optional<std::string> tidyOptional(const std::optional<std::string>& value)
{
    if (!value)
        return std::nullopt;
    auto text = text::collapseSpaces(*value);
    if (text.empty())
        return std::nullopt;
    return text;
}

bool utf8LengthAtMost(const std::string& text, std::size_t limit)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count <= limit;
}

json::ArrayPtr toArray(const std::vector<std::string>& items)
{
    auto array = json::array();
    for (const auto& item : items)
        array->add(item);
    return array;
}

core::Problem notFound()
{
    return Problem::notFound({"Forwarder ini tidak ditemukan; mungkin sudah dihapus.",
                              "This forwarder was not found; it may have been deleted."});
}

core::Problem rateNotFound()
{
    return Problem::notFound({"Tarif ini tidak ditemukan; mungkin sudah dihapus.",
                              "This rate was not found; it may have been deleted."});
}

/// Tidies a list of names, drops empty ones and case-insensitive repeats, checks the limits.
std::vector<std::string> tidyList(const std::vector<std::string>& items, const std::string& field,
                                  std::map<std::string, Text>& errors)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& item : items) {
        auto text = text::collapseSpaces(item);
        if (text.empty())
            continue;
        if (!utf8LengthAtMost(text, 100)) {
            errors[field] = {"Setiap nama paling banyak 100 karakter.",
                             "Each name has at most 100 characters."};
            continue;
        }
        if (seen.insert(text::asciiLower(text)).second)
            out.push_back(std::move(text));
    }
    if (out.size() > 50)
        errors[field] = {"Paling banyak 50 nama.", "At most 50 names."};
    return out;
}

} // namespace

ForwarderService::ForwarderService(core::Db& db, const core::Clock& clock,
                                   std::shared_ptr<DirectoryAccess> access)
    : m_db(db), m_clock(clock), m_access(std::move(access))
{
}

const std::vector<std::string>& ForwarderService::services()
{
    static const std::vector<std::string> values{"sea_freight",    "air_freight", "customs",
                                                 "shipping_agent", "trucking",    "warehousing"};
    return values;
}

const std::vector<std::string>& ForwarderService::modes()
{
    static const std::vector<std::string> values{"sea_fcl", "sea_lcl", "air", "courier", "land"};
    return values;
}

const std::vector<std::string>& ForwarderService::units()
{
    static const std::vector<std::string> values{"container_20", "container_40", "container_40hc",
                                                 "cbm",          "kg",           "shipment"};
    return values;
}

const std::vector<std::string>& ForwarderService::currencies()
{
    static const std::vector<std::string> values{"IDR", "USD"};
    return values;
}

std::string ForwarderService::nowIso() const
{
    return core::isoTime(m_clock.nowMs());
}

std::string ForwarderService::today(core::Sql& sql) const
{
    return ForwarderStore::jakartaDate(sql, nowIso());
}

bool ForwarderService::contactMasked(const ForwarderViewer& viewer)
{
    if (viewer.staff)
        return false;
    return !m_access->limitsFor(viewer.userId).fullContact;
}

void ForwarderService::apply(Forwarder& f, ForwarderInput& input)
{
    static const std::regex email(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    static const std::regex phone(R"(^\+?[0-9]{6,20}$)");
    std::map<std::string, Text> errors;
    if (input.company) {
        f.company = text::collapseSpaces(*input.company);
        if (f.company.empty() || !utf8LengthAtMost(f.company, 200))
            errors["company"] = {"Nama perusahaan wajib diisi, paling banyak 200 karakter.",
                                 "The company name is required, at most 200 characters."};
    }
    if (input.services) {
        std::vector<std::string> chosen;
        for (const auto& service : *input.services) {
            if (std::find(services().begin(), services().end(), service) == services().end())
                errors["services"] = {"Layanan yang dikenal: sea_freight, air_freight, customs, "
                                      "shipping_agent, trucking, warehousing.",
                                      "Known services: sea_freight, air_freight, customs, "
                                      "shipping_agent, trucking, warehousing."};
            else if (std::find(chosen.begin(), chosen.end(), service) == chosen.end())
                chosen.push_back(service);
        }
        f.services = chosen;
    }
    if (input.originPorts)
        f.originPorts = tidyList(*input.originPorts, "origin_ports", errors);
    if (input.destinationRegions)
        f.destinationRegions = tidyList(*input.destinationRegions, "destination_regions", errors);
    if (input.contactPerson) {
        f.contactPerson = tidyOptional(*input.contactPerson);
        if (f.contactPerson && !utf8LengthAtMost(*f.contactPerson, 200))
            errors["contact_person"] = {"Nama kontak paling banyak 200 karakter.",
                                        "The contact name has at most 200 characters."};
    }
    if (input.email) {
        f.email = tidyOptional(*input.email);
        if (f.email && (f.email->size() > 254 || !std::regex_match(*f.email, email)))
            errors["email"] = {"Alamat email tidak valid.", "The email address is not valid."};
    }
    if (input.phone) {
        std::optional<std::string> cleaned;
        if (*input.phone) {
            std::string digits;
            for (char c : **input.phone)
                if (!std::isspace(static_cast<unsigned char>(c)) && c != '-' && c != '.' &&
                    c != '(' && c != ')')
                    digits += c;
            if (!digits.empty())
                cleaned = digits;
        }
        f.phone = cleaned;
        if (f.phone && !std::regex_match(*f.phone, phone))
            errors["phone"] = {"Nomor telepon 6–20 angka, boleh diawali +, misalnya +62215551234.",
                               "Phone numbers have 6–20 digits, optionally starting with +."};
    }
    if (input.website) {
        f.website = tidyOptional(*input.website);
        if (f.website && (f.website->size() > 300 || !(f.website->starts_with("http://") ||
                                                       f.website->starts_with("https://"))))
            errors["website"] = {"Alamat situs diawali http:// atau https://, paling banyak 300 "
                                 "karakter.",
                                 "The website starts with http:// or https://, at most 300 "
                                 "characters."};
    }
    if (input.notes) {
        f.notes = *input.notes;
        if (f.notes && text::collapseSpaces(*f.notes).empty())
            f.notes.reset();
        if (f.notes && !utf8LengthAtMost(*f.notes, 5000))
            errors["notes"] = {"Catatan paling banyak 5000 karakter.",
                               "Notes have at most 5000 characters."};
    }
    if (input.verified)
        f.verified = *input.verified;
    if (input.rating)
        f.rating = *input.rating;
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
}

void ForwarderService::apply(ForwarderRate& r, RateInput& input)
{
    static const std::regex date(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)");
    std::map<std::string, Text> errors;
    const auto place = [&](const std::optional<std::string>& value, std::string& target,
                           const std::string& field) {
        if (!value)
            return;
        target = text::collapseSpaces(*value);
        if (target.empty() || !utf8LengthAtMost(target, 100))
            errors[field] = {"Isi nama tempat, paling banyak 100 karakter.",
                             "Give the place name, at most 100 characters."};
    };
    place(input.origin, r.origin, "origin");
    place(input.destination, r.destination, "destination");
    if (input.mode)
        r.mode = *input.mode;
    if (input.unit)
        r.unit = *input.unit;
    if (input.currency)
        r.currency = *input.currency;
    if (input.priceMinor)
        r.priceMinor = *input.priceMinor;
    if (input.transitDays)
        r.transitDays = *input.transitDays;
    if (input.validUntil) {
        r.validUntil = *input.validUntil;
        bool valid = std::regex_match(r.validUntil, date);
        if (valid) {
            const std::chrono::year_month_day day{
                std::chrono::year{std::stoi(r.validUntil.substr(0, 4))},
                std::chrono::month{static_cast<unsigned>(std::stoi(r.validUntil.substr(5, 2)))},
                std::chrono::day{static_cast<unsigned>(std::stoi(r.validUntil.substr(8, 2)))}};
            valid = day.ok();
        }
        if (!valid)
            errors["valid_until"] = {"Tanggal berlaku ditulis YYYY-MM-DD, misalnya 2026-12-31.",
                                     "Write the valid-until date as YYYY-MM-DD, e.g. 2026-12-31."};
    }
    if (input.notes) {
        r.notes = *input.notes;
        if (r.notes && text::collapseSpaces(*r.notes).empty())
            r.notes.reset();
        if (r.notes && !utf8LengthAtMost(*r.notes, 1000))
            errors["notes"] = {"Catatan paling banyak 1000 karakter.",
                               "Notes have at most 1000 characters."};
    }
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
}

void ForwarderService::checkUnique(core::Sql& sql, const Forwarder& forwarder,
                                   const std::optional<std::string>& exceptId)
{
    if (const auto other = ForwarderStore::idByCompany(sql, forwarder.company, exceptId))
        throw Problem::conflict(
            {"Forwarder \"" + forwarder.company +
                 "\" sudah ada. Buka data yang ada dan ubah di sana.",
             "Forwarder \"" + forwarder.company + "\" already exists. Open it and edit it there."})
            .withFieldError("company", {"Nama perusahaan ini sudah dipakai forwarder lain.",
                                        "Another forwarder already has this company name."})
            .withMember("duplicate_id", *other);
}

std::vector<Forwarder> ForwarderService::list(const ForwarderFilter& filter,
                                              const core::PageRequest& page)
{
    if (filter.service &&
        std::find(services().begin(), services().end(), *filter.service) == services().end())
        throw Problem::validation({{"service",
                                    {"Layanan yang dikenal: sea_freight, air_freight, customs, "
                                     "shipping_agent, trucking, warehousing.",
                                     "Known services: sea_freight, air_freight, customs, "
                                     "shipping_agent, trucking, warehousing."}}});
    return ForwarderStore::list(m_db, filter, page, today(m_db));
}

Forwarder ForwarderService::get(const std::string& id)
{
    auto found = ForwarderStore::byId(m_db, id, today(m_db));
    if (!found)
        throw notFound();
    return *found;
}

Forwarder ForwarderService::create(ForwarderInput input, const core::Actor& actor)
{
    Forwarder forwarder;
    if (!input.company)
        input.company = std::string();
    apply(forwarder, input);
    Forwarder created;
    m_db.transaction([&](core::Tx& tx) {
        checkUnique(tx, forwarder, std::nullopt);
        const auto now = nowIso();
        std::string id;
        try {
            id = ForwarderStore::insert(tx, forwarder, actor.userId, now);
        } catch (const core::DbError& error) {
            if (error.isUniqueViolation())
                checkUnique(m_db, forwarder, std::nullopt);
            throw;
        }
        created = *ForwarderStore::byId(tx, id, today(tx));
        core::audit(tx, {actor.userId, "forwarder.created", "forwarder", id, nullptr,
                         toJson(created, false), actor.ip});
    });
    return created;
}

Forwarder ForwarderService::update(const std::string& id, ForwarderInput input,
                                   const core::Actor& actor)
{
    Forwarder updated;
    m_db.transaction([&](core::Tx& tx) {
        if (!ForwarderStore::lock(tx, id))
            throw notFound();
        const auto day = today(tx);
        const auto before = *ForwarderStore::byId(tx, id, day);
        auto changed = before;
        apply(changed, input);
        checkUnique(tx, changed, id);
        ForwarderStore::update(tx, changed, nowIso());
        updated = *ForwarderStore::byId(tx, id, day);
        core::audit(tx, {actor.userId, "forwarder.updated", "forwarder", id, toJson(before, false),
                         toJson(updated, false), actor.ip});
    });
    return updated;
}

void ForwarderService::remove(const std::string& id, const core::Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        if (!ForwarderStore::lock(tx, id))
            throw notFound();
        const auto before = *ForwarderStore::byId(tx, id, today(tx));
        ForwarderStore::remove(tx, id);
        core::audit(tx, {actor.userId, "forwarder.deleted", "forwarder", id, toJson(before, false),
                         nullptr, actor.ip});
    });
}

std::vector<ForwarderRate> ForwarderService::rates(const std::string& forwarderId,
                                                   bool includeExpired)
{
    const auto day = today(m_db);
    if (!ForwarderStore::byId(m_db, forwarderId, day))
        throw notFound();
    return ForwarderStore::rates(m_db, forwarderId, includeExpired, day);
}

ForwarderRate ForwarderService::addRate(const std::string& forwarderId, RateInput input,
                                        const core::Actor& actor)
{
    ForwarderRate rate;
    rate.forwarderId = forwarderId;
    apply(rate, input);
    ForwarderRate created;
    m_db.transaction([&](core::Tx& tx) {
        if (!ForwarderStore::lock(tx, forwarderId))
            throw notFound();
        const auto id = ForwarderStore::insertRate(tx, rate, nowIso());
        created = *ForwarderStore::rate(tx, forwarderId, id, today(tx));
        core::audit(tx, {actor.userId, "forwarder_rate.created", "forwarder_rate", id, nullptr,
                         toJson(created), actor.ip});
    });
    return created;
}

ForwarderRate ForwarderService::updateRate(const std::string& forwarderId,
                                           const std::string& rateId, RateInput input,
                                           const core::Actor& actor)
{
    ForwarderRate updated;
    m_db.transaction([&](core::Tx& tx) {
        if (!ForwarderStore::lock(tx, forwarderId))
            throw notFound();
        const auto day = today(tx);
        const auto before = ForwarderStore::rate(tx, forwarderId, rateId, day);
        if (!before)
            throw rateNotFound();
        auto changed = *before;
        apply(changed, input);
        ForwarderStore::updateRate(tx, changed, nowIso());
        updated = *ForwarderStore::rate(tx, forwarderId, rateId, day);
        core::audit(tx, {actor.userId, "forwarder_rate.updated", "forwarder_rate", rateId,
                         toJson(*before), toJson(updated), actor.ip});
    });
    return updated;
}

void ForwarderService::removeRate(const std::string& forwarderId, const std::string& rateId,
                                  const core::Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        if (!ForwarderStore::lock(tx, forwarderId))
            throw notFound();
        const auto before = ForwarderStore::rate(tx, forwarderId, rateId, today(tx));
        if (!before)
            throw rateNotFound();
        ForwarderStore::removeRate(tx, rateId);
        core::audit(tx, {actor.userId, "forwarder_rate.deleted", "forwarder_rate", rateId,
                         toJson(*before), nullptr, actor.ip});
    });
}

RouteComparison ForwarderService::compare(const std::string& origin, const std::string& destination,
                                          const std::optional<std::string>& mode,
                                          bool includeExpired)
{
    RouteComparison result;
    result.origin = text::collapseSpaces(origin);
    result.destination = text::collapseSpaces(destination);
    result.mode = mode;
    result.includeExpired = includeExpired;
    result.today = today(m_db);
    const auto rows = ForwarderStore::routeRates(m_db, result.origin, result.destination, mode,
                                                 includeExpired, result.today);
    for (const auto& row : rows) {
        if (result.groups.empty() || result.groups.back().mode != row.rate.mode ||
            result.groups.back().unit != row.rate.unit ||
            result.groups.back().currency != row.rate.currency)
            result.groups.push_back({row.rate.mode,
                                     row.rate.unit,
                                     row.rate.currency,
                                     0,
                                     std::nullopt,
                                     std::nullopt,
                                     std::nullopt,
                                     {}});
        result.groups.back().rates.push_back(row);
    }
    for (auto& group : result.groups) {
        // Rows come cheapest first, so the current prices are already sorted.
        std::vector<std::int64_t> prices;
        for (const auto& rate : group.rates)
            if (!rate.rate.expired)
                prices.push_back(rate.rate.priceMinor);
        group.count = static_cast<std::int64_t>(prices.size());
        if (prices.empty())
            continue;
        group.minMinor = prices.front();
        group.maxMinor = prices.back();
        const auto middle = prices.size() / 2;
        group.medianMinor =
            prices.size() % 2 == 1 ? prices[middle] : (prices[middle - 1] + prices[middle]) / 2;
    }
    return result;
}

std::vector<KnownRoute> ForwarderService::routes()
{
    return ForwarderStore::knownRoutes(m_db, today(m_db));
}

json::ObjectPtr ForwarderService::toJson(const Forwarder& f, bool masked)
{
    auto o = json::object();
    o->set("id", f.id);
    o->set("company", f.company);
    o->set("services", toArray(f.services));
    o->set("origin_ports", toArray(f.originPorts));
    o->set("destination_regions", toArray(f.destinationRegions));
    const auto hide = [masked](const std::optional<std::string>& value,
                               std::string (*mask)(const std::string&)) {
        if (!value)
            return Poco::Dynamic::Var();
        return Poco::Dynamic::Var(masked ? mask(*value) : *value);
    };
    o->set("contact_person", hide(f.contactPerson, &maskPerson));
    o->set("email", hide(f.email, &maskEmail));
    o->set("phone", hide(f.phone, &maskPhone));
    o->set("website", json::orNull(f.website));
    o->set("notes", json::orNull(f.notes));
    o->set("verified", f.verified);
    o->set("rating", json::orNull(f.rating));
    o->set("contact_masked", masked);
    o->set("current_rates", f.currentRates);
    o->set("created_at", f.createdAt);
    o->set("updated_at", f.updatedAt);
    return o;
}

json::ObjectPtr ForwarderService::toJson(const ForwarderRate& r)
{
    auto o = json::object();
    o->set("id", r.id);
    o->set("forwarder_id", r.forwarderId);
    o->set("origin", r.origin);
    o->set("destination", r.destination);
    o->set("mode", r.mode);
    o->set("unit", r.unit);
    o->set("currency", r.currency);
    o->set("price_minor", r.priceMinor);
    o->set("transit_days", json::orNull(r.transitDays));
    o->set("valid_until", r.validUntil);
    o->set("notes", json::orNull(r.notes));
    o->set("expired", r.expired);
    o->set("created_at", r.createdAt);
    o->set("updated_at", r.updatedAt);
    return o;
}

json::ObjectPtr ForwarderService::toJson(const RouteComparison& c)
{
    auto o = json::object();
    o->set("origin", c.origin);
    o->set("destination", c.destination);
    o->set("mode", json::orNull(c.mode));
    o->set("today", c.today);
    o->set("include_expired", c.includeExpired);
    auto groups = json::array();
    for (const auto& g : c.groups) {
        auto group = json::object();
        group->set("mode", g.mode);
        group->set("unit", g.unit);
        group->set("currency", g.currency);
        group->set("count", g.count);
        group->set("min_minor", json::orNull(g.minMinor));
        group->set("median_minor", json::orNull(g.medianMinor));
        group->set("max_minor", json::orNull(g.maxMinor));
        auto rates = json::array();
        for (const auto& r : g.rates) {
            auto rate = json::object();
            rate->set("rate_id", r.rate.id);
            rate->set("forwarder_id", r.rate.forwarderId);
            rate->set("company", r.company);
            rate->set("verified", r.verified);
            rate->set("rating", json::orNull(r.rating));
            rate->set("price_minor", r.rate.priceMinor);
            rate->set("transit_days", json::orNull(r.rate.transitDays));
            rate->set("valid_until", r.rate.validUntil);
            rate->set("notes", json::orNull(r.rate.notes));
            rate->set("expired", r.rate.expired);
            rates->add(rate);
        }
        group->set("rates", rates);
        groups->add(group);
    }
    o->set("groups", groups);
    return o;
}

json::ObjectPtr ForwarderService::toJson(const KnownRoute& route)
{
    auto o = json::object();
    o->set("origin", route.origin);
    o->set("destination", route.destination);
    o->set("mode", route.mode);
    o->set("rates", route.rates);
    o->set("forwarders", route.forwarders);
    return o;
}

} // namespace ey::directory

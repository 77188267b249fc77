// Affiliate rules (see AffiliateService.h).
#include "AffiliateService.h"

#include "AffiliateJson.h"
#include "AffiliateStore.h"

#include "Audit.h"
#include "Log.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace ey::affiliate {

using core::Problem;
using core::Text;

namespace {

constexpr int kMaxQuantity = 10'000;
constexpr std::size_t kMaxPathLength = 500;
/// One counted click per (code, address) in this window.
constexpr std::int64_t kClickWindowMs = 30LL * 60 * 1000;
constexpr int kMaxSummaryDays = 366;
// WIB has no daylight saving: a Jakarta day is always UTC+7.
constexpr std::int64_t kJakartaOffsetMs = 7LL * 3600 * 1000;

std::string dateText(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

std::optional<std::chrono::sys_days> parseDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const std::chrono::year_month_day ymd{
        std::chrono::year{std::stoi(text.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
        std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days{ymd};
}

std::string lineField(std::size_t index, const char* name)
{
    return "lines[" + std::to_string(index) + "]." + name;
}

Text modeName(const std::string& mode)
{
    return mode == "bulk" ? Text{"grosir (bulk)", "bulk"} : Text{"satuan (mandiri)", "individual"};
}

Problem notAffiliate()
{
    return Problem::notFound({"Anda belum punya kode affiliate. Buat kode Anda dulu di menu "
                              "Affiliate.",
                              "You do not have an affiliate code yet. Create your code first in "
                              "the Affiliate menu."});
}

} // namespace

AffiliateService::AffiliateService(core::Db& db, const core::Clock& clock,
                                   const core::Config& config)
    : m_db(db), m_clock(clock), m_config(config)
{
}

bool AffiliateService::isValidCode(const std::string& code)
{
    if (code.size() < 3 || code.size() > 20)
        return false;
    return std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

Attribution AffiliateService::attribute(core::Sql& sql, const std::string& buyerId,
                                        const std::optional<std::string>& referralCode,
                                        const std::optional<std::string>& couponOwnerId)
{
    Attribution attribution;
    // The coupon wins over the cookie: the buyer typed it, so it is the stronger signal. A buyer's
    // own coupon earns nobody; the cookie of whoever referred them may still count.
    if (couponOwnerId && *couponOwnerId != buyerId &&
        AffiliateStore::mayEarn(sql, *couponOwnerId)) {
        attribution.affiliateId = couponOwnerId;
        attribution.source = "coupon";
        return attribution;
    }
    if (referralCode && isValidCode(*referralCode)) {
        const auto profile = AffiliateStore::profileByCode(sql, *referralCode);
        if (profile && profile->status == "active" && profile->userId != buyerId &&
            AffiliateStore::mayEarn(sql, profile->userId)) {
            attribution.affiliateId = profile->userId;
            attribution.source = "referral";
        }
    }
    return attribution;
}

AgentQuote AffiliateService::agentQuote(core::Sql& sql, const std::string& agentUserId,
                                        const std::vector<AgentLine>& lines)
{
    std::map<std::string, Text> errors;
    if (lines.empty())
        errors["lines"] = {"Pilih minimal satu produk untuk dibeli.",
                           "Choose at least one product to buy."};
    if (lines.size() > 100)
        errors["lines"] = {"Satu pesanan agen paling banyak 100 baris.",
                           "An agent order has at most 100 lines."};
    AgentQuote quote;
    for (std::size_t i = 0; i < lines.size() && lines.size() <= 100; ++i) {
        const auto& line = lines[i];
        if (line.mode != "individual" && line.mode != "bulk") {
            errors[lineField(i, "mode")] = {"Pilih cara beli: individual atau bulk.",
                                            "Choose how to buy: individual or bulk."};
            continue;
        }
        if (line.quantity < 1 || line.quantity > kMaxQuantity) {
            errors[lineField(i, "quantity")] = {
                "Jumlah harus antara 1 dan " + std::to_string(kMaxQuantity) + ".",
                "Quantity must be between 1 and " + std::to_string(kMaxQuantity) + "."};
            continue;
        }
        const auto product = AffiliateStore::pricedProduct(sql, line.productId, line.mode);
        if (!product) {
            errors[lineField(i, "product_slug")] = {
                "Produk ini tidak ditemukan; muat ulang katalog.",
                "This product was not found; reload the catalog."};
            continue;
        }
        if (product->status != "publish") {
            errors[lineField(i, "product_slug")] = {
                "Produk \"" + product->title + "\" belum dijual.",
                "Product \"" + product->title + "\" is not on sale."};
            continue;
        }
        if (!product->price) {
            const auto mode = modeName(line.mode);
            errors[lineField(i, "product_slug")] = {
                "Produk \"" + product->title + "\" belum punya harga agen untuk pembelian " +
                    mode.id + "; hubungi admin.",
                "Product \"" + product->title + "\" has no agent price for " + mode.en +
                    " buying; contact the admin."};
            continue;
        }
        if (line.mode == "bulk" && line.quantity < product->price->minQuantity) {
            const auto minimum = std::to_string(product->price->minQuantity);
            errors[lineField(i, "quantity")] = {
                "Pembelian grosir \"" + product->title + "\" minimal " + minimum + " unit.",
                "Bulk buying of \"" + product->title + "\" needs at least " + minimum + " units."};
            continue;
        }
        AgentQuoteLine priced{product->id,
                              product->title,
                              line.mode,
                              line.quantity,
                              product->price->unitPrice,
                              product->price->feeAffiliate};
        quote.total += priced.unitPrice * priced.quantity;
        quote.totalFeeAffiliate += priced.unitFeeAffiliate * priced.quantity;
        quote.lines.push_back(std::move(priced));
    }
    if (!errors.empty())
        throw Problem::validation(std::move(errors));

    // Seed 004: only an agent with a referring affiliate carries the fee; a "host" agent
    // (no referrer) carries none. We also withhold it from a suspended referrer.
    const auto referral = AffiliateStore::referral(sql, agentUserId);
    auto logger = core::log::server();
    if (referral.referredBy && referral.referrerActive) {
        quote.affiliateId = referral.referredBy;
        quote.feeAffiliate = quote.totalFeeAffiliate;
        logger->info("Affiliate fee assigned agent_id={} affiliate_id={} fee_affiliate={}",
                     agentUserId, *referral.referredBy, quote.feeAffiliate);
    } else if (referral.referredBy) {
        logger->info("Agent's affiliate is suspended, fee_affiliate = 0 agent_id={} "
                     "affiliate_id={} total_fee_affiliate={}",
                     agentUserId, *referral.referredBy, quote.totalFeeAffiliate);
    } else {
        logger->info("Agent has no affiliate, fee_affiliate = 0 agent_id={} has_affiliate=false "
                     "total_fee_affiliate={}",
                     agentUserId, quote.totalFeeAffiliate);
    }
    return quote;
}

void AffiliateService::recordConversion(core::Sql& sql, const Conversion& conversion)
{
    if (conversion.gross < 0 || conversion.commission < 0)
        throw std::invalid_argument("affiliate conversion amounts must not be negative");
    AffiliateStore::insertConversion(sql, conversion, m_clock.nowMs());
}

void AffiliateService::reverseConversion(core::Sql& sql, const std::string& transactionId,
                                         std::int64_t commissionReversed)
{
    if (commissionReversed < 0)
        throw std::invalid_argument("a reversed commission must not be negative");
    if (commissionReversed == 0)
        return; // a refund that took nothing from the affiliate leaves the conversion as it is
    AffiliateStore::reverseConversion(sql, transactionId, commissionReversed, m_clock.nowMs());
}

bool AffiliateService::recordClick(const std::string& code, const std::string& path,
                                   const std::string& clientIp)
{
    if (!isValidCode(code))
        return false;
    const auto profile = AffiliateStore::profileByCode(m_db, code);
    if (!profile || profile->status != "active")
        return false;
    // Only the hash of the address is kept: enough to tell repeat visits apart, nothing more.
    // A repeat from the same address within the window is still a valid code (the visitor keeps
    // the cookie) but records nothing, so reloading a link cannot inflate the click count.
    const auto ipHash = core::sha256Hex(clientIp);
    const auto nowMs = m_clock.nowMs();
    m_db.transaction([&](core::Tx& tx) {
        AffiliateStore::insertClickUnlessRecent(tx, profile->userId, profile->code,
                                                path.substr(0, kMaxPathLength), ipHash, nowMs,
                                                kClickWindowMs);
    });
    return true;
}

int AffiliateService::cookieDays() const
{
    return static_cast<int>(m_config.integer("affiliate.cookie_days", 30, 1, 365));
}

Profile AffiliateService::profile(const std::string& userId)
{
    auto found = AffiliateStore::profileByUser(m_db, userId);
    if (!found)
        throw notAffiliate();
    return *found;
}

Profile AffiliateService::setCode(const std::string& userId, const std::string& code,
                                  const Actor& actor, bool& created)
{
    if (!isValidCode(code))
        throw Problem::validation(
            {{"code",
              {"Kode harus 3–20 karakter: huruf, angka, garis bawah (_) atau tanda hubung (-).",
               "The code must be 3–20 characters: letters, digits, underscore (_) or hyphen "
               "(-)."}}});
    Profile saved;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto before = AffiliateStore::profileByUser(tx, userId);
            if (before && before->status == "suspended")
                throw Problem::conflict(
                    {"Akun affiliate Anda sedang ditangguhkan, jadi kodenya tidak bisa diubah. "
                     "Hubungi admin.",
                     "Your affiliate account is suspended, so its code cannot be changed. "
                     "Contact the admin."});
            saved = AffiliateStore::saveCode(tx, userId, code, m_clock.nowMs());
            created = !before;
            core::audit(tx,
                        {actor.userId, created ? "affiliate.create" : "affiliate.code_change",
                         "affiliate", userId, before ? AffiliateJson::profile(*before) : nullptr,
                         AffiliateJson::profile(saved), actor.ip});
        });
    } catch (const core::DbError& e) {
        if (!e.isUniqueViolation())
            throw;
        throw Problem::conflict(
            {"Kode \"" + code +
                 "\" sudah dipakai affiliate lain; pilih kode "
                 "lain.",
             "The code \"" + code + "\" is already taken by another affiliate; choose another."})
            .withFieldError("code", {"Kode sudah dipakai.", "This code is taken."});
    }
    return saved;
}

Summary AffiliateService::summary(const std::string& userId, const std::optional<std::string>& from,
                                  const std::optional<std::string>& to)
{
    using namespace std::chrono;
    const auto today =
        floor<days>(sys_time<milliseconds>(milliseconds(m_clock.nowMs() + kJakartaOffsetMs)));
    std::map<std::string, Text> errors;
    auto end = today;
    if (to) {
        if (auto parsed = parseDate(*to))
            end = *parsed;
        else
            errors["to"] = {"Tanggal harus berformat YYYY-MM-DD.", "Use a YYYY-MM-DD date."};
    }
    auto start = end - days{29};
    if (from) {
        if (auto parsed = parseDate(*from))
            start = *parsed;
        else
            errors["from"] = {"Tanggal harus berformat YYYY-MM-DD.", "Use a YYYY-MM-DD date."};
    }
    if (errors.empty() && start > end)
        errors["from"] = {"Tanggal awal harus sebelum atau sama dengan tanggal akhir.",
                          "The start date must not be after the end date."};
    if (errors.empty() && (end - start).count() >= kMaxSummaryDays)
        errors["from"] = {"Rentang paling panjang 366 hari; persempit tanggalnya.",
                          "The range is at most 366 days; narrow the dates."};
    if (!errors.empty())
        throw Problem::validation(std::move(errors));

    if (!AffiliateStore::profileByUser(m_db, userId))
        throw notAffiliate();
    Summary summary;
    summary.from = dateText(start);
    summary.to = dateText(end);
    summary.days = AffiliateStore::days(m_db, userId, summary.from, summary.to);
    for (const auto& day : summary.days) {
        summary.clicks += day.clicks;
        summary.conversions += day.conversions;
        summary.commission += day.commission;
    }
    return summary;
}

std::vector<ConversionEntry> AffiliateService::conversions(const std::string& userId,
                                                           const core::PageRequest& page)
{
    return AffiliateStore::conversions(m_db, userId, page);
}

std::vector<AffiliateOverview> AffiliateService::affiliates(const AffiliateFilter& filter,
                                                            const core::PageRequest& page)
{
    return AffiliateStore::overviews(m_db, filter, page);
}

AffiliateOverview AffiliateService::setStatus(const std::string& userId, const std::string& status,
                                              const Actor& actor)
{
    AffiliateOverview result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = AffiliateStore::profileByUser(tx, userId);
        if (!before)
            throw Problem::notFound({"Affiliate ini tidak ditemukan; muat ulang daftar.",
                                     "This affiliate was not found; reload the list."});
        const auto after = AffiliateStore::setStatus(tx, userId, status, m_clock.nowMs());
        core::audit(tx,
                    {actor.userId, "affiliate.status", "affiliate", userId,
                     AffiliateJson::profile(*before), AffiliateJson::profile(*after), actor.ip});
        result = *AffiliateStore::overview(tx, userId);
    });
    return result;
}

std::vector<Agent> AffiliateService::agents(const std::optional<std::string>& search,
                                            const core::PageRequest& page)
{
    return AffiliateStore::agents(m_db, search, page);
}

Agent AffiliateService::assignAgent(const std::string& userId,
                                    const std::optional<std::string>& referredBy,
                                    const Actor& actor)
{
    Agent result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = AffiliateStore::agent(tx, userId);
        if (!before)
            throw Problem::notFound(
                {"Pengguna ini bukan Agen/Reseller. Beri dulu peran Agen/Reseller di menu "
                 "Pengguna.",
                 "This user is not an Agent/Reseller. Give them the Agent/Reseller role in the "
                 "Users menu first."});
        if (referredBy) {
            if (*referredBy == userId)
                throw Problem::validation(
                    {{"referred_by",
                      {"Agen tidak bisa menjadi affiliate bagi dirinya sendiri.",
                       "An agent cannot be their own referring affiliate."}}});
            if (!AffiliateStore::profileByUser(tx, *referredBy))
                throw Problem::validation(
                    {{"referred_by",
                      {"Pengguna yang dipilih bukan affiliate (belum punya kode affiliate).",
                       "The chosen user is not an affiliate (has no affiliate code)."}}});
        }
        AffiliateStore::saveAgent(tx, userId, referredBy, m_clock.nowMs());
        result = *AffiliateStore::agent(tx, userId);
        core::audit(tx, {actor.userId, "agent.referrer", "agent", userId,
                         AffiliateJson::agent(*before), AffiliateJson::agent(result), actor.ip});
    });
    return result;
}

std::vector<AgentPricing> AffiliateService::pricings(const core::PageRequest& page)
{
    return AffiliateStore::pricings(m_db, page);
}

AgentPricing AffiliateService::setPricing(const std::string& productId,
                                          const std::optional<AgentPrice>& individual,
                                          const std::optional<AgentPrice>& bulk, const Actor& actor)
{
    AgentPricing result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = AffiliateStore::pricing(tx, productId);
        if (!before)
            throw Problem::notFound({"Produk ini tidak ditemukan; muat ulang katalog.",
                                     "This product was not found; reload the catalog."});
        auto single = individual;
        if (single)
            single->minQuantity = 1; // a minimum only means something for bulk buying
        const auto now = m_clock.nowMs();
        AffiliateStore::savePrice(tx, before->productId, "individual", single, now);
        AffiliateStore::savePrice(tx, before->productId, "bulk", bulk, now);
        result = *AffiliateStore::pricing(tx, before->productId);
        core::audit(tx,
                    {actor.userId, "agent_pricing.update", "product", before->productId,
                     AffiliateJson::pricing(*before), AffiliateJson::pricing(result), actor.ip});
    });
    return result;
}

AgentQuote AffiliateService::quoteBySlug(const std::string& agentUserId,
                                         std::vector<AgentLine> lines,
                                         const std::vector<std::string>& slugs)
{
    AgentQuote quote;
    m_db.transaction([&](core::Tx& tx) {
        std::map<std::string, Text> errors;
        for (std::size_t i = 0; i < lines.size() && i < slugs.size(); ++i) {
            if (auto id = AffiliateStore::productIdBySlug(tx, slugs[i]))
                lines[i].productId = *id;
            else
                errors[lineField(i, "product_slug")] = {
                    "Produk \"" + slugs[i] + "\" tidak ditemukan; muat ulang katalog.",
                    "Product \"" + slugs[i] + "\" was not found; reload the catalog."};
        }
        if (!errors.empty())
            throw Problem::validation(std::move(errors));
        quote = agentQuote(tx, agentUserId, lines);
    });
    return quote;
}

} // namespace ey::affiliate

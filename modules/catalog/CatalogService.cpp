// Catalog rules.
#include "CatalogService.h"

#include "CatalogJson.h"
#include "CatalogStore.h"
#include "HtmlSanitizer.h"
#include "Slugs.h"

#include "Audit.h"
#include "Problem.h"
#include "Strings.h"

#include <algorithm>
#include <map>
#include <set>

namespace ey::catalog {

using core::Problem;
using core::Text;

namespace {

using Errors = std::map<std::string, Text>;

std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

void checkTitle(Errors& errors, const std::string& title)
{
    if (title.empty())
        errors["title"] = {"Judul wajib diisi.", "The title is required."};
    else if (characters(title) > CatalogService::kMaxTitleChars)
        errors["title"] = {"Judul maksimal 150 karakter.",
                           "The title can be at most 150 characters."};
}

void checkSlug(Errors& errors, const std::string& slug)
{
    if (!slug.empty() && !Slugs::isValid(slug))
        errors["slug"] = {
            "Slug hanya boleh huruf kecil, angka dan tanda '-' (contoh: paket-ekspor-pemula), "
            "maksimal 100 karakter.",
            "A slug may only hold lowercase letters, digits and '-' (for example "
            "paket-ekspor-pemula), at most 100 characters."};
}

void throwIfAny(const Errors& errors)
{
    if (!errors.empty())
        throw Problem::validation(errors);
}

// Both conflicts name their field, so an editor can show the message where the value was typed.
Problem slugConflict(const std::string& slug)
{
    return Problem::conflict({"Slug \"" + slug + "\" sudah dipakai; pilih slug lain.",
                              "The slug \"" + slug + "\" is already taken; choose another."})
        .withFieldError("slug", {"Slug sudah dipakai.", "Slug already taken."});
}

Problem couponCodeConflict(const std::string& code)
{
    return Problem::conflict({"Kode kupon \"" + code + "\" sudah dipakai.",
                              "The coupon code \"" + code + "\" is already taken."})
        .withFieldError("code", {"Kode kupon sudah dipakai.", "Coupon code already taken."});
}

/// The slug to store: the one typed (409 when taken) or one made from the title, numbered until
/// free.
std::string settleSlug(core::Sql& sql, CatalogStore::SlugTable table, const std::string& typed,
                       const std::string& title, const std::string& fallback,
                       const std::string& exceptId)
{
    if (!typed.empty()) {
        if (CatalogStore::slugTaken(sql, table, typed, exceptId))
            throw slugConflict(typed);
        return typed;
    }
    const auto base = Slugs::fromTitle(title, fallback);
    for (int n = 1; n < 1000; ++n) {
        auto candidate = Slugs::candidate(base, n);
        if (!CatalogStore::slugTaken(sql, table, candidate, exceptId))
            return candidate;
    }
    throw slugConflict(base);
}

/// Runs a write, turning a unique violation (two admins saving the same slug at once) into a 409.
template <typename Work> void guarded(Work&& work, const std::string& slug)
{
    try {
        work();
    } catch (const core::DbError& error) {
        if (error.isUniqueViolation())
            throw slugConflict(slug);
        throw;
    }
}

Problem planNotFound()
{
    return Problem::notFound({"Paket membership tidak ditemukan.", "Membership plan not found."});
}

Problem productNotFound()
{
    return Problem::notFound({"Produk tidak ditemukan.", "Product not found."});
}

Problem couponNotFound()
{
    return Problem::notFound({"Kupon tidak ditemukan.", "Coupon not found."});
}

std::string idText(const std::string& id)
{
    return core::isUuid(id) ? id : std::string();
}

CouponOutcome refuse(std::int64_t subtotal, std::string code, Text reason)
{
    CouponOutcome outcome;
    outcome.total = subtotal;
    outcome.reasonCode = std::move(code);
    outcome.reason = std::move(reason);
    return outcome;
}

} // namespace

CatalogService::CatalogService(core::Db& db, const core::Clock& clock, core::FileStore* files)
    : m_db(db), m_clock(clock), m_files(files)
{
}

void CatalogService::removeFiles(const std::vector<std::string>& keys)
{
    // After the commit only: a rolled-back delete must still find its pictures.
    if (!m_files)
        return;
    for (const auto& key : keys)
        m_files->remove(key);
}

// ---------------------------------------------------------------- plans

void CatalogService::validatePlan(core::Sql&, Plan& plan)
{
    Errors errors;
    checkTitle(errors, plan.title);
    checkSlug(errors, plan.slug);
    plan.descriptionHtml = HtmlSanitizer::clean(plan.descriptionHtml);
    if (plan.salespageUrl && plan.salespageUrl->empty())
        plan.salespageUrl.reset();
    if (plan.salespageUrl &&
        !(plan.salespageUrl->starts_with("https://") || plan.salespageUrl->starts_with("http://")))
        errors["salespage_url"] = {"Link salespage harus diawali http:// atau https://.",
                                   "The salespage link must start with http:// or https://."};
    if (plan.commissionType == "percent" &&
        (plan.commissionValue < 0 || plan.commissionValue > 100))
        errors["commission_value"] = {"Komisi persen harus antara 0 dan 100.",
                                      "A percentage commission must be between 0 and 100."};
    if (plan.commissionType == "fixed" && plan.commissionValue < 0)
        errors["commission_value"] = {"Komisi tetap tidak boleh negatif.",
                                      "A fixed commission cannot be negative."};
    std::set<std::string> durations;
    for (std::size_t i = 0; i < plan.prices.size(); ++i) {
        if (!durations.insert(plan.prices[i].duration).second)
            errors["prices[" + std::to_string(i) + "].duration"] = {
                "Durasi " + plan.prices[i].duration + " tercantum dua kali.",
                "The duration " + plan.prices[i].duration + " is listed twice."};
    }
    if (plan.status == "active" && plan.prices.empty())
        errors["prices"] = {"Paket aktif harus punya minimal satu harga.",
                            "An active plan needs at least one price."};
    std::set<std::pair<std::string, std::string>> grants;
    for (std::size_t i = 0; i < plan.grants.size(); ++i) {
        if (!grants.insert({plan.grants[i].kind, plan.grants[i].ref}).second)
            errors["grants[" + std::to_string(i) + "]"] = {"Akses ini tercantum dua kali.",
                                                           "This grant is listed twice."};
    }
    throwIfAny(errors);
}

Plan CatalogService::createPlan(Plan plan, const Actor& actor)
{
    Plan created;
    m_db.transaction([&](core::Tx& tx) {
        auto p = plan;
        // Images arrive only through the upload routes (checked by content, old file removed).
        p.logoKey.reset();
        p.bannerKey.reset();
        validatePlan(tx, p);
        p.slug = settleSlug(tx, CatalogStore::SlugTable::Plans, p.slug, p.title, "paket", "");
        guarded([&] { p.id = CatalogStore::insertPlan(tx, p, m_clock.nowMs()); }, p.slug);
        CatalogStore::replacePlanParts(tx, p);
        created = *CatalogStore::plan(tx, p.id);
        core::audit(tx, {actor.userId, "catalog.plan.create", "membership_plan", created.id,
                         nullptr, CatalogJson::plan(created), actor.ip});
    });
    return created;
}

Plan CatalogService::updatePlan(const std::string& id, Plan plan, const Actor& actor)
{
    Plan updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::plan(tx, idText(id), true);
        if (!before)
            throw planNotFound();
        auto p = plan;
        p.id = before->id;
        // Images change only through the upload routes, so an edit never drops or swaps one.
        p.logoKey = before->logoKey;
        p.bannerKey = before->bannerKey;
        validatePlan(tx, p);
        if (p.slug.empty())
            p.slug = before->slug;
        else if (p.slug != before->slug)
            p.slug = settleSlug(tx, CatalogStore::SlugTable::Plans, p.slug, p.title, "paket", p.id);
        guarded([&] { CatalogStore::updatePlan(tx, p, m_clock.nowMs()); }, p.slug);
        CatalogStore::replacePlanParts(tx, p);
        updated = *CatalogStore::plan(tx, p.id);
        core::audit(tx, {actor.userId, "catalog.plan.update", "membership_plan", p.id,
                         CatalogJson::plan(*before), CatalogJson::plan(updated), actor.ip});
    });
    return updated;
}

void CatalogService::deletePlan(const std::string& id, const Actor& actor)
{
    std::vector<std::string> images;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::plan(tx, idText(id), true);
        if (!before)
            throw planNotFound();
        images.clear();
        for (const auto& key : {before->logoKey, before->bannerKey})
            if (key)
                images.push_back(*key);
        try {
            CatalogStore::deletePlan(tx, before->id);
        } catch (const core::DbError& error) {
            if (!error.isForeignKeyViolation())
                throw;
            throw Problem::conflict(
                {"Paket ini sudah dipakai dan tidak bisa dihapus; arsipkan saja (status archived).",
                 "This plan is in use and cannot be deleted; archive it instead (status "
                 "archived)."});
        }
        core::audit(tx, {actor.userId, "catalog.plan.delete", "membership_plan", before->id,
                         CatalogJson::plan(*before), nullptr, actor.ip});
    });
    removeFiles(images);
}

Plan CatalogService::plan(const std::string& id)
{
    auto found = CatalogStore::plan(m_db, idText(id));
    if (!found)
        throw planNotFound();
    return *found;
}

std::vector<Plan> CatalogService::plans(const ListFilter& filter,
                                        const std::optional<ListPosition>& after, int limit)
{
    return CatalogStore::plans(m_db, filter, after, limit + 1);
}

std::vector<Plan> CatalogService::publicPlans()
{
    ListFilter filter;
    filter.status = "active";
    std::vector<Plan> all;
    std::optional<ListPosition> after;
    // The shop shows every active plan at once; read them in pages so none is cut off.
    while (true) {
        auto page = CatalogStore::plans(m_db, filter, after, 200);
        if (page.empty())
            break;
        after = ListPosition{page.back().createdAt, page.back().id};
        all.insert(all.end(), page.begin(), page.end());
        if (page.size() < 200)
            break;
    }
    const auto cheapest = [](const Plan& plan) {
        std::int64_t low = kMaxPrice + 1;
        for (const auto& price : plan.prices)
            low = std::min(low, price.price);
        return low;
    };
    std::stable_sort(all.begin(), all.end(),
                     [&](const Plan& a, const Plan& b) { return cheapest(a) < cheapest(b); });
    return all;
}

Plan CatalogService::publicPlan(const std::string& slug)
{
    auto found = CatalogStore::planBySlug(m_db, slug);
    if (!found || found->status != "active")
        throw planNotFound();
    return *found;
}

// ---------------------------------------------------------------- products

void CatalogService::validateProduct(core::Sql& sql, Product& product)
{
    Errors errors;
    checkTitle(errors, product.title);
    checkSlug(errors, product.slug);
    product.descriptionHtml = HtmlSanitizer::clean(product.descriptionHtml);
    if (characters(product.shortDescription) > 500)
        errors["short_description"] = {"Deskripsi singkat maksimal 500 karakter.",
                                       "The short description can be at most 500 characters."};
    std::vector<std::string> tags;
    for (auto tag : product.tags) {
        std::transform(tag.begin(), tag.end(), tag.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(tag);
    }
    product.tags = tags;
    if (product.pricingType == "free") {
        if (product.basePrice != 0 || product.promoPrice)
            errors["base_price"] = {"Produk gratis harus berharga 0 tanpa harga promo.",
                                    "A free product must cost 0 and have no promo price."};
    }
    if (product.promoPrice && *product.promoPrice >= product.basePrice)
        errors["promo_price"] = {"Harga promo harus lebih rendah dari harga dasar.",
                                 "The promo price must be lower than the base price."};
    if (product.promoEndsAt && !product.promoPrice)
        errors["promo_ends_at"] = {"Isi harga promo dulu sebelum tanggal berakhirnya.",
                                   "Set a promo price before its end date."};
    if (product.creatorId &&
        (!core::isUuid(*product.creatorId) || !CatalogStore::userExists(sql, *product.creatorId)))
        errors["creator_id"] = {"Pembuat/mentor tidak ditemukan.", "Creator/mentor not found."};
    // Bundles: existing products, each once, never the bundle itself, and one level deep only
    // (so no bundle can end up containing itself through another).
    std::set<std::string> seen;
    bool itemsOk = true;
    for (const auto& item : product.bundleItemIds) {
        if (!core::isUuid(item)) {
            errors["bundle_items"] = {"Isi bundel harus berupa id produk.",
                                      "Bundle items must be product ids."};
            itemsOk = false;
        } else if (!product.id.empty() && item == product.id) {
            errors["bundle_items"] = {"Bundel tidak bisa berisi dirinya sendiri.",
                                      "A bundle cannot contain itself."};
            itemsOk = false;
        } else if (!seen.insert(item).second) {
            errors["bundle_items"] = {"Produk yang sama tercantum dua kali di bundel.",
                                      "The same product is listed twice in the bundle."};
            itemsOk = false;
        }
    }
    std::set<std::pair<std::string, std::string>> grants;
    for (std::size_t i = 0; i < product.grants.size(); ++i) {
        if (!grants.insert({product.grants[i].kind, product.grants[i].ref}).second)
            errors["grants[" + std::to_string(i) + "]"] = {"Akses ini tercantum dua kali.",
                                                           "This grant is listed twice."};
    }
    if (itemsOk && !product.bundleItemIds.empty()) {
        if (!CatalogStore::missingProducts(sql, product.bundleItemIds).empty()) {
            errors["bundle_items"] = {"Sebagian isi bundel tidak ditemukan.",
                                      "Some bundle items do not exist."};
        } else {
            for (const auto& item : product.bundleItemIds) {
                const auto inner = CatalogStore::product(sql, item);
                if (inner && !inner->bundleItemIds.empty()) {
                    errors["bundle_items"] = {
                        "Bundel tidak bisa berisi bundel lain (" + inner->title + ").",
                        "A bundle cannot contain another bundle (" + inner->title + ")."};
                    break;
                }
            }
            if (!product.id.empty() && !CatalogStore::bundlesContaining(sql, product.id).empty())
                errors["bundle_items"] = {
                    "Produk ini sudah menjadi isi bundel lain, jadi tidak bisa menjadi bundel.",
                    "This product is already inside another bundle, so it cannot be a bundle."};
        }
    }
    throwIfAny(errors);
}

Product CatalogService::createProduct(Product product, const Actor& actor)
{
    Product created;
    m_db.transaction([&](core::Tx& tx) {
        auto p = product;
        p.id.clear();
        p.coverKey.reset(); // arrives only through the upload route
        validateProduct(tx, p);
        p.slug = settleSlug(tx, CatalogStore::SlugTable::Products, p.slug, p.title, "produk", "");
        guarded([&] { p.id = CatalogStore::insertProduct(tx, p, m_clock.nowMs()); }, p.slug);
        CatalogStore::replaceBundleItems(tx, p);
        CatalogStore::replaceProductLinks(tx, p);
        created = *CatalogStore::product(tx, p.id);
        core::audit(tx, {actor.userId, "catalog.product.create", "product", created.id, nullptr,
                         CatalogJson::product(created), actor.ip});
    });
    return created;
}

Product CatalogService::updateProduct(const std::string& id, Product product, const Actor& actor)
{
    Product updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::product(tx, idText(id), true);
        if (!before)
            throw productNotFound();
        auto p = product;
        p.id = before->id;
        p.coverKey = before->coverKey; // changed only through the upload route
        validateProduct(tx, p);
        if (p.slug.empty())
            p.slug = before->slug;
        else if (p.slug != before->slug)
            p.slug =
                settleSlug(tx, CatalogStore::SlugTable::Products, p.slug, p.title, "produk", p.id);
        guarded([&] { CatalogStore::updateProduct(tx, p, m_clock.nowMs()); }, p.slug);
        CatalogStore::replaceBundleItems(tx, p);
        CatalogStore::replaceProductLinks(tx, p);
        updated = *CatalogStore::product(tx, p.id);
        core::audit(tx, {actor.userId, "catalog.product.update", "product", p.id,
                         CatalogJson::product(*before), CatalogJson::product(updated), actor.ip});
    });
    return updated;
}

void CatalogService::deleteProduct(const std::string& id, const Actor& actor)
{
    std::vector<std::string> images;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::product(tx, idText(id), true);
        if (!before)
            throw productNotFound();
        images.clear();
        if (before->coverKey)
            images.push_back(*before->coverKey);
        for (const auto& image : before->gallery)
            images.push_back(image.key);
        const auto bundles = CatalogStore::bundlesContaining(tx, before->id);
        if (!bundles.empty())
            throw Problem::conflict(
                {"Produk ini masih menjadi isi bundel: " + core::joinList(bundles, ',') +
                     ". Keluarkan dulu dari bundel tersebut.",
                 "This product is still inside bundles: " + core::joinList(bundles, ',') +
                     ". Remove it from them first."});
        try {
            CatalogStore::deleteProduct(tx, before->id);
        } catch (const core::DbError& error) {
            if (!error.isForeignKeyViolation())
                throw;
            throw Problem::conflict(
                {"Produk ini sudah dipakai dan tidak bisa dihapus; ubah statusnya menjadi draft.",
                 "This product is in use and cannot be deleted; set its status to draft instead."});
        }
        core::audit(tx, {actor.userId, "catalog.product.delete", "product", before->id,
                         CatalogJson::product(*before), nullptr, actor.ip});
    });
    removeFiles(images);
}

Product CatalogService::product(const std::string& id)
{
    auto found = CatalogStore::product(m_db, idText(id));
    if (!found)
        throw productNotFound();
    return *found;
}

std::vector<Product> CatalogService::products(const ListFilter& filter,
                                              const std::optional<ListPosition>& after, int limit)
{
    return CatalogStore::products(m_db, filter, after, limit + 1);
}

Product CatalogService::publicProduct(const std::string& slug)
{
    auto found = CatalogStore::productBySlug(m_db, slug);
    if (!found || (found->status != "publish" && found->status != "coming_soon"))
        throw productNotFound();
    return *found;
}

// ---------------------------------------------------------------- coupons

void CatalogService::validateCoupon(core::Sql& sql, Coupon& coupon, std::int64_t usedCount)
{
    Errors errors;
    const bool codeOk = coupon.code.size() >= 3 && coupon.code.size() <= 40 &&
                        std::all_of(coupon.code.begin(), coupon.code.end(), [](unsigned char c) {
                            return std::isalnum(c) || c == '-' || c == '_';
                        });
    if (!codeOk)
        errors["code"] = {"Kode kupon 3–40 karakter: huruf, angka, '-' atau '_'.",
                          "A coupon code has 3–40 characters: letters, digits, '-' or '_'."};
    if (coupon.kind == "percent" && (coupon.value < 1 || coupon.value > 100))
        errors["value"] = {"Diskon persen harus antara 1 dan 100.",
                           "A percentage discount must be between 1 and 100."};
    if (coupon.kind == "nominal" && (coupon.value < 1 || coupon.value > kMaxPrice))
        errors["value"] = {"Potongan nominal harus lebih dari 0.",
                           "A fixed discount must be more than 0."};
    if (coupon.startsAtMs && coupon.endsAtMs && *coupon.startsAtMs >= *coupon.endsAtMs)
        errors["ends_at"] = {"Tanggal berakhir harus setelah tanggal mulai.",
                             "The end must come after the start."};
    if (coupon.maxUsesTotal && *coupon.maxUsesTotal < usedCount)
        errors["max_uses_total"] = {
            "Batas total tidak boleh di bawah pemakaian yang sudah terjadi (" +
                std::to_string(usedCount) + ").",
            "The total limit cannot be below the uses so far (" + std::to_string(usedCount) + ")."};
    if (coupon.scope == "all" && (!coupon.planIds.empty() || !coupon.productIds.empty()))
        errors["scope"] = {"Kupon untuk semua item tidak memakai daftar paket/produk; pilih "
                           "cakupan plans atau products.",
                           "A coupon for every item takes no plan/product list; choose the "
                           "plans or products scope."};
    if (coupon.scope == "plans" && !coupon.productIds.empty())
        errors["product_ids"] = {"Kupon khusus paket tidak bisa memuat produk.",
                                 "A plans-only coupon cannot list products."};
    if (coupon.scope == "products" && !coupon.planIds.empty())
        errors["plan_ids"] = {"Kupon khusus produk tidak bisa memuat paket.",
                              "A products-only coupon cannot list plans."};
    const auto allIds = [](const std::vector<std::string>& ids) {
        return std::all_of(ids.begin(), ids.end(), [](const auto& id) { return core::isUuid(id); });
    };
    if (!allIds(coupon.planIds) || !CatalogStore::missingPlans(sql, coupon.planIds).empty())
        errors["plan_ids"] = {"Sebagian paket tidak ditemukan.", "Some plans do not exist."};
    if (!allIds(coupon.productIds) ||
        !CatalogStore::missingProducts(sql, coupon.productIds).empty())
        errors["product_ids"] = {"Sebagian produk tidak ditemukan.", "Some products do not exist."};
    std::sort(coupon.planIds.begin(), coupon.planIds.end());
    coupon.planIds.erase(std::unique(coupon.planIds.begin(), coupon.planIds.end()),
                         coupon.planIds.end());
    std::sort(coupon.productIds.begin(), coupon.productIds.end());
    coupon.productIds.erase(std::unique(coupon.productIds.begin(), coupon.productIds.end()),
                            coupon.productIds.end());
    if (coupon.ownerAffiliateId && (!core::isUuid(*coupon.ownerAffiliateId) ||
                                    !CatalogStore::userExists(sql, *coupon.ownerAffiliateId)))
        errors["owner_affiliate_id"] = {"Affiliate pemilik kupon tidak ditemukan.",
                                        "The owning affiliate was not found."};
    throwIfAny(errors);
}

Coupon CatalogService::createCoupon(Coupon coupon, const Actor& actor)
{
    Coupon created;
    m_db.transaction([&](core::Tx& tx) {
        auto c = coupon;
        validateCoupon(tx, c, 0);
        try {
            c.id = CatalogStore::insertCoupon(tx, c, m_clock.nowMs());
        } catch (const core::DbError& error) {
            if (!error.isUniqueViolation())
                throw;
            throw couponCodeConflict(c.code);
        }
        CatalogStore::replaceCouponTargets(tx, c);
        created = *CatalogStore::coupon(tx, c.id);
        core::audit(tx, {actor.userId, "catalog.coupon.create", "coupon", created.id, nullptr,
                         CatalogJson::coupon(created), actor.ip});
    });
    return created;
}

Coupon CatalogService::updateCoupon(const std::string& id, Coupon coupon, const Actor& actor)
{
    Coupon updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::coupon(tx, idText(id), true);
        if (!before)
            throw couponNotFound();
        auto c = coupon;
        c.id = before->id;
        validateCoupon(tx, c, before->usedCount);
        try {
            CatalogStore::updateCoupon(tx, c, m_clock.nowMs());
        } catch (const core::DbError& error) {
            if (!error.isUniqueViolation())
                throw;
            throw couponCodeConflict(c.code);
        }
        CatalogStore::replaceCouponTargets(tx, c);
        updated = *CatalogStore::coupon(tx, c.id);
        core::audit(tx, {actor.userId, "catalog.coupon.update", "coupon", c.id,
                         CatalogJson::coupon(*before), CatalogJson::coupon(updated), actor.ip});
    });
    return updated;
}

void CatalogService::deleteCoupon(const std::string& id, const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto before = CatalogStore::coupon(tx, idText(id), true);
        if (!before)
            throw couponNotFound();
        if (before->usedCount > 0)
            throw Problem::conflict(
                {"Kupon ini sudah pernah dipakai; nonaktifkan saja agar riwayatnya tetap ada.",
                 "This coupon has been used; deactivate it instead so its history stays."});
        CatalogStore::deleteCoupon(tx, before->id);
        core::audit(tx, {actor.userId, "catalog.coupon.delete", "coupon", before->id,
                         CatalogJson::coupon(*before), nullptr, actor.ip});
    });
}

Coupon CatalogService::coupon(const std::string& id)
{
    auto found = CatalogStore::coupon(m_db, idText(id));
    if (!found)
        throw couponNotFound();
    return *found;
}

std::vector<Coupon> CatalogService::coupons(const ListFilter& filter,
                                            const std::optional<ListPosition>& after, int limit)
{
    return CatalogStore::coupons(m_db, filter, after, limit + 1);
}

CouponQuote CatalogService::checkCoupon(const CouponCheck& check)
{
    const auto now = m_clock.nowMs();
    CouponQuote quote;
    CouponTarget target;
    if (check.planSlug) {
        const auto plan = publicPlan(*check.planSlug);
        target = {CouponTarget::Kind::Plan, plan.id};
        const PlanPrice* chosen = nullptr;
        if (check.duration) {
            for (const auto& price : plan.prices)
                if (price.duration == *check.duration)
                    chosen = &price;
            if (!chosen)
                throw Problem::validation(
                    {{"duration",
                      {"Paket ini tidak punya harga untuk durasi " + *check.duration + ".",
                       "This plan has no price for the duration " + *check.duration + "."}}});
        } else if (plan.prices.size() == 1) {
            chosen = &plan.prices.front();
        } else {
            throw Problem::validation(
                {{"duration",
                  {"Pilih durasi paket (1m, 3m, 6m, 12m atau lifetime).",
                   "Choose the plan's duration (1m, 3m, 6m, 12m or lifetime)."}}});
        }
        quote.subtotal = chosen->price;
    } else if (check.productSlug) {
        const auto product = publicProduct(*check.productSlug);
        if (product.status != "publish")
            throw Problem::conflict({"Produk ini belum bisa dibeli (segera hadir).",
                                     "This product cannot be bought yet (coming soon)."});
        target = {CouponTarget::Kind::Product, product.id};
        quote.subtotal = effectivePrice(product, now, check.isPremium);
    } else {
        throw Problem::validation({{"plan_slug",
                                    {"Sebutkan paket atau produk yang akan dibeli.",
                                     "Name the plan or product being bought."}}});
    }
    const auto coupon = CatalogStore::couponByCode(m_db, check.code);
    if (!coupon) {
        quote.outcome = refuse(quote.subtotal, "not_found",
                               {"Kode kupon tidak dikenal; periksa kembali penulisannya.",
                                "Unknown coupon code; check how it is spelled."});
        return quote;
    }
    const auto uses = CatalogStore::redemptionsBy(m_db, coupon->id, check.userId);
    quote.outcome = applyCoupon(*coupon, quote.subtotal, target, uses, now);
    if (quote.outcome.valid) {
        quote.couponId = coupon->id;
        quote.ownerAffiliateId = coupon->ownerAffiliateId;
    }
    return quote;
}

bool CatalogService::redeemCoupon(core::Sql& tx, const std::string& couponId,
                                  const std::string& userId, const std::string& transactionRef,
                                  std::int64_t nowMs)
{
    if (!CatalogStore::countUse(tx, couponId))
        return false;
    CatalogStore::insertRedemption(tx, couponId, userId, transactionRef, nowMs);
    return true;
}

bool CatalogService::takeSeat(core::Sql& tx, const std::string& productId)
{
    return CatalogStore::takeSeat(tx, productId);
}

void CatalogService::returnSeat(core::Sql& tx, const std::string& productId)
{
    CatalogStore::returnSeat(tx, productId);
}

// ---------------------------------------------------------------- price arithmetic

std::int64_t CatalogService::effectivePrice(const Product& product, std::int64_t nowMs,
                                            bool isPremium)
{
    if (product.pricingType == "free")
        return 0;
    auto price = product.basePrice;
    if (product.promoPrice && (!product.promoEndsAtMs || nowMs < *product.promoEndsAtMs))
        price = *product.promoPrice;
    const auto discount = std::clamp<std::int64_t>(product.premiumDiscountPercent, 0, 100);
    if (isPremium && discount > 0)
        price = price * (100 - discount) / 100; // non-negative, so division rounds down
    return std::max<std::int64_t>(price, 0);
}

CouponOutcome CatalogService::applyCoupon(const Coupon& coupon, std::int64_t subtotal,
                                          const CouponTarget& target, std::int64_t userUses,
                                          std::int64_t nowMs)
{
    subtotal = std::max<std::int64_t>(subtotal, 0);
    if (!coupon.active)
        return refuse(subtotal, "inactive",
                      {"Kupon ini sedang tidak aktif.", "This coupon is not active."});
    const bool forPlans = coupon.scope == "all" || coupon.scope == "plans";
    const bool forProducts = coupon.scope == "all" || coupon.scope == "products";
    const auto& listed =
        target.kind == CouponTarget::Kind::Plan ? coupon.planIds : coupon.productIds;
    const bool scopeFits = target.kind == CouponTarget::Kind::Plan ? forPlans : forProducts;
    if (!scopeFits ||
        (!listed.empty() && std::find(listed.begin(), listed.end(), target.id) == listed.end()))
        return refuse(subtotal, "not_for_item",
                      {"Kupon ini tidak berlaku untuk item yang dipilih.",
                       "This coupon does not apply to the chosen item."});
    if (coupon.startsAtMs && nowMs < *coupon.startsAtMs)
        return refuse(
            subtotal, "not_started",
            {"Kupon ini belum berlaku; berlaku mulai " + coupon.startsAt.value_or("") + ".",
             "This coupon is not valid yet; it starts " + coupon.startsAt.value_or("") + "."});
    if (coupon.endsAtMs && nowMs >= *coupon.endsAtMs)
        return refuse(subtotal, "expired",
                      {"Kupon ini sudah kedaluwarsa.", "This coupon has expired."});
    if (coupon.maxUsesTotal && coupon.usedCount >= *coupon.maxUsesTotal)
        return refuse(subtotal, "used_up",
                      {"Kuota kupon ini sudah habis.", "This coupon has been used up."});
    if (coupon.maxUsesPerUser && userUses >= *coupon.maxUsesPerUser)
        return refuse(subtotal, "per_user_limit",
                      {"Anda sudah memakai kupon ini sebanyak batas yang diizinkan.",
                       "You have already used this coupon as many times as allowed."});
    std::int64_t discount = 0;
    if (coupon.kind == "percent")
        discount = subtotal / 100 * coupon.value + subtotal % 100 * coupon.value / 100;
    else
        discount = coupon.value;
    discount = std::clamp<std::int64_t>(discount, 0, subtotal);
    CouponOutcome outcome;
    outcome.valid = true;
    outcome.discount = discount;
    outcome.total = subtotal - discount;
    return outcome;
}

} // namespace ey::catalog

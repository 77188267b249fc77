// HTML of the plan, checkout, compare and all-plans pages. Every catalog value is escaped here
// except description_html, which the catalog sanitised on save.
#include "StorefrontPages.h"

#include "Strings.h"

#include "Html.h"

#include "EmbeddedResources.h"

#include <algorithm>
#include <stdexcept>

namespace ey::storefront {

using catalog::Plan;
using catalog::PlanPrice;

namespace {
/// Prices in the catalog's duration order (1 month first, lifetime last).
std::vector<PlanPrice> orderedPrices(const Plan& plan)
{
    std::vector<PlanPrice> prices;
    for (const auto& duration : catalog::kDurations)
        for (const auto& price : plan.prices)
            if (price.duration == duration)
                prices.push_back(price);
    return prices;
}

std::string badgeHtml(const std::string& badge)
{
    if (badge == "paling_laris")
        return "<span class=\"badge\">Paling Laris</span>";
    if (badge == "paling_murah")
        return "<span class=\"badge cheap\">Paling Murah</span>";
    return {};
}

std::string perMonth(const PlanPrice& price)
{
    const int months = catalog::monthsOf(price.duration);
    if (months <= 1)
        return price.duration == "lifetime" ? "Sekali bayar, akses selamanya" : "Ditagih per bulan";
    return "&asymp; " + escapeHtml(core::formatRupiah(price.price / months)) + " / bulan";
}

std::string imageTag(const std::optional<std::string>& key, const std::string& cssClass,
                     const std::string& alt)
{
    if (!key || key->empty())
        return {};
    return "<img class=\"" + cssClass + "\" src=\"" + escapeHtml(StorefrontPages::mediaUrl(*key)) +
           "\" alt=\"" + escapeHtml(alt) + "\" loading=\"lazy\">";
}

/// The product gallery as a row of thumbnails, each opening the full image (no script needed).
std::string galleryHtml(const catalog::Product& product)
{
    if (product.gallery.empty())
        return {};
    std::string html = "<div class=\"gallery\" aria-label=\"Galeri produk\" style=\"display:flex;"
                       "flex-wrap:wrap;gap:8px;margin:0 0 14px\">";
    int number = 0;
    for (const auto& image : product.gallery) {
        const auto url = escapeHtml(StorefrontPages::mediaUrl(image.key));
        html += "<a class=\"gallery-thumb\" href=\"" + url +
                "\" target=\"_blank\" rel=\"noopener\">"
                "<img src=\"" +
                url + "\" alt=\"" +
                escapeHtml(product.title + " - gambar " + std::to_string(++number)) +
                "\" loading=\"lazy\" width=\"64\" height=\"64\" style=\"object-fit:cover;"
                "border-radius:8px\"></a>";
    }
    return html + "</div>";
}

/// A feature reference as staff type it ("konsultasi-ekspor") in words ("Konsultasi ekspor").
std::string featureLabel(const std::string& ref)
{
    std::string label = ref;
    for (auto& c : label)
        if (c == '-' || c == '_')
            c = ' ';
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

/// What the plan grants, in words: named features, and counts of groups, classes and products.
std::string featuresHtml(const Plan& plan)
{
    std::string items;
    int groups = 0, courses = 0, products = 0;
    for (const auto& grant : plan.grants) {
        if (grant.kind == "feature")
            items += "<li>" + escapeHtml(featureLabel(grant.ref)) + "</li>";
        else if (grant.kind == "group")
            ++groups;
        else if (grant.kind == "course")
            ++courses;
        else if (grant.kind == "product")
            ++products;
    }
    if (groups)
        items += "<li>Akses " + std::to_string(groups) + " grup komunitas</li>";
    if (courses)
        items += "<li>" + std::to_string(courses) + " kelas online</li>";
    if (products)
        items += "<li>" + std::to_string(products) + " produk digital</li>";
    if (items.empty())
        return {};
    return "<ul class=\"features\">" + items + "</ul>";
}

std::string planCheckoutUrl(const std::string& slug, const std::string& duration = {})
{
    return "/checkout/" + urlEncode(slug) +
           (duration.empty() ? "" : "?duration=" + urlEncode(duration));
}

std::string_view resource(const char* name)
{
    const auto found = resources::find(name);
    if (!found)
        throw std::logic_error(std::string("missing embedded resource ") + name);
    return *found;
}

} // namespace

std::string StorefrontPages::durationLabel(const std::string& duration)
{
    if (duration == "lifetime")
        return "Selamanya";
    const int months = catalog::monthsOf(duration);
    return months ? std::to_string(months) + " Bulan" : duration;
}

std::string StorefrontPages::mediaUrl(const std::string& key)
{
    return "/media/catalog/" + urlEncode(key);
}

std::string StorefrontPages::planPage(const PageBrand& brand, const Plan& plan)
{
    std::string content = "<section class=\"card hero\">";
    content += imageTag(plan.bannerKey, "hero-banner", "Banner " + plan.title);
    content += "<div class=\"hero-body\">" +
               imageTag(plan.logoKey, "plan-logo", "Logo " + plan.title) + "<div><h1>" +
               escapeHtml(plan.title) + "</h1>" + badgeHtml(plan.badge) + "</div></div></section>";

    content +=
        "<div class=\"grid layout-2\" style=\"margin-top:20px\"><article class=\"card stack\">"
        "<h2>Tentang paket ini</h2><div class=\"description\">" +
        plan.descriptionHtml + "</div>";
    if (const auto features = featuresHtml(plan); !features.empty())
        content += "<h2>Yang Anda dapatkan</h2>" + features;
    content +=
        "</article><aside class=\"card sticky\"><h2>Pilih durasi</h2><ul class=\"price-list\">";
    const auto prices = orderedPrices(plan);
    for (const auto& price : prices) {
        content +=
            "<li class=\"price-row\" data-duration=\"" + escapeHtml(price.duration) +
            "\"><div><strong>" + escapeHtml(durationLabel(price.duration)) +
            "</strong><div class=\"muted small\">" + perMonth(price) +
            "</div></div><div style=\"text-align:right\"><div class=\"price\">" +
            escapeHtml(core::formatRupiah(price.price)) + "</div><a class=\"btn small\" href=\"" +
            escapeHtml(planCheckoutUrl(plan.slug, price.duration)) + "\">Pilih</a></div></li>";
    }
    content += "</ul>";
    if (prices.empty())
        content += "<p class=\"notice warn\">Harga paket ini belum tersedia.</p>";
    else
        content += "<a class=\"btn block\" href=\"" + escapeHtml(planCheckoutUrl(plan.slug)) +
                   "\">Beli Sekarang</a>";
    content +=
        "<div class=\"trust\"><span>&#10003; Aktivasi otomatis</span><span>&#10003; Pembayaran "
        "aman via Xendit</span></div></aside></div>";

    auto description = PageShell::summary(plan.descriptionHtml);
    if (description.empty())
        description = "Paket membership " + plan.title + " di " + brand.platformName + ".";
    return PageShell::render(
        brand, {plan.title + " | " + brand.platformName, description, "plan", {}}, content);
}

std::string StorefrontPages::checkoutPage(const PageBrand& brand, const CheckoutOffer& offer)
{
    std::map<std::string, std::string> values;
    std::string title;
    std::string description;
    if (offer.plan) {
        const auto& plan = *offer.plan;
        title = plan.title;
        description = PageShell::summary(plan.descriptionHtml);
        const auto prices = orderedPrices(plan);
        const auto chosen = std::find_if(prices.begin(), prices.end(), [&](const PlanPrice& p) {
            return p.duration == offer.duration;
        });
        const auto& selected = chosen != prices.end() ? *chosen : prices.front();
        std::string options =
            "<section class=\"card\"><div class=\"step\"><span class=\"step-num\">2"
            "</span><h2>Pilih durasi</h2></div><div class=\"options\">";
        for (const auto& price : prices) {
            const auto label = durationLabel(price.duration);
            options += "<label class=\"option\"><input type=\"radio\" name=\"duration\" value=\"" +
                       escapeHtml(price.duration) + "\" data-price=\"" +
                       std::to_string(price.price) + "\" data-label=\"" + escapeHtml(label) + "\"" +
                       (price.duration == selected.duration ? " checked" : "") +
                       "><span class=\"grow\"><strong>" + escapeHtml(label) +
                       "</strong><span class=\"sub\">" + perMonth(price) +
                       "</span></span><span class=\"price\">" +
                       escapeHtml(core::formatRupiah(price.price)) + "</span></label>";
        }
        options += "</div></section>";
        values = {{"item_kind", "plan"},
                  {"item_slug", plan.slug},
                  {"base_price", std::to_string(selected.price)},
                  {"duration_section", options},
                  {"payment_step", "3"},
                  {"item_title", plan.title},
                  {"item_logo", imageTag(plan.logoKey, "plan-logo", "Logo " + plan.title)},
                  {"item_badge", badgeHtml(plan.badge)},
                  {"option_label", "Durasi " + durationLabel(selected.duration)},
                  {"item_features", featuresHtml(plan)},
                  {"subtotal", core::formatRupiah(selected.price)},
                  {"total", core::formatRupiah(selected.price)}};
    } else {
        const auto& product = offer.product->product;
        title = product.seoTitle.value_or(product.title);
        description = product.seoDescription.value_or(product.shortDescription);
        values = {{"item_kind", "product"},
                  {"item_slug", product.slug},
                  {"base_price", std::to_string(offer.product->price)},
                  {"payment_step", "2"},
                  {"item_title", product.title},
                  {"item_logo", imageTag(product.coverKey, "plan-logo", product.title)},
                  {"option_label", product.shortDescription},
                  {"item_features", galleryHtml(product)},
                  {"subtotal", core::formatRupiah(offer.product->price)},
                  {"total", core::formatRupiah(offer.product->price)}};
    }
    values["coupon_code"] = offer.couponCode;
    values["referral_code"] = offer.referralCode;
    if (description.empty())
        description = "Checkout " + title + " di " + brand.platformName + ".";
    const auto content = fillTemplate(resource("resources/web/checkout.html"), values);
    return PageShell::render(
        brand,
        {"Checkout " + title + " | " + brand.platformName, description, "checkout",
         "<script src=\"" + escapeHtml(PageShell::assetUrl("checkout.js")) + "\" defer></script>"},
        content);
}

std::string StorefrontPages::comparePage(const PageBrand& brand, const std::vector<Plan>& plans,
                                         const std::vector<std::string>& unknownSlugs)
{
    std::string content = "<h1>Bandingkan paket</h1><p class=\"muted\">Pilih paket yang paling "
                          "sesuai dengan kebutuhan ekspor Anda.</p>";
    if (!unknownSlugs.empty()) {
        std::string names;
        for (const auto& slug : unknownSlugs)
            names += (names.empty() ? "" : ", ") + escapeHtml(slug);
        content += "<p class=\"notice warn\" id=\"not-found\">Paket tidak ditemukan: " + names +
                   ". Mungkin paket itu sudah tidak dijual.</p>";
    }
    content += "<div class=\"table-scroll\" style=\"margin-top:16px\"><table "
               "class=\"compare\"><thead><tr><th>Paket</th>";
    for (const auto& plan : plans)
        content += "<th data-slug=\"" + escapeHtml(plan.slug) + "\">" +
                   imageTag(plan.logoKey, "plan-logo", "") + "<div><strong>" +
                   escapeHtml(plan.title) + "</strong></div>" + badgeHtml(plan.badge) + "</th>";
    content += "</tr></thead><tbody>";
    for (const auto& duration : catalog::kDurations) {
        const bool any = std::any_of(plans.begin(), plans.end(), [&](const Plan& plan) {
            return std::any_of(plan.prices.begin(), plan.prices.end(),
                               [&](const PlanPrice& p) { return p.duration == duration; });
        });
        if (!any)
            continue;
        content += "<tr><th>" + escapeHtml(durationLabel(duration)) + "</th>";
        for (const auto& plan : plans) {
            const auto price =
                std::find_if(plan.prices.begin(), plan.prices.end(),
                             [&](const PlanPrice& p) { return p.duration == duration; });
            content += price == plan.prices.end()
                           ? std::string("<td class=\"muted\">&mdash;</td>")
                           : "<td><span class=\"price\">" +
                                 escapeHtml(core::formatRupiah(price->price)) + "</span></td>";
        }
        content += "</tr>";
    }
    content += "<tr><th>Yang didapat</th>";
    for (const auto& plan : plans) {
        const auto features = featuresHtml(plan);
        content +=
            "<td>" +
            (features.empty() ? std::string("<span class=\"muted\">&mdash;</span>") : features) +
            "</td>";
    }
    content += "</tr><tr><th></th>";
    for (const auto& plan : plans)
        content += "<td><a class=\"btn\" href=\"" + escapeHtml(planCheckoutUrl(plan.slug)) +
                   "\">Pilih " + escapeHtml(plan.title) + "</a></td>";
    content += "</tr></tbody></table></div>";
    return PageShell::render(
        brand,
        {"Bandingkan paket | " + brand.platformName,
         "Bandingkan harga dan fasilitas paket membership " + brand.platformName + ".",
         "compare",
         {}},
        content);
}

std::string StorefrontPages::allPage(const PageBrand& brand, const std::vector<Plan>& plans,
                                     const std::vector<PricedProduct>& products,
                                     const AllFilters& filters)
{
    std::string content =
        "<h1>Semua paket &amp; produk</h1><p class=\"muted\">Temukan paket membership "
        "dan produk untuk perjalanan ekspor Anda.</p>";
    content += "<form class=\"card filters\" method=\"get\" action=\"/checkout/all\" "
               "style=\"margin:16px 0 24px\">"
               "<div class=\"field\"><label for=\"f-duration\">Durasi</label><select "
               "id=\"f-duration\" name=\"duration\">"
               "<option value=\"\">Semua durasi</option>";
    for (const auto& duration : catalog::kDurations)
        content += "<option value=\"" + escapeHtml(duration) + "\"" +
                   (filters.duration == duration ? " selected" : "") + ">" +
                   escapeHtml(durationLabel(duration)) + "</option>";
    content +=
        "</select></div><div class=\"field\"><label for=\"f-max\">Harga maksimal (Rp)</label>"
        "<input id=\"f-max\" name=\"max_price\" type=\"number\" min=\"0\" step=\"1000\" value=\"" +
        (filters.maxPrice ? std::to_string(*filters.maxPrice) : std::string()) +
        "\" placeholder=\"Tanpa batas\"></div><div class=\"field\"><label "
        "for=\"f-badge\">Label</label>"
        "<select id=\"f-badge\" name=\"badge\"><option value=\"\">Semua</option>";
    for (const auto& [value, label] :
         {std::pair<std::string, std::string>{"paling_laris", "Paling Laris"},
          {"paling_murah", "Paling Murah"}})
        content += "<option value=\"" + value + "\"" + (filters.badge == value ? " selected" : "") +
                   ">" + label + "</option>";
    content += "</select></div><button class=\"btn\" type=\"submit\">Terapkan</button>"
               "<a href=\"/checkout/all\" class=\"btn ghost\">Reset</a></form>";

    content += "<h2>Paket membership</h2>";
    if (plans.empty())
        content += "<p class=\"card empty muted\" id=\"no-plans\">Tidak ada paket yang cocok "
                   "dengan filter ini.</p>";
    else
        content += "<div class=\"grid cards\" id=\"plans\">";
    for (const auto& plan : plans) {
        // The price shown is the filtered duration's, else the lowest ("mulai dari").
        const auto prices = orderedPrices(plan);
        std::optional<PlanPrice> shown;
        for (const auto& price : prices)
            if (filters.duration ? price.duration == *filters.duration
                                 : (!shown || price.price < shown->price))
                shown = price;
        content += "<article class=\"card item-card\" data-slug=\"" + escapeHtml(plan.slug) +
                   "\">" + imageTag(plan.bannerKey, "cover", "") + "<div><h3>" +
                   escapeHtml(plan.title) + "</h3>" + badgeHtml(plan.badge) + "</div>";
        if (shown)
            content += "<div><span class=\"muted small\">" +
                       std::string(filters.duration ? escapeHtml(durationLabel(shown->duration))
                                                    : "Mulai dari") +
                       "</span><div class=\"price-big\">" +
                       escapeHtml(core::formatRupiah(shown->price)) + "</div></div>";
        content += featuresHtml(plan) + "<div class=\"spacer\"></div><a class=\"btn\" href=\"" +
                   escapeHtml(planCheckoutUrl(plan.slug, filters.duration.value_or(""))) +
                   "\">Pilih paket</a><a class=\"small\" href=\"/membership/" +
                   escapeHtml(urlEncode(plan.slug)) + "\">Lihat detail</a></article>";
    }
    if (!plans.empty())
        content += "</div>";

    // Products have no duration or badge, so those filters leave only plans.
    if (!filters.duration && !filters.badge) {
        content += "<h2 style=\"margin-top:28px\">Produk</h2>";
        if (products.empty())
            content += "<p class=\"card empty muted\" id=\"no-products\">Tidak ada produk yang "
                       "cocok dengan filter ini.</p>";
        else
            content += "<div class=\"grid cards\" id=\"products\">";
        for (const auto& item : products) {
            const auto& product = item.product;
            const bool soon = product.status == "coming_soon";
            const bool soldOut = product.stock && *product.stock == 0;
            content += "<article class=\"card item-card\" data-slug=\"" + escapeHtml(product.slug) +
                       "\">" + imageTag(product.coverKey, "cover", product.title) + "<h3>" +
                       escapeHtml(product.title) + "</h3><p class=\"muted small\">" +
                       escapeHtml(product.shortDescription) + "</p><div class=\"price-big\">" +
                       escapeHtml(product.pricingType == "free" ? std::string("Gratis")
                                                                : core::formatRupiah(item.price)) +
                       "</div><div class=\"spacer\"></div>";
            if (soon)
                content += "<span class=\"badge\">Segera hadir</span>";
            else if (soldOut)
                content += "<span class=\"badge\">Habis</span>";
            else
                content += "<a class=\"btn\" href=\"" + escapeHtml(planCheckoutUrl(product.slug)) +
                           "\">" + escapeHtml(product.ctaText.value_or("Beli sekarang")) + "</a>";
            content += "</article>";
        }
        if (!products.empty())
            content += "</div>";
    }
    return PageShell::render(
        brand,
        {"Semua paket & produk | " + brand.platformName,
         "Daftar lengkap paket membership dan produk " + brand.platformName + ".",
         "all",
         {}},
        content);
}

std::string StorefrontPages::paymentReturnPage(const PageBrand& brand, bool paid,
                                               const std::string& invoiceNumber)
{
    const std::string invoice = invoiceNumber.empty()
                                    ? std::string()
                                    : " <strong>" + escapeHtml(invoiceNumber) + "</strong>";
    std::string content = "<section class=\"card empty\" id=\"payment-return\">";
    if (paid)
        content += "<h1>Terima kasih!</h1><p>Pembayaran pesanan" + invoice +
                   " sudah kami terima dari Xendit dan sedang dikonfirmasi.</p><p class=\"muted\">"
                   "Akses Anda aktif otomatis begitu konfirmasi selesai, biasanya dalam beberapa "
                   "menit. Bukti pembayaran dikirim ke email dan WhatsApp Anda.</p>";
    else
        content += "<h1>Pembayaran belum berhasil</h1><p>Pembayaran pesanan" + invoice +
                   " dibatalkan, kedaluwarsa atau ditolak, jadi belum ada dana yang kami terima."
                   "</p><p class=\"muted\">Anda dapat memesan ulang kapan saja. Bila saldo Anda "
                   "sudah terpotong, hubungi tim support dengan menyebut nomor pesanan.</p>";
    content += "<p><a class=\"btn\" href=\"/checkout/all\">" +
               std::string(paid ? "Lihat paket lain" : "Pilih paket lagi") + "</a></p></section>";
    const std::string title = paid ? "Pembayaran diterima" : "Pembayaran belum berhasil";
    return PageShell::render(brand, {title + " | " + brand.platformName, title + ".", "return", {}},
                             content);
}

std::string StorefrontPages::partnerPaymentReturnPage(const PageBrand& brand, bool paid,
                                                      const std::string& number)
{
    const auto reference = " <strong>" + escapeHtml(number) + "</strong>";
    std::string content = "<section class=\"card empty\" id=\"payment-return\">";
    if (paid)
        content += "<h1>Terima kasih!</h1><p>Pembayaran partner" + reference +
                   " sudah kami terima dari Xendit.</p><p class=\"muted\">Kuota atau Ringkasan "
                   "Eksekutif bertambah otomatis begitu Xendit mengonfirmasi, biasanya dalam "
                   "beberapa menit; Dasbor Partner menampilkannya langsung.</p>";
    else
        content += "<h1>Pembayaran belum berhasil</h1><p>Pembayaran partner" + reference +
                   " dibatalkan, kedaluwarsa atau ditolak, jadi belum ada dana yang kami terima."
                   "</p><p class=\"muted\">Buat pembayaran baru dari Dasbor Partner, atau pilih "
                   "transfer bank dengan bukti transfer.</p>";
    content += "</section>";
    const std::string title = paid ? "Pembayaran diterima" : "Pembayaran belum berhasil";
    return PageShell::render(brand, {title + " | " + brand.platformName, title + ".", "return", {}},
                             content);
}

std::string StorefrontPages::messagePage(const PageBrand& brand, const std::string& heading,
                                         const std::string& text)
{
    const auto content =
        "<section class=\"card empty\"><h1>" + escapeHtml(heading) + "</h1><p class=\"muted\">" +
        escapeHtml(text) +
        "</p><p><a class=\"btn\" href=\"/checkout/all\">Lihat semua paket</a></p></section>";
    return PageShell::render(brand, {heading + " | " + brand.platformName, text, "message", {}},
                             content);
}

} // namespace ey::storefront

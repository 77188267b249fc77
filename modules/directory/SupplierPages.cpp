// The supplier's web pages: registration, sign-in and the onboarding/dashboard app.
#include "SupplierPages.h"

#include "Html.h"
#include "PageShell.h"

#include "Http.h"
#include "Problem.h"

#include <Poco/JSON/Object.h>

#include <cctype>

namespace ey::directory {

using core::Request;
using core::Response;
using storefront::escapeHtml;
using storefront::PageShell;

namespace {

void html(Response& response, std::string body)
{
    response.status = 200;
    response.contentType = "text/html; charset=utf-8";
    response.body = std::move(body);
    // The pages hold no data of their own (the script asks the API), but the session token lives
    // in this tab: never cached, never framed, scripts only from this origin. Pictures behind the
    // API are fetched with the token and shown through blob: addresses.
    response.headers["Cache-Control"] = "no-store";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Referrer-Policy"] = "same-origin";
    response.headers["Content-Security-Policy"] =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
        "form-action 'self'";
}

std::string scripts()
{
    return "<link rel=\"stylesheet\" href=\"" + escapeHtml(PageShell::assetUrl("supplier.css")) +
           "\"><script src=\"" + escapeHtml(PageShell::assetUrl("supplier.js")) +
           "\" defer></script>";
}

std::string field(const std::string& name, const std::string& label, const std::string& type,
                  const std::string& autocomplete, bool required)
{
    return "<div class=\"field\"><label for=\"f-" + name + "\">" + escapeHtml(label) +
           (required ? "" : " <small class=\"muted\">(opsional)</small>") +
           "</label><input id=\"f-" + name + "\" name=\"" + name + "\" type=\"" + type +
           "\" autocomplete=\"" + autocomplete + "\"" + (required ? " required" : "") +
           "><p class=\"error\" hidden></p></div>";
}

std::string googleButton(const std::string& intent)
{
    // Shown by the script only when the server has Google sign-in configured.
    return "<a class=\"btn ghost block sp-google\" hidden href=\"/auth/google/start?intent=" +
           intent +
           "&amp;return_to=%2Fsupplier%2Fonboarding\"><span aria-hidden=\"true\">G</span> "
           "Lanjutkan dengan Google</a><p class=\"sp-or muted\" hidden>atau dengan email</p>";
}

/// A text member of the service's answer; empty when absent or null.
std::string text(const core::json::ObjectPtr& object, const std::string& key)
{
    if (!object || !object->has(key) || object->isNull(key))
        return {};
    return object->get(key).convert<std::string>();
}

const char* typeLabel(const std::string& type)
{
    if (type == "produsen")
        return "Produsen";
    if (type == "pabrik")
        return "Pabrik / Manufaktur";
    if (type == "trader")
        return "Trader / Exporter";
    if (type == "aggregator")
        return "Supplier / Aggregator";
    return "Supplier";
}

/// Title-cases the regions' upper-case names ("KABUPATEN ACEH TENGAH" reads as shouting).
std::string readableArea(std::string name)
{
    bool start = true;
    for (auto& c : name) {
        if (c >= 'A' && c <= 'Z' && !start)
            c = static_cast<char>(c - 'A' + 'a');
        start = c == ' ' || c == '-' || c == '(';
    }
    return name;
}

/// "CV Rempah Sumbing" -> "RS": the logo's stand-in until one is uploaded.
std::string initials(const std::string& name)
{
    std::string rest = name;
    for (const char* prefix : {"PT ", "PT. ", "CV ", "CV. ", "UD ", "UD. "})
        if (rest.rfind(prefix, 0) == 0 && rest.size() > std::string(prefix).size())
            rest = rest.substr(std::string(prefix).size());
    std::string out;
    bool start = true;
    for (const char c : rest) {
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start && out.size() < 2 && static_cast<unsigned char>(c) < 128 &&
            std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        start = false;
    }
    return out.empty() ? "?" : out;
}

std::string paragraph(const std::string& heading, const std::string& body)
{
    if (body.empty())
        return {};
    return "<section class=\"sp-block\"><h2>" + escapeHtml(heading) + "</h2><p>" +
           escapeHtml(body) + "</p></section>";
}

std::string profileContent(const core::json::ObjectPtr& s)
{
    const auto name = text(s, "company_name");
    std::string place = readableArea(text(s, "regency_name"));
    if (const auto province = readableArea(text(s, "province_name")); !province.empty())
        place += (place.empty() ? "" : ", ") + province;
    std::string facts;
    const auto fact = [&facts](const std::string& label, const std::string& value) {
        if (!value.empty())
            facts += "<div><dt>" + escapeHtml(label) + "</dt><dd>" + escapeHtml(value) + "</dd></div>";
    };
    fact("Jenis usaha", typeLabel(text(s, "type")));
    fact("Bentuk usaha", text(s, "legal_form"));
    fact("Bidang usaha", text(s, "business_field"));
    fact("Tahun berdiri", text(s, "year_founded"));
    fact("Lokasi", place);
    if (const auto legal = s->getObject("legal")) {
        fact("NIB", text(legal, "nib"));
        fact("NPWP", text(legal, "npwp"));
        fact("SIUP / IUI", text(legal, "siup"));
    }
    std::string products;
    if (const auto list = s->getArray("products")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto product = list->getObject(static_cast<unsigned>(i));
            std::string image;
            if (const auto images = product->getArray("images"); images && images->size() > 0)
                image = "<img class=\"cover\" loading=\"lazy\" alt=\"\" src=\"" +
                        escapeHtml(text(images->getObject(0), "url")) + "\">";
            std::string categories;
            if (const auto tags = product->getArray("categories"))
                for (std::size_t t = 0; t < tags->size(); ++t)
                    categories += "<span class=\"badge cheap\">" +
                                  escapeHtml(tags->getElement<std::string>(static_cast<unsigned>(t))) +
                                  "</span> ";
            // description_html is sanitised by the catalog's allow-list before it is stored.
            products += "<article class=\"card item-card\">" + image + "<h3>" +
                        escapeHtml(text(product, "title")) + "</h3><div>" + categories +
                        "</div><div class=\"sp-desc\">" + text(product, "description_html") +
                        "</div></article>";
        }
    }
    // Banner across the top (a brand gradient without one), the logo or the initials over it.
    const auto bannerUrl = text(s, "banner_url");
    const auto logoUrl = text(s, "logo_url");
    const std::string banner =
        "<div class=\"sp-hero-banner\">" +
        (bannerUrl.empty() ? std::string()
                           : "<img alt=\"\" src=\"" + escapeHtml(bannerUrl) + "\">") +
        "</div>";
    const std::string logo =
        "<div class=\"sp-logo\">" +
        (logoUrl.empty()
             ? "<span class=\"sp-initials\" aria-hidden=\"true\">" + escapeHtml(initials(name)) +
                   "</span>"
             : "<img alt=\"Logo " + escapeHtml(name) + "\" src=\"" + escapeHtml(logoUrl) + "\">") +
        "</div>";
    return "<article class=\"sp-profile\"><header class=\"card sp-hero sp-has-media\">" + banner +
           "<div class=\"sp-hero-body\">" + logo +
           "<div class=\"sp-hero-text\"><p class=\"sp-eyebrow\">" +
           escapeHtml(typeLabel(text(s, "type"))) + "</p><h1>" + escapeHtml(name) +
           (s->optValue<bool>("verified", false)
                ? " <span class=\"sp-pill sp-verified\" title=\"Diverifikasi admin EksporYuk\">"
                  "Terverifikasi</span>"
                : "") +
           "</h1><p class=\"muted\">" + escapeHtml(text(s, "main_products")) +
           "</p><p class=\"small muted\">" + escapeHtml(place) + " · " + text(s, "views") +
           " kali dilihat · " + text(s, "likes") +
           " suka</p></div></div></header>"
           "<div class=\"grid layout-2\"><div class=\"stack\">" +
           paragraph("Tentang usaha", text(s, "description")) +
           paragraph("Keunggulan produk", text(s, "advantages")) +
           paragraph("Nilai unik", text(s, "unique_value")) +
           "</div><aside class=\"card\"><h2>Profil singkat</h2><dl class=\"sp-facts\">" + facts +
           "</dl><p class=\"small muted\">Kontak supplier dibuka untuk anggota komunitas "
           "EksporYuk.</p></aside></div>" +
           (products.empty()
                ? std::string()
                : "<h2 class=\"sp-products-title\">Produk</h2><div class=\"grid cards\">" +
                      products + "</div>") +
           "</article>";
}

std::string page(core::Db& db, const std::string& title, const std::string& description,
                 const std::string& content)
{
    const auto brand = PageShell::loadBrand(db);
    return PageShell::render(
        brand, {title + " | " + brand.platformName, description, "supplier", scripts()}, content);
}

} // namespace

void SupplierPages::addRoutes(core::Router& router, core::Db& db,
                              const std::shared_ptr<SupplierService>& suppliers)
{
    using core::access::Public;

    router.add(
        {"GET", "/supplier/daftar", Public,
         [&db](Request&, Response& response) {
             const auto content =
                 "<section class=\"card sp-auth\" id=\"sp\" data-mode=\"register\">"
                 "<p class=\"sp-eyebrow\">Supplier EksporYuk</p>"
                 "<h1>Daftar sebagai supplier</h1>"
                 "<p class=\"muted\">Daftar cukup dengan akun. Profil usaha dan asesmen diisi "
                 "setelah masuk, lalu ditinjau mentor dan disetujui admin.</p>" +
                 googleButton("supplier") +
                 "<form id=\"sp-form\" novalidate>" +
                 field("full_name", "Nama Anda", "text", "name", true) +
                 field("email", "Email", "email", "email", true) +
                 field("password", "Kata sandi (minimal 8 karakter)", "password", "new-password",
                       true) +
                 field("whatsapp", "Nomor WhatsApp", "tel", "tel", false) +
                 "<p class=\"notice error\" role=\"alert\" hidden></p>"
                 "<button class=\"btn block\" type=\"submit\">Daftar</button></form>"
                 "<p class=\"muted small\">Sudah punya akun? <a href=\"/supplier/masuk\">Masuk"
                 "</a></p></section>";
             html(response, page(db, "Daftar supplier",
                                 "Daftarkan usaha Anda sebagai supplier EksporYuk.", content));
         },
         0, "getSupplierRegisterPage"});

    router.add(
        {"GET", "/supplier/masuk", Public,
         [&db](Request&, Response& response) {
             const auto content =
                 "<section class=\"card sp-auth\" id=\"sp\" data-mode=\"login\">"
                 "<p class=\"sp-eyebrow\">Supplier EksporYuk</p><h1>Masuk</h1>" +
                 googleButton("login") + "<form id=\"sp-form\" novalidate>" +
                 field("email", "Email", "email", "email", true) +
                 field("password", "Kata sandi", "password", "current-password", true) +
                 "<p class=\"notice error\" role=\"alert\" hidden></p>"
                 "<button class=\"btn block\" type=\"submit\">Masuk</button></form>"
                 "<p class=\"muted small\">Belum terdaftar? <a href=\"/supplier/daftar\">Daftar "
                 "sebagai supplier</a></p></section>";
             html(response, page(db, "Masuk supplier", "Masuk ke akun supplier EksporYuk.",
                                 content));
         },
         0, "getSupplierLoginPage"});

    router.add(
        {"GET", "/supplier/onboarding", Public,
         [&db](Request&, Response& response) {
             const auto content =
                 "<section class=\"sp-app\" id=\"sp\" data-mode=\"onboarding\">"
                 "<div class=\"sp-head\"><div><p class=\"sp-eyebrow\">Supplier EksporYuk</p>"
                 "<h1 id=\"sp-title\">Memuat profil…</h1><p id=\"sp-status\" class=\"muted\">"
                 "</p></div><button class=\"btn ghost small\" id=\"sp-logout\" type=\"button\">"
                 "Keluar</button></div>"
                 "<p class=\"notice error\" role=\"alert\" id=\"sp-error\" hidden></p>"
                 "<div id=\"sp-stage\"></div></section>";
             html(response, page(db, "Profil supplier",
                                 "Lengkapi profil usaha dan asesmen supplier Anda.", content));
         },
         0, "getSupplierOnboardingPage"});

    router.add(
        {"GET", "/supplier/{slug}", Public,
         [&db, suppliers](Request& request, Response& response) {
             core::json::ObjectPtr profile;
             try {
                 profile = suppliers->detail(request.param("slug"), "", true);
             } catch (const core::Problem& problem) {
                 if (problem.status() != 404)
                     throw;
                 html(response,
                      page(db, "Profil supplier tidak ditemukan",
                           "Profil supplier ini tidak ada atau tidak ditampilkan publik.",
                           "<section class=\"card empty\"><h1>Profil supplier tidak ditemukan"
                           "</h1><p class=\"muted\">Profil ini tidak ada, belum diverifikasi, "
                           "atau tidak ditampilkan untuk publik.</p></section>"));
                 response.status = 404;
                 return;
             }
             const auto name = text(profile, "company_name");
             html(response,
                  page(db, name, name + " — " + text(profile, "main_products"),
                       profileContent(profile)));
             // A profile may change any time; the view counter counts every visit.
             response.headers["Cache-Control"] = "no-cache";
         },
         0, "getSupplierPublicPage"});
}

} // namespace ey::directory

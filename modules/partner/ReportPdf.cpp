// Renders one client's assessment result (content_result) as a branded PDF report.
#include "ReportPdf.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <Poco/JSON/Array.h>
#include <Poco/Timespan.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <regex>
#include <stdexcept>
#include <vector>

namespace ey::partner {

namespace {

// ---------------------------------------------------------------------------------------------
// The contract, read into plain structs first so that layout code never meets a bad document.

struct Category
{
    std::string label;
    std::string narrative;
};

struct Scale
{
    std::string label;
    double score = 0;
    double max = 1;
    double percent = 0;
    std::optional<Category> category;
    bool unscored = false; ///< every item of the scale was left blank when time ran out
};

struct Summary
{
    std::optional<double> score;
    std::optional<double> max;
    std::optional<double> percent;
    std::optional<Category> category;
    std::vector<std::string> highlights;
    bool incomplete = false; ///< a scale went unanswered, so no overall result is shown
};

struct Section
{
    std::string title;
    std::optional<std::string> description;
    std::optional<std::int64_t> durationSeconds;
    std::optional<std::int64_t> timeLimitSeconds;
    std::int64_t unansweredCount = 0; ///< blank because the section's time ran out
    std::int64_t questionCount = 0;
    std::vector<Scale> scales;
    std::optional<Summary> summary;
};

struct ExecutiveSummary
{
    std::string title;
    std::vector<std::string> paragraphs;
};

struct ReportData
{
    std::string assessmentTitle;
    std::optional<std::string> eventReference;
    std::string clientName;
    std::string clientEmail;
    std::optional<std::string> organization;
    std::optional<std::string> position;
    std::string completedAtText; ///< already in Jakarta time, Indonesian month name
    std::vector<Section> sections;
    std::optional<ExecutiveSummary> executiveSummary;
};

[[noreturn]] void broken(const std::string& path, const std::string& what)
{
    throw std::invalid_argument("content_result: " + path + " " + what);
}

/// Client-typed text may hold anything: pango needs valid UTF-8 (bad bytes become U+FFFD), and
/// control characters (NUL, tabs, line breaks in a name) would break one-line fields such as the
/// running header, so they become spaces. Narratives keep their line breaks.
std::string cleanText(const std::string& text, bool keepLineBreaks = false)
{
    // Bytes below 0x80 are never part of a multi-byte sequence, so this is safe before the
    // UTF-8 repair (which would otherwise turn a NUL into U+FFFD).
    std::string result = text;
    for (char& c : result) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 || byte == 0x7F) && !(keepLineBreaks && c == '\n'))
            c = ' ';
    }
    if (!g_utf8_validate(result.data(), static_cast<gssize>(result.size()), nullptr)) {
        gchar* fixed = g_utf8_make_valid(result.data(), static_cast<gssize>(result.size()));
        result = fixed;
        g_free(fixed);
    }
    return result;
}

std::optional<std::string> optionalString(const Poco::JSON::Object& object, const std::string& key,
                                          const std::string& path, bool multiline = false)
{
    if (!object.has(key) || object.isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isString())
        broken(path + "." + key, "must be a string");
    std::string text = cleanText(value.extract<std::string>(), multiline);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return std::nullopt;
    return text;
}

std::string requiredString(const Poco::JSON::Object& object, const std::string& key,
                           const std::string& path)
{
    auto text = optionalString(object, key, path);
    if (!text)
        broken(path + "." + key, "is required");
    return *text;
}

std::optional<double> optionalNumber(const Poco::JSON::Object& object, const std::string& key,
                                     const std::string& path)
{
    if (!object.has(key) || object.isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isNumeric() || value.isString())
        broken(path + "." + key, "must be a number");
    const double number = value.convert<double>();
    if (!std::isfinite(number))
        broken(path + "." + key, "must be a finite number");
    return number;
}

double requiredNumber(const Poco::JSON::Object& object, const std::string& key,
                      const std::string& path)
{
    auto number = optionalNumber(object, key, path);
    if (!number)
        broken(path + "." + key, "is required");
    return *number;
}

Poco::JSON::Object::Ptr requiredObject(const Poco::JSON::Object& object, const std::string& key,
                                       const std::string& path)
{
    auto child = object.has(key) ? object.getObject(key) : nullptr;
    if (!child)
        broken(path + "." + key, "must be an object");
    return child;
}

Poco::JSON::Object::Ptr optionalObject(const Poco::JSON::Object& object, const std::string& key,
                                       const std::string& path)
{
    if (!object.has(key) || object.isNull(key))
        return nullptr;
    auto child = object.getObject(key);
    if (!child)
        broken(path + "." + key, "must be an object");
    return child;
}

Poco::JSON::Array::Ptr optionalArray(const Poco::JSON::Object& object, const std::string& key,
                                     const std::string& path)
{
    if (!object.has(key) || object.isNull(key))
        return nullptr;
    auto array = object.getArray(key);
    if (!array)
        broken(path + "." + key, "must be an array");
    return array;
}

Poco::JSON::Object::Ptr arrayObject(const Poco::JSON::Array& array, unsigned index,
                                    const std::string& path)
{
    auto object = array.getObject(index);
    if (!object)
        broken(path + "[" + std::to_string(index) + "]", "must be an object");
    return object;
}

std::optional<Category> readCategory(const Poco::JSON::Object& parent, const std::string& path)
{
    auto object = optionalObject(parent, "category", path);
    if (!object)
        return std::nullopt;
    const std::string here = path + ".category";
    requiredString(*object, "key", here);
    return Category{requiredString(*object, "label", here),
                    optionalString(*object, "narrative", here, true).value_or("")};
}

/// "2026-11-21T03:41:12Z" → "21 November 2026, 10.41 WIB": partners and clients read Jakarta time.
std::string jakartaDate(const std::string& iso, const std::string& path)
{
    static const char* const months[] = {"Januari",   "Februari", "Maret",    "April",
                                         "Mei",       "Juni",     "Juli",     "Agustus",
                                         "September", "Oktober",  "November", "Desember"};
    // Poco's parser is lenient (it accepts "kemarin sore"), so the shape is checked first.
    static const std::regex shape(
        R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))");
    Poco::DateTime when;
    int tzd = 0;
    if (!std::regex_match(iso, shape) ||
        (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, iso, when,
                                         tzd) &&
         !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FORMAT, iso, when, tzd)))
        broken(path, "must be an ISO-8601 time");
    when.makeUTC(tzd);
    when += Poco::Timespan(0, 7, 0, 0, 0); // Asia/Jakarta has no daylight saving time
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d.%02d", when.hour(), when.minute());
    return std::to_string(when.day()) + " " + months[when.month() - 1] + " " +
           std::to_string(when.year()) + ", " + clock + " WIB";
}

ReportData readContract(const Poco::JSON::Object& root)
{
    ReportData data;
    if (optionalString(root, "format", "$") != std::optional<std::string>("ey.assessment-result/1"))
        broken("$.format", "must be \"ey.assessment-result/1\"");

    auto assessment = requiredObject(root, "assessment", "$");
    data.assessmentTitle = requiredString(*assessment, "title", "$.assessment");
    if (auto event = optionalObject(root, "event", "$"))
        data.eventReference = optionalString(*event, "reference_code", "$.event");

    auto client = requiredObject(root, "client", "$");
    data.clientName = requiredString(*client, "full_name", "$.client");
    data.clientEmail = requiredString(*client, "email", "$.client");
    data.organization = optionalString(*client, "organization", "$.client");
    data.position = optionalString(*client, "position", "$.client");
    data.completedAtText = jakartaDate(requiredString(root, "completed_at", "$"), "$.completed_at");

    auto sections = optionalArray(root, "sections", "$");
    if (!sections || sections->size() == 0)
        broken("$.sections", "must list at least one section");
    for (unsigned i = 0; i < sections->size(); ++i) {
        const std::string path = "$.sections[" + std::to_string(i) + "]";
        auto object = arrayObject(*sections, i, "$.sections");
        Section section;
        requiredString(*object, "key", path);
        section.title = requiredString(*object, "title", path);
        section.description = optionalString(*object, "description", path, true);
        if (auto seconds = optionalNumber(*object, "duration_seconds", path))
            section.durationSeconds =
                static_cast<std::int64_t>(std::llround(std::max(0.0, *seconds)));
        if (auto seconds = optionalNumber(*object, "time_limit_seconds", path))
            section.timeLimitSeconds =
                static_cast<std::int64_t>(std::llround(std::max(0.0, *seconds)));
        if (auto count = optionalNumber(*object, "unanswered_count", path))
            section.unansweredCount = static_cast<std::int64_t>(std::llround(std::max(0.0, *count)));
        if (auto count = optionalNumber(*object, "question_count", path))
            section.questionCount = static_cast<std::int64_t>(std::llround(std::max(0.0, *count)));

        auto scales = optionalArray(*object, "scales", path);
        if (!scales || scales->size() == 0)
            broken(path + ".scales", "must list at least one scale");
        for (unsigned s = 0; s < scales->size(); ++s) {
            const std::string here = path + ".scales[" + std::to_string(s) + "]";
            auto scaleObject = arrayObject(*scales, s, path + ".scales");
            Scale scale;
            requiredString(*scaleObject, "key", here);
            scale.label = requiredString(*scaleObject, "label", here);
            scale.score = requiredNumber(*scaleObject, "score", here);
            scale.max = requiredNumber(*scaleObject, "max", here);
            if (scale.max <= 0)
                broken(here + ".max", "must be greater than 0");
            scale.percent = optionalNumber(*scaleObject, "percent", here)
                                .value_or(std::round(1000.0 * scale.score / scale.max) / 10.0);
            scale.category = readCategory(*scaleObject, here);
            scale.unscored = scaleObject->has("unscored") && scaleObject->get("unscored").isBoolean() &&
                             scaleObject->getValue<bool>("unscored");
            section.scales.push_back(std::move(scale));
        }

        if (auto summaryObject = optionalObject(*object, "summary", path)) {
            const std::string here = path + ".summary";
            Summary summary;
            summary.score = optionalNumber(*summaryObject, "score", here);
            summary.max = optionalNumber(*summaryObject, "max", here);
            if (summary.max && *summary.max <= 0)
                broken(here + ".max", "must be greater than 0");
            summary.percent = optionalNumber(*summaryObject, "percent", here);
            if (!summary.percent && summary.score && summary.max)
                summary.percent = std::round(1000.0 * *summary.score / *summary.max) / 10.0;
            summary.category = readCategory(*summaryObject, here);
            summary.incomplete = summaryObject->has("incomplete") &&
                                 summaryObject->get("incomplete").isBoolean() &&
                                 summaryObject->getValue<bool>("incomplete");
            if (auto highlights = optionalArray(*summaryObject, "highlights", here)) {
                for (unsigned h = 0; h < highlights->size(); ++h) {
                    const Poco::Dynamic::Var item = highlights->get(h);
                    if (!item.isString())
                        broken(here + ".highlights[" + std::to_string(h) + "]", "must be a string");
                    summary.highlights.push_back(cleanText(item.extract<std::string>()));
                }
            }
            section.summary = std::move(summary);
        }
        data.sections.push_back(std::move(section));
    }

    if (auto executive = optionalObject(root, "executive_summary", "$")) {
        ExecutiveSummary summary;
        summary.title = optionalString(*executive, "title", "$.executive_summary")
                            .value_or("Ringkasan Eksekutif");
        if (auto paragraphs = optionalArray(*executive, "paragraphs", "$.executive_summary")) {
            for (unsigned p = 0; p < paragraphs->size(); ++p) {
                const Poco::Dynamic::Var item = paragraphs->get(p);
                if (!item.isString())
                    broken("$.executive_summary.paragraphs[" + std::to_string(p) + "]",
                           "must be a string");
                summary.paragraphs.push_back(cleanText(item.extract<std::string>(), true));
            }
        }
        data.executiveSummary = std::move(summary);
    }
    return data;
}

// ---------------------------------------------------------------------------------------------
// Numbers and durations as an Indonesian reader writes them.

/// 18 → "18", 3.6 → "3,6" (Indonesian decimal comma, one decimal as the contract rounds).
std::string formatNumber(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    char text[64];
    if (rounded == std::floor(rounded))
        std::snprintf(text, sizeof text, "%.0f", rounded == 0 ? 0.0 : rounded);
    else
        std::snprintf(text, sizeof text, "%.1f", rounded);
    std::string result(text);
    std::replace(result.begin(), result.end(), '.', ',');
    return result;
}

std::string formatDuration(std::int64_t seconds)
{
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = (seconds % 3600) / 60;
    const std::int64_t rest = seconds % 60;
    std::string text;
    auto add = [&](std::int64_t amount, const char* unit) {
        if (!text.empty())
            text += " ";
        text += std::to_string(amount) + " " + unit;
    };
    if (hours > 0)
        add(hours, "jam");
    if (minutes > 0)
        add(minutes, "menit");
    if (rest > 0 || text.empty())
        add(rest, "detik");
    return text;
}

// ---------------------------------------------------------------------------------------------
// Page geometry (A4 in PDF points) and colours.

constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMarginX = 48;
constexpr double kContentWidth = kPageWidth - 2 * kMarginX;
constexpr double kFirstPageTop = 40; // page 1 opens with the cover band, no running header
constexpr double kPageTop = 64;      // below the running header on later pages
constexpr double kPageBottom = kPageHeight - 56; // above the footer
constexpr double kScoreColumn = 104;             // right of each bar: "18/25 · 72%"

struct Rgb
{
    double r = 0, g = 0, b = 0;
};

constexpr Rgb kText{0.12, 0.16, 0.22};
constexpr Rgb kMuted{0.42, 0.45, 0.50};
constexpr Rgb kRule{0.88, 0.89, 0.91};
constexpr Rgb kTrack{0.91, 0.92, 0.94};

/// A malformed colour falls back to the default teal: branding is validated where it is saved,
/// and a bad value there must not stop a client's report from being issued.
Rgb parseColor(const std::string& text)
{
    const Rgb fallback{0x0F / 255.0, 0x76 / 255.0, 0x6E / 255.0};
    if (text.size() != 7 || text[0] != '#' ||
        text.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
        return fallback;
    auto channel = [&](std::size_t at) {
        return std::stoi(text.substr(at, 2), nullptr, 16) / 255.0;
    };
    return {channel(1), channel(3), channel(5)};
}

Rgb mix(const Rgb& colour, const Rgb& with, double amount)
{
    return {colour.r + (with.r - colour.r) * amount, colour.g + (with.g - colour.g) * amount,
            colour.b + (with.b - colour.b) * amount};
}

/// Pale colours (relative luminance above 0.6) need dark text on them and vanish on paper.
bool isPale(const Rgb& colour)
{
    return 0.2126 * colour.r + 0.7152 * colour.g + 0.0722 * colour.b > 0.6;
}

/// Text on the accent colour: white on dark accents, near-black on pale ones, so any partner
/// colour stays readable.
Rgb onColor(const Rgb& background)
{
    return isPale(background) ? kText : Rgb{1, 1, 1};
}

/// Headings and bars sit on white paper; a pale partner colour (a light yellow) would vanish
/// there, so it is darkened for those uses while the bands keep the exact brand colour.
Rgb inkColor(const Rgb& accent)
{
    return isPale(accent) ? mix(accent, {0, 0, 0}, 0.45) : accent;
}

void setColor(cairo_t* cr, const Rgb& colour)
{
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

// ---------------------------------------------------------------------------------------------
// RAII for the C objects; every report owns its own, which is what makes rendering thread-safe.

struct SurfaceFree
{
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextFree
{
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct FontFree
{
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using ContextPtr = std::unique_ptr<cairo_t, ContextFree>;
using FontPtr = std::unique_ptr<PangoFontDescription, FontFree>;
// Shared: the line blocks of one paragraph all keep its layout alive until drawn.
using LayoutPtr = std::shared_ptr<PangoLayout>;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length)
{
    try {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        return CAIRO_STATUS_WRITE_ERROR;
    }
}

struct PngSource
{
    const std::string* bytes;
    std::size_t offset = 0;
};

cairo_status_t readFromString(void* closure, unsigned char* data, unsigned int length)
{
    auto* source = static_cast<PngSource*>(closure);
    if (source->bytes->size() - source->offset < length)
        return CAIRO_STATUS_READ_ERROR;
    std::copy_n(source->bytes->data() + source->offset, length, reinterpret_cast<char*>(data));
    source->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

/// A bad logo is left out rather than failing the report (same reasoning as the colour).
SurfacePtr loadLogo(const std::optional<std::string>& png)
{
    if (!png || png->empty())
        return nullptr;
    PngSource source{&*png};
    SurfacePtr logo(cairo_image_surface_create_from_png_stream(&readFromString, &source));
    if (cairo_surface_status(logo.get()) != CAIRO_STATUS_SUCCESS ||
        cairo_image_surface_get_width(logo.get()) <= 0 ||
        cairo_image_surface_get_height(logo.get()) <= 0)
        return nullptr;
    return logo;
}

// ---------------------------------------------------------------------------------------------
// Layout: the report is a list of groups of blocks measured up front; pagination then places
// them, so the page count ("Halaman 1 dari N") is known before anything is drawn.

struct Block
{
    double height = 0;
    double spaceBefore = 0;    ///< dropped at the top of a page
    bool keepWithNext = false; ///< a heading never ends a page alone
    std::function<void(cairo_t*, double top)> draw;
};

using Group = std::vector<Block>; ///< the cover, the executive summary, or one section

struct Placed
{
    const Block* block;
    double top;
};

class Renderer
{
public:
    Renderer(cairo_t* cr, const ReportBranding& branding)
        : m_cr(cr), m_branding(branding), m_accent(parseColor(branding.primaryColor)),
          m_onAccent(onColor(m_accent)), m_ink(inkColor(m_accent)),
          m_tint(mix(m_accent, {1, 1, 1}, 0.88)), m_logo(loadLogo(branding.logoPng)),
          m_pango(pango_cairo_create_context(cr), g_object_unref)
    {
    }

    void render(const ReportData& data, bool includeExecutiveSummary)
    {
        std::vector<Group> groups;
        std::vector<std::string> titles; // repeated as "… (lanjutan)" when a group spans pages
        groups.push_back(coverGroup(data));
        titles.push_back(data.assessmentTitle);
        if (includeExecutiveSummary && data.executiveSummary &&
            !data.executiveSummary->paragraphs.empty()) {
            groups.push_back(executiveGroup(*data.executiveSummary));
            titles.push_back(data.executiveSummary->title);
        }
        for (std::size_t i = 0; i < data.sections.size(); ++i) {
            groups.push_back(sectionGroup(data.sections[i], i + 1, data.sections.size()));
            titles.push_back(data.sections[i].title);
        }

        const auto pages = paginate(groups, titles);
        for (std::size_t page = 0; page < pages.size(); ++page) {
            if (page > 0)
                drawRunningHeader(data);
            drawFooter(page + 1, pages.size());
            for (const Placed& placed : pages[page]) {
                cairo_save(m_cr);
                placed.block->draw(m_cr, placed.top);
                cairo_restore(m_cr);
            }
            cairo_show_page(m_cr);
        }
    }

private:
    LayoutPtr layout(const std::string& text, const char* font, double width,
                     PangoAlignment alignment = PANGO_ALIGN_LEFT) const
    {
        LayoutPtr layout(pango_layout_new(m_pango.get()), g_object_unref);
        FontPtr description(pango_font_description_from_string(font));
        pango_layout_set_font_description(layout.get(), description.get());
        pango_layout_set_width(layout.get(), pango_units_from_double(width));
        // WORD_CHAR: a name or e-mail without spaces still wraps instead of running off the page.
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout.get(), alignment);
        pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
        return layout;
    }

    static double heightOf(const LayoutPtr& layout)
    {
        PangoRectangle logical;
        pango_layout_get_extents(layout.get(), nullptr, &logical);
        return pango_units_to_double(logical.height);
    }

    static void show(cairo_t* cr, const LayoutPtr& layout, double x, double y)
    {
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, layout.get());
    }

    /// One block per line, so long narratives can continue on the next page.
    void appendLines(Group& group, const std::string& text, const char* font, const Rgb& colour,
                     double indent, double firstSpace, bool keepWithNext,
                     std::optional<Rgb> accentRule = std::nullopt) const
    {
        auto paragraph = layout(text, font, kContentWidth - indent);
        PangoLayoutIter* iter = pango_layout_get_iter(paragraph.get());
        bool first = true;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double baseline =
                pango_units_to_double(pango_layout_iter_get_baseline(iter) - logical.y);
            const double x = kMarginX + indent + pango_units_to_double(logical.x);
            PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
            Block block;
            block.height = pango_units_to_double(logical.height);
            block.spaceBefore = first ? firstSpace : 0;
            block.keepWithNext = keepWithNext;
            block.draw = [paragraph, line, x, baseline, colour, accentRule, indent,
                          height = block.height](cairo_t* cr, double top) {
                if (accentRule) {
                    setColor(cr, *accentRule);
                    cairo_rectangle(cr, kMarginX + indent - 9, top, 2.5, height);
                    cairo_fill(cr);
                }
                setColor(cr, colour);
                cairo_move_to(cr, x, top + baseline);
                pango_cairo_show_layout_line(cr, line);
            };
            group.push_back(std::move(block));
            first = false;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }

    Block headingBand(const std::string& title, const std::optional<std::string>& note) const
    {
        constexpr double padding = 8;
        auto noteLayout = note ? layout(*note, "DejaVu Sans 8.5", 110, PANGO_ALIGN_RIGHT) : nullptr;
        const double titleWidth = kContentWidth - 2 * padding - (noteLayout ? 118 : 0);
        auto titleLayout = layout(title, "DejaVu Sans Bold 13", titleWidth);
        Block block;
        block.height = heightOf(titleLayout) + 2 * padding;
        block.spaceBefore = 18;
        block.keepWithNext = true;
        block.draw = [this, titleLayout, noteLayout, height = block.height](cairo_t* cr,
                                                                            double top) {
            setColor(cr, m_accent);
            cairo_rectangle(cr, kMarginX, top, kContentWidth, height);
            cairo_fill(cr);
            setColor(cr, m_onAccent);
            show(cr, titleLayout, kMarginX + padding, top + padding);
            if (noteLayout)
                show(cr, noteLayout, kMarginX + kContentWidth - padding - 110, top + padding + 2);
        };
        return block;
    }

    /// Label above a full-width bar with "score/max · percent" on its right; the label gets a
    /// line of its own so long names wrap freely and never collide with the numbers.
    Block barRow(const std::string& label, double score, double max, double percent,
                 const char* labelFont,
                 const std::optional<std::string>& valueText = std::nullopt) const
    {
        auto labelLayout = layout(label, labelFont, kContentWidth);
        auto valueLayout = layout(valueText.value_or(formatNumber(score) + "/" + formatNumber(max) +
                                                     " · " + formatNumber(percent) + "%"),
                                  "DejaVu Sans 9.5", kScoreColumn - 8, PANGO_ALIGN_RIGHT);
        const double labelHeight = heightOf(labelLayout);
        const double valueHeight = heightOf(valueLayout);
        constexpr double barHeight = 10;
        const double lineHeight = std::max(barHeight, valueHeight);
        Block block;
        block.height = labelHeight + 3 + lineHeight;
        block.spaceBefore = 8;
        const double valueBaseline = firstBaseline(valueLayout);
        block.draw = [this, labelLayout, valueLayout, labelHeight, valueBaseline, lineHeight,
                      fraction = std::clamp(percent / 100.0, 0.0, 1.0)](cairo_t* cr, double top) {
            setColor(cr, kText);
            show(cr, labelLayout, kMarginX, top);
            const double barTop = top + labelHeight + 3 + (lineHeight - barHeight) / 2;
            const double trackWidth = kContentWidth - kScoreColumn;
            setColor(cr, kTrack);
            cairo_rectangle(cr, kMarginX, barTop, trackWidth, barHeight);
            cairo_fill(cr);
            if (fraction > 0) {
                setColor(cr, m_ink);
                cairo_rectangle(cr, kMarginX, barTop, std::max(1.5, trackWidth * fraction),
                                barHeight);
                cairo_fill(cr);
            }
            // Digits sit on the bar's lower edge, which centres their cap height on the bar.
            setColor(cr, kText);
            show(cr, valueLayout, kMarginX + kContentWidth - (kScoreColumn - 8),
                 barTop + barHeight - 1 - valueBaseline);
        };
        return block;
    }

    Group coverGroup(const ReportData& data) const
    {
        Group group;
        constexpr double padding = 18;
        constexpr double logoBox = 56;
        const bool hasLogo = m_logo != nullptr;
        const double textX = padding + (hasLogo ? logoBox + 14 : 0);
        const double textWidth = kContentWidth - textX - padding;
        auto brand = layout(m_branding.brandName, "DejaVu Sans Bold 11", textWidth);
        auto kind = layout("Laporan Hasil Asesmen", "DejaVu Sans 10", textWidth);
        auto title = layout(data.assessmentTitle, "DejaVu Sans Bold 20", textWidth);
        auto partner = m_branding.partnerName.empty() ? nullptr
                                                      : layout("Mitra: " + m_branding.partnerName,
                                                               "DejaVu Sans 10", textWidth);
        const double textHeight = heightOf(brand) + 2 + heightOf(kind) + 8 + heightOf(title) +
                                  (partner ? 6 + heightOf(partner) : 0);
        Block band;
        band.height = std::max(textHeight, hasLogo ? logoBox : 0.0) + 2 * padding;
        band.keepWithNext = true;
        band.draw = [this, brand, kind, title, partner, hasLogo, textX,
                     height = band.height](cairo_t* cr, double top) {
            setColor(cr, m_accent);
            cairo_rectangle(cr, kMarginX, top, kContentWidth, height);
            cairo_fill(cr);
            if (hasLogo)
                drawLogo(cr, kMarginX + padding, top + padding, logoBox);
            double y = top + padding;
            setColor(cr, m_onAccent);
            show(cr, brand, kMarginX + textX, y);
            y += heightOf(brand) + 2;
            show(cr, kind, kMarginX + textX, y);
            y += heightOf(kind) + 8;
            show(cr, title, kMarginX + textX, y);
            y += heightOf(title) + 6;
            if (partner)
                show(cr, partner, kMarginX + textX, y);
        };
        group.push_back(std::move(band));

        std::vector<std::pair<std::string, std::string>> rows{{"Nama", data.clientName},
                                                              {"Email", data.clientEmail}};
        if (data.organization)
            rows.emplace_back("Organisasi", *data.organization);
        if (data.position)
            rows.emplace_back("Jabatan", *data.position);
        if (data.eventReference)
            rows.emplace_back("Kode acara", *data.eventReference);
        rows.emplace_back("Selesai", data.completedAtText);
        constexpr double labelWidth = 104;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            auto label = layout(rows[i].first, "DejaVu Sans Bold 9.5", labelWidth - 8);
            auto value = layout(rows[i].second, i == 0 ? "DejaVu Sans Bold 11" : "DejaVu Sans 10",
                                kContentWidth - labelWidth);
            Block row;
            row.height = std::max(heightOf(label), heightOf(value)) + 10;
            row.spaceBefore = i == 0 ? 14 : 0;
            row.keepWithNext = i + 1 < rows.size();
            const double labelDrop = std::max(0.0, firstBaseline(value) - firstBaseline(label));
            row.draw = [label, value, labelDrop, height = row.height](cairo_t* cr, double top) {
                setColor(cr, kMuted);
                show(cr, label, kMarginX, top + 5 + labelDrop);
                setColor(cr, kText);
                show(cr, value, kMarginX + labelWidth, top + 5);
                setColor(cr, kRule);
                cairo_rectangle(cr, kMarginX, top + height - 0.6, kContentWidth, 0.6);
                cairo_fill(cr);
            };
            group.push_back(std::move(row));
        }
        return group;
    }

    /// Baseline of a layout's first line, to line up texts of different sizes on one row.
    static double firstBaseline(const LayoutPtr& layout)
    {
        return pango_units_to_double(pango_layout_get_baseline(layout.get()));
    }

    void drawLogo(cairo_t* cr, double x, double y, double box) const
    {
        const double width = cairo_image_surface_get_width(m_logo.get());
        const double height = cairo_image_surface_get_height(m_logo.get());
        const double scale = std::min(box / width, box / height);
        cairo_save(cr);
        cairo_translate(cr, x + (box - width * scale) / 2, y + (box - height * scale) / 2);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, m_logo.get(), 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
    }

    Group executiveGroup(const ExecutiveSummary& summary) const
    {
        Group group;
        group.push_back(headingBand(summary.title, std::nullopt));
        for (std::size_t i = 0; i < summary.paragraphs.size(); ++i)
            appendLines(group, summary.paragraphs[i], "DejaVu Sans 10", kText, 0, i == 0 ? 10 : 7,
                        false);
        return group;
    }

    Group sectionGroup(const Section& section, std::size_t number, std::size_t count) const
    {
        Group group;
        group.push_back(headingBand(section.title, "Bagian " + std::to_string(number) + " dari " +
                                                       std::to_string(count)));
        if (section.description)
            appendLines(group, *section.description, "DejaVu Sans Oblique 9.5", kMuted, 0, 8, true);
        if (section.durationSeconds) {
            std::string text = "Waktu pengerjaan: " + formatDuration(*section.durationSeconds);
            if (section.timeLimitSeconds && *section.timeLimitSeconds > 0)
                text += " (batas " + formatDuration(*section.timeLimitSeconds) + ")";
            appendLines(group, text, "DejaVu Sans 9", kMuted, 0, 4, true);
        }
        if (section.unansweredCount > 0) {
            std::string text = "Waktu bagian ini habis sebelum semua pertanyaan terjawab: " +
                               std::to_string(section.unansweredCount);
            if (section.questionCount > 0)
                text += " dari " + std::to_string(section.questionCount);
            text += " pertanyaan kosong. Skor dihitung dari jawaban yang ada dan perlu dibaca "
                    "dengan hati-hati.";
            appendLines(group, text, "DejaVu Sans Oblique 9", kText, 0, 4, true, m_tint);
        }
        for (std::size_t i = 0; i < section.scales.size(); ++i) {
            const Scale& scale = section.scales[i];
            Block row = barRow(scale.label, scale.score, scale.max, scale.percent,
                               "DejaVu Sans Bold 10",
                               scale.unscored ? std::optional<std::string>("tidak terjawab")
                                              : std::nullopt);
            row.keepWithNext = i + 1 < section.scales.size(); // keep the chart together
            group.push_back(std::move(row));
        }

        if (section.summary) {
            const Summary& summary = *section.summary;
            appendLines(group, "Hasil keseluruhan", "DejaVu Sans Bold 10.5", m_ink, 0, 16, true);
            if (summary.incomplete) {
                appendLines(group,
                            "Tidak dihitung: ada skala yang pertanyaannya tidak terjawab sama sekali.",
                            "DejaVu Sans 10", kMuted, 0, 4, !summary.highlights.empty());
            } else if (summary.score && summary.max) {
                Block row = barRow(summary.category ? summary.category->label : std::string(),
                                   *summary.score, *summary.max, summary.percent.value_or(0),
                                   "DejaVu Sans Bold 10");
                row.spaceBefore = 4;
                group.push_back(std::move(row));
            } else if (summary.category) {
                appendLines(group, summary.category->label, "DejaVu Sans Bold 10", kText, 0, 4,
                            !summary.category->narrative.empty());
            }
            if (summary.category && !summary.category->narrative.empty())
                appendLines(group, summary.category->narrative, "DejaVu Sans 10", kText, 12, 5,
                            false, m_tint);
            if (!summary.highlights.empty()) {
                std::string joined;
                for (const auto& highlight : summary.highlights)
                    joined += (joined.empty() ? "" : ", ") + highlight;
                appendLines(group, "Kekuatan utama: " + joined, "DejaVu Sans Bold 10", kText, 0, 6,
                            false);
            }
        }

        bool headed = false;
        for (const Scale& scale : section.scales) {
            if (!scale.category)
                continue;
            // A one-scale section whose overall result already told this story says it once.
            if (section.scales.size() == 1 && section.summary && section.summary->category &&
                section.summary->category->label == scale.category->label &&
                section.summary->category->narrative == scale.category->narrative)
                continue;
            if (!headed) {
                appendLines(group,
                            section.scales.size() == 1 ? "Interpretasi" : "Interpretasi per skala",
                            "DejaVu Sans Bold 10.5", m_ink, 0, 16, true);
                headed = true;
            }
            const std::string heading = section.scales.size() == 1
                                            ? scale.category->label
                                            : scale.label + " — " + scale.category->label;
            appendLines(group, heading, "DejaVu Sans Bold 10", kText, 0, 8,
                        !scale.category->narrative.empty());
            if (!scale.category->narrative.empty())
                appendLines(group, scale.category->narrative, "DejaVu Sans 10", kText, 12, 3, false,
                            m_tint);
        }
        return group;
    }

    /// A small muted line at the top of a page that continues a section, so a reader who
    /// opens that page knows which section the narratives belong to.
    Block continuation(const std::string& title) const
    {
        auto text = layout(title + " (lanjutan)", "DejaVu Sans Bold 9.5", kContentWidth);
        Block block;
        block.height = heightOf(text) + 6;
        block.draw = [this, text](cairo_t* cr, double top) {
            setColor(cr, m_ink);
            show(cr, text, kMarginX, top);
        };
        return block;
    }

    std::vector<std::vector<Placed>> paginate(const std::vector<Group>& groups,
                                              const std::vector<std::string>& titles)
    {
        std::vector<std::vector<Placed>> pages(1);
        double y = kFirstPageTop;
        double top = kFirstPageTop;
        auto newPage = [&] {
            pages.emplace_back();
            y = top = kPageTop;
        };
        const double fullPage = kPageBottom - kPageTop;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const Group& group = groups[g];
            double groupHeight = 0;
            for (const Block& block : group)
                groupHeight += block.spaceBefore + block.height;
            // A section that would fit on a page of its own starts on one rather than splitting.
            if (y > top && y + groupHeight > kPageBottom && groupHeight <= fullPage)
                newPage();
            for (std::size_t i = 0; i < group.size(); ++i) {
                // At the start of a keep-together chain (a heading and what follows it, a
                // chart's rows) the whole chain moves to the next page if it would fit there.
                // A chain longer than a page, or one already begun, only keeps each block with
                // its follower, so a heading never ends a page alone.
                const bool chainStart = i == 0 || !group[i - 1].keepWithNext;
                double chain = group[i].height;
                std::size_t j = i;
                while (chainStart && group[j].keepWithNext && j + 1 < group.size()) {
                    ++j;
                    chain += group[j].spaceBefore + group[j].height;
                }
                if (!chainStart || chain > fullPage)
                    chain = group[i].height + (i + 1 < group.size() && group[i].keepWithNext
                                                   ? group[i + 1].spaceBefore + group[i + 1].height
                                                   : 0);
                double space = y > top ? group[i].spaceBefore : 0;
                if (y > top && y + space + chain > kPageBottom) {
                    newPage();
                    space = 0;
                    if (i > 0) {
                        const Block& note = m_continuations.emplace_back(continuation(titles[g]));
                        pages.back().push_back({&note, y});
                        y += note.height;
                    }
                }
                pages.back().push_back({&group[i], y + space});
                y += space + group[i].height;
            }
        }
        return pages;
    }

    void drawRunningHeader(const ReportData& data) const
    {
        // The client's name gets what it needs up to half the line; the brand and partner the rest.
        const double half = kContentWidth / 2 - 6;
        auto rightLayout = layout(data.clientName, "DejaVu Sans 8.5", half, PANGO_ALIGN_RIGHT);
        pango_layout_set_ellipsize(rightLayout.get(), PANGO_ELLIPSIZE_END);
        PangoRectangle used;
        pango_layout_get_extents(rightLayout.get(), nullptr, &used);
        const double rightWidth = std::min(half, pango_units_to_double(used.width));
        std::string left = m_branding.brandName;
        if (!m_branding.partnerName.empty())
            left += (left.empty() ? "" : " · ") + m_branding.partnerName;
        auto leftLayout = layout(left, "DejaVu Sans 8.5", kContentWidth - rightWidth - 16);
        pango_layout_set_ellipsize(leftLayout.get(), PANGO_ELLIPSIZE_END);
        setColor(m_cr, kMuted);
        show(m_cr, leftLayout, kMarginX, 30);
        show(m_cr, rightLayout, kMarginX + kContentWidth - half, 30);
        setColor(m_cr, m_ink);
        cairo_rectangle(m_cr, kMarginX, 46, kContentWidth, 1);
        cairo_fill(m_cr);
    }

    void drawFooter(std::size_t page, std::size_t pages) const
    {
        constexpr double numberWidth = 110;
        const double lineY = kPageHeight - 42;
        setColor(m_cr, kRule);
        cairo_rectangle(m_cr, kMarginX, lineY, kContentWidth, 0.6);
        cairo_fill(m_cr);
        auto number = layout("Halaman " + std::to_string(page) + " dari " + std::to_string(pages),
                             "DejaVu Sans 8", numberWidth, PANGO_ALIGN_RIGHT);
        setColor(m_cr, kMuted);
        show(m_cr, number, kMarginX + kContentWidth - numberWidth, lineY + 6);
        if (!m_branding.footer.empty()) {
            auto footer =
                layout(m_branding.footer, "DejaVu Sans 8", kContentWidth - numberWidth - 12);
            pango_layout_set_ellipsize(footer.get(), PANGO_ELLIPSIZE_END);
            pango_layout_set_height(footer.get(), 0); // one line: the footer never pushes the page
            show(m_cr, footer, kMarginX, lineY + 6);
        }
    }

    cairo_t* m_cr;
    const ReportBranding& m_branding;
    Rgb m_accent;
    Rgb m_onAccent;
    Rgb m_ink; ///< the accent for text and bars on white: darkened when the accent is pale
    Rgb m_tint;
    SurfacePtr m_logo;
    /// One pango context for all layouts (pango_cairo_create_layout would make one per layout);
    /// it matches m_cr because the page transform is never changed.
    std::shared_ptr<PangoContext> m_pango;
    std::deque<Block> m_continuations; ///< deque: placed blocks keep their addresses
};

} // namespace

std::string renderAssessmentReport(const Poco::JSON::Object& contentResult,
                                   const ReportBranding& branding, bool includeExecutiveSummary)
{
    const ReportData data = readContract(contentResult);
    const ReportBranding safeBranding{cleanText(branding.brandName),
                                      cleanText(branding.partnerName), branding.primaryColor,
                                      branding.logoPng, cleanText(branding.footer)};

    std::string pdf;
    SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(&appendToString, &pdf, kPageWidth, kPageHeight));
    const std::string title = "Laporan " + data.assessmentTitle + " — " + data.clientName;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    const std::string author =
        safeBranding.partnerName.empty() ? safeBranding.brandName : safeBranding.partnerName;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, author.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT,
                                   data.assessmentTitle.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                   safeBranding.brandName.c_str());
    {
        ContextPtr cr(cairo_create(surface.get()));
        Renderer(cr.get(), safeBranding).render(data, includeExecutiveSummary);
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("report PDF: ") +
                                     cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("report PDF: ") +
                                 cairo_status_to_string(cairo_surface_status(surface.get())));
    return pdf;
}

} // namespace ey::partner

// Buyer alert HTTP: validate the member's interests, call BuyerAlertService, write JSON.
#include "BuyerAlertRoutes.h"

#include "BuyerAlertService.h"
#include "Countries.h"
#include "DirectoryText.h"

#include "Json.h"
#include "Problem.h"

#include <algorithm>
#include <cctype>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

constexpr std::size_t kBodyBytes = 16 * 1024;
constexpr std::size_t kMaxItems = BuyerAlertService::kMaxItems;

/// Characters, not bytes: "kelapa parut" and "椰子" are measured the way people count.
std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// The list in the body, or an error when it has more than kMaxItems entries.
std::vector<std::string> boundedList(json::Reader& in, const std::string& field,
                                     const core::Text& tooMany)
{
    // Read generously, then say how many are allowed in words the member understands.
    auto items = in.stringList(field, 1000);
    if (items.size() > kMaxItems) {
        in.fail(field, tooMany);
        return {};
    }
    return items;
}

BuyerAlertInput readInput(const Request& request)
{
    json::Reader in(request.jsonBody());
    BuyerAlertInput input;

    for (const auto& typed : boundedList(
             in, "products", {"Paling banyak 20 kata produk.", "At most 20 product words."})) {
        const auto word = text::collapseSpaces(typed);
        if (word.empty())
            continue;
        const bool control = std::any_of(word.begin(), word.end(), [](char c) {
            return std::iscntrl(static_cast<unsigned char>(c)) != 0;
        });
        if (control || characters(word) < 2 || characters(word) > 60) {
            in.fail("products",
                    {"Kata produk \"" + word + "\" harus 2–60 karakter, misalnya kopi atau kelapa.",
                     "Product word \"" + word +
                         "\" must have 2–60 characters, e.g. coffee or coconut."});
            break;
        }
        const auto same = [&](const std::string& kept) {
            return text::asciiLower(kept) == text::asciiLower(word);
        };
        if (std::none_of(input.products.begin(), input.products.end(), same))
            input.products.push_back(word);
    }

    for (const auto& typed :
         boundedList(in, "hs_codes",
                     {"Paling banyak 20 awalan kode HS.", "At most 20 HS code prefixes."})) {
        std::string digits;
        for (const unsigned char c : typed) {
            if (!std::isspace(c) && c != '.')
                digits += static_cast<char>(c); // "0901.11" is written with dots
        }
        if (digits.empty())
            continue;
        const bool numeric = std::all_of(digits.begin(), digits.end(),
                                         [](unsigned char c) { return std::isdigit(c) != 0; });
        if (!numeric || digits.size() < 2 || digits.size() > 10) {
            in.fail("hs_codes", {"Kode HS \"" + typed +
                                     "\" harus 2–10 angka (awal kode), misalnya 09 atau 0901.",
                                 "HS code \"" + typed +
                                     "\" must be 2–10 digits (a code's start), e.g. 09 or 0901."});
            break;
        }
        if (std::find(input.hsCodes.begin(), input.hsCodes.end(), digits) == input.hsCodes.end())
            input.hsCodes.push_back(digits);
    }

    for (const auto& typed :
         boundedList(in, "countries", {"Paling banyak 20 negara.", "At most 20 countries."})) {
        if (text::collapseSpaces(typed).empty())
            continue;
        const auto code = Countries::codeOf(typed);
        if (!code) {
            in.fail(
                "countries",
                {"Negara \"" + typed + "\" tidak dikenal; pakai kode ISO seperti JP atau namanya.",
                 "Country \"" + typed + "\" is unknown; use an ISO code such as JP or its name."});
            break;
        }
        if (std::find(input.countries.begin(), input.countries.end(), *code) ==
            input.countries.end())
            input.countries.push_back(*code);
    }

    input.enabled = in.optionalBool("enabled").value_or(true);
    input.email = in.optionalBool("email").value_or(false);
    in.finish();
    return input;
}

} // namespace

std::shared_ptr<BuyerAlertService> addBuyerAlertRoutes(core::Router& router,
                                                       const core::ModuleContext& context,
                                                       notify::NotifyService& notify)
{
    auto service = std::make_shared<BuyerAlertService>(context.db, context.clock, notify);
    const auto s = service;
    const auto& browse = BuyerAlertService::kBrowse;

    router.add({"GET", "/api/v1/buyers/alerts", browse,
                [s](Request& request, Response& response) {
                    response.json(s->settings(request.user().userId));
                },
                0, "getBuyerAlerts"});
    router.add({"PUT", "/api/v1/buyers/alerts", browse,
                [s](Request& request, Response& response) {
                    const auto input = readInput(request);
                    response.json(s->save(request.user().userId, input));
                },
                kBodyBytes, "saveBuyerAlerts"});

    service->startWorker(std::chrono::seconds(
        context.config.integer("directory.buyer_alert_sweep_seconds",
                               BuyerAlertService::kDefaultSweepSeconds, 1, 24 * 3600)));
    return service;
}

} // namespace ey::directory

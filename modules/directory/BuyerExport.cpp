// Buyer exports (see BuyerExport.h).
#include "BuyerExport.h"

#include "BuyerRules.h"
#include "BuyerStore.h"

#include "CsvWriter.h"
#include "Json.h"
#include "Log.h"
#include "Xlsx.h"

#include <filesystem>

namespace ey::directory {

namespace json = core::json;

namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : "; ") + item;
    return text;
}

/// One buyer's cells in column order; text unless the spreadsheet should see a number or a flag.
std::vector<core::XlsxWriter::Cell> cellsOf(const Buyer& buyer)
{
    std::vector<core::XlsxWriter::Cell> cells;
    for (const auto& field : BuyerRules::fieldNames()) {
        if (field == "company")
            cells.emplace_back(buyer.company);
        else if (field == "contact_person")
            cells.emplace_back(buyer.contactPerson.value_or(""));
        else if (field == "email")
            cells.emplace_back(buyer.email.value_or(""));
        else if (field == "phone")
            cells.emplace_back(buyer.phone.value_or(""));
        else if (field == "country")
            cells.emplace_back(buyer.country);
        else if (field == "products")
            cells.emplace_back(joined(buyer.products));
        else if (field == "hs_codes")
            cells.emplace_back(joined(buyer.hsCodes));
        else if (field == "business_scale")
            cells.emplace_back(buyer.businessScale.value_or(""));
        else if (field == "payment_terms")
            cells.emplace_back(joined(buyer.paymentTerms));
        else if (field == "shipping_terms")
            cells.emplace_back(joined(buyer.shippingTerms));
        else if (field == "notes")
            cells.emplace_back(buyer.notes.value_or(""));
        else if (field == "verified")
            cells.emplace_back(buyer.verified);
        else if (field == "rating")
            cells.emplace_back(buyer.rating ? core::XlsxWriter::Cell(std::int64_t(*buyer.rating))
                                            : core::XlsxWriter::Cell());
        else if (field == "source")
            cells.emplace_back(buyer.source.value_or(""));
        else
            cells.emplace_back(std::monostate{});
    }
    cells.emplace_back(buyer.dateAdded);
    return cells;
}

json::ObjectPtr filterJson(const BuyerFilter& filter)
{
    auto body = json::object();
    const std::pair<const char*, const std::optional<std::string>*> texts[] = {
        {"q", &filter.q},
        {"country", &filter.country},
        {"product", &filter.product},
        {"payment_term", &filter.paymentTerm},
        {"shipping_term", &filter.shippingTerm},
        {"business_scale", &filter.businessScale},
        {"added_from", &filter.addedFrom},
        {"added_to", &filter.addedTo}};
    for (const auto& [name, value] : texts)
        if (*value)
            body->set(name, **value);
    if (filter.verified)
        body->set("verified", *filter.verified);
    body->set("sort", filter.sort);
    return body;
}

} // namespace

BuyerExport::BuyerExport(core::Db& db, std::string tempDir)
    : m_db(db), m_tempDir(std::move(tempDir))
{
}

std::vector<std::string> BuyerExport::columns()
{
    auto names = BuyerRules::fieldNames();
    names.push_back("date_added");
    return names;
}

void BuyerExport::audit(const core::Actor& actor, const BuyerFilter& filter,
                        const std::string& format, std::int64_t rows, bool complete)
{
    auto after = json::object();
    after->set("format", format);
    after->set("filter", filterJson(filter));
    after->set("rows", rows);
    after->set("complete", complete);
    m_db.transaction([&](core::Tx& tx) {
        core::audit(tx, {actor.userId, "buyer.export", "buyer", "", nullptr, after, actor.ip});
    });
}

std::function<void(std::ostream&)> BuyerExport::csv(const core::Actor& actor,
                                                    const BuyerFilter& filter)
{
    return [this, actor, filter](std::ostream& out) {
        std::int64_t rows = 0;
        try {
            core::CsvWriter writer(out, columns());
            BuyerStore::forEach(m_db, filter, [&](const Buyer& buyer) {
                for (const auto& cell : cellsOf(buyer)) {
                    if (const auto* text = std::get_if<std::string>(&cell))
                        writer.field(*text);
                    else if (const auto* number = std::get_if<std::int64_t>(&cell))
                        writer.field(*number);
                    else if (const auto* flag = std::get_if<bool>(&cell))
                        writer.field(*flag ? "ya" : "tidak");
                    else
                        writer.field("");
                }
                writer.endRow();
                ++rows;
            });
            out.flush();
        } catch (const std::exception& e) {
            // Headers are gone already; the person sees a cut download, the log says why.
            core::log::server()->warn("buyer export (csv) stopped after {} rows: {}", rows,
                                      e.what());
            audit(actor, filter, "csv", rows, false);
            throw;
        }
        audit(actor, filter, "csv", rows, true);
    };
}

std::function<void(std::ostream&)> BuyerExport::xlsx(const core::Actor& actor,
                                                     const BuyerFilter& filter)
{
    return [this, actor, filter](std::ostream& out) {
        std::int64_t rows = 0;
        try {
            std::filesystem::create_directories(m_tempDir);
            core::XlsxWriter writer(columns(), "Buyers", m_tempDir);
            BuyerStore::forEach(m_db, filter, [&](const Buyer& buyer) {
                writer.addRow(cellsOf(buyer));
                ++rows;
            });
            writer.finish(out);
        } catch (const std::exception& e) {
            core::log::server()->warn("buyer export (xlsx) stopped after {} rows: {}", rows,
                                      e.what());
            audit(actor, filter, "xlsx", rows, false);
            throw;
        }
        audit(actor, filter, "xlsx", rows, true);
    };
}

} // namespace ey::directory

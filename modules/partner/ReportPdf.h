// Renders one client's assessment result (content_result) as a branded PDF report.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace ey::partner {

/// How a partner's reports look: names on the cover, the accent colour, the logo, the footer line.
struct ReportBranding
{
    std::string brandName;                ///< e.g. "EksporYuk"
    std::string partnerName;              ///< the partner institution shown on the cover
    std::string primaryColor = "#0F766E"; ///< "#RRGGBB"; bars and headings
    std::optional<std::string> logoPng;   ///< PNG bytes, optional
    std::string footer;                   ///< e.g. "Laporan rahasia — hanya untuk ..."
};

/// Lays out the contract "ey.assessment-result/1" (see the partner issue) on A4 pages with cairo +
/// pango and returns the PDF bytes. Each call owns all of its cairo/pango objects, so it may run
/// on several HTTP threads at once. Throws std::invalid_argument naming the offending field when
/// contentResult breaks the contract; std::runtime_error when cairo cannot write the PDF.
std::string renderAssessmentReport(const Poco::JSON::Object& contentResult,
                                   const ReportBranding& branding, bool includeExecutiveSummary);

} // namespace ey::partner

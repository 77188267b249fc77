// Plain records of the assessment catalogue (the definition itself is AssessmentDefinition).
#pragma once

#include "Audit.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ey::partner {

/// One assessment product as lists show it.
struct AssessmentSummary
{
    std::string id;
    std::string code;
    std::string title;
    std::optional<std::string> description;
    std::string status; ///< draft | published
    std::optional<std::string> publishedAt;
    std::int64_t sectionCount = 0;
    std::int64_t questionCount = 0;
    std::int64_t eventCount = 0;
    std::int64_t clientCount = 0; ///< clients who started it through any event
    std::string createdAt;
    std::string updatedAt;
};

struct AssessmentFilter
{
    std::optional<std::string> status;
    std::optional<std::string> search; ///< code or title contains
};

using Actor = core::Actor;

} // namespace ey::partner

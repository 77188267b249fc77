// SQL for assessments, their answer templates, sections and questions. No rules here.
#pragma once

#include "Assessment.h"
#include "AssessmentDefinition.h"

#include "Db.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

class AssessmentStore
{
public:
    static std::string insert(core::Sql& sql, const AssessmentDefinition& definition,
                              const std::string& createdBy);
    /// Replaces title, description, templates, sections and questions in one go.
    static void replace(core::Sql& sql, const std::string& id,
                        const AssessmentDefinition& definition);
    static std::optional<AssessmentSummary> summary(core::Sql& sql, const std::string& id);
    /// Locks the row until the transaction ends, so no event starts on it meanwhile.
    static std::optional<AssessmentSummary> lock(core::Sql& sql, const std::string& id);
    static std::vector<AssessmentSummary> list(core::Sql& sql, const AssessmentFilter& filter,
                                               const core::PageRequest& page);
    static std::optional<AssessmentDefinition> definition(core::Sql& sql, const std::string& id);
    static void setPublished(core::Sql& sql, const std::string& id);
    static void remove(core::Sql& sql, const std::string& id);
};

} // namespace ey::partner

// Read-only files compiled into the server: migrations, the OpenAPI document, templates, demo data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ey::resources {

/// One embedded file, named by its path relative to the repository root.
struct Resource
{
    std::string_view name;
    std::string_view data;
};

const std::vector<Resource>& all();

/// The file called `name` (e.g. "resources/openapi.json"), or nothing.
std::optional<std::string_view> find(std::string_view name);

/// Every embedded file whose name starts with `prefix`, in name order.
std::vector<Resource> under(std::string_view prefix);

} // namespace ey::resources

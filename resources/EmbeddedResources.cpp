// Lookup over the generated table of embedded files.
#include "EmbeddedResources.h"

#include <algorithm>

namespace ey::resources {

std::optional<std::string_view> find(std::string_view name)
{
    for (const auto& resource : all()) {
        if (resource.name == name)
            return resource.data;
    }
    return std::nullopt;
}

std::vector<Resource> under(std::string_view prefix)
{
    std::vector<Resource> found;
    for (const auto& resource : all()) {
        if (resource.name.starts_with(prefix))
            found.push_back(resource);
    }
    std::sort(found.begin(), found.end(),
              [](const Resource& a, const Resource& b) { return a.name < b.name; });
    return found;
}

} // namespace ey::resources

// Merges the OpenAPI fragments once.
#include "OpenApiDocument.h"

#include "EmbeddedResources.h"
#include "Json.h"

#include <stdexcept>

namespace ey::app {

namespace {

void mergeObject(core::json::ObjectPtr into, core::json::ObjectPtr from, const std::string& where)
{
    if (!from)
        return;
    for (const auto& [key, value] : *from) {
        if (into->has(key))
            throw std::logic_error("OpenAPI fragments both define " + where + "/" + key);
        into->set(key, value);
    }
}

std::string build()
{
    const auto parseFile = [](std::string_view text) {
        return core::json::parse(std::string(text)).extract<core::json::ObjectPtr>();
    };
    auto document = parseFile(*resources::find("resources/openapi/base.json"));
    auto paths = document->getObject("paths");
    auto schemas = document->getObject("components")->getObject("schemas");
    for (const auto& fragment : resources::under("resources/openapi/")) {
        if (fragment.name == "resources/openapi/base.json")
            continue;
        const auto part = parseFile(fragment.data);
        mergeObject(paths, part->getObject("paths"), "paths");
        if (auto components = part->getObject("components"))
            mergeObject(schemas, components->getObject("schemas"), "components/schemas");
    }
    return core::json::stringify(document);
}

} // namespace

std::string openApiDocument()
{
    static const std::string document = build();
    return document;
}

} // namespace ey::app

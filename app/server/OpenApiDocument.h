// The served OpenAPI 3.1 document: resources/openapi/base.json plus each module's fragment.
#pragma once

#include <string>

namespace ey::app {

/// base.json with the `paths` and `components.schemas` of every other file in resources/openapi/
/// merged in (each module documents its own routes next to nothing else's).
std::string openApiDocument();

} // namespace ey::app

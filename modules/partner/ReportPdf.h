// Renders one client's assessment result (content_result) as a branded PDF report.
#pragma once

namespace ey::partner {
} // namespace ey::partner

// Renders one client's assessment result (content_result) as a branded PDF report.
#include "ReportPdf.h"

// The server-rendered frame of the public assessment pages; resources/web/assessment.js does the
// rest.
#pragma once

#include "ClientFlowService.h"

#include "Db.h"
#include "Router.h"

#include <memory>
#include <string>

namespace ey::partner {

class ClientFlowPages
{
public:
    /// GET /partner/assessment/take?ref=CODE and GET /partner/assessment/resume?client=&token=.
    static void addRoutes(core::Router& router, core::Db& db,
                          const std::shared_ptr<ClientFlowService>& flow);
    /// "/partner/assessment/resume?client=<id>&token=<token>": what the client keeps to come back.
    static std::string resumePath(const std::string& clientId, const std::string& token);
};

} // namespace ey::partner

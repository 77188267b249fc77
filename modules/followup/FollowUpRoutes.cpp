// Follow-up HTTP: parse input, call the service, write JSON. No SQL here.
#include "FollowUpRoutes.h"

#include "Problem.h"

namespace ey::followup {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

Poco::Dynamic::Var optional(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

json::ObjectPtr messageJson(const FollowUpMessage& m)
{
    auto object = json::object();
    object->set("id", m.id);
    object->set("transaction_id", m.transactionId);
    object->set("user_id", m.userId);
    object->set("step", m.step);
    object->set("due_at", m.dueAt);
    object->set("status", m.status);
    object->set("body", m.body);
    object->set("attempts", m.attempts);
    object->set("error", optional(m.error));
    object->set("sent_at", optional(m.sentAt));
    object->set("created_at", m.createdAt);
    object->set("outbound_message_id", optional(m.outboundMessageId));
    object->set("delivery_status", optional(m.deliveryStatus));
    object->set("delivery_error", optional(m.deliveryError));
    return object;
}

} // namespace

void addFollowUpRoutes(core::Router& router, FollowUpService& service)
{
    router.add({"GET", "/api/v1/admin/followups", "sales.read",
                [&service](Request& request, Response& response) {
                    const auto transactionId = request.queryValue("transaction_id");
                    if (!transactionId || transactionId->empty())
                        throw core::Problem::validation(
                            {{"transaction_id",
                              {"Sebutkan transaksinya: ?transaction_id=<id transaksi>.",
                               "Name the transaction: ?transaction_id=<transaction id>."}}});
                    auto items = json::array();
                    for (const auto& message : service.list(*transactionId))
                        items->add(messageJson(message));
                    auto body = json::object();
                    body->set("items", items);
                    // A sequence has a handful of steps: always one page.
                    body->set("next_cursor", Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listFollowUps"});

    router.add({"POST", "/api/v1/admin/followups/{id}/resend", "sales.manage",
                [&service](Request& request, Response& response) {
                    response.json(messageJson(service.resend(
                        request.user().userId, request.clientIp, request.param("id"))));
                },
                1024, "resendFollowUp"});
}

} // namespace ey::followup

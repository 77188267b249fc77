// Member directory HTTP: one's own listing, finding members, counts per area. No SQL here.
#include "MemberDirectoryRoutes.h"

#include "MemberDirectoryService.h"

#include "Paging.h"

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kMembers = "directory.members";
constexpr std::size_t kBodyBytes = 16 * 1024;

std::optional<std::string> queryFilter(const Request& request, const std::string& name)
{
    auto value = request.queryValue(name);
    if (value && value->empty())
        value.reset();
    return value;
}

} // namespace

void addMemberDirectoryRoutes(core::Router& router, const core::ModuleContext& context,
                              const std::shared_ptr<DirectoryAccess>& access)
{
    auto service = std::make_shared<MemberDirectoryService>(context.db, context.clock, access);

    router.add({"GET", "/api/v1/directory/me", kMembers,
                [service](Request& request, Response& response) {
                    const auto& userId = request.user().userId;
                    const auto limits = service->limits(userId);
                    response.json(MemberDirectoryService::toJson(service->me(userId), limits));
                },
                0, "getMyDirectoryListing"});

    router.add({"PUT", "/api/v1/directory/me", kMembers,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    ListingInput input;
                    input.visibility = in.requiredEnum("visibility", {"hidden", "members"});
                    input.provinceCode = in.optionalString("province_code", 20);
                    input.regencyCode = in.optionalString("regency_code", 20);
                    input.headline = in.optionalString("headline", 2000);
                    input.businessField = in.optionalString("business_field", 2000);
                    input.showWhatsapp = in.optionalBool("show_whatsapp").value_or(false);
                    input.showEmail = in.optionalBool("show_email").value_or(false);
                    in.finish();
                    const auto& userId = request.user().userId;
                    const auto limits = service->limits(userId);
                    response.json(
                        MemberDirectoryService::toJson(service->save(userId, input), limits));
                },
                kBodyBytes, "saveMyDirectoryListing"});

    router.add({"GET", "/api/v1/directory/members", kMembers,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    MemberFilter filter{queryFilter(request, "province"),
                                        queryFilter(request, "regency"), queryFilter(request, "q")};
                    auto items = service->members(filter, page);
                    const bool more = static_cast<int>(items.size()) > page.limit;
                    if (more)
                        items.resize(static_cast<std::size_t>(page.limit));
                    auto list = json::array();
                    for (const auto& item : items)
                        list->add(MemberDirectoryService::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                                        items.back().sortKey, items.back().userId))
                                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listDirectoryMembers"});

    router.add({"GET", "/api/v1/directory/members/areas", kMembers,
                [service](Request&, Response& response) {
                    response.json(MemberDirectoryService::toJson(service->areas()));
                },
                0, "listDirectoryMemberAreas"});
}

} // namespace ey::directory

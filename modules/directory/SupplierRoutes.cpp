// Supplier HTTP: parse and validate input, call the services, write JSON. No SQL here.
#include "SupplierRoutes.h"

#include "SupplierProductService.h"
#include "SupplierRules.h"
#include "SupplierService.h"

#include "Paging.h"
#include "Problem.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;
namespace rules = supplier_rules;

namespace {

constexpr std::size_t kDocumentBytes = 10 * 1024 * 1024;
constexpr std::size_t kImageBytes = 5 * 1024 * 1024;

core::Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

std::optional<std::string> queryFilter(const Request& request, const std::string& name)
{
    auto value = request.queryValue(name);
    if (value && value->empty())
        value.reset();
    return value;
}

template <typename T, typename Convert, typename Key, typename Id>
void writePage(Response& response, std::vector<T> items, const core::PageRequest& page,
               Convert convert, Key sortKey, Id id)
{
    auto body = json::object();
    auto list = json::array();
    const bool more = static_cast<int>(items.size()) > page.limit;
    if (more)
        items.resize(static_cast<std::size_t>(page.limit));
    for (const auto& item : items)
        list->add(convert(item));
    body->set("items", list);
    body->set("next_cursor",
              more ? Poco::Dynamic::Var(core::encodeCursor(sortKey(items.back()), id(items.back())))
                   : Poco::Dynamic::Var());
    response.json(body);
}

/// Sends stored bytes; names are reduced to safe ASCII for the header.
void sendFile(Response& response, const std::string& mime, const std::string& name,
              std::string bytes, bool attachment)
{
    std::string safe;
    for (const unsigned char c : name)
        safe += (std::isalnum(c) && c < 128) || c == '.' || c == '-' || c == '_' ? static_cast<char>(c)
                                                                                   : '_';
    if (safe.empty())
        safe = "file";
    response.status = 200;
    response.contentType = mime;
    response.headers["Content-Disposition"] =
        std::string(attachment ? "attachment" : "inline") + "; filename=\"" + safe + "\"";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Cache-Control"] = "private, max-age=300";
    response.body = std::move(bytes);
}

std::optional<std::string> optionalNote(const Request& request, bool required)
{
    const auto body = request.body.empty() ? json::object() : request.jsonBody();
    json::Reader in(body);
    std::optional<std::string> note =
        required ? std::optional<std::string>(in.requiredString("note", 5000))
                 : in.optionalString("note", 5000);
    in.finish();
    if (note && note->empty())
        note.reset();
    return note;
}

/// Reads the option list of an assessment question (2-10 options; keys a-z unique).
std::vector<QuestionOption> readOptions(const json::ObjectPtr& body, json::Reader& in)
{
    std::vector<QuestionOption> options;
    if (!body->has("options") || body->get("options").type() != typeid(json::ArrayPtr)) {
        in.fail("options", {"Isi 2 sampai 10 pilihan jawaban.", "Give 2 to 10 answer options."});
        return options;
    }
    const auto list = body->getArray("options");
    if (list->size() < 2 || list->size() > 10) {
        in.fail("options", {"Isi 2 sampai 10 pilihan jawaban.", "Give 2 to 10 answer options."});
        return options;
    }
    std::set<std::string> keys;
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto field = "options[" + std::to_string(i) + "]";
        if (!list->isObject(i)) {
            in.fail(field, {"Setiap pilihan berisi key, label dan score.",
                            "Each option has a key, a label and a score."});
            continue;
        }
        json::Reader option(list->getObject(i));
        QuestionOption o;
        o.key = option.requiredString("key", 3);
        o.label = option.requiredString("label", 300);
        o.score = static_cast<int>(option.requiredInt("score", 0, 10));
        bool keyOk = !o.key.empty() &&
                     std::all_of(o.key.begin(), o.key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!option.ok() || !keyOk || !keys.insert(o.key).second) {
            in.fail(field, {"Pilihan butuh key huruf kecil a-z yang unik, label (1-300 huruf) dan "
                            "skor 0-10.",
                            "An option needs a unique lower-case a-z key, a label (1-300 "
                            "characters) and a score of 0-10."});
            continue;
        }
        options.push_back(o);
    }
    return options;
}

ProductChanges readProduct(const json::ObjectPtr& body, bool create)
{
    json::Reader in(body);
    ProductChanges changes;
    if (create)
        changes.title = in.requiredString("title", 100);
    else
        changes.title = in.optionalString("title", 100);
    if (!create && body->has("title") && body->isNull("title"))
        in.fail("title", {"Judul produk wajib diisi.", "A product title is required."});
    if (changes.title && changes.title->empty())
        in.fail("title", {"Judul produk wajib diisi.", "A product title is required."});
    if (body->has("description_html"))
        changes.descriptionHtml =
            body->isNull("description_html") ? std::string() : in.optionalString("description_html", 20000).value_or("");
    if (body->has("categories")) {
        auto categories = in.stringList("categories", 10);
        for (const auto& category : categories)
            if (category.empty() || category.size() > 60)
                in.fail("categories", {"Setiap kategori 1-60 huruf, paling banyak 10.",
                                       "Each category has 1-60 characters, at most 10."});
        changes.categories = categories;
    }
    changes.status = in.optionalEnum("status", {"draft", "active"});
    in.finish();
    return changes;
}

} // namespace

std::shared_ptr<SupplierService> addSupplierRoutes(core::Router& router,
                                                   const core::ModuleContext& context,
                                                   notify::NotifyService& notify,
                                                   identity::IdentityService& identity)
{
    using core::access::Public;
    auto service = std::make_shared<SupplierService>(context.db, context.clock, context.files,
                                                     notify, identity);
    auto products =
        std::make_shared<SupplierProductService>(context.db, context.clock, context.files);

    // Signing up as a supplier (by password here, by Google in identity) makes the draft row in
    // the account's own transaction; the role keeps it inside onboarding.
    identity.addSignupIntent("supplier",
                             {{"supplier_onboarding"}, false,
                              [service](core::Sql& tx, const std::string& userId) {
                                  service->createDraft(tx, userId);
                              }});

    router.add({"POST", "/api/v1/suppliers/register", Public,
                [&identity](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    identity::NewUser user;
                    user.fullName = in.requiredString("full_name", 200);
                    user.email = in.requiredString("email", 254);
                    user.whatsapp = in.optionalString("whatsapp", 30);
                    if (user.whatsapp && user.whatsapp->empty())
                        user.whatsapp.reset();
                    user.password = in.requiredString("password", 256);
                    in.finish();
                    response.json(identity::IdentityService::signInJson(identity.registerFor(
                                      "supplier", user,
                                      {request.clientIp, request.header("User-Agent")})),
                                  201);
                },
                16 * 1024, "registerSupplier"});

    // ------------------------------------------------------------ the supplier itself
    const std::string onboard = "suppliers.onboard";
    router.add({"GET", "/api/v1/supplier/me", onboard,
                [service](Request& request, Response& response) {
                    response.json(service->self(request.user().userId));
                },
                0, "getMySupplier"});

    router.add({"PUT", "/api/v1/supplier/me/type", onboard,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto type = in.requiredEnum("type", rules::kTypes);
                    in.finish();
                    response.json(service->chooseType(request.user().userId, type, actorOf(request)));
                },
                4 * 1024, "chooseMySupplierType"});

    router.add({"PATCH", "/api/v1/supplier/me/profile/{tab}", onboard,
                [service](Request& request, Response& response) {
                    response.json(service->updateTab(request.user().userId, request.param("tab"),
                                                     request.jsonBody(), actorOf(request)));
                },
                64 * 1024, "updateMySupplierProfile"});

    router.add({"POST", "/api/v1/supplier/me/documents", onboard,
                [service](Request& request, Response& response) {
                    const auto kind = request.queryValue("kind").value_or("");
                    if (std::find(rules::kDocumentKinds.begin(), rules::kDocumentKinds.end(),
                                  kind) == rules::kDocumentKinds.end())
                        throw core::Problem::validation(
                            {{"kind",
                              {"Pilih jenis dokumen: nib, npwp, siup, certificate, catalog atau other.",
                               "Choose the document kind: nib, npwp, siup, certificate, catalog or "
                               "other."}}});
                    auto title = queryFilter(request, "title");
                    if (!title) {
                        const auto name = request.header("X-File-Name");
                        title = name.empty() ? kind : name;
                    }
                    if (title->size() > 200)
                        throw core::Problem::validation(
                            {{"title", {"Judul dokumen paling banyak 200 huruf.",
                                        "A document title has at most 200 characters."}}});
                    response.json(SupplierService::toJson(service->addDocument(
                                      request.user().userId, kind, *title, request.body,
                                      actorOf(request))),
                                  201);
                },
                kDocumentBytes, "uploadMySupplierDocument"});

    router.add({"GET", "/api/v1/supplier/me/documents", onboard,
                [service](Request& request, Response& response) {
                    auto list = json::array();
                    for (const auto& document : service->documents(request.user().userId))
                        list->add(SupplierService::toJson(document));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listMySupplierDocuments"});

    router.add({"GET", "/api/v1/supplier/me/documents/{id}", onboard,
                [service](Request& request, Response& response) {
                    auto file = service->documentFile(request.user().userId, request.param("id"));
                    sendFile(response, file.mime, file.name, std::move(file.bytes), true);
                },
                0, "downloadMySupplierDocument"});

    router.add({"DELETE", "/api/v1/supplier/me/documents/{id}", onboard,
                [service](Request& request, Response& response) {
                    service->deleteDocument(request.user().userId, request.param("id"),
                                            actorOf(request));
                    response.noContent();
                },
                0, "deleteMySupplierDocument"});

    router.add({"GET", "/api/v1/supplier/me/assessment", onboard,
                [service](Request& request, Response& response) {
                    response.json(service->assessment(request.user().userId));
                },
                0, "getMySupplierAssessment"});

    router.add({"PUT", "/api/v1/supplier/me/assessment", onboard,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    std::vector<std::pair<std::string, std::string>> answers;
                    if (!body->has("answers") || body->get("answers").type() != typeid(json::ArrayPtr))
                        throw core::Problem::validation(
                            {{"answers", {"Kirim daftar jawaban.", "Send a list of answers."}}});
                    const auto list = body->getArray("answers");
                    std::map<std::string, core::Text> errors;
                    for (unsigned i = 0; i < list->size(); ++i) {
                        const auto field = "answers[" + std::to_string(i) + "]";
                        if (!list->isObject(i)) {
                            errors[field] = {"Setiap jawaban berisi question_id dan option_key.",
                                             "Each answer has a question_id and an option_key."};
                            continue;
                        }
                        json::Reader in(list->getObject(i));
                        const auto question = in.requiredString("question_id", 64);
                        const auto key = in.requiredString("option_key", 10);
                        if (!in.ok())
                            errors[field] = {"Setiap jawaban berisi question_id dan option_key.",
                                             "Each answer has a question_id and an option_key."};
                        else
                            answers.emplace_back(question, key);
                    }
                    if (!errors.empty())
                        throw core::Problem::validation(errors);
                    response.json(
                        service->saveAnswers(request.user().userId, answers, actorOf(request)));
                },
                64 * 1024, "answerMySupplierAssessment"});

    router.add({"POST", "/api/v1/supplier/me/submit", onboard,
                [service](Request& request, Response& response) {
                    response.json(service->submit(request.user().userId, actorOf(request)));
                },
                1024, "submitMySupplierProfile"});

    // Logo and banner: raw image bodies. Twice the limit is read so an oversize picture gets the
    // message naming the 2 MiB limit instead of the generic body-size refusal.
    const std::size_t imageBody = 2 * SupplierService::kMaxImageBytes;
    for (const auto image : {ProfileImage::Logo, ProfileImage::Banner}) {
        const std::string name = image == ProfileImage::Logo ? "logo" : "banner";
        const std::string suffix = image == ProfileImage::Logo ? "Logo" : "Banner";
        router.add({"PUT", "/api/v1/supplier/me/" + name, onboard,
                    [service, image](Request& request, Response& response) {
                        response.json(service->setProfileImage(request.user().userId, image,
                                                               request.body, actorOf(request)));
                    },
                    imageBody, "uploadMySupplier" + suffix});
        router.add({"GET", "/api/v1/supplier/me/" + name, onboard,
                    [service, image](Request& request, Response& response) {
                        auto file = service->ownProfileImage(request.user().userId, image);
                        sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                    },
                    0, "getMySupplier" + suffix});
        router.add({"DELETE", "/api/v1/supplier/me/" + name, onboard,
                    [service, image](Request& request, Response& response) {
                        service->removeProfileImage(request.user().userId, image, actorOf(request));
                        response.noContent();
                    },
                    0, "deleteMySupplier" + suffix});
        router.add({"GET", "/api/v1/admin/suppliers/{id}/" + name, "suppliers.review",
                    [service, image](Request& request, Response& response) {
                        auto file = service->staffProfileImage(request.param("id"), image);
                        sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                    },
                    0, "getSupplier" + suffix + "ForReview"});
        router.add({"GET", "/api/v1/suppliers/{slug}/" + name, "suppliers.browse",
                    [service, image](Request& request, Response& response) {
                        auto file = service->profileImage(request.param("slug"), image, false);
                        sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                    },
                    0, "getSupplier" + suffix});
        router.add({"GET", "/api/v1/public/suppliers/{slug}/" + name, Public,
                    [service, image](Request& request, Response& response) {
                        auto file = service->profileImage(request.param("slug"), image, true);
                        sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                    },
                    0, "getPublicSupplier" + suffix});
    }

    // ------------------------------------------------------------ staff
    const std::string review = "suppliers.review";
    const std::string decide = "suppliers.decide";
    router.add({"GET", "/api/v1/admin/suppliers", review,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    SupplierFilter filter{queryFilter(request, "status"), queryFilter(request, "q"),
                                          queryFilter(request, "type")};
                    if (filter.status && std::find(rules::kStatuses.begin(), rules::kStatuses.end(),
                                                   *filter.status) == rules::kStatuses.end())
                        throw core::Problem::validation(
                            {{"status", {"Status supplier tidak dikenal.", "Unknown supplier status."}}});
                    if (filter.type && std::find(rules::kTypes.begin(), rules::kTypes.end(),
                                                 *filter.type) == rules::kTypes.end())
                        throw core::Problem::validation(
                            {{"type", {"Jenis supplier tidak dikenal.", "Unknown supplier type."}}});
                    writePage(
                        response, service->list(filter, page), page,
                        [&](const Supplier& s) { return service->summaryJson(s); },
                        [](const Supplier& s) { return s.sortKey; },
                        [](const Supplier& s) { return s.id; });
                },
                0, "listSuppliers"});

    router.add({"GET", "/api/v1/admin/suppliers/{id}", review,
                [service](Request& request, Response& response) {
                    response.json(service->adminDetail(request.param("id")));
                },
                0, "getSupplier"});

    router.add({"GET", "/api/v1/admin/suppliers/{id}/documents/{documentId}", review,
                [service](Request& request, Response& response) {
                    auto file =
                        service->staffDocument(request.param("id"), request.param("documentId"));
                    sendFile(response, file.mime, file.name, std::move(file.bytes), true);
                },
                0, "downloadSupplierDocument"});

    router.add({"POST", "/api/v1/admin/suppliers/{id}/notes", review,
                [service](Request& request, Response& response) {
                    const auto note = optionalNote(request, true);
                    response.json(SupplierService::toJson(service->addNote(
                                      request.param("id"), note.value_or(""), actorOf(request))),
                                  201);
                },
                16 * 1024, "addSupplierNote"});

    router.add({"POST", "/api/v1/admin/suppliers/{id}/recommend", review,
                [service](Request& request, Response& response) {
                    response.json(service->transition(request.param("id"), "recommend",
                                                      optionalNote(request, false),
                                                      actorOf(request)));
                },
                16 * 1024, "recommendSupplier"});

    router.add({"POST", "/api/v1/admin/suppliers/{id}/request-changes", review,
                [service](Request& request, Response& response) {
                    response.json(service->transition(request.param("id"), "request_changes",
                                                      optionalNote(request, true),
                                                      actorOf(request)));
                },
                16 * 1024, "requestSupplierChanges"});

    router.add({"POST", "/api/v1/admin/suppliers/{id}/decide", decide,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto decision =
                        in.requiredEnum("decision", {"verify", "limit", "suspend", "reinstate"});
                    auto note = in.optionalString("note", 5000);
                    in.finish();
                    if (note && note->empty())
                        note.reset();
                    response.json(
                        service->transition(request.param("id"), decision, note, actorOf(request)));
                },
                16 * 1024, "decideSupplier"});

    router.add({"PATCH", "/api/v1/admin/suppliers/{id}/type", decide,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto type = in.requiredEnum("type", rules::kTypes);
                    auto note = in.optionalString("note", 5000);
                    in.finish();
                    if (note && note->empty())
                        note.reset();
                    response.json(
                        service->changeType(request.param("id"), type, note, actorOf(request)));
                },
                16 * 1024, "changeSupplierType"});

    router.add({"PATCH", "/api/v1/admin/suppliers/{id}/tier", decide,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto tier = in.requiredEnum("tier", {"free", "premium"});
                    auto until = in.optionalString("premium_until", 40);
                    in.finish();
                    if (until && until->empty())
                        until.reset();
                    if (until && !std::regex_match(*until, std::regex(R"(\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)")))
                        throw core::Problem::validation(
                            {{"premium_until", {"Tanggal tidak valid (contoh: 2027-01-31).",
                                                "The date is not valid (e.g. 2027-01-31)."}}});
                    response.json(
                        service->changeTier(request.param("id"), tier, until, actorOf(request)));
                },
                4 * 1024, "changeSupplierTier"});

    // ------------------------------------------------------------ assessment questions
    const std::string assessment = "suppliers.assessment";
    router.add({"GET", "/api/v1/admin/supplier-questions", assessment,
                [service](Request& request, Response& response) {
                    const auto type = queryFilter(request, "type");
                    if (type && std::find(rules::kTypes.begin(), rules::kTypes.end(), *type) ==
                                    rules::kTypes.end())
                        throw core::Problem::validation(
                            {{"type", {"Jenis supplier tidak dikenal.", "Unknown supplier type."}}});
                    const bool retired = request.queryValue("include_retired").value_or("") == "true";
                    auto list = json::array();
                    for (const auto& q : service->questions(type, retired))
                        list->add(SupplierService::toJson(q));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listSupplierQuestions"});

    router.add({"POST", "/api/v1/admin/supplier-questions", assessment,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    AssessmentQuestion q;
                    q.type = in.optionalEnum("type", rules::kTypes);
                    q.position = static_cast<int>(in.optionalInt("position", 0, 10000).value_or(-1));
                    q.text = in.requiredString("text", 1000);
                    q.options = readOptions(body, in);
                    in.finish();
                    response.json(SupplierService::toJson(service->createQuestion(q, actorOf(request))),
                                  201);
                },
                32 * 1024, "createSupplierQuestion"});

    router.add({"PATCH", "/api/v1/admin/supplier-questions/{id}", assessment,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    auto text = in.optionalString("text", 1000);
                    if (text && text->empty())
                        in.fail("text", {"Teks pertanyaan wajib diisi.", "The question text is required."});
                    const auto position = in.optionalInt("position", 0, 10000);
                    std::optional<std::vector<QuestionOption>> options;
                    if (body->has("options"))
                        options = readOptions(body, in);
                    const auto active = in.optionalBool("active");
                    in.finish();
                    response.json(SupplierService::toJson(service->updateQuestion(
                        request.param("id"), text,
                        position ? std::optional<int>(static_cast<int>(*position)) : std::nullopt,
                        options, active, actorOf(request))));
                },
                32 * 1024, "updateSupplierQuestion"});

    router.add({"POST", "/api/v1/admin/supplier-questions/{id}/retire", assessment,
                [service](Request& request, Response& response) {
                    response.json(SupplierService::toJson(service->updateQuestion(
                        request.param("id"), std::nullopt, std::nullopt, std::nullopt, false,
                        actorOf(request))));
                },
                1024, "retireSupplierQuestion"});

    // ------------------------------------------------------------ limits
    router.add({"GET", "/api/v1/admin/supplier-limits", decide,
                [service](Request&, Response& response) {
                    auto list = json::array();
                    for (const auto& limits : service->allLimits())
                        list->add(SupplierService::toJson(limits));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listSupplierLimits"});

    router.add({"GET", "/api/v1/admin/supplier-limits/{tier}", decide,
                [service](Request& request, Response& response) {
                    response.json(SupplierService::toJson(service->limits(request.param("tier"))));
                },
                0, "getSupplierLimits"});

    router.add({"PUT", "/api/v1/admin/supplier-limits/{tier}", decide,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    json::Reader in(body);
                    SupplierLimits limits;
                    limits.tier = request.param("tier");
                    for (const auto* field : {"max_products", "max_images", "max_documents"})
                        if (!body->has(field))
                            in.fail(field, {"Isi angka, atau null untuk tanpa batas.",
                                            "Give a number, or null for no limit."});
                    limits.maxProducts = in.optionalInt("max_products", 0, 1000000);
                    limits.maxImages = in.optionalInt("max_images", 0, 1000000);
                    limits.maxDocuments = in.optionalInt("max_documents", 0, 1000000);
                    const auto chats = in.optionalBool("receive_chats");
                    const auto publicProfile = in.optionalBool("public_profile");
                    if (!chats)
                        in.fail("receive_chats", {"Wajib diisi (true/false).", "Required (true/false)."});
                    if (!publicProfile)
                        in.fail("public_profile", {"Wajib diisi (true/false).", "Required (true/false)."});
                    in.finish();
                    limits.receiveChats = *chats;
                    limits.publicProfile = *publicProfile;
                    response.json(SupplierService::toJson(service->setLimits(limits, actorOf(request))));
                },
                4 * 1024, "updateSupplierLimits"});

    // ------------------------------------------------------------ products
    const std::string own = "suppliers.own";
    router.add({"GET", "/api/v1/supplier/products", own,
                [products](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    const auto status = queryFilter(request, "status");
                    writePage(
                        response, products->list(request.user().userId, status, page), page,
                        SupplierProductService::toJson,
                        [](const SupplierProduct& p) { return p.createdAt; },
                        [](const SupplierProduct& p) { return p.id; });
                },
                0, "listMySupplierProducts"});

    router.add({"POST", "/api/v1/supplier/products", own,
                [products](Request& request, Response& response) {
                    response.json(SupplierProductService::toJson(products->create(
                                      request.user().userId, readProduct(request.jsonBody(), true))),
                                  201);
                },
                64 * 1024, "createMySupplierProduct"});

    router.add({"GET", "/api/v1/supplier/products/{id}", own,
                [products](Request& request, Response& response) {
                    response.json(SupplierProductService::toJson(
                        products->get(request.user().userId, request.param("id"))));
                },
                0, "getMySupplierProduct"});

    router.add({"PATCH", "/api/v1/supplier/products/{id}", own,
                [products](Request& request, Response& response) {
                    response.json(SupplierProductService::toJson(
                        products->update(request.user().userId, request.param("id"),
                                         readProduct(request.jsonBody(), false))));
                },
                64 * 1024, "updateMySupplierProduct"});

    router.add({"DELETE", "/api/v1/supplier/products/{id}", own,
                [products](Request& request, Response& response) {
                    products->remove(request.user().userId, request.param("id"));
                    response.noContent();
                },
                0, "deleteMySupplierProduct"});

    router.add({"POST", "/api/v1/supplier/products/{id}/images", own,
                [products](Request& request, Response& response) {
                    const auto image =
                        products->addImage(request.user().userId, request.param("id"), request.body);
                    auto body = json::object();
                    body->set("id", image.id);
                    body->set("position", image.position);
                    body->set("mime", image.mime);
                    body->set("url", "/api/v1/supplier/products/" + request.param("id") + "/images/" +
                                         image.id);
                    response.json(body, 201);
                },
                kImageBytes, "uploadMySupplierProductImage"});

    router.add({"GET", "/api/v1/supplier/products/{id}/images/{imageId}", own,
                [products](Request& request, Response& response) {
                    auto [mime, bytes] = products->image(request.user().userId, request.param("id"),
                                                         request.param("imageId"));
                    sendFile(response, mime, request.param("imageId"), std::move(bytes), false);
                },
                0, "getMySupplierProductImage"});

    router.add({"DELETE", "/api/v1/supplier/products/{id}/images/{imageId}", own,
                [products](Request& request, Response& response) {
                    products->removeImage(request.user().userId, request.param("id"),
                                          request.param("imageId"));
                    response.noContent();
                },
                0, "deleteMySupplierProductImage"});

    // ------------------------------------------------------------ members
    const std::string browse = "suppliers.browse";
    router.add({"GET", "/api/v1/suppliers", browse,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    BrowseFilter filter;
                    filter.search = queryFilter(request, "q");
                    filter.type = queryFilter(request, "type");
                    filter.province = queryFilter(request, "province");
                    filter.sort = queryFilter(request, "sort").value_or("ranking");
                    if (filter.sort != "ranking" && filter.sort != "newest")
                        throw core::Problem::validation(
                            {{"sort", {"Urutan: ranking atau newest.", "Sort: ranking or newest."}}});
                    writePage(
                        response, service->browse(filter, request.user().userId, page), page,
                        [&](const std::pair<Supplier, bool>& item) {
                            auto card = service->cardJson(item.first, item.second);
                            return card;
                        },
                        [](const std::pair<Supplier, bool>& item) { return item.first.sortKey; },
                        [](const std::pair<Supplier, bool>& item) { return item.first.id; });
                },
                0, "browseSuppliers"});

    router.add({"GET", "/api/v1/suppliers/{slug}", browse,
                [service](Request& request, Response& response) {
                    response.json(
                        service->detail(request.param("slug"), request.user().userId, false));
                },
                0, "getSupplierProfile"});

    router.add({"GET", "/api/v1/suppliers/{slug}/images/{imageId}", browse,
                [service](Request& request, Response& response) {
                    auto file = service->productImage(request.param("slug"),
                                                      request.param("imageId"), false);
                    sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                },
                0, "getSupplierProductImage"});

    router.add({"PUT", "/api/v1/suppliers/{slug}/like", browse,
                [service](Request& request, Response& response) {
                    service->setLiked(request.param("slug"), request.user().userId, true);
                    response.noContent();
                },
                0, "likeSupplier"});

    router.add({"DELETE", "/api/v1/suppliers/{slug}/like", browse,
                [service](Request& request, Response& response) {
                    service->setLiked(request.param("slug"), request.user().userId, false);
                    response.noContent();
                },
                0, "unlikeSupplier"});

    // ------------------------------------------------------------ public
    router.add({"GET", "/api/v1/public/suppliers/{slug}", Public,
                [service](Request& request, Response& response) {
                    response.json(service->detail(request.param("slug"), "", true));
                },
                0, "getPublicSupplierProfile"});

    router.add({"GET", "/api/v1/public/suppliers/{slug}/images/{imageId}", Public,
                [service](Request& request, Response& response) {
                    auto file = service->productImage(request.param("slug"),
                                                      request.param("imageId"), true);
                    sendFile(response, file.mime, file.name, std::move(file.bytes), false);
                },
                0, "getPublicSupplierProductImage"});
    return service;
}

} // namespace ey::directory

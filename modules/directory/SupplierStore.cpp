// Supplier SQL.
#include "SupplierStore.h"

namespace ey::directory {

namespace json = core::json;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_SUPPLIER_COLUMNS                                                                        \
    "s.id::text AS id, s.user_id::text AS user_id, u.email::text AS email, u.full_name,"           \
    " u.whatsapp, s.slug::text AS slug, s.supplier_type, s.status, s.tier,"                        \
    " " EY_ISO("s.premium_until") " AS premium_until,"                                             \
    " (extract(epoch FROM s.premium_until) * 1000)::bigint AS premium_until_ms,"                   \
    " s.assessment_score, " EY_ISO("s.submitted_at") " AS submitted_at,"                           \
    " " EY_ISO("s.recommended_at") " AS recommended_at, " EY_ISO("s.decided_at") " AS decided_at," \
    " s.views, (SELECT count(*) FROM supplier_likes l WHERE l.supplier_id = s.id) AS likes,"       \
    " p.company_name, p.province_code, ap.display_name AS province_name,"                          \
    " ar.display_name AS regency_name, " EY_ISO("s.created_at") " AS created_at,"                  \
    " " EY_ISO("s.updated_at") " AS updated_at"
#define EY_SUPPLIER_FROM                                                                           \
    " FROM suppliers s JOIN users u ON u.id = s.user_id"                                           \
    " LEFT JOIN supplier_profiles p ON p.supplier_id = s.id"                                       \
    " LEFT JOIN area_provinces ap ON ap.code = p.province_code"                                    \
    " LEFT JOIN area_regencies ar ON ar.code = p.regency_code"

// One profile column set from the change object when the object names it (NULL clears it).
#define EY_SET_TEXT(column)                                                                        \
    column " = CASE WHEN $2::jsonb ? '" column "' THEN $2::jsonb->>'" column "' ELSE " column " END, "

Supplier supplierFrom(const core::Row& row)
{
    Supplier s;
    s.id = row.str("id");
    s.userId = row.str("user_id");
    s.email = row.str("email");
    s.fullName = row.str("full_name");
    s.whatsapp = row.optStr("whatsapp");
    s.slug = row.optStr("slug");
    s.type = row.optStr("supplier_type");
    s.status = row.str("status");
    s.tier = row.str("tier");
    s.effectiveTier = s.tier;
    s.premiumUntil = row.optStr("premium_until");
    s.premiumUntilMs = row.optI64("premium_until_ms");
    s.assessmentScore = row.optI64("assessment_score");
    s.submittedAt = row.optStr("submitted_at");
    s.recommendedAt = row.optStr("recommended_at");
    s.decidedAt = row.optStr("decided_at");
    s.views = row.i64("views");
    s.likes = row.i64("likes");
    s.companyName = row.optStr("company_name");
    s.provinceCode = row.optStr("province_code");
    s.provinceName = row.optStr("province_name");
    s.regencyName = row.optStr("regency_name");
    s.createdAt = row.str("created_at");
    s.updatedAt = row.str("updated_at");
    return s;
}

SupplierDocument documentFrom(const core::Row& row)
{
    return {row.str("id"),   row.str("kind"),          row.str("title"), row.str("file_key"),
            row.str("mime"), row.i64("size_bytes"), row.str("uploaded_at")};
}

AssessmentQuestion questionFrom(const core::Row& row)
{
    AssessmentQuestion q;
    q.id = row.str("id");
    q.type = row.optStr("supplier_type");
    q.position = static_cast<int>(row.i64("position"));
    q.text = row.str("text");
    q.active = row.boolean("active");
    q.createdAt = row.str("created_at");
    const auto options = json::parse(row.str("options")).extract<json::ArrayPtr>();
    for (std::size_t i = 0; i < options->size(); ++i) {
        const auto option = options->getObject(static_cast<unsigned>(i));
        q.options.push_back({option->getValue<std::string>("key"),
                             option->getValue<std::string>("label"),
                             option->getValue<int>("score")});
    }
    return q;
}

std::string optionsJson(const std::vector<QuestionOption>& options)
{
    auto list = json::array();
    for (const auto& option : options) {
        auto item = json::object();
        item->set("key", option.key);
        item->set("label", option.label);
        item->set("score", option.score);
        list->add(item);
    }
    return json::stringify(list);
}

SupplierReview reviewFrom(const core::Row& row)
{
    return {row.str("id"),          row.str("action"),         row.str("from_status"),
            row.str("to_status"),   row.optStr("note"),        row.optStr("reviewer_id"),
            row.optStr("reviewer_name"), row.str("created_at")};
}

SupplierLimits limitsFrom(const core::Row& row)
{
    return {row.str("tier"),
            row.optI64("max_products"),
            row.optI64("max_images"),
            row.optI64("max_documents"),
            row.boolean("receive_chats"),
            row.boolean("public_profile"),
            row.str("updated_at")};
}

#define EY_REVIEW_COLUMNS                                                                          \
    "r.id::text AS id, r.action, r.from_status, r.to_status, r.note,"                              \
    " r.reviewer_id::text AS reviewer_id, u.full_name AS reviewer_name,"                           \
    " " EY_ISO("r.created_at") " AS created_at"

#define EY_QUESTION_COLUMNS                                                                        \
    "id::text AS id, supplier_type, position, text, options::text AS options, active,"             \
    " " EY_ISO("created_at") " AS created_at"

#define EY_LIMIT_COLUMNS                                                                           \
    "tier, max_products, max_images, max_documents, receive_chats, public_profile,"                \
    " " EY_ISO("updated_at") " AS updated_at"

} // namespace

std::string SupplierStore::insertDraft(core::Sql& sql, const std::string& userId,
                                       const std::string& now)
{
    const auto id = sql.exec("INSERT INTO suppliers (user_id, status, created_at, updated_at)"
                             " VALUES ($1::uuid, 'draft', $2, $2) RETURNING id::text AS id",
                             {userId, now})
                        .front()
                        .str("id");
    sql.exec("INSERT INTO supplier_profiles (supplier_id, updated_at) VALUES ($1::uuid, $2)",
             {id, now});
    return id;
}

std::optional<Supplier> SupplierStore::byId(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec(
        "SELECT " EY_SUPPLIER_COLUMNS EY_SUPPLIER_FROM " WHERE s.id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return std::nullopt;
    return supplierFrom(rows.front());
}

std::optional<Supplier> SupplierStore::byUser(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT " EY_SUPPLIER_COLUMNS EY_SUPPLIER_FROM " WHERE s.user_id = " EY_UUID("$1"),
        {userId});
    if (rows.empty())
        return std::nullopt;
    return supplierFrom(rows.front());
}

std::optional<Supplier> SupplierStore::lock(core::Sql& sql, const std::string& id)
{
    if (sql.exec("SELECT id FROM suppliers WHERE id = " EY_UUID("$1") " FOR UPDATE", {id}).empty())
        return std::nullopt;
    return byId(sql, id);
}

std::optional<std::string> SupplierStore::idOfUser(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT id::text AS id FROM suppliers WHERE user_id = " EY_UUID("$1"), {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::vector<Supplier> SupplierStore::list(core::Sql& sql, const SupplierFilter& filter,
                                          const core::PageRequest& page)
{
    // The review queue is worked oldest submission first; every other view shows recent changes.
    const bool queue = filter.status && (*filter.status == "waiting_review" ||
                                         *filter.status == "recommended");
    const core::Params params{filter.status, filter.search, filter.type, page.afterKey,
                              page.afterId,  page.limit + 1};
    const auto rows =
        queue ? sql.exec("SELECT " EY_SUPPLIER_COLUMNS ", " EY_ISO(
                             "coalesce(s.submitted_at, s.created_at)") " AS sort_key" EY_SUPPLIER_FROM
                         " WHERE s.status = $1"
                         "   AND ($2::text IS NULL OR strpos(lower(coalesce(p.company_name, '')),"
                         "        lower($2)) > 0 OR strpos(lower(u.email::text), lower($2)) > 0"
                         "        OR strpos(lower(u.full_name), lower($2)) > 0)"
                         "   AND ($3::text IS NULL OR s.supplier_type = $3)"
                         "   AND ($4::timestamptz IS NULL OR (coalesce(s.submitted_at, s.created_at),"
                         "        s.id) > ($4::timestamptz, $5::uuid))"
                         " ORDER BY coalesce(s.submitted_at, s.created_at), s.id LIMIT $6",
                         params)
              : sql.exec("SELECT " EY_SUPPLIER_COLUMNS ", " EY_ISO(
                             "s.updated_at") " AS sort_key" EY_SUPPLIER_FROM
                         " WHERE ($1::text IS NULL OR s.status = $1)"
                         "   AND ($2::text IS NULL OR strpos(lower(coalesce(p.company_name, '')),"
                         "        lower($2)) > 0 OR strpos(lower(u.email::text), lower($2)) > 0"
                         "        OR strpos(lower(u.full_name), lower($2)) > 0)"
                         "   AND ($3::text IS NULL OR s.supplier_type = $3)"
                         "   AND ($4::timestamptz IS NULL OR (s.updated_at, s.id) <"
                         "        ($4::timestamptz, $5::uuid))"
                         " ORDER BY s.updated_at DESC, s.id DESC LIMIT $6",
                         params);
    std::vector<Supplier> items;
    for (const auto& row : rows) {
        items.push_back(supplierFrom(row));
        items.back().sortKey = row.str("sort_key");
    }
    return items;
}

json::ObjectPtr SupplierStore::profile(core::Sql& sql, const std::string& supplierId)
{
    const auto rows = sql.exec(
        "SELECT jsonb_build_object("
        " 'identity', jsonb_build_object('company_name', p.company_name, 'legal_form', p.legal_form,"
        "   'business_field', p.business_field, 'main_products', p.main_products,"
        "   'year_founded', p.year_founded),"
        " 'address', jsonb_build_object('address_line', p.address_line,"
        "   'province_code', p.province_code, 'regency_code', p.regency_code,"
        "   'district_code', p.district_code, 'postal_code', p.postal_code,"
        "   'production_site', p.production_site, 'province_name', ap.display_name,"
        "   'regency_name', ar.display_name, 'district_name', ad.display_name),"
        " 'contact', jsonb_build_object('pic_name', p.pic_name, 'pic_position', p.pic_position,"
        "   'whatsapp', p.whatsapp, 'business_email', p.business_email::text,"
        "   'website', p.website, 'social_media', p.social_media),"
        " 'legal', jsonb_build_object('nib', p.nib, 'npwp', p.npwp, 'siup', p.siup),"
        " 'bio', jsonb_build_object('description', p.description, 'advantages', p.advantages,"
        "   'unique_value', p.unique_value))::text AS profile"
        " FROM supplier_profiles p"
        " LEFT JOIN area_provinces ap ON ap.code = p.province_code"
        " LEFT JOIN area_regencies ar ON ar.code = p.regency_code"
        " LEFT JOIN area_districts ad ON ad.code = p.district_code"
        " WHERE p.supplier_id = $1::uuid",
        {supplierId});
    if (rows.empty())
        return json::object();
    return json::parse(rows.front().str("profile")).extract<json::ObjectPtr>();
}

void SupplierStore::updateProfile(core::Sql& sql, const std::string& supplierId,
                                  const json::ObjectPtr& changes, const std::string& now)
{
    sql.exec("UPDATE supplier_profiles SET " EY_SET_TEXT("company_name") EY_SET_TEXT("legal_form")
                 EY_SET_TEXT("business_field") EY_SET_TEXT("main_products")
             " year_founded = CASE WHEN $2::jsonb ? 'year_founded'"
             "   THEN ($2::jsonb->>'year_founded')::int ELSE year_founded END, "
             EY_SET_TEXT("address_line") EY_SET_TEXT("province_code") EY_SET_TEXT("regency_code")
                 EY_SET_TEXT("district_code") EY_SET_TEXT("postal_code")
                     EY_SET_TEXT("production_site") EY_SET_TEXT("pic_name")
                         EY_SET_TEXT("pic_position") EY_SET_TEXT("whatsapp")
                             EY_SET_TEXT("business_email") EY_SET_TEXT("website")
             " social_media = CASE WHEN $2::jsonb ? 'social_media' THEN coalesce(nullif("
             "   $2::jsonb->'social_media', 'null'::jsonb), '{}'::jsonb) ELSE social_media END, "
             EY_SET_TEXT("nib") EY_SET_TEXT("npwp") EY_SET_TEXT("siup")
                 EY_SET_TEXT("description") EY_SET_TEXT("advantages") EY_SET_TEXT("unique_value")
             " updated_at = $3 WHERE supplier_id = $1::uuid",
             {supplierId, json::stringify(changes), now});
    sql.exec("UPDATE suppliers SET updated_at = $2 WHERE id = $1::uuid", {supplierId, now});
}

void SupplierStore::setType(core::Sql& sql, const std::string& id, const std::string& type,
                            const std::string& status, const std::string& now)
{
    sql.exec("UPDATE suppliers SET supplier_type = $2, status = $3, updated_at = $4"
             " WHERE id = $1::uuid",
             {id, type, status, now});
}

void SupplierStore::setStatus(core::Sql& sql, const std::string& id, const std::string& status,
                              const std::string& now)
{
    sql.exec("UPDATE suppliers SET status = $2, updated_at = $3 WHERE id = $1::uuid",
             {id, status, now});
}

void SupplierStore::markSubmitted(core::Sql& sql, const std::string& id, std::int64_t score,
                                  const std::string& now)
{
    sql.exec("UPDATE suppliers SET status = 'waiting_review', assessment_score = $2,"
             " submitted_at = $3, updated_at = $3 WHERE id = $1::uuid",
             {id, score, now});
}

void SupplierStore::markRecommended(core::Sql& sql, const std::string& id, const std::string& by,
                                    const std::string& now)
{
    sql.exec("UPDATE suppliers SET status = 'recommended', recommended_at = $3,"
             " recommended_by = $2::uuid, updated_at = $3 WHERE id = $1::uuid",
             {id, by.empty() ? core::Param(std::nullopt) : core::Param(by), now});
}

void SupplierStore::markDecided(core::Sql& sql, const std::string& id, const std::string& status,
                                const std::string& by, const std::string& now)
{
    sql.exec("UPDATE suppliers SET status = $2, decided_at = $4, decided_by = $3::uuid,"
             " updated_at = $4 WHERE id = $1::uuid",
             {id, status, by.empty() ? core::Param(std::nullopt) : core::Param(by), now});
}

void SupplierStore::setTier(core::Sql& sql, const std::string& id, const std::string& tier,
                            const std::optional<std::string>& premiumUntil, const std::string& now)
{
    sql.exec("UPDATE suppliers SET tier = $2, premium_until = $3::timestamptz, updated_at = $4"
             " WHERE id = $1::uuid",
             {id, tier, premiumUntil, now});
}

bool SupplierStore::slugTaken(core::Sql& sql, const std::string& slug)
{
    return !sql.exec("SELECT 1 FROM suppliers WHERE slug = $1", {slug}).empty();
}

void SupplierStore::setSlug(core::Sql& sql, const std::string& id, const std::string& slug)
{
    sql.exec("UPDATE suppliers SET slug = $2 WHERE id = $1::uuid", {id, slug});
}

std::vector<SupplierDocument> SupplierStore::documents(core::Sql& sql,
                                                       const std::string& supplierId)
{
    std::vector<SupplierDocument> items;
    for (const auto& row :
         sql.exec("SELECT id::text AS id, kind, title, file_key, mime, size_bytes,"
                  " " EY_ISO("uploaded_at") " AS uploaded_at FROM supplier_documents"
                  " WHERE supplier_id = $1::uuid ORDER BY uploaded_at, id",
                  {supplierId}))
        items.push_back(documentFrom(row));
    return items;
}

std::optional<SupplierDocument> SupplierStore::document(core::Sql& sql,
                                                        const std::string& supplierId,
                                                        const std::string& documentId)
{
    const auto rows = sql.exec("SELECT id::text AS id, kind, title, file_key, mime, size_bytes,"
                               " " EY_ISO("uploaded_at") " AS uploaded_at FROM supplier_documents"
                               " WHERE supplier_id = $1::uuid AND id = " EY_UUID("$2"),
                               {supplierId, documentId});
    if (rows.empty())
        return std::nullopt;
    return documentFrom(rows.front());
}

SupplierDocument SupplierStore::insertDocument(core::Sql& sql, const std::string& supplierId,
                                               const SupplierDocument& document,
                                               const std::string& uploadedBy,
                                               const std::string& now)
{
    return documentFrom(
        sql.exec("INSERT INTO supplier_documents (supplier_id, kind, title, file_key, mime,"
                 " size_bytes, uploaded_by, uploaded_at)"
                 " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::uuid, $8)"
                 " RETURNING id::text AS id, kind, title, file_key, mime, size_bytes,"
                 " " EY_ISO("uploaded_at") " AS uploaded_at",
                 {supplierId, document.kind, document.title, document.fileKey, document.mime,
                  document.sizeBytes, uploadedBy, now})
            .front());
}

void SupplierStore::deleteDocument(core::Sql& sql, const std::string& documentId)
{
    sql.exec("DELETE FROM supplier_documents WHERE id = $1::uuid", {documentId});
}

std::vector<AssessmentQuestion> SupplierStore::questions(core::Sql& sql,
                                                         const std::optional<std::string>& type,
                                                         bool includeRetired)
{
    std::vector<AssessmentQuestion> items;
    for (const auto& row :
         sql.exec("SELECT " EY_QUESTION_COLUMNS " FROM supplier_assessment_questions"
                  " WHERE ($1::text IS NULL OR supplier_type IS NULL OR supplier_type = $1)"
                  "   AND (active OR $2::boolean)"
                  " ORDER BY supplier_type NULLS FIRST, position, created_at, id",
                  {type, includeRetired}))
        items.push_back(questionFrom(row));
    return items;
}

std::optional<AssessmentQuestion> SupplierStore::question(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT " EY_QUESTION_COLUMNS " FROM supplier_assessment_questions"
                               " WHERE id = " EY_UUID("$1"),
                               {id});
    if (rows.empty())
        return std::nullopt;
    return questionFrom(rows.front());
}

std::string SupplierStore::insertQuestion(core::Sql& sql, const AssessmentQuestion& question,
                                          const std::string& createdBy, const std::string& now)
{
    return sql
        .exec("INSERT INTO supplier_assessment_questions (supplier_type, position, text, options,"
              " active, created_by, created_at) VALUES ($1, $2, $3, $4::jsonb, true, $5::uuid, $6)"
              " RETURNING id::text AS id",
              {question.type, question.position, question.text, optionsJson(question.options),
               createdBy.empty() ? core::Param(std::nullopt) : core::Param(createdBy), now})
        .front()
        .str("id");
}

void SupplierStore::updateQuestion(core::Sql& sql, const AssessmentQuestion& question)
{
    sql.exec("UPDATE supplier_assessment_questions SET position = $2, text = $3,"
             " options = $4::jsonb, active = $5 WHERE id = $1::uuid",
             {question.id, question.position, question.text, optionsJson(question.options),
              question.active});
}

int SupplierStore::nextQuestionPosition(core::Sql& sql, const std::optional<std::string>& type)
{
    return static_cast<int>(
        sql.exec("SELECT coalesce(max(position) + 1, 0) AS next FROM"
                 " supplier_assessment_questions WHERE supplier_type IS NOT DISTINCT FROM $1",
                 {type})
            .front()
            .i64("next"));
}

std::vector<std::string> SupplierStore::answeredKeys(core::Sql& sql, const std::string& questionId)
{
    std::vector<std::string> keys;
    for (const auto& row : sql.exec("SELECT DISTINCT option_key FROM supplier_assessment_answers"
                                    " WHERE question_id = $1::uuid ORDER BY option_key",
                                    {questionId}))
        keys.push_back(row.str("option_key"));
    return keys;
}

std::vector<std::pair<std::string, std::string>>
SupplierStore::answers(core::Sql& sql, const std::string& supplierId)
{
    std::vector<std::pair<std::string, std::string>> items;
    for (const auto& row :
         sql.exec("SELECT question_id::text AS question_id, option_key"
                  " FROM supplier_assessment_answers WHERE supplier_id = $1::uuid",
                  {supplierId}))
        items.emplace_back(row.str("question_id"), row.str("option_key"));
    return items;
}

void SupplierStore::upsertAnswer(core::Sql& sql, const std::string& supplierId,
                                 const std::string& questionId, const std::string& optionKey,
                                 const std::string& now)
{
    sql.exec("INSERT INTO supplier_assessment_answers (supplier_id, question_id, option_key,"
             " answered_at) VALUES ($1::uuid, $2::uuid, $3, $4)"
             " ON CONFLICT (supplier_id, question_id) DO UPDATE SET option_key = EXCLUDED.option_key,"
             " answered_at = EXCLUDED.answered_at",
             {supplierId, questionId, optionKey, now});
}

std::vector<SupplierReview> SupplierStore::reviews(core::Sql& sql, const std::string& supplierId)
{
    std::vector<SupplierReview> items;
    for (const auto& row :
         sql.exec("SELECT " EY_REVIEW_COLUMNS " FROM supplier_reviews r"
                  " LEFT JOIN users u ON u.id = r.reviewer_id"
                  " WHERE r.supplier_id = $1::uuid ORDER BY r.created_at, r.id",
                  {supplierId}))
        items.push_back(reviewFrom(row));
    return items;
}

SupplierReview SupplierStore::insertReview(core::Sql& sql, const std::string& supplierId,
                                           const std::string& reviewerId,
                                           const std::string& action, const std::string& from,
                                           const std::string& to,
                                           const std::optional<std::string>& note,
                                           const std::string& now)
{
    const auto id =
        sql.exec("INSERT INTO supplier_reviews (supplier_id, reviewer_id, action, from_status,"
                 " to_status, note, created_at) VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7)"
                 " RETURNING id::text AS id",
                 {supplierId,
                  reviewerId.empty() ? core::Param(std::nullopt) : core::Param(reviewerId), action,
                  from, to, note, now})
            .front()
            .str("id");
    return reviewFrom(sql.exec("SELECT " EY_REVIEW_COLUMNS " FROM supplier_reviews r"
                               " LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.id = $1::uuid",
                               {id})
                          .front());
}

std::string SupplierStore::statusBeforeSuspension(core::Sql& sql, const std::string& supplierId)
{
    const auto rows = sql.exec("SELECT from_status FROM supplier_reviews"
                               " WHERE supplier_id = $1::uuid AND action = 'suspend'"
                               " ORDER BY created_at DESC, id DESC LIMIT 1",
                               {supplierId});
    if (rows.empty())
        return "verified";
    return rows.front().str("from_status");
}

std::optional<SupplierReview> SupplierStore::lastChangeRequest(core::Sql& sql,
                                                               const std::string& supplierId)
{
    const auto rows = sql.exec("SELECT " EY_REVIEW_COLUMNS " FROM supplier_reviews r"
                               " LEFT JOIN users u ON u.id = r.reviewer_id"
                               " WHERE r.supplier_id = $1::uuid AND r.action <> 'note'"
                               " ORDER BY r.created_at DESC, r.id DESC LIMIT 1",
                               {supplierId});
    if (rows.empty() || rows.front().str("action") != "request_changes")
        return std::nullopt;
    return reviewFrom(rows.front());
}

json::ArrayPtr SupplierStore::auditRows(core::Sql& sql, const std::string& supplierId)
{
    const auto rows = sql.exec(
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'section', a.section,"
        " 'before', a.before, 'after', a.after, 'actor_id', a.actor_id::text,"
        " 'actor_name', u.full_name, 'created_at', " EY_ISO("a.created_at") ")"
        " ORDER BY a.created_at DESC, a.id DESC), '[]'::jsonb)::text AS items"
        " FROM (SELECT * FROM supplier_audit WHERE supplier_id = $1::uuid"
        "       ORDER BY created_at DESC, id DESC LIMIT 200) a"
        " LEFT JOIN users u ON u.id = a.actor_id",
        {supplierId});
    return json::parse(rows.front().str("items")).extract<json::ArrayPtr>();
}

std::optional<std::string> SupplierStore::imageKey(core::Sql& sql, const std::string& supplierId,
                                                   ProfileImage image)
{
    // Two fixed statements: the column is chosen by the enum, never spelled from input.
    const auto rows =
        sql.exec(image == ProfileImage::Logo ? "SELECT logo_key AS key FROM supplier_profiles"
                                               " WHERE supplier_id = $1::uuid"
                                             : "SELECT banner_key AS key FROM supplier_profiles"
                                               " WHERE supplier_id = $1::uuid",
                 {supplierId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optStr("key");
}

void SupplierStore::setImageKey(core::Sql& sql, const std::string& supplierId, ProfileImage image,
                                const std::optional<std::string>& key, const std::string& now)
{
    sql.exec(image == ProfileImage::Logo
                 ? "UPDATE supplier_profiles SET logo_key = $2, updated_at = $3"
                   " WHERE supplier_id = $1::uuid"
                 : "UPDATE supplier_profiles SET banner_key = $2, updated_at = $3"
                   " WHERE supplier_id = $1::uuid",
             {supplierId, key ? core::Param(*key) : core::Param(std::nullopt), now});
}

void SupplierStore::insertAudit(core::Sql& sql, const std::string& supplierId,
                                const std::string& actorId, const std::string& section,
                                const json::ObjectPtr& before, const json::ObjectPtr& after,
                                const std::string& now)
{
    sql.exec("INSERT INTO supplier_audit (supplier_id, actor_id, section, before, after,"
             " created_at) VALUES ($1::uuid, $2::uuid, $3, $4::jsonb, $5::jsonb, $6)",
             {supplierId, actorId.empty() ? core::Param(std::nullopt) : core::Param(actorId),
              section, json::stringify(before), json::stringify(after), now});
}

std::optional<SupplierLimits> SupplierStore::limits(core::Sql& sql, const std::string& tier)
{
    const auto rows =
        sql.exec("SELECT " EY_LIMIT_COLUMNS " FROM supplier_limits WHERE tier = $1", {tier});
    if (rows.empty())
        return std::nullopt;
    return limitsFrom(rows.front());
}

std::vector<SupplierLimits> SupplierStore::allLimits(core::Sql& sql)
{
    std::vector<SupplierLimits> items;
    for (const auto& row : sql.exec("SELECT " EY_LIMIT_COLUMNS " FROM supplier_limits"
                                    " ORDER BY tier = 'premium', tier"))
        items.push_back(limitsFrom(row));
    return items;
}

void SupplierStore::updateLimits(core::Sql& sql, const SupplierLimits& limits,
                                 const std::string& updatedBy, const std::string& now)
{
    sql.exec("UPDATE supplier_limits SET max_products = $2, max_images = $3, max_documents = $4,"
             " receive_chats = $5, public_profile = $6, updated_by = $7::uuid, updated_at = $8"
             " WHERE tier = $1",
             {limits.tier, limits.maxProducts, limits.maxImages, limits.maxDocuments,
              limits.receiveChats, limits.publicProfile,
              updatedBy.empty() ? core::Param(std::nullopt) : core::Param(updatedBy), now});
}

std::vector<std::pair<Supplier, bool>> SupplierStore::browse(core::Sql& sql,
                                                             const BrowseFilter& filter,
                                                             const std::string& viewerId,
                                                             const core::PageRequest& page)
{
    const core::Params params{filter.search, filter.type,  filter.province, page.afterKey,
                              page.afterId,  page.limit + 1, viewerId};
    // Ranking is views + 3 x likes (issue 5); the cursor carries the rank so paging stays stable.
#define EY_BROWSE_BASE                                                                             \
    "WITH ranked AS (SELECT s.id, s.created_at, s.views + 3 * (SELECT count(*) FROM"               \
    " supplier_likes l WHERE l.supplier_id = s.id) AS rank FROM suppliers s"                       \
    " LEFT JOIN supplier_profiles p ON p.supplier_id = s.id"                                       \
    " WHERE s.status IN ('verified', 'limited') AND s.slug IS NOT NULL"                            \
    "   AND ($1::text IS NULL OR strpos(lower(coalesce(p.company_name, '') || ' ' ||"              \
    "        coalesce(p.business_field, '') || ' ' || coalesce(p.main_products, '')),"             \
    "        lower($1)) > 0)"                                                                      \
    "   AND ($2::text IS NULL OR s.supplier_type = $2)"                                            \
    "   AND ($3::text IS NULL OR p.province_code = $3))"                                           \
    " SELECT " EY_SUPPLIER_COLUMNS ", "                                                            \
    " EXISTS (SELECT 1 FROM supplier_likes k WHERE k.supplier_id = s.id"                           \
    "         AND k.user_id = " EY_UUID("$7") ") AS liked,"
    const auto rows =
        filter.sort == "newest"
            ? sql.exec(EY_BROWSE_BASE " " EY_ISO("r.created_at") " AS sort_key"
                                      " FROM ranked r JOIN suppliers s ON s.id = r.id"
                                      " JOIN users u ON u.id = s.user_id"
                                      " LEFT JOIN supplier_profiles p ON p.supplier_id = s.id"
                                      " LEFT JOIN area_provinces ap ON ap.code = p.province_code"
                                      " LEFT JOIN area_regencies ar ON ar.code = p.regency_code"
                                      " WHERE ($4::timestamptz IS NULL OR (r.created_at, r.id) <"
                                      "        ($4::timestamptz, $5::uuid))"
                                      " ORDER BY r.created_at DESC, r.id DESC LIMIT $6",
                       params)
            : sql.exec(EY_BROWSE_BASE " r.rank::text AS sort_key"
                                      " FROM ranked r JOIN suppliers s ON s.id = r.id"
                                      " JOIN users u ON u.id = s.user_id"
                                      " LEFT JOIN supplier_profiles p ON p.supplier_id = s.id"
                                      " LEFT JOIN area_provinces ap ON ap.code = p.province_code"
                                      " LEFT JOIN area_regencies ar ON ar.code = p.regency_code"
                                      " WHERE ($4::bigint IS NULL OR (r.rank, r.id) <"
                                      "        ($4::bigint, $5::uuid))"
                                      " ORDER BY r.rank DESC, r.id DESC LIMIT $6",
                       params);
#undef EY_BROWSE_BASE
    std::vector<std::pair<Supplier, bool>> items;
    for (const auto& row : rows) {
        auto supplier = supplierFrom(row);
        supplier.sortKey = row.str("sort_key");
        items.emplace_back(std::move(supplier), row.boolean("liked"));
    }
    return items;
}

std::optional<Supplier> SupplierStore::visibleBySlug(core::Sql& sql, const std::string& slug)
{
    const auto rows = sql.exec("SELECT " EY_SUPPLIER_COLUMNS EY_SUPPLIER_FROM
                               " WHERE s.slug = $1 AND s.status IN ('verified', 'limited')",
                               {slug});
    if (rows.empty())
        return std::nullopt;
    return supplierFrom(rows.front());
}

void SupplierStore::countView(core::Sql& sql, const std::string& supplierId)
{
    sql.exec("UPDATE suppliers SET views = views + 1 WHERE id = $1::uuid", {supplierId});
}

bool SupplierStore::liked(core::Sql& sql, const std::string& userId, const std::string& supplierId)
{
    return !sql.exec("SELECT 1 FROM supplier_likes WHERE user_id = " EY_UUID("$1")
                     " AND supplier_id = $2::uuid",
                     {userId, supplierId})
                .empty();
}

void SupplierStore::like(core::Sql& sql, const std::string& userId, const std::string& supplierId,
                         const std::string& now)
{
    sql.exec("INSERT INTO supplier_likes (user_id, supplier_id, created_at)"
             " VALUES ($1::uuid, $2::uuid, $3) ON CONFLICT DO NOTHING",
             {userId, supplierId, now});
}

void SupplierStore::unlike(core::Sql& sql, const std::string& userId, const std::string& supplierId)
{
    sql.exec("DELETE FROM supplier_likes WHERE user_id = $1::uuid AND supplier_id = $2::uuid",
             {userId, supplierId});
}

} // namespace ey::directory

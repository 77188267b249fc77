// Client attempt SQL.
#include "ClientFlowStore.h"

#include "InvoiceStore.h"

namespace ey::partner {

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_ATTEMPT_COLUMNS                                                                         \
    "id::text AS id, partner_assessment_id::text AS event_id, resume_token_hash,"                  \
    " client_email::text AS email, client_full_name, client_organization, client_position,"        \
    " draft_answers::text AS draft_answers, section_timers::text AS section_timers, status,"       \
    " " EY_ISO("started_at") " AS started_at, " EY_ISO(                                            \
        "completed_at") " AS completed_at,"                                                        \
                        " content_result::text AS content_result"

ClientAttempt attemptFrom(const core::Row& row)
{
    ClientAttempt attempt;
    attempt.id = row.str("id");
    attempt.eventId = row.str("event_id");
    attempt.tokenHash = row.str("resume_token_hash");
    attempt.email = row.str("email");
    attempt.fullName = row.str("client_full_name");
    attempt.organization = row.optStr("client_organization");
    attempt.position = row.optStr("client_position");
    attempt.draftAnswers = row.str("draft_answers");
    attempt.sectionTimers = row.str("section_timers");
    attempt.status = row.str("status");
    attempt.startedAt = row.str("started_at");
    attempt.completedAt = row.optStr("completed_at");
    attempt.contentResult = row.optStr("content_result");
    return attempt;
}

std::optional<ClientAttempt> first(const core::Rows& rows)
{
    if (rows.empty())
        return std::nullopt;
    return attemptFrom(rows.front());
}

} // namespace

std::string ClientFlowStore::insert(core::Sql& sql, const std::string& eventId,
                                    const ClientProfile& profile, const std::string& tokenHash,
                                    const std::string& startedAt)
{
    return sql
        .exec("INSERT INTO partner_client_assessments (partner_assessment_id, client_email,"
              " client_full_name, client_organization, client_position, resume_token_hash,"
              " started_at) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::timestamptz)"
              " RETURNING id::text AS id",
              {eventId, profile.email, profile.fullName, profile.organization, profile.position,
               tokenHash, startedAt})
        .front()
        .str("id");
}

std::optional<ClientAttempt> ClientFlowStore::byId(core::Sql& sql, const std::string& id)
{
    return first(sql.exec("SELECT " EY_ATTEMPT_COLUMNS " FROM partner_client_assessments"
                          " WHERE id = " EY_UUID("$1"),
                          {id}));
}

std::optional<ClientAttempt> ClientFlowStore::lock(core::Sql& sql, const std::string& id)
{
    return first(sql.exec("SELECT " EY_ATTEMPT_COLUMNS " FROM partner_client_assessments"
                          " WHERE id = " EY_UUID("$1") " FOR UPDATE",
                          {id}));
}

std::optional<ClientAttempt>
ClientFlowStore::latestByEmail(core::Sql& sql, const std::string& eventId, const std::string& email)
{
    return first(sql.exec("SELECT " EY_ATTEMPT_COLUMNS " FROM partner_client_assessments"
                          " WHERE partner_assessment_id = $1::uuid AND client_email = $2"
                          " ORDER BY created_at DESC, id DESC LIMIT 1",
                          {eventId, email}));
}

void ClientFlowStore::lockEmail(core::Sql& sql, const std::string& eventId,
                                const std::string& email)
{
    sql.exec("SELECT pg_advisory_xact_lock(hashtext('partner-client:' || $1 || ':' || lower($2)))",
             {eventId, email});
}

void ClientFlowStore::saveDraft(core::Sql& sql, const std::string& id,
                                const std::string& draftAnswers, const std::string& sectionTimers)
{
    sql.exec("UPDATE partner_client_assessments SET draft_answers = $2::jsonb,"
             " section_timers = $3::jsonb, updated_at = now() WHERE id = $1::uuid",
             {id, draftAnswers, sectionTimers});
}

void ClientFlowStore::complete(core::Sql& sql, const std::string& id,
                               const std::string& contentResult, const std::string& completedAt)
{
    sql.exec("UPDATE partner_client_assessments SET status = 'completed',"
             " content_result = $2::jsonb, completed_at = $3::timestamptz,"
             " download_status = 'pending_download', updated_at = now() WHERE id = $1::uuid",
             {id, contentResult, completedAt});
}

std::int64_t ClientFlowStore::pendingCredits(core::Sql& sql, const std::string& partnerId)
{
    // Billed-but-unpaid credit still counts against the limit until finance marks it paid; the
    // same figure the report download checks.
    return InvoiceStore::usedCredit(sql, partnerId);
}

std::vector<std::string> ClientFlowStore::partnerUsers(core::Sql& sql, const std::string& partnerId)
{
    std::vector<std::string> ids;
    for (const auto& row :
         sql.exec("SELECT owner_user_id::text AS id FROM partners WHERE id = $1::uuid"
                  " UNION SELECT user_id::text FROM partner_operators WHERE partner_id = $1::uuid",
                  {partnerId}))
        ids.push_back(row.str("id"));
    return ids;
}

} // namespace ey::partner

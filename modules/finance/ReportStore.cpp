// Finance report SQL.
#include "ReportStore.h"

namespace ey::finance {

using core::Param;
using core::Sql;

#define EY_ISO(x) "to_char((" x ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

namespace {

Param optional(const std::optional<std::string>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

} // namespace

std::vector<RevenueLine> ReportStore::revenue(Sql& sql, const std::string& from,
                                              const std::string& to, const std::string& bucket)
{
    // Periods are cut in Asia/Jakarta (the business's day), so a sale at 23:30 WIB counts on
    // that day, not on the UTC one. The first and last periods are clipped to the range.
    const auto rows = sql.exec(
        "WITH periods AS ("
        "  SELECT p::date AS start FROM generate_series(date_trunc($3::text, $1::date::timestamp),"
        "    $2::date::timestamp, ('1 ' || $3::text)::interval) p"
        "), lines AS ("
        "  SELECT date_trunc($3::text, e.created_at AT TIME ZONE 'Asia/Jakarta')::date AS start,"
        "    a.kind, a.role, p.amount"
        "  FROM journal_entries e JOIN ledger_postings p ON p.entry_id = e.id"
        "  JOIN ledger_accounts a ON a.id = p.account_id"
        "  WHERE e.kind IN ('sale', 'refund')"
        "    AND e.created_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Jakarta')"
        "    AND e.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
        ")"
        " SELECT to_char(greatest(d.start, $1::date), 'YYYY-MM-DD') AS period_start,"
        "  to_char(least((d.start + ('1 ' || $3::text)::interval)::date - 1, $2::date),"
        "    'YYYY-MM-DD') AS period_end,"
        "  coalesce(sum(-l.amount) FILTER (WHERE l.kind = 'customer_receivable'), 0)::bigint"
        "    AS gross,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'wallet' AND l.role = 'affiliate'), 0)"
        "    ::bigint AS affiliate,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'company_operational'), 0)::bigint"
        "    AS company,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'wallet' AND l.role = 'founder'), 0)"
        "    ::bigint AS founder,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'wallet' AND l.role = 'cofounder'), 0)"
        "    ::bigint AS cofounder,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'wallet' AND l.role = 'mentor'), 0)"
        "    ::bigint AS mentor,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'gateway_fees'), 0)::bigint AS gateway,"
        "  coalesce(sum(l.amount) FILTER (WHERE l.kind = 'refunds'), 0)::bigint AS refunds"
        " FROM periods d LEFT JOIN lines l ON l.start = d.start"
        " GROUP BY d.start ORDER BY d.start",
        {from, to, bucket});
    std::vector<RevenueLine> result;
    result.reserve(rows.size());
    for (const auto& row : rows) {
        RevenueLine line;
        line.start = row.str("period_start");
        line.end = row.str("period_end");
        line.gross = row.i64("gross");
        line.affiliate = row.i64("affiliate");
        line.company = row.i64("company");
        line.founder = row.i64("founder");
        line.cofounder = row.i64("cofounder");
        line.mentor = row.i64("mentor");
        line.gateway = row.i64("gateway");
        line.refunds = row.i64("refunds");
        line.net = line.gross - line.refunds;
        result.push_back(line);
    }
    return result;
}

std::string ReportStore::jakartaDate(Sql& sql, std::int64_t nowMs)
{
    return sql
        .exec("SELECT to_char(to_timestamp($1::bigint / 1000.0) AT TIME ZONE 'Asia/Jakarta',"
              " 'YYYY-MM-DD') AS today",
              {nowMs})
        .front()
        .str("today");
}

std::vector<Wallet> ReportStore::walletsPage(Sql& sql, const std::optional<std::string>& search,
                                             const std::optional<std::string>& afterKey,
                                             const std::optional<std::string>& afterId, int limit)
{
    std::optional<std::string> pattern;
    if (search) {
        // The search text is data: escape LIKE's wildcards so "50%" means those characters.
        std::string escaped;
        for (char c : *search) {
            if (c == '%' || c == '_' || c == '\\')
                escaped += '\\';
            escaped += c;
        }
        pattern = "%" + escaped + "%";
    }
    const auto rows = sql.exec(
        "SELECT * FROM (SELECT a.id, a.kind, a.role, a.owner_id, u.full_name,"
        "  u.email::text AS email, a.balance, a.held,"
        "  ((CASE WHEN a.kind = 'wallet' THEN '0' ELSE '1' END) || lower(coalesce(u.full_name, "
        "'~'))"
        "   || '|' || a.kind || '|' || coalesce(a.role, '')) COLLATE \"C\" AS sort_key"
        "  FROM ledger_accounts a LEFT JOIN users u ON u.id = a.owner_id) w"
        " WHERE ($1::text IS NULL OR w.full_name ILIKE $1 OR w.email ILIKE $1)"
        " AND ($2::text IS NULL OR (w.sort_key, w.id) > ($2::text COLLATE \"C\", $3::uuid))"
        " ORDER BY w.sort_key, w.id LIMIT $4",
        {optional(pattern), optional(afterKey), optional(afterId), limit});
    std::vector<Wallet> result;
    for (const auto& row : rows) {
        Wallet wallet;
        wallet.id = row.str("id");
        wallet.kind = row.str("kind");
        wallet.role = row.optStr("role");
        wallet.ownerId = row.optStr("owner_id");
        wallet.ownerName = row.optStr("full_name");
        wallet.ownerEmail = row.optStr("email");
        wallet.balance = row.i64("balance");
        wallet.held = row.i64("held");
        wallet.sortKey = row.str("sort_key");
        result.push_back(wallet);
    }
    return result;
}

std::vector<WalletEntry> ReportStore::entriesAscending(Sql& sql, const std::string& accountId,
                                                       std::int64_t afterSeq, int limit)
{
    const auto rows = sql.exec(
        "SELECT p.id, p.account_seq, p.amount, p.balance_after, e.id AS entry_id, e.kind,"
        " e.reference, e.memo, " EY_ISO(
            "e.created_at") " AS created_at"
                            " FROM ledger_postings p JOIN journal_entries e ON e.id = p.entry_id"
                            " WHERE p.account_id = $1::uuid AND p.account_seq > $2::bigint"
                            " ORDER BY p.account_seq LIMIT $3",
        {accountId, afterSeq, limit});
    std::vector<WalletEntry> result;
    for (const auto& row : rows)
        result.push_back({row.str("id"), row.i64("account_seq"), row.str("entry_id"),
                          row.str("kind"), row.str("reference"), row.str("memo"), row.i64("amount"),
                          row.i64("balance_after"), row.str("created_at")});
    return result;
}

std::vector<ConfigChange> ReportStore::configHistory(Sql& sql, std::optional<std::int64_t> beforeId,
                                                     int limit)
{
    const auto rows =
        sql.exec("SELECT l.id, " EY_ISO(
                     "l.created_at") " AS at, l.actor_id, u.full_name,"
                                     " u.email::text AS email, coalesce(l.before, "
                                     "'{}'::jsonb)::text AS before_json,"
                                     " coalesce(l.after, '{}'::jsonb)::text AS after_json"
                                     " FROM activity_log l LEFT JOIN users u ON u.id = l.actor_id"
                                     " WHERE l.entity_type = 'finance_config' AND ($1::bigint IS "
                                     "NULL OR l.id < $1::bigint)"
                                     " ORDER BY l.id DESC LIMIT $2",
                 {beforeId, limit});
    std::vector<ConfigChange> result;
    for (const auto& row : rows) {
        ConfigChange change;
        change.id = row.i64("id");
        change.at = row.str("at");
        change.actorId = row.optStr("actor_id");
        change.actorName = row.optStr("full_name");
        change.actorEmail = row.optStr("email");
        change.beforeJson = row.str("before_json");
        change.afterJson = row.str("after_json");
        result.push_back(change);
    }
    return result;
}

} // namespace ey::finance

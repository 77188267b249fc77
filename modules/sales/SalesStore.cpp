// Sales SQL, parameterized only. The list is one statement per page: the filtered, ordered page of
// transactions first, then its buyer, first item, affiliate, ledger commission and follow-up
// counts.
#include "SalesStore.h"

#include <map>

namespace ey::sales {

using core::Param;
using core::Row;

#define EY_ISO(column)                                                                             \
    "to_char((" column ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_JAKARTA_DAY(n) "(($" n "::date)::timestamp AT TIME ZONE 'Asia/Jakarta')"

// Every list statement is one compile-time literal, assembled from these pieces by the
// preprocessor: a sort order (what the index orders by, the cursor's type, the row's cursor key
// as text), a direction, and whether a search term is given.

/// The row columns over a CTE named `page` (transaction columns plus sort_value).
#define EY_SALES_ROWS(KEY_TEXT)                                                                    \
    "SELECT t.id, t.invoice_number, " EY_ISO(                                                      \
        "t.created_at") " AS created_at,"                                                          \
                        " to_char(t.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD "          \
                        "HH24:MI') AS created_local,"                                              \
                        " t.amount, t.status, t.gateway, t.flagged,"                               \
                        " u.id AS buyer_id, u.full_name AS buyer_name, u.email::text AS "          \
                        "buyer_email,"                                                             \
                        " i.kind AS item_kind, i.title AS item_title, i.duration AS "              \
                        "item_duration,"                                                           \
                        " p.category AS item_category, coalesce(i.item_count, 0) AS item_count,"   \
                        " t.affiliate_id, a.full_name AS affiliate_name, c.commission,"            \
                        " f.sent AS followups_sent, f.total AS followups_total, " KEY_TEXT         \
                        " AS sort_key"                                                             \
                        " FROM page t"                                                             \
                        " JOIN users u ON u.id = t.buyer_id"                                       \
                        " LEFT JOIN LATERAL (SELECT ti.kind, ti.title, ti.duration, ti.ref,"       \
                        "   count(*) OVER () AS item_count FROM transaction_items ti"              \
                        "   WHERE ti.transaction_id = t.id ORDER BY ti.kind, ti.title, ti.id "     \
                        "LIMIT 1) i ON true"                                                       \
                        " LEFT JOIN products p ON i.kind = 'product' AND p.id = i.ref"             \
                        " LEFT JOIN users a ON a.id = t.affiliate_id" /* The commission is what    \
                                                                         the ledger actually       \
                                                                         credited the affiliate    \
                                                                         for this sale. */         \
                        " LEFT JOIN LATERAL (SELECT sum(lp.amount)::bigint AS commission"          \
                        "   FROM journal_entries e JOIN ledger_postings lp ON lp.entry_id = e.id"  \
                        "   JOIN ledger_accounts la ON la.id = lp.account_id"                      \
                        "     AND la.kind = 'wallet' AND la.role = 'affiliate'"                    \
                        "   WHERE e.kind = 'sale' AND e.reference = t.invoice_number) c ON true"   \
                        " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE fm.status = 'sent') "  \
                        "AS sent,"                                                                 \
                        "   count(*) AS total FROM followup_messages fm WHERE fm.transaction_id "  \
                        "= t.id) f"

/// The filtered transactions after the cursor, with their sort value.
#define EY_SALES_FILTERED(EXPR, CMP, CAST)                                                         \
    "SELECT t.*, " EXPR " AS sort_value FROM transactions t WHERE"                                 \
    " ($2::text IS NULL OR (" EXPR ", t.id) " CMP " ($2::" CAST ", $3::uuid))"                     \
    " AND ($4::date IS NULL OR t.created_at >= " EY_JAKARTA_DAY(                                   \
        "4") ")"                                                                                   \
             " AND ($5::date IS NULL OR t.created_at < ((($5::date) + 1)::timestamp AT TIME ZONE"  \
             " 'Asia/Jakarta'))"                                                                   \
             " AND ($6::text IS NULL OR t.status = $6)"                                            \
             " AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM transaction_items ti"                \
             "   WHERE ti.transaction_id = t.id AND ti.ref = $7::uuid))"                           \
             " AND ($8::uuid IS NULL OR t.affiliate_id = $8::uuid)"

#define EY_SALES_ORDER(EXPR, DIR) " ORDER BY " EXPR " " DIR ", t.id " DIR

#define EY_SALES_PAGE(BODY, KEY_TEXT, DIR)                                                         \
    "WITH page AS MATERIALIZED (" BODY ") " EY_SALES_ROWS(KEY_TEXT) " ORDER BY t.sort_value " DIR  \
                                                                    ", t.id " DIR

#define EY_SALES_PLAIN(EXPR, CMP, CAST, DIR, KEY_TEXT)                                             \
    EY_SALES_PAGE(EY_SALES_FILTERED(EXPR, CMP, CAST) " AND $9::text IS NULL" EY_SALES_ORDER(       \
                      EXPR, DIR) " LIMIT $1",                                                      \
                  KEY_TEXT, DIR)

// Two ordered, limited branches (buyer match, invoice match) merged: each lets the planner pick
// its own path (a rare buyer drives through transactions_buyer_idx, a common name walks the list
// index and stops early) instead of filtering a million rows with an OR.
#define EY_SALES_SEARCH(EXPR, CMP, CAST, DIR, KEY_TEXT)                                                                    \
    EY_SALES_PAGE(                                                                                                         \
        "SELECT * FROM ((" EY_SALES_FILTERED(                                                                              \
            EXPR,                                                                                                          \
            CMP, CAST) " AND t.buyer_id IN (SELECT su.id FROM users su"                                                    \
                       "   WHERE su.full_name ILIKE $9 OR su.email::text ILIKE "                                           \
                       "$9)" EY_SALES_ORDER(EXPR, DIR) " LIMIT $1) UNION (" EY_SALES_FILTERED(                             \
                           EXPR, CMP,                                                                                      \
                           CAST) " AND t.invoice_number ILIKE $9" EY_SALES_ORDER(EXPR,                                     \
                                                                                 DIR) " LIMIT "                            \
                                                                                      "$1)) "                              \
                                                                                      "t" EY_SALES_ORDER(EXPR,             \
                                                                                                         DIR) " LIMIT $1", \
        KEY_TEXT, DIR)

/// The four statements of one sort order: [descending][search].
#define EY_SALES_VARIANTS(EXPR, CAST, KEY_TEXT)                                                    \
    {                                                                                              \
        {EY_SALES_PLAIN(EXPR, ">", CAST, "ASC", KEY_TEXT),                                         \
         EY_SALES_SEARCH(EXPR, ">", CAST, "ASC", KEY_TEXT)},                                       \
        {                                                                                          \
            EY_SALES_PLAIN(EXPR, "<", CAST, "DESC", KEY_TEXT),                                     \
                EY_SALES_SEARCH(EXPR, "<", CAST, "DESC", KEY_TEXT)                                 \
        }                                                                                          \
    }

namespace {

using Variants = const char* const[2][2];

const Variants kByCreatedAt =
    EY_SALES_VARIANTS("t.created_at", "timestamptz", EY_ISO("t.created_at"));
const Variants kByAmount = EY_SALES_VARIANTS("t.amount", "bigint", "t.amount::text");
const Variants kByInvoice = EY_SALES_VARIANTS("substr(t.invoice_number, 4)::bigint", "bigint",
                                              "substr(t.invoice_number, 4)::bigint::text");

const char* listSql(const SalesFilter& filter)
{
    const Variants& variants = filter.sort == SortKey::Amount    ? kByAmount
                               : filter.sort == SortKey::Invoice ? kByInvoice
                                                                 : kByCreatedAt;
    return variants[filter.descending ? 1 : 0][filter.search ? 1 : 0];
}

/// A LIKE pattern that matches `text` literally anywhere.
std::string containsPattern(const std::string& text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}

SaleRow rowFrom(const Row& r)
{
    SaleRow row;
    row.id = r.str("id");
    row.invoiceNumber = r.str("invoice_number");
    row.createdAt = r.str("created_at");
    row.createdLocal = r.str("created_local");
    row.amount = r.i64("amount");
    row.status = r.str("status");
    row.gateway = r.str("gateway");
    row.flagged = r.boolean("flagged");
    row.buyerId = r.str("buyer_id");
    row.buyerName = r.str("buyer_name");
    row.buyerEmail = r.str("buyer_email");
    row.productKind = r.optStr("item_kind").value_or(std::string());
    row.productTitle = r.optStr("item_title").value_or(std::string());
    row.productDuration = r.optStr("item_duration");
    row.productCategory = r.optStr("item_category");
    row.itemCount = r.i64("item_count");
    row.affiliateId = r.optStr("affiliate_id");
    row.affiliateName = r.optStr("affiliate_name");
    row.commission = r.optI64("commission");
    row.followupsSent = r.i64("followups_sent");
    row.followupsTotal = r.i64("followups_total");
    row.sortKey = r.str("sort_key");
    return row;
}

Param optional(const std::optional<std::string>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

} // namespace

std::vector<SaleRow> SalesStore::list(core::Sql& sql, const SalesFilter& filter,
                                      const std::optional<SalesPosition>& after, int limit)
{
    const auto rows =
        sql.exec(listSql(filter),
                 {limit, after ? Param(after->key) : Param(std::nullopt),
                  after ? Param(after->id) : Param(std::nullopt), optional(filter.fromDate),
                  optional(filter.toDate), optional(filter.status), optional(filter.productId),
                  optional(filter.affiliateId),
                  filter.search ? Param(containsPattern(*filter.search)) : Param(std::nullopt)});
    std::vector<SaleRow> out;
    out.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& r : rows)
        out.push_back(rowFrom(r));
    return out;
}

std::optional<SaleDetail> SalesStore::detail(core::Sql& sql, const std::string& invoiceNumber)
{
    const auto head = sql.exec(
        "WITH page AS (SELECT t.*, t.created_at AS sort_value"
        " FROM transactions t WHERE t.invoice_number = $1) " EY_SALES_ROWS(EY_ISO("t.created_at")),
        {invoiceNumber});
    if (head.empty())
        return std::nullopt;
    SaleDetail d;
    d.row = rowFrom(head.front());
    const auto& id = d.row.id;

    const auto extra = sql.exec(
        "SELECT " EY_ISO(
            "t.paid_at") " AS paid_at, t.payment_url, t.gateway_invoice_id,"
                         " t.failure_reason, t.flag_reason, a.email::text AS affiliate_email,"
                         " u.whatsapp, " EY_ISO(
                             "u.created_at") " AS joined_at,"
                                             " coalesce((SELECT string_agg(ur.role, ',' ORDER BY "
                                             "r.position) FROM user_roles ur"
                                             "   JOIN roles r ON r.name = ur.role WHERE ur.user_id "
                                             "= u.id), '') AS roles,"
                                             " mp.title AS plan_title, " EY_ISO(
                                                 "m.ends_at") " AS plan_ends_at"
                                                              " FROM transactions t JOIN users u "
                                                              "ON u.id = t.buyer_id"
                                                              " LEFT JOIN users a ON a.id = "
                                                              "t.affiliate_id"
                                                              " LEFT JOIN memberships m ON "
                                                              "m.user_id = u.id AND m.status = "
                                                              "'active'"
                                                              " LEFT JOIN membership_plans mp ON "
                                                              "mp.id = m.plan_id"
                                                              " WHERE t.id = $1",
        {id});
    const auto e = extra.front();
    d.paidAt = e.optStr("paid_at");
    d.paymentUrl = e.optStr("payment_url");
    d.gatewayInvoiceId = e.optStr("gateway_invoice_id");
    d.failureReason = e.optStr("failure_reason");
    d.flagReason = e.optStr("flag_reason");
    d.affiliateEmail = e.optStr("affiliate_email");
    d.buyer.id = d.row.buyerId;
    d.buyer.fullName = d.row.buyerName;
    d.buyer.email = d.row.buyerEmail;
    d.buyer.whatsapp = e.optStr("whatsapp");
    d.buyer.joinedAt = e.str("joined_at");
    const auto roles = e.str("roles");
    for (std::size_t start = 0; start < roles.size();) {
        const auto comma = roles.find(',', start);
        const auto end = comma == std::string::npos ? roles.size() : comma;
        d.buyer.roles.push_back(roles.substr(start, end - start));
        start = end + 1;
    }
    d.buyer.membershipPlan = e.optStr("plan_title");
    d.buyer.membershipEndsAt = e.optStr("plan_ends_at");

    for (const auto& r : sql.exec("SELECT ti.kind, ti.ref, ti.title, ti.duration, p.category,"
                                  " ti.unit_price, ti.quantity, ti.discount"
                                  " FROM transaction_items ti"
                                  " LEFT JOIN products p ON ti.kind = 'product' AND p.id = ti.ref"
                                  " WHERE ti.transaction_id = $1 ORDER BY ti.kind, ti.title, ti.id",
                                  {id}))
        d.items.push_back({r.str("kind"), r.str("ref"), r.str("title"), r.optStr("duration"),
                           r.optStr("category"), r.i64("unit_price"), r.i64("quantity"),
                           r.i64("discount")});

    for (const auto& r :
         sql.exec("SELECT from_status, to_status, payload::text AS payload, note, " EY_ISO(
                      "created_at") " AS created_at FROM transaction_status_history"
                                    " WHERE transaction_id = $1"
                                    // Steps in one instant (a test clock) still read in order:
                                    // the opening step, which has no from-status, first.
                                    " ORDER BY created_at, from_status IS NOT NULL, id",
                  {id}))
        d.history.push_back({r.optStr("from_status"), r.str("to_status"), r.optStr("payload"),
                             r.optStr("note"), r.str("created_at")});

    for (const auto& r : sql.exec(
             "SELECT provider, event_key, payload::text AS payload, flagged,"
             " flag_reason, " EY_ISO("received_at") " AS received_at"
                                                    " FROM payment_events WHERE transaction_id = $1"
                                                    " ORDER BY received_at, id",
             {id}))
        d.paymentEvents.push_back({r.str("provider"), r.str("event_key"), r.str("payload"),
                                   r.boolean("flagged"), r.optStr("flag_reason"),
                                   r.str("received_at")});

    for (const auto& r : sql.exec("SELECT step, status, " EY_ISO("due_at") " AS due_at, " EY_ISO(
                                      "sent_at") " AS sent_at, attempts, error, body"
                                                 " FROM followup_messages WHERE transaction_id = $1"
                                                 " ORDER BY step",
                                  {id}))
        d.followups.push_back({r.i64("step"), r.str("status"), r.str("due_at"), r.optStr("sent_at"),
                               r.i64("attempts"), r.optStr("error"), r.str("body")});

    // The sale's entry and every refund entry reversing it.
    const auto entries = sql.exec(
        "SELECT e.id, e.kind, e.memo, " EY_ISO(
            "e.created_at") " AS created_at"
                            " FROM journal_entries e WHERE (e.kind = 'sale' AND e.reference = $1)"
                            " OR e.reverses IN (SELECT s.id FROM journal_entries s"
                            "   WHERE s.kind = 'sale' AND s.reference = $1)"
                            " ORDER BY e.created_at, e.id",
        {invoiceNumber});
    if (!entries.empty()) {
        std::string ids = "{";
        std::map<std::string, std::size_t> index;
        for (const auto& r : entries) {
            index[r.str("id")] = d.ledger.size();
            ids += (d.ledger.empty() ? "" : ",") + r.str("id");
            d.ledger.push_back(
                {r.str("id"), r.str("kind"), r.str("memo"), r.str("created_at"), {}});
        }
        ids += "}";
        for (const auto& r :
             sql.exec("SELECT lp.entry_id, la.kind, la.role, ou.full_name, lp.amount"
                      " FROM ledger_postings lp JOIN ledger_accounts la ON la.id = lp.account_id"
                      " LEFT JOIN users ou ON ou.id = la.owner_id"
                      " WHERE lp.entry_id = ANY($1::uuid[])"
                      " ORDER BY lp.amount DESC, la.kind, la.role",
                      {ids}))
            d.ledger[index[r.str("entry_id")]].postings.push_back(
                {r.str("kind"), r.optStr("role"), r.optStr("full_name"), r.i64("amount")});
    }

    // Tables other modules add in this release; read only once they exist.
    const auto presence =
        sql.exec("SELECT to_regclass('affiliate_profiles') IS NOT NULL AS affiliates,"
                 " to_regclass('transaction_refunds') IS NOT NULL AS refunds");
    const auto present = presence.front();
    if (present.boolean("affiliates") && d.row.affiliateId) {
        const auto code = sql.exec("SELECT code::text AS code FROM affiliate_profiles"
                                   " WHERE user_id = $1::uuid",
                                   {*d.row.affiliateId});
        if (!code.empty())
            d.affiliateCode = code.front().optStr("code");
    }
    if (present.boolean("refunds"))
        for (const auto& r : sql.exec("SELECT to_jsonb(r)::text AS doc FROM transaction_refunds r"
                                      " WHERE r.transaction_id = $1"
                                      " ORDER BY to_jsonb(r)->>'created_at'",
                                      {id}))
            d.refunds.push_back(r.str("doc"));
    return d;
}

RevenueSummary SalesStore::summary(core::Sql& sql, const std::string& fromDate,
                                   const std::string& toDate, const std::string& bucket,
                                   int topProducts)
{
    RevenueSummary out;
    const auto buckets = sql.exec(
        "WITH buckets AS (SELECT generate_series(date_trunc($1, ($2::date)::timestamp),"
        "   ($3::date)::timestamp, ('1 ' || $1)::interval) AS start),"
        " paid AS (SELECT date_trunc($1, t.paid_at AT TIME ZONE 'Asia/Jakarta') AS start,"
        "   sum(t.amount)::bigint AS gross, count(*) AS n FROM transactions t"
        "   WHERE t.status = 'PAID' AND t.paid_at >= " EY_JAKARTA_DAY(
            "2") " AND t.paid_at < ((($3::date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
                 "   GROUP BY 1)"
                 " SELECT to_char(k.start, 'YYYY-MM-DD') AS start, coalesce(p.gross, 0) AS gross,"
                 " coalesce(p.n, 0) AS n FROM buckets k LEFT JOIN paid p ON p.start = k.start"
                 " ORDER BY k.start",
        {bucket, fromDate, toDate});
    for (const auto& r : buckets) {
        out.buckets.push_back({r.str("start"), r.i64("gross"), r.i64("n")});
        out.gross += r.i64("gross");
        out.count += r.i64("n");
    }
    for (const auto& r : sql.exec(
             "SELECT ti.kind, ti.ref, max(ti.title) AS title,"
             " sum(ti.unit_price * ti.quantity - ti.discount)::bigint AS revenue,"
             " count(DISTINCT t.id) AS n"
             " FROM transactions t JOIN transaction_items ti ON ti.transaction_id = t.id"
             " WHERE t.status = 'PAID' AND t.paid_at >= " EY_JAKARTA_DAY(
                 "1") " AND t.paid_at < ((($2::date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
                      " GROUP BY ti.kind, ti.ref ORDER BY revenue DESC, title LIMIT $3",
             {fromDate, toDate, topProducts}))
        out.topProducts.push_back(
            {r.str("kind"), r.str("ref"), r.str("title"), r.i64("revenue"), r.i64("n")});
    return out;
}

std::vector<SalesAffiliate> SalesStore::affiliates(core::Sql& sql)
{
    std::vector<SalesAffiliate> out;
    for (const auto& r :
         sql.exec("SELECT u.id, u.full_name, count(*) AS sales FROM transactions t"
                  " JOIN users u ON u.id = t.affiliate_id"
                  " GROUP BY u.id, u.full_name ORDER BY lower(u.full_name), u.full_name, u.id"))
        out.push_back({r.str("id"), r.str("full_name"), r.i64("sales")});
    return out;
}

std::vector<SalesProduct> SalesStore::products(core::Sql& sql)
{
    std::vector<SalesProduct> out;
    // The catalog's current title when the plan or product still exists, else the title the
    // last sale recorded (items keep a snapshot; a deleted product still filters its old sales).
    for (const auto& r :
         sql.exec("SELECT s.kind, s.ref, coalesce(mp.title, p.title, s.title) AS title"
                  " FROM (SELECT DISTINCT ON (ti.kind, ti.ref) ti.kind, ti.ref, ti.title"
                  "   FROM transaction_items ti JOIN transactions t ON t.id = ti.transaction_id"
                  "   ORDER BY ti.kind, ti.ref, t.created_at DESC) s"
                  " LEFT JOIN membership_plans mp ON s.kind = 'plan' AND mp.id = s.ref"
                  " LEFT JOIN products p ON s.kind = 'product' AND p.id = s.ref"
                  " ORDER BY s.kind, lower(coalesce(mp.title, p.title, s.title)), s.ref"))
        out.push_back({r.str("kind"), r.str("ref"), r.str("title")});
    return out;
}

std::optional<SalesStore::ResendTarget> SalesStore::resendTarget(core::Sql& sql,
                                                                 const std::string& invoiceNumber)
{
    const auto rows = sql.exec(
        "SELECT t.id, t.invoice_number, t.status, t.buyer_id, t.amount, t.payment_url,"
        " coalesce((SELECT ti.title FROM transaction_items ti WHERE ti.transaction_id = t.id"
        "   ORDER BY ti.kind, ti.title, ti.id LIMIT 1), '') AS title"
        " FROM transactions t WHERE t.invoice_number = $1 FOR UPDATE OF t",
        {invoiceNumber});
    if (rows.empty())
        return std::nullopt;
    const auto r = rows.front();
    return ResendTarget{r.str("id"),       r.str("invoice_number"), r.str("status"),
                        r.str("buyer_id"), r.i64("amount"),         r.optStr("payment_url"),
                        r.str("title")};
}

} // namespace ey::sales

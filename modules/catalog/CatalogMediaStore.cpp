// SQL for catalog image keys: the column is chosen from a fixed list, never from input.
#include "CatalogMediaStore.h"

namespace ey::catalog {

namespace {

struct SlotSql
{
    const char* lock;
    const char* update;
};

SlotSql sqlFor(ImageSlot slot)
{
    switch (slot) {
    case ImageSlot::PlanLogo:
        return {"SELECT logo_key AS key FROM membership_plans WHERE id = $1::uuid FOR UPDATE",
                "UPDATE membership_plans SET logo_key = $2,"
                " updated_at = to_timestamp($3::bigint / 1000.0) WHERE id = $1::uuid"};
    case ImageSlot::PlanBanner:
        return {"SELECT banner_key AS key FROM membership_plans WHERE id = $1::uuid FOR UPDATE",
                "UPDATE membership_plans SET banner_key = $2,"
                " updated_at = to_timestamp($3::bigint / 1000.0) WHERE id = $1::uuid"};
    case ImageSlot::ProductCover:
        break;
    }
    return {"SELECT cover_key AS key FROM products WHERE id = $1::uuid FOR UPDATE",
            "UPDATE products SET cover_key = $2,"
            " updated_at = to_timestamp($3::bigint / 1000.0) WHERE id = $1::uuid"};
}

} // namespace

std::optional<std::optional<std::string>>
CatalogMediaStore::lockCurrent(core::Sql& sql, ImageSlot slot, const std::string& id)
{
    const auto rows = sql.exec(sqlFor(slot).lock, {id});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optStr("key");
}

void CatalogMediaStore::setKey(core::Sql& sql, ImageSlot slot, const std::string& id,
                               const std::string& key, std::int64_t nowMs)
{
    sql.exec(sqlFor(slot).update, {id, key, nowMs});
}

bool CatalogMediaStore::inUse(core::Sql& sql, const std::string& key)
{
    return !sql.exec("SELECT 1 FROM membership_plans WHERE logo_key = $1 OR banner_key = $1"
                     " UNION ALL SELECT 1 FROM products WHERE cover_key = $1 LIMIT 1",
                     {key})
                .empty();
}

} // namespace ey::catalog

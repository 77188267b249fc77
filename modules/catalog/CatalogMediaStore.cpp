// SQL for catalog image keys: the column is chosen from a fixed list, never from input.
#include "CatalogMediaStore.h"

#include "Json.h"

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
                     " UNION ALL SELECT 1 FROM products WHERE cover_key = $1"
                     " UNION ALL SELECT 1 FROM product_images WHERE file_key = $1 LIMIT 1",
                     {key})
                .empty();
}

bool CatalogMediaStore::lockProduct(core::Sql& sql, const std::string& productId)
{
    return !sql.exec("SELECT 1 FROM products WHERE id = $1::uuid FOR UPDATE", {productId}).empty();
}

void CatalogMediaStore::touchProduct(core::Sql& sql, const std::string& productId,
                                     std::int64_t nowMs)
{
    sql.exec("UPDATE products SET updated_at = to_timestamp($2::bigint / 1000.0)"
             " WHERE id = $1::uuid",
             {productId, nowMs});
}

std::vector<GalleryImage> CatalogMediaStore::gallery(core::Sql& sql, const std::string& productId)
{
    std::vector<GalleryImage> images;
    for (const auto& row : sql.exec("SELECT id, file_key FROM product_images"
                                    " WHERE product_id = $1::uuid ORDER BY position",
                                    {productId}))
        images.push_back({row.str("id"), row.str("file_key")});
    return images;
}

std::string CatalogMediaStore::appendGalleryImage(core::Sql& sql, const std::string& productId,
                                                  const std::string& key, std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO product_images (product_id, file_key, position, created_at)"
              " SELECT $1::uuid, $2, coalesce(max(position) + 1, 0),"
              " to_timestamp($3::bigint / 1000.0)"
              " FROM product_images WHERE product_id = $1::uuid RETURNING id",
              {productId, key, nowMs})
        .front()
        .str("id");
}

std::optional<std::string> CatalogMediaStore::deleteGalleryImage(core::Sql& sql,
                                                                 const std::string& productId,
                                                                 const std::string& imageId)
{
    const auto rows = sql.exec("DELETE FROM product_images WHERE id = $1::uuid"
                               " AND product_id = $2::uuid RETURNING file_key",
                               {imageId, productId});
    if (rows.empty())
        return std::nullopt;
    sql.exec("UPDATE product_images i SET position = n.position FROM"
             " (SELECT id, row_number() OVER (ORDER BY position)::int - 1 AS position"
             "  FROM product_images WHERE product_id = $1::uuid) n"
             " WHERE i.id = n.id AND i.position <> n.position",
             {productId});
    return rows.front().str("file_key");
}

void CatalogMediaStore::setGalleryOrder(core::Sql& sql, const std::string& productId,
                                        const std::vector<std::string>& imageIds)
{
    auto ids = core::json::array();
    for (const auto& id : imageIds)
        ids->add(id);
    sql.exec("UPDATE product_images i SET position = o.n::int - 1"
             " FROM json_array_elements_text($2::json) WITH ORDINALITY AS o(id, n)"
             " WHERE i.product_id = $1::uuid AND i.id = o.id::uuid",
             {productId, core::json::stringify(ids)});
}

} // namespace ey::catalog

// Supplier product SQL.
#include "SupplierProductStore.h"

#include "Strings.h"

namespace ey::directory {

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_PRODUCT_COLUMNS                                                                         \
    "id::text AS id, supplier_id::text AS supplier_id, title, description_html,"                   \
    " array_to_json(categories)::text AS categories, status, views,"                               \
    " " EY_ISO("created_at") " AS created_at, " EY_ISO("updated_at") " AS updated_at"

SupplierProduct productFrom(const core::Row& row)
{
    SupplierProduct product;
    product.id = row.str("id");
    product.supplierId = row.str("supplier_id");
    product.title = row.str("title");
    product.descriptionHtml = row.str("description_html");
    const auto categories =
        core::json::parse(row.str("categories")).extract<core::json::ArrayPtr>();
    for (std::size_t i = 0; i < categories->size(); ++i)
        product.categories.push_back(categories->getElement<std::string>(static_cast<unsigned>(i)));
    product.status = row.str("status");
    product.views = row.i64("views");
    product.createdAt = row.str("created_at");
    product.updatedAt = row.str("updated_at");
    return product;
}

ProductImage imageFrom(const core::Row& row)
{
    return {row.str("id"), static_cast<int>(row.i64("position")), row.str("file_key"),
            row.str("mime")};
}

/// A text[] literal for $n::text[] from a JSON array (PostgreSQL accepts it via json).
std::string categoriesJson(const std::vector<std::string>& categories)
{
    auto list = core::json::array();
    for (const auto& category : categories)
        list->add(category);
    return core::json::stringify(list);
}

#define EY_CATEGORIES(param) "ARRAY(SELECT jsonb_array_elements_text(" param "::jsonb))"

} // namespace

std::vector<SupplierProduct> SupplierProductStore::list(core::Sql& sql,
                                                        const std::string& supplierId,
                                                        const std::optional<std::string>& status,
                                                        const core::PageRequest& page)
{
    std::vector<SupplierProduct> items;
    for (const auto& row :
         sql.exec("SELECT " EY_PRODUCT_COLUMNS " FROM supplier_products"
                  " WHERE supplier_id = $1::uuid AND ($2::text IS NULL OR status = $2)"
                  "   AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))"
                  " ORDER BY created_at DESC, id DESC LIMIT $5",
                  {supplierId, status, page.afterKey, page.afterId, page.limit + 1})) {
        items.push_back(productFrom(row));
        items.back().images = images(sql, items.back().id);
    }
    return items;
}

std::vector<SupplierProduct> SupplierProductStore::active(core::Sql& sql,
                                                          const std::string& supplierId)
{
    std::vector<SupplierProduct> items;
    for (const auto& row :
         sql.exec("SELECT " EY_PRODUCT_COLUMNS " FROM supplier_products"
                  " WHERE supplier_id = $1::uuid AND status = 'active'"
                  " ORDER BY created_at DESC, id DESC LIMIT 200",
                  {supplierId})) {
        items.push_back(productFrom(row));
        items.back().images = images(sql, items.back().id);
    }
    return items;
}

std::optional<SupplierProduct> SupplierProductStore::byId(core::Sql& sql,
                                                          const std::string& supplierId,
                                                          const std::string& productId)
{
    const auto rows = sql.exec("SELECT " EY_PRODUCT_COLUMNS " FROM supplier_products"
                               " WHERE supplier_id = $1::uuid AND id = " EY_UUID("$2"),
                               {supplierId, productId});
    if (rows.empty())
        return std::nullopt;
    auto product = productFrom(rows.front());
    product.images = images(sql, product.id);
    return product;
}

std::int64_t SupplierProductStore::count(core::Sql& sql, const std::string& supplierId)
{
    return sql.exec("SELECT count(*) AS n FROM supplier_products WHERE supplier_id = $1::uuid",
                    {supplierId})
        .front()
        .i64("n");
}

std::string SupplierProductStore::insert(core::Sql& sql, const std::string& supplierId,
                                         const SupplierProduct& product, const std::string& now)
{
    return sql
        .exec("INSERT INTO supplier_products (supplier_id, title, description_html, categories,"
              " status, created_at, updated_at)"
              " VALUES ($1::uuid, $2, $3, " EY_CATEGORIES("$4") ", $5, $6, $6)"
              " RETURNING id::text AS id",
              {supplierId, product.title, product.descriptionHtml,
               categoriesJson(product.categories), product.status, now})
        .front()
        .str("id");
}

void SupplierProductStore::update(core::Sql& sql, const SupplierProduct& product,
                                  const std::string& now)
{
    sql.exec("UPDATE supplier_products SET title = $2, description_html = $3,"
             " categories = " EY_CATEGORIES("$4") ", status = $5, updated_at = $6"
             " WHERE id = $1::uuid",
             {product.id, product.title, product.descriptionHtml,
              categoriesJson(product.categories), product.status, now});
}

void SupplierProductStore::remove(core::Sql& sql, const std::string& productId)
{
    sql.exec("DELETE FROM supplier_products WHERE id = $1::uuid", {productId});
}

std::vector<ProductImage> SupplierProductStore::images(core::Sql& sql,
                                                       const std::string& productId)
{
    std::vector<ProductImage> items;
    for (const auto& row : sql.exec("SELECT id::text AS id, position, file_key, mime"
                                    " FROM supplier_product_images WHERE product_id = $1::uuid"
                                    " ORDER BY position",
                                    {productId}))
        items.push_back(imageFrom(row));
    return items;
}

ProductImage SupplierProductStore::insertImage(core::Sql& sql, const std::string& productId,
                                               const std::string& fileKey, const std::string& mime)
{
    return imageFrom(
        sql.exec("INSERT INTO supplier_product_images (product_id, position, file_key, mime)"
                 " SELECT $1::uuid, coalesce(max(position) + 1, 0), $2, $3"
                 " FROM supplier_product_images WHERE product_id = $1::uuid"
                 " RETURNING id::text AS id, position, file_key, mime",
                 {productId, fileKey, mime})
            .front());
}

void SupplierProductStore::deleteImage(core::Sql& sql, const std::string& imageId)
{
    sql.exec("DELETE FROM supplier_product_images WHERE id = $1::uuid", {imageId});
}

std::optional<ProductImage> SupplierProductStore::activeImage(core::Sql& sql,
                                                              const std::string& supplierId,
                                                              const std::string& imageId)
{
    const auto rows = sql.exec("SELECT i.id::text AS id, i.position, i.file_key, i.mime"
                               " FROM supplier_product_images i"
                               " JOIN supplier_products p ON p.id = i.product_id"
                               " WHERE p.supplier_id = $1::uuid AND p.status = 'active'"
                               "   AND i.id = " EY_UUID("$2"),
                               {supplierId, imageId});
    if (rows.empty())
        return std::nullopt;
    return imageFrom(rows.front());
}

} // namespace ey::directory

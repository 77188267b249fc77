// Plain records of suppliers: the account row, documents, assessment questions, reviews, limits,
// products. Profile tabs travel as JSON objects (their columns are listed once, in SupplierStore).
#pragma once

#include "Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

struct Supplier
{
    std::string id;
    std::string userId;
    std::string email;
    std::string fullName;
    std::optional<std::string> whatsapp; ///< the account's number (staff only)
    std::optional<std::string> slug;
    std::optional<std::string> type;
    std::string status;
    std::string tier;
    std::string effectiveTier; ///< "premium" only while premium_until is open or in the future
    std::optional<std::string> premiumUntil;
    std::optional<std::int64_t> premiumUntilMs;
    std::optional<std::int64_t> assessmentScore; ///< never shown to the supplier
    std::optional<std::string> submittedAt;
    std::optional<std::string> recommendedAt;
    std::optional<std::string> decidedAt;
    std::int64_t views = 0;
    std::int64_t likes = 0;
    std::optional<std::string> companyName;
    std::optional<std::string> provinceCode;
    std::optional<std::string> provinceName;
    std::optional<std::string> regencyName;
    std::string createdAt;
    std::string updatedAt;
    std::string sortKey; ///< the list order's key, for cursors
};

struct SupplierDocument
{
    std::string id;
    std::string kind;
    std::string title;
    std::string fileKey;
    std::string mime;
    std::int64_t sizeBytes = 0;
    std::string uploadedAt;
};

struct QuestionOption
{
    std::string key;
    std::string label;
    int score = 0;
};

struct AssessmentQuestion
{
    std::string id;
    std::optional<std::string> type; ///< empty: asked of every type
    int position = 0;
    std::string text;
    std::vector<QuestionOption> options;
    bool active = true;
    std::string createdAt;
};

struct SupplierReview
{
    std::string id;
    std::string action;
    std::string fromStatus;
    std::string toStatus;
    std::optional<std::string> note;
    std::optional<std::string> reviewerId;
    std::optional<std::string> reviewerName;
    std::string createdAt;
};

struct SupplierLimits
{
    std::string tier;
    std::optional<std::int64_t> maxProducts;
    std::optional<std::int64_t> maxImages;
    std::optional<std::int64_t> maxDocuments;
    bool receiveChats = false;
    bool publicProfile = false;
    std::string updatedAt;
};

struct SupplierFilter
{
    std::optional<std::string> status;
    std::optional<std::string> search;
    std::optional<std::string> type;
};

/// Filters of the members' supplier directory.
struct BrowseFilter
{
    std::optional<std::string> search;
    std::optional<std::string> type;
    std::optional<std::string> province;
    std::string sort = "ranking"; ///< ranking | newest
};

struct ProductImage
{
    std::string id;
    int position = 0;
    std::string fileKey;
    std::string mime;
};

struct SupplierProduct
{
    std::string id;
    std::string supplierId;
    std::string title;
    std::string descriptionHtml;
    std::vector<std::string> categories;
    std::string status;
    std::int64_t views = 0;
    std::vector<ProductImage> images;
    std::string createdAt;
    std::string updatedAt;
};

/// Fields of a product create or update; absent ones stay as they are.
struct ProductChanges
{
    std::optional<std::string> title;
    std::optional<std::string> descriptionHtml;
    std::optional<std::vector<std::string>> categories;
    std::optional<std::string> status;
};

} // namespace ey::directory

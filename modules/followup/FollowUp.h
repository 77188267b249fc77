// Plain records of the follow-up domain: WhatsApp messages scheduled after a purchase.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::followup {

/// One step of a plan's sequence: send `templateText` `delayDays` after payment.
struct FollowUpStep
{
    int delayDays = 0;
    std::string templateText;
};

/// What the templates may say about the purchase ({nama}, {produk}, {invoice}, {link}).
struct PurchaseFacts
{
    std::string transactionId;
    std::string invoiceNumber;
    std::string userId;
    std::string buyerName;
    std::string productTitle;
    std::int64_t paidAtMs = 0;
};

} // namespace ey::followup

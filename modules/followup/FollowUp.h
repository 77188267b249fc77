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

/// What the templates may say about the purchase ({nama}, {produk}, {invoice}, {tanggal}).
struct PurchaseFacts
{
    std::string transactionId;
    std::string invoiceNumber;
    std::string userId;
    std::string buyerName;
    std::string productTitle;
    std::int64_t paidAtMs = 0;
};

/// One scheduled message as the sales desk sees it. Times are ISO-8601 UTC.
struct FollowUpMessage
{
    std::string id;
    std::string transactionId;
    std::string userId;
    int step = 0;
    std::string dueAt;
    std::string status; ///< pending | sent | failed | cancelled
    std::string body;
    int attempts = 0;
    std::optional<std::string> error;
    std::optional<std::string> sentAt;
    std::string createdAt;
    std::optional<std::string> outboundMessageId;
    /// The WhatsApp queue row's own state (queued | sending | sent | failed) and last error.
    std::optional<std::string> deliveryStatus;
    std::optional<std::string> deliveryError;
};

/// A message claimed for sending.
struct DueFollowUp
{
    std::string id;
    std::string transactionId;
    std::string userId;
    std::string subject; ///< "INV001 follow-up 2", shown to admins in the queue
    std::string body;
};

} // namespace ey::followup

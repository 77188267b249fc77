// Xendit invoices over HTTP: creating an invoice and checking a callback's token.
#pragma once

#include "Config.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace ey::commerce {

struct InvoiceRequest
{
    std::string externalId; ///< our invoice number
    std::int64_t amount = 0;
    std::string payerEmail;
    std::string description;
};

struct XenditInvoice
{
    std::string id;
    std::string invoiceUrl;
};

/// The provider could not be reached or refused the request; `what()` says why, for the log and
/// the transaction's failure reason.
class XenditError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Real HTTP adapter for Xendit's invoice API (POST /v2/invoices, Basic auth "secret_key:").
/// Settings: xendit.base_url (default https://api.xendit.co), xendit.secret_key,
/// xendit.callback_token. Thread safe: every call opens its own session.
class XenditAdapter
{
public:
    explicit XenditAdapter(const core::Config& config);

    /// Both the secret key and the callback token are set.
    bool configured() const;
    /// Throws XenditError when the provider cannot be reached or answers with an error.
    XenditInvoice createInvoice(const InvoiceRequest& request) const;
    /// Compares the x-callback-token header with ours in constant time; false when unset.
    bool callbackTokenMatches(const std::string& token) const;

private:
    std::string m_baseUrl;
    std::string m_secretKey;
    std::string m_callbackToken;
    std::string m_publicUrl;
};

} // namespace ey::commerce

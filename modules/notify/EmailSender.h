// The one interface every email provider implements (Mailketing now, SMTP later).
#pragma once

#include <optional>
#include <string>

namespace ey::notify {

struct EmailMessage
{
    std::string recipient;
    std::string subject;
    std::string html; ///< body, HTML
};

/// What a provider said about one message.
struct SendResult
{
    enum class Outcome
    {
        Sent,
        RetryLater, ///< provider down, out of credit, credentials rejected: the message may go
                    ///< later
        Rejected    ///< this message can never go (blacklisted address, empty field)
    };
    Outcome outcome = Outcome::RetryLater;
    std::optional<std::string> providerMessageId;
    std::string error; ///< the provider's own words, for the queue's last_error
};

/// Sends one email synchronously. Implementations are thread safe; `configured()` is false when
/// credentials are missing, and then nothing may be sent.
class EmailSender
{
public:
    virtual ~EmailSender() = default;
    virtual std::string name() const = 0;
    virtual bool configured() const = 0;
    virtual SendResult send(const EmailMessage& message) = 0;
};

} // namespace ey::notify

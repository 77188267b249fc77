// The interface the outbound worker delivers one queue channel through (email, push, pusher).
#pragma once

#include "EmailSender.h"
#include "Notification.h"

#include <memory>
#include <string>

namespace ey::notify {

/// Sends one claimed outbound message synchronously. Implementations are thread safe;
/// `configured()` is false when credentials are missing, and then the channel's rows stay queued.
class ChannelSender
{
public:
    virtual ~ChannelSender() = default;
    /// The outbound_messages.channel this sender delivers.
    virtual std::string channel() const = 0;
    /// The provider recorded on each row it handled.
    virtual std::string name() const = 0;
    virtual bool configured() const = 0;
    virtual SendResult send(const OutboundMessage& message) = 0;
};

/// The email channel: queue rows become EmailMessages for whichever EmailSender is configured.
class EmailChannel : public ChannelSender
{
public:
    explicit EmailChannel(std::shared_ptr<EmailSender> sender) : m_sender(std::move(sender)) {}
    std::string channel() const override { return "email"; }
    std::string name() const override { return m_sender->name(); }
    bool configured() const override { return m_sender->configured(); }
    SendResult send(const OutboundMessage& message) override
    {
        return m_sender->send({message.recipient, message.subject, message.body});
    }

private:
    std::shared_ptr<EmailSender> m_sender;
};

} // namespace ey::notify

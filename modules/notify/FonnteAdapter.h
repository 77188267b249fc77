// Fonnte WhatsApp over its HTTP API (form POST to /send).
#pragma once

#include "ChannelSender.h"

#include "Config.h"

#include <string>

namespace ey::notify {

/// Settings from the config values fonnte.token and fonnte.base_url.
struct FonnteSettings
{
    std::string baseUrl = "https://api.fonnte.com";
    std::string token; ///< the device token, sent raw as "Authorization: <token>"
    int timeoutSeconds = 20;

    static FonnteSettings fromConfig(const core::Config& config);
};

/// Delivers the 'whatsapp' queue channel through Fonnte. A row's recipient is the number in
/// digits ("62812...") and its body the text. Thread safe: every send opens its own HTTP(S)
/// session.
class FonnteAdapter : public ChannelSender
{
public:
    explicit FonnteAdapter(FonnteSettings settings);

    std::string channel() const override { return "whatsapp"; }
    std::string name() const override { return "fonnte"; }
    bool configured() const override;
    SendResult send(const OutboundMessage& message) override;

    /// The urlencoded form for one queued message: target and message.
    static std::string requestBody(const OutboundMessage& message);

private:
    FonnteSettings m_settings;
};

} // namespace ey::notify

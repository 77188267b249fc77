// Starsender WhatsApp (API v3) over its HTTP API (JSON POST to /api/send).
#pragma once

#include "ChannelSender.h"

#include "Config.h"

#include <string>

namespace ey::notify {

/// Settings from the config values starsender.api_key and starsender.base_url.
struct StarsenderSettings
{
    std::string baseUrl = "https://api.starsender.online";
    std::string apiKey; ///< the device API key, sent raw as "Authorization: <key>"
    int timeoutSeconds = 20;

    static StarsenderSettings fromConfig(const core::Config& config);
};

/// Delivers the 'whatsapp' queue channel through Starsender. A row's recipient is the number in
/// digits ("62812...") and its body the text. Thread safe: every send opens its own HTTP(S)
/// session.
class StarsenderAdapter : public ChannelSender
{
public:
    explicit StarsenderAdapter(StarsenderSettings settings);

    std::string channel() const override { return "whatsapp"; }
    std::string name() const override { return "starsender"; }
    bool configured() const override;
    SendResult send(const OutboundMessage& message) override;

    /// The request body for one queued message: {"messageType":"text","to":...,"body":...}.
    static std::string requestBody(const OutboundMessage& message);

private:
    StarsenderSettings m_settings;
};

} // namespace ey::notify

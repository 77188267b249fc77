// OneSignal push notifications over its REST API (POST /notifications?c=push).
#pragma once

#include "ChannelSender.h"

#include "Config.h"

#include <string>

namespace ey::notify {

/// Settings from the config values onesignal.app_id, .api_key and .base_url.
struct OneSignalSettings
{
    std::string baseUrl = "https://api.onesignal.com";
    std::string appId;
    std::string apiKey; ///< the App API key, sent as "Authorization: Key <api key>"
    int timeoutSeconds = 20;

    static OneSignalSettings fromConfig(const core::Config& config);
};

/// Delivers the 'push' queue channel. A row's recipient is the user id (OneSignal external_id) and
/// its body the stored content ({"headings","contents","data"}); app id, targeting and the
/// idempotency key (the row id, so a retry after a lost answer never pushes twice) are added at
/// send time. Thread safe: every send opens its own HTTP(S) session.
class OneSignalAdapter : public ChannelSender
{
public:
    explicit OneSignalAdapter(OneSignalSettings settings);

    std::string channel() const override { return "push"; }
    std::string name() const override { return "onesignal"; }
    bool configured() const override;
    SendResult send(const OutboundMessage& message) override;

    /// What the queue keeps for one push: headings and contents in English and Indonesian (the
    /// text is the same; OneSignal requires "en"), and data {redirect, source_id}.
    static std::string queuedBody(const std::string& title, const std::string& message,
                                  const std::string& redirect, const std::string& sourceId);
    /// The request body for one queued push.
    std::string requestBody(const OutboundMessage& message) const;

private:
    OneSignalSettings m_settings;
};

} // namespace ey::notify

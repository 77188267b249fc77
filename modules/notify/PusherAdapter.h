// Pusher Channels over its HTTP API: signed event triggers and private-channel auth signatures.
#pragma once

#include "ChannelSender.h"
#include "NotifyService.h"

#include "Clock.h"
#include "Config.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ey::notify {

/// Settings from the config values pusher.app_id, .key, .secret, .cluster and .base_url (the
/// base URL wins over the cluster; tests point it at a local server).
struct PusherSettings
{
    std::string appId;
    std::string key;
    std::string secret;
    std::string cluster;
    std::string baseUrl;
    int timeoutSeconds = 10;

    static PusherSettings fromConfig(const core::Config& config);
    /// base_url, else https://api-<cluster>.pusher.com; empty when neither is set.
    std::string endpoint() const;
};

/// Delivers the 'pusher' queue channel: each row's body is one trigger request body
/// ({"name","channel","data"}), signed at send time (auth_timestamp must be within 10 minutes).
/// Thread safe: every send opens its own HTTP(S) session.
class PusherAdapter : public ChannelSender
{
public:
    /// Pusher refuses event data above 10 KB (413).
    static constexpr std::size_t kMaxDataBytes = 10 * 1024;

    PusherAdapter(PusherSettings settings, const core::Clock& clock);

    std::string channel() const override { return "pusher"; }
    std::string name() const override { return "pusher"; }
    bool configured() const override;
    SendResult send(const OutboundMessage& message) override;

    /// "<key>:<hex HMAC-SHA256(secret, socket_id:channel_name)>", the private-channel auth answer.
    std::string channelAuth(const std::string& socketId, const std::string& channelName) const;

    /// Pusher channels for an audience: public-everyone when everyone may see it, otherwise
    /// private-user-<id> per user and private-permission-<name> for the permission.
    static std::vector<std::string> channelsFor(const Audience& audience);
    /// The trigger body for one channel. Data above 10 KB is replaced by {"id","event"} so the
    /// web client refetches the event through the API instead.
    static std::string triggerBody(const std::string& channelName, const std::string& event,
                                   const std::string& dataJson, std::int64_t eventId);
    /// Everything after '?' of a signed POST /apps/<app_id>/events request.
    static std::string signedQuery(const std::string& appId, const std::string& key,
                                   const std::string& secret, const std::string& body,
                                   std::int64_t timestampSeconds);
    /// Hex HMAC-SHA256 over "<METHOD>\n<path>\n<sorted k=v&...>" (auth_signature excluded).
    static std::string authSignature(const std::string& secret, const std::string& method,
                                     const std::string& path,
                                     const std::map<std::string, std::string>& params);
    static std::string md5Hex(const std::string& data);
    static std::string hmacSha256Hex(const std::string& key, const std::string& data);

private:
    PusherSettings m_settings;
    const core::Clock& m_clock;
};

} // namespace ey::notify

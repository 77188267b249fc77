// Mailketing transactional email over its HTTP API (form POST to /api/v1/send).
#pragma once

#include "EmailSender.h"

#include "Config.h"

#include <string>

namespace ey::notify {

/// Settings from the config values mailketing.base_url, .api_token, .from_email, .from_name.
struct MailketingSettings
{
    std::string baseUrl = "https://api.mailketing.co.id";
    std::string apiToken;
    std::string fromEmail;
    std::string fromName = "EksporYuk";
    int timeoutSeconds = 20;

    static MailketingSettings fromConfig(const core::Config& config);
};

/// Thread safe: every send opens its own HTTP(S) session.
class MailketingAdapter : public EmailSender
{
public:
    explicit MailketingAdapter(MailketingSettings settings);

    std::string name() const override { return "mailketing"; }
    bool configured() const override;
    SendResult send(const EmailMessage& message) override;

private:
    MailketingSettings m_settings;
};

} // namespace ey::notify

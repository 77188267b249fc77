// Wires the notify module into a server instance.
#include "NotifyModule.h"

#include "MailketingAdapter.h"
#include "Notifier.h"
#include "NotifyRoutes.h"
#include "OneSignalAdapter.h"
#include "PusherAdapter.h"

#include <algorithm>

namespace ey::notify {

namespace {

int intValue(const core::Config& config, const std::string& key, int fallback, int min, int max)
{
    try {
        const auto text = config.value(key);
        return text.empty() ? fallback : std::clamp(std::stoi(text), min, max);
    } catch (const std::exception&) {
        return fallback;
    }
}

} // namespace

std::shared_ptr<NotifyService> registerNotify(core::Router& router,
                                              const core::ModuleContext& context)
{
    NotifyProviders providers{
        std::make_shared<MailketingAdapter>(MailketingSettings::fromConfig(context.config)),
        std::make_shared<PusherAdapter>(PusherSettings::fromConfig(context.config), context.clock),
        std::make_shared<OneSignalAdapter>(OneSignalSettings::fromConfig(context.config))};
    const std::chrono::milliseconds poll(
        intValue(context.config, "outbound.poll_ms", 5000, 50, 600'000));
    auto notifier =
        std::make_shared<Notifier>(context.db, context.clock, std::move(providers), poll);
    const std::chrono::seconds heartbeat(
        intValue(context.config, "events.heartbeat_seconds", 15, 1, 300));
    addNotifyRoutes(router, *notifier, heartbeat);
    return notifier;
}

} // namespace ey::notify

// Wires the notify module into a server instance.
#include "NotifyModule.h"

#include "FonnteAdapter.h"
#include "MailketingAdapter.h"
#include "Notifier.h"
#include "NotifyRoutes.h"
#include "OneSignalAdapter.h"
#include "PusherAdapter.h"
#include "StarsenderAdapter.h"

#include "Log.h"

#include <algorithm>

namespace ey::notify {

namespace {

/// The WhatsApp provider named by whatsapp.provider (starsender | fonnte). Unset, it is the one
/// that has credentials, Starsender when neither or both have.
std::shared_ptr<ChannelSender> whatsappProvider(const core::Config& config)
{
    auto starsender = std::make_shared<StarsenderAdapter>(StarsenderSettings::fromConfig(config));
    auto fonnte = std::make_shared<FonnteAdapter>(FonnteSettings::fromConfig(config));
    const auto chosen = config.value("whatsapp.provider");
    if (chosen == "fonnte")
        return fonnte;
    if (chosen == "starsender")
        return starsender;
    if (!chosen.empty())
        core::log::server()->warn("whatsapp.provider '{}' is unknown (starsender or fonnte); "
                                  "using starsender",
                                  chosen);
    else if (fonnte->configured() && !starsender->configured())
        return fonnte;
    return starsender;
}

} // namespace

std::shared_ptr<NotifyService> registerNotify(core::Router& router,
                                              const core::ModuleContext& context)
{
    NotifyProviders providers{
        std::make_shared<MailketingAdapter>(MailketingSettings::fromConfig(context.config)),
        std::make_shared<PusherAdapter>(PusherSettings::fromConfig(context.config), context.clock),
        std::make_shared<OneSignalAdapter>(OneSignalSettings::fromConfig(context.config)),
        whatsappProvider(context.config)};
    const std::chrono::milliseconds poll(
        context.config.integer("outbound.poll_ms", 5000, 50, 600'000));
    auto notifier =
        std::make_shared<Notifier>(context.db, context.clock, std::move(providers), poll);
    const std::chrono::seconds heartbeat(
        context.config.integer("events.heartbeat_seconds", 15, 1, 300));
    addNotifyRoutes(router, *notifier, heartbeat);
    return notifier;
}

} // namespace ey::notify

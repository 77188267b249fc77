// Notify HTTP: notifications, the event stream, the delivery status.
#pragma once

#include "Notifier.h"

#include "Router.h"

#include <chrono>

namespace ey::notify {

void addNotifyRoutes(core::Router& router, Notifier& notifier, std::chrono::seconds heartbeat);

} // namespace ey::notify

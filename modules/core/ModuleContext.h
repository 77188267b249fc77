// What every module's register function receives: the shared services of one server instance.
#pragma once

#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "EventBus.h"
#include "Files.h"

namespace ey::core {

struct ModuleContext
{
    Db& db;
    const Clock& clock;
    EventBus& events;
    const Config& config;
    FileStore& files;
};

} // namespace ey::core

// spdlog loggers.
#include "Log.h"

#include "Clock.h"
#include "Http.h"

#include <Poco/JSON/Object.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <mutex>
#include <sstream>

namespace ey::core::log {

namespace {
std::once_flag g_defaults;
void ensureDefaults()
{
    std::call_once(g_defaults, [] {
        if (!spdlog::get("server"))
            spdlog::register_logger(spdlog::stderr_logger_mt("server-default")->clone("server"));
        if (!spdlog::get("access")) {
            auto access = spdlog::stdout_logger_mt("access");
            access->set_pattern("%v");
            access->set_level(spdlog::level::off); // silent until setup() turns it on
        }
    });
}
} // namespace

void setup(const std::string& level, const std::string& accessLogFile)
{
    ensureDefaults();
    spdlog::drop("access");
    auto access = accessLogFile.empty() ? spdlog::stdout_logger_mt("access")
                                        : spdlog::basic_logger_mt("access", accessLogFile);
    access->set_pattern("%v");
    access->set_level(spdlog::level::info);
    access->flush_on(spdlog::level::info);
    server()->set_level(spdlog::level::from_str(level));
    spdlog::set_level(spdlog::level::from_str(level));
}

std::shared_ptr<spdlog::logger> server()
{
    ensureDefaults();
    return spdlog::get("server");
}

void access(const Request& request, const std::string& route, int status, double seconds,
            std::size_t bytes)
{
    ensureDefaults();
    auto logger = spdlog::get("access");
    if (!logger || !logger->should_log(spdlog::level::info))
        return;
    Poco::JSON::Object line(Poco::JSON_PRESERVE_KEY_ORDER);
    line.set("ts", core::isoTime(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count()));
    line.set("request_id", request.requestId);
    line.set("method", request.method);
    line.set("path", request.path);
    line.set("route", route);
    line.set("status", status);
    line.set("duration_ms", seconds * 1000.0);
    line.set("bytes", static_cast<Poco::UInt64>(bytes));
    line.set("ip", request.clientIp);
    if (request.auth)
        line.set("user_id", request.auth->userId);
    std::ostringstream out;
    line.stringify(out);
    logger->info(out.str());
}

} // namespace ey::core::log

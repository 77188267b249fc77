// Logging: a human-readable server log and a JSON-lines access log, both through spdlog.
#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace ey::core {
struct Request;
}

namespace ey::core::log {

/// Sets up the "server" and "access" loggers. An empty file name logs to stderr/stdout.
void setup(const std::string& level, const std::string& accessLogFile);
std::shared_ptr<spdlog::logger> server();
/// One JSON line per request.
void access(const Request& request, const std::string& route, int status, double seconds,
            std::size_t bytes);

} // namespace ey::core::log

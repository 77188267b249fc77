// Test driver: one headless Chromium over the DevTools protocol (CDP) on a WebSocket. It opens
// pages, evaluates script (awaiting promises), waits for conditions, answers requests to chosen
// external addresses itself (the machine is offline), and takes full-page screenshots.
#pragma once

#include "Json.h"

#include <QProcess>
#include <QTemporaryDir>

#include <Poco/Dynamic/Var.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
class WebSocket;
} // namespace Poco::Net

namespace ey::test::storefront {

/// Not thread safe: one test thread drives it. The browser is killed in the destructor.
class HeadlessChromium
{
public:
    /// The chromium executable on PATH, or "" when it is not installed.
    static std::string executable();

    /// Launches the browser (throws std::runtime_error when it cannot).
    HeadlessChromium();
    ~HeadlessChromium();
    HeadlessChromium(const HeadlessChromium&) = delete;
    HeadlessChromium& operator=(const HeadlessChromium&) = delete;

    /// Opens `url` and waits until the document has loaded.
    void navigate(const std::string& url);
    /// Runs `expression` in the page, awaiting a promise; its value (JSON-compatible) or throws
    /// with the page's exception text.
    Poco::Dynamic::Var evaluate(const std::string& expression);
    std::string evaluateString(const std::string& expression);
    bool evaluateBool(const std::string& expression);
    /// Polls `condition` (a script expression) until it is true or the timeout passes.
    bool waitFor(const std::string& condition,
                 std::chrono::milliseconds timeout = std::chrono::seconds(15));
    /// Serves `html` for every request whose URL starts with `prefix` instead of the network.
    void answerLocally(const std::string& prefix, const std::string& html);
    /// Writes a PNG of the whole page to `path`.
    void screenshot(const std::string& path);
    /// The devtools command `method` with `params`; its result object.
    core::json::ObjectPtr command(const std::string& method,
                                  const core::json::ObjectPtr& params = nullptr,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(30));

private:
    int send(const std::string& method, const core::json::ObjectPtr& params);
    core::json::ObjectPtr receive(std::chrono::milliseconds timeout);
    void handleEvent(const core::json::ObjectPtr& message);

    QTemporaryDir m_profile;
    QProcess m_process;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
    int m_nextId = 1;
    std::map<std::string, std::string> m_localAnswers; ///< URL prefix -> HTML
};

} // namespace ey::test::storefront

// The CDP driver: launch with a private profile and port 0, read DevToolsActivePort, attach to
// the first page target, then request/response by id with events handled in between.
#include "HeadlessChromium.h"

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/StreamCopier.h>

#include <stdexcept>

namespace ey::test::storefront {

namespace json = core::json;
using namespace std::chrono;

std::string HeadlessChromium::executable()
{
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
        const auto path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path.toStdString();
    }
    return {};
}

HeadlessChromium::HeadlessChromium()
{
    const auto program = executable();
    if (program.empty())
        throw std::runtime_error("chromium is not installed (apt-get install chromium)");
    if (!m_profile.isValid())
        throw std::runtime_error("cannot create a temporary browser profile");
    m_process.setProgram(QString::fromStdString(program));
    m_process.setArguments(
        {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
         QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
         QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
         QStringLiteral("--disable-extensions"), QStringLiteral("--disable-sync"),
         QStringLiteral("--disable-background-networking"),
         QStringLiteral("--disable-component-update"), QStringLiteral("--window-size=1280,900"),
         QStringLiteral("--lang=id-ID"), QStringLiteral("--user-data-dir=") + m_profile.path(),
         QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("chromium did not start: " +
                                 m_process.errorString().toStdString());

    // Chromium writes the port it picked (first line) once DevTools listens.
    int port = 0;
    const auto deadline = steady_clock::now() + seconds(30);
    QFile portFile(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    while (steady_clock::now() < deadline && port == 0) {
        if (portFile.open(QIODevice::ReadOnly)) {
            port = QString::fromLatin1(portFile.readLine()).trimmed().toInt();
            portFile.close();
        }
        if (port == 0) {
            if (m_process.state() == QProcess::NotRunning)
                throw std::runtime_error("chromium exited during start-up");
            QThread::msleep(50);
        }
    }
    if (port == 0)
        throw std::runtime_error("chromium did not open its DevTools port");

    // The page target the browser opened with about:blank.
    std::string pagePath;
    while (steady_clock::now() < deadline && pagePath.empty()) {
        Poco::Net::HTTPClientSession listing("127.0.0.1", static_cast<Poco::UInt16>(port));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/json/list",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        listing.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(listing.receiveResponse(response), body);
        const auto targets = json::parse(body).extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < targets->size() && pagePath.empty(); ++i) {
            const auto target = targets->getObject(i);
            if (target->optValue<std::string>("type", "") != "page")
                continue;
            const auto url = target->getValue<std::string>("webSocketDebuggerUrl");
            pagePath = url.substr(url.find('/', std::string("ws://").size()));
        }
        if (pagePath.empty())
            QThread::msleep(50);
    }
    if (pagePath.empty())
        throw std::runtime_error("chromium opened no page");

    m_session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1",
                                                               static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest upgrade(Poco::Net::HTTPRequest::HTTP_GET, pagePath,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse upgraded;
    m_socket = std::make_unique<Poco::Net::WebSocket>(*m_session, upgrade, upgraded);
    m_socket->setMaxPayloadSize(256 * 1024 * 1024);
    command("Page.enable");
    command("Runtime.enable");
}

HeadlessChromium::~HeadlessChromium()
{
    try {
        if (m_socket)
            m_socket->close();
    } catch (const std::exception&) {
        // The browser is going away regardless.
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

int HeadlessChromium::send(const std::string& method, const json::ObjectPtr& params)
{
    auto message = json::object();
    const int id = m_nextId++;
    message->set("id", id);
    message->set("method", method);
    message->set("params", params ? params : json::object());
    const auto text = json::stringify(message);
    m_socket->sendFrame(text.data(), static_cast<int>(text.size()),
                        Poco::Net::WebSocket::FRAME_TEXT);
    return id;
}

json::ObjectPtr HeadlessChromium::receive(milliseconds timeout)
{
    m_socket->setReceiveTimeout(Poco::Timespan(static_cast<long>(timeout.count() / 1000),
                                               static_cast<long>(timeout.count() % 1000) * 1000));
    Poco::Buffer<char> buffer(0);
    int flags = 0;
    do {
        const int read = m_socket->receiveFrame(buffer, flags);
        if (read == 0 && buffer.size() == 0)
            throw std::runtime_error("the browser closed the DevTools connection");
    } while (!(flags & Poco::Net::WebSocket::FRAME_FLAG_FIN));
    return json::parseObject(std::string(buffer.begin(), buffer.size()));
}

void HeadlessChromium::handleEvent(const json::ObjectPtr& message)
{
    if (message->optValue<std::string>("method", "") != "Fetch.requestPaused")
        return;
    const auto params = message->getObject("params");
    const auto requestId = params->getValue<std::string>("requestId");
    const auto url = params->getObject("request")->getValue<std::string>("url");
    for (const auto& [prefix, html] : m_localAnswers) {
        if (url.rfind(prefix, 0) != 0)
            continue;
        auto answer = json::object();
        answer->set("requestId", requestId);
        answer->set("responseCode", 200);
        auto header = json::object();
        header->set("name", "Content-Type");
        header->set("value", "text/html; charset=utf-8");
        auto headers = json::array();
        headers->add(header);
        answer->set("responseHeaders", headers);
        answer->set("body", QByteArray::fromStdString(html).toBase64().toStdString());
        send("Fetch.fulfillRequest", answer);
        return;
    }
    auto pass = json::object();
    pass->set("requestId", requestId);
    send("Fetch.continueRequest", pass);
}

json::ObjectPtr HeadlessChromium::command(const std::string& method, const json::ObjectPtr& params,
                                          milliseconds timeout)
{
    const int id = send(method, params);
    const auto deadline = steady_clock::now() + timeout;
    while (true) {
        const auto left = duration_cast<milliseconds>(deadline - steady_clock::now());
        if (left.count() <= 0)
            throw std::runtime_error("no answer from the browser to " + method);
        json::ObjectPtr message;
        try {
            message = receive(left);
        } catch (const Poco::TimeoutException&) {
            throw std::runtime_error("no answer from the browser to " + method);
        }
        if (!message->has("id")) {
            handleEvent(message);
            continue;
        }
        if (message->getValue<int>("id") != id)
            continue; // the answer to a fire-and-forget command such as Fetch.fulfillRequest
        if (message->has("error"))
            throw std::runtime_error(method +
                                     " failed: " + json::stringify(message->getObject("error")));
        return message->getObject("result");
    }
}

void HeadlessChromium::navigate(const std::string& url)
{
    auto params = json::object();
    params->set("url", url);
    const auto result = command("Page.navigate", params);
    if (result->has("errorText") && !result->getValue<std::string>("errorText").empty())
        throw std::runtime_error("cannot open " + url + ": " +
                                 result->getValue<std::string>("errorText"));
    if (!waitFor("document.readyState === 'complete' && location.href !== 'about:blank'"))
        throw std::runtime_error("the page did not finish loading: " + url);
}

Poco::Dynamic::Var HeadlessChromium::evaluate(const std::string& expression)
{
    auto params = json::object();
    params->set("expression", expression);
    params->set("awaitPromise", true);
    params->set("returnByValue", true);
    const auto result = command("Runtime.evaluate", params);
    if (result->has("exceptionDetails")) {
        const auto details = result->getObject("exceptionDetails");
        auto text = details->optValue<std::string>("text", "exception");
        if (const auto exception = details->getObject("exception"))
            text += ": " + exception->optValue<std::string>("description", "");
        throw std::runtime_error("page script failed: " + text + " in " + expression);
    }
    const auto value = result->getObject("result");
    return value->has("value") ? value->get("value") : Poco::Dynamic::Var();
}

std::string HeadlessChromium::evaluateString(const std::string& expression)
{
    const auto value = evaluate(expression);
    return value.isEmpty() ? std::string() : value.convert<std::string>();
}

bool HeadlessChromium::evaluateBool(const std::string& expression)
{
    const auto value = evaluate("!!(" + expression + ")");
    return !value.isEmpty() && value.convert<bool>();
}

bool HeadlessChromium::waitFor(const std::string& condition, milliseconds timeout)
{
    const auto deadline = steady_clock::now() + timeout;
    while (steady_clock::now() < deadline) {
        try {
            if (evaluateBool(condition))
                return true;
        } catch (const std::runtime_error&) {
            // A navigation in progress destroys the context the script ran in; try again.
        }
        QThread::msleep(100);
    }
    return false;
}

void HeadlessChromium::answerLocally(const std::string& prefix, const std::string& html)
{
    m_localAnswers[prefix] = html;
    auto patterns = json::array();
    for (const auto& [each, unused] : m_localAnswers) {
        (void)unused;
        auto pattern = json::object();
        pattern->set("urlPattern", each + "*");
        patterns->add(pattern);
    }
    auto params = json::object();
    params->set("patterns", patterns);
    command("Fetch.enable", params);
}

void HeadlessChromium::screenshot(const std::string& path)
{
    const auto metrics = command("Page.getLayoutMetrics");
    const auto size = metrics->getObject("cssContentSize");
    auto clip = json::object();
    clip->set("x", 0);
    clip->set("y", 0);
    clip->set("width", size->getValue<double>("width"));
    clip->set("height", size->getValue<double>("height"));
    clip->set("scale", 1);
    auto params = json::object();
    params->set("format", "png");
    params->set("captureBeyondViewport", true);
    params->set("clip", clip);
    const auto result = command("Page.captureScreenshot", params);
    const auto bytes =
        QByteArray::fromBase64(QByteArray::fromStdString(result->getValue<std::string>("data")));
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the screenshot " + path);
}

} // namespace ey::test::storefront

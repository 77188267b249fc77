// Test helper: a raw Server-Sent Events client reading the stream line by line on its own thread.
#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>

#include <atomic>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ey::test {

struct SseEvent
{
    std::string id;
    std::string event;
    std::string data;
};

/// Opens GET <path> with the bearer token and collects what arrives until destroyed. Thread safe
/// accessors, so tests poll them with QTRY_*. The session times out after 30 s as a safety net.
class SseClient
{
public:
    SseClient(const std::string& baseUrl, const std::string& token,
              std::map<std::string, std::string> headers = {},
              const std::string& path = "/api/v1/events")
    {
        const Poco::URI uri(baseUrl);
        m_session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        m_session->setTimeout(Poco::Timespan(30, 0));
        m_thread = std::thread([this, token, headers, path] { run(token, headers, path); });
    }

    ~SseClient()
    {
        m_stopping = true;
        try {
            m_session->abort();
        } catch (...) {
        }
        if (m_thread.joinable())
            m_thread.join();
    }

    int status() const { return m_status; }
    bool connected() const { return m_status == 200; }
    bool closed() const { return m_closed; }
    std::string contentType() const
    {
        std::lock_guard lock(m_mutex);
        return m_contentType;
    }
    std::vector<SseEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    std::vector<SseEvent> events(const std::string& name) const
    {
        std::vector<SseEvent> matching;
        for (const auto& event : events())
            if (event.event == name)
                matching.push_back(event);
        return matching;
    }
    std::vector<std::string> comments() const
    {
        std::lock_guard lock(m_mutex);
        return m_comments;
    }
    std::string retry() const
    {
        std::lock_guard lock(m_mutex);
        return m_retry;
    }
    std::string body() const
    {
        std::lock_guard lock(m_mutex);
        return m_body;
    }

private:
    void run(const std::string& token, const std::map<std::string, std::string>& headers,
             const std::string& path)
    {
        try {
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            if (!token.empty())
                request.set("Authorization", "Bearer " + token);
            request.set("Accept", "text/event-stream");
            for (const auto& [name, value] : headers)
                request.set(name, value);
            m_session->sendRequest(request);
            Poco::Net::HTTPResponse response;
            std::istream& in = m_session->receiveResponse(response);
            {
                std::lock_guard lock(m_mutex);
                m_contentType = response.getContentType();
            }
            m_status = static_cast<int>(response.getStatus());
            SseEvent pending;
            std::string line;
            while (!m_stopping && std::getline(in, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                std::lock_guard lock(m_mutex);
                m_body += line + "\n";
                if (line.empty()) {
                    if (!pending.event.empty() || !pending.data.empty())
                        m_events.push_back(pending);
                    pending = {};
                } else if (line.starts_with(":")) {
                    m_comments.push_back(line);
                } else if (line.starts_with("id: ")) {
                    pending.id = line.substr(4);
                } else if (line.starts_with("event: ")) {
                    pending.event = line.substr(7);
                } else if (line.starts_with("data: ")) {
                    pending.data += (pending.data.empty() ? "" : "\n") + line.substr(6);
                } else if (line.starts_with("retry: ")) {
                    m_retry = line.substr(7);
                }
            }
        } catch (...) {
        }
        m_closed = true;
    }

    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_closed{false};
    std::atomic<int> m_status{0};
    mutable std::mutex m_mutex;
    std::string m_contentType;
    std::string m_retry;
    std::string m_body;
    std::vector<SseEvent> m_events;
    std::vector<std::string> m_comments;
};

} // namespace ey::test

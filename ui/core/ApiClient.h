// The desktop's one way to the server: JSON over HTTP, bearer token, problem+json errors.
#pragma once

#include "ApiError.h"
#include "ApiTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace ey::desk {

/// A successful answer (2xx or 304).
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QByteArray etag;

    QJsonObject object() const { return json.object(); }
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; ///< "/api/v1/..." relative to the base URL
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    /// Raw bytes sent as they are (file uploads) with rawContentType; takes the place of `body`.
    std::optional<QByteArray> rawBody;
    QByteArray rawContentType = QByteArrayLiteral("application/octet-stream");
    QList<QPair<QByteArray, QByteArray>> headers;
    /// 0: the client's default. Uploads and downloads of files give themselves longer.
    int timeoutMs = 0;
};

/// Asynchronous API client; UI thread only. Callbacks run on the UI thread and are skipped when
/// their context object is gone, so a closed window never receives a late answer.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Success = std::function<void(const ApiResponse&)>;
    using Failure = std::function<void(const ApiError&)>;

    explicit ApiClient(std::unique_ptr<ApiTransport> transport = {}, QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    /// "id" or "en": sent as Accept-Language so problem details come back in the UI language.
    void setLanguage(const QString& code) { m_language = code; }
    QString language() const { return m_language; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    bool isReachable() const { return m_reachable; }

    /// A request with base URL, token and language headers applied (for streams that read the reply
    /// themselves).
    QNetworkRequest networkRequest(const QString& path, const QUrlQuery& query = {}) const;
    ApiTransport& transport() { return *m_transport; }

    /// Returns the reply so a caller can follow uploadProgress or abort() it (an aborted request
    /// still ends in onFailure while the context lives). The client deletes it once it finished:
    /// hold it in a QPointer.
    QNetworkReply* send(const ApiRequest& request, QObject* context, Success onSuccess,
                        Failure onFailure = {});
    void get(const QString& path, const QUrlQuery& query, QObject* context, Success onSuccess,
             Failure onFailure = {});
    void post(const QString& path, const QJsonObject& body, QObject* context, Success onSuccess,
              Failure onFailure = {});

    /// Records what the last exchange said about the server being reachable.
    void noteReachable(bool reachable);

signals:
    void reachabilityChanged(bool reachable);
    /// A request carrying a token got 401: the session has ended on the server.
    void unauthorized();

private:
    std::unique_ptr<ApiTransport> m_transport;
    QUrl m_baseUrl;
    QString m_token;
    QString m_language = QStringLiteral("id");
    int m_timeoutMs = 30000;
    bool m_reachable = true;
};

} // namespace ey::desk

Q_DECLARE_METATYPE(ey::desk::ApiResponse)

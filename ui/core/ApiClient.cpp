// ApiClient: request building, reply parsing, reachability tracking.
#include "ApiClient.h"

#include <QNetworkReply>
#include <QPointer>

namespace ey::desk {

ApiClient::ApiClient(std::unique_ptr<ApiTransport> transport, QObject* parent)
    : QObject(parent),
      m_transport(transport ? std::move(transport) : std::make_unique<NetworkTransport>())
{
    qRegisterMetaType<ApiError>();
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
    // Paths are absolute ("/api/v1/..."), so a trailing slash in what the user typed is dropped.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QNetworkRequest ApiClient::networkRequest(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept-Language", m_language == QStringLiteral("en") ? "en" : "id");
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

void ApiClient::noteReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

QNetworkReply* ApiClient::send(const ApiRequest& apiRequest, QObject* context, Success onSuccess,
                               Failure onFailure)
{
    QNetworkRequest request = networkRequest(apiRequest.path, apiRequest.query);
    request.setTransferTimeout(apiRequest.timeoutMs > 0 ? apiRequest.timeoutMs : m_timeoutMs);
    QByteArray body;
    if (apiRequest.rawBody) {
        body = *apiRequest.rawBody;
        request.setHeader(QNetworkRequest::ContentTypeHeader, apiRequest.rawContentType);
    } else if (apiRequest.body) {
        body = apiRequest.body->toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    for (const auto& [name, value] : apiRequest.headers)
        request.setRawHeader(name, value);
    const bool authenticated = !m_token.isEmpty();
    QNetworkReply* reply = m_transport->send(request, apiRequest.method, body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, hasContext = context != nullptr, authenticated,
             onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)] {
                reply->deleteLater();
                const QByteArray data = reply->readAll();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 0)
                    noteReachable(true);
                else if (reply->error() != QNetworkReply::OperationCanceledError)
                    noteReachable(false);
                if (status == 401 && authenticated)
                    emit unauthorized();
                if (hasContext && !guard)
                    return;
                if ((status >= 200 && status < 300) || status == 304) {
                    ApiResponse response;
                    response.status = status;
                    response.body = data;
                    response.etag = reply->rawHeader("ETag");
                    if (!data.isEmpty())
                        response.json = QJsonDocument::fromJson(data);
                    if (onSuccess)
                        onSuccess(response);
                    return;
                }
                if (onFailure)
                    onFailure(ApiError::fromReply(reply, data));
            });
    return reply;
}

void ApiClient::get(const QString& path, const QUrlQuery& query, QObject* context,
                    Success onSuccess, Failure onFailure)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    send(request, context, std::move(onSuccess), std::move(onFailure));
}

void ApiClient::post(const QString& path, const QJsonObject& body, QObject* context,
                     Success onSuccess, Failure onFailure)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body);
    send(request, context, std::move(onSuccess), std::move(onFailure));
}

} // namespace ey::desk

// The network seam under ApiClient: who actually carries a request to the server.
#pragma once

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace ey::desk {

/// Sends one HTTP request and hands back the reply (owned by the caller, deleteLater when done).
/// Lives on the UI thread; every call is asynchronous.
class ApiTransport
{
public:
    virtual ~ApiTransport() = default;
    virtual QNetworkReply* send(const QNetworkRequest& request, const QByteArray& method,
                                const QByteArray& body) = 0;
};

/// The real transport: QNetworkAccessManager.
class NetworkTransport : public ApiTransport
{
public:
    NetworkTransport();
    ~NetworkTransport() override;
    QNetworkReply* send(const QNetworkRequest& request, const QByteArray& method,
                        const QByteArray& body) override;

private:
    QNetworkAccessManager* m_manager;
};

} // namespace ey::desk

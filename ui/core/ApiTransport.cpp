// QNetworkAccessManager-backed transport.
#include "ApiTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ey::desk {

NetworkTransport::NetworkTransport() : m_manager(new QNetworkAccessManager) {}

NetworkTransport::~NetworkTransport()
{
    delete m_manager;
}

QNetworkReply* NetworkTransport::send(const QNetworkRequest& request, const QByteArray& method,
                                      const QByteArray& body)
{
    if (body.isEmpty() && method != "POST" && method != "PUT" && method != "PATCH")
        return m_manager->sendCustomRequest(request, method);
    return m_manager->sendCustomRequest(request, method, body);
}

} // namespace ey::desk

// Turns a failed QNetworkReply into an ApiError a person can act on.
#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QStringList>

namespace ey::desk {

ApiError ApiError::fromReply(QNetworkReply* reply, const QByteArray& body)
{
    ApiError error;
    error.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.status == 0) {
        const QString host = reply->url().authority();
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            error.title = QCoreApplication::translate("ey::desk::ApiError", "Waktu habis");
            error.detail =
                QCoreApplication::translate(
                    "ey::desk::ApiError",
                    "Server %1 tidak menjawab tepat waktu. Periksa koneksi lalu coba lagi.")
                    .arg(host);
        } else {
            error.title =
                QCoreApplication::translate("ey::desk::ApiError", "Server tidak dapat dihubungi");
            error.detail =
                QCoreApplication::translate(
                    "ey::desk::ApiError",
                    "Tidak dapat terhubung ke server %1. Periksa alamat server dan koneksi "
                    "internet Anda, lalu coba lagi.")
                    .arg(host);
        }
        return error;
    }
    const auto document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const auto object = document.object();
        error.type = object.value(QStringLiteral("type")).toString();
        error.title = object.value(QStringLiteral("title")).toString();
        error.detail = object.value(QStringLiteral("detail")).toString();
        const auto errors = object.value(QStringLiteral("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it)
            error.fieldErrors.insert(it.key(), it.value().toString());
        static const QStringList standard{QStringLiteral("type"),   QStringLiteral("title"),
                                          QStringLiteral("status"), QStringLiteral("detail"),
                                          QStringLiteral("instance"), QStringLiteral("errors")};
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!standard.contains(it.key()))
                error.members.insert(it.key(), it.value().toVariant());
    }
    if (error.title.isEmpty())
        error.title = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (error.detail.isEmpty())
        error.detail =
            QCoreApplication::translate("ey::desk::ApiError",
                                        "Server menjawab dengan kesalahan %1. Coba lagi nanti; "
                                        "hubungi tim support bila berulang.")
                .arg(error.status);
    return error;
}

QString ApiError::fullText() const
{
    QStringList lines{detail.isEmpty() ? title : detail};
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        lines << it.value();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ey::desk

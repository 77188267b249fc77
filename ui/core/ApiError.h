// An API failure as the user should see it: status plus the server's problem+json text.
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

class QNetworkReply;

namespace ey::desk {

/// One failed request. status 0 means the server could not be reached at all (network error),
/// which is what the outbox keys on. `detail` is written by the server for a person and is shown
/// verbatim.
struct ApiError
{
    int status = 0;
    QString type;
    QString title;
    QString detail;
    QMap<QString, QString> fieldErrors;
    /// The problem's RFC 9457 extension members (everything but type/title/status/detail/instance/
    /// errors), e.g. a 409's "duplicate_id" or a quota's "limit"/"used"/"resets_at": what a form
    /// acts on without parsing the detail text.
    QVariantMap members;

    bool isNetworkError() const { return status == 0; }
    bool isClientError() const { return status >= 400 && status < 500; }
    /// What a message line under a form shows: the detail (or the title), then each field's
    /// message on its own line.
    QString fullText() const;

    /// Builds the error from a finished reply: problem+json when the server sent one, otherwise a
    /// readable message for the transport failure or the bare status.
    static ApiError fromReply(QNetworkReply* reply, const QByteArray& body);
};

} // namespace ey::desk

Q_DECLARE_METATYPE(ey::desk::ApiError)

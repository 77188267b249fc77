// The server's branding on the client: names, logo per role, palette and stylesheet, kept live.
#pragma once

#include "ApiError.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QObject>
#include <QPalette>
#include <QPixmap>

#include <functional>

namespace ey::desk {

class ApiClient;

/// UI thread. Fetches GET /api/v1/branding with If-None-Match (a 304 changes nothing), answers the
/// look questions (palette, stylesheet, font, logo path for a set of roles) from the last answer
/// and the product defaults, and refetches when the event stream says "branding.updated".
class BrandingTheme : public QObject
{
    Q_OBJECT

public:
    explicit BrandingTheme(ApiClient& api, QObject* parent = nullptr);

    void refresh();
    /// Feed from EventStream::eventReceived.
    void handleEvent(const QString& name, const QJsonObject& data);
    /// Uses a branding document directly (refresh() does this with the server's answer).
    void setDocument(const QJsonObject& document);

    const QJsonObject& document() const { return m_document; }
    QByteArray etag() const { return m_etag; }
    QString platformName() const;
    QString tagline() const;
    /// logos.affiliate for affiliates (logos.main when it is unset), logos.main for everyone else.
    QString logoPathFor(const QStringList& roles) const;
    QColor color(const QString& group, const QString& key) const;
    int borderRadius() const;
    bool popupEnabled() const;
    int popupSeconds() const;

    QPalette palette(const QPalette& base) const;
    QString styleSheet() const;
    QFont font(const QFont& base) const;

    /// Downloads a logo; the callback gets a null pixmap when there is none or it cannot be read.
    void fetchLogo(const QString& path, QObject* context, std::function<void(const QPixmap&)> done);

signals:
    void changed();
    void refreshFailed(const ey::desk::ApiError& error);

private:
    QString string(const QString& group, const QString& key, const QString& fallback) const;

    ApiClient& m_api;
    QJsonObject m_document;
    QByteArray m_etag;
};

} // namespace ey::desk

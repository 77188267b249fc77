// UiLanguage: translator swapping and persistence.
#include "UiLanguage.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace ey::desk {

UiLanguage::UiLanguage(ApiClient& api, QObject* parent) : QObject(parent), m_api(api) {}

QString UiLanguage::nativeName(const QString& code)
{
    return code == QStringLiteral("en") ? QStringLiteral("English")
                                        : QStringLiteral("Bahasa Indonesia");
}

void UiLanguage::restore()
{
    setLanguage(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString());
}

void UiLanguage::setLanguage(const QString& requested)
{
    const QString code = codes().contains(requested) ? requested : QStringLiteral("id");
    if (code == m_current)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are Indonesian; the id catalogue exists for completeness and may be absent.
    if (m_translator.load(QStringLiteral(":/i18n/eksporyuk_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(code == QStringLiteral("en")
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_current = code;
    m_api.setLanguage(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
    emit languageChanged(code);
}

} // namespace ey::desk

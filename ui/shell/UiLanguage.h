// The UI language: Indonesian by default, English selectable, switched live.
#pragma once

#include <QObject>
#include <QTranslator>

namespace ey::desk {

class ApiClient;

/// Installs the translator for the chosen language (".qm" files embedded under :/i18n), remembers
/// the choice in QSettings and tells the ApiClient, so server messages follow the same language.
/// Widgets retranslate in changeEvent(QEvent::LanguageChange).
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(ApiClient& api, QObject* parent = nullptr);

    /// Codes in the order the switch shows them.
    static QStringList codes() { return {QStringLiteral("id"), QStringLiteral("en")}; }
    /// The language's own name ("Bahasa Indonesia", "English"), never translated.
    static QString nativeName(const QString& code);

    QString current() const { return m_current; }
    /// Applies the saved choice (or Indonesian).
    void restore();
    void setLanguage(const QString& code);

signals:
    void languageChanged(const QString& code);

private:
    ApiClient& m_api;
    QTranslator m_translator;
    QString m_current;
};

} // namespace ey::desk

// CountryCatalog: the country list behind the filter and the edit form.
#include "CountryCatalog.h"

#include "ApiClient.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QSignalBlocker>

namespace ey::desk::curation {

CountryCatalog::CountryCatalog(ApiClient& api, QObject* parent) : QObject(parent), m_api(api) {}

void CountryCatalog::load()
{
    if (m_loaded || m_loading)
        return;
    m_loading = true;
    m_api.get(
        QStringLiteral("/api/v1/directory/countries"), QUrlQuery(), this,
        [this](const ApiResponse& response) {
            m_loading = false;
            m_countries.clear();
            m_byCode.clear();
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = value.toObject();
                Country country{item.value(QStringLiteral("code")).toString(),
                                item.value(QStringLiteral("name_id")).toString(),
                                item.value(QStringLiteral("name_en")).toString(),
                                item.value(QStringLiteral("flag")).toString()};
                // The server's flag is the same emoji; it is shown only where it can be drawn.
                country.flag = flagOf(country.code);
                m_byCode.insert(country.code, static_cast<int>(m_countries.size()));
                m_countries.append(country);
            }
            m_loaded = true;
            emit loaded();
        },
        [this](const ApiError&) { m_loading = false; });
}

QString CountryCatalog::name(const QString& code) const
{
    const auto found = m_byCode.constFind(code);
    if (found == m_byCode.cend())
        return code;
    const Country& country = m_countries.at(*found);
    const bool english = m_api.language() == QStringLiteral("en");
    return english && !country.nameEn.isEmpty() ? country.nameEn : country.nameId;
}

bool CountryCatalog::flagsDrawable()
{
    // Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, Twemoji...: asked once per run.
    static const bool drawable = [] {
        for (const QString& family : QFontDatabase::families())
            if (family.contains(QStringLiteral("Emoji"), Qt::CaseInsensitive))
                return true;
        return false;
    }();
    return drawable;
}

QString CountryCatalog::flagOf(const QString& code)
{
    if (!flagsDrawable() || code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
        return QString();
    QString flag;
    for (const QChar letter : code.toUpper()) {
        const char32_t point = 0x1F1E6 + (letter.unicode() - u'A');
        flag += QString::fromUcs4(&point, 1);
    }
    return flag;
}

QString CountryCatalog::label(const QString& code) const
{
    if (code.isEmpty())
        return QStringLiteral("\u2014");
    const QString flag = flagOf(code);
    return flag.isEmpty() ? name(code) : flag + QLatin1Char(' ') + name(code);
}

void CountryCatalog::fill(QComboBox* combo, const QString& anyText) const
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, QString());
    for (const Country& country : m_countries)
        combo->addItem(label(country.code), country.code);
    // A code the list lacks (an old row) stays choosable as it is.
    if (!chosen.isEmpty() && combo->findData(chosen) < 0)
        combo->addItem(label(chosen), chosen);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace ey::desk::curation

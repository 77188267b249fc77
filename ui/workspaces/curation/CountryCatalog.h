// The countries the buyer directory knows (code, Indonesian and English names, flag), loaded once.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QComboBox;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

struct Country
{
    QString code;
    QString nameId;
    QString nameEn;
    QString flag;
};

/// UI thread. One GET /api/v1/directory/countries per workspace; combos filled before the list
/// arrived are filled again when it does (keeping their choice).
class CountryCatalog : public QObject
{
    Q_OBJECT

public:
    explicit CountryCatalog(ApiClient& api, QObject* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<Country>& all() const { return m_countries; }
    /// The name in the UI language ("Jepang" / "Japan"); the code itself when unknown.
    QString name(const QString& code) const;
    /// The flag emoji made from the code's letters (also for codes the list lacks); empty when
    /// no installed font draws emoji (two empty boxes say less than the name beside them).
    static QString flagOf(const QString& code);
    static bool flagsDrawable();
    /// "🇯🇵 Jepang".
    QString label(const QString& code) const;
    /// Items "🇯🇵 Jepang" (or "Jepang" without flags) with the code as data; `anyText` non-empty adds a first "any" item.
    void fill(QComboBox* combo, const QString& anyText = {}) const;

signals:
    void loaded();

private:
    ApiClient& m_api;
    QList<Country> m_countries;
    QHash<QString, int> m_byCode;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace ey::desk::curation

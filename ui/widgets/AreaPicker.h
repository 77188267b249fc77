// Four cascading choosers for an Indonesian address area: province, regency/city, district,
// village (kelurahan/desa), over the server's public regions API.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;

namespace ey::desk {

class ApiClient;

/// UI thread. Each list is fetched when its parent is chosen (and kept for the picker's life), so
/// a form opens without loading 83,000 villages. Every combo is editable: typing filters the list
/// (any part of the name, any case), Enter or Tab takes the one match. setCode() loads and
/// selects a whole chain; areaChanged() fires once the chosen area settles, never for the steps
/// in between.
class AreaPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AreaPicker(ApiClient& api, QWidget* parent = nullptr);

    /// The deepest chosen area's code ("32.73.01.1001"), or empty when nothing is chosen.
    QString code() const;
    /// Selects the area with this code and everything above it, loading what is missing; an empty
    /// code clears the choice. A malformed code shows a message and changes nothing; an unknown
    /// one shows a message and keeps the levels above it that exist.
    void setCode(const QString& code);
    /// True while a list is being fetched or setCode() is still walking down the chain.
    bool isLoading() const;
    /// True when a village is chosen (a full address area).
    bool isComplete() const;

signals:
    /// The chosen area changed (by the person or by setCode); empty when nothing is chosen.
    void areaChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Level
    {
        Province,
        Regency,
        District,
        Village,
        LevelCount
    };
    struct Column
    {
        QLabel* label = nullptr;
        QComboBox* combo = nullptr;
        QString parentCode; ///< whose children the combo holds (empty for provinces)
        int generation =
            0; ///< bumps on every reload, so a late answer for an old parent is dropped
        bool loading = false;
        bool commitWhenLoaded = false; ///< Enter/Tab came while loading: take the typed text then
    };

    void retranslate();
    void updatePlaceholder(int level);
    void ensureProvinces();
    void load(int level, const QString& parentCode);
    void fill(int level, const QJsonArray& items);
    void applyPending(int level);
    void chosen(int level, int row);
    void commitTyped(int level);
    void clearBelow(int level);
    void showError(const QString& message, int retryLevel);
    void hideError();
    void notifyIfChanged();

    ApiClient& m_api;
    std::array<Column, LevelCount> m_columns;
    QLabel* m_error = nullptr;
    QPushButton* m_retry = nullptr;
    int m_retryLevel = -1;
    QStringList m_pending;      ///< codes setCode() still has to select, from the province down
    QStringList m_retryPending; ///< m_pending when a list failed to load, for "Coba lagi"
    QHash<QString, QJsonArray> m_lists; ///< answers by path; the data changes only with a release
    QString m_notified;
    bool m_filling = false;
};

} // namespace ey::desk

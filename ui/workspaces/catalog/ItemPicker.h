// Picks catalog items (plans or products) by title from a checkable, filterable list; gives ids.
#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::catalog {

/// UI thread. The whole list is fetched once (every page of the admin list) the first time ids
/// are set; ids set before it arrives, or no longer on the server, are kept and shown by id so a
/// save never drops them silently.
class ItemPicker : public QWidget
{
    Q_OBJECT

public:
    /// `path`: an admin list route; `labelField`: the JSON field shown ("title", "code").
    ItemPicker(ApiClient& api, QString path, QString labelField, QWidget* parent = nullptr);

    void setIds(const QStringList& ids);
    /// Fetches the list again (an item was added, renamed or deleted in another tab).
    void reload();
    QStringList ids() const;
    /// An item that may not be picked (a bundle cannot contain itself).
    void setExcludedId(const QString& id);
    void setReadOnly(bool readOnly);
    bool isLoaded() const { return m_loaded; }
    QListWidget* list() const { return m_list; }
    void retranslate();

signals:
    void edited();
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(const QString& cursor);
    void rebuild();
    void applyFilter();

    ApiClient& m_api;
    QString m_path;
    QString m_labelField;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QList<QPair<QString, QString>> m_items; ///< (id, label) in server order
    QStringList m_checked;
    QString m_excluded;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_building = false;
};

} // namespace ey::desk::catalog

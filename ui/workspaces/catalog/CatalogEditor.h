// The editor pane shared by plans, products and coupons: form pages, Save/Discard, dirty marker,
// field errors from the server, delete with an inline confirmation, read-only mode.
#pragma once

#include "ApiError.h"
#include "RowListEditor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace ey::desk {
class ApiClient;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::catalog {

/// UI thread. A subclass builds its form in the constructor with addPage()/addRow()/watch() and
/// implements fill() (JSON → widgets) and collect() (widgets → the JSON the server takes). The
/// server has the final word: a refused save keeps what the user typed and shows each field's
/// message next to that field.
class CatalogEditor : public QWidget
{
    Q_OBJECT

public:
    CatalogEditor(ApiClient& api, QString collectionPath, bool canManage,
                  QWidget* parent = nullptr);

    /// An empty form for a new item (Ctrl+N).
    void startNew();
    /// Shows an item as the server sent it (a list row or a fresh GET).
    void showItem(const QJsonObject& item);
    /// Shows a list row at once, then the item as GET answers it (the full record).
    void load(const QJsonObject& listItem);
    /// Back to "nothing selected".
    void clear();
    void save();
    void discard();
    /// Shows the inline question naming the item; confirmDelete() answers it.
    void askDelete();
    void confirmDelete();

    /// Puts the keyboard focus on the first field of the form (Enter in the list, Ctrl+N).
    void focusForm();
    bool isDirty() const { return m_dirty; }
    bool isEditing() const;
    bool canManage() const { return m_canManage; }
    QString currentId() const { return m_item.value(QStringLiteral("id")).toString(); }
    QJsonObject currentItem() const { return m_item; }
    /// The message shown next to `field` ("" when none).
    QString fieldError(const QString& field) const;
    QString problemText() const;
    QAction* saveAction() const { return m_saveAction; }

signals:
    void saved(const QJsonObject& item);
    void deleted(const QString& id);
    void dirtyChanged(bool dirty);
    void saveFailed(const ey::desk::ApiError& error);

protected:
    bool event(QEvent* event) override;

    /// Fills the widgets from `item` (an empty object for a new item).
    virtual void fill(const QJsonObject& item) = 0;
    /// The request body built from the widgets.
    virtual QJsonObject collect() const = 0;
    /// "paket", "produk", "kupon": used in "Hapus paket “…”?".
    virtual QString kindName() const = 0;
    virtual QString itemName(const QJsonObject& item) const = 0;
    virtual QString newTitle() const = 0;
    /// Status text and colour for the header badge.
    virtual QPair<QString, QColor> statusOf(const QJsonObject& item) const = 0;
    /// The field a 409 (slug or code taken) belongs to.
    virtual QString conflictField() const = 0;
    /// After the read-only state changed, for widgets watch() does not know.
    virtual void applyReadOnly(bool readOnly) { Q_UNUSED(readOnly) }

    /// A scrollable form page in the editor's tabs; `title` is asked again on language change.
    QFormLayout* addPage(std::function<QString()> title);
    /// A labelled row with an error label under the widget; `field` is the JSON field.
    void addRow(QFormLayout* form, std::function<QString()> label, QWidget* widget,
                const QString& field = {});
    /// Marks the form dirty when the widget changes and makes it read-only with the form.
    void watch(QWidget* widget);
    /// Runs `apply` now and after every language switch.
    void translate(std::function<void()> apply);
    void markDirty();
    ApiClient& api() { return m_api; }
    /// Fills a combo with (wire value, label) items, keeping the selection and emitting nothing.
    static void fillCombo(QComboBox* combo, const QStringList& values,
                          QString (*label)(const QString&));
    static void selectData(QComboBox* combo, const QString& value);
    /// The WhatsApp follow-up columns (delay in days, message) plans and products share.
    static QList<RowListEditor::Column> followupColumns();
    QString collectionPath() const { return m_collectionPath; }
    bool isFilling() const { return m_filling; }

private:
    void setDirty(bool dirty);
    void updateHeader();
    void clearErrors();
    void showErrors(const ApiError& error);
    void setProblem(const QString& text);
    QLabel* errorLabelFor(const QString& field) const;
    void retranslate();

    ApiClient& m_api;
    QString m_collectionPath;
    bool m_canManage = false;
    QJsonObject m_item;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_saving = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    StatusBadge* m_badge = nullptr;
    QLabel* m_dirtyMarker = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QFrame* m_confirm = nullptr;
    QLabel* m_confirmText = nullptr;
    QPushButton* m_confirmYes = nullptr;
    QPushButton* m_confirmNo = nullptr;
    QTabWidget* m_pages = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_delete = nullptr;
    QAction* m_saveAction = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, int> m_pageOfField;
    QList<QWidget*> m_inputs;
    QList<std::function<QString()>> m_pageTitles;
    QList<std::function<void()>> m_translations;
};

} // namespace ey::desk::catalog

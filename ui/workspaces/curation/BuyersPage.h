// The "Buyer" tab: filter bar, the server-paged buyer table, and the edit form beside it.
#pragma once

#include "Workspace.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ey::desk {
class FileDownload;
class PagedTableModel;
} // namespace ey::desk

namespace ey::desk::curation {

class BuyerEditor;
class BuyerFilterBar;
class BuyerImportWizard;
class CountryCatalog;

/// UI thread. A PagedTableModel over GET /api/v1/admin/buyers; Enter (or a double click) opens the
/// buyer in the side pane; "buyer.updated" events reload the table (coalesced) keeping the
/// selection.
class BuyersPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Company,
        Country,
        Products,
        Terms,
        Verified,
        Rating,
        Views,
        Likes,
        Reports,
        DateAdded,
        ColumnCount
    };

    BuyersPage(const WorkspaceContext& context, CountryCatalog& countries,
               QWidget* parent = nullptr);
    ~BuyersPage() override;

    PagedTableModel* model() const { return m_model; }
    BuyerFilterBar* filterBar() const { return m_filters; }
    BuyerEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    FileDownload* exporter() const { return m_exporter; }
    BuyerImportWizard* importWizard() const;

    void reload();
    void focusSearch();
    void openBuyer(const QString& id);
    void newBuyer();
    /// A live "buyer.updated" event.
    void buyerChanged(const QString& id, const QString& action);
    /// Ctrl+E: asks where to save (CSV or XLSX by the chosen name), then exportTo().
    void exportFile();
    /// Streams the export of the current filter to `filePath`; the format follows its suffix.
    void exportTo(const QString& filePath);
    /// Opens the import wizard (one at a time).
    BuyerImportWizard* startImport();
    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);

signals:
    void buyersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void retranslateUi();
    void onPageLoaded();
    void openRow(const QModelIndex& index);
    void revealEditor();
    void updateCount();

    WorkspaceContext m_context;
    CountryCatalog& m_countries;
    BuyerFilterBar* m_filters = nullptr;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    BuyerEditor* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    FileDownload* m_exporter = nullptr;
    QPointer<BuyerImportWizard> m_wizard;
    QTimer m_liveReload;
    QString m_selectedId; ///< kept across reloads
};

} // namespace ey::desk::curation

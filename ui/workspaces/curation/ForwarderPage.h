// The "Forwarder" tab: the forwarder table with its filters, the form and rates beside it, and
// the "Bandingkan rute" view.
#pragma once

#include "Workspace.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::curation {

class ForwarderComparePanel;
class ForwarderEditor;
class ForwarderRatesPanel;

/// UI thread. A PagedTableModel over GET /api/v1/forwarders (search, service, origin port);
/// Enter or a double click opens the forwarder in the side pane (form above, rates below).
/// Needs forwarders.browse; forwarders.manage makes the form and the rates editable.
class ForwarderPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Company,
        Services,
        Ports,
        Destinations,
        Contact,
        Rating,
        Verified,
        Rates,
        ColumnCount
    };

    ForwarderPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~ForwarderPage() override;

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ForwarderEditor* editor() const { return m_editor; }
    ForwarderRatesPanel* rates() const { return m_rates; }
    ForwarderComparePanel* comparison() const { return m_compare; }
    QTabWidget* views() const { return m_views; }
    QLineEdit* search() const { return m_search; }
    QComboBox* serviceFilter() const { return m_service; }
    QLineEdit* portFilter() const { return m_port; }

    void reload();
    void focusSearch();
    void newForwarder();
    void openForwarder(const QString& id);
    /// Switches to "Bandingkan rute".
    void showComparison();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void openRow(const QModelIndex& index);
    void revealSide();
    void onPageLoaded();
    void updateCount();

    WorkspaceContext m_context;
    const bool m_canManage;
    QTabWidget* m_views = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_service = nullptr;
    QLineEdit* m_port = nullptr;
    QPushButton* m_new = nullptr;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_side = nullptr;
    ForwarderEditor* m_editor = nullptr;
    ForwarderRatesPanel* m_rates = nullptr;
    ForwarderComparePanel* m_compare = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_typingDelay;
    QString m_selectedId;
    bool m_routesLoaded = false;
};

} // namespace ey::desk::curation

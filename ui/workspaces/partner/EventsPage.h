// The "Acara" page: the partner's events, server-paged and filtered, beside the event editor.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::partner {

class EventEditor;
class PartnerTableModel;

/// UI thread. Admins (canChoosePartner) pick the partner they act for; partner users always see
/// their own. Selecting a row (or Enter) opens it in the editor; a save reloads the table.
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    EventsPage(ApiClient& api, bool canChoosePartner, QWidget* parent = nullptr);

    void reload();
    void focusSearch();
    void newEvent();

    PartnerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EventEditor* editor() const { return m_editor; }
    QLineEdit* search() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* partnerChooser() const { return m_partner; }

private:
    void applyFilter();
    void loadPartners();

    ApiClient& m_api;
    bool m_choosePartner = false;
    PartnerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    EventEditor* m_editor = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_partner = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace ey::desk::partner

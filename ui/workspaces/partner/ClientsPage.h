// The "Klien" page: the partner's clients (server-paged, by event and status) and their reports.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::partner {

class PartnerTableModel;

/// UI thread. "Unduh laporan" saves the selected client's PDF where the person chooses; the first
/// download is charged by the server (quota or credit), so the table reloads afterwards to show
/// the client as complete.
class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(ApiClient& api, QWidget* parent = nullptr);

    /// Admins: the partner whose clients are shown (sent as partner_id).
    void setPartnerId(const QString& partnerId);
    void reload();
    void focusSearch();
    /// Fetches the report of the client in `row` and writes it to `path`.
    void download(int row, const QString& path);

    PartnerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* eventFilter() const { return m_event; }
    QComboBox* statusFilter() const { return m_status; }
    QPushButton* downloadButton() const { return m_download; }
    QLabel* message() const { return m_message; }

signals:
    void downloaded(const QString& path);

private:
    void applyFilter();
    void loadEvents();
    void downloadSelected();

    ApiClient& m_api;
    QString m_partnerId;
    PartnerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_download = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace ey::desk::partner

// The "Laporan buyer" tab: members' reports of wrong buyer data, resolved or dismissed with a note.
#pragma once

#include "Workspace.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ey::desk {
class PagedTableModel;
class StatusBadge;
}

namespace ey::desk::curation {

/// UI thread. A PagedTableModel over GET /api/v1/admin/buyer-reports?status=; the selected report
/// shows beside the table with the note field and the two decisions.
class BuyerReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BuyerReportsPage(ApiClient& api, QWidget* parent = nullptr);

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* noteField() const { return m_note; }
    QLabel* message() const { return m_message; }
    void reload();
    /// POST .../resolve with status "resolved" or "dismissed" and the note.
    void resolveSelected(const QString& status);
    void select(int row);

signals:
    void openBuyerRequested(const QString& buyerId);
    void reportResolved(const QJsonObject& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showReport(const QJsonObject& report);
    void retranslateUi();

    ApiClient& m_api;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_title = nullptr;
    StatusBadge* m_badge = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_openBuyer = nullptr;
    QLabel* m_message = nullptr;
    QJsonObject m_report;
};

} // namespace ey::desk::curation

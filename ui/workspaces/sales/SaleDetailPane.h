// The pane beside the sales table: one sale's buyer, affiliate, items, status history with the
// raw gateway payloads, follow-up log and ledger postings.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace ey::desk {
class ApiClient;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::sales {

/// UI thread. show(invoice) fetches GET /api/v1/admin/sales/{invoice}; a later call or refresh()
/// replaces what is shown, keeping the tab the user is on.
class SaleDetailPane : public QWidget
{
    Q_OBJECT

public:
    SaleDetailPane(ApiClient& api, bool canResend, QWidget* parent = nullptr);

    void showSale(const QString& invoice);
    void refresh();
    void clear();
    QString invoice() const { return m_invoice; }
    const QJsonObject& sale() const { return m_sale; }
    bool isLoading() const { return m_loading; }

signals:
    void resendRequested(const QString& invoice);
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslateUi();
    void showPayload();

    ApiClient& m_api;
    bool m_canResend;
    QString m_invoice;
    QJsonObject m_sale;
    bool m_loading = false;
    int m_generation = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    StatusBadge* m_badge = nullptr;
    QLabel* m_subtitle = nullptr;
    QPushButton* m_resend = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_summary = nullptr;
    QTreeWidget* m_history = nullptr;
    QPlainTextEdit* m_payload = nullptr;
    QTreeWidget* m_followups = nullptr;
    QTreeWidget* m_ledger = nullptr;
};

} // namespace ey::desk::sales

// "Laporan Pendapatan": revenue per day/week/month/year from the ledger, as a stacked bar chart
// of where the money went and a table with totals; CSV export.
#pragma once

#include "Workspace.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ey::desk::finance {

/// UI thread. The server cuts the periods (Asia/Jakarta); this page only draws what it gets.
class RevenuePage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Period,
        Gross,
        Affiliate,
        Company,
        Founder,
        Cofounder,
        Mentor,
        Gateway,
        Refunds,
        Net,
        ColumnCount
    };

    explicit RevenuePage(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// "day", "week", "month" or "year".
    QString bucket() const;
    void setBucket(const QString& bucket);
    void load();
    bool isLoading() const { return m_loading; }
    /// The last report as the server sent it.
    QJsonObject report() const { return m_report; }
    QTableWidget* table() const { return m_table; }
    QChartView* chart() const { return m_chart; }
    void exportTo(const QString& filePath);
    void exportCsv();

signals:
    void loaded();
    void exportFinished(const QString& filePath);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void show(const QJsonObject& report);
    void drawChart();
    QString periodLabel(const QJsonObject& line) const;

    WorkspaceContext m_context;
    QComboBox* m_bucket = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QChartView* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
    QJsonObject m_report;
    QTimer m_reloadDelay;
    bool m_useRange = false; ///< false: let the server pick the range that suits the period
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace ey::desk::finance

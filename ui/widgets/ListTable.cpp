// Record-list table settings shared by the workspaces.
#include "ListTable.h"

#include "PagedTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QItemSelectionModel>
#include <QSignalBlocker>
#include <QTableView>

namespace ey::desk {

void setUpRecordList(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
}

bool reselectRecord(QTableView* table, const PagedTableModel& model, const QString& id, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.item(row).value(QStringLiteral("id")).toString() == id) {
            const QSignalBlocker block(table->selectionModel());
            table->selectionModel()->setCurrentIndex(
                model.index(row, column),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void showListCount(const PagedTableModel& model, QLabel* message, QLabel* count,
                   const QString& empty, const QString& countText)
{
    const int rows = model.rowCount();
    if (model.isLoading() && rows == 0) {
        count->setText(QCoreApplication::translate("ey::desk::ListTable", "Memuat\u2026"));
        return;
    }
    // Grey (or nothing) is the list's own note; anything else is a problem the reader must see.
    const bool quiet = message->text().isEmpty() ||
                       message->styleSheet().contains(QStringLiteral("#6B7280"));
    if (rows == 0 && quiet)
        message->setText(empty);
    else if (rows > 0 && quiet)
        message->clear();
    count->setText(countText);
}

} // namespace ey::desk

// Record-list table settings shared by the workspaces.
#include "ListTable.h"

#include "PagedTableModel.h"

#include <QHeaderView>
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

} // namespace ey::desk

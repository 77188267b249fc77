// Record-list table settings shared by the workspaces.
#include "ListTable.h"

#include <QHeaderView>
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

} // namespace ey::desk

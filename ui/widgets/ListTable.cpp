// Record-list table settings shared by the workspaces.
#include "ListTable.h"

#include "PagedTableModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QItemSelectionModel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

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

ListFooter addListFooter(QVBoxLayout* layout, QWidget* parent, const QString& name)
{
    // showListCount() tells the list's own grey note from a red problem by this colour.
    const QString grey = QStringLiteral("color: #6B7280;");
    ListFooter footer;
    footer.message = new QLabel(parent);
    footer.message->setObjectName(name + QStringLiteral("Message"));
    footer.message->setWordWrap(true);
    footer.message->setStyleSheet(grey);
    footer.count = new QLabel(parent);
    footer.count->setObjectName(name + QStringLiteral("Count"));
    footer.count->setStyleSheet(grey);
    auto* row = new QHBoxLayout;
    row->addWidget(footer.message, 1);
    row->addWidget(footer.count);
    layout->addLayout(row);
    return footer;
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

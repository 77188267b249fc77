// The one look and feel of the desk's record lists (sales, withdrawals, wallets, payments, ...).
#pragma once

class QLabel;
class QString;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace ey::desk {

class PagedTableModel;

/// Whole-row single selection, read-only cells, striped rows without grid or wrapping, no row
/// numbers, and Tab leaving the table (keyboard users move with the arrows and open with Enter).
/// Row height and columns stay the caller's.
void setUpRecordList(QTableView* table);

/// After a page (re)loads, marks the row whose record has `id` as current again, without
/// emitting selection signals (the detail pane already shows it). False when it is not loaded.
bool reselectRecord(QTableView* table, const PagedTableModel& model, const QString& id,
                    int column = 0);

/// The line under a record list: a grey note on the left (nothing matched, a failed load) and the
/// count on the right, named "<name>Message" and "<name>Count".
struct ListFooter
{
    QLabel* message = nullptr;
    QLabel* count = nullptr;
};
ListFooter addListFooter(QVBoxLayout* layout, QWidget* parent, const QString& name);

/// The footer of a record list after a (re)load: "Memuat…" in `count` while the first page is on
/// its way; otherwise `countText` there, and in `message` the `empty` text when nothing matched or
/// nothing when rows came back. A message in red (a failed load or action) stays until the page
/// clears it.
void showListCount(const PagedTableModel& model, QLabel* message, QLabel* count,
                   const QString& empty, const QString& countText);

} // namespace ey::desk

// The one look and feel of the desk's record lists (sales, withdrawals, wallets, payments, ...).
#pragma once

class QString;
class QTableView;

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

} // namespace ey::desk

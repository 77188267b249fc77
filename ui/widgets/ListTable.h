// The one look and feel of the desk's record lists (sales, withdrawals, wallets, payments, ...).
#pragma once

class QTableView;

namespace ey::desk {

/// Whole-row single selection, read-only cells, striped rows without grid or wrapping, no row
/// numbers, and Tab leaving the table (keyboard users move with the arrows and open with Enter).
/// Row height and columns stay the caller's.
void setUpRecordList(QTableView* table);

} // namespace ey::desk

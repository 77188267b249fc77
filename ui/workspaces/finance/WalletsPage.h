// "Dompet": every ledger account with balance, held and available; the selected one's entries
// with their running balance beside it.
#pragma once

#include "Workspace.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::finance {

class SplitterRatio;

/// UI thread. Both tables are server-paged; the entries model is made anew per wallet because
/// its path names the wallet.
class WalletsPage : public QWidget
{
    Q_OBJECT

public:
    enum WalletColumn
    {
        Owner,
        Kind,
        Balance,
        Held,
        Available,
        WalletColumnCount
    };
    enum EntryColumn
    {
        EntryTime,
        EntryKind,
        Reference,
        Memo,
        Amount,
        BalanceAfter,
        EntryColumnCount
    };

    explicit WalletsPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    PagedTableModel* wallets() const { return m_wallets; }
    /// Null until a wallet is selected.
    PagedTableModel* entries() const { return m_entries; }
    QString selectedWalletId() const { return m_walletId; }

    void reload();
    void focusSearch();
    /// Selects the wallet and shows its entries (also what Enter on a row does).
    void openWallet(int row);
    /// Exports the selected wallet's entries, or the wallet list when none is selected.
    void exportTo(const QString& filePath);
    /// Asks where to save, then exportTo() (Ctrl+E).
    void exportCsv();
    /// A posting touched this wallet: refresh it if it is on screen (burst-coalesced).
    void walletChanged(const QString& walletId);

    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);

signals:
    void exportFinished(const QString& filePath);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHeader();

    WorkspaceContext m_context;
    QLineEdit* m_search = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    SplitterRatio* m_ratio = nullptr;
    QTableView* m_walletTable = nullptr;
    QTableView* m_entryTable = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_placeholder = nullptr;
    PagedTableModel* m_wallets = nullptr;
    PagedTableModel* m_entries = nullptr;
    QString m_walletId;
    QTimer m_searchDelay;
    QTimer m_liveReload;
};

} // namespace ey::desk::finance

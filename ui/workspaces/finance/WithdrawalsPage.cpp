// WithdrawalsPage: queue, filter, detail pane and the approve / reject / paid actions.
#include "WithdrawalsPage.h"

#include "CsvDownload.h"
#include "FinanceLabels.h"
#include "MoneyDelegate.h"
#include "SplitterRatio.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "RecordDetailPane.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ey::desk::finance {

namespace {

QString owner(const QJsonObject& item, const char* key)
{
    return item.value(QStringLiteral("owner")).toObject().value(QLatin1String(key)).toString();
}

QString bank(const QJsonObject& item, const char* key)
{
    return item.value(QStringLiteral("bank_account"))
        .toObject()
        .value(QLatin1String(key))
        .toString();
}

qint64 amountOf(const QJsonObject& item, const char* field)
{
    return item.value(QLatin1String(field)).toInteger();
}

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("requested_at"), [] { return WithdrawalsPage::tr("Diajukan"); },
         [](const QJsonObject& item) {
             return FinanceLabels::date(item.value(QStringLiteral("requested_at")).toString());
         }},
        {QStringLiteral("owner"), [] { return WithdrawalsPage::tr("Pemilik"); },
         [](const QJsonObject& item) { return owner(item, "full_name"); }},
        {QStringLiteral("wallet_role"), [] { return WithdrawalsPage::tr("Peran"); },
         [](const QJsonObject& item) {
             return FinanceLabels::role(item.value(QStringLiteral("wallet_role")).toString());
         }},
        {QStringLiteral("bank_account"), [] { return WithdrawalsPage::tr("Rekening"); },
         [](const QJsonObject& item) {
             return bank(item, "bank") + QLatin1Char(' ') + bank(item, "account_number");
         }},
        {QStringLiteral("amount"), [] { return WithdrawalsPage::tr("Jumlah"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "amount")); }},
        {QStringLiteral("fee"), [] { return WithdrawalsPage::tr("Biaya"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "fee")); }},
        {QStringLiteral("payout"), [] { return WithdrawalsPage::tr("Dikirim"); },
         [](const QJsonObject& item) { return FinanceLabels::money(amountOf(item, "payout")); }},
        {QStringLiteral("status"), [] { return WithdrawalsPage::tr("Status"); },
         [](const QJsonObject& item) {
             return FinanceLabels::withdrawalStatus(
                 item.value(QStringLiteral("status")).toString());
         }},
    };
}

/// The status column in its colour, so a queue of "Diajukan" stands out from the paid ones.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString status = index.data(PagedTableModel::ItemRole)
                                   .toJsonObject()
                                   .value(QStringLiteral("status"))
                                   .toString();
        option->palette.setColor(QPalette::Text,
                                 FinanceLabels::withdrawalStatusColor(status).darker(115));
        option->font.setBold(true);
    }
};

} // namespace

WithdrawalsPage::WithdrawalsPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_canManage(context.session.hasPermission(QStringLiteral("finance.manage")))
{
    setObjectName(QStringLiteral("withdrawalsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("withdrawalStatusFilter"));
    m_status->addItem(QString(), QString());
    for (const QString& status : FinanceLabels::withdrawalStatuses())
        m_status->addItem(QString(), status);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("withdrawalExport"));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("withdrawalSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/finance/withdrawals"),
                                  columns(), this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("withdrawalTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    auto* money = new MoneyDelegate(m_table);
    for (int column : {Amount, Fee, Payout})
        m_table->setItemDelegateForColumn(column, money);
    m_table->setItemDelegateForColumn(Status, new StatusDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Stretch);
    const int widths[ColumnCount] = {100, 160, 85, 150, 105, 75, 105, 85};
    for (int column = 0; column < ColumnCount; ++column)
        if (column != Owner)
            m_table->setColumnWidth(column, widths[column]);

    // The detail pane.
    m_pane = new RecordDetailPane(QStringLiteral("withdrawal"), 11, m_splitter);
    auto* detail = m_pane->body();
    auto* proofStatusRow = new QHBoxLayout;
    m_proofStatus = new QLabel(m_pane->detail());
    m_proofStatus->setObjectName(QStringLiteral("withdrawalProofStatus"));
    m_viewProof = new QPushButton(m_pane->detail());
    m_viewProof->setObjectName(QStringLiteral("viewProofButton"));
    connect(m_viewProof, &QPushButton::clicked, this, &WithdrawalsPage::viewProof);
    proofStatusRow->addWidget(m_proofStatus, 1);
    proofStatusRow->addWidget(m_viewProof);
    detail->addLayout(proofStatusRow);
    m_error = new QLabel(m_pane->detail());
    m_error->setObjectName(QStringLiteral("withdrawalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #991B1B;"));
    m_error->setVisible(false);
    detail->addWidget(m_error);

    m_approveBox = new QWidget(m_pane->detail());
    auto* approveLayout = new QHBoxLayout(m_approveBox);
    approveLayout->setContentsMargins(0, 8, 0, 0);
    m_approve = new QPushButton(m_approveBox);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setStyleSheet(QStringLiteral(
        "QPushButton { background: #16A34A; color: white; padding: 5px 14px; border-radius: 4px; }"
        "QPushButton:disabled { background: #9CA3AF; }"));
    approveLayout->addWidget(m_approve);
    approveLayout->addStretch(1);
    detail->addWidget(m_approveBox);

    m_rejectBox = new QWidget(m_pane->detail());
    auto* rejectLayout = new QVBoxLayout(m_rejectBox);
    rejectLayout->setContentsMargins(0, 8, 0, 0);
    m_rejectTitle = new QLabel(m_rejectBox);
    m_reason = new QLineEdit(m_rejectBox);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setMaxLength(500);
    m_reject = new QPushButton(m_rejectBox);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto* rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_reason, 1);
    rejectRow->addWidget(m_reject);
    rejectLayout->addWidget(m_rejectTitle);
    rejectLayout->addLayout(rejectRow);
    detail->addWidget(m_rejectBox);

    m_payBox = new QWidget(m_pane->detail());
    auto* payLayout = new QVBoxLayout(m_payBox);
    payLayout->setContentsMargins(0, 8, 0, 0);
    m_payTitle = new QLabel(m_payBox);
    m_reference = new QLineEdit(m_payBox);
    m_reference->setObjectName(QStringLiteral("paidReference"));
    m_reference->setMaxLength(200);
    m_proofPick = new QPushButton(m_payBox);
    m_proofPick->setObjectName(QStringLiteral("paidProofPick"));
    m_proofFile = new QLabel(m_payBox);
    m_proofFile->setObjectName(QStringLiteral("paidProofFile"));
    m_proofFile->setStyleSheet(QStringLiteral("color:#6B7280"));
    m_pay = new QPushButton(m_payBox);
    m_pay->setObjectName(QStringLiteral("paidButton"));
    auto* proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proofPick);
    proofRow->addWidget(m_proofFile, 1);
    auto* payRow = new QHBoxLayout;
    payRow->addWidget(m_reference, 1);
    payRow->addWidget(m_pay);
    payLayout->addWidget(m_payTitle);
    payLayout->addLayout(proofRow);
    payLayout->addLayout(payRow);
    connect(m_proofPick, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Pilih bukti transfer"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Foto atau PDF (*.jpg *.jpeg *.png *.pdf)"));
        if (!file.isEmpty())
            setProofFile(file);
    });
    detail->addWidget(m_payBox);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_ratio = new SplitterRatio(m_splitter, 0.6);

    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(250);
    connect(&m_liveReload, &QTimer::timeout, this, &WithdrawalsPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        QUrlQuery query;
        if (!statusFilter().isEmpty())
            query.addQueryItem(QStringLiteral("status"), statusFilter());
        m_model->setFilter(query);
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { open(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    open(current.row());
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        m_count->setText(tr("%n permintaan", nullptr, m_model->rowCount()) +
                         (m_model->hasMore() ? QStringLiteral("+") : QString()));
        // After a reload, the request that was open stays selected.
        const QString wanted =
            m_selectId.isEmpty() ? m_current.value(QStringLiteral("id")).toString() : m_selectId;
        for (int row = 0; row < m_model->rowCount() && !wanted.isEmpty(); ++row) {
            if (m_model->item(row).value(QStringLiteral("id")).toString() == wanted) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->setCurrentIndex(m_model->index(row, 0));
                showDetail(m_model->item(row));
                break;
            }
        }
        m_selectId.clear();
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const ApiError& error) { m_count->setText(error.detail); });
    connect(m_approve, &QPushButton::clicked, this, &WithdrawalsPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &WithdrawalsPage::reject);
    connect(m_reason, &QLineEdit::returnPressed, this, &WithdrawalsPage::reject);
    connect(m_pay, &QPushButton::clicked, this, &WithdrawalsPage::markPaid);
    connect(m_export, &QPushButton::clicked, this, &WithdrawalsPage::exportCsv);

    retranslateUi();
    // The work waiting for finance comes first.
    setStatusFilter(QStringLiteral("requested"));
}

void WithdrawalsPage::retranslateUi()
{
    m_status->setItemText(0, tr("Semua status"));
    const QStringList statuses = FinanceLabels::withdrawalStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i + 1, FinanceLabels::withdrawalStatus(statuses[i]));
    m_export->setText(tr("Ekspor CSV"));
    m_export->setToolTip(tr("Simpan antrean dengan filter ini sebagai CSV (Ctrl+E)"));
    m_pane->placeholder()->setText(tr("Pilih permintaan penarikan untuk melihat rinciannya."));
    const QStringList labels = {tr("Peran dompet"), tr("Bank"),    tr("No. rekening"),
                                tr("Atas nama"),    tr("NPWP"),    tr("Jumlah"),
                                tr("Biaya"),        tr("Dikirim"), tr("Diajukan"),
                                tr("Diputuskan"),   tr("Catatan")};
    m_pane->setFieldLabels(labels);
    m_approve->setText(tr("&Setujui"));
    m_rejectTitle->setText(tr("Tolak dengan alasan (dana yang ditahan dilepas kembali):"));
    m_reason->setPlaceholderText(tr("Alasan penolakan, terlihat oleh pemilik dompet"));
    m_reject->setText(tr("&Tolak"));
    m_payTitle->setText(tr("Sudah ditransfer? Lampirkan bukti dari bank:"));
    m_reference->setPlaceholderText(tr("No. referensi transfer (opsional)"));
    m_proofPick->setText(tr("Pilih &bukti…"));
    m_viewProof->setText(tr("&Lihat bukti transfer"));
    if (m_proofPath.isEmpty())
        m_proofFile->setText(tr("Belum ada file (foto JPG/PNG atau PDF, maks. 5 MB)"));
    m_pay->setText(tr("Tandai &Dibayar"));
    m_model->retranslate();
    if (!m_current.isEmpty())
        showDetail(m_current);
}

void WithdrawalsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WithdrawalsPage::setStatusFilter(const QString& status)
{
    const int index = m_status->findData(status);
    if (index >= 0 && index != m_status->currentIndex())
        m_status->setCurrentIndex(index);
    else if (index >= 0 && m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->reload();
}

QString WithdrawalsPage::statusFilter() const
{
    return m_status->currentData().toString();
}

void WithdrawalsPage::reload()
{
    m_model->reload();
}

void WithdrawalsPage::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_table->currentIndex().row() != row) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    m_error->setVisible(false);
    clearInputs();
    showDetail(m_model->item(row));
}

void WithdrawalsPage::showDetail(const QJsonObject& w)
{
    m_current = w;
    m_pane->showRecord(true);
    const QString status = w.value(QStringLiteral("status")).toString();
    m_pane->title()->setText(
        QStringLiteral("<b style='font-size:14pt'>%1</b><br><span style='color:#6B7280'>%2</span>")
            .arg(owner(w, "full_name").toHtmlEscaped(), owner(w, "email").toHtmlEscaped()));
    m_pane->badge()->setStatus(FinanceLabels::withdrawalStatus(status),
                       FinanceLabels::withdrawalStatusColor(status));
    const auto dash = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("\u2014") : text;
    };
    QString note = w.value(QStringLiteral("reason")).toString();
    if (note.isEmpty())
        note = w.value(QStringLiteral("proof_note")).toString();
    const QString decided = !w.value(QStringLiteral("paid_at")).toString().isEmpty()
                                ? w.value(QStringLiteral("paid_at")).toString()
                                : w.value(QStringLiteral("decided_at")).toString();
    const QStringList values = {
        FinanceLabels::role(w.value(QStringLiteral("wallet_role")).toString()),
        bank(w, "bank"),
        bank(w, "account_number"),
        bank(w, "holder"),
        dash(bank(w, "npwp")),
        FinanceLabels::money(amountOf(w, "amount")),
        FinanceLabels::money(amountOf(w, "fee")),
        FinanceLabels::money(amountOf(w, "payout")),
        FinanceLabels::dateTime(w.value(QStringLiteral("requested_at")).toString()),
        decided.isEmpty() ? QStringLiteral("\u2014") : FinanceLabels::dateTime(decided),
        dash(note),
    };
    m_pane->setFieldValues(values);
    m_approveBox->setVisible(m_canManage && status == QStringLiteral("requested"));
    m_rejectBox->setVisible(m_canManage && (status == QStringLiteral("requested") ||
                                            status == QStringLiteral("approved")));
    m_payBox->setVisible(m_canManage && status == QStringLiteral("approved"));
    const QString proofAt = w.value(QStringLiteral("proof_uploaded_at")).toString();
    m_proofStatus->setVisible(!proofAt.isEmpty());
    m_viewProof->setVisible(!proofAt.isEmpty());
    if (!proofAt.isEmpty())
        m_proofStatus->setText(
            tr("Bukti transfer diunggah %1").arg(FinanceLabels::dateTime(proofAt)));
}

void WithdrawalsPage::clearInputs()
{
    m_reason->clear();
    m_reference->clear();
    m_proofPath.clear();
    m_proofFile->setText(tr("Belum ada file (foto JPG/PNG atau PDF, maks. 5 MB)"));
}

void WithdrawalsPage::setProofFile(const QString& filePath)
{
    m_proofPath = filePath;
    const QFileInfo info(filePath);
    m_proofFile->setText(QStringLiteral("%1 (%2)").arg(
        info.fileName(), QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeSIFormat)));
}

void WithdrawalsPage::viewProof()
{
    const QString id = m_current.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/finance/withdrawals/%1/proof").arg(id);
    request.timeoutMs = 60000;
    m_context.api.send(
        request, this,
        [this, id](const ApiResponse& response) {
            // The server only ever stores these three kinds, each known by its first bytes.
            const QString suffix = response.body.startsWith("%PDF")          ? QStringLiteral("pdf")
                                   : response.body.startsWith("\x89PNG")    ? QStringLiteral("png")
                                                                           : QStringLiteral("jpg");
            const QString path =
                QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                    .filePath(QStringLiteral("bukti-penarikan-%1.%2").arg(id.left(8), suffix));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size()) {
                m_error->setText(tr("Bukti transfer tidak bisa disimpan sementara di %1.").arg(path));
                m_error->setVisible(true);
                return;
            }
            file.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        },
        [this](const ApiError& error) {
            m_error->setText(error.detail);
            m_error->setVisible(true);
        });
}

void WithdrawalsPage::uploadProofThenPay(const QJsonObject& paidBody)
{
    const QString id = m_current.value(QStringLiteral("id")).toString();
    QFile file(m_proofPath);
    constexpr qint64 kMaxProofBytes = 5 * 1024 * 1024;
    if (file.size() > kMaxProofBytes || !file.open(QIODevice::ReadOnly)) {
        m_error->setText(file.size() > kMaxProofBytes
                             ? tr("File bukti lebih dari 5 MB; kecilkan foto atau pilih PDF lain.")
                             : tr("File bukti tidak bisa dibaca: %1").arg(file.errorString()));
        m_error->setVisible(true);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/finance/withdrawals/%1/proof").arg(id);
    request.rawBody = file.readAll();
    // The server judges the type by content; the header only has to be a plausible one.
    const QString suffix = QFileInfo(m_proofPath).suffix().toLower();
    request.rawContentType = suffix == QLatin1String("pdf")   ? QByteArrayLiteral("application/pdf")
                             : suffix == QLatin1String("png") ? QByteArrayLiteral("image/png")
                                                              : QByteArrayLiteral("image/jpeg");
    request.timeoutMs = 120000;
    setBusy(true);
    m_error->setVisible(false);
    m_context.api.send(
        request, this,
        [this, paidBody](const ApiResponse& response) {
            m_current = response.object();
            m_proofPath.clear();
            act(QStringLiteral("paid"), paidBody);
        },
        [this](const ApiError& error) {
            setBusy(false);
            m_error->setText(error.detail);
            m_error->setVisible(true);
        });
}

void WithdrawalsPage::setBusy(bool busy)
{
    for (QPushButton* button : {m_approve, m_reject, m_pay, m_proofPick})
        button->setEnabled(!busy);
}

void WithdrawalsPage::act(const QString& action, const QJsonObject& body)
{
    const QString id = m_current.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    setBusy(true);
    m_error->setVisible(false);
    m_context.api.post(
        QStringLiteral("/api/v1/finance/withdrawals/%1/%2").arg(id, action), body, this,
        [this](const ApiResponse& response) {
            setBusy(false);
            clearInputs();
            showDetail(response.object());
            emit withdrawalUpdated(response.object());
            m_selectId = response.object().value(QStringLiteral("id")).toString();
            m_liveReload.start();
        },
        [this](const ApiError& error) {
            setBusy(false);
            QString text = error.detail;
            for (const QString& message : error.fieldErrors)
                text += QLatin1Char(' ') + message;
            m_error->setText(text);
            m_error->setVisible(true);
            if (error.status == 409)
                m_liveReload.start(); // someone else acted first: show the truth
        });
}

void WithdrawalsPage::approve()
{
    act(QStringLiteral("approve"), {});
}

void WithdrawalsPage::reject()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Tulis alasan penolakan; pemilik dompet akan membacanya."));
        m_error->setVisible(true);
        m_reason->setFocus();
        return;
    }
    act(QStringLiteral("reject"), {{QStringLiteral("reason"), reason}});
}

void WithdrawalsPage::markPaid()
{
    const bool uploaded = !m_current.value(QStringLiteral("proof_uploaded_at")).toString().isEmpty();
    if (m_proofPath.isEmpty() && !uploaded) {
        m_error->setText(tr("Pilih file bukti transfer dari bank (foto JPG/PNG atau PDF) dulu; "
                            "pemilik dompet bisa melihatnya."));
        m_error->setVisible(true);
        m_proofPick->setFocus();
        return;
    }
    const QString reference = m_reference->text().trimmed();
    QJsonObject body;
    if (!reference.isEmpty())
        body.insert(QStringLiteral("proof_note"), tr("Ref. %1").arg(reference));
    if (m_proofPath.isEmpty())
        act(QStringLiteral("paid"), body);
    else
        uploadProofThenPay(body);
}

void WithdrawalsPage::exportTo(const QString& filePath)
{
    auto* download =
        CsvDownload::start(m_context.api, QStringLiteral("/api/v1/finance/withdrawals"),
                           m_model->filter(), filePath, this);
    connect(download, &CsvDownload::finished, this, &WithdrawalsPage::exportFinished);
    connect(download, &CsvDownload::failed, this, &WithdrawalsPage::exportFailed);
}

void WithdrawalsPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Simpan antrean penarikan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/penarikan.csv"),
        tr("Berkas CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

void WithdrawalsPage::withdrawalChanged(const QString& id)
{
    Q_UNUSED(id)
    m_liveReload.start();
}

QByteArray WithdrawalsPage::saveSplitter() const
{
    return m_splitter->saveState();
}

void WithdrawalsPage::restoreSplitter(const QByteArray& state)
{
    if (!state.isEmpty() && m_splitter->restoreState(state))
        m_ratio->release();
}

} // namespace ey::desk::finance

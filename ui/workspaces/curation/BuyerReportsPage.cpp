// BuyerReportsPage: the report queue and its decisions.
#include "BuyerReportsPage.h"

#include "CurationFormat.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("company"), [] { return BuyerReportsPage::tr("Buyer"); }},
        {QStringLiteral("reason"), [] { return BuyerReportsPage::tr("Alasan"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::reportReason(item.value(QStringLiteral("reason")).toString());
         }},
        {QStringLiteral("full_name"), [] { return BuyerReportsPage::tr("Pelapor"); }},
        {QStringLiteral("status"), [] { return BuyerReportsPage::tr("Status"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::reportStatus(item.value(QStringLiteral("status")).toString());
         }},
        {QStringLiteral("created_at"), [] { return BuyerReportsPage::tr("Dilaporkan"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::dateTime(item.value(QStringLiteral("created_at")).toString());
         }},
    };
}

} // namespace

BuyerReportsPage::BuyerReportsPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("buyerReports"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    for (const char* status : {"open", "resolved", "dismissed"})
        m_status->addItem(QString(), QString::fromLatin1(status));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6B7280;"));
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_count);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_model = new PagedTableModel(m_api, QStringLiteral("/api/v1/admin/buyer-reports"), columns(),
                                  this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 130, 160, 110};
    for (int column = 0; column < 4; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_detail = new QWidget(splitter);
    m_detail->setObjectName(QStringLiteral("reportDetail"));
    auto* detail = new QVBoxLayout(m_detail);
    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(m_detail);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_badge = new StatusBadge(m_detail);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_badge);
    m_body = new QLabel(m_detail);
    m_body->setObjectName(QStringLiteral("reportBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel = new QLabel(m_detail);
    m_note = new QPlainTextEdit(m_detail);
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);
    auto* buttons = new QHBoxLayout;
    m_resolve = new QPushButton(m_detail);
    m_resolve->setObjectName(QStringLiteral("resolveReport"));
    m_dismiss = new QPushButton(m_detail);
    m_dismiss->setObjectName(QStringLiteral("dismissReport"));
    m_openBuyer = new QPushButton(m_detail);
    m_openBuyer->setObjectName(QStringLiteral("openReportedBuyer"));
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_openBuyer);
    m_message = new QLabel(m_detail);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    detail->addLayout(titleRow);
    detail->addWidget(m_body);
    detail->addSpacing(8);
    detail->addWidget(m_noteLabel);
    detail->addWidget(m_note);
    detail->addLayout(buttons);
    detail->addWidget(m_message);
    detail->addStretch(1);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_detail->setEnabled(false);

    connect(m_status, &QComboBox::currentIndexChanged, this, &BuyerReportsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showReport(m_model->item(current.row()));
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openBuyerRequested(
                m_model->item(index.row()).value(QStringLiteral("buyer_id")).toString());
    });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { resolveSelected(QStringLiteral("resolved")); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { resolveSelected(QStringLiteral("dismissed")); });
    connect(m_openBuyer, &QPushButton::clicked, this, [this] {
        emit openBuyerRequested(m_report.value(QStringLiteral("buyer_id")).toString());
    });
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        m_count->setText(tr("%n laporan", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            select(0);
    });
    retranslateUi();
    reload();
}

void BuyerReportsPage::retranslateUi()
{
    m_status->setItemText(0, tr("Terbuka"));
    m_status->setItemText(1, tr("Diselesaikan"));
    m_status->setItemText(2, tr("Ditolak"));
    m_noteLabel->setText(tr("Catatan penyelesaian"));
    m_note->setPlaceholderText(tr("Apa yang sudah diperiksa atau diubah (terlihat di riwayat)"));
    m_resolve->setText(tr("Selesaikan"));
    m_resolve->setToolTip(tr("Laporan benar dan data buyer sudah dibetulkan"));
    m_dismiss->setText(tr("Tolak"));
    m_dismiss->setToolTip(tr("Laporan tidak tepat; data buyer tetap"));
    m_openBuyer->setText(tr("Buka buyer"));
    m_model->retranslate();
    if (!m_report.isEmpty())
        showReport(m_report);
    else
        m_title->setText(tr("Pilih laporan di tabel"));
}

void BuyerReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BuyerReportsPage::reload()
{
    m_report = {};
    m_detail->setEnabled(false);
    m_title->setText(tr("Pilih laporan di tabel"));
    m_body->clear();
    m_badge->hide();
    m_message->clear();
    m_model->setFilter(QUrlQuery{{QStringLiteral("status"), m_status->currentData().toString()}});
    if (!m_model->isLoading())
        m_model->reload();
}

void BuyerReportsPage::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BuyerReportsPage::showReport(const QJsonObject& report)
{
    m_report = report;
    m_detail->setEnabled(true);
    const QString status = report.value(QStringLiteral("status")).toString();
    m_title->setText(report.value(QStringLiteral("company")).toString());
    m_badge->setStatus(CurationFormat::reportStatus(status),
                       CurationFormat::reportStatusColor(status));
    m_badge->show();
    QString body = tr("%1 · dilaporkan oleh %2 pada %3")
                       .arg(CurationFormat::reportReason(report.value(QStringLiteral("reason")).toString()),
                            report.value(QStringLiteral("full_name")).toString(),
                            CurationFormat::dateTime(report.value(QStringLiteral("created_at")).toString()));
    const QString message = report.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        body += QStringLiteral("\n\n\u201C") + message + QStringLiteral("\u201D");
    if (status != QStringLiteral("open"))
        body += QStringLiteral("\n\n") +
                tr("%1 pada %2: %3")
                    .arg(CurationFormat::reportStatus(status),
                         CurationFormat::dateTime(report.value(QStringLiteral("resolved_at")).toString()),
                         report.value(QStringLiteral("resolution_note")).toString());
    m_body->setText(body);
    const bool open = status == QStringLiteral("open");
    m_note->setEnabled(open);
    m_resolve->setEnabled(open);
    m_dismiss->setEnabled(open);
    if (!open)
        m_note->setPlainText(report.value(QStringLiteral("resolution_note")).toString());
    else if (m_message->text().isEmpty())
        m_note->clear();
}

void BuyerReportsPage::resolveSelected(const QString& status)
{
    const QString id = m_report.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    m_resolve->setEnabled(false);
    m_dismiss->setEnabled(false);
    m_message->clear();
    m_api.post(
        QStringLiteral("/api/v1/admin/buyer-reports/%1/resolve").arg(id),
        {{QStringLiteral("status"), status},
         {QStringLiteral("note"), m_note->toPlainText().trimmed()}},
        this,
        [this](const ApiResponse& response) {
            const QJsonObject report = response.object();
            emit reportResolved(report);
            reload();
            m_message->setStyleSheet(QStringLiteral("color: #166534;"));
            m_message->setText(
                tr("Laporan untuk %1 ditandai %2.")
                    .arg(report.value(QStringLiteral("company")).toString(),
                         CurationFormat::reportStatus(report.value(QStringLiteral("status")).toString())
                             .toLower()));
        },
        [this](const ApiError& error) {
            m_resolve->setEnabled(true);
            m_dismiss->setEnabled(true);
            m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
            m_message->setText(error.fullText());
        });
}

} // namespace ey::desk::curation

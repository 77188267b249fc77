// SupplierReviewPage: the supplier queue, its filters, and the detail pane.
#include "SupplierReviewPage.h"

#include "CurationFormat.h"
#include "SupplierDetailPanel.h"
#include "SupplierFormat.h"

#include "ApiClient.h"
#include "EventStream.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

/// The status column as a coloured pill, like StatusBadge, so a queue reads at a glance.
class StatusPillDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index); // background and selection, no text
        const QString code = index.data(PagedTableModel::ItemRole)
                                 .toJsonObject()
                                 .value(QStringLiteral("status"))
                                 .toString();
        const QString text = index.data(Qt::DisplayRole).toString();
        const QColor background = SupplierFormat::statusColor(code);
        const QFontMetrics metrics(option.font);
        const int width = qMin(metrics.horizontalAdvance(text) + 18, option.rect.width() - 8);
        const int height = metrics.height() + 4;
        const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(background.lightnessF() > 0.6 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, pill.width() - 12));
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.clear(); // the pill draws it
    }
};

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("company_name"), [] { return SupplierReviewPage::tr("Perusahaan"); },
         [](const QJsonObject& item) -> QVariant {
             const QString company = item.value(QStringLiteral("company_name")).toString();
             return (company.isEmpty() ? SupplierReviewPage::tr("(belum diisi)") : company) +
                    QStringLiteral(" \u00B7 ") + item.value(QStringLiteral("email")).toString();
         }},
        {QStringLiteral("type"), [] { return SupplierReviewPage::tr("Jenis"); },
         [](const QJsonObject& item) -> QVariant {
             return SupplierFormat::type(item.value(QStringLiteral("type")).toString());
         }},
        {QStringLiteral("status"), [] { return SupplierReviewPage::tr("Status"); },
         [](const QJsonObject& item) -> QVariant {
             return SupplierFormat::status(item.value(QStringLiteral("status")).toString());
         }},
        {QStringLiteral("effective_tier"), [] { return SupplierReviewPage::tr("Paket"); },
         [](const QJsonObject& item) -> QVariant {
             return SupplierFormat::tier(item.value(QStringLiteral("effective_tier")).toString());
         }},
        {QStringLiteral("province_name"), [] { return SupplierReviewPage::tr("Lokasi"); },
         [](const QJsonObject& item) -> QVariant {
             const QString regency = item.value(QStringLiteral("regency_name")).toString();
             const QString province = item.value(QStringLiteral("province_name")).toString();
             if (province.isEmpty())
                 return QStringLiteral("\u2014");
             return regency.isEmpty() ? province : regency + QStringLiteral(", ") + province;
         }},
        {QStringLiteral("assessment_score"), [] { return SupplierReviewPage::tr("Skor"); },
         [](const QJsonObject& item) -> QVariant {
             const QJsonValue score = item.value(QStringLiteral("assessment_score"));
             return score.isDouble() ? QString::number(score.toInteger()) : QStringLiteral("\u2014");
         }},
        {QStringLiteral("submitted_at"), [] { return SupplierReviewPage::tr("Diajukan"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::date(item.value(QStringLiteral("submitted_at")).toString());
         }},
        {QStringLiteral("updated_at"), [] { return SupplierReviewPage::tr("Diperbarui"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::date(item.value(QStringLiteral("updated_at")).toString());
         }},
    };
}

} // namespace

SupplierReviewPage::SupplierReviewPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("supplierReviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("supplierStatusFilter"));
    for (const QString& status : SupplierFormat::statuses())
        m_status->addItem(QString(), status);
    m_status->addItem(QString(), QString());
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("supplierTypeFilter"));
    m_type->addItem(QString(), QString());
    for (const QString& type : SupplierFormat::types())
        m_type->addItem(QString(), type);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("supplierSearch"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("supplierSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* left = new QWidget(m_splitter);
    // The queue keeps the company, status and date readable while a detail is open beside it.
    left->setMinimumWidth(360);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/admin/suppliers"),
                                  columns(), this);
    m_model->setPageSize(50);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("suppliersTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(Status, new StatusPillDelegate(m_table));
    const int widths[ColumnCount] = {300, 150, 190, 80, 190, 60, 100, 100};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    leftLayout->addWidget(m_table, 1);
    const auto footer = addListFooter(leftLayout, left, QStringLiteral("suppliers"));
    m_message = footer.message;
    m_count = footer.count;

    m_detail = new SupplierDetailPanel(
        m_context.api, m_context.session.hasPermission(QStringLiteral("suppliers.review")),
        m_context.session.hasPermission(QStringLiteral("suppliers.decide")), m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_detail->hide();

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(300);
    connect(&m_typingDelay, &QTimer::timeout, this, &SupplierReviewPage::applyFilter);
    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(400);
    connect(&m_liveReload, &QTimer::timeout, this, &SupplierReviewPage::reload);

    connect(m_status, &QComboBox::currentIndexChanged, this, &SupplierReviewPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SupplierReviewPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typingDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingDelay.stop();
        applyFilter();
        m_table->setFocus();
    });
    connect(m_table, &QTableView::activated, this, &SupplierReviewPage::openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_selectedId = m_model->item(current.row()).value(QStringLiteral("id")).toString();
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, &SupplierReviewPage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadingChanged, this, &SupplierReviewPage::updateCount);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_message->setText(error.fullText());
        m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
    });
    connect(m_detail, &SupplierDetailPanel::supplierChanged, this,
            [this](const QJsonObject&) { m_liveReload.start(); });
    connect(m_detail, &SupplierDetailPanel::closeRequested, this, [this] {
        m_detail->hide();
        m_table->setFocus();
    });
    connect(&m_context.events, &EventStream::eventReceived, this,
            [this](const QString& name, const QJsonObject& data) {
                if (name == QStringLiteral("supplier.updated"))
                    supplierChanged(data.value(QStringLiteral("id")).toString());
            });

    retranslateUi();
    applyFilter();
}

SupplierReviewPage::~SupplierReviewPage() = default;

void SupplierReviewPage::retranslateUi()
{
    for (int i = 0; i < m_status->count(); ++i) {
        const QString code = m_status->itemData(i).toString();
        m_status->setItemText(i, code.isEmpty() ? tr("Semua status") : SupplierFormat::status(code));
    }
    for (int i = 0; i < m_type->count(); ++i) {
        const QString code = m_type->itemData(i).toString();
        m_type->setItemText(i, code.isEmpty() ? tr("Semua jenis") : SupplierFormat::type(code));
    }
    m_search->setPlaceholderText(tr("Cari perusahaan, email, atau nama pemilik (Ctrl+L)"));
    m_model->retranslate();
    updateCount();
}

void SupplierReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupplierReviewPage::setStatus(const QString& status)
{
    const int index = m_status->findData(status);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

void SupplierReviewPage::applyFilter()
{
    QUrlQuery query;
    const QString status = m_status->currentData().toString();
    const QString type = m_type->currentData().toString();
    const QString search = m_search->text().trimmed();
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), search);
    m_message->clear();
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_model->setFilter(query);
    if (!m_model->isLoading() && m_model->rowCount() == 0)
        m_model->reload();
}

void SupplierReviewPage::reload()
{
    m_model->reload();
}

void SupplierReviewPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SupplierReviewPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    openSupplier(m_model->item(index.row()).value(QStringLiteral("id")).toString());
}

void SupplierReviewPage::openSupplier(const QString& id)
{
    if (id.isEmpty())
        return;
    m_selectedId = id;
    if (m_detail->isHidden()) {
        m_detail->show();
        const int total = m_splitter->width();
        m_splitter->setSizes({total - qMin(640, total / 2), qMin(640, total / 2)});
    }
    m_detail->showSupplier(id);
    onPageLoaded();
}

void SupplierReviewPage::supplierChanged(const QString& id)
{
    m_liveReload.start();
    if (!id.isEmpty() && id == m_detail->supplierId() && !m_detail->isHidden() &&
        !m_detail->isLoading())
        m_detail->refresh();
}

void SupplierReviewPage::onPageLoaded()
{
    updateCount();
    if (m_selectedId.isEmpty())
        return;
    reselectRecord(m_table, *m_model, m_selectedId, Company);
}

void SupplierReviewPage::updateCount()
{
    const int rows = m_model->rowCount();
    showListCount(*m_model, m_message, m_count, tr("Tidak ada supplier dengan status dan filter ini."),
                  m_model->hasMore() ? tr("%1+ supplier dimuat").arg(QLocale().toString(rows))
                                     : tr("%n supplier", nullptr, rows));
}

} // namespace ey::desk::curation

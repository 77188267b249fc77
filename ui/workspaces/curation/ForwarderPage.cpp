// ForwarderPage: the forwarder table, filters, side form and rates, and the route comparison.
#include "ForwarderPage.h"

#include "CurationFormat.h"
#include "ForwarderComparePanel.h"
#include "ForwarderEditor.h"
#include "ForwarderRatesPanel.h"
#include "SupplierFormat.h"

#include "ApiClient.h"
#include "ListTable.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "Toast.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("company"), [] { return ForwarderPage::tr("Perusahaan"); }},
        {QStringLiteral("services"), [] { return ForwarderPage::tr("Layanan"); },
         [](const QJsonObject& item) -> QVariant {
             QStringList names;
             for (const auto& service : item.value(QStringLiteral("services")).toArray())
                 names << SupplierFormat::service(service.toString());
             return names.join(QStringLiteral(", "));
         }},
        {QStringLiteral("origin_ports"), [] { return ForwarderPage::tr("Pelabuhan asal"); }},
        {QStringLiteral("destination_regions"), [] { return ForwarderPage::tr("Tujuan"); }},
        {QStringLiteral("contact_person"), [] { return ForwarderPage::tr("Kontak"); },
         [](const QJsonObject& item) -> QVariant {
             QStringList parts;
             for (const char* key : {"contact_person", "phone", "email"}) {
                 const QString value = item.value(QLatin1String(key)).toString();
                 if (!value.isEmpty())
                     parts << value;
             }
             return parts.isEmpty() ? QStringLiteral("\u2014") : parts.join(QStringLiteral(" \u00B7 "));
         }},
        {QStringLiteral("rating"), [] { return ForwarderPage::tr("Rating"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::stars(item.value(QStringLiteral("rating")));
         }},
        {QStringLiteral("verified"), [] { return ForwarderPage::tr("Status"); },
         [](const QJsonObject& item) -> QVariant {
             return item.value(QStringLiteral("verified")).toBool()
                        ? ForwarderPage::tr("\u2713 Terverifikasi")
                        : ForwarderPage::tr("Belum");
         }},
        {QStringLiteral("current_rates"), [] { return ForwarderPage::tr("Tarif berlaku"); },
         [](const QJsonObject& item) -> QVariant {
             return CurationFormat::number(item.value(QStringLiteral("current_rates")).toInteger());
         }},
    };
}

} // namespace

ForwarderPage::ForwarderPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_canManage(context.session.hasPermission(QStringLiteral("forwarders.manage")))
{
    setObjectName(QStringLiteral("forwarderPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 8);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("forwarderViews"));
    m_views->setDocumentMode(true);
    outer->addWidget(m_views);

    auto* list = new QWidget(m_views);
    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("forwarderSearch"));
    m_search->setClearButtonEnabled(true);
    m_service = new QComboBox(list);
    m_service->setObjectName(QStringLiteral("forwarderServiceFilter"));
    m_service->addItem(QString(), QString());
    for (const QString& service : SupplierFormat::services())
        m_service->addItem(QString(), service);
    m_port = new QLineEdit(list);
    m_port->setObjectName(QStringLiteral("forwarderPortFilter"));
    m_port->setClearButtonEnabled(true);
    m_port->setMaximumWidth(200);
    m_new = new QPushButton(list);
    m_new->setObjectName(QStringLiteral("newForwarder"));
    m_new->setVisible(m_canManage);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_service);
    filters->addWidget(m_port);
    filters->addWidget(m_new);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Horizontal, list);
    m_splitter->setObjectName(QStringLiteral("forwarderSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_model = new PagedTableModel(m_context.api, QStringLiteral("/api/v1/forwarders"), columns(), this);
    m_model->setPageSize(50);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("forwardersTable"));
    m_table->setModel(m_model);
    setUpRecordList(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[ColumnCount] = {210, 200, 180, 170, 230, 90, 110, 90};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    leftLayout->addWidget(m_table, 1);
    const auto footer = addListFooter(leftLayout, left, QStringLiteral("forwarders"));
    m_message = footer.message;
    m_count = footer.count;

    m_side = new QSplitter(Qt::Vertical, m_splitter);
    m_side->setChildrenCollapsible(false);
    m_editor = new ForwarderEditor(m_context.api, m_canManage, m_side);
    m_rates = new ForwarderRatesPanel(m_context.api, m_canManage, m_side);
    m_side->addWidget(m_editor);
    m_side->addWidget(m_rates);
    m_side->setStretchFactor(0, 3);
    m_side->setStretchFactor(1, 2);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_side->hide();
    m_views->addTab(list, QString());

    m_compare = new ForwarderComparePanel(m_context.api, m_views);
    m_views->addTab(m_compare, QString());

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(300);
    connect(&m_typingDelay, &QTimer::timeout, this, &ForwarderPage::applyFilter);
    for (auto* field : {m_search, m_port}) {
        connect(field, &QLineEdit::textEdited, this, [this] { m_typingDelay.start(); });
        connect(field, &QLineEdit::returnPressed, this, [this] {
            m_typingDelay.stop();
            applyFilter();
            m_table->setFocus();
        });
    }
    connect(m_service, &QComboBox::currentIndexChanged, this, &ForwarderPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &ForwarderPage::newForwarder);
    connect(m_table, &QTableView::activated, this, &ForwarderPage::openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_selectedId = m_model->item(current.row()).value(QStringLiteral("id")).toString();
            });
    connect(m_model, &PagedTableModel::pageLoaded, this, &ForwarderPage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadingChanged, this, &ForwarderPage::updateCount);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_message->setText(error.fullText());
        m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
    });
    connect(m_editor, &ForwarderEditor::saved, this, [this](const QJsonObject& forwarder, bool) {
        m_selectedId = forwarder.value(QStringLiteral("id")).toString();
        m_rates->setForwarder(m_selectedId);
        m_routesLoaded = false;
        reload();
    });
    connect(m_editor, &ForwarderEditor::deleted, this, [this] {
        m_selectedId.clear();
        m_side->hide();
        Toast::showOn(window(), tr("Forwarder dihapus"),
                      tr("Forwarder dan semua tarifnya sudah dihapus."), 4);
        m_routesLoaded = false;
        reload();
    });
    connect(m_editor, &ForwarderEditor::openForwarderRequested, this, &ForwarderPage::openForwarder);
    connect(m_rates, &ForwarderRatesPanel::ratesChanged, this, [this] {
        m_routesLoaded = false;
        reload(); // the "current rates" column
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_views->widget(index) == m_compare && !m_routesLoaded) {
            m_routesLoaded = true;
            m_compare->loadRoutes();
        }
    });

    retranslateUi();
    applyFilter();
}

ForwarderPage::~ForwarderPage() = default;

void ForwarderPage::retranslateUi()
{
    m_views->setTabText(0, tr("Daftar forwarder"));
    m_views->setTabText(1, tr("Bandingkan rute"));
    m_search->setPlaceholderText(tr("Cari perusahaan, kontak, pelabuhan, atau tujuan (Ctrl+L)"));
    for (int i = 0; i < m_service->count(); ++i) {
        const QString code = m_service->itemData(i).toString();
        m_service->setItemText(i, code.isEmpty() ? tr("Semua layanan") : SupplierFormat::service(code));
    }
    m_port->setPlaceholderText(tr("Pelabuhan asal"));
    m_new->setText(tr("Forwarder baru"));
    m_model->retranslate();
    updateCount();
}

void ForwarderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForwarderPage::applyFilter()
{
    QUrlQuery query;
    const QString search = m_search->text().trimmed();
    const QString service = m_service->currentData().toString();
    const QString port = m_port->text().trimmed();
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), search);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    if (!port.isEmpty())
        query.addQueryItem(QStringLiteral("origin_port"), port);
    m_message->clear();
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_model->setFilter(query);
    if (!m_model->isLoading() && m_model->rowCount() == 0)
        m_model->reload();
}

void ForwarderPage::reload()
{
    m_model->reload();
}

void ForwarderPage::focusSearch()
{
    m_views->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ForwarderPage::showComparison()
{
    m_views->setCurrentWidget(m_compare);
}

void ForwarderPage::revealSide()
{
    if (!m_side->isHidden())
        return;
    m_side->show();
    const int total = m_splitter->width();
    m_splitter->setSizes({total - qMin(620, total / 2), qMin(620, total / 2)});
}

void ForwarderPage::newForwarder()
{
    m_views->setCurrentIndex(0);
    m_table->clearSelection();
    m_selectedId.clear();
    revealSide();
    m_editor->newForwarder();
    m_rates->setForwarder({});
}

void ForwarderPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const QJsonObject forwarder = m_model->item(index.row());
    m_selectedId = forwarder.value(QStringLiteral("id")).toString();
    revealSide();
    m_editor->showForwarder(forwarder);
    m_rates->setForwarder(m_selectedId);
}

void ForwarderPage::openForwarder(const QString& id)
{
    if (id.isEmpty())
        return;
    m_views->setCurrentIndex(0);
    m_context.api.get(QStringLiteral("/api/v1/forwarders/") + id, {}, this,
                      [this, id](const ApiResponse& response) {
                          m_selectedId = id;
                          revealSide();
                          m_editor->showForwarder(response.object());
                          m_rates->setForwarder(id);
                          onPageLoaded();
                      },
                      [this](const ApiError& error) {
                          m_message->setText(error.fullText());
                          m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
                      });
}

void ForwarderPage::onPageLoaded()
{
    updateCount();
    if (m_selectedId.isEmpty())
        return;
    reselectRecord(m_table, *m_model, m_selectedId, Company);
}

void ForwarderPage::updateCount()
{
    const int rows = m_model->rowCount();
    showListCount(*m_model, m_message, m_count, tr("Tidak ada forwarder untuk filter ini."),
                  m_model->hasMore() ? tr("%1+ forwarder dimuat").arg(QLocale().toString(rows))
                                     : tr("%n forwarder", nullptr, rows));
}

} // namespace ey::desk::curation

// EventsPage: filter bar, events table and editor splitter.
#include "EventsPage.h"

#include "EventEditor.h"
#include "PartnerFormat.h"
#include "PartnerTableModel.h"

#include "ApiClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

QString text(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

QList<ColumnSpec> eventColumns()
{
    return {
        {QStringLiteral("reference_code"), [] { return EventsPage::tr("Kode referensi"); }},
        {QStringLiteral("title"), [] { return EventsPage::tr("Judul"); }},
        {QStringLiteral("assessment_title"), [] { return EventsPage::tr("Asesmen"); }},
        {QStringLiteral("status"), [] { return EventsPage::tr("Status"); },
         [](const QJsonObject& e) {
             return QVariant(PartnerFormat::eventStatus(text(e, "status")));
         }},
        {QStringLiteral("client_count"), [] { return EventsPage::tr("Selesai / klien"); },
         [](const QJsonObject& e) {
             return QVariant(QStringLiteral("%1 / %2")
                                 .arg(e.value(QStringLiteral("completed_count")).toInteger())
                                 .arg(e.value(QStringLiteral("client_count")).toInteger()));
         }},
        {QStringLiteral("price"), [] { return EventsPage::tr("Harga"); },
         [](const QJsonObject& e) {
             const QJsonValue price = e.value(QStringLiteral("price"));
             if (!price.isDouble())
                 return QVariant(QString());
             return QVariant(PartnerFormat::money(price.toInteger()));
         }},
        {QStringLiteral("end_date_special_price"),
         [] { return EventsPage::tr("Harga khusus s.d."); },
         [](const QJsonObject& e) {
             if (!e.value(QStringLiteral("is_special_price")).toBool())
                 return QVariant(QString());
             return QVariant(PartnerFormat::date(text(e, "end_date_special_price")));
         }},
        {QStringLiteral("created_at"), [] { return EventsPage::tr("Dibuat"); },
         [](const QJsonObject& e) { return QVariant(PartnerFormat::date(text(e, "created_at"))); }},
    };
}

} // namespace

EventsPage::EventsPage(ApiClient& api, bool canChoosePartner, QWidget* parent)
    : QWidget(parent), m_api(api), m_choosePartner(canChoosePartner)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerChooser"));
    m_partner->setMinimumWidth(220);
    m_partner->setVisible(canChoosePartner);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Cari kode referensi atau judul…"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Semua status"), QString());
    m_status->addItem(PartnerFormat::eventStatus(QStringLiteral("active")),
                      QStringLiteral("active"));
    m_status->addItem(PartnerFormat::eventStatus(QStringLiteral("inactive")),
                      QStringLiteral("inactive"));
    auto* create = new QPushButton(tr("Acara baru"), this);
    create->setObjectName(QStringLiteral("newEvent"));
    bar->addWidget(m_partner);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(create);
    layout->addLayout(bar);

    m_model = new PartnerTableModel(api, QStringLiteral("/api/v1/partner/events"), eventColumns(),
                                    {4, 5}, 3, QStringLiteral("status"), this);
    auto* splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_editor = new EventEditor(api, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({840, 560}); // the table's columns fit without scrolling at 1440 px
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300); // typing pauses, not every key, hit the server
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EventsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        m_editor->setPartnerId(m_partner->currentData().toString());
        m_editor->startNew();
        applyFilter();
    });
    connect(create, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_editor->load(m_model->item(current.row()));
            });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        m_editor->load(m_model->item(index.row()));
        m_editor->titleEdit()->setFocus();
    });
    connect(m_editor, &EventEditor::saved, this, [this] { m_model->reload(); });
    connect(m_model, &PagedTableModel::pageLoaded, this,
            [this] { m_table->resizeColumnsToContents(); });

    if (canChoosePartner)
        loadPartners();
    else
        applyFilter();
}

void EventsPage::applyFilter()
{
    // Admins see nothing until they have chosen whose events to look at.
    if (m_choosePartner && m_partner->currentData().toString().isEmpty())
        return;
    QUrlQuery filter;
    if (!m_partner->currentData().toString().isEmpty())
        filter.addQueryItem(QStringLiteral("partner_id"), m_partner->currentData().toString());
    if (!m_status->currentData().toString().isEmpty())
        filter.addQueryItem(QStringLiteral("status"), m_status->currentData().toString());
    if (!m_search->text().trimmed().isEmpty())
        filter.addQueryItem(QStringLiteral("q"), m_search->text().trimmed());
    m_model->setFilter(filter);
    m_model->reload();
}

void EventsPage::loadPartners()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api.get(
        QStringLiteral("/api/v1/admin/partners"), query, this, [this](const ApiResponse& response) {
            const QString kept = m_partner->currentData().toString();
            QSignalBlocker block(m_partner);
            m_partner->clear();
            for (const auto value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject p = value.toObject();
                m_partner->addItem(p.value(QStringLiteral("institution")).toString(),
                                   p.value(QStringLiteral("id")).toString());
            }
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(kept)));
            block.unblock();
            m_editor->setPartnerId(m_partner->currentData().toString());
            m_editor->startNew();
            applyFilter();
        });
}

void EventsPage::reload()
{
    if (m_choosePartner)
        loadPartners();
    else
        m_model->reload();
}

void EventsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void EventsPage::newEvent()
{
    m_table->clearSelection();
    m_editor->startNew();
    m_editor->titleEdit()->setFocus();
}

} // namespace ey::desk::partner

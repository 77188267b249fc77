// TicketFilterBar: controls and the query they make.
#include "TicketFilterBar.h"

#include "TicketLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ey::desk::tickets {

namespace {

QComboBox* valueCombo(const QString& objectName, const QString& anyText, const QStringList& values,
                      QString (*label)(const QString&), QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(anyText, QString());
    for (const auto& value : values)
        combo->addItem(label(value), value);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

TicketFilterBar::TicketFilterBar(bool staff, bool manage, QWidget* parent)
    : QWidget(parent), m_staff(staff), m_manage(manage)
{
    setObjectName(QStringLiteral("ticketFilterBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    if (m_staff) {
        m_views = new QTabBar(this);
        m_views->setObjectName(QStringLiteral("viewTabs"));
        m_views->setDrawBase(false);
        m_views->setExpanding(false);
        m_views->addTab(tr("Ditugaskan ke saya"));
        m_views->addTab(tr("Belum ditugaskan"));
        m_views->addTab(m_manage ? tr("Semua tiket") : tr("Semua yang saya lihat"));
        m_views->setTabToolTip(2, m_manage ? tr("Setiap tiket, siapa pun yang menanganinya")
                                           : tr("Tiket yang ditugaskan ke Anda, yang belum ditugaskan, dan tiket Anda sendiri"));
        layout->addWidget(m_views);
        connect(m_views, &QTabBar::currentChanged, this, &TicketFilterBar::changed);
    }

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Cari nomor, judul, atau isi tiket (Ctrl+L)"));
    m_search->setMinimumWidth(220);
    row->addWidget(m_search, 2);

    m_status = valueCombo(QStringLiteral("statusFilter"), tr("Semua status"), TicketLabels::statuses(),
                          &TicketLabels::status, this);
    m_priority = valueCombo(QStringLiteral("priorityFilter"), tr("Semua prioritas"), TicketLabels::priorities(),
                            &TicketLabels::priority, this);
    m_category = valueCombo(QStringLiteral("categoryFilter"), tr("Semua kategori"), TicketLabels::categories(),
                            &TicketLabels::category, this);
    row->addWidget(m_status);
    row->addWidget(m_priority);
    row->addWidget(m_category);
    if (m_staff) {
        m_role = valueCombo(QStringLiteral("roleFilter"), tr("Semua peran"), TicketLabels::roles(),
                            &TicketLabels::role, this);
        row->addWidget(m_role);
    }

    m_dateEnabled = new QCheckBox(tr("Dibuat"), this);
    m_dateEnabled->setObjectName(QStringLiteral("dateFilter"));
    m_dateEnabled->setToolTip(tr("Hanya tiket yang dibuat di antara dua tanggal ini (WIB)"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
    }
    row->addWidget(m_dateEnabled);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    row->addWidget(m_to);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Hapus semua filter dan pencarian"));
    row->addWidget(m_reset);
    row->addStretch(1);
    layout->addLayout(row);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &TicketFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter does not wait for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        changed();
    });
    for (auto* combo : {m_status, m_priority, m_category, m_role}) {
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &TicketFilterBar::changed);
    }
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    for (auto* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_dateEnabled->isChecked())
                changed();
        });
    }
    connect(m_reset, &QToolButton::clicked, this, &TicketFilterBar::clear);
}

void TicketFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

QUrlQuery TicketFilterBar::query() const
{
    QUrlQuery query;
    const auto add = [&query](const char* name, const QString& value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(name), value);
    };
    if (m_views) {
        switch (view()) {
        case View::Mine:
            add("assignee", QStringLiteral("me"));
            break;
        case View::Unassigned:
            add("assignee", QStringLiteral("unassigned"));
            break;
        case View::All:
            break;
        }
    }
    add("status", m_status->currentData().toString());
    add("priority", m_priority->currentData().toString());
    add("category", m_category->currentData().toString());
    if (m_role)
        add("owner_role", m_role->currentData().toString());
    if (m_dateEnabled->isChecked()) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (from > to)
            std::swap(from, to); // a range typed backwards still means the days between
        add("from", from.toString(Qt::ISODate));
        add("to", to.toString(Qt::ISODate));
    }
    add("q", m_search->text().trimmed());
    return query;
}

TicketFilterBar::View TicketFilterBar::view() const
{
    if (!m_views)
        return View::All;
    return static_cast<View>(std::max(0, m_views->currentIndex()));
}

void TicketFilterBar::setView(View view)
{
    if (m_views)
        m_views->setCurrentIndex(static_cast<int>(view));
}

void TicketFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketFilterBar::clear()
{
    m_quiet = true;
    m_search->clear();
    m_searchTimer.stop();
    for (auto* combo : {m_status, m_priority, m_category, m_role}) {
        if (combo)
            combo->setCurrentIndex(0);
    }
    m_dateEnabled->setChecked(false);
    m_quiet = false;
    emit filterChanged();
}

} // namespace ey::desk::tickets

// TicketFilterBar: controls and the query they make.
#include "TicketFilterBar.h"

#include "BusinessDate.h"
#include "TicketLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
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

/// Item 0 is "any" (no filter); the others carry the wire value, labelled by retranslateUi().
QComboBox* valueCombo(const QString& objectName, const QStringList& values, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QString(), QString());
    for (const auto& value : values)
        combo->addItem(QString(), value);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

/// New texts for the same items: the selection (and so the query) stays as it is.
void relabel(QComboBox* combo, const QString& anyText, QString (*label)(const QString&))
{
    if (!combo)
        return;
    combo->setItemText(0, anyText);
    for (int i = 1; i < combo->count(); ++i)
        combo->setItemText(i, label(combo->itemData(i).toString()));
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
        for (int i = 0; i < 3; ++i)
            m_views->addTab(QString());
        // Admins see every ticket first; support starts on its own work (see TicketQueuePage).
        if (m_manage)
            m_views->setCurrentIndex(static_cast<int>(View::All));
        layout->addWidget(m_views);
        connect(m_views, &QTabBar::currentChanged, this, &TicketFilterBar::changed);
    }

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    row->addWidget(m_search, 2);

    m_status = valueCombo(QStringLiteral("statusFilter"), TicketLabels::statuses(), this);
    m_priority = valueCombo(QStringLiteral("priorityFilter"), TicketLabels::priorities(), this);
    m_category = valueCombo(QStringLiteral("categoryFilter"), TicketLabels::categories(), this);
    row->addWidget(m_status);
    row->addWidget(m_priority);
    row->addWidget(m_category);
    if (m_staff) {
        m_role = valueCombo(QStringLiteral("roleFilter"), TicketLabels::roles(), this);
        row->addWidget(m_role);
    }

    m_dateEnabled = new QCheckBox(this);
    m_dateEnabled->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(businessToday().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(businessToday(), this);
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
    retranslateUi();
}

void TicketFilterBar::retranslateUi()
{
    if (m_views) {
        m_views->setTabText(static_cast<int>(View::Mine), tr("Ditugaskan ke saya"));
        m_views->setTabText(static_cast<int>(View::Unassigned), tr("Belum ditugaskan"));
        m_views->setTabText(static_cast<int>(View::All), m_manage ? tr("Semua tiket") : tr("Semua yang saya lihat"));
        m_views->setTabToolTip(static_cast<int>(View::All),
                               m_manage ? tr("Setiap tiket, siapa pun yang menanganinya")
                                        : tr("Tiket yang ditugaskan ke Anda, yang belum ditugaskan, dan tiket Anda sendiri"));
    }
    m_search->setPlaceholderText(tr("Cari nomor, judul, atau isi tiket (Ctrl+L)"));
    relabel(m_status, tr("Semua status"), &TicketLabels::status);
    relabel(m_priority, tr("Semua prioritas"), &TicketLabels::priority);
    relabel(m_category, tr("Semua kategori"), &TicketLabels::category);
    relabel(m_role, tr("Semua peran"), &TicketLabels::role);
    m_dateEnabled->setText(tr("Dibuat"));
    m_dateEnabled->setToolTip(tr("Hanya tiket yang dibuat di antara dua tanggal ini (WIB)"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Hapus semua filter dan pencarian"));
}

void TicketFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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

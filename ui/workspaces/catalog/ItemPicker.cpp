// ItemPicker: a checkable list over an admin catalog list route.
#include "ItemPicker.h"

#include "ApiClient.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ey::desk::catalog {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ItemPicker::ItemPicker(ApiClient& api, QString path, QString labelField, QWidget* parent)
    : QWidget(parent), m_api(api), m_path(std::move(path)), m_labelField(std::move(labelField))
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setMinimumHeight(80);
    m_list->setMaximumHeight(150);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pickerSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #6B7280;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_summary);
    connect(m_filter, &QLineEdit::textChanged, this, &ItemPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_building)
            return;
        const QString id = item->data(kIdRole).toString();
        m_checked.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_checked.append(id);
        retranslate();
        emit edited();
    });
    retranslate();
}

void ItemPicker::changeEvent(QEvent* event)
{
    // A disabled picker (the coupon's scope does not use it) folds to its one-line summary.
    if (event->type() == QEvent::EnabledChange) {
        m_list->setVisible(isEnabled());
        m_filter->setVisible(isEnabled() && !m_readOnly);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ItemPicker::retranslate()
{
    m_filter->setPlaceholderText(tr("Saring daftar…"));
    if (!isEnabled() && m_checked.isEmpty()) {
        m_summary->setText(tr("Tidak dipakai untuk cakupan ini."));
        return;
    }
    m_summary->setText(m_checked.isEmpty()
                           ? tr("Belum ada yang dipilih.")
                           : tr("%n dipilih", nullptr, static_cast<int>(m_checked.size())));
}

void ItemPicker::setIds(const QStringList& ids)
{
    m_checked = ids;
    if (!m_loaded && !m_loading)
        load({});
    rebuild();
}

void ItemPicker::reload()
{
    if (!m_loading)
        load({});
}

QStringList ItemPicker::ids() const
{
    return m_checked;
}

void ItemPicker::setExcludedId(const QString& id)
{
    m_excluded = id;
    rebuild();
}

void ItemPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_filter->setVisible(!readOnly && isEnabled());
    rebuild();
}

void ItemPicker::load(const QString& cursor)
{
    m_loading = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_api.get(
        m_path, query, this,
        [this, cursor](const ApiResponse& response) {
            if (cursor.isEmpty())
                m_items.clear();
            const QJsonObject page = response.object();
            for (const auto& value : page.value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = value.toObject();
                m_items.append({item.value(QStringLiteral("id")).toString(),
                                item.value(m_labelField).toString()});
            }
            const QString next = page.value(QStringLiteral("next_cursor")).toString();
            if (!next.isEmpty()) {
                load(next);
                return;
            }
            m_loading = false;
            m_loaded = true;
            rebuild();
            emit loaded();
        },
        [this](const ApiError& error) {
            m_loading = false;
            m_summary->setText(error.detail);
        });
}

void ItemPicker::rebuild()
{
    m_building = true;
    m_list->clear();
    QSet<QString> known;
    const auto add = [this](const QString& id, const QString& label) {
        auto* row = new QListWidgetItem(label, m_list);
        row->setData(kIdRole, id);
        row->setToolTip(id);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (!m_readOnly)
            flags |= Qt::ItemIsUserCheckable;
        row->setFlags(flags);
        row->setCheckState(m_checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    // Picked items first, so what the item holds is seen without scrolling.
    for (const auto& [id, label] : std::as_const(m_items)) {
        known.insert(id);
        if (m_checked.contains(id))
            add(id, label);
    }
    for (const QString& id : std::as_const(m_checked))
        if (!known.contains(id))
            add(id, m_loaded ? tr("%1 (tidak ditemukan)").arg(id) : id);
    for (const auto& [id, label] : std::as_const(m_items))
        if (!m_checked.contains(id) && id != m_excluded && !m_readOnly)
            add(id, label);
    m_building = false;
    applyFilter();
    retranslate();
}

void ItemPicker::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace ey::desk::catalog

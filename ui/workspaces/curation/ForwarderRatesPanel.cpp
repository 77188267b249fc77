// ForwarderRatesPanel: a forwarder's rates as an editable table, saved row by row.
#include "ForwarderRatesPanel.h"

#include "SupplierFormat.h"

#include "ApiClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace ey::desk::curation {

namespace {

constexpr int CodeRole = Qt::UserRole;       ///< vocabulary code, minor units, ISO date
constexpr int RateRole = Qt::UserRole + 1;   ///< on the first cell: the saved rate (empty = new)
constexpr int DirtyRole = Qt::UserRole + 2;  ///< on the first cell: changed since loaded

/// A vocabulary column: the cell shows the label, the editor is a combo of every code.
class CodeDelegate : public QStyledItemDelegate
{
public:
    CodeDelegate(QStringList codes, std::function<QString(const QString&)> label, QObject* parent)
        : QStyledItemDelegate(parent), m_codes(std::move(codes)), m_label(std::move(label))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const QString& code : m_codes)
            combo->addItem(m_label(code), code);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(CodeRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), CodeRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    QStringList m_codes;
    std::function<QString(const QString&)> m_label;
};

/// The validity column: a calendar editor over an ISO date.
class DateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QDate date = QDate::fromString(index.data(CodeRole).toString(), Qt::ISODate);
        static_cast<QDateEdit*>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        const QString iso = static_cast<QDateEdit*>(editor)->date().toString(Qt::ISODate);
        model->setData(index, iso, CodeRole);
        model->setData(index, SupplierFormat::day(iso), Qt::DisplayRole);
    }
};

QString columnField(int column)
{
    static const char* fields[] = {"origin",      "destination",  "mode",
                                   "unit",        "currency",     "price_minor",
                                   "transit_days", "valid_until", "notes"};
    return QLatin1String(fields[column]);
}

} // namespace

ForwarderRatesPanel::ForwarderRatesPanel(ApiClient& api, bool canManage, QWidget* parent)
    : QWidget(parent), m_api(api), m_canManage(canManage)
{
    setObjectName(QStringLiteral("forwarderRates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_expired = new QCheckBox(this);
    m_expired->setObjectName(QStringLiteral("ratesIncludeExpired"));
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_expired);
    layout->addLayout(top);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(m_canManage ? QAbstractItemView::DoubleClicked |
                                               QAbstractItemView::EditKeyPressed |
                                               QAbstractItemView::AnyKeyPressed
                                         : QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(
        Mode, new CodeDelegate(SupplierFormat::modes(), &SupplierFormat::mode, m_table));
    m_table->setItemDelegateForColumn(
        Unit, new CodeDelegate(SupplierFormat::units(), &SupplierFormat::unit, m_table));
    m_table->setItemDelegateForColumn(
        Currency, new CodeDelegate(SupplierFormat::currencies(),
                                   [](const QString& code) { return code; }, m_table));
    m_table->setItemDelegateForColumn(ValidUntil, new DateDelegate(m_table));
    // The side pane is narrow: columns as wide as their contents, notes take the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Notes, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ratesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRate"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveRates"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteRate"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    for (auto* button : {m_add, m_save, m_delete})
        button->setVisible(m_canManage);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRate();
        m_table->setCurrentCell(row, Origin);
        m_table->editItem(m_table->item(row, Origin));
    });
    connect(m_save, &QPushButton::clicked, this, &ForwarderRatesPanel::saveRates);
    connect(m_delete, &QPushButton::clicked, this, &ForwarderRatesPanel::deleteSelected);
    connect(m_expired, &QCheckBox::toggled, this, &ForwarderRatesPanel::reload);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int row = item->row();
        const QSignalBlocker block(m_table);
        if (item->column() == Price || item->column() == Currency) {
            // Typed prices become minor units of the row's currency, and are shown back formatted.
            QTableWidgetItem* price = m_table->item(row, Price);
            const QString currency = m_table->item(row, Currency)->data(CodeRole).toString();
            const qint64 minor = item->column() == Price
                                     ? SupplierFormat::parseMoney(price->text(), currency)
                                     : price->data(CodeRole).toLongLong();
            if (minor > 0) {
                price->setData(CodeRole, minor);
                price->setText(SupplierFormat::money(minor, currency));
                price->setBackground(QBrush());
            } else {
                // Not a price (yet): an empty cell is simply unfilled, anything else is marked.
                price->setData(CodeRole, QVariant());
                price->setBackground(price->text().trimmed().isEmpty() ? QBrush()
                                                                       : QBrush(QColor(0xFE, 0xE2, 0xE2)));
            }
        }
        item->setToolTip(item->text());
        markDirty(row);
    });

    retranslateUi();
}

void ForwarderRatesPanel::retranslateUi()
{
    m_heading->setText(tr("Tarif"));
    m_expired->setText(tr("Tampilkan yang kedaluwarsa"));
    m_table->setHorizontalHeaderLabels({tr("Asal"), tr("Tujuan"), tr("Moda"), tr("Satuan"),
                                        tr("Mata uang"), tr("Harga"), tr("Hari"),
                                        tr("Berlaku sampai"), tr("Catatan")});
    m_add->setText(tr("Tambah tarif"));
    m_save->setText(tr("Simpan tarif"));
    m_save->setToolTip(tr("Simpan semua baris baru dan yang diubah"));
    m_delete->setText(tr("Hapus tarif"));
}

void ForwarderRatesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForwarderRatesPanel::setForwarder(const QString& id)
{
    m_forwarderId = id;
    m_message->hide();
    setEnabled(!id.isEmpty());
    reload();
}

void ForwarderRatesPanel::reload()
{
    const int generation = ++m_generation;
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
    if (m_forwarderId.isEmpty()) {
        m_heading->setText(tr("Tarif (simpan forwarder dulu)"));
        return;
    }
    m_busy = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_expired"),
                       m_expired->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    m_api.get(
        QStringLiteral("/api/v1/forwarders/%1/rates").arg(m_forwarderId), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_busy = false;
            fill(response.object().value(QStringLiteral("items")).toArray());
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_busy = false;
            setMessage(error.fullText(), true);
        });
}

void ForwarderRatesPanel::fill(const QJsonArray& rates)
{
    m_filling = true;
    m_table->setRowCount(static_cast<int>(rates.size()));
    for (int row = 0; row < rates.size(); ++row)
        setRow(row, rates.at(row).toObject());
    m_filling = false;
    m_heading->setText(tr("Tarif (%1)").arg(rates.size()));
}

void ForwarderRatesPanel::setRow(int row, const QJsonObject& rate)
{
    const bool filling = m_filling;
    m_filling = true;
    auto text = [](const QString& value) {
        auto* item = new QTableWidgetItem(value);
        item->setToolTip(value);
        return item;
    };
    auto code = [](const QString& value, const QString& label) {
        auto* item = new QTableWidgetItem(label);
        item->setData(CodeRole, value);
        return item;
    };
    const QString currency = rate.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    const QString mode = rate.value(QStringLiteral("mode")).toString(QStringLiteral("sea_fcl"));
    const QString unit = rate.value(QStringLiteral("unit")).toString(QStringLiteral("container_20"));
    auto* origin = text(rate.value(QStringLiteral("origin")).toString());
    origin->setData(RateRole, rate.contains(QStringLiteral("id")) ? rate : QJsonObject());
    origin->setData(DirtyRole, false);
    m_table->setItem(row, Origin, origin);
    m_table->setItem(row, Destination, text(rate.value(QStringLiteral("destination")).toString()));
    m_table->setItem(row, Mode, code(mode, SupplierFormat::mode(mode)));
    m_table->setItem(row, Unit, code(unit, SupplierFormat::unit(unit)));
    m_table->setItem(row, Currency, code(currency, currency));
    const qint64 minor = rate.value(QStringLiteral("price_minor")).toInteger();
    auto* price = text(minor > 0 ? SupplierFormat::money(minor, currency) : QString());
    if (minor > 0)
        price->setData(CodeRole, minor);
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Price, price);
    const QJsonValue transit = rate.value(QStringLiteral("transit_days"));
    auto* days = text(transit.isDouble() ? QString::number(transit.toInt()) : QString());
    days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Transit, days);
    const QString until = rate.value(QStringLiteral("valid_until")).toString();
    m_table->setItem(row, ValidUntil, code(until, SupplierFormat::day(until)));
    m_table->setItem(row, Notes, text(rate.value(QStringLiteral("notes")).toString()));
    // Expired quotes stay for the record, greyed so nobody quotes them by mistake.
    if (rate.value(QStringLiteral("expired")).toBool()) {
        for (int column = 0; column < ColumnCount; ++column) {
            m_table->item(row, column)->setForeground(QColor(0x9C, 0xA3, 0xAF));
            m_table->item(row, column)->setToolTip(tr("Kedaluwarsa"));
        }
    }
    m_filling = filling;
}

int ForwarderRatesPanel::addRate()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, {{QStringLiteral("valid_until"),
                  QDate::currentDate().addDays(30).toString(Qt::ISODate)}});
    markDirty(row);
    return row;
}

void ForwarderRatesPanel::markDirty(int row)
{
    QTableWidgetItem* first = m_table->item(row, Origin);
    if (!first)
        return;
    const QSignalBlocker block(m_table);
    first->setData(DirtyRole, true);
    for (int column = 0; column < ColumnCount; ++column) {
        QFont font = m_table->item(row, column)->font();
        font.setItalic(true);
        m_table->item(row, column)->setFont(font);
    }
}

bool ForwarderRatesPanel::hasUnsavedRows() const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Origin) && m_table->item(row, Origin)->data(DirtyRole).toBool())
            return true;
    return false;
}

QJsonObject ForwarderRatesPanel::rowBody(int row, QString* problem) const
{
    QJsonObject body;
    body.insert(QStringLiteral("origin"), m_table->item(row, Origin)->text().trimmed());
    body.insert(QStringLiteral("destination"), m_table->item(row, Destination)->text().trimmed());
    for (int column : {Mode, Unit, Currency, ValidUntil})
        body.insert(columnField(column), m_table->item(row, column)->data(CodeRole).toString());
    const QVariant price = m_table->item(row, Price)->data(CodeRole);
    // A price that could not be read goes as 0, so the server names the field in its own words.
    body.insert(QStringLiteral("price_minor"), price.isValid() ? price.toLongLong() : 0);
    const QString transit = m_table->item(row, Transit)->text().trimmed();
    bool ok = true;
    const int days = transit.toInt(&ok);
    if (transit.isEmpty())
        body.insert(QStringLiteral("transit_days"), QJsonValue());
    else if (ok)
        body.insert(QStringLiteral("transit_days"), days);
    else if (problem)
        *problem = tr("Transit harus berupa jumlah hari (angka).");
    const QString notes = m_table->item(row, Notes)->text().trimmed();
    body.insert(QStringLiteral("notes"), notes.isEmpty() ? QJsonValue() : QJsonValue(notes));
    return body;
}

void ForwarderRatesPanel::saveRates()
{
    if (m_busy || m_forwarderId.isEmpty())
        return;
    m_message->hide();
    m_saved = 0;
    saveNext();
}

void ForwarderRatesPanel::saveNext()
{
    int row = 0;
    while (row < m_table->rowCount() && !m_table->item(row, Origin)->data(DirtyRole).toBool())
        ++row;
    if (row >= m_table->rowCount()) {
        m_busy = false;
        if (m_saved > 0) {
            setMessage(tr("%n tarif disimpan.", nullptr, m_saved), false);
            emit ratesChanged();
        }
        return;
    }
    QString problem;
    const QJsonObject body = rowBody(row, &problem);
    if (!problem.isEmpty()) {
        m_busy = false;
        m_table->item(row, Transit)->setBackground(QColor(0xFE, 0xE2, 0xE2));
        m_table->setCurrentCell(row, Transit);
        setMessage(tr("Baris %1: %2").arg(row + 1).arg(problem), true);
        return;
    }
    const QJsonObject saved = m_table->item(row, Origin)->data(RateRole).toJsonObject();
    ApiRequest request;
    request.method = saved.isEmpty() ? "POST" : "PATCH";
    request.path = saved.isEmpty()
                       ? QStringLiteral("/api/v1/forwarders/%1/rates").arg(m_forwarderId)
                       : QStringLiteral("/api/v1/forwarders/%1/rates/%2")
                             .arg(m_forwarderId, saved.value(QStringLiteral("id")).toString());
    request.body = QJsonDocument(body);
    m_busy = true;
    const int generation = m_generation;
    m_api.send(
        request, this,
        [this, row, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            ++m_saved;
            setRow(row, response.object());
            saveNext();
        },
        [this, row, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_busy = false;
            const QSignalBlocker block(m_table);
            int firstColumn = -1;
            for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
                for (int column = 0; column < ColumnCount; ++column)
                    if (columnField(column) == it.key()) {
                        m_table->item(row, column)->setBackground(QColor(0xFE, 0xE2, 0xE2));
                        m_table->item(row, column)->setToolTip(it.value());
                        if (firstColumn < 0)
                            firstColumn = column;
                    }
            m_table->setCurrentCell(row, firstColumn < 0 ? Origin : firstColumn);
            setMessage(tr("Baris %1: %2").arg(row + 1).arg(error.fullText()), true);
            if (m_saved > 0)
                emit ratesChanged();
        });
}

void ForwarderRatesPanel::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_busy)
        return;
    const QJsonObject saved = m_table->item(row, Origin)->data(RateRole).toJsonObject();
    if (saved.isEmpty()) {
        m_table->removeRow(row);
        return;
    }
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/forwarders/%1/rates/%2")
                       .arg(m_forwarderId, saved.value(QStringLiteral("id")).toString());
    m_busy = true;
    m_api.send(
        request, this,
        [this](const ApiResponse&) {
            m_busy = false;
            setMessage(tr("Tarif dihapus."), false);
            reload();
            emit ratesChanged();
        },
        [this](const ApiError& error) {
            m_busy = false;
            setMessage(error.fullText(), true);
        });
}

void ForwarderRatesPanel::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #991B1B;")
                                     : QStringLiteral("color: #166534;"));
    m_message->show();
}

} // namespace ey::desk::curation

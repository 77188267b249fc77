// PackagesPanel: the quota package table, its add row and confirmed deletion.
#include "PackagesPanel.h"

#include "ApiClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QJsonValue valueOf(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field));
}

} // namespace

PackagesPanel::PackagesPanel(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* hint = new QLabel(tr("Partner bayar di muka memilih salah satu paket aktif saat top up. "
                               "Harga = kuota × harga laporan acara − diskon. Ubah sel lalu Enter "
                               "untuk menyimpan; Del menghapus paket."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("packagesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Nama paket"), tr("Kuota"), tr("Diskon %"), tr("Aktif"), tr("Urutan")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            saveCell(item);
    });

    auto* addRow = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("packageName"));
    m_name->setPlaceholderText(tr("Nama paket baru, mis. Paket 100"));
    m_name->setMaxLength(100);
    m_quota = new QSpinBox(this);
    m_quota->setObjectName(QStringLiteral("packageQuota"));
    m_quota->setRange(1, 100'000);
    m_quota->setValue(50);
    m_quota->setSuffix(tr(" laporan"));
    m_discount = new QSpinBox(this);
    m_discount->setObjectName(QStringLiteral("packageDiscount"));
    m_discount->setRange(0, 90);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_discount->setPrefix(tr("diskon "));
    m_add = new QPushButton(tr("Tambah paket"), this);
    m_add->setObjectName(QStringLiteral("addPackage"));
    m_remove = new QPushButton(tr("Hapus…"), this);
    m_remove->setObjectName(QStringLiteral("removePackage"));
    m_remove->setToolTip(tr("Hapus paket terpilih (Del)"));
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_quota);
    addRow->addWidget(m_discount);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("packageMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &PackagesPanel::add);
    connect(m_name, &QLineEdit::returnPressed, this, &PackagesPanel::add);
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(m_table->currentRow()); });
}

void PackagesPanel::reload()
{
    m_api.get(
        QStringLiteral("/api/v1/admin/quota-packages"), {}, this,
        [this](const ApiResponse& response) {
            fill(response.object().value(QStringLiteral("items")).toArray());
        },
        [this](const ApiError& error) { showError(error); });
}

void PackagesPanel::fill(const QJsonArray& items)
{
    m_filling = true;
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items.at(row).toObject();
        auto* name = new QTableWidgetItem(valueOf(item, "name").toString());
        name->setData(kIdRole, valueOf(item, "id").toString());
        m_table->setItem(row, Name, name);
        auto number = [](int value) {
            auto* cell = new QTableWidgetItem;
            cell->setData(Qt::EditRole, value);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return cell;
        };
        m_table->setItem(row, Quota, number(valueOf(item, "quota").toInt()));
        m_table->setItem(row, Discount, number(valueOf(item, "discount_percent").toInt()));
        auto* active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        active->setCheckState(valueOf(item, "active").toBool() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Active, active);
        m_table->setItem(row, Position, number(valueOf(item, "position").toInt()));
        if (!valueOf(item, "active").toBool())
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setForeground(QColor(QStringLiteral("#9CA3AF")));
    }
    m_remove->setEnabled(!items.isEmpty());
    m_filling = false;
    emit loaded(int(items.size()));
}

int PackagesPanel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->text() == name)
            return row;
    return -1;
}

void PackagesPanel::saveCell(QTableWidgetItem* item)
{
    const int row = item->row();
    const QString id = m_table->item(row, Name)->data(kIdRole).toString();
    QJsonObject body;
    switch (item->column()) {
    case Name:
        body.insert(QStringLiteral("name"), item->text().trimmed());
        break;
    case Quota:
        body.insert(QStringLiteral("quota"), item->data(Qt::EditRole).toInt());
        break;
    case Discount:
        body.insert(QStringLiteral("discount_percent"), item->data(Qt::EditRole).toInt());
        break;
    case Active:
        body.insert(QStringLiteral("active"), item->checkState() == Qt::Checked);
        break;
    case Position:
        body.insert(QStringLiteral("position"), item->data(Qt::EditRole).toInt());
        break;
    default:
        return;
    }
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = QStringLiteral("/api/v1/admin/quota-packages/%1").arg(id);
    request.body = QJsonDocument(body);
    m_message->setText(tr("Menyimpan…"));
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_message->setText(tr("Paket %1 tersimpan.")
                                   .arg(response.object().value(QStringLiteral("name")).toString()));
            reload();
        },
        [this](const ApiError& error) {
            showError(error);
            reload(); // back to what the server holds
        });
}

void PackagesPanel::add()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Beri nama paket, mis. \"Paket 100\"."));
        m_name->setFocus();
        return;
    }
    // A new package goes to the end of the list the partner sees.
    int position = 0;
    for (const QJsonValue& value : m_items)
        position = std::max(position, value.toObject().value(QStringLiteral("position")).toInt() + 1);
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("quota"), m_quota->value()},
                           {QStringLiteral("discount_percent"), m_discount->value()},
                           {QStringLiteral("active"), true},
                           {QStringLiteral("position"), position}};
    m_add->setEnabled(false);
    m_api.post(
        QStringLiteral("/api/v1/admin/quota-packages"), body, this,
        [this, name](const ApiResponse&) {
            m_add->setEnabled(true);
            m_name->clear();
            m_message->setText(tr("Paket %1 ditambahkan.").arg(name));
            reload();
        },
        [this](const ApiError& error) {
            m_add->setEnabled(true);
            showError(error);
        });
}

void PackagesPanel::remove(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const QString id = m_table->item(row, Name)->data(kIdRole).toString();
    const QString name = m_table->item(row, Name)->text();
    const auto answer = QMessageBox::question(
        this, tr("Hapus paket"),
        tr("Hapus paket %1? Partner tidak bisa memilihnya lagi; transaksi yang sudah ada tetap "
           "tercatat.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/admin/quota-packages/%1").arg(id);
    m_api.send(
        request, this,
        [this, name](const ApiResponse&) {
            m_message->setText(tr("Paket %1 dihapus.").arg(name));
            reload();
        },
        [this](const ApiError& error) { showError(error); });
}

void PackagesPanel::showError(const ApiError& error)
{
    m_message->setText(error.fullText());
}

bool PackagesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        // While a cell is being edited its editor has the keys, so Del here means the row.
        remove(m_table->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ey::desk::partner

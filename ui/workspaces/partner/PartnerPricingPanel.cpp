// PartnerPricingPanel: assessments beside the partner's prices, edited in place.
#include "PartnerPricingPanel.h"

#include "PartnerFormat.h"

#include "ApiClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

constexpr int kAssessmentIdRole = Qt::UserRole + 1;

/// Shows rupiah as "Rp 1.250.000" and edits them as plain digits ("Rp" and dots typed along are
/// ignored), so a price is never misread by a locale's separators.
class RupiahDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale&) const override
    {
        if (!value.isValid() || value.isNull() || value.toString().isEmpty())
            return QStringLiteral("\u2014");
        return PartnerFormat::money(value.toLongLong());
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[Rr]?[Pp]?\\s*[0-9.]{0,16}")), edit));
        return edit;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        static_cast<QLineEdit*>(editor)->setText(
            value.isNull() || value.toString().isEmpty() ? QString()
                                                         : QString::number(value.toLongLong()));
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        QString digits = static_cast<QLineEdit*>(editor)->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        model->setData(index, digits.isEmpty() ? QVariant() : QVariant(digits.toLongLong()),
                       Qt::EditRole);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        if (index.data(Qt::EditRole).isNull())
            option->palette.setColor(QPalette::Text, QColor(QStringLiteral("#9CA3AF")));
    }
};

} // namespace

PartnerPricingPanel::PartnerPricingPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* hint = new QLabel(tr("Harga khusus partner ini per asesmen. Kosong: berlaku harga acara "
                               "atau harga umum. Ketik lalu Enter untuk menyimpan, Del untuk "
                               "menghapus harga khusus."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("pricingTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Asesmen"), tr("Harga laporan"), tr("Harga ringkasan eksekutif"), tr("Diubah")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Assessment, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    auto* money = new RupiahDelegate(m_table);
    m_table->setItemDelegateForColumn(Price, money);
    m_table->setItemDelegateForColumn(ExecutivePrice, money);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pricingMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && (item->column() == Price || item->column() == ExecutivePrice))
            save(item->row());
    });
    setEnabled(false);
}

void PartnerPricingPanel::setPartnerId(const QString& partnerId)
{
    m_partnerId = partnerId;
    m_message->clear();
    setEnabled(!partnerId.isEmpty());
    reload();
}

void PartnerPricingPanel::reload()
{
    if (m_partnerId.isEmpty()) {
        m_assessments = {};
        m_pricing = {};
        fill();
        return;
    }
    // Two lists joined here: the published assessments, and the prices set for this partner.
    const QString id = m_partnerId;
    const int generation = ++m_generation;
    m_pending = 2;
    QUrlQuery scope;
    scope.addQueryItem(QStringLiteral("partner_id"), id);
    auto done = [this, generation](bool assessments, const ApiResponse& response) {
        if (generation != m_generation)
            return;
        const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
        (assessments ? m_assessments : m_pricing) = items;
        if (--m_pending == 0)
            fill();
    };
    m_api.get(
        QStringLiteral("/api/v1/partner/assessments"), scope, this,
        [done](const ApiResponse& response) { done(true, response); },
        [this](const ApiError& error) { showError(error); });
    m_api.get(
        QStringLiteral("/api/v1/admin/partners/%1/pricing").arg(id), {}, this,
        [done](const ApiResponse& response) { done(false, response); },
        [this](const ApiError& error) { showError(error); });
}

void PartnerPricingPanel::fill()
{
    m_filling = true;
    QHash<QString, QJsonObject> prices;
    for (const QJsonValue& value : m_pricing) {
        const QJsonObject price = value.toObject();
        prices.insert(price.value(QStringLiteral("assessment_id")).toString(), price);
    }
    // An assessment withdrawn from publication keeps its price row visible while one is set.
    QJsonArray rows = m_assessments;
    QSet<QString> listed;
    for (const QJsonValue& value : m_assessments)
        listed.insert(value.toObject().value(QStringLiteral("id")).toString());
    for (const QJsonValue& value : m_pricing) {
        const QJsonObject price = value.toObject();
        if (!listed.contains(price.value(QStringLiteral("assessment_id")).toString()))
            rows.append(QJsonObject{
                {QStringLiteral("id"), price.value(QStringLiteral("assessment_id"))},
                {QStringLiteral("code"), price.value(QStringLiteral("assessment_code"))},
                {QStringLiteral("title"), price.value(QStringLiteral("assessment_title"))}});
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QJsonObject assessment = rows.at(row).toObject();
        const QString id = assessment.value(QStringLiteral("id")).toString();
        const QJsonObject price = prices.value(id);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 \u2014 %2").arg(
            assessment.value(QStringLiteral("code")).toString(),
            assessment.value(QStringLiteral("title")).toString()));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(kAssessmentIdRole, id);
        m_table->setItem(row, Assessment, name);
        auto money = [&price](const char* field) {
            auto* item = new QTableWidgetItem;
            const QJsonValue value = price.value(QString::fromLatin1(field));
            item->setData(Qt::EditRole,
                          value.isDouble() ? QVariant(qlonglong(value.toInteger())) : QVariant());
            return item;
        };
        m_table->setItem(row, Price, money("price"));
        m_table->setItem(row, ExecutivePrice, money("executive_price"));
        auto* updated = new QTableWidgetItem(
            price.isEmpty() ? QString()
                            : PartnerFormat::date(price.value(QStringLiteral("updated_at")).toString()));
        updated->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Updated, updated);
    }
    m_table->resizeColumnToContents(Price);
    m_table->resizeColumnToContents(ExecutivePrice);
    m_table->setColumnWidth(Price, std::max(m_table->columnWidth(Price), 130));
    m_table->setColumnWidth(ExecutivePrice, std::max(m_table->columnWidth(ExecutivePrice), 130));
    m_filling = false;
    emit loaded();
}

int PartnerPricingPanel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Assessment)->text().startsWith(code + QStringLiteral(" \u2014")))
            return row;
    return -1;
}

void PartnerPricingPanel::save(int row)
{
    if (row < 0 || row >= m_table->rowCount() || m_partnerId.isEmpty())
        return;
    const QString assessmentId = m_table->item(row, Assessment)->data(kAssessmentIdRole).toString();
    const QVariant price = m_table->item(row, Price)->data(Qt::EditRole);
    const QVariant executive = m_table->item(row, ExecutivePrice)->data(Qt::EditRole);
    if (price.isNull()) {
        // Nothing stored yet and only the executive price typed: the report price comes first.
        if (!executive.isNull())
            m_message->setText(tr("Isi harga laporan dulu; harga ringkasan eksekutif menyertainya."));
        return;
    }
    QJsonObject body{{QStringLiteral("price"), price.toLongLong()}};
    body.insert(QStringLiteral("executive_price"),
                executive.isNull() ? QJsonValue() : QJsonValue(executive.toLongLong()));
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path =
        QStringLiteral("/api/v1/admin/partners/%1/pricing/%2").arg(m_partnerId, assessmentId);
    request.body = QJsonDocument(body);
    m_message->setText(tr("Menyimpan…"));
    const QString name = m_table->item(row, Assessment)->text();
    m_api.send(
        request, this,
        [this, assessmentId, name](const ApiResponse&) {
            m_message->setText(tr("Harga %1 tersimpan.").arg(name));
            emit saved(assessmentId);
            reload();
        },
        [this](const ApiError& error) {
            showError(error);
            reload(); // back to what the server holds
        });
}

void PartnerPricingPanel::remove(int row)
{
    if (row < 0 || row >= m_table->rowCount() || m_table->item(row, Price)->data(Qt::EditRole).isNull())
        return;
    const QString assessmentId = m_table->item(row, Assessment)->data(kAssessmentIdRole).toString();
    const QString name = m_table->item(row, Assessment)->text();
    const auto answer = QMessageBox::question(
        this, tr("Hapus harga khusus"),
        tr("Hapus harga khusus %1 untuk partner ini? Acara berikutnya memakai harga acara atau "
           "harga umum.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path =
        QStringLiteral("/api/v1/admin/partners/%1/pricing/%2").arg(m_partnerId, assessmentId);
    m_api.send(
        request, this,
        [this, name](const ApiResponse&) {
            m_message->setText(tr("Harga khusus %1 dihapus.").arg(name));
            reload();
        },
        [this](const ApiError& error) { showError(error); });
}

void PartnerPricingPanel::showError(const ApiError& error)
{
    m_message->setText(error.fullText());
}

bool PartnerPricingPanel::eventFilter(QObject* watched, QEvent* event)
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

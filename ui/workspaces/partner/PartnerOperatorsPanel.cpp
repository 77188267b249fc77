// PartnerOperatorsPanel: the operator list with its add form and confirmed removal.
#include "PartnerOperatorsPanel.h"

#include "PartnerFormat.h"

#include "ApiClient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ey::desk::partner {

PartnerOperatorsPanel::PartnerOperatorsPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* hint = new QLabel(
        tr("Operator bertindak untuk partner ini: membuat acara dan mengunduh laporan, tetapi "
           "tidak bisa membeli kuota atau melihat harga."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setHorizontalHeaderLabels({tr("Nama"), tr("Email"), tr("Sejak")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto* removeRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("Hapus operator…"), this);
    m_remove->setObjectName(QStringLiteral("removeOperator"));
    m_remove->setToolTip(tr("Hapus operator terpilih (Del)"));
    connect(m_remove, &QPushButton::clicked, this,
            [this] { remove(m_table->currentRow()); });
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);

    auto* title = new QLabel(tr("Tambah operator"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("operatorEmail"));
    m_email->setPlaceholderText(tr("Email akun yang ada atau akun baru"));
    form->addRow(tr("Email"), m_email);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setPlaceholderText(tr("Hanya untuk akun baru"));
    form->addRow(tr("Nama"), m_name);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("operatorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Hanya untuk akun baru, minimal 8 karakter"));
    form->addRow(tr("Kata sandi"), m_password);
    layout->addLayout(form);
    auto* actions = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("operatorMessage"));
    m_message->setWordWrap(true);
    m_add = new QPushButton(tr("Tambah operator"), this);
    m_add->setObjectName(QStringLiteral("addOperator"));
    connect(m_add, &QPushButton::clicked, this, &PartnerOperatorsPanel::add);
    for (QLineEdit* edit : {m_email, m_name, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &PartnerOperatorsPanel::add);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_add);
    layout->addLayout(actions);
    setEnabled(false);
}

void PartnerOperatorsPanel::setPartnerId(const QString& partnerId)
{
    m_partnerId = partnerId;
    m_items = {};
    m_table->setRowCount(0);
    for (QLineEdit* edit : {m_email, m_name, m_password})
        edit->clear();
    m_message->clear();
    setEnabled(!partnerId.isEmpty());
    reload();
}

void PartnerOperatorsPanel::reload()
{
    if (m_partnerId.isEmpty())
        return;
    const QString id = m_partnerId;
    m_api.get(
        QStringLiteral("/api/v1/admin/partners/%1/operators").arg(id), {}, this,
        [this, id](const ApiResponse& response) {
            if (id != m_partnerId)
                return; // another partner was chosen meanwhile
            showItems(response.object().value(QStringLiteral("items")).toArray());
        },
        [this](const ApiError& error) { showError(error); });
}

void PartnerOperatorsPanel::showItems(const QJsonArray& items)
{
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items.at(row).toObject();
        auto cell = [](const QString& text) { return new QTableWidgetItem(text); };
        m_table->setItem(row, 0, cell(item.value(QStringLiteral("full_name")).toString()));
        m_table->setItem(row, 1, cell(item.value(QStringLiteral("email")).toString()));
        m_table->setItem(
            row, 2, cell(PartnerFormat::date(item.value(QStringLiteral("created_at")).toString())));
    }
    m_table->resizeColumnToContents(0);
    m_remove->setEnabled(!items.isEmpty());
    emit loaded(int(items.size()));
}

void PartnerOperatorsPanel::add()
{
    if (m_partnerId.isEmpty())
        return;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        m_message->setText(tr("Isi email operator."));
        m_email->setFocus();
        return;
    }
    QJsonObject body{{QStringLiteral("email"), email}};
    if (!m_name->text().trimmed().isEmpty())
        body.insert(QStringLiteral("full_name"), m_name->text().trimmed());
    if (!m_password->text().isEmpty())
        body.insert(QStringLiteral("password"), m_password->text());
    m_add->setEnabled(false);
    m_message->setText(tr("Menyimpan…"));
    m_api.post(
        QStringLiteral("/api/v1/admin/partners/%1/operators").arg(m_partnerId), body, this,
        [this](const ApiResponse& response) {
            m_add->setEnabled(true);
            for (QLineEdit* edit : {m_email, m_name, m_password})
                edit->clear(); // the password must not linger on screen
            m_message->setText(tr("%1 kini operator partner ini.")
                                   .arg(response.object().value(QStringLiteral("email")).toString()));
            reload();
        },
        [this](const ApiError& error) { showError(error); });
}

void PartnerOperatorsPanel::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const QJsonObject item = m_items.at(row).toObject();
    const QString name = item.value(QStringLiteral("full_name")).toString();
    const QString email = item.value(QStringLiteral("email")).toString();
    const auto answer = QMessageBox::question(
        this, tr("Hapus operator"),
        tr("Hapus %1 (%2) sebagai operator? Akunnya tetap ada, tetapi tidak bisa lagi bertindak "
           "untuk partner ini.")
            .arg(name, email),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/admin/partners/%1/operators/%2")
                       .arg(m_partnerId, item.value(QStringLiteral("user_id")).toString());
    m_remove->setEnabled(false);
    m_api.send(
        request, this,
        [this, email](const ApiResponse&) {
            m_message->setText(tr("%1 bukan lagi operator.").arg(email));
            reload();
        },
        [this](const ApiError& error) {
            showError(error);
            reload();
        });
}

void PartnerOperatorsPanel::showError(const ApiError& error)
{
    m_add->setEnabled(true);
    m_remove->setEnabled(!m_items.isEmpty());
    m_message->setText(error.fullText());
}

bool PartnerOperatorsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        remove(m_table->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ey::desk::partner

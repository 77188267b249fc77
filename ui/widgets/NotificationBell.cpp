// NotificationBell: badge painting, popup list, read marking.
#include "NotificationBell.h"

#include "ApiClient.h"

#include <QEvent>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ey::desk {

namespace {

constexpr int NotificationRole = Qt::UserRole + 1;

} // namespace

NotificationBell::NotificationBell(ApiClient& api, QWidget* parent)
    : QToolButton(parent), m_api(api)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(QIcon(QStringLiteral(":/icons/bell.svg")));
    setAutoRaise(true);
    setIconSize(QSize(22, 22));
    setFocusPolicy(Qt::StrongFocus);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("notificationPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popupTitle = new QLabel(m_popup);
    QFont bold = m_popupTitle->font();
    bold.setBold(true);
    m_popupTitle->setFont(bold);
    m_list = new QListWidget(m_popup);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setWordWrap(true);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 48, fontMetrics().height() * 18);
    m_emptyLabel = new QLabel(m_popup);
    m_emptyLabel->setObjectName(QStringLiteral("notificationEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_markAllButton = new QPushButton(m_popup);
    m_markAllButton->setObjectName(QStringLiteral("markAllReadButton"));
    auto* layout = new QVBoxLayout(m_popup);
    layout->addWidget(m_popupTitle);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_markAllButton);

    connect(this, &QToolButton::clicked, this, &NotificationBell::showPopup);
    connect(m_list, &QListWidget::itemActivated, this, &NotificationBell::openItem);
    connect(m_list, &QListWidget::itemClicked, this, &NotificationBell::openItem);
    connect(m_markAllButton, &QPushButton::clicked, this, &NotificationBell::markAllRead);
    retranslate();
}

void NotificationBell::retranslate()
{
    setToolTip(m_unread > 0 ? tr("Notifikasi: %n belum dibaca", nullptr, m_unread)
                            : tr("Notifikasi"));
    setAccessibleName(toolTip());
    m_popupTitle->setText(tr("Notifikasi"));
    m_emptyLabel->setText(tr("Belum ada notifikasi."));
    m_markAllButton->setText(tr("Tandai semua dibaca"));
}

void NotificationBell::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void NotificationBell::setUnreadCount(int count)
{
    m_unread = std::max(0, count);
    retranslate();
    update();
}

void NotificationBell::refresh()
{
    m_api.get(QStringLiteral("/api/v1/notifications/unread-count"), {}, this,
              [this](const ApiResponse& response) {
                  setUnreadCount(response.object().value(QStringLiteral("unread")).toInt());
              });
}

void NotificationBell::handleEvent(const QString& name, const QJsonObject& data)
{
    if (name != QStringLiteral("notification"))
        return;
    if (!data.value(QStringLiteral("read")).toBool())
        setUnreadCount(m_unread + 1);
    addItem(data, true);
    emit notificationArrived(data);
}

void NotificationBell::showPopup()
{
    loadList();
    m_popup->adjustSize();
    const QPoint below = mapToGlobal(QPoint(width() - m_popup->sizeHint().width(), height()));
    m_popup->move(below);
    m_popup->show();
    m_list->setFocus();
}

void NotificationBell::loadList()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("30"));
    m_api.get(
        QStringLiteral("/api/v1/notifications"), query, this, [this](const ApiResponse& response) {
            m_list->clear();
            for (const auto& item : response.object().value(QStringLiteral("items")).toArray())
                addItem(item.toObject(), false);
            m_emptyLabel->setVisible(m_list->count() == 0);
        });
    m_emptyLabel->setVisible(m_list->count() == 0);
}

void NotificationBell::addItem(const QJsonObject& notification, bool atTop)
{
    const QString id = notification.value(QStringLiteral("id")).toString();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)
                ->data(NotificationRole)
                .toJsonObject()
                .value(QStringLiteral("id"))
                .toString() == id)
            return;
    }
    const QString text = notification.value(QStringLiteral("title")).toString() +
                         QLatin1Char('\n') +
                         notification.value(QStringLiteral("message")).toString();
    auto* item = new QListWidgetItem(text.trimmed());
    item->setData(NotificationRole, notification);
    if (!notification.value(QStringLiteral("read")).toBool()) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    if (atTop)
        m_list->insertItem(0, item);
    else
        m_list->addItem(item);
    m_emptyLabel->setVisible(false);
}

void NotificationBell::openItem(QListWidgetItem* item)
{
    QJsonObject notification = item->data(NotificationRole).toJsonObject();
    if (!notification.value(QStringLiteral("read")).toBool()) {
        const QString id = notification.value(QStringLiteral("id")).toString();
        m_api.post(QStringLiteral("/api/v1/notifications/%1/read").arg(id), {}, this,
                   [](const ApiResponse&) {});
        notification.insert(QStringLiteral("read"), true);
        item->setData(NotificationRole, notification);
        item->setFont(m_list->font());
        setUnreadCount(m_unread - 1);
    }
    m_popup->hide();
    emit notificationOpened(notification);
}

void NotificationBell::markAllRead()
{
    m_api.post(
        QStringLiteral("/api/v1/notifications/read-all"), {}, this, [this](const ApiResponse&) {
            for (int row = 0; row < m_list->count(); ++row) {
                QJsonObject notification = m_list->item(row)->data(NotificationRole).toJsonObject();
                notification.insert(QStringLiteral("read"), true);
                m_list->item(row)->setData(NotificationRole, notification);
                m_list->item(row)->setFont(m_list->font());
            }
            setUnreadCount(0);
        });
}

void NotificationBell::paintEvent(QPaintEvent* event)
{
    QToolButton::paintEvent(event);
    if (m_unread <= 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(9, height() / 3));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int h = metrics.height();
    const int w = std::max(h, metrics.horizontalAdvance(text) + h / 2);
    const QRect badge(width() - w, 0, w, h);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xDC, 0x26, 0x26));
    painter.drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}

} // namespace ey::desk

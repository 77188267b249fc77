// UserField: email → user id through GET /api/v1/admin/users.
#include "UserField.h"

#include "ApiClient.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace ey::desk::catalog {

namespace {

bool looksLikeId(const QString& text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

UserField::UserField(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("userEdit"));
    m_edit->setMaxLength(254);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("userNote"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_note, 2);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        ++m_generation;
        m_userId.clear();
        setNote({}, false);
        emit edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &UserField::resolve);
}

void UserField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void UserField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void UserField::setNote(const QString& text, bool error)
{
    m_note->setText(text);
    m_note->setStyleSheet(error ? QStringLiteral("color: #B91C1C;")
                                : QStringLiteral("color: #15803D;"));
}

void UserField::setPerson(const QString& id, const QString& name, const QString& email)
{
    m_userId = id;
    if (!email.isEmpty())
        m_edit->setText(email);
    setNote(QStringLiteral("✓ ") + (name.isEmpty() ? email : name), false);
    emit resolved();
}

void UserField::setUserId(const QString& id, const QString& knownName)
{
    ++m_generation;
    m_userId = id;
    m_edit->setText(id);
    setNote(knownName.isEmpty() || id.isEmpty() ? QString() : QStringLiteral("✓ ") + knownName,
            false);
    if (!id.isEmpty())
        lookUpId(id);
}

QString UserField::value() const
{
    return m_userId.isEmpty() ? m_edit->text().trimmed() : m_userId;
}

void UserField::lookUpId(const QString& id)
{
    const int generation = m_generation;
    m_api.get(
        QStringLiteral("/api/v1/admin/users/") + id, {}, this,
        [this, generation, id](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            const QJsonObject user = response.object();
            setPerson(id, user.value(QStringLiteral("full_name")).toString(),
                      user.value(QStringLiteral("email")).toString());
        },
        [](const ApiError&) {
            // Without users.read the id stays as it is; the catalog API still takes it.
        });
}

void UserField::resolve()
{
    const QString text = m_edit->text().trimmed();
    if (!m_userId.isEmpty() || text.isEmpty())
        return;
    if (looksLikeId(text)) {
        m_userId = text;
        lookUpId(text);
        return;
    }
    if (!text.contains(QLatin1Char('@'))) {
        setNote(tr("Ketik email atau id pengguna."), true);
        return;
    }
    const int generation = ++m_generation;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    m_api.get(
        QStringLiteral("/api/v1/admin/users"), query, this,
        [this, generation, text](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            for (const auto& value : response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject user = value.toObject();
                const QString email = user.value(QStringLiteral("email")).toString();
                if (email.compare(text, Qt::CaseInsensitive) == 0) {
                    setPerson(user.value(QStringLiteral("id")).toString(),
                              user.value(QStringLiteral("full_name")).toString(), email);
                    return;
                }
            }
            setNote(tr("Tidak ada pengguna dengan email ini."), true);
        },
        [this, generation](const ApiError& error) {
            if (generation == m_generation)
                setNote(error.detail, true);
        });
}

} // namespace ey::desk::catalog

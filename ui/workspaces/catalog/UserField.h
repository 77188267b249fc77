// A person typed by email (or user id) and resolved to the user id the catalog API takes.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::catalog {

/// UI thread. Looks the email up in the admin user list when the user leaves the field and
/// shows whom it found; a stored id is shown as that person's name and email. Without a match the
/// typed text is sent as it is, so the server's field error explains it.
class UserField : public QWidget
{
    Q_OBJECT

public:
    explicit UserField(ApiClient& api, QWidget* parent = nullptr);

    void setUserId(const QString& id, const QString& knownName = {});
    /// The resolved id, or the typed text when nothing was found ("" = nobody).
    QString value() const;
    bool isResolved() const { return !m_userId.isEmpty(); }
    QLineEdit* edit() const { return m_edit; }
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString& text);
    /// Looks up what is typed now (the field does this itself on leaving it).
    void resolve();

signals:
    void edited();
    void resolved();

private:
    void lookUpId(const QString& id);
    void setPerson(const QString& id, const QString& name, const QString& email);
    void setNote(const QString& text, bool error);

    ApiClient& m_api;
    QLineEdit* m_edit = nullptr;
    QLabel* m_note = nullptr;
    QString m_userId;
    int m_generation = 0;
};

} // namespace ey::desk::catalog

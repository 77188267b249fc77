// LoginDialog layout and sign-in flow.
#include "LoginDialog.h"

#include "Session.h"
#include "UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ey::desk {

LoginDialog::LoginDialog(Session& session, UiLanguage& language, QWidget* parent)
    : QDialog(parent), m_session(session), m_language(language)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://eksporyuk.example.com"));
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(QStringLiteral("nama@contoh.com"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck = new QCheckBox(this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : UiLanguage::codes())
        m_languageCombo->addItem(UiLanguage::nativeName(code), code);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #B91C1C; }"));
    m_errorLabel->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setProperty("primary", true);
    m_signInButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    m_serverLabel = new QLabel(this);
    m_emailLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_serverEdit);
    m_emailLabel->setBuddy(m_emailEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_serverEdit);
    form->addRow(m_emailLabel, m_emailEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_languageCombo);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_signInButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyLabel);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    setTabOrder(m_serverEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_languageCombo);

    QSettings settings;
    m_serverEdit->setText(
        settings.value(QStringLiteral("server/url"), QStringLiteral("http://127.0.0.1:8080"))
            .toString());
    m_emailEdit->setText(settings.value(QStringLiteral("session/lastEmail")).toString());
    m_rememberCheck->setChecked(settings.value(QStringLiteral("session/remember"), false).toBool());
    m_languageCombo->setCurrentIndex(
        std::max(0, static_cast<int>(UiLanguage::codes().indexOf(m_language.current()))));

    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_language.setLanguage(m_languageCombo->itemData(index).toString());
    });
    connect(&m_session, &Session::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&m_session, &Session::signInFailed, this, [this](const ApiError& error) {
        setBusy(false);
        showError(error.detail);
        m_passwordEdit->setFocus();
        m_passwordEdit->selectAll();
    });
    connect(&m_session, &Session::resumeFailed, this, [this](const QString&) {
        // A missing or expired remembered session is normal: the form is simply there to fill in.
        setBusy(false);
        m_passwordEdit->setFocus();
    });
    retranslate();
    if (m_emailEdit->text().isEmpty())
        m_emailEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Masuk — EksporYuk"));
    m_title->setText(tr("Masuk ke EksporYuk"));
    m_serverLabel->setText(tr("Alamat &server"));
    m_emailLabel->setText(tr("&Email"));
    m_passwordLabel->setText(tr("&Kata sandi"));
    m_rememberCheck->setText(tr("&Ingat saya"));
    m_rememberCheck->setToolTip(
        tr("Menyimpan sesi di brankas kata sandi sistem operasi, bukan di berkas biasa."));
    m_signInButton->setText(tr("&Masuk"));
    m_cancelButton->setText(tr("&Batal"));
    m_languageCombo->setToolTip(tr("Bahasa tampilan"));
    m_languageCombo->setAccessibleName(tr("Bahasa tampilan"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setServerUrl(const QString& url)
{
    m_serverEdit->setText(url);
}

void LoginDialog::setEmail(const QString& email)
{
    m_emailEdit->setText(email);
}

QString LoginDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void LoginDialog::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy, const QString& message)
{
    for (QWidget* widget :
         {static_cast<QWidget*>(m_serverEdit), static_cast<QWidget*>(m_emailEdit),
          static_cast<QWidget*>(m_passwordEdit), static_cast<QWidget*>(m_rememberCheck),
          static_cast<QWidget*>(m_signInButton)})
        widget->setEnabled(!busy);
    m_busyLabel->setText(message);
    m_busyLabel->setVisible(busy && !message.isEmpty());
}

void LoginDialog::resumeRememberedSession()
{
    QSettings settings;
    if (!settings.value(QStringLiteral("session/remember"), false).toBool() ||
        m_emailEdit->text().isEmpty())
        return;
    const QUrl server = QUrl::fromUserInput(m_serverEdit->text().trimmed());
    setBusy(true, tr("Memeriksa sesi tersimpan…"));
    m_session.resume(server, m_emailEdit->text().trimmed());
}

void LoginDialog::signInWith(const QString& email, const QString& password)
{
    m_emailEdit->setText(email);
    m_passwordEdit->setText(password);
    m_rememberCheck->setChecked(false);
    submit();
}

void LoginDialog::submit()
{
    const QUrl server = QUrl::fromUserInput(m_serverEdit->text().trimmed());
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QStringLiteral("http") && server.scheme() != QStringLiteral("https"))) {
        showError(tr("Alamat server tidak valid. Contoh: https://eksporyuk.example.com"));
        m_serverEdit->setFocus();
        return;
    }
    if (m_emailEdit->text().trimmed().isEmpty() || m_passwordEdit->text().isEmpty()) {
        showError(tr("Isi email dan kata sandi Anda."));
        (m_emailEdit->text().trimmed().isEmpty() ? m_emailEdit : m_passwordEdit)->setFocus();
        return;
    }
    showError({});
    setBusy(true, tr("Sedang masuk…"));
    m_session.signIn(server, m_emailEdit->text().trimmed(), m_passwordEdit->text(),
                     m_rememberCheck->isChecked());
}

} // namespace ey::desk

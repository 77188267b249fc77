// A miniature of the client drawn with the branding being edited, before it is saved.
#pragma once

#include <QFrame>
#include <QJsonObject>
#include <QPixmap>

class QComboBox;
class QLabel;
class QPushButton;

namespace ey::desk::branding {

/// UI thread. Mini window (title bar with favicon, sidebar with logo, header with platform name and
/// tagline, buttons, a card, a table row under the pointer) styled only from the document it is
/// given, so it shows unsaved values and never touches the application's own stylesheet.
class BrandingPreview : public QFrame
{
    Q_OBJECT

public:
    explicit BrandingPreview(QWidget* parent = nullptr);

    /// Edited values (a full branding document); colours that do not parse fall back to `fallback`.
    void setDocument(const QJsonObject& document, const QJsonObject& fallback);
    void setLogos(const QPixmap& main, const QPixmap& affiliate, const QPixmap& favicon);
    /// The stylesheet last applied to the miniature (tests read the colours from it).
    QString previewStyleSheet() const;
    /// Which logo the miniature shows now ("main" or "affiliate").
    QString shownLogoKind() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    QString colour(const QString& path) const;

    QJsonObject m_document;
    QJsonObject m_fallback;
    QPixmap m_mainLogo;
    QPixmap m_affiliateLogo;
    QPixmap m_favicon;
    QString m_shownLogo = QStringLiteral("main");
    QLabel* m_caption;
    QComboBox* m_role;
    QFrame* m_window;
    QLabel* m_favIcon;
    QLabel* m_windowTitle;
    QLabel* m_logo;
    QLabel* m_navActive;
    QLabel* m_navHover;
    QLabel* m_navPlain;
    QLabel* m_platformName;
    QLabel* m_tagline;
    QLabel* m_heading;
    QLabel* m_body;
    QPushButton* m_primary;
    QPushButton* m_secondary;
    QLabel* m_cardTitle;
    QLabel* m_cardText;
    QLabel* m_rowHeader;
    QLabel* m_row;
    QLabel* m_rowHover;
    QLabel* m_badge;
    QLabel* m_footer;
};

} // namespace ey::desk::branding

// BrandingPreview: the miniature's widgets and the stylesheet built from the edited values.
#include "BrandingPreview.h"

#include "BrandingDraft.h"
#include "ColourContrast.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ey::desk::branding {

namespace {

QLabel* label(QWidget* parent, const char* name)
{
    auto* widget = new QLabel(parent);
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

} // namespace

BrandingPreview::BrandingPreview(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("brandingPreviewPanel"));
    m_caption = label(this, "previewCaption");
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("previewRoleCombo"));
    m_role->addItem(QString(), QStringLiteral("admin"));
    m_role->addItem(QString(), QStringLiteral("affiliate"));
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { render(); });

    // The miniature window. Object names scope every rule of its own stylesheet.
    m_window = new QFrame(this);
    m_window->setObjectName(QStringLiteral("brandingPreview"));
    m_window->setAttribute(Qt::WA_StyledBackground);

    auto* titleBar = new QFrame(m_window);
    titleBar->setObjectName(QStringLiteral("previewTitleBar"));
    m_favIcon = label(titleBar, "previewFavicon");
    m_favIcon->setFixedSize(16, 16);
    m_windowTitle = label(titleBar, "previewWindowTitle");
    auto* titleLayout = new QHBoxLayout(titleBar);
    titleLayout->setContentsMargins(8, 4, 8, 4);
    titleLayout->addWidget(m_favIcon);
    titleLayout->addWidget(m_windowTitle, 1);

    auto* sidebar = new QFrame(m_window);
    sidebar->setObjectName(QStringLiteral("previewSidebar"));
    sidebar->setFixedWidth(150);
    m_logo = label(sidebar, "previewLogo");
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFixedHeight(48);
    m_navActive = label(sidebar, "previewNavActive");
    m_navHover = label(sidebar, "previewNavHover");
    m_navPlain = label(sidebar, "previewNavPlain");
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(8, 10, 8, 10);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(m_logo);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_navActive);
    sideLayout->addWidget(m_navHover);
    sideLayout->addWidget(m_navPlain);
    sideLayout->addStretch(1);

    auto* header = new QFrame(m_window);
    header->setObjectName(QStringLiteral("previewHeader"));
    m_platformName = label(header, "previewPlatformName");
    m_tagline = label(header, "previewTagline");
    m_badge = label(header, "previewBadge");
    m_badge->setAlignment(Qt::AlignCenter);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(0);
    headerText->addWidget(m_platformName);
    headerText->addWidget(m_tagline);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(14, 8, 14, 8);
    headerLayout->addLayout(headerText, 1);
    headerLayout->addWidget(m_badge, 0, Qt::AlignTop);

    auto* content = new QFrame(m_window);
    content->setObjectName(QStringLiteral("previewContent"));
    m_heading = label(content, "previewHeading");
    m_body = label(content, "previewBody");
    m_body->setWordWrap(true);
    m_primary = new QPushButton(content);
    m_primary->setObjectName(QStringLiteral("previewPrimaryButton"));
    m_secondary = new QPushButton(content);
    m_secondary->setObjectName(QStringLiteral("previewSecondaryButton"));
    // The miniature is a picture, not a second form: it takes no focus and no clicks.
    for (QPushButton* button : {m_primary, m_secondary})
        button->setFocusPolicy(Qt::NoFocus);
    auto* card = new QFrame(content);
    card->setObjectName(QStringLiteral("previewCard"));
    m_cardTitle = label(card, "previewCardTitle");
    m_cardText = label(card, "previewCardText");
    m_cardText->setWordWrap(true);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_cardTitle);
    cardLayout->addWidget(m_cardText);
    auto* table = new QFrame(content);
    table->setObjectName(QStringLiteral("previewTable"));
    m_rowHeader = label(table, "previewRowHeader");
    m_row = label(table, "previewRow");
    m_rowHover = label(table, "previewRowHover");
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_rowHeader);
    tableLayout->addWidget(m_row);
    tableLayout->addWidget(m_rowHover);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_primary);
    buttons->addWidget(m_secondary);
    buttons->addStretch(1);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(14, 12, 14, 12);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_body);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(card);
    contentLayout->addWidget(table);
    contentLayout->addStretch(1);
    m_footer = label(content, "previewFooter");
    m_footer->setAlignment(Qt::AlignCenter);
    contentLayout->addWidget(m_footer);

    auto* main = new QVBoxLayout;
    main->setSpacing(0);
    main->addWidget(header);
    main->addWidget(content, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(sidebar);
    body->addLayout(main, 1);
    auto* windowLayout = new QVBoxLayout(m_window);
    windowLayout->setContentsMargins(1, 1, 1, 1);
    windowLayout->setSpacing(0);
    windowLayout->addWidget(titleBar);
    windowLayout->addLayout(body, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_role);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_window, 1);
    retranslate();
}

void BrandingPreview::setDocument(const QJsonObject& document, const QJsonObject& fallback)
{
    m_document = document;
    m_fallback = fallback;
    render();
}

void BrandingPreview::setLogos(const QPixmap& main, const QPixmap& affiliate,
                               const QPixmap& favicon)
{
    m_mainLogo = main;
    m_affiliateLogo = affiliate;
    m_favicon = favicon;
    render();
}

QString BrandingPreview::previewStyleSheet() const
{
    return m_window->styleSheet();
}

QString BrandingPreview::shownLogoKind() const
{
    return m_shownLogo;
}

QString BrandingPreview::colour(const QString& path) const
{
    // A half-typed code must not break the picture: fall back to the last saved value.
    const auto edited =
        ColourContrast::normalise(BrandingDraft::valueIn(m_document, path).toString());
    if (edited)
        return *edited;
    return ColourContrast::normalise(BrandingDraft::valueIn(m_fallback, path).toString())
        .value_or(QStringLiteral("#000000"));
}

void BrandingPreview::render()
{
    const auto text = [this](const char* path) {
        return BrandingDraft::valueIn(m_document, QString::fromLatin1(path)).toString();
    };
    const auto number = [this](const char* path, int fallback) {
        const QJsonValue value = BrandingDraft::valueIn(m_document, QString::fromLatin1(path));
        return value.isDouble() ? value.toInt() : fallback;
    };
    const auto c = [this](const char* path) { return colour(QString::fromLatin1(path)); };
    const int radius = std::clamp(number("components.border_radius", 8), 0, 24);
    const int bodySize = std::clamp(number("typography.body_size", 14), 10, 24);
    const int headingSize = std::clamp(number("typography.heading_size", 24), 12, 48);
    const QString r = QString::number(radius);

    QString sheet;
    sheet += QStringLiteral(
                 "#brandingPreview { background: %1; border: 1px solid %2; border-radius: 8px; }\n")
                 .arg(c("colors.background"), c("components.hover_bg"));
    sheet += QStringLiteral("#previewTitleBar { background: %1; border-top-left-radius: 8px; "
                            "border-top-right-radius: 8px; }\n")
                 .arg(c("colors.neutral_dark"));
    sheet += QStringLiteral("#previewTitleBar QLabel { color: %1; font-size: 11px; }\n")
                 .arg(c("colors.neutral_light"));
    sheet += QStringLiteral("#previewSidebar { background: %1; border-right: 1px solid %2; }\n")
                 .arg(c("components.sidebar_bg"), c("components.hover_bg"));
    sheet += QStringLiteral(
                 "#previewSidebar QLabel { color: %1; padding: 5px 8px; border-radius: %2px; }\n")
                 .arg(c("components.sidebar_text"), r);
    sheet +=
        QStringLiteral("#previewSidebar QLabel#previewNavActive { background: %1; color: %2; }\n")
            .arg(c("components.sidebar_active_bg"), c("components.sidebar_active_text"));
    sheet += QStringLiteral("#previewSidebar QLabel#previewNavHover { background: %1; }\n")
                 .arg(c("components.hover_bg"));
    // Without a logo the short name stands in for it.
    sheet += QStringLiteral("#previewSidebar QLabel#previewLogo { font-weight: bold; font-size: "
                            "%1px; padding: 0; }\n")
                 .arg(bodySize + 4);
    sheet += QStringLiteral("#previewHeader { background: %1; }\n").arg(c("colors.primary"));
    sheet +=
        QStringLiteral("#previewHeader QLabel { color: %1; }\n").arg(c("colors.text_on_primary"));
    sheet +=
        QStringLiteral(
            "#previewHeader QLabel#previewPlatformName { font-weight: bold; font-size: %1px; }\n")
            .arg(bodySize + 4);
    sheet +=
        QStringLiteral(
            "#previewHeader QLabel#previewBadge { background: %1; color: %2; border-radius: 9px; "
            "padding: 1px 7px; font-weight: bold; }\n")
            .arg(c("colors.secondary"), c("colors.text_on_secondary"));
    sheet += QStringLiteral("#previewContent { background: %1; }\n").arg(c("colors.background"));
    sheet += QStringLiteral("#previewContent QLabel { color: %1; font-size: %2px; }\n")
                 .arg(c("colors.text"))
                 .arg(bodySize);
    sheet += QStringLiteral(
                 "#previewContent QLabel#previewHeading { font-size: %1px; font-weight: bold; }\n")
                 .arg(headingSize);
    sheet += QStringLiteral(
                 "QPushButton#previewPrimaryButton { background: %1; color: %2; border: none; "
                 "border-radius: %3px; padding: 6px 14px; font-size: %4px; }\n")
                 .arg(c("components.button_primary_bg"), c("components.button_primary_text"), r)
                 .arg(bodySize);
    sheet += QStringLiteral(
                 "QPushButton#previewSecondaryButton { background: %1; color: %2; border: none; "
                 "border-radius: %3px; padding: 6px 14px; font-size: %4px; }\n")
                 .arg(c("components.button_secondary_bg"), c("components.button_secondary_text"), r)
                 .arg(bodySize);
    sheet += QStringLiteral(
                 "#previewCard { background: %1; border: 1px solid %2; border-radius: %3px; }\n")
                 .arg(c("components.card_bg"), c("components.hover_bg"), r);
    sheet += QStringLiteral("#previewCard QLabel { color: %1; }\n").arg(c("components.card_text"));
    sheet += QStringLiteral("#previewCard QLabel#previewCardTitle { font-weight: bold; }\n");
    sheet += QStringLiteral("#previewContent QLabel#previewFooter { color: %1; font-size: %2px; "
                            "border-top: 1px solid %3; "
                            "padding-top: 6px; }\n")
                 .arg(c("colors.neutral_dark"))
                 .arg(std::max(bodySize - 2, 10))
                 .arg(c("components.hover_bg"));
    sheet +=
        QStringLiteral("#previewTable QLabel { padding: 5px 8px; border-bottom: 1px solid %1; }\n")
            .arg(c("components.hover_bg"));
    sheet += QStringLiteral("#previewTable QLabel#previewRowHeader { color: %1; background: %2; "
                            "font-weight: bold; }\n")
                 .arg(c("colors.neutral_light"), c("colors.neutral_dark"));
    sheet += QStringLiteral("#previewTable QLabel#previewRowHover { background: %1; }\n")
                 .arg(c("components.hover_bg"));
    m_window->setStyleSheet(sheet);

    QFont font = this->font();
    const QString family = text("typography.font_family");
    if (!family.isEmpty())
        font.setFamilies({family, this->font().family()}); // the chosen family when installed
    m_window->setFont(font);

    const QString platform = text("platform_name");
    const QString shortName = text("short_name");
    m_windowTitle->setText(platform);
    m_platformName->setText(platform);
    const QString tagline = text("tagline");
    m_tagline->setText(tagline);
    m_tagline->setVisible(!tagline.isEmpty());

    const bool affiliate = m_role->currentData().toString() == QStringLiteral("affiliate");
    const bool useAffiliate = affiliate && !m_affiliateLogo.isNull();
    const QPixmap& logo = useAffiliate ? m_affiliateLogo : m_mainLogo;
    m_shownLogo = useAffiliate ? QStringLiteral("affiliate") : QStringLiteral("main");
    if (logo.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(shortName);
    } else {
        const qreal ratio = devicePixelRatioF();
        QPixmap scaled =
            logo.scaled(QSize(130, 40) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_logo->setText({});
        m_logo->setPixmap(scaled);
    }
    m_footer->setText(tagline.isEmpty() ? QStringLiteral("© %1").arg(platform)
                                        : QStringLiteral("© %1 · %2").arg(platform, tagline));
    if (m_favicon.isNull()) {
        m_favIcon->setPixmap({});
    } else {
        const qreal ratio = devicePixelRatioF();
        QPixmap scaled =
            m_favicon.scaled(QSize(16, 16) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_favIcon->setPixmap(scaled);
    }
    m_favIcon->setVisible(!m_favicon.isNull());
}

void BrandingPreview::retranslate()
{
    m_caption->setText(tr("Pratinjau langsung (belum disimpan)"));
    m_role->setItemText(0, tr("Lihat sebagai admin / member"));
    m_role->setItemText(1, tr("Lihat sebagai affiliate"));
    m_role->setToolTip(tr("Affiliate melihat logo affiliate; peran lain melihat logo utama."));
    m_role->setAccessibleName(tr("Peran untuk pratinjau"));
    m_navActive->setText(tr("Dasbor"));
    m_navHover->setText(tr("Produk (disorot)"));
    m_navPlain->setText(tr("Tiket Support"));
    m_badge->setText(QStringLiteral("3"));
    m_badge->setToolTip(tr("Lencana notifikasi"));
    m_heading->setText(tr("Selamat datang kembali"));
    m_body->setText(tr("Beginilah teks biasa terlihat di halaman Anda."));
    m_primary->setText(tr("Tombol utama"));
    m_secondary->setText(tr("Tombol sekunder"));
    m_cardTitle->setText(tr("Kartu"));
    m_cardText->setText(tr("Isi kartu memakai warna kartu."));
    m_rowHeader->setText(tr("Pesanan"));
    m_row->setText(tr("INV-1041 · Kelas Ekspor Dasar"));
    m_rowHover->setText(tr("INV-1042 · Baris di bawah kursor"));
}

void BrandingPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ey::desk::branding

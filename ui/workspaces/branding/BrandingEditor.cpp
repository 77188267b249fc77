// BrandingEditor: building the five tabs, the draft <-> field plumbing, and the server exchanges.
#include "BrandingEditor.h"

#include "ApiClient.h"
#include "AssetCard.h"
#include "BrandingPreview.h"
#include "BrandingTheme.h"
#include "ColourContrast.h"
#include "ColourField.h"
#include "EventStream.h"
#include "Session.h"
#include "Toast.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <utility>

namespace ey::desk::branding {

namespace {

const QString kBrandingPath = QStringLiteral("/api/v1/branding");
const QString kNotifyStatusPath = QStringLiteral("/api/v1/admin/notify/status");
const QString kNotifyManage = QStringLiteral("notify.manage");
/// The status endpoint's channels in the order the group lists them.
const QStringList kProviderChannels{QStringLiteral("email"), QStringLiteral("whatsapp"),
                                    QStringLiteral("pusher"), QStringLiteral("push")};
const QStringList kAssetKinds{QStringLiteral("main"), QStringLiteral("affiliate"),
                              QStringLiteral("favicon")};
// Far above the server's own limits (1 MiB logos, 256 KiB favicon): only guards against reading a
// huge file into memory; the server's 413 explains the real limit.
constexpr qint64 kMaxReadBytes = 8 * 1024 * 1024;
const QColor kErrorColour(0xB9, 0x1C, 0x1C);
const QColor kOkColour(0x15, 0x80, 0x3D);

enum Tab
{
    LogoTab,
    ColoursTab,
    TypographyTab,
    ComponentsTab,
    NotificationsTab
};

/// SVG by content (the server decides the same way); everything else through the image plugins.
QPixmap imageFromBytes(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(512).trimmed();
    if (head.startsWith("<svg") || head.startsWith("<?xml") || head.contains("<svg")) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = QSize(256, 256);
        size.scale(QSize(512, 512), Qt::KeepAspectRatio);
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        return pixmap;
    }
    QPixmap pixmap;
    pixmap.loadFromData(bytes);
    return pixmap;
}

/// Tab and group titles treat '&' as a mnemonic marker; these titles mean a literal ampersand.
QString literalAmpersands(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

BrandingEditor::BrandingEditor(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("brandingEditor"));
    m_fileChooser = [](QWidget* parentWidget, const QString& kind) {
        const QString filter = kind == QStringLiteral("favicon")
                                   ? tr("Gambar favicon (*.png *.ico *.svg)")
                                   : tr("Gambar logo (*.png *.jpg *.jpeg *.svg)");
        return QFileDialog::getOpenFileName(parentWidget, tr("Pilih berkas gambar"), QString(),
                                            filter);
    };
    buildUi();

    // Ctrl+S and Esc act while focus is anywhere in the form (not in other workspaces).
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setObjectName(QStringLiteral("saveShortcut"));
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });
    auto* revertShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    revertShortcut->setObjectName(QStringLiteral("revertShortcut"));
    revertShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(revertShortcut, &QShortcut::activated, this, [this] {
        if (m_revertButton->isEnabled())
            revertChanges();
    });

    connect(&m_context.events, &EventStream::eventReceived, this, &BrandingEditor::handleEvent);
    connect(&m_context.events, &EventStream::connectedChanged, this,
            &BrandingEditor::updateConnection);
    retranslate();
    updateConnection();
    updateState();
}

BrandingEditor::~BrandingEditor() = default;

// ---------------------------------------------------------------------------------------------
// Building

void BrandingEditor::translated(std::function<void()> apply)
{
    apply();
    m_translations.push_back(std::move(apply));
}

QLabel* BrandingEditor::errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError_") + name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorColour);
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget* BrandingEditor::withError(QWidget* editor, const QString& path, int tab)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel* error = errorLabel(box, path);
    layout->addWidget(error);
    m_errorLabels.insert(path, error);
    m_tabOfPath.insert(path, tab);
    box->setFocusProxy(editor);
    return box;
}

ColourField* BrandingEditor::colourField(const QString& path, int tab, QWidget* parent)
{
    auto* field = new ColourField(path, parent);
    m_colourFields.insert(path, field);
    m_tabOfPath.insert(path, tab);
    connect(field, &ColourField::colourEdited, this,
            [this, path](const QString& text) { edited(path, text); });
    return field;
}

void BrandingEditor::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("brandingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("brandingSubtitle"));
    m_subtitle->setWordWrap(true);

    m_conflictBanner = new QFrame(this);
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    m_conflictBanner->setStyleSheet(
        QStringLiteral("#conflictBanner { background: #FEF3C7; border: 1px solid #F59E0B; "
                       "border-radius: 6px; } #conflictBanner QLabel { color: #78350F; }"));
    m_conflictLabel = new QLabel(m_conflictBanner);
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    m_reloadButton = new QPushButton(m_conflictBanner);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    auto* bannerLayout = new QHBoxLayout(m_conflictBanner);
    bannerLayout->addWidget(m_conflictLabel, 1);
    bannerLayout->addWidget(m_reloadButton);
    m_conflictBanner->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &BrandingEditor::load);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("brandingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollable(buildLogoTab()), QString());
    m_tabs->addTab(scrollable(buildColoursTab()), QString());
    m_tabs->addTab(scrollable(buildTypographyTab()), QString());
    m_tabs->addTab(scrollable(buildComponentsTab()), QString());
    m_tabs->addTab(scrollable(buildNotificationsTab()), QString());

    m_preview = new BrandingPreview(this);
    m_preview->setMinimumWidth(380);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("brandingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setProperty("primary", true); // the application's branded primary button style
    m_saveButton->setDefault(true);
    connect(m_revertButton, &QPushButton::clicked, this, &BrandingEditor::revertChanges);
    connect(m_saveButton, &QPushButton::clicked, this, &BrandingEditor::save);

    auto* header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_statusLabel, 2);
    footer->addWidget(m_stateLabel, 2);
    footer->addWidget(m_revertButton);
    footer->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);
}

QWidget* BrandingEditor::buildLogoTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("logoTab"));
    auto* intro = new QLabel(page);
    intro->setWordWrap(true);
    translated([intro] {
        intro->setText(tr(
            "Logo dibaca dari server oleh setiap aplikasi, jadi perubahan di sini langsung tampil "
            "untuk semua pengguna. Affiliate melihat logo affiliate; peran lain melihat logo "
            "utama."));
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    for (const QString& kind : kAssetKinds) {
        auto* card = new AssetCard(kind, page);
        m_assetCards.insert(kind, card);
        connect(card, &AssetCard::pickRequested, this, &BrandingEditor::pickFile);
        connect(card, &AssetCard::deleteRequested, this, &BrandingEditor::deleteAsset);
        layout->addWidget(card);
    }
    auto* identity = new QLabel(page);
    identity->setWordWrap(true);
    translated([identity] {
        identity->setText(
            tr("Nama platform, nama pendek, dan tagline diatur di tab \"Tipografi & Teks\"."));
    });
    layout->addWidget(identity);
    layout->addStretch(1);
    return page;
}

QGroupBox* BrandingEditor::buildColourSection(const Section& section, int tab, QWidget* parent)
{
    auto* group = new QGroupBox(parent);
    const QString background = QString::fromLatin1(section.background);
    group->setObjectName(QStringLiteral("colourSection_") + background);
    translated([group, title = section.title] { group->setTitle(literalAmpersands(tr(title))); });
    auto* grid = new QGridLayout(group);
    int row = 0;
    if (section.hint) {
        auto* hint = new QLabel(group);
        hint->setWordWrap(true);
        translated([hint, text = section.hint] { hint->setText(tr(text)); });
        grid->addWidget(hint, row++, 0, 1, 3);
    }
    const QString foreground =
        section.foreground ? QString::fromLatin1(section.foreground) : QString();
    const ContrastPair* pair = nullptr;
    for (const auto& candidate : contrastPairs()) {
        if (foreground == QLatin1String(candidate.foreground) &&
            background == QLatin1String(candidate.background))
            pair = &candidate;
    }
    const QStringList paths =
        foreground.isEmpty() ? QStringList{background} : QStringList{background, foreground};
    // Both paths of a pair carry the same server message, so they share one label; independent
    // colours get one each.
    QLabel* shared = pair ? errorLabel(group, background) : nullptr;
    const int firstFieldRow = row;
    for (const QString& path : paths) {
        auto* name = new QLabel(group);
        ColourField* field = colourField(path, tab, group);
        name->setBuddy(field->lineEdit());
        translated([this, name, field, path] {
            name->setText(colourLabel(path));
            field->setLabel(colourLabel(path));
        });
        grid->addWidget(name, row, 0);
        grid->addWidget(field, row++, 1);
        if (!pair) {
            QLabel* error = errorLabel(group, path);
            m_errorLabels.insert(path, error);
            grid->addWidget(error, row++, 0, 1, 3);
        }
    }
    if (pair) {
        m_errorLabels.insert(background, shared);
        m_errorLabels.insert(foreground, shared);
        auto* sample = new QLabel(group);
        sample->setObjectName(QStringLiteral("contrastSample_") + foreground);
        sample->setAlignment(Qt::AlignCenter);
        sample->setMinimumSize(130, 52);
        translated([sample] { sample->setText(tr("Aa  Contoh teks")); });
        auto* ratio = new QLabel(group);
        ratio->setObjectName(QStringLiteral("contrastLabel_") + foreground);
        ratio->setWordWrap(true);
        grid->addWidget(sample, firstFieldRow, 2, 2, 1, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(ratio, row++, 0, 1, 3);
        grid->addWidget(shared, row++, 0, 1, 3);
        m_pairs.push_back({pair, sample, ratio});
    }
    grid->setColumnStretch(2, 1);
    return group;
}

QWidget* BrandingEditor::buildColoursTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("coloursTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(page);
    intro->setWordWrap(true);
    translated([intro] {
        intro->setText(
            tr("Setiap pasangan teks dan latar harus mencapai kontras minimal 4.5:1 (WCAG AA) agar "
               "tetap terbaca. Klik kotak warna untuk memilih, atau ketik kode hex."));
    });
    layout->addWidget(intro);
    const Section sections[] = {
        {QT_TR_NOOP("Warna primer"), QT_TR_NOOP("Header, tautan, dan sorotan. Bawaan #2047FC."),
         "colors.primary", "colors.text_on_primary"},
        {QT_TR_NOOP("Warna sekunder"), QT_TR_NOOP("Lencana dan aksen. Bawaan #FFC30D."),
         "colors.secondary", "colors.text_on_secondary"},
        {QT_TR_NOOP("Halaman"), nullptr, "colors.background", "colors.text"},
        {QT_TR_NOOP("Netral"),
         QT_TR_NOOP("Putih dan hitam merek: kepala tabel, tooltip, bilah judul."),
         "colors.neutral_light", "colors.neutral_dark"},
    };
    for (const Section& section : sections)
        layout->addWidget(buildColourSection(section, ColoursTab, page));
    layout->addStretch(1);
    return page;
}

QWidget* BrandingEditor::buildTypographyTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("typographyTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(page);
    intro->setWordWrap(true);
    translated([intro] {
        intro->setText(
            tr("Nama platform tampil di judul jendela dan header; tagline tepat di bawahnya."));
    });
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    const auto addLine = [&](QLineEdit*& edit, const char* path, int maxLength, auto labelText) {
        edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("field_") + QString::fromLatin1(path));
        edit->setMaxLength(maxLength);
        auto* label = new QLabel(page);
        label->setBuddy(edit);
        translated([label, edit, labelText] {
            label->setText(labelText());
            edit->setAccessibleName(labelText().remove(QLatin1Char('&')));
        });
        form->addRow(label, withError(edit, QString::fromLatin1(path), TypographyTab));
        connect(edit, &QLineEdit::textEdited, this,
                [this, p = QString::fromLatin1(path)](const QString& text) { edited(p, text); });
    };
    addLine(m_platformName, "platform_name", 100, [] { return tr("&Nama platform"); });
    addLine(m_shortName, "short_name", 30, [] { return tr("Nama &pendek"); });
    addLine(m_tagline, "tagline", 200, [] { return tr("&Tagline"); });

    const auto addSpin = [&](QSpinBox*& spin, const char* path, int min, int max,
                             QWidget* pageWidget, QFormLayout* into, int tab, auto labelText) {
        spin = new QSpinBox(pageWidget);
        spin->setObjectName(QStringLiteral("field_") + QString::fromLatin1(path));
        spin->setRange(min, max);
        auto* label = new QLabel(pageWidget);
        label->setBuddy(spin);
        translated([label, spin, labelText] {
            label->setText(labelText());
            spin->setAccessibleName(labelText().remove(QLatin1Char('&')));
        });
        into->addRow(label, withError(spin, QString::fromLatin1(path), tab));
        connect(spin, &QSpinBox::valueChanged, this,
                [this, p = QString::fromLatin1(path)](int value) { edited(p, value); });
    };
    addSpin(m_headingSize, "typography.heading_size", 16, 48, page, form, TypographyTab,
            [] { return tr("Ukuran &heading"); });
    addSpin(m_bodySize, "typography.body_size", 12, 20, page, form, TypographyTab,
            [] { return tr("Ukuran teks &body"); });
    translated([this] {
        m_headingSize->setSuffix(tr(" px"));
        m_bodySize->setSuffix(tr(" px"));
    });

    m_fontFamily = new QComboBox(page);
    m_fontFamily->setObjectName(QStringLiteral("field_typography.font_family"));
    m_fontFamily->setEditable(true);
    m_fontFamily->setInsertPolicy(QComboBox::NoInsert);
    m_fontFamily->addItems(QFontDatabase::families());
    m_fontFamily->lineEdit()->setMaxLength(100);
    auto* fontLabel = new QLabel(page);
    fontLabel->setBuddy(m_fontFamily);
    translated([this, fontLabel] {
        fontLabel->setText(tr("&Jenis huruf"));
        m_fontFamily->setAccessibleName(tr("Jenis huruf"));
        m_fontFamily->setToolTip(
            tr("Dipakai bila terpasang di perangkat pengguna; bila tidak, huruf bawaan sistem."));
    });
    form->addRow(fontLabel,
                 withError(m_fontFamily, QStringLiteral("typography.font_family"), TypographyTab));
    connect(m_fontFamily, &QComboBox::editTextChanged, this, [this](const QString& text) {
        edited(QStringLiteral("typography.font_family"), text);
    });
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* BrandingEditor::buildComponentsTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("componentsTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(page);
    intro->setWordWrap(true);
    translated([intro] {
        intro->setText(tr("Gaya komponen berlaku di semua ruang kerja dan untuk semua peran."));
    });
    layout->addWidget(intro);
    const Section sections[] = {
        {QT_TR_NOOP("Tombol utama"), nullptr, "components.button_primary_bg",
         "components.button_primary_text"},
        {QT_TR_NOOP("Tombol sekunder"), nullptr, "components.button_secondary_bg",
         "components.button_secondary_text"},
        {QT_TR_NOOP("Sidebar"), nullptr, "components.sidebar_bg", "components.sidebar_text"},
        {QT_TR_NOOP("Menu sidebar aktif"), nullptr, "components.sidebar_active_bg",
         "components.sidebar_active_text"},
        {QT_TR_NOOP("Kartu"), nullptr, "components.card_bg", "components.card_text"},
        {QT_TR_NOOP("Sorotan & sudut"),
         QT_TR_NOOP("Warna baris atau menu di bawah kursor, dan kelengkungan sudut."),
         "components.hover_bg", nullptr},
    };
    for (const Section& section : sections)
        layout->addWidget(buildColourSection(section, ComponentsTab, page));
    // The border radius joins the last section.
    auto* group = static_cast<QGroupBox*>(layout->itemAt(layout->count() - 1)->widget());
    auto* grid = static_cast<QGridLayout*>(group->layout());
    const auto radiusLabel = [] { return tr("&Radius sudut"); };
    m_borderRadius = new QSpinBox(group);
    m_borderRadius->setObjectName(QStringLiteral("field_components.border_radius"));
    m_borderRadius->setRange(0, 24);
    auto* label = new QLabel(group);
    label->setBuddy(m_borderRadius);
    translated([this, label, radiusLabel] {
        label->setText(radiusLabel());
        m_borderRadius->setAccessibleName(radiusLabel().remove(QLatin1Char('&')));
        m_borderRadius->setSuffix(tr(" px"));
    });
    grid->addWidget(label, grid->rowCount(), 0);
    grid->addWidget(
        withError(m_borderRadius, QStringLiteral("components.border_radius"), ComponentsTab),
        grid->rowCount() - 1, 1);
    connect(m_borderRadius, &QSpinBox::valueChanged, this,
            [this](int value) { edited(QStringLiteral("components.border_radius"), value); });
    layout->addStretch(1);
    return page;
}

QWidget* BrandingEditor::buildNotificationsTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("notificationsTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(page);
    intro->setWordWrap(true);
    translated([intro] {
        intro->setText(tr(
            "Ikon lonceng di kanan atas selalu tampil dengan angka notifikasi yang belum dibaca. "
            "Popup hanya muncul untuk notifikasi baru dan dapat ditutup."));
    });
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_popupEnabled = new QCheckBox(page);
    m_popupEnabled->setObjectName(QStringLiteral("field_notifications.popup_enabled"));
    form->addRow(
        withError(m_popupEnabled, QStringLiteral("notifications.popup_enabled"), NotificationsTab));
    connect(m_popupEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_popupSeconds->setEnabled(on);
        edited(QStringLiteral("notifications.popup_enabled"), on);
    });

    m_popupSeconds = new QSpinBox(page);
    m_popupSeconds->setObjectName(QStringLiteral("field_notifications.popup_seconds"));
    m_popupSeconds->setRange(2, 30);
    auto* secondsLabel = new QLabel(page);
    secondsLabel->setBuddy(m_popupSeconds);
    form->addRow(
        secondsLabel,
        withError(m_popupSeconds, QStringLiteral("notifications.popup_seconds"), NotificationsTab));
    connect(m_popupSeconds, &QSpinBox::valueChanged, this,
            [this](int value) { edited(QStringLiteral("notifications.popup_seconds"), value); });

    m_sound = new QCheckBox(page);
    m_sound->setObjectName(QStringLiteral("field_notifications.sound"));
    form->addRow(withError(m_sound, QStringLiteral("notifications.sound"), NotificationsTab));
    connect(m_sound, &QCheckBox::toggled, this,
            [this](bool on) { edited(QStringLiteral("notifications.sound"), on); });

    m_tryPopup = new QPushButton(page);
    m_tryPopup->setObjectName(QStringLiteral("tryPopupButton"));
    connect(m_tryPopup, &QPushButton::clicked, this, [this] {
        Toast::showOn(
            window(), tr("Contoh notifikasi"),
            tr("Beginilah popup tampil selama %n detik.", nullptr, m_popupSeconds->value()),
            m_popupSeconds->value());
    });
    auto* tryRow = new QHBoxLayout;
    tryRow->addWidget(m_tryPopup);
    tryRow->addStretch(1);
    form->addRow(tryRow);
    layout->addLayout(form);

    auto* status = new QGroupBox(page);
    status->setObjectName(QStringLiteral("connectionGroup"));
    m_connectionLabel = new QLabel(status);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setWordWrap(true);
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusLayout = new QVBoxLayout(status);
    statusLayout->addWidget(m_connectionLabel);
    layout->addWidget(status);
    layout->addWidget(buildIntegrationGroup(page));
    layout->addStretch(1);

    translated([this, secondsLabel, status] {
        m_popupEnabled->setText(tr("Tampilkan &popup saat notifikasi baru masuk"));
        secondsLabel->setText(tr("&Lama popup tampil"));
        m_popupSeconds->setSuffix(tr(" detik"));
        m_popupSeconds->setAccessibleName(tr("Lama popup tampil dalam detik"));
        m_sound->setText(tr("Bunyikan &suara notifikasi"));
        m_tryPopup->setText(tr("Coba popup"));
        m_tryPopup->setToolTip(
            tr("Menampilkan contoh popup dengan lama tampil di atas (belum perlu disimpan)."));
        status->setTitle(tr("Koneksi realtime"));
    });
    return page;
}

QGroupBox* BrandingEditor::buildIntegrationGroup(QWidget* parent)
{
    m_integrationGroup = new QGroupBox(parent);
    m_integrationGroup->setObjectName(QStringLiteral("integrationStatusGroup"));
    auto* layout = new QVBoxLayout(m_integrationGroup);
    m_integrationIntro = new QLabel(m_integrationGroup);
    m_integrationIntro->setWordWrap(true);
    layout->addWidget(m_integrationIntro);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (const QString& channel : kProviderChannels) {
        const int row = grid->rowCount();
        ProviderRow view{new QLabel(m_integrationGroup), new QLabel(m_integrationGroup),
                         new QLabel(m_integrationGroup), new QLabel(m_integrationGroup)};
        view.title->setObjectName(QStringLiteral("providerTitle_") + channel);
        view.state->setObjectName(QStringLiteral("providerState_") + channel);
        view.note->setObjectName(QStringLiteral("providerNote_") + channel);
        view.queue->setObjectName(QStringLiteral("providerQueue_") + channel);
        QFont bold = view.title->font();
        bold.setBold(true);
        view.title->setFont(bold);
        view.note->setWordWrap(true);
        for (QLabel* label : {view.state, view.note, view.queue})
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(view.title, row, 0, Qt::AlignTop);
        grid->addWidget(view.state, row, 1);
        grid->addWidget(view.queue, row, 2, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(view.note, row + 1, 1, 1, 2);
        m_providerRows.insert(channel, view);
    }
    layout->addLayout(grid);
    m_integrationError = new QLabel(m_integrationGroup);
    m_integrationError->setObjectName(QStringLiteral("integrationStatusError"));
    m_integrationError->setWordWrap(true);
    QPalette palette = m_integrationError->palette();
    palette.setColor(QPalette::WindowText, kErrorColour);
    m_integrationError->setPalette(palette);
    m_integrationError->hide();
    layout->addWidget(m_integrationError);
    // Only holders of notify.manage may read the status; for anyone else the group never shows.
    m_integrationGroup->setVisible(m_context.session.hasPermission(kNotifyManage));
    translated([this] { showIntegrationStatus(); });
    return m_integrationGroup;
}

void BrandingEditor::loadIntegrationStatus()
{
    const bool allowed = m_context.session.hasPermission(kNotifyManage);
    m_integrationGroup->setVisible(allowed);
    if (!allowed)
        return;
    m_context.api.get(
        kNotifyStatusPath, {}, this,
        [this](const ApiResponse& response) {
            m_integrationStatus = response.object();
            m_integrationFailure.clear();
            showIntegrationStatus();
            emit integrationStatusLoaded();
        },
        [this](const ApiError& error) {
            // The last known status stays on screen, with the reason it could not be refreshed.
            m_integrationFailure = error.detail;
            showIntegrationStatus();
            emit integrationStatusLoaded();
        });
}

void BrandingEditor::showIntegrationStatus()
{
    m_integrationGroup->setTitle(tr("Status integrasi"));
    m_integrationIntro->setText(
        tr("Penyedia pengiriman pesan yang dipakai server. Tekan F5 untuk memuat ulang."));
    const QJsonObject providers = m_integrationStatus.value(QStringLiteral("providers")).toObject();
    const QJsonObject queues = m_integrationStatus.value(QStringLiteral("queues")).toObject();
    const bool known = !m_integrationStatus.isEmpty();
    for (auto it = m_providerRows.begin(); it != m_providerRows.end(); ++it) {
        const QString& channel = it.key();
        const ProviderRow& view = it.value();
        if (channel == QStringLiteral("email"))
            view.title->setText(tr("Email (Mailketing)"));
        else if (channel == QStringLiteral("whatsapp"))
            view.title->setText(tr("WhatsApp (Starsender/Fonnte)"));
        else if (channel == QStringLiteral("pusher"))
            view.title->setText(tr("Realtime web (Pusher)"));
        else
            view.title->setText(tr("Push (OneSignal)"));
        const QJsonObject provider = providers.value(channel).toObject();
        const QJsonObject queue = queues.value(channel).toObject();
        QPalette palette = view.state->palette();
        if (!known) {
            view.state->setText(tr("Memuat…"));
            view.note->clear();
            view.queue->clear();
            palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
        } else if (provider.value(QStringLiteral("configured")).toBool()) {
            view.state->setText(
                tr("✓ Terkonfigurasi (%1)").arg(provider.value(QStringLiteral("name")).toString()));
            view.note->clear();
            palette.setColor(QPalette::WindowText, kOkColour);
        } else {
            view.state->setText(tr("⚠ Belum dikonfigurasi"));
            view.note->setText(
                channel == QStringLiteral("pusher")
                    ? tr("Tanpa kredensial Pusher, halaman web tidak menerima pembaruan realtime "
                         "lewat Pusher; aplikasi desktop tetap menerimanya langsung dari server.")
                    : tr("Tanpa kredensial, pesan tidak dikirim dan tidak dibuang: pesan menunggu "
                         "di antrean dan terkirim setelah kredensial diisi di konfigurasi "
                         "server."));
            palette.setColor(QPalette::WindowText, kErrorColour);
        }
        view.state->setPalette(palette);
        view.note->setVisible(!view.note->text().isEmpty());
        if (known) {
            const QLocale locale;
            view.queue->setText(
                tr("%1 dalam antrean · %2 gagal")
                    .arg(locale.toString(queue.value(QStringLiteral("queued")).toInteger()),
                         locale.toString(queue.value(QStringLiteral("failed")).toInteger())));
        }
    }
    m_integrationError->setText(
        m_integrationFailure.isEmpty()
            ? QString()
            : tr("Status integrasi tidak dapat dimuat: %1").arg(m_integrationFailure));
    m_integrationError->setVisible(!m_integrationFailure.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Texts

QString BrandingEditor::colourLabel(const QString& path) const
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("colors.primary"), QT_TR_NOOP("Warna primer")},
        {QStringLiteral("colors.text_on_primary"), QT_TR_NOOP("Teks di atas primer")},
        {QStringLiteral("colors.secondary"), QT_TR_NOOP("Warna sekunder")},
        {QStringLiteral("colors.text_on_secondary"), QT_TR_NOOP("Teks di atas sekunder")},
        {QStringLiteral("colors.background"), QT_TR_NOOP("Latar halaman")},
        {QStringLiteral("colors.text"), QT_TR_NOOP("Teks halaman")},
        {QStringLiteral("colors.neutral_light"), QT_TR_NOOP("Netral terang")},
        {QStringLiteral("colors.neutral_dark"), QT_TR_NOOP("Netral gelap")},
        {QStringLiteral("components.button_primary_bg"), QT_TR_NOOP("Latar tombol utama")},
        {QStringLiteral("components.button_primary_text"), QT_TR_NOOP("Teks tombol utama")},
        {QStringLiteral("components.button_secondary_bg"), QT_TR_NOOP("Latar tombol sekunder")},
        {QStringLiteral("components.button_secondary_text"), QT_TR_NOOP("Teks tombol sekunder")},
        {QStringLiteral("components.sidebar_bg"), QT_TR_NOOP("Latar sidebar")},
        {QStringLiteral("components.sidebar_text"), QT_TR_NOOP("Teks sidebar")},
        {QStringLiteral("components.sidebar_active_bg"), QT_TR_NOOP("Latar menu aktif")},
        {QStringLiteral("components.sidebar_active_text"), QT_TR_NOOP("Teks menu aktif")},
        {QStringLiteral("components.card_bg"), QT_TR_NOOP("Latar kartu")},
        {QStringLiteral("components.card_text"), QT_TR_NOOP("Teks kartu")},
        {QStringLiteral("components.hover_bg"), QT_TR_NOOP("Latar saat disorot")},
    };
    const char* source = labels.value(path);
    return source ? tr(source) : path;
}

QString BrandingEditor::fieldLabel(const QString& path) const
{
    if (m_colourFields.contains(path))
        return colourLabel(path);
    if (path == QStringLiteral("platform_name"))
        return tr("Nama platform");
    if (path == QStringLiteral("short_name"))
        return tr("Nama pendek");
    return path;
}

void BrandingEditor::retranslate()
{
    m_title->setText(tr("Branding"));
    m_subtitle->setText(
        tr("Logo, warna, teks, dan gaya komponen untuk seluruh aplikasi. Perubahan berlaku untuk "
           "semua pengguna begitu disimpan."));
    m_tabs->setTabText(LogoTab, literalAmpersands(tr("Logo & Identitas")));
    m_tabs->setTabText(ColoursTab, literalAmpersands(tr("Warna & Tema")));
    m_tabs->setTabText(TypographyTab, literalAmpersands(tr("Tipografi & Teks")));
    m_tabs->setTabText(ComponentsTab, tr("Komponen UI"));
    m_tabs->setTabText(NotificationsTab, tr("Notifikasi Realtime"));
    m_reloadButton->setText(tr("Muat ulang"));
    m_revertButton->setText(tr("Batalkan perubahan"));
    m_revertButton->setToolTip(tr("Kembali ke nilai yang terakhir dimuat (Esc)"));
    m_saveButton->setText(tr("Simpan"));
    for (const auto& apply : m_translations)
        apply();
    updateState();
    updateConnection();
}

void BrandingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QWidget::changeEvent(event);
}

void BrandingEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadRequested) {
        load();
        loadIntegrationStatus();
    }
}

// ---------------------------------------------------------------------------------------------
// Draft <-> fields

void BrandingEditor::adopt(const QJsonObject& document, const QByteArray& etag)
{
    m_draft.load(document);
    m_etag = etag;
    m_hasLoaded = true;
    m_conflictBanner->hide();
    clearFieldErrors();
    fillFields();
    refreshAssetImages();
}

void BrandingEditor::fillFields()
{
    const auto text = [this](const char* path) {
        return m_draft.value(QString::fromLatin1(path)).toString();
    };
    const auto number = [this](const char* path) {
        return m_draft.value(QString::fromLatin1(path)).toInt();
    };
    const auto flag = [this](const char* path) {
        return m_draft.value(QString::fromLatin1(path)).toBool();
    };
    {
        const QSignalBlocker b1(m_headingSize), b2(m_bodySize), b3(m_borderRadius),
            b4(m_popupSeconds), b5(m_popupEnabled), b6(m_sound), b7(m_fontFamily);
        m_platformName->setText(text("platform_name"));
        m_shortName->setText(text("short_name"));
        m_tagline->setText(text("tagline"));
        m_headingSize->setValue(number("typography.heading_size"));
        m_bodySize->setValue(number("typography.body_size"));
        m_fontFamily->setEditText(text("typography.font_family"));
        m_borderRadius->setValue(number("components.border_radius"));
        m_popupEnabled->setChecked(flag("notifications.popup_enabled"));
        m_popupSeconds->setValue(number("notifications.popup_seconds"));
        m_popupSeconds->setEnabled(m_popupEnabled->isChecked());
        m_sound->setChecked(flag("notifications.sound"));
    }
    for (auto it = m_colourFields.begin(); it != m_colourFields.end(); ++it)
        it.value()->setText(m_draft.value(it.key()).toString());
    updateState();
}

void BrandingEditor::edited(const QString& path, const QJsonValue& value)
{
    if (!m_hasLoaded)
        return;
    m_draft.setValue(path, value);
    if (QLabel* error = m_errorLabels.value(path)) {
        error->clear();
        error->hide();
    }
    updateState();
}

QStringList BrandingEditor::blockers() const
{
    QStringList reasons;
    for (auto it = m_colourFields.begin(); it != m_colourFields.end(); ++it) {
        if (m_draft.colour(it.key()).isEmpty())
            reasons << tr("kode warna \"%1\" untuk %2 belum lengkap (contoh: #2047FC).")
                           .arg(m_draft.value(it.key()).toString(), colourLabel(it.key()));
    }
    for (const PairView& view : m_pairs) {
        const QString foreground = m_draft.colour(QString::fromLatin1(view.pair->foreground));
        const QString background = m_draft.colour(QString::fromLatin1(view.pair->background));
        if (foreground.isEmpty() || background.isEmpty())
            continue;
        const double ratio = ColourContrast::ratio(foreground, background);
        if (ratio < kMinimumContrast)
            reasons << tr("kontras %1 %2:1, minimal 4.5:1.")
                           .arg(ColourContrast::label(*view.pair), ColourContrast::format(ratio));
    }
    for (const QString& path : {QStringLiteral("platform_name"), QStringLiteral("short_name")}) {
        if (m_draft.value(path).toString().trimmed().isEmpty())
            reasons << tr("%1 wajib diisi.").arg(fieldLabel(path));
    }
    return reasons;
}

void BrandingEditor::updateState()
{
    if (!m_saveButton)
        return;
    for (const PairView& view : m_pairs) {
        const QString foreground = m_draft.colour(QString::fromLatin1(view.pair->foreground));
        const QString background = m_draft.colour(QString::fromLatin1(view.pair->background));
        QPalette palette = view.ratio->palette();
        if (foreground.isEmpty() || background.isEmpty()) {
            view.ratio->setText(m_hasLoaded ? tr("Lengkapi kode warna untuk menghitung kontras.")
                                            : QString());
            view.ratio->setProperty("failing", false);
            palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
            view.sample->setStyleSheet(
                QStringLiteral("QLabel { border: 1px dashed #9CA3AF; border-radius: 6px; }"));
        } else {
            const double ratio = ColourContrast::ratio(foreground, background);
            const bool failing = ratio < kMinimumContrast;
            view.ratio->setProperty("failing", failing);
            view.ratio->setText(
                failing ? tr("⚠ Kontras %1:1, minimal 4.5:1: teks sulit dibaca. Simpan tidak "
                             "dapat dilakukan sebelum kontras cukup.")
                              .arg(ColourContrast::format(ratio))
                        : tr("✓ Kontras %1:1, memenuhi WCAG AA (minimal 4.5:1).")
                              .arg(ColourContrast::format(ratio)));
            palette.setColor(QPalette::WindowText, failing ? kErrorColour : kOkColour);
            view.sample->setStyleSheet(
                QStringLiteral(
                    "QLabel { background: %1; color: %2; border-radius: 6px; font-weight: bold; "
                    "border: 2px solid %3; }")
                    .arg(background, foreground, failing ? kErrorColour.name() : background));
        }
        view.ratio->setPalette(palette);
    }

    const QStringList reasons = m_hasLoaded ? blockers() : QStringList();
    const bool dirty = m_hasLoaded && m_draft.isDirty();
    m_saveButton->setEnabled(m_hasLoaded && !m_busy && dirty && reasons.isEmpty());
    m_revertButton->setEnabled(!m_busy && dirty);
    QPalette palette = m_stateLabel->palette();
    if (!reasons.isEmpty()) {
        m_stateLabel->setText(reasons.size() == 1
                                  ? tr("Simpan dinonaktifkan: %1").arg(reasons.first())
                                  : tr("Simpan dinonaktifkan: %1 (dan %n masalah lain)", nullptr,
                                       static_cast<int>(reasons.size() - 1))
                                        .arg(reasons.first()));
        m_saveButton->setToolTip(tr("Simpan dinonaktifkan:") + QStringLiteral("\n• ") +
                                 reasons.join(QStringLiteral("\n• ")));
        palette.setColor(QPalette::WindowText, kErrorColour);
    } else if (dirty) {
        m_stateLabel->setText(tr("Ada perubahan yang belum disimpan."));
        m_saveButton->setToolTip(tr("Simpan dan terapkan ke semua pengguna (Ctrl+S)"));
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    } else {
        m_stateLabel->setText(QString());
        m_saveButton->setToolTip(m_hasLoaded ? tr("Belum ada perubahan untuk disimpan.")
                                             : tr("Memuat…"));
    }
    m_stateLabel->setPalette(palette);
    // Before the first answer the preview shows what the client is themed with now.
    const QJsonObject base = m_hasLoaded ? m_draft.loaded() : themeDocument();
    m_preview->setDocument(m_hasLoaded ? m_draft.edited() : base, base);
}

QJsonObject BrandingEditor::themeDocument() const
{
    const BrandingTheme& theme = m_context.branding;
    QJsonObject document = theme.document();
    for (const QString& path : BrandingDraft::colourPaths()) {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        BrandingDraft::setValueIn(document, path,
                                  theme.color(path.left(dot), path.mid(dot + 1)).name().toUpper());
    }
    BrandingDraft::setValueIn(document, QStringLiteral("platform_name"), theme.platformName());
    BrandingDraft::setValueIn(document, QStringLiteral("short_name"), theme.platformName());
    return document;
}

void BrandingEditor::revertChanges()
{
    m_draft.revert();
    clearFieldErrors();
    fillFields();
    setStatus(tr("Perubahan dibatalkan; kembali ke nilai yang tersimpan."), false);
}

void BrandingEditor::clearFieldErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    for (AssetCard* card : std::as_const(m_assetCards))
        card->setError({});
}

void BrandingEditor::showFieldErrors(const ApiError& error)
{
    clearFieldErrors();
    int firstTab = -1;
    QStringList unplaced;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        QLabel* label = m_errorLabels.value(it.key());
        if (!label) {
            unplaced << it.value();
            continue;
        }
        label->setText(it.value());
        label->show();
        const int tab = m_tabOfPath.value(it.key(), -1);
        if (firstTab < 0 || (tab >= 0 && tab < firstTab))
            firstTab = tab;
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    QString detail = error.detail;
    if (!unplaced.isEmpty())
        detail += QLatin1Char(' ') + unplaced.join(QLatin1Char(' '));
    setStatus(detail, true);
}

void BrandingEditor::showConflict(const QString& text)
{
    m_conflictLabel->setText(text);
    m_conflictBanner->show();
}

void BrandingEditor::setStatus(const QString& text, bool error)
{
    m_statusLabel->setText(text);
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? kErrorColour : this->palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
}

void BrandingEditor::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        // The form holds still while the server answers, so nothing typed meanwhile is overwritten.
        m_focusBeforeBusy = focusWidget();
        m_tabs->setEnabled(false);
    } else {
        m_tabs->setEnabled(true);
        if (m_focusBeforeBusy)
            m_focusBeforeBusy->setFocus();
    }
    for (AssetCard* card : std::as_const(m_assetCards))
        card->setBusy(busy);
    updateState();
}

void BrandingEditor::requestFinished()
{
    setBusy(false);
    // An event that arrived while the request was in flight may have been our own change.
    const QByteArray pending = std::exchange(m_eventDuringRequest, {});
    if (!pending.isEmpty() && pending != m_etag) {
        QJsonObject data;
        data.insert(QStringLiteral("etag"), QString::fromUtf8(pending));
        handleEvent(QStringLiteral("branding.updated"), data);
    }
}

// ---------------------------------------------------------------------------------------------
// Server exchanges

void BrandingEditor::load()
{
    m_loadRequested = true;
    m_conflictBanner->hide();
    setStatus(tr("Memuat pengaturan branding…"), false);
    setBusy(true);
    m_context.api.get(
        kBrandingPath, {}, this,
        [this](const ApiResponse& response) {
            adopt(response.object(), response.etag);
            setStatus(tr("Pengaturan branding dimuat."), false);
            requestFinished();
            emit loaded();
        },
        [this](const ApiError& error) {
            setStatus(error.detail, true);
            requestFinished();
        });
}

void BrandingEditor::save()
{
    if (!m_hasLoaded || m_busy || !m_draft.isDirty() || !blockers().isEmpty())
        return;
    ApiRequest request;
    request.method = "PUT";
    request.path = kBrandingPath;
    request.body = QJsonDocument(m_draft.changes());
    request.headers.append({QByteArrayLiteral("If-Match"), m_etag});
    clearFieldErrors();
    setStatus(tr("Menyimpan…"), false);
    setBusy(true);
    m_context.api.send(
        request, this,
        [this](const ApiResponse& response) {
            adopt(response.object(), response.etag);
            setStatus(tr("Tersimpan. Semua pengguna kini melihat branding baru."), false);
            requestFinished();
            // The whole client re-themes now rather than when the event arrives.
            m_context.branding.refresh();
            emit saved();
        },
        [this](const ApiError& error) {
            if (error.status == 412) {
                showConflict(error.detail);
                setStatus(tr("Belum tersimpan: branding sudah diubah admin lain."), true);
            } else if (error.status == 422) {
                showFieldErrors(error);
            } else {
                setStatus(error.detail, true);
            }
            requestFinished();
            emit saveFailed(error);
        });
}

void BrandingEditor::pickFile(const QString& kind)
{
    const QString file = m_fileChooser ? m_fileChooser(this, kind) : QString();
    if (!file.isEmpty())
        uploadAsset(kind, file);
}

void BrandingEditor::uploadAsset(const QString& kind, const QString& filePath)
{
    AssetCard* card = m_assetCards.value(kind);
    if (!card || !m_hasLoaded || m_busy)
        return;
    card->setError({});
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        card->setError(tr("Berkas %1 tidak dapat dibaca: %2")
                           .arg(QFileInfo(filePath).fileName(), file.errorString()));
        return;
    }
    if (file.size() > kMaxReadBytes) {
        card->setError(tr("Berkas %1 terlalu besar (%2 MB). Pilih gambar yang lebih kecil.")
                           .arg(QFileInfo(filePath).fileName())
                           .arg(file.size() / (1024 * 1024)));
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/branding/assets/") + kind;
    request.rawBody = file.readAll();
    request.headers.append({QByteArrayLiteral("If-Match"), m_etag});
    request.timeoutMs = 60000;
    setStatus(tr("Mengunggah %1…").arg(QFileInfo(filePath).fileName()), false);
    setBusy(true);
    QNetworkReply* reply = m_context.api.send(
        request, this,
        [this, kind](const ApiResponse& response) { applyAssetResult(kind, response); },
        [this, kind](const ApiError& error) { assetFailed(kind, error); });
    connect(reply, &QNetworkReply::uploadProgress, this,
            [card](qint64 sent, qint64 total) { card->setUploadProgress(sent, total); });
}

void BrandingEditor::deleteAsset(const QString& kind)
{
    AssetCard* card = m_assetCards.value(kind);
    if (!card || !m_hasLoaded || m_busy)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Hapus gambar"),
        tr("Hapus %1? Semua pengguna langsung melihat perubahannya.")
            .arg(card->findChild<QLabel*>(QStringLiteral("assetTitle_") + kind)->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/branding/assets/") + kind;
    request.headers.append({QByteArrayLiteral("If-Match"), m_etag});
    setBusy(true);
    m_context.api.send(
        request, this,
        [this, kind](const ApiResponse& response) { applyAssetResult(kind, response); },
        [this, kind](const ApiError& error) { assetFailed(kind, error); });
}

void BrandingEditor::applyAssetResult(const QString& kind, const ApiResponse& response)
{
    // Edits not yet saved stay; only the logos and the ETag move on.
    m_draft.rebase(response.object());
    m_etag = response.etag;
    refreshAssetImages();
    setStatus(tr("Gambar diperbarui untuk semua pengguna."), false);
    requestFinished();
    m_context.branding.refresh();
    emit assetChanged(kind);
}

void BrandingEditor::assetFailed(const QString& kind, const ApiError& error)
{
    if (error.status == 412) {
        showConflict(error.detail);
        setStatus(tr("Gambar belum diganti: branding sudah diubah admin lain."), true);
    } else if (AssetCard* card = m_assetCards.value(kind)) {
        card->setError(error.detail);
        setStatus(error.detail, true);
    }
    requestFinished();
}

void BrandingEditor::refreshAssetImages()
{
    const QJsonObject logos = m_draft.loaded().value(QStringLiteral("logos")).toObject();
    for (const QString& kind : kAssetKinds) {
        const QString path = logos.value(kind).toString();
        if (path == m_assetPaths.value(kind) && m_assetPaths.contains(kind))
            continue; // versioned path unchanged: the image is the same
        m_assetPaths.insert(kind, path);
        if (path.isEmpty()) {
            m_assetImages.remove(kind);
            m_assetCards.value(kind)->setImage({}, false);
            continue;
        }
        fetchAsset(kind, path);
    }
    updatePreviewLogos();
}

void BrandingEditor::fetchAsset(const QString& kind, const QString& path)
{
    const QUrl url(path);
    m_context.api.get(
        url.path(), QUrlQuery(url), this,
        [this, kind, path](const ApiResponse& response) {
            if (m_assetPaths.value(kind) != path)
                return; // a newer upload replaced it meanwhile
            const QPixmap image = imageFromBytes(response.body);
            m_assetImages.insert(kind, image);
            m_assetCards.value(kind)->setImage(image, true);
            updatePreviewLogos();
        },
        [this, kind](const ApiError& error) {
            m_assetCards.value(kind)->setImage({}, true);
            m_assetCards.value(kind)->setError(error.detail);
        });
}

void BrandingEditor::updatePreviewLogos()
{
    m_preview->setLogos(m_assetImages.value(QStringLiteral("main")),
                        m_assetImages.value(QStringLiteral("affiliate")),
                        m_assetImages.value(QStringLiteral("favicon")));
}

// ---------------------------------------------------------------------------------------------
// Realtime

void BrandingEditor::handleEvent(const QString& name, const QJsonObject& data)
{
    if (name != QStringLiteral("branding.updated") || !m_hasLoaded)
        return;
    const QByteArray etag = data.value(QStringLiteral("etag")).toString().toUtf8();
    if (m_busy) {
        m_eventDuringRequest = etag.isEmpty() ? QByteArrayLiteral("?") : etag;
        return;
    }
    if (!etag.isEmpty() && etag == m_etag)
        return; // our own change
    if (!m_draft.isDirty()) {
        load();
        setStatus(tr("Admin lain memperbarui branding; nilai terbaru sudah dimuat."), false);
        return;
    }
    showConflict(tr("Admin lain baru saja menyimpan branding. Menyimpan sekarang akan ditolak; "
                    "muat ulang untuk "
                    "melihat perubahan itu (perubahan Anda yang belum disimpan akan hilang)."));
}

void BrandingEditor::updateConnection()
{
    if (!m_connectionLabel)
        return;
    const bool connected = m_context.events.isConnected();
    m_connectionLabel->setText(
        connected ? tr("● Terhubung: perubahan branding dan notifikasi tiba seketika, tanpa "
                       "memuat ulang.")
                  : tr("○ Terputus: aplikasi mencoba menyambung ulang. Perubahan tetap "
                       "tersimpan di server dan tampil setelah tersambung."));
    QPalette palette = m_connectionLabel->palette();
    palette.setColor(QPalette::WindowText, connected ? kOkColour : kErrorColour);
    m_connectionLabel->setPalette(palette);
    m_connectionLabel->setProperty("connected", connected);
}

} // namespace ey::desk::branding

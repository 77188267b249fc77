// The Branding workspace's form: five tabs, live preview, contrast checks, save with If-Match.
#pragma once

#include "ApiError.h"
#include "BrandingDraft.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ey::desk {
struct ApiResponse;
}

namespace ey::desk::branding {

class AssetCard;
class BrandingPreview;
class ColourField;
struct ContrastPair;

/// UI thread. Loads GET /api/v1/branding, lets the admin edit a draft that the preview and the
/// contrast checks follow keystroke by keystroke, and sends only the changed fields with the ETag
/// it loaded (PUT /api/v1/branding, If-Match). Logos go straight to POST/DELETE
/// /branding/assets/{kind}. A 412, or a "branding.updated" event from someone else while there are
/// unsaved edits, shows a banner with "Muat ulang"; 422 field errors appear under their fields.
class BrandingEditor : public QWidget
{
    Q_OBJECT

public:
    /// Asks the admin for an image file for `kind`; an empty string means cancelled.
    using FileChooser = std::function<QString(QWidget* parent, const QString& kind)>;

    explicit BrandingEditor(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~BrandingEditor() override;

    /// Discards the draft and fetches the server's current branding.
    void load();
    void save();
    /// Back to the values last loaded or saved.
    void revertChanges();
    void uploadAsset(const QString& kind, const QString& filePath);
    /// Fetches GET /api/v1/admin/notify/status for the "Status integrasi" group (tab 5); the group
    /// stays hidden for users without notify.manage. Independent of the draft, so F5 may always
    /// call it.
    void loadIntegrationStatus();
    void deleteAsset(const QString& kind);
    /// Replaces the QFileDialog (tests choose a file without a modal dialog).
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    bool hasLoaded() const { return m_hasLoaded; }
    bool isDirty() const { return m_draft.isDirty(); }
    bool isBusy() const { return m_busy; }
    QByteArray etag() const { return m_etag; }
    const BrandingDraft& draft() const { return m_draft; }
    BrandingPreview* preview() const { return m_preview; }

signals:
    void loaded();
    void saved();
    void saveFailed(const ey::desk::ApiError& error);
    void assetChanged(const QString& kind);
    /// The integration status arrived (or failed; the group then says why).
    void integrationStatusLoaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct PairView
    {
        const ContrastPair* pair;
        QLabel* sample;
        QLabel* ratio;
    };
    struct Section
    {
        const char* title;
        const char* hint;
        const char* background;
        const char* foreground; ///< nullptr: two independent colours, no contrast pair
    };

    void buildUi();
    QWidget* buildLogoTab();
    QWidget* buildColoursTab();
    QWidget* buildTypographyTab();
    QWidget* buildComponentsTab();
    QWidget* buildNotificationsTab();
    QGroupBox* buildColourSection(const Section& section, int tab, QWidget* parent);
    QWidget* withError(QWidget* editor, const QString& path, int tab);
    QLabel* errorLabel(QWidget* parent, const QString& name);
    ColourField* colourField(const QString& path, int tab, QWidget* parent);
    /// Sets the text now and again after every language switch.
    void translated(std::function<void()> apply);

    void retranslate();
    QString colourLabel(const QString& path) const;
    QString fieldLabel(const QString& path) const;
    void adopt(const QJsonObject& document, const QByteArray& etag);
    void fillFields();
    void edited(const QString& path, const QJsonValue& value);
    void updateState();
    QStringList blockers() const;
    /// The client's current theme as a branding document (colours resolved to their defaults).
    QJsonObject themeDocument() const;
    void showFieldErrors(const ApiError& error);
    void clearFieldErrors();
    void showConflict(const QString& text);
    void setStatus(const QString& text, bool error);
    void setBusy(bool busy);
    void requestFinished();
    void handleEvent(const QString& name, const QJsonObject& data);
    void updateConnection();
    void refreshAssetImages();
    void fetchAsset(const QString& kind, const QString& path);
    void applyAssetResult(const QString& kind, const ApiResponse& response);
    void assetFailed(const QString& kind, const ApiError& error);
    void pickFile(const QString& kind);
    void updatePreviewLogos();
    QGroupBox* buildIntegrationGroup(QWidget* parent);
    void showIntegrationStatus();

    WorkspaceContext m_context;
    BrandingDraft m_draft;
    QByteArray m_etag;
    bool m_hasLoaded = false;
    bool m_busy = false;
    bool m_loadRequested = false;
    QByteArray m_eventDuringRequest;
    FileChooser m_fileChooser;
    std::vector<std::function<void()>> m_translations;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QFrame* m_conflictBanner = nullptr;
    QLabel* m_conflictLabel = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    BrandingPreview* m_preview = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;

    QLineEdit* m_platformName = nullptr;
    QLineEdit* m_shortName = nullptr;
    QLineEdit* m_tagline = nullptr;
    QSpinBox* m_headingSize = nullptr;
    QSpinBox* m_bodySize = nullptr;
    QComboBox* m_fontFamily = nullptr;
    QSpinBox* m_borderRadius = nullptr;
    QCheckBox* m_popupEnabled = nullptr;
    QSpinBox* m_popupSeconds = nullptr;
    QCheckBox* m_sound = nullptr;
    QPushButton* m_tryPopup = nullptr;
    QLabel* m_connectionLabel = nullptr;

    struct ProviderRow
    {
        QLabel* title;
        QLabel* state;
        QLabel* note;
        QLabel* queue;
    };
    QGroupBox* m_integrationGroup = nullptr;
    QLabel* m_integrationIntro = nullptr;
    QLabel* m_integrationError = nullptr;
    QMap<QString, ProviderRow> m_providerRows; ///< by status channel: email, pusher, push
    QJsonObject m_integrationStatus;           ///< the last answer; empty before the first one
    QString m_integrationFailure;              ///< the last error's text, when the fetch failed

    QMap<QString, ColourField*> m_colourFields;
    std::vector<PairView> m_pairs;
    QMap<QString, QLabel*> m_errorLabels;
    QMap<QString, int> m_tabOfPath;
    QMap<QString, AssetCard*> m_assetCards;
    QMap<QString, QPixmap> m_assetImages;
    QMap<QString, QString> m_assetPaths; ///< the served path each card currently shows
    QPointer<QWidget> m_focusBeforeBusy;
};

} // namespace ey::desk::branding

// The buyer import wizard: file → upload → column mapping → preview with every issue → import
// with progress and cancel → report with the issues CSV.
#pragma once

#include "ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QNetworkReply;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace ey::desk {
class ApiClient;
class FileDownload;
} // namespace ey::desk

namespace ey::desk::curation {

/// UI thread; a window of its own so the buyer table stays usable while an import runs. The server
/// does the work (POST /admin/buyer-imports, .../preview, .../start, GET .../{id} every 500 ms,
/// .../cancel, .../issues, .../issues.csv); the wizard only shows it. Closing while the import runs
/// asks whether to cancel it.
class BuyerImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ProgressPage,
        ReportPage
    };

    explicit BuyerImportWizard(ApiClient& api, QWidget* parent = nullptr);
    ~BuyerImportWizard() override;

    /// Uploads `path` at once (the "Pilih berkas" button ends here too).
    void setFile(const QString& path);
    /// Downloads the issues CSV to `filePath` ("Simpan laporan CSV" ends here).
    void saveReportTo(const QString& filePath);
    /// Asks the server to stop the running import before its next batch.
    void cancelImport();

    QString importId() const { return m_importId; }
    QString status() const { return m_status; }
    bool isUploaded() const { return !m_importId.isEmpty(); }
    bool isPreviewed() const { return m_previewed; }
    bool isRunning() const;
    bool isFinished() const;
    QJsonObject importState() const { return m_import; }
    QJsonObject previewResult() const { return m_preview; }
    /// field → column index; -1 when the field is not mapped.
    QHash<QString, int> mapping() const;
    void setMapping(const QString& field, int column);
    void setOnDuplicate(const QString& choice);

    // For tests.
    QComboBox* mappingBox(const QString& field) const { return m_mappingBoxes.value(field); }
    QTableWidget* sampleTable() const { return m_sample; }
    QTableWidget* previewIssues() const { return m_previewIssues; }
    QTableWidget* reportIssues() const { return m_reportIssues; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* reportSummary() const { return m_reportSummary; }
    QMessageBox* cancelQuestion() const;
    FileDownload* reportDownloader() const { return m_downloader; }

signals:
    void uploaded();
    void previewed();
    void progressed(const QJsonObject& import);
    /// The import ended (done, cancelled or failed); the buyer table reloads.
    void importFinished(const QString& status);
    void reportLoaded();

public:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void buildFilePage();
    void buildMappingPage();
    void buildPreviewPage();
    void buildProgressPage();
    void buildReportPage();
    void retranslateUi();
    void chooseFile();
    void fillMapping();
    void updateMappingHints();
    QJsonObject requestBody() const;
    void runPreview();
    void startImport();
    void poll();
    void showProgress(const QJsonObject& import);
    void loadReport();
    void loadIssuePage(const QString& cursor, int generation);
    void askCancel();
    QString countsText(const QJsonObject& import) const;

    ApiClient& m_api;
    QString m_filePath;
    QString m_importId;
    QString m_status;
    QJsonObject m_import;
    QJsonObject m_preview;
    QJsonArray m_headers;
    bool m_uploading = false;
    bool m_previewed = false;
    bool m_previewing = false;
    bool m_finishHandled = false; ///< a poll answer arriving after the end changes nothing
    int m_previewGeneration = 0;
    int m_reportGeneration = 0;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_upload;
    QPointer<QMessageBox> m_question;
    FileDownload* m_downloader = nullptr;

    // File page
    QLabel* m_fileIntro = nullptr;
    QLineEdit* m_fileField = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QProgressBar* m_uploadBar = nullptr;
    QLabel* m_fileMessage = nullptr;
    // Mapping page
    QLabel* m_mappingIntro = nullptr;
    QHash<QString, QComboBox*> m_mappingBoxes;
    QHash<QString, QLabel*> m_mappingLabels;
    QHash<QString, QLabel*> m_mappingSamples;
    QTableWidget* m_sample = nullptr;
    QLabel* m_mappingMessage = nullptr;
    // Preview page
    QLabel* m_previewCounts = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QRadioButton* m_skip = nullptr;
    QRadioButton* m_update = nullptr;
    QButtonGroup* m_duplicateChoice = nullptr;
    QTableWidget* m_previewIssues = nullptr;
    QLabel* m_previewMessage = nullptr;
    // Progress page
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_progressCounts = nullptr;
    // Report page
    QLabel* m_reportSummary = nullptr;
    QTableWidget* m_reportIssues = nullptr;
    QPushButton* m_saveReport = nullptr;
    QLabel* m_reportMessage = nullptr;
};

} // namespace ey::desk::curation

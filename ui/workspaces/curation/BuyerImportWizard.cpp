// BuyerImportWizard: the pages of the buyer import and the calls behind them.
#include "BuyerImportWizard.h"

#include "CurationFormat.h"

#include "ApiClient.h"
#include "FileDownload.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace ey::desk::curation {

namespace {

constexpr qint64 kMaxUploadBytes = 20 * 1024 * 1024; // the server's limit

/// A page whose Next button follows a condition the wizard owns.
class GatedPage : public QWizardPage
{
public:
    explicit GatedPage(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

GatedPage* gated(QWizard* wizard, int id)
{
    return static_cast<GatedPage*>(wizard->page(id));
}

QTableWidget* issueTable(QWidget* parent, const char* name)
{
    auto* table = new QTableWidget(0, 4, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 60);
    table->setColumnWidth(1, 140);
    table->setColumnWidth(2, 150);
    return table;
}

void appendIssue(QTableWidget* table, const QJsonObject& issue)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto* number = new QTableWidgetItem(CurationFormat::number(issue.value(QStringLiteral("row")).toInteger()));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 0, number);
    table->setItem(row, 1, new QTableWidgetItem(CurationFormat::fieldLabel(
                               issue.value(QStringLiteral("field")).toString())));
    const QString outcome = issue.value(QStringLiteral("outcome")).toString();
    auto* outcomeItem = new QTableWidgetItem(CurationFormat::issueOutcome(outcome));
    outcomeItem->setForeground(outcome == QStringLiteral("error") ? QColor(0xB9, 0x1C, 0x1C)
                                                                  : QColor(0x92, 0x40, 0x0E));
    outcomeItem->setData(Qt::UserRole, outcome);
    table->setItem(row, 2, outcomeItem);
    auto* reason = new QTableWidgetItem(issue.value(QStringLiteral("reason")).toString());
    reason->setToolTip(reason->text());
    table->setItem(row, 3, reason);
}

void setIssueHeaders(QTableWidget* table)
{
    table->setHorizontalHeaderLabels({BuyerImportWizard::tr("Baris"),
                                      BuyerImportWizard::tr("Kolom"),
                                      BuyerImportWizard::tr("Hasil"),
                                      BuyerImportWizard::tr("Alasan")});
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

BuyerImportWizard::BuyerImportWizard(ApiClient& api, QWidget* parent)
    : QWizard(parent, Qt::Window), m_api(api)
{
    setObjectName(QStringLiteral("buyerImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(860, 600);
    m_downloader = new FileDownload(m_api, this);

    setPage(FilePage, new GatedPage([this] { return isUploaded() && !m_uploading; }));
    setPage(MappingPage, new GatedPage([this] {
                const auto map = mapping();
                return map.value(QStringLiteral("company"), -1) >= 0 &&
                       map.value(QStringLiteral("country"), -1) >= 0;
            }));
    setPage(PreviewPage, new GatedPage([this] { return m_previewed && !m_previewing; }));
    setPage(ProgressPage, new GatedPage([this] { return isFinished(); }));
    setPage(ReportPage, new GatedPage([] { return true; }));
    // Once started, an import cannot be "un-started": no Back from the progress page.
    page(PreviewPage)->setCommitPage(true);
    buildFilePage();
    buildMappingPage();
    buildPreviewPage();
    buildProgressPage();
    buildReportPage();

    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &BuyerImportWizard::poll);
    connect(m_downloader, &FileDownload::finished, this, [this](const QString& path, qint64) {
        m_reportMessage->setStyleSheet(QStringLiteral("color: #166534;"));
        showMessage(m_reportMessage, tr("Laporan disimpan ke %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_downloader, &FileDownload::failed, this, [this](const QString& message) {
        m_reportMessage->setStyleSheet(QStringLiteral("color: #B91C1C;"));
        showMessage(m_reportMessage, message);
    });
    retranslateUi();
}

BuyerImportWizard::~BuyerImportWizard()
{
    if (m_upload)
        m_upload->abort();
}

void BuyerImportWizard::buildFilePage()
{
    QWizardPage* filePage = page(FilePage);
    auto* layout = new QVBoxLayout(filePage);
    m_fileIntro = new QLabel(filePage);
    m_fileIntro->setWordWrap(true);
    auto* row = new QHBoxLayout;
    m_fileField = new QLineEdit(filePage);
    m_fileField->setObjectName(QStringLiteral("importFile"));
    m_fileField->setReadOnly(true);
    m_chooseButton = new QPushButton(filePage);
    m_chooseButton->setObjectName(QStringLiteral("chooseFile"));
    row->addWidget(m_fileField, 1);
    row->addWidget(m_chooseButton);
    m_uploadBar = new QProgressBar(filePage);
    m_uploadBar->setObjectName(QStringLiteral("uploadProgress"));
    m_uploadBar->setRange(0, 100);
    m_uploadBar->setValue(0);
    m_uploadBar->hide();
    m_fileMessage = messageLabel(filePage);
    layout->addWidget(m_fileIntro);
    layout->addLayout(row);
    layout->addWidget(m_uploadBar);
    layout->addWidget(m_fileMessage);
    layout->addStretch(1);
    connect(m_chooseButton, &QPushButton::clicked, this, &BuyerImportWizard::chooseFile);
}

void BuyerImportWizard::buildMappingPage()
{
    QWizardPage* mappingPage = page(MappingPage);
    auto* layout = new QVBoxLayout(mappingPage);
    m_mappingIntro = new QLabel(mappingPage);
    m_mappingIntro->setWordWrap(true);
    layout->addWidget(m_mappingIntro);

    auto* scroll = new QScrollArea(mappingPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setHorizontalSpacing(12);
    gridLayout->setVerticalSpacing(4);
    gridLayout->setColumnStretch(2, 1);
    int row = 0;
    for (const QString& field : CurationFormat::buyerFields()) {
        auto* label = new QLabel(grid);
        auto* box = new QComboBox(grid);
        box->setObjectName(QStringLiteral("map_") + field);
        box->setMinimumContentsLength(22);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto* sample = new QLabel(grid);
        sample->setStyleSheet(QStringLiteral("color: #6B7280;"));
        sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
        gridLayout->addWidget(label, row, 0);
        gridLayout->addWidget(box, row, 1);
        gridLayout->addWidget(sample, row, 2);
        m_mappingLabels.insert(field, label);
        m_mappingBoxes.insert(field, box);
        m_mappingSamples.insert(field, sample);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateMappingHints();
            m_previewed = false;
            gated(this, MappingPage)->changed();
        });
        ++row;
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 3);

    m_sample = new QTableWidget(mappingPage);
    m_sample->setObjectName(QStringLiteral("sampleRows"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setAlternatingRowColors(true);
    m_sample->setWordWrap(false);
    m_sample->setMaximumHeight(180); // a glance at the data; the mapping is the work
    layout->addWidget(m_sample, 1);
    m_mappingMessage = messageLabel(mappingPage);
    layout->addWidget(m_mappingMessage);
}

void BuyerImportWizard::buildPreviewPage()
{
    QWizardPage* previewPage = page(PreviewPage);
    auto* layout = new QVBoxLayout(previewPage);
    m_previewCounts = new QLabel(previewPage);
    m_previewCounts->setObjectName(QStringLiteral("previewCounts"));
    m_previewCounts->setWordWrap(true);
    QFont font = m_previewCounts->font();
    font.setBold(true);
    m_previewCounts->setFont(font);
    layout->addWidget(m_previewCounts);

    auto* choice = new QHBoxLayout;
    m_duplicateLabel = new QLabel(previewPage);
    m_skip = new QRadioButton(previewPage);
    m_skip->setObjectName(QStringLiteral("duplicateSkip"));
    m_update = new QRadioButton(previewPage);
    m_update->setObjectName(QStringLiteral("duplicateUpdate"));
    m_skip->setChecked(true);
    m_duplicateChoice = new QButtonGroup(previewPage);
    m_duplicateChoice->addButton(m_skip);
    m_duplicateChoice->addButton(m_update);
    choice->addWidget(m_duplicateLabel);
    choice->addWidget(m_skip);
    choice->addWidget(m_update);
    choice->addStretch(1);
    layout->addLayout(choice);
    // The counts depend on the choice (a duplicate is skipped or updated): ask again.
    connect(m_duplicateChoice, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton*, bool checked) {
                if (checked && currentId() == PreviewPage)
                    runPreview();
            });

    m_previewIssues = issueTable(previewPage, "previewIssues");
    layout->addWidget(m_previewIssues, 1);
    m_previewMessage = messageLabel(previewPage);
    layout->addWidget(m_previewMessage);
}

void BuyerImportWizard::buildProgressPage()
{
    QWizardPage* progressPage = page(ProgressPage);
    auto* layout = new QVBoxLayout(progressPage);
    m_progressText = new QLabel(progressPage);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setWordWrap(true);
    m_progress = new QProgressBar(progressPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    auto* row = new QHBoxLayout;
    m_cancel = new QPushButton(progressPage);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    row->addStretch(1);
    row->addWidget(m_cancel);
    m_progressCounts = new QLabel(progressPage);
    m_progressCounts->setObjectName(QStringLiteral("progressCounts"));
    m_progressCounts->setWordWrap(true);
    m_progressCounts->setStyleSheet(QStringLiteral("color: #374151;"));
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressCounts);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &BuyerImportWizard::cancelImport);
}

void BuyerImportWizard::buildReportPage()
{
    QWizardPage* reportPage = page(ReportPage);
    auto* layout = new QVBoxLayout(reportPage);
    m_reportSummary = new QLabel(reportPage);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_reportSummary);
    m_reportIssues = issueTable(reportPage, "reportIssues");
    layout->addWidget(m_reportIssues, 1);
    auto* row = new QHBoxLayout;
    m_reportMessage = messageLabel(reportPage);
    m_saveReport = new QPushButton(reportPage);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    row->addWidget(m_reportMessage, 1);
    row->addStretch(0);
    row->addWidget(m_saveReport, 0, Qt::AlignRight);
    layout->addLayout(row);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("laporan-impor-%1.csv")
                              .arg(QFileInfo(m_filePath).completeBaseName()));
        const QString path = QFileDialog::getSaveFileName(this, tr("Simpan laporan impor"),
                                                          suggested, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            saveReportTo(path);
    });
}

void BuyerImportWizard::retranslateUi()
{
    setWindowTitle(tr("Impor buyer"));
    setButtonText(QWizard::CommitButton, tr("Mulai impor"));
    setButtonText(QWizard::NextButton, tr("Lanjut >"));
    setButtonText(QWizard::BackButton, tr("< Kembali"));
    setButtonText(QWizard::CancelButton, tr("Tutup"));
    setButtonText(QWizard::FinishButton, tr("Selesai"));
    page(FilePage)->setTitle(tr("1. Pilih berkas"));
    page(FilePage)->setSubTitle(tr("CSV atau XLSX, paling besar 20 MB."));
    page(MappingPage)->setTitle(tr("2. Cocokkan kolom"));
    page(PreviewPage)->setTitle(tr("3. Pratinjau"));
    page(ProgressPage)->setTitle(tr("4. Mengimpor"));
    page(ReportPage)->setTitle(tr("5. Laporan"));
    m_fileIntro->setText(
        tr("Baris pertama berkas adalah judul kolom. Kolom Perusahaan dan Negara wajib ada; "
           "daftar (produk, kode HS, syarat) boleh dipisah dengan ; , atau |."));
    m_fileField->setPlaceholderText(tr("Belum ada berkas dipilih"));
    m_chooseButton->setText(tr("Pilih berkas\u2026"));
    m_mappingIntro->setText(
        tr("Pilih kolom berkas untuk setiap data buyer. Perusahaan dan Negara wajib; contoh isi "
           "dari baris pertama tampil di sebelah kanan."));
    for (const QString& field : CurationFormat::buyerFields()) {
        QString text = CurationFormat::fieldLabel(field);
        if (field == QStringLiteral("company") || field == QStringLiteral("country"))
            text += QStringLiteral(" *");
        m_mappingLabels.value(field)->setText(text);
        if (QComboBox* box = m_mappingBoxes.value(field); box->count() > 0)
            box->setItemText(0, tr("\u2014 tidak diimpor \u2014"));
    }
    m_duplicateLabel->setText(tr("Buyer yang sudah ada (perusahaan + negara, atau email sama):"));
    m_skip->setText(tr("Lewati"));
    m_update->setText(tr("Perbarui dengan data berkas"));
    setIssueHeaders(m_previewIssues);
    setIssueHeaders(m_reportIssues);
    m_cancel->setText(tr("Batalkan impor"));
    m_saveReport->setText(tr("Simpan laporan CSV\u2026"));
    if (!m_import.isEmpty())
        showProgress(m_import);
}

void BuyerImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void BuyerImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Pilih berkas buyer"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Berkas buyer (*.csv *.xlsx);;Semua berkas (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void BuyerImportWizard::setFile(const QString& path)
{
    if (m_uploading)
        return;
    showMessage(m_fileMessage, {});
    QFile file(path);
    if (file.size() > kMaxUploadBytes) {
        showMessage(m_fileMessage, tr("Berkas %1 lebih dari 20 MB. Pecah menjadi beberapa berkas "
                                      "lalu impor satu per satu.")
                                       .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(m_fileMessage,
                    tr("Berkas %1 tidak bisa dibaca: %2").arg(path, file.errorString()));
        return;
    }
    m_filePath = path;
    m_fileField->setText(QDir::toNativeSeparators(path));
    m_importId.clear();
    m_import = {};
    m_status.clear();
    m_finishHandled = false;
    m_previewed = false;
    m_uploading = true;
    m_chooseButton->setEnabled(false);
    m_uploadBar->setValue(0);
    m_uploadBar->show();
    gated(this, FilePage)->changed();

    const QString name = QFileInfo(path).fileName();
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/admin/buyer-imports");
    request.rawBody = file.readAll();
    request.rawContentType = name.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                                 ? QByteArrayLiteral("application/vnd.openxmlformats-"
                                                     "officedocument.spreadsheetml.sheet")
                                 : QByteArrayLiteral("text/csv");
    request.headers.append({QByteArrayLiteral("X-File-Name"), name.toUtf8()});
    request.timeoutMs = 300000; // 20 MB over a slow line
    m_upload = m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_uploading = false;
            m_chooseButton->setEnabled(true);
            m_uploadBar->setValue(100);
            m_import = response.object();
            m_importId = m_import.value(QStringLiteral("id")).toString();
            m_headers = m_import.value(QStringLiteral("headers")).toArray();
            fillMapping();
            gated(this, FilePage)->changed();
            emit uploaded();
            // The user chose a file to import it: go on to the mapping at once.
            if (currentId() == FilePage)
                next();
        },
        [this](const ApiError& error) {
            m_uploading = false;
            m_chooseButton->setEnabled(true);
            m_uploadBar->hide();
            showMessage(m_fileMessage, error.fullText());
            gated(this, FilePage)->changed();
        });
    connect(m_upload, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_uploadBar->setValue(static_cast<int>(sent * 100 / total));
    });
}

void BuyerImportWizard::fillMapping()
{
    const QJsonObject suggested = m_import.value(QStringLiteral("suggested_mapping")).toObject();
    for (const QString& field : CurationFormat::buyerFields()) {
        QComboBox* box = m_mappingBoxes.value(field);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("\u2014 tidak diimpor \u2014"), -1);
        for (int column = 0; column < m_headers.size(); ++column) {
            const QString header = m_headers.at(column).toString();
            box->addItem(header.isEmpty() ? tr("Kolom %1").arg(column + 1) : header, column);
        }
        const QJsonValue chosen = suggested.value(field);
        box->setCurrentIndex(chosen.isDouble() ? std::max(0, box->findData(chosen.toInt())) : 0);
    }
    // The first rows under their headers, so the user sees what each column holds.
    const QJsonArray rows = m_import.value(QStringLiteral("sample_rows")).toArray();
    m_sample->clear();
    m_sample->setColumnCount(static_cast<int>(m_headers.size()));
    m_sample->setRowCount(static_cast<int>(rows.size()));
    QStringList labels;
    for (const auto& header : m_headers)
        labels << header.toString();
    m_sample->setHorizontalHeaderLabels(labels);
    for (int row = 0; row < rows.size(); ++row) {
        const QJsonArray cells = rows.at(row).toArray();
        for (int column = 0; column < cells.size() && column < m_headers.size(); ++column)
            m_sample->setItem(row, column, new QTableWidgetItem(cells.at(column).toString()));
    }
    m_sample->resizeColumnsToContents();
    for (int column = 0; column < m_sample->columnCount(); ++column)
        m_sample->setColumnWidth(column, std::min(m_sample->columnWidth(column), 220));
    updateMappingHints();
    gated(this, MappingPage)->changed();
}

void BuyerImportWizard::updateMappingHints()
{
    const QJsonArray rows = m_import.value(QStringLiteral("sample_rows")).toArray();
    QHash<int, int> uses;
    for (const QString& field : CurationFormat::buyerFields()) {
        const int column = m_mappingBoxes.value(field)->currentData().toInt();
        QString sample;
        if (column >= 0) {
            ++uses[column];
            QStringList values;
            for (int row = 0; row < rows.size() && values.size() < 3; ++row) {
                const QString cell = rows.at(row).toArray().at(column).toString().trimmed();
                if (!cell.isEmpty())
                    values << (cell.size() > 40 ? cell.left(39) + QStringLiteral("\u2026") : cell);
            }
            sample = values.join(QStringLiteral(" \u00B7 "));
        }
        m_mappingSamples.value(field)->setText(sample);
    }
    QStringList problems;
    const auto map = mapping();
    if (map.value(QStringLiteral("company"), -1) < 0 || map.value(QStringLiteral("country"), -1) < 0)
        problems << tr("Pilih kolom untuk Perusahaan dan Negara.");
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value() > 1)
            problems << tr("Kolom \"%1\" dipakai untuk lebih dari satu data.")
                            .arg(m_headers.at(it.key()).toString());
    showMessage(m_mappingMessage, problems.join(QLatin1Char('\n')));
}

QHash<QString, int> BuyerImportWizard::mapping() const
{
    QHash<QString, int> map;
    for (auto it = m_mappingBoxes.cbegin(); it != m_mappingBoxes.cend(); ++it) {
        const QVariant data = it.value()->currentData();
        map.insert(it.key(), data.isValid() ? data.toInt() : -1);
    }
    return map;
}

void BuyerImportWizard::setMapping(const QString& field, int column)
{
    if (QComboBox* box = m_mappingBoxes.value(field))
        box->setCurrentIndex(std::max(0, box->findData(column)));
}

void BuyerImportWizard::setOnDuplicate(const QString& choice)
{
    (choice == QStringLiteral("update") ? m_update : m_skip)->setChecked(true);
}

QJsonObject BuyerImportWizard::requestBody() const
{
    QJsonObject map;
    const auto fields = mapping();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.value() >= 0)
            map.insert(it.key(), it.value());
    return {{QStringLiteral("mapping"), map},
            {QStringLiteral("on_duplicate"),
             m_update->isChecked() ? QStringLiteral("update") : QStringLiteral("skip")}};
}

void BuyerImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == PreviewPage)
        runPreview();
    else if (id == ProgressPage)
        startImport();
    else if (id == ReportPage)
        loadReport();
}

bool BuyerImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPage && !m_mappingMessage->text().isEmpty() &&
        m_mappingMessage->text().contains(QLatin1Char('"')))
        return false; // one column for two fields would import the same text twice
    return QWizard::validateCurrentPage();
}

void BuyerImportWizard::runPreview()
{
    if (m_importId.isEmpty())
        return;
    const int generation = ++m_previewGeneration;
    m_previewed = false;
    m_previewing = true;
    gated(this, PreviewPage)->changed();
    m_previewCounts->setText(tr("Memeriksa setiap baris\u2026"));
    m_previewIssues->setRowCount(0);
    showMessage(m_previewMessage, {});
    m_api.post(
        QStringLiteral("/api/v1/admin/buyer-imports/%1/preview").arg(m_importId), requestBody(),
        this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_previewGeneration)
                return;
            m_previewing = false;
            m_preview = response.object();
            const qint64 total = m_preview.value(QStringLiteral("total_rows")).toInteger();
            const qint64 errors = m_preview.value(QStringLiteral("error_rows")).toInteger();
            const QJsonArray issues = m_preview.value(QStringLiteral("issues")).toArray();
            // valid_rows counts duplicates too (they are valid rows the choice decides about).
            const qint64 valid = m_preview.value(QStringLiteral("valid_rows")).toInteger();
            const qint64 duplicates = m_preview.value(QStringLiteral("duplicate_rows")).toInteger();
            const QString counts =
                tr("%1 baris: %2 valid, %3 bergalat (dilewati), %4 duplikat.")
                    .arg(CurationFormat::number(total), CurationFormat::number(valid),
                         CurationFormat::number(errors), CurationFormat::number(duplicates));
            const QString outcome =
                m_update->isChecked()
                    ? tr("Impor akan menambah %1 buyer baru dan memperbarui %2.")
                          .arg(CurationFormat::number(valid - duplicates),
                               CurationFormat::number(duplicates))
                    : tr("Impor akan menambah %1 buyer baru; duplikat dilewati.")
                          .arg(CurationFormat::number(valid - duplicates));
            m_previewCounts->setText(counts + QLatin1Char('\n') + outcome);
            for (const auto& issue : issues)
                appendIssue(m_previewIssues, issue.toObject());
            if (issues.size() >= 500)
                showMessage(m_previewMessage,
                            tr("Hanya 500 masalah pertama yang ditampilkan; laporan lengkap "
                               "tersedia setelah impor."));
            m_previewed = true;
            gated(this, PreviewPage)->changed();
            emit previewed();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_previewGeneration)
                return;
            m_previewing = false;
            m_previewCounts->clear();
            showMessage(m_previewMessage, error.fullText());
            gated(this, PreviewPage)->changed();
        });
}

void BuyerImportWizard::startImport()
{
    m_status = QStringLiteral("queued");
    m_progressText->setText(tr("Memulai impor %1\u2026").arg(QFileInfo(m_filePath).fileName()));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(false);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/admin/buyer-imports/%1/start").arg(m_importId);
    request.body = QJsonDocument(requestBody());
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            showProgress(response.object());
            m_cancel->setEnabled(true);
            m_pollTimer.start();
        },
        [this](const ApiError& error) {
            m_status = QStringLiteral("failed");
            m_progress->setRange(0, 1);
            m_progressText->setText(error.fullText());
            gated(this, ProgressPage)->changed();
        });
}

void BuyerImportWizard::poll()
{
    m_api.get(
        QStringLiteral("/api/v1/admin/buyer-imports/%1").arg(m_importId), QUrlQuery(), this,
        [this](const ApiResponse& response) { showProgress(response.object()); },
        [this](const ApiError& error) {
            // A missed poll is not the import failing: say so and keep polling.
            m_progressText->setText(error.detail);
        });
}

QString BuyerImportWizard::countsText(const QJsonObject& import) const
{
    auto n = [&import](const char* key) {
        return CurationFormat::number(import.value(QLatin1String(key)).toInteger());
    };
    return tr("Ditambahkan %1 · diperbarui %2 · dilewati %3 · gagal %4")
        .arg(n("inserted_rows"), n("updated_rows"), n("skipped_rows"), n("failed_rows"));
}

void BuyerImportWizard::showProgress(const QJsonObject& import)
{
    if (m_finishHandled)
        return;
    m_import = import;
    m_status = import.value(QStringLiteral("status")).toString();
    const qint64 total = import.value(QStringLiteral("total_rows")).toInteger();
    const qint64 processed = import.value(QStringLiteral("processed_rows")).toInteger();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::min<qint64>(processed, total) * 1000 / total));
    }
    m_progress->setFormat(tr("%1 dari %2 baris")
                              .arg(CurationFormat::number(processed), CurationFormat::number(total)));
    m_progressText->setText(
        tr("Status: %1").arg(CurationFormat::importStatus(m_status)) +
        (import.value(QStringLiteral("cancel_requested")).toBool() && isRunning()
             ? tr(" · pembatalan diminta, berhenti sebelum kelompok berikutnya")
             : QString()));
    m_progressCounts->setText(countsText(import));
    emit progressed(import);
    if (isFinished()) {
        m_finishHandled = true;
        m_pollTimer.stop();
        m_cancel->setEnabled(false);
        gated(this, ProgressPage)->changed();
        emit importFinished(m_status);
        if (m_question)
            m_question->close();
        if (currentId() == ProgressPage)
            next();
    }
}

bool BuyerImportWizard::isRunning() const
{
    return m_status == QStringLiteral("queued") || m_status == QStringLiteral("running");
}

bool BuyerImportWizard::isFinished() const
{
    return m_status == QStringLiteral("done") || m_status == QStringLiteral("cancelled") ||
           m_status == QStringLiteral("failed");
}

void BuyerImportWizard::cancelImport()
{
    if (!isRunning() || m_importId.isEmpty())
        return;
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Membatalkan\u2026 baris yang sudah tersimpan tetap ada."));
    m_api.post(
        QStringLiteral("/api/v1/admin/buyer-imports/%1/cancel").arg(m_importId), QJsonObject(),
        this, [this](const ApiResponse& response) { showProgress(response.object()); },
        [this](const ApiError& error) {
            m_cancel->setEnabled(isRunning());
            m_progressText->setText(error.fullText());
        });
}

void BuyerImportWizard::loadReport()
{
    const QString status = m_status;
    QString summary;
    if (status == QStringLiteral("done"))
        summary = tr("Impor %1 selesai.").arg(QFileInfo(m_filePath).fileName());
    else if (status == QStringLiteral("cancelled"))
        summary = tr("Impor %1 dibatalkan; baris yang sudah tersimpan sebelum pembatalan tetap ada.")
                      .arg(QFileInfo(m_filePath).fileName());
    else
        summary = tr("Impor %1 gagal: %2")
                      .arg(QFileInfo(m_filePath).fileName(),
                           m_import.value(QStringLiteral("failure")).toString());
    summary += QLatin1Char('\n') +
               tr("%1 dari %2 baris diproses.")
                   .arg(CurationFormat::number(m_import.value(QStringLiteral("processed_rows")).toInteger()),
                        CurationFormat::number(m_import.value(QStringLiteral("total_rows")).toInteger())) +
               QLatin1Char('\n') + countsText(m_import);
    m_reportSummary->setText(summary);
    m_reportIssues->setRowCount(0);
    loadIssuePage(QString(), ++m_reportGeneration);
}

void BuyerImportWizard::loadIssuePage(const QString& cursor, int generation)
{
    QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("200")}};
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_api.get(
        QStringLiteral("/api/v1/admin/buyer-imports/%1/issues").arg(m_importId), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_reportGeneration)
                return;
            const QJsonObject page = response.object();
            for (const auto& issue : page.value(QStringLiteral("items")).toArray())
                appendIssue(m_reportIssues, issue.toObject());
            const QString next = page.value(QStringLiteral("next_cursor")).toString();
            // The whole report is read (a few thousand rows at most are shown; the CSV has all).
            if (!next.isEmpty() && m_reportIssues->rowCount() < 5000)
                loadIssuePage(next, generation);
            else
                emit reportLoaded();
        },
        [this](const ApiError& error) { showMessage(m_reportMessage, error.detail); });
}

void BuyerImportWizard::saveReportTo(const QString& filePath)
{
    if (m_importId.isEmpty())
        return;
    showMessage(m_reportMessage, {});
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/admin/buyer-imports/%1/issues.csv").arg(m_importId);
    m_downloader->start(request, filePath);
}

QMessageBox* BuyerImportWizard::cancelQuestion() const
{
    return m_question;
}

void BuyerImportWizard::askCancel()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    m_question = new QMessageBox(QMessageBox::Question, tr("Impor masih berjalan"),
                                 tr("Batalkan impor yang sedang berjalan? Baris yang sudah "
                                    "tersimpan tetap ada."),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("cancelQuestion"));
    QPushButton* stop = m_question->addButton(tr("Batalkan impor"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("confirmCancelImport"));
    QPushButton* keep = m_question->addButton(tr("Lanjutkan impor"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepImporting"));
    m_question->setDefaultButton(keep);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(stop, &QPushButton::clicked, this, &BuyerImportWizard::cancelImport);
    m_question->open();
}

void BuyerImportWizard::reject()
{
    // Esc or the window's close button while rows are being written: ask, do not just vanish.
    if (isRunning()) {
        askCancel();
        return;
    }
    QWizard::reject();
}

} // namespace ey::desk::curation

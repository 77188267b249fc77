// SupplierDetailPanel: one supplier's detail tabs and the review and decision actions.
#include "SupplierDetailPanel.h"

#include "CurationFormat.h"
#include "SupplierFormat.h"
#include "SupplierPremiumPanel.h"

#include "ApiClient.h"
#include "StatusBadge.h"
#include "Toast.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

const QStringList kReviewActions = {QStringLiteral("note"), QStringLiteral("recommend"),
                                    QStringLiteral("request_changes")};
const QStringList kDecideActions = {QStringLiteral("verify"), QStringLiteral("limit"),
                                    QStringLiteral("suspend"), QStringLiteral("reinstate")};

/// The fields of each profile tab, in the order the supplier fills them in.
const QList<QPair<QString, QStringList>>& profileTabs()
{
    static const QList<QPair<QString, QStringList>> tabs = {
        {QStringLiteral("identity"),
         {QStringLiteral("company_name"), QStringLiteral("legal_form"),
          QStringLiteral("business_field"), QStringLiteral("main_products"),
          QStringLiteral("year_founded")}},
        {QStringLiteral("address"),
         {QStringLiteral("address_line"), QStringLiteral("province_name"),
          QStringLiteral("regency_name"), QStringLiteral("district_name"),
          QStringLiteral("postal_code"), QStringLiteral("production_site")}},
        {QStringLiteral("contact"),
         {QStringLiteral("pic_name"), QStringLiteral("pic_position"), QStringLiteral("whatsapp"),
          QStringLiteral("business_email"), QStringLiteral("website"),
          QStringLiteral("social_media")}},
        {QStringLiteral("legal"),
         {QStringLiteral("nib"), QStringLiteral("npwp"), QStringLiteral("siup")}},
        {QStringLiteral("bio"),
         {QStringLiteral("description"), QStringLiteral("advantages"),
          QStringLiteral("unique_value")}},
    };
    return tabs;
}

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QTableWidget* readOnlyTable(int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace

SupplierDetailPanel::SupplierDetailPanel(ApiClient& api, bool canReview, bool canDecide,
                                         QWidget* parent)
    : QWidget(parent), m_api(api), m_canReview(canReview), m_canDecide(canDecide),
      m_opener([](const QString& path) {
          return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
      })
{
    setObjectName(QStringLiteral("supplierDetail"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);

    // Header: who, where in the process, and the score at a glance.
    auto* header = new QHBoxLayout;
    m_company = new QLabel(this);
    m_company->setObjectName(QStringLiteral("supplierCompany"));
    QFont big = m_company->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_company->setFont(big);
    m_company->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new StatusBadge(this);
    m_badge->setObjectName(QStringLiteral("supplierStatus"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeSupplier"));
    m_close->setFlat(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setShortcut(QKeySequence(Qt::Key_Escape));
    header->addWidget(m_company, 1);
    header->addWidget(m_badge);
    header->addWidget(m_close);
    layout->addLayout(header);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("supplierMeta"));
    m_meta->setWordWrap(true);
    m_meta->setStyleSheet(QStringLiteral("color: #4B5563;"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("supplierScore"));
    layout->addWidget(m_score);

    // Actions: one note box serves every action, so a decision and its reason go together.
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("supplierNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_note->setVisible(m_canReview || m_canDecide);
    layout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (const QString& action : kReviewActions + kDecideActions) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("action_") + action);
        button->setVisible(false);
        if (action == QStringLiteral("suspend"))
            button->setStyleSheet(QStringLiteral("color: #B91C1C;"));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actions.insert(action, button);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_decideRow = new QWidget(this);
    auto* decide = new QHBoxLayout(m_decideRow);
    decide->setContentsMargins(0, 0, 0, 0);
    decide->setSpacing(6);
    m_typeLabel = new QLabel(m_decideRow);
    m_type = new QComboBox(m_decideRow);
    m_type->setObjectName(QStringLiteral("supplierTypeChoice"));
    for (const QString& type : SupplierFormat::types())
        m_type->addItem(QString(), type);
    m_typeApply = new QPushButton(m_decideRow);
    m_typeApply->setObjectName(QStringLiteral("applyType"));
    m_tierLabel = new QLabel(m_decideRow);
    m_tier = new QComboBox(m_decideRow);
    m_tier->setObjectName(QStringLiteral("supplierTierChoice"));
    m_tier->addItem(QString(), QStringLiteral("free"));
    m_tier->addItem(QString(), QStringLiteral("premium"));
    // The item texts arrive with the translation, after the first size hint was taken.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_premiumUntil = new QDateEdit(m_decideRow);
    m_premiumUntil->setObjectName(QStringLiteral("premiumUntil"));
    m_premiumUntil->setCalendarPopup(true);
    m_premiumUntil->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    // The minimum stands for "no end date".
    m_premiumUntil->setMinimumDate(QDate(2000, 1, 1));
    m_premiumUntil->setDate(QDate(2000, 1, 1));
    m_premiumUntil->setMinimumWidth(m_premiumUntil->fontMetrics().horizontalAdvance(
                                        QStringLiteral("tanpa batas akhir")) + 48);
    m_tierApply = new QPushButton(m_decideRow);
    m_tierApply->setObjectName(QStringLiteral("applyTier"));
    decide->addWidget(m_typeLabel);
    decide->addWidget(m_type);
    decide->addWidget(m_typeApply);
    decide->addSpacing(12);
    decide->addWidget(m_tierLabel);
    decide->addWidget(m_tier);
    decide->addWidget(m_premiumUntil);
    decide->addWidget(m_tierApply);
    decide->addStretch(1);
    m_decideRow->setVisible(m_canDecide);
    layout->addWidget(m_decideRow);
    connect(m_typeApply, &QPushButton::clicked, this, &SupplierDetailPanel::changeType);
    connect(m_tierApply, &QPushButton::clicked, this, &SupplierDetailPanel::changeTier);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        m_premiumUntil->setEnabled(m_tier->currentData().toString() == QStringLiteral("premium"));
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("supplierMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    // The tabs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supplierTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    for (const auto& [tab, fields] : profileTabs()) {
        auto* area = new QScrollArea(m_tabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        auto* page = new QWidget(area);
        auto* form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        area->setWidget(page);
        m_forms.insert(tab, form);
        m_tabs->addTab(area, QString());
    }

    auto* documents = new QSplitter(Qt::Vertical, m_tabs);
    auto* documentList = new QWidget(documents);
    auto* documentLayout = new QVBoxLayout(documentList);
    documentLayout->setContentsMargins(0, 4, 0, 0);
    m_documents = readOnlyTable(5, documentList);
    m_documents->setObjectName(QStringLiteral("supplierDocuments"));
    documentLayout->addWidget(m_documents, 1);
    auto* documentButtons = new QHBoxLayout;
    m_openDocument = new QPushButton(documentList);
    m_openDocument->setObjectName(QStringLiteral("openDocument"));
    m_openDocument->setEnabled(false);
    documentButtons->addWidget(m_openDocument);
    documentButtons->addStretch(1);
    documentLayout->addLayout(documentButtons);
    m_previewArea = new QScrollArea(documents);
    m_previewArea->setWidgetResizable(true);
    m_preview = new QLabel(m_previewArea);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_previewArea->setWidget(m_preview);
    documents->addWidget(documentList);
    documents->addWidget(m_previewArea);
    documents->setStretchFactor(0, 0);
    documents->setStretchFactor(1, 1);
    documents->setSizes({170, 600}); // a short list, a large preview
    m_tabs->addTab(documents, QString());
    connect(m_documents, &QTableWidget::itemSelectionChanged, this,
            [this] { m_openDocument->setEnabled(m_documents->currentRow() >= 0); });
    connect(m_documents, &QTableWidget::cellActivated, this,
            [this](int row, int) { openDocument(row); });
    connect(m_openDocument, &QPushButton::clicked, this,
            [this] { openDocument(m_documents->currentRow()); });

    auto* assessment = new QWidget(m_tabs);
    auto* assessmentLayout = new QVBoxLayout(assessment);
    assessmentLayout->setContentsMargins(0, 4, 0, 0);
    m_assessmentTotal = new QLabel(assessment);
    m_assessmentTotal->setObjectName(QStringLiteral("assessmentTotal"));
    QFont bold = m_assessmentTotal->font();
    bold.setBold(true);
    m_assessmentTotal->setFont(bold);
    m_assessment = readOnlyTable(4, assessment);
    m_assessment->setObjectName(QStringLiteral("supplierAssessment"));
    // Question and answer share the width; number and score take what they need.
    m_assessment->horizontalHeader()->setStretchLastSection(false);
    m_assessment->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_assessment->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assessment->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_assessment->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // Wrapped rows follow the width the pane actually gets.
    connect(m_assessment->horizontalHeader(), &QHeaderView::sectionResized, m_assessment,
            &QTableWidget::resizeRowsToContents);
    assessmentLayout->addWidget(m_assessmentTotal);
    assessmentLayout->addWidget(m_assessment, 1);
    m_tabs->addTab(assessment, QString());

    m_history = readOnlyTable(5, m_tabs);
    m_history->setObjectName(QStringLiteral("supplierHistory"));
    m_history->horizontalHeader()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 4})
        m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_history->horizontalHeader(), &QHeaderView::sectionResized, m_history,
            &QTableWidget::resizeRowsToContents);
    m_tabs->addTab(m_history, QString());

    m_audit = new QTreeWidget(m_tabs);
    m_audit->setObjectName(QStringLiteral("supplierAudit"));
    m_audit->setColumnCount(3);
    m_audit->setAlternatingRowColors(true);
    m_audit->setWordWrap(true);
    m_audit->header()->setStretchLastSection(true);
    m_tabs->addTab(m_audit, QString());

    m_premium = new SupplierPremiumPanel(m_api, m_tabs);
    m_tabs->addTab(m_premium, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_close, &QPushButton::clicked, this, &SupplierDetailPanel::closeRequested);
    retranslateUi();
}

SupplierDetailPanel::~SupplierDetailPanel() = default;

void SupplierDetailPanel::retranslateUi()
{
    m_close->setToolTip(tr("Tutup (Esc)"));
    m_note->setPlaceholderText(
        tr("Catatan untuk tindakan berikutnya (wajib untuk \"Catatan\" dan \"Minta perbaikan\")"));
    m_actions.value(QStringLiteral("note"))->setText(tr("Catatan"));
    m_actions.value(QStringLiteral("note"))
        ->setToolTip(tr("Simpan catatan internal; status tidak berubah dan supplier tidak melihatnya"));
    m_actions.value(QStringLiteral("recommend"))->setText(tr("Rekomendasikan"));
    m_actions.value(QStringLiteral("request_changes"))->setText(tr("Minta perbaikan"));
    m_actions.value(QStringLiteral("request_changes"))
        ->setToolTip(tr("Kembalikan ke supplier untuk diperbaiki; supplier melihat catatan ini"));
    m_actions.value(QStringLiteral("verify"))->setText(tr("Verifikasi"));
    m_actions.value(QStringLiteral("limit"))->setText(tr("Batasi"));
    m_actions.value(QStringLiteral("limit"))
        ->setToolTip(tr("Setujui tanpa lencana terverifikasi"));
    m_actions.value(QStringLiteral("suspend"))->setText(tr("Tangguhkan"));
    m_actions.value(QStringLiteral("reinstate"))->setText(tr("Aktifkan kembali"));
    m_typeLabel->setText(tr("Jenis:"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, SupplierFormat::type(m_type->itemData(i).toString()));
    m_typeApply->setText(tr("Ubah jenis"));
    m_tierLabel->setText(tr("Paket:"));
    for (int i = 0; i < m_tier->count(); ++i)
        m_tier->setItemText(i, SupplierFormat::tier(m_tier->itemData(i).toString()));
    m_premiumUntil->setSpecialValueText(tr("tanpa batas akhir"));
    m_premiumUntil->setToolTip(tr("Premium berlaku sampai tanggal ini"));
    m_tierApply->setText(tr("Ubah paket"));
    int index = 0;
    for (const auto& tab : profileTabs())
        m_tabs->setTabText(index++, SupplierFormat::section(tab.first));
    m_tabs->setTabText(index++, tr("Dokumen"));
    m_tabs->setTabText(index++, tr("Asesmen"));
    m_tabs->setTabText(index++, tr("Riwayat"));
    m_tabs->setTabText(index++, tr("Audit"));
    m_tabs->setTabText(index, tr("Premium"));
    m_documents->setHorizontalHeaderLabels(
        {tr("Jenis"), tr("Judul"), tr("Tipe"), tr("Ukuran"), tr("Diunggah")});
    m_openDocument->setText(tr("Buka dokumen"));
    m_assessment->setHorizontalHeaderLabels({tr("No"), tr("Pertanyaan"), tr("Jawaban"), tr("Skor")});
    m_history->setHorizontalHeaderLabels(
        {tr("Waktu"), tr("Tindakan"), tr("Status"), tr("Catatan"), tr("Oleh")});
    m_audit->setHeaderLabels({tr("Perubahan"), tr("Sebelum"), tr("Sesudah")});
    if (!m_supplier.isEmpty())
        display(m_supplier);
}

void SupplierDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupplierDetailPanel::showSupplier(const QString& id)
{
    if (id != m_id) {
        m_supplier = {};
        m_note->clear();
        m_preview->clear();
        m_message->hide();
        m_tabs->setCurrentIndex(0);
    }
    m_id = id;
    refresh();
}

void SupplierDetailPanel::refresh()
{
    if (m_id.isEmpty())
        return;
    m_loading = true;
    const int generation = ++m_generation;
    if (m_supplier.isEmpty())
        m_company->setText(tr("Memuat\u2026"));
    m_api.get(
        QStringLiteral("/api/v1/admin/suppliers/") + m_id, {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            display(response.object());
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            showError(error);
        });
}

void SupplierDetailPanel::display(const QJsonObject& supplier)
{
    m_supplier = supplier;
    const QString status = supplier.value(QStringLiteral("status")).toString();
    const QString company = supplier.value(QStringLiteral("company_name")).toString();
    m_company->setText(company.isEmpty() ? tr("(belum mengisi nama perusahaan)") : company);
    m_badge->setStatus(SupplierFormat::status(status), SupplierFormat::statusColor(status));

    QStringList meta;
    meta << SupplierFormat::type(supplier.value(QStringLiteral("type")).toString());
    QString tier = SupplierFormat::tier(supplier.value(QStringLiteral("effective_tier")).toString());
    const QString until = supplier.value(QStringLiteral("premium_until")).toString();
    if (supplier.value(QStringLiteral("tier")).toString() == QStringLiteral("premium"))
        tier = until.isEmpty() ? tr("%1 (tanpa batas akhir)").arg(tier)
                               : tr("%1 sampai %2").arg(tier, CurationFormat::date(until));
    meta << tier;
    meta << supplier.value(QStringLiteral("full_name")).toString() + QStringLiteral(" <") +
                supplier.value(QStringLiteral("email")).toString() + QLatin1Char('>');
    const QString submitted = supplier.value(QStringLiteral("submitted_at")).toString();
    QString dates = submitted.isEmpty()
                        ? tr("Terdaftar %1").arg(CurationFormat::date(
                              supplier.value(QStringLiteral("created_at")).toString()))
                        : tr("Diajukan %1").arg(CurationFormat::dateTime(submitted));
    const QString slug = supplier.value(QStringLiteral("slug")).toString();
    if (!slug.isEmpty())
        dates += QStringLiteral(" \u00B7 ") +
                 tr("%1 dilihat, %2 suka")
                     .arg(CurationFormat::number(supplier.value(QStringLiteral("views")).toInteger()),
                          CurationFormat::number(supplier.value(QStringLiteral("likes")).toInteger()));
    m_meta->setText(meta.join(QStringLiteral(" \u00B7 ")) + QLatin1Char('\n') + dates);

    const QJsonObject assessment = supplier.value(QStringLiteral("assessment")).toObject();
    const QJsonValue score = assessment.value(QStringLiteral("score"));
    const qint64 max = assessment.value(QStringLiteral("max_score")).toInteger();
    if (score.isDouble() && max > 0)
        m_score->setText(tr("Skor asesmen: %1 dari %2 (%3%)")
                             .arg(score.toInteger())
                             .arg(max)
                             .arg(score.toInteger() * 100 / max));
    else
        m_score->setText(tr("Skor asesmen: belum dihitung (dihitung saat diajukan)"));

    const int typeIndex = m_type->findData(supplier.value(QStringLiteral("type")).toString());
    m_type->setCurrentIndex(qMax(typeIndex, 0));
    m_tier->setCurrentIndex(qMax(m_tier->findData(supplier.value(QStringLiteral("tier")).toString()), 0));
    const QDate untilDate = QDateTime::fromString(until, Qt::ISODateWithMs).toLocalTime().date();
    m_premiumUntil->setDate(untilDate.isValid() ? untilDate : m_premiumUntil->minimumDate());
    m_premiumUntil->setEnabled(m_tier->currentData().toString() == QStringLiteral("premium"));

    fillProfile();
    fillDocuments();
    fillAssessment();
    fillHistory();
    fillAudit();
    m_premium->showSupplier(supplier);
    updateActions();
}

void SupplierDetailPanel::fillProfile()
{
    const QJsonObject profile = m_supplier.value(QStringLiteral("profile")).toObject();
    for (const auto& [tab, fields] : profileTabs()) {
        QFormLayout* form = m_forms.value(tab);
        clearForm(form);
        QWidget* page = form->parentWidget();
        const QJsonObject values = profile.value(tab).toObject();
        if (tab == QStringLiteral("contact")) {
            // The account's own address and number, next to what the supplier wrote as contact.
            form->addRow(tr("Email akun"),
                         valueLabel(SupplierFormat::value(m_supplier.value(QStringLiteral("email"))), page));
            form->addRow(tr("WhatsApp akun"),
                         valueLabel(SupplierFormat::value(m_supplier.value(QStringLiteral("whatsapp"))), page));
        }
        for (const QString& field : fields) {
            QString text = SupplierFormat::value(values.value(field));
            if (field == QStringLiteral("legal_form") && values.value(field).isString())
                text = values.value(field).toString();
            form->addRow(SupplierFormat::field(field), valueLabel(text, page));
        }
    }
}

void SupplierDetailPanel::fillDocuments()
{
    const QJsonArray documents = m_supplier.value(QStringLiteral("documents")).toArray();
    m_documents->setRowCount(static_cast<int>(documents.size()));
    const QLocale locale;
    for (int row = 0; row < documents.size(); ++row) {
        const QJsonObject document = documents.at(row).toObject();
        auto* kind = cell(SupplierFormat::documentKind(document.value(QStringLiteral("kind")).toString()));
        kind->setData(Qt::UserRole, document);
        m_documents->setItem(row, 0, kind);
        m_documents->setItem(row, 1, cell(document.value(QStringLiteral("title")).toString()));
        const QString mime = document.value(QStringLiteral("mime")).toString();
        m_documents->setItem(row, 2, cell(mime == QStringLiteral("application/pdf")
                                              ? QStringLiteral("PDF")
                                              : mime.section(QLatin1Char('/'), 1).toUpper()));
        auto* size = cell(locale.formattedDataSize(document.value(QStringLiteral("size_bytes")).toInteger(),
                                                   1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_documents->setItem(row, 3, size);
        m_documents->setItem(
            row, 4, cell(CurationFormat::dateTime(document.value(QStringLiteral("uploaded_at")).toString())));
    }
    m_documents->resizeColumnsToContents();
    m_openDocument->setEnabled(m_documents->currentRow() >= 0);
    if (documents.isEmpty())
        m_preview->setText(tr("Supplier belum mengunggah dokumen."));
    else if (m_preview->pixmap().isNull())
        m_preview->setText(tr("Pilih dokumen lalu tekan Enter untuk membukanya."));
}

void SupplierDetailPanel::openDocument(int row)
{
    if (row < 0 || row >= m_documents->rowCount() || !m_documents->item(row, 0))
        return;
    const QJsonObject document = m_documents->item(row, 0)->data(Qt::UserRole).toJsonObject();
    const QString documentId = document.value(QStringLiteral("id")).toString();
    const QString title = document.value(QStringLiteral("title")).toString();
    const QString mime = document.value(QStringLiteral("mime")).toString();
    m_preview->setPixmap({});
    m_preview->setText(tr("Mengunduh %1\u2026").arg(title));
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/admin/suppliers/%1/documents/%2").arg(m_id, documentId);
    request.timeoutMs = 120000;
    const QString supplierId = m_id;
    m_api.send(
        request, this,
        [this, supplierId, title, mime](const ApiResponse& response) {
            if (supplierId != m_id)
                return;
            if (mime.startsWith(QStringLiteral("image/"))) {
                QPixmap image;
                if (image.loadFromData(response.body)) {
                    const int width = qMax(200, m_previewArea->viewport()->width() - 16);
                    m_preview->setPixmap(image.width() > width
                                             ? image.scaledToWidth(width, Qt::SmoothTransformation)
                                             : image);
                    m_preview->setToolTip(title);
                    emit documentOpened(title, QString());
                    return;
                }
            }
            // PDF (or an image Qt cannot draw): a temporary file for the desktop's viewer.
            if (!m_downloads)
                m_downloads = std::make_unique<QTemporaryDir>();
            QString name = title;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._ -]")), QStringLiteral("_"));
            const QString suffix = mime == QStringLiteral("application/pdf") ? QStringLiteral(".pdf")
                                   : mime == QStringLiteral("image/png")     ? QStringLiteral(".png")
                                   : mime == QStringLiteral("image/jpeg")    ? QStringLiteral(".jpg")
                                                                             : QString();
            if (!name.endsWith(suffix, Qt::CaseInsensitive))
                name += suffix;
            const QString path = m_downloads->filePath(name);
            QFile file(path);
            if (!m_downloads->isValid() || !file.open(QIODevice::WriteOnly) ||
                file.write(response.body) != response.body.size()) {
                m_preview->setText(tr("Dokumen tidak bisa disimpan sementara di komputer ini."));
                return;
            }
            file.close();
            if (m_opener && m_opener(path)) {
                m_preview->setText(tr("%1 dibuka di aplikasi penampil dokumen.\n%2")
                                       .arg(title, QDir::toNativeSeparators(path)));
                emit documentOpened(title, path);
            } else {
                m_preview->setText(tr("Tidak ada aplikasi untuk membuka %1. Berkasnya ada di:\n%2")
                                       .arg(title, QDir::toNativeSeparators(path)));
            }
        },
        [this, supplierId](const ApiError& error) {
            if (supplierId == m_id)
                m_preview->setText(error.fullText());
        });
}

void SupplierDetailPanel::fillAssessment()
{
    const QJsonObject assessment = m_supplier.value(QStringLiteral("assessment")).toObject();
    const QJsonArray answers = assessment.value(QStringLiteral("answers")).toArray();
    m_assessment->setRowCount(static_cast<int>(answers.size()));
    qint64 total = 0;
    qint64 max = 0;
    for (int row = 0; row < answers.size(); ++row) {
        const QJsonObject answer = answers.at(row).toObject();
        auto* number = cell(QString::number(row + 1));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_assessment->setItem(row, 0, number);
        m_assessment->setItem(row, 1, cell(answer.value(QStringLiteral("text")).toString()));
        const QString label = answer.value(QStringLiteral("option_label")).toString();
        m_assessment->setItem(row, 2, cell(label.isEmpty() ? tr("(belum dijawab)") : label));
        const qint64 score = answer.value(QStringLiteral("score")).toInteger();
        const qint64 best = answer.value(QStringLiteral("max_score")).toInteger();
        total += score;
        max += best;
        auto* points = cell(QStringLiteral("%1 / %2").arg(score).arg(best));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (best > 0 && score * 2 < best)
            points->setForeground(QColor(0xB9, 0x1C, 0x1C));
        m_assessment->setItem(row, 3, points);
    }
    m_assessment->resizeRowsToContents();
    const QJsonValue stored = assessment.value(QStringLiteral("score"));
    if (answers.isEmpty())
        m_assessmentTotal->setText(tr("Belum ada jawaban asesmen."));
    else
        m_assessmentTotal->setText(
            tr("Total: %1 dari %2").arg(stored.isDouble() ? stored.toInteger() : total).arg(
                assessment.value(QStringLiteral("max_score")).toInteger() > 0
                    ? assessment.value(QStringLiteral("max_score")).toInteger()
                    : max));
}

void SupplierDetailPanel::fillHistory()
{
    const QJsonArray reviews = m_supplier.value(QStringLiteral("reviews")).toArray();
    m_history->setRowCount(static_cast<int>(reviews.size()));
    // Newest first: what happened last is what a reviewer needs first.
    for (int i = 0; i < reviews.size(); ++i) {
        const int row = static_cast<int>(reviews.size()) - 1 - i;
        const QJsonObject review = reviews.at(i).toObject();
        m_history->setItem(row, 0, cell(CurationFormat::dateTime(review.value(QStringLiteral("created_at")).toString())));
        m_history->setItem(row, 1, cell(SupplierFormat::reviewAction(review.value(QStringLiteral("action")).toString())));
        const QString from = review.value(QStringLiteral("from_status")).toString();
        const QString to = review.value(QStringLiteral("to_status")).toString();
        m_history->setItem(row, 2, cell(from == to ? SupplierFormat::status(to)
                                                   : SupplierFormat::status(from) + QStringLiteral(" \u2192 ") +
                                                         SupplierFormat::status(to)));
        m_history->setItem(row, 3, cell(review.value(QStringLiteral("note")).toString()));
        const QString reviewer = review.value(QStringLiteral("reviewer_name")).toString();
        m_history->setItem(row, 4, cell(reviewer.isEmpty() ? tr("Supplier") : reviewer));
    }
    m_history->resizeRowsToContents();
}

void SupplierDetailPanel::fillAudit()
{
    m_audit->clear();
    const QJsonArray entries = m_supplier.value(QStringLiteral("audit")).toArray();
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject before = entry.value(QStringLiteral("before")).toObject();
        const QJsonObject after = entry.value(QStringLiteral("after")).toObject();
        const QString actor = entry.value(QStringLiteral("actor_name")).toString();
        auto* top = new QTreeWidgetItem(m_audit);
        top->setText(0, tr("%1 \u00B7 %2 \u00B7 %3")
                            .arg(CurationFormat::dateTime(entry.value(QStringLiteral("created_at")).toString()),
                                 SupplierFormat::section(entry.value(QStringLiteral("section")).toString()),
                                 actor.isEmpty() ? tr("Supplier") : actor));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        // Only what changed: a before/after of a whole tab is hard to read.
        QStringList keys = before.keys();
        for (const QString& key : after.keys())
            if (!keys.contains(key))
                keys << key;
        int changed = 0;
        for (const QString& key : keys) {
            if (before.value(key) == after.value(key))
                continue;
            ++changed;
            auto* row = new QTreeWidgetItem(top);
            row->setText(0, SupplierFormat::field(key));
            row->setText(1, SupplierFormat::value(before.value(key)));
            row->setText(2, SupplierFormat::value(after.value(key)));
            row->setForeground(1, QColor(0xB9, 0x1C, 0x1C));
            row->setForeground(2, QColor(0x15, 0x80, 0x3D));
            row->setToolTip(1, row->text(1));
            row->setToolTip(2, row->text(2));
        }
        if (changed == 0)
            (new QTreeWidgetItem(top))->setText(0, tr("(tidak ada kolom yang berubah)"));
    }
    if (entries.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_audit);
        none->setText(0, tr("Belum ada perubahan profil setelah disetujui."));
        none->setFirstColumnSpanned(true);
    }
    m_audit->expandAll();
    m_audit->setColumnWidth(0, 220);
    m_audit->setColumnWidth(1, 200);
}

void SupplierDetailPanel::updateActions()
{
    QSet<QString> allowed;
    for (const auto& action : m_supplier.value(QStringLiteral("allowed_actions")).toArray())
        allowed.insert(action.toString());
    const bool loaded = !m_supplier.isEmpty();
    m_actions.value(QStringLiteral("note"))->setVisible(loaded && m_canReview);
    for (const QString& action : {QStringLiteral("recommend"), QStringLiteral("request_changes")})
        m_actions.value(action)->setVisible(loaded && m_canReview && allowed.contains(action));
    for (const QString& action : kDecideActions)
        m_actions.value(action)->setVisible(loaded && m_canDecide && allowed.contains(action));
    m_decideRow->setVisible(loaded && m_canDecide);
    const bool typeChangeable =
        m_supplier.value(QStringLiteral("status")).toString() != QStringLiteral("draft");
    m_type->setEnabled(typeChangeable);
    m_typeApply->setEnabled(typeChangeable);
    m_typeApply->setToolTip(typeChangeable ? QString()
                                           : tr("Supplier draf memilih jenisnya sendiri dulu."));
}

void SupplierDetailPanel::runAction(const QString& action)
{
    if (m_id.isEmpty())
        return;
    const QString note = m_note->toPlainText().trimmed();
    const bool noteRequired =
        action == QStringLiteral("note") || action == QStringLiteral("request_changes");
    if (noteRequired && note.isEmpty()) {
        ApiError missing;
        missing.detail = action == QStringLiteral("note")
                             ? tr("Tulis catatannya dulu di kotak catatan.")
                             : tr("Tulis apa yang perlu diperbaiki supplier di kotak catatan.");
        showError(missing);
        m_note->setFocus();
        return;
    }
    QJsonObject body;
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    const QString base = QStringLiteral("/api/v1/admin/suppliers/") + m_id;
    if (action == QStringLiteral("note")) {
        send("POST", base + QStringLiteral("/notes"), body, tr("Catatan disimpan."));
    } else if (action == QStringLiteral("recommend")) {
        send("POST", base + QStringLiteral("/recommend"), body,
             tr("Supplier direkomendasikan ke admin."));
    } else if (action == QStringLiteral("request_changes")) {
        send("POST", base + QStringLiteral("/request-changes"), body,
             tr("Permintaan perbaikan dikirim ke supplier."));
    } else if (kDecideActions.contains(action)) {
        body.insert(QStringLiteral("decision"), action);
        send("POST", base + QStringLiteral("/decide"), body,
             tr("Status supplier sekarang: %1.").arg(SupplierFormat::reviewAction(action)));
    }
}

void SupplierDetailPanel::changeType()
{
    QJsonObject body{{QStringLiteral("type"), m_type->currentData().toString()}};
    const QString note = m_note->toPlainText().trimmed();
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    send("PATCH", QStringLiteral("/api/v1/admin/suppliers/%1/type").arg(m_id), body,
         tr("Jenis supplier diubah menjadi %1.").arg(m_type->currentText()));
}

void SupplierDetailPanel::changeTier()
{
    const QString tier = m_tier->currentData().toString();
    QJsonObject body{{QStringLiteral("tier"), tier}};
    if (tier == QStringLiteral("premium") && m_premiumUntil->date() != m_premiumUntil->minimumDate())
        body.insert(QStringLiteral("premium_until"), m_premiumUntil->date().toString(Qt::ISODate));
    send("PATCH", QStringLiteral("/api/v1/admin/suppliers/%1/tier").arg(m_id), body,
         tr("Paket supplier diubah menjadi %1.").arg(m_tier->currentText()));
}

void SupplierDetailPanel::send(const QByteArray& method, const QString& path,
                               const QJsonObject& body, const QString& done)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = QJsonDocument(body);
    const QString id = m_id;
    for (auto* button : m_actions)
        button->setEnabled(false);
    m_loading = true;
    m_api.send(
        request, this,
        [this, id, done](const ApiResponse& response) {
            for (auto* button : m_actions)
                button->setEnabled(true);
            m_loading = false;
            if (id != m_id)
                return;
            m_note->clear();
            showInfo(done);
            const QJsonObject answer = response.object();
            if (answer.contains(QStringLiteral("allowed_actions")))
                display(answer);
            else
                refresh(); // a note answers with the review alone
            emit supplierChanged(answer.contains(QStringLiteral("allowed_actions")) ? answer : m_supplier);
        },
        [this, id](const ApiError& error) {
            for (auto* button : m_actions)
                button->setEnabled(true);
            m_loading = false;
            if (id != m_id)
                return;
            showError(error);
            // Someone else may have moved the supplier on: show its real status and buttons.
            if (error.status == 409 || error.status == 404)
                refresh();
        });
}

void SupplierDetailPanel::showError(const ApiError& error)
{
    m_message->setText(error.fullText());
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: #991B1B; background: #FEF2F2; border: 1px solid #FECACA;"
                       " border-radius: 4px; padding: 6px; }"));
    m_message->show();
}

void SupplierDetailPanel::showInfo(const QString& text)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: #166534; background: #F0FDF4; border: 1px solid #BBF7D0;"
                       " border-radius: 4px; padding: 6px; }"));
    m_message->show();
}

} // namespace ey::desk::curation

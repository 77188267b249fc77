// AssessmentsPage: the list, the actions (new, duplicate, delete, save, publish) and the panes.
#include "AssessmentsPage.h"

#include "AssessmentEditor.h"
#include "AssessmentListModel.h"
#include "AssessmentPreview.h"

#include "ApiClient.h"
#include "StatusBadge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ey::desk::partner {

namespace {

/// What a new assessment starts from: the agreement template most assessments use.
QJsonObject blankDefinition()
{
    // Option labels are assessment content read by clients in Indonesian, not interface text.
    const QStringList labels{QStringLiteral("Sangat tidak setuju"), QStringLiteral("Tidak setuju"),
                             QStringLiteral("Netral"), QStringLiteral("Setuju"),
                             QStringLiteral("Sangat setuju")};
    QJsonArray options;
    for (int i = 0; i < labels.size(); ++i)
        options.append(QJsonObject{{QStringLiteral("value"), i + 1},
                                   {QStringLiteral("label"), labels.at(i)}});
    const QJsonObject likert{{QStringLiteral("key"), QStringLiteral("LIKERT5")},
                             {QStringLiteral("name"), QStringLiteral("Kesesuaian 1–5")},
                             {QStringLiteral("options"), options}};
    return {{QStringLiteral("code"), QString()},
            {QStringLiteral("title"), QString()},
            {QStringLiteral("templates"), QJsonArray{likert}},
            {QStringLiteral("sections"), QJsonArray()}};
}

} // namespace

AssessmentsPage::AssessmentsPage(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("assessmentSplitter"));

    // The list pane: search, status filter, table, list actions.
    auto* listPane = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Cari kode atau judul…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &AssessmentsPage::applyFilter);
    m_statusFilter = new QComboBox(listPane);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Semua status"), QString());
    m_statusFilter->addItem(tr("Draf"), QStringLiteral("draft"));
    m_statusFilter->addItem(tr("Terbit"), QStringLiteral("published"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AssessmentsPage::applyFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    listLayout->addLayout(filters);
    m_model = new AssessmentListModel(api, this);
    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("assessmentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    listLayout->addWidget(m_table, 1);
    auto* listActions = new QHBoxLayout;
    auto* fresh = new QPushButton(tr("Baru"), listPane);
    fresh->setObjectName(QStringLiteral("newAssessment"));
    fresh->setToolTip(tr("Asesmen baru (Ctrl+N)"));
    connect(fresh, &QPushButton::clicked, this, [this] { startNew(); });
    m_duplicateButton = new QPushButton(tr("Duplikat"), listPane);
    m_duplicateButton->setObjectName(QStringLiteral("duplicate"));
    m_duplicateButton->setToolTip(tr("Salin isi editor menjadi asesmen baru dengan kode lain."));
    connect(m_duplicateButton, &QPushButton::clicked, this, &AssessmentsPage::duplicate);
    m_deleteButton = new QPushButton(tr("Hapus"), listPane);
    m_deleteButton->setObjectName(QStringLiteral("delete"));
    connect(m_deleteButton, &QPushButton::clicked, this, &AssessmentsPage::remove);
    listActions->addWidget(fresh);
    listActions->addWidget(m_duplicateButton);
    listActions->addStretch(1);
    listActions->addWidget(m_deleteButton);
    listLayout->addLayout(listActions);
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        m_table->resizeColumnsToContents();
        selectCurrentRow();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, &AssessmentsPage::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_selecting || !current.isValid())
                    return;
                const QString id = current.data(PagedTableModel::IdRole).toString();
                if (id != m_currentId && !open(id))
                    selectCurrentRow(); // kept editing: the list points back at it
            });

    // The editor pane: heading with the status badge, the editor, the save/publish row.
    auto* editorPane = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(4, 0, 4, 0);
    auto* head = new QHBoxLayout;
    m_heading = new QLabel(editorPane);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_badge = new StatusBadge(editorPane);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    head->addWidget(m_heading, 1);
    head->addWidget(m_badge);
    editorLayout->addLayout(head);
    m_lock = new QLabel(editorPane);
    m_lock->setObjectName(QStringLiteral("lockNote"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QStringLiteral("background: #FEF3C7; color: #92400E; padding: 4px;"));
    m_lock->hide();
    editorLayout->addWidget(m_lock);
    m_editor = new AssessmentEditor(editorPane);
    m_editor->setObjectName(QStringLiteral("assessmentEditor"));
    editorLayout->addWidget(m_editor, 1);
    auto* actions = new QHBoxLayout;
    m_message = new QLabel(editorPane);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_publishButton = new QPushButton(tr("Terbitkan…"), editorPane);
    m_publishButton->setObjectName(QStringLiteral("publish"));
    connect(m_publishButton, &QPushButton::clicked, this, &AssessmentsPage::publish);
    m_saveButton = new QPushButton(tr("Simpan"), editorPane);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setToolTip(tr("Simpan seluruh definisi (Ctrl+S)"));
    connect(m_saveButton, &QPushButton::clicked, this, &AssessmentsPage::save);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_publishButton);
    actions->addWidget(m_saveButton);
    editorLayout->addLayout(actions);

    m_preview = new AssessmentPreview(api, splitter);
    m_preview->setObjectName(QStringLiteral("assessmentPreview"));
    connect(m_preview, &AssessmentPreview::definitionRejected, m_editor,
            &AssessmentEditor::showErrors);

    splitter->addWidget(listPane);
    splitter->addWidget(editorPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({270, 870, 460});
    layout->addWidget(splitter, 1);

    // The preview follows the draft a moment after typing stops, not on every key.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this,
            [this] { m_preview->setDefinition(m_editor->definition()); });
    connect(m_editor, &AssessmentEditor::changed, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &AssessmentEditor::changed, this, [this] {
        m_message->setText(tr("Ada perubahan yang belum disimpan."));
    });
    connect(m_editor, &AssessmentEditor::currentSectionChanged, m_preview,
            &AssessmentPreview::showSection);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &AssessmentsPage::save);
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { startNew(); });

    startNew();
}

void AssessmentsPage::setPartnerId(const QString& partnerId)
{
    // Assessments are the catalogue every partner sells from: nothing here is per partner.
    m_partnerId = partnerId;
}

void AssessmentsPage::reload()
{
    m_model->reload();
}

void AssessmentsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void AssessmentsPage::applyFilter()
{
    QUrlQuery filter;
    if (!m_search->text().trimmed().isEmpty())
        filter.addQueryItem(QStringLiteral("q"), m_search->text().trimmed());
    if (!m_statusFilter->currentData().toString().isEmpty())
        filter.addQueryItem(QStringLiteral("status"), m_statusFilter->currentData().toString());
    m_model->setFilter(filter);
    m_model->reload();
}

bool AssessmentsPage::confirmDiscard()
{
    if (!m_editor->isDirty())
        return true;
    return m_confirm(tr("Perubahan belum disimpan"),
                     tr("Perubahan pada %1 belum disimpan. Buang perubahan itu?")
                         .arg(m_editor->codeEdit()->text().isEmpty()
                                  ? tr("asesmen baru")
                                  : m_editor->codeEdit()->text()));
}

void AssessmentsPage::selectCurrentRow()
{
    m_selecting = true;
    const int row = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        // A new, unsaved draft has no row: the next click on any row must open it.
        m_table->clearSelection();
        m_table->selectionModel()->clearCurrentIndex();
    }
    m_selecting = false;
}

bool AssessmentsPage::open(const QString& id)
{
    if (!confirmDiscard())
        return false;
    m_message->setText(tr("Memuat…"));
    m_api.get(
        QStringLiteral("/api/v1/admin/assessments/%1").arg(id), {}, this,
        [this, id](const ApiResponse& response) {
            showDefinition(id, response.object());
            m_message->clear();
            emit settled();
        },
        [this](const ApiError& error) { showError(error); });
    // Until the answer arrives the old content stays; a second switch does not ask again.
    m_currentId = id;
    return true;
}

void AssessmentsPage::showDefinition(const QString& id, const QJsonObject& definition)
{
    m_currentId = id;
    m_editor->load(definition);
    showSummary(definition);
    m_preview->setAssessmentId(id);
    m_preview->setDefinition(m_editor->definition());
    selectCurrentRow();
}

void AssessmentsPage::showSummary(const QJsonObject& summary)
{
    m_summary = summary;
    const QString status = summary.value(QStringLiteral("status")).toString();
    const QString code = summary.value(QStringLiteral("code")).toString();
    m_heading->setText(m_currentId.isEmpty()
                           ? tr("Asesmen baru")
                           : QStringLiteral("%1 · %2").arg(
                                 code, summary.value(QStringLiteral("title")).toString()));
    m_badge->setStatus(AssessmentListModel::statusText(status),
                       AssessmentListModel::statusColour(status));
    const bool editable = summary.value(QStringLiteral("editable")).toBool(true);
    m_editor->setReadOnly(!editable);
    if (!editable) {
        m_lock->setText(
            tr("Sudah dikerjakan %1 klien: soal dan aturan skornya terkunci. Pakai Duplikat "
               "untuk membuat versi berikutnya dengan kode baru.")
                .arg(summary.value(QStringLiteral("client_count")).toInt()));
    } else if (status == QStringLiteral("published")) {
        m_lock->setText(tr("Sudah terbit: partner bisa memakainya di event. Perubahan masih "
                           "boleh sampai ada klien yang mengerjakannya."));
    }
    m_lock->setVisible(!editable || status == QStringLiteral("published"));
    m_saveButton->setEnabled(editable);
    m_publishButton->setEnabled(!m_currentId.isEmpty() && status == QStringLiteral("draft"));
    m_deleteButton->setEnabled(!m_currentId.isEmpty() && status == QStringLiteral("draft"));
    m_duplicateButton->setEnabled(true);
}

bool AssessmentsPage::startNew()
{
    if (!confirmDiscard())
        return false;
    m_currentId.clear();
    m_editor->load(blankDefinition());
    showSummary({});
    m_preview->setAssessmentId(QString());
    m_preview->setDefinition(m_editor->definition());
    selectCurrentRow();
    m_message->setText(tr("Isi kode, judul, lalu tambahkan bagian, skala dan pertanyaan."));
    return true;
}

void AssessmentsPage::duplicate()
{
    QJsonObject copy = m_editor->definition();
    QString code = copy.value(QStringLiteral("code")).toString() + QStringLiteral("-SALINAN");
    copy.insert(QStringLiteral("code"), code.left(40));
    copy.insert(QStringLiteral("title"),
                tr("%1 (salinan)").arg(copy.value(QStringLiteral("title")).toString()));
    m_currentId.clear();
    m_editor->load(copy);
    showSummary({});
    // The copy exists only here until saved: leaving it must ask like any other edit.
    m_editor->setDirty();
    m_preview->setAssessmentId(QString());
    m_preview->setDefinition(m_editor->definition());
    selectCurrentRow();
    m_message->setText(tr("Salinan belum disimpan: periksa kodenya, lalu Simpan."));
    m_editor->tabs()->setCurrentIndex(0);
    m_editor->codeEdit()->setFocus();
    m_editor->codeEdit()->selectAll();
}

void AssessmentsPage::save()
{
    if (!m_saveButton->isEnabled())
        return;
    ApiRequest request;
    const bool creating = m_currentId.isEmpty();
    request.method = creating ? QByteArrayLiteral("POST") : QByteArrayLiteral("PUT");
    request.path = creating ? QStringLiteral("/api/v1/admin/assessments")
                            : QStringLiteral("/api/v1/admin/assessments/%1").arg(m_currentId);
    request.body = QJsonDocument(m_editor->definition());
    m_saveButton->setEnabled(false);
    m_message->setText(tr("Menyimpan…"));
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            const QJsonObject stored = response.object();
            m_currentId = stored.value(QStringLiteral("id")).toString();
            // The editor keeps what the person sees (selection, open tab); only the badge,
            // heading and lock follow the server's answer.
            m_editor->clearErrors();
            m_editor->setClean();
            showSummary(stored);
            m_preview->setAssessmentId(m_currentId);
            m_preview->setDefinition(m_editor->definition());
            m_message->setText(tr("Tersimpan."));
            m_model->reload();
            emit saved(m_currentId);
            emit settled();
        },
        [this](const ApiError& error) {
            m_saveButton->setEnabled(true);
            showError(error);
        });
}

void AssessmentsPage::publish()
{
    if (m_currentId.isEmpty())
        return;
    if (m_editor->isDirty()) {
        m_message->setText(tr("Simpan perubahan dulu; yang terbit adalah versi tersimpan."));
        return;
    }
    const QString text =
        tr("Terbitkan %1?\n\nSetelah terbit, partner bisa memilihnya untuk event dan asesmen ini "
           "tidak bisa dihapus lagi. Begitu ada klien yang mengerjakannya, pertanyaan dan aturan "
           "skornya terkunci; versi berikutnya dibuat lewat Duplikat dengan kode baru.")
            .arg(m_editor->codeEdit()->text());
    if (!m_confirm(tr("Terbitkan asesmen"), text))
        return;
    m_publishButton->setEnabled(false);
    m_api.post(
        QStringLiteral("/api/v1/admin/assessments/%1/publish").arg(m_currentId), {}, this,
        [this](const ApiResponse& response) {
            showSummary(response.object());
            m_message->setText(tr("Asesmen terbit."));
            m_model->reload();
            emit settled();
        },
        [this](const ApiError& error) {
            m_publishButton->setEnabled(true);
            showError(error);
        });
}

void AssessmentsPage::remove()
{
    if (m_currentId.isEmpty()) {
        m_editor->setClean();
        startNew();
        return;
    }
    if (!m_confirm(tr("Hapus asesmen"),
                   tr("Hapus draf %1 beserta semua bagian dan pertanyaannya? Ini tidak bisa "
                      "dibatalkan.")
                       .arg(m_editor->codeEdit()->text())))
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/admin/assessments/%1").arg(m_currentId);
    m_api.send(
        request, this,
        [this](const ApiResponse&) {
            const QString code = m_editor->codeEdit()->text();
            m_editor->setClean();
            startNew();
            m_message->setText(tr("Asesmen %1 dihapus.").arg(code));
            m_model->reload();
            emit settled();
        },
        [this](const ApiError& error) { showError(error); });
}

void AssessmentsPage::showError(const ApiError& error)
{
    if (!error.fieldErrors.isEmpty()) {
        m_editor->showErrors(error.fieldErrors);
        m_message->setText(
            tr("Belum tersimpan: %n isian perlu diperbaiki (ditandai merah).", nullptr,
               int(error.fieldErrors.size())));
    } else {
        m_message->setText(error.detail.isEmpty() ? error.title : error.detail);
    }
    m_message->setStyleSheet(QString());
    emit settled();
}

} // namespace ey::desk::partner

// AreaPicker: lazy cascading lists, type-to-filter, and setCode's walk down the chain.
#include "AreaPicker.h"

#include "ApiClient.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <utility>

namespace ey::desk {

namespace {

constexpr int CodeRole = Qt::UserRole;

QString listPath(int level, const QString& parentCode)
{
    switch (level) {
    case 1:
        return QStringLiteral("/api/v1/regions/provinces/%1/regencies").arg(parentCode);
    case 2:
        return QStringLiteral("/api/v1/regions/regencies/%1/districts").arg(parentCode);
    case 3:
        return QStringLiteral("/api/v1/regions/districts/%1/villages").arg(parentCode);
    default:
        return QStringLiteral("/api/v1/regions/provinces");
    }
}

} // namespace

AreaPicker::AreaPicker(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("areaPicker"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static const char* const names[LevelCount] = {"provinceCombo", "regencyCombo", "districtCombo",
                                                  "villageCombo"};
    for (int level = 0; level < LevelCount; ++level) {
        auto& column = m_columns[static_cast<std::size_t>(level)];
        column.label = new QLabel(this);
        column.combo = new QComboBox(this);
        column.combo->setObjectName(QString::fromLatin1(names[level]));
        column.combo->setEditable(true);
        column.combo->setInsertPolicy(QComboBox::NoInsert);
        column.combo->setMaxVisibleItems(15);
        column.combo->setMinimumContentsLength(26);
        column.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // Type any part of the name: "bandung" offers Kota Bandung and Kabupaten Bandung Barat.
        auto* completer = new QCompleter(column.combo->model(), column.combo);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setMaxVisibleItems(12);
        column.combo->setCompleter(completer);
        column.combo->setEnabled(level == Province);
        column.label->setBuddy(column.combo);
        form->addRow(column.label, column.combo);
        connect(column.combo, &QComboBox::currentIndexChanged, this, [this, level](int row) {
            if (!m_filling)
                chosen(level, row);
        });
        connect(column.combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this, level] { commitTyped(level); });
        column.combo->lineEdit()->installEventFilter(this);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("areaPickerError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("areaPickerRetry"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int level = m_retryLevel;
        auto pending = std::exchange(m_retryPending, {});
        hideError();
        if (level < 0)
            return;
        m_pending = std::move(pending);
        load(level, m_columns[static_cast<std::size_t>(level)].parentCode);
    });
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_retry);
    outer->addLayout(errorRow);
    hideError();
    retranslate();
}

QString AreaPicker::code() const
{
    for (int level = LevelCount - 1; level >= 0; --level) {
        const auto* combo = m_columns[static_cast<std::size_t>(level)].combo;
        if (combo->currentIndex() >= 0)
            return combo->currentData(CodeRole).toString();
    }
    return {};
}

bool AreaPicker::isLoading() const
{
    if (!m_pending.isEmpty())
        return true;
    for (const auto& column : m_columns)
        if (column.loading)
            return true;
    return false;
}

bool AreaPicker::isComplete() const
{
    return m_columns[Village].combo->currentIndex() >= 0;
}

void AreaPicker::setCode(const QString& code)
{
    const QString wanted = code.trimmed();
    hideError();
    if (wanted.isEmpty()) {
        m_pending.clear();
        m_columns[Province].combo->setCurrentIndex(-1);
        chosen(Province, -1); // clears the rest even when nothing was chosen
        return;
    }
    static const QRegularExpression format(
        QStringLiteral("^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$"));
    if (!format.match(wanted).hasMatch()) {
        showError(tr("Kode wilayah \"%1\" tidak valid. Contoh kode: 32.73.01.1001.").arg(wanted),
                  -1);
        return;
    }
    // "32.73.01.1001" → 32, 32.73, 32.73.01, 32.73.01.1001
    m_pending.clear();
    const auto parts = wanted.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < parts.size(); ++i)
        m_pending.append(parts.mid(0, i + 1).join(QLatin1Char('.')));
    auto& provinces = m_columns[Province];
    if (provinces.loading)
        return; // fill() continues the walk
    if (provinces.combo->count() == 0)
        load(Province, {});
    else
        applyPending(Province);
}

void AreaPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AreaPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Take typed text before Tab moves on, so the next level is already enabled to receive focus.
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            for (int level = 0; level < LevelCount; ++level)
                if (m_columns[static_cast<std::size_t>(level)].combo->lineEdit() == watched)
                    commitTyped(level);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AreaPicker::showEvent(QShowEvent* event)
{
    ensureProvinces();
    QWidget::showEvent(event);
}

void AreaPicker::retranslate()
{
    m_columns[Province].label->setText(tr("&Provinsi"));
    m_columns[Regency].label->setText(tr("&Kabupaten/Kota"));
    m_columns[District].label->setText(tr("K&ecamatan"));
    m_columns[Village].label->setText(tr("Kelurahan/&Desa"));
    for (int level = 0; level < LevelCount; ++level) {
        auto& column = m_columns[static_cast<std::size_t>(level)];
        column.combo->setAccessibleName(column.label->text().remove(QLatin1Char('&')));
        updatePlaceholder(level);
    }
    m_retry->setText(tr("Coba lagi"));
}

void AreaPicker::updatePlaceholder(int level)
{
    const auto& column = m_columns[static_cast<std::size_t>(level)];
    QString text;
    if (column.loading) {
        text = tr("Memuat…");
    } else if (column.combo->isEnabled()) {
        static const char* const choose[LevelCount] = {
            QT_TR_NOOP("Pilih atau ketik nama provinsi"),
            QT_TR_NOOP("Pilih atau ketik nama kabupaten/kota"),
            QT_TR_NOOP("Pilih atau ketik nama kecamatan"),
            QT_TR_NOOP("Pilih atau ketik nama kelurahan/desa")};
        text = tr(choose[level]);
    } else {
        static const char* const first[LevelCount] = {
            QT_TR_NOOP("Daftar provinsi belum dimuat"), QT_TR_NOOP("Pilih provinsi dahulu"),
            QT_TR_NOOP("Pilih kabupaten/kota dahulu"), QT_TR_NOOP("Pilih kecamatan dahulu")};
        text = tr(first[level]);
    }
    column.combo->lineEdit()->setPlaceholderText(text);
}

void AreaPicker::ensureProvinces()
{
    auto& provinces = m_columns[Province];
    if (!provinces.loading && provinces.combo->count() == 0)
        load(Province, {});
}

void AreaPicker::load(int level, const QString& parentCode)
{
    auto& column = m_columns[static_cast<std::size_t>(level)];
    column.parentCode = parentCode;
    const int generation = ++column.generation;
    const QString path = listPath(level, parentCode);
    if (const auto cached = m_lists.constFind(path); cached != m_lists.constEnd()) {
        fill(level, *cached);
        return;
    }
    // Stays enabled while loading, so Tab from the level above lands here and typing can start.
    column.loading = true;
    column.combo->setEnabled(true);
    updatePlaceholder(level);
    m_api.get(
        path, {}, this,
        [this, level, generation, path](const ApiResponse& response) {
            auto& current = m_columns[static_cast<std::size_t>(level)];
            if (current.generation != generation)
                return; // the parent changed while this list was on its way
            current.loading = false;
            const auto items = response.object().value(QStringLiteral("items")).toArray();
            m_lists.insert(path, items);
            fill(level, items);
        },
        [this, level, generation](const ApiError& error) {
            auto& current = m_columns[static_cast<std::size_t>(level)];
            if (current.generation != generation)
                return;
            current.loading = false;
            m_retryPending = std::exchange(m_pending, {}); // "Coba lagi" resumes setCode()
            updatePlaceholder(level);
            showError(tr("Daftar wilayah tidak dapat dimuat: %1").arg(error.detail), level);
        });
}

void AreaPicker::fill(int level, const QJsonArray& items)
{
    auto& column = m_columns[static_cast<std::size_t>(level)];
    // Keep what the person already typed while the list was loading.
    const QString typed =
        column.combo->currentIndex() < 0 ? column.combo->currentText() : QString();
    m_filling = true;
    column.combo->clear();
    for (const auto& value : items) {
        const auto item = value.toObject();
        column.combo->addItem(item.value(QStringLiteral("name")).toString(),
                              item.value(QStringLiteral("code")).toString());
    }
    column.combo->setCurrentIndex(-1);
    m_filling = false;
    const bool commit = std::exchange(column.commitWhenLoaded, false);
    if (!typed.isEmpty() && m_pending.size() <= level) {
        column.combo->setEditText(typed);
        if (commit)
            commitTyped(level);
    }
    column.combo->setEnabled(true);
    updatePlaceholder(level);
    applyPending(level);
}

void AreaPicker::applyPending(int level)
{
    if (m_pending.size() <= level)
        return;
    auto& column = m_columns[static_cast<std::size_t>(level)];
    const QString wanted = m_pending.at(level);
    const int row = column.combo->findData(wanted, CodeRole);
    if (row < 0) {
        // Keep the levels above that exist, so the person can pick the right one from there.
        m_pending.clear();
        if (column.combo->currentIndex() >= 0)
            column.combo->setCurrentIndex(-1); // chosen() clears below and notifies
        else
            notifyIfChanged();
        showError(tr("Wilayah dengan kode %1 tidak ditemukan.").arg(wanted), -1);
        return;
    }
    const bool last = level == m_pending.size() - 1;
    if (column.combo->currentIndex() != row) {
        if (last)
            m_pending.clear();
        column.combo->setCurrentIndex(row); // chosen() loads the next list, whose fill() goes on
        return;
    }
    // Already chosen: keep what is below when it belongs to this area, otherwise load it.
    if (last) {
        m_pending.clear();
        clearBelow(level);
        notifyIfChanged();
        return;
    }
    auto& next = m_columns[static_cast<std::size_t>(level + 1)];
    if (next.loading && next.parentCode == wanted)
        return;
    if (next.parentCode == wanted && next.combo->count() > 0)
        applyPending(level + 1);
    else
        load(level + 1, wanted);
}

void AreaPicker::chosen(int level, int row)
{
    auto& column = m_columns[static_cast<std::size_t>(level)];
    const QString chosenCode =
        row >= 0 ? column.combo->itemData(row, CodeRole).toString() : QString();
    if (!m_pending.isEmpty() && m_pending.value(level) != chosenCode)
        m_pending.clear(); // the person chose something else while setCode() was loading
    clearBelow(level);
    if (!chosenCode.isEmpty() && level + 1 < LevelCount)
        load(level + 1, chosenCode);
    if (m_pending.isEmpty())
        notifyIfChanged();
}

void AreaPicker::commitTyped(int level)
{
    auto& column = m_columns[static_cast<std::size_t>(level)];
    if (column.loading) {
        column.commitWhenLoaded = true; // Enter before the list arrived: take the text then
        return;
    }
    auto* combo = column.combo;
    const QString text = combo->currentText().trimmed();
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return;
    if (text.isEmpty()) {
        if (current >= 0)
            combo->setCurrentIndex(-1);
        return;
    }
    int match = combo->findText(text, Qt::MatchFixedString); // the whole name, any case
    if (match < 0) {
        // Otherwise the one name that contains what was typed ("cibiru w" → Cibiru Wetan).
        int matches = 0;
        for (int row = 0; row < combo->count() && matches < 2; ++row) {
            if (combo->itemText(row).contains(text, Qt::CaseInsensitive)) {
                match = row;
                ++matches;
            }
        }
        if (matches != 1)
            match = -1;
    }
    if (match >= 0 && match != current)
        combo->setCurrentIndex(match);
    else // nothing or several match: show the choice that stands
        combo->setEditText(current >= 0 ? combo->itemText(current) : QString());
}

void AreaPicker::clearBelow(int level)
{
    for (int below = level + 1; below < LevelCount; ++below) {
        auto& column = m_columns[static_cast<std::size_t>(below)];
        ++column.generation; // drops an answer still on its way
        column.loading = false;
        column.commitWhenLoaded = false;
        column.parentCode.clear();
        m_filling = true;
        column.combo->clear();
        m_filling = false;
        column.combo->setEnabled(false);
        updatePlaceholder(below);
    }
    if (m_retryLevel > level)
        hideError();
}

void AreaPicker::showError(const QString& message, int retryLevel)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_retryLevel = retryLevel;
    m_retry->setVisible(retryLevel >= 0);
}

void AreaPicker::hideError()
{
    m_retryPending.clear();
    m_error->clear();
    m_error->setVisible(false);
    m_retry->setVisible(false);
    m_retryLevel = -1;
}

void AreaPicker::notifyIfChanged()
{
    const QString now = code();
    if (now == m_notified)
        return;
    m_notified = now;
    emit areaChanged(now);
}

} // namespace ey::desk

// AssessmentScoreChart: the bars, their captions and narratives drawn with QPainter.
#include "AssessmentScoreChart.h"

#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ey::desk::partner {

namespace {

constexpr int kMargin = 12;
constexpr int kBarHeight = 14;
constexpr int kLabelWidth = 150;

QString number(double value)
{
    if (std::floor(value) == value)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'f', 2);
}

/// Low percentages amber, middle blue, high green: the colours the partner reports use.
QColor barColour(double percent)
{
    if (percent >= 70)
        return QColor(QStringLiteral("#16A34A"));
    if (percent >= 40)
        return QColor(QStringLiteral("#2563EB"));
    return QColor(QStringLiteral("#D97706"));
}

QString caption(const QJsonObject& score)
{
    QString text = QStringLiteral("%1/%2 · %3%")
                       .arg(number(score.value(QStringLiteral("score")).toDouble()),
                            number(score.value(QStringLiteral("max")).toDouble()),
                            number(score.value(QStringLiteral("percent")).toDouble()));
    const QString category = score.value(QStringLiteral("category"))
                                 .toObject()
                                 .value(QStringLiteral("label"))
                                 .toString();
    if (!category.isEmpty())
        text += QStringLiteral(" · ") + category;
    return text;
}

} // namespace

AssessmentScoreChart::AssessmentScoreChart(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void AssessmentScoreChart::setSections(const QJsonArray& sections)
{
    m_sections = sections;
    updateGeometry();
    update();
}

QString AssessmentScoreChart::plainText() const
{
    QStringList lines;
    for (const QJsonValue& value : m_sections) {
        const QJsonObject section = value.toObject();
        lines << section.value(QStringLiteral("title")).toString();
        for (const QJsonValue& scale : section.value(QStringLiteral("scales")).toArray())
            lines << QStringLiteral("%1: %2").arg(
                         scale.toObject().value(QStringLiteral("label")).toString(),
                         caption(scale.toObject()));
        const QJsonObject summary = section.value(QStringLiteral("summary")).toObject();
        if (!summary.isEmpty())
            lines << tr("Ringkasan: %1").arg(caption(summary));
    }
    return lines.join(QLatin1Char('\n'));
}

QSize AssessmentScoreChart::sizeHint() const
{
    return {420, heightForWidth(420)};
}

int AssessmentScoreChart::heightForWidth(int width) const
{
    return layoutContent(width, nullptr);
}

void AssessmentScoreChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    layoutContent(width(), &painter);
}

int AssessmentScoreChart::layoutContent(int width, QPainter* painter) const
{
    const QPalette& colours = palette();
    QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(base.pointSizeF() * 1.15);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    const int inner = std::max(200, width - 2 * kMargin);
    int y = kMargin;

    if (m_sections.isEmpty()) {
        const QString empty = tr("Isi jawaban contoh lalu hitung untuk melihat skor tiap skala.");
        const QRect box = QFontMetrics(base).boundingRect(QRect(kMargin, y, inner, 1000),
                                                          Qt::TextWordWrap, empty);
        if (painter) {
            painter->setPen(colours.color(QPalette::PlaceholderText));
            painter->setFont(base);
            painter->drawText(box, Qt::TextWordWrap, empty);
        }
        return y + box.height() + kMargin;
    }

    const auto drawBar = [&](const QString& label, const QJsonObject& score, bool strong) {
        const double percent = std::clamp(score.value(QStringLiteral("percent")).toDouble(), 0.0,
                                          100.0);
        const int labelWidth = std::min(kLabelWidth, inner / 3);
        const int barX = kMargin + labelWidth + 8;
        const int barWidth = std::max(60, inner - labelWidth - 8);
        const QFontMetrics metrics(strong ? bold : base);
        const int rowHeight = std::max(metrics.height(), kBarHeight) + 2;
        if (painter) {
            painter->setFont(strong ? bold : base);
            painter->setPen(colours.color(QPalette::Text));
            painter->drawText(QRect(kMargin, y, labelWidth, rowHeight),
                              Qt::AlignVCenter | Qt::AlignLeft,
                              metrics.elidedText(label, Qt::ElideRight, labelWidth));
            const QRectF track(barX, y + (rowHeight - kBarHeight) / 2.0, barWidth, kBarHeight);
            QPainterPath trackPath;
            trackPath.addRoundedRect(track, 4, 4);
            painter->fillPath(trackPath, colours.color(QPalette::AlternateBase).darker(104));
            QRectF fill = track;
            fill.setWidth(track.width() * percent / 100.0);
            if (fill.width() > 0.5) {
                QPainterPath fillPath;
                fillPath.addRoundedRect(fill, 4, 4);
                painter->fillPath(fillPath, barColour(percent));
            }
        }
        y += rowHeight;
        // Score, percent and category under the bar, then the narrative in a muted tone.
        const QString line = caption(score);
        const QFontMetrics smallMetrics(small);
        const int textX = barX;
        const int textWidth = barWidth;
        if (painter) {
            painter->setFont(small);
            painter->setPen(colours.color(QPalette::Text));
            painter->drawText(QRect(textX, y, textWidth, smallMetrics.height()), Qt::AlignLeft,
                              line);
        }
        y += smallMetrics.height();
        const QString narrative = score.value(QStringLiteral("category"))
                                      .toObject()
                                      .value(QStringLiteral("narrative"))
                                      .toString();
        if (!narrative.isEmpty()) {
            const QRect box = smallMetrics.boundingRect(QRect(textX, y, textWidth, 2000),
                                                        Qt::TextWordWrap, narrative);
            if (painter) {
                painter->setPen(colours.color(QPalette::PlaceholderText));
                painter->drawText(box, Qt::TextWordWrap, narrative);
            }
            y += box.height();
        }
        y += 8;
    };

    for (const QJsonValue& value : m_sections) {
        const QJsonObject section = value.toObject();
        const QString title = QStringLiteral("%1 · %2").arg(
            section.value(QStringLiteral("key")).toString(),
            section.value(QStringLiteral("title")).toString());
        const QFontMetrics headingMetrics(heading);
        if (painter) {
            painter->setFont(heading);
            painter->setPen(colours.color(QPalette::Text));
            painter->drawText(QRect(kMargin, y, inner, headingMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, title);
            painter->setPen(QPen(colours.color(QPalette::Mid), 1));
            painter->drawLine(kMargin, y + headingMetrics.height() + 2, kMargin + inner,
                              y + headingMetrics.height() + 2);
        }
        y += headingMetrics.height() + 8;
        const QJsonObject summary = section.value(QStringLiteral("summary")).toObject();
        if (!summary.isEmpty()) {
            drawBar(tr("Ringkasan"), summary, true);
            const QJsonArray highlights = summary.value(QStringLiteral("highlights")).toArray();
            if (!highlights.isEmpty()) {
                QStringList names;
                for (const QJsonValue& name : highlights)
                    names << name.toString();
                const QString text = tr("Sorotan: %1").arg(names.join(QStringLiteral(", ")));
                const QFontMetrics metrics(bold);
                if (painter) {
                    painter->setFont(bold);
                    painter->setPen(QColor(QStringLiteral("#16A34A")));
                    painter->drawText(QRect(kMargin, y, inner, metrics.height()), Qt::AlignLeft,
                                      text);
                }
                y += metrics.height() + 8;
            }
        }
        for (const QJsonValue& scale : section.value(QStringLiteral("scales")).toArray())
            drawBar(scale.toObject().value(QStringLiteral("label")).toString(), scale.toObject(),
                    false);
        y += 6;
    }
    return y + kMargin;
}

} // namespace ey::desk::partner

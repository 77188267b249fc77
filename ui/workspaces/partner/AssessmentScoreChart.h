// Painted horizontal bars of a scoring preview: per section its scales' score/max, percent,
// category and narrative, and the section summary.
#pragma once

#include <QJsonArray>
#include <QWidget>

namespace ey::desk::partner {

/// UI thread. Takes the "sections" array of POST /admin/assessments/{id}/preview as it is.
class AssessmentScoreChart : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentScoreChart(QWidget* parent = nullptr);

    void setSections(const QJsonArray& sections);
    QJsonArray sections() const { return m_sections; }
    /// Everything the chart shows as text, one line per bar (what a screen reader reads).
    QString plainText() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Lays out (and with a painter, draws) everything; returns the height used.
    int layoutContent(int width, class QPainter* painter) const;

    QJsonArray m_sections;
};

} // namespace ey::desk::partner

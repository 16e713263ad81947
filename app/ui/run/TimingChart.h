#pragma once

#include "core/run/RunOutcome.h"

#include <QWidget>

namespace Duet
{

/// Every timed run of both programs on one wall-time axis: for each language
/// a bar to its median, the part of it that starting an empty program of
/// that language takes shaded and hatched, a whisker from the fastest run to
/// the slowest, and a dot for each run. The axis is linear and labelled in
/// milliseconds or seconds, so the lengths compare honestly; the medians are
/// printed beside the bars. Colours come from the palette, which follows the
/// theme.
class TimingChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingChart)

public:
    explicit TimingChart(QWidget *parent = nullptr);

    void setOutcome(const RunOutcome &outcome);
    /// What the chart shows, in words (also its accessible description).
    [[nodiscard]] QString description() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series {
        Language language = Language::Cpp;
        QList<double> wall;
        RunStatistics statistics;
        RunStatistics startup;
    };

    void paintLegend(QPainter &painter, const QRect &area) const;
    [[nodiscard]] QColor colourOf(Language language) const;

    QList<Series> m_series;
};

} // namespace Duet

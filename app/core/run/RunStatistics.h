#pragma once

#include <QList>
#include <QString>

namespace Duet
{

/// The spread of repeated timings: minimum, quartiles, median and maximum.
/// The median is the figure to quote; the interquartile range (the middle
/// half of the samples) says how far to trust it, and is what a verdict
/// compares, because one run disturbed by the machine moves it little.
/// Negative samples stand for "not measured" and are left out.
struct RunStatistics {
    qsizetype count = 0;
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;

    /// Quartiles are Tukey's hinges: the medians of the lower and upper
    /// halves, each including the median itself when the count is odd.
    [[nodiscard]] static RunStatistics of(QList<double> samples);

    [[nodiscard]] bool isEmpty() const { return count == 0; }
    /// "median 1.31 ms (1.20–2.05 ms)"
    [[nodiscard]] QString summary() const;
};

} // namespace Duet

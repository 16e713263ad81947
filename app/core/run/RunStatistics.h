#pragma once

#include <QList>
#include <QString>

namespace Duet
{

/// Minimum, median and maximum of repeated timings: the median is what a
/// learner should quote, the spread says how far to trust it.
struct RunStatistics {
    qsizetype count = 0;
    double minimum = 0;
    double median = 0;
    double maximum = 0;

    static RunStatistics of(QList<double> samples);
    /// "min 1.20 ms · median 1.31 ms · max 2.05 ms"
    [[nodiscard]] QString summary() const;
};

} // namespace Duet

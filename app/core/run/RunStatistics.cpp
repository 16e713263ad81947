#include "RunStatistics.h"

#include "RunResult.h"

#include <algorithm>

namespace Duet
{

RunStatistics RunStatistics::of(QList<double> samples)
{
    RunStatistics statistics;
    statistics.count = samples.size();
    if (samples.isEmpty())
        return statistics;
    std::ranges::sort(samples);
    const qsizetype middle = samples.size() / 2;
    statistics.minimum = samples.constFirst();
    statistics.maximum = samples.constLast();
    statistics.median = samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
    return statistics;
}

QString RunStatistics::summary() const
{
    return QStringLiteral("min %1 \u00b7 median %2 \u00b7 max %3")
        .arg(RunResult::formatMilliseconds(minimum), RunResult::formatMilliseconds(median),
             RunResult::formatMilliseconds(maximum));
}

} // namespace Duet

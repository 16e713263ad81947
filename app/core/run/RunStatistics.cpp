#include "RunStatistics.h"

#include "RunResult.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

namespace Duet
{

namespace
{

double medianOf(std::span<const double> sorted)
{
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

} // namespace

RunStatistics RunStatistics::of(QList<double> samples)
{
    samples.removeIf([](double sample) { return !(sample >= 0); });
    RunStatistics statistics;
    statistics.count = samples.size();
    if (samples.isEmpty())
        return statistics;
    std::ranges::sort(samples);
    const std::span<const double> sorted(samples.constData(), std::size_t(samples.size()));
    const std::size_t half = (sorted.size() + 1) / 2;
    statistics.minimum = sorted.front();
    statistics.maximum = sorted.back();
    statistics.median = medianOf(sorted);
    statistics.lowerQuartile = medianOf(sorted.first(half));
    statistics.upperQuartile = medianOf(sorted.last(half));
    return statistics;
}

QString RunStatistics::summary() const
{
    if (count == 0)
        return QCoreApplication::translate("Duet::RunStatistics", "not measured");
    if (count == 1)
        return RunResult::formatMilliseconds(median);
    return QCoreApplication::translate("Duet::RunStatistics", "median %1 (%2–%3)")
        .arg(RunResult::formatMilliseconds(median), RunResult::formatMilliseconds(minimum),
             RunResult::formatMilliseconds(maximum));
}

} // namespace Duet

#include "Figure.h"

namespace Duet::Bench
{

Figure Figure::againstFloor(const QString &what, const QString &floorWhat, const QString &unit, double duet,
                            double floor, double limit, int repetitions)
{
    Figure figure;
    figure.what = what;
    figure.floorWhat = floorWhat;
    figure.unit = unit;
    figure.duet = duet;
    figure.floor = floor;
    figure.limit = limit;
    figure.repetitions = repetitions;
    return figure;
}

Figure Figure::absolute(const QString &what, const QString &unit, double duet, double limit, int repetitions)
{
    Figure figure;
    figure.what = what;
    figure.unit = unit;
    figure.duet = duet;
    figure.budget = Budget::Absolute;
    figure.limit = limit;
    figure.repetitions = repetitions;
    return figure;
}

Figure Figure::atLeast(const QString &what, const QString &unit, double duet, double limit, int repetitions)
{
    Figure figure = absolute(what, unit, duet, limit, repetitions);
    figure.budget = Budget::AtLeast;
    return figure;
}

std::optional<double> Figure::ratio() const
{
    if (!floor || *floor <= 0)
        return std::nullopt;
    return duet / *floor;
}

bool Figure::met() const
{
    switch (budget) {
    case Budget::Absolute:
        return duet <= limit;
    case Budget::AtLeast:
        return duet >= limit;
    case Budget::Ratio:
        return ratio() && *ratio() <= limit;
    case Budget::RatioOrMargin:
        return (ratio() && *ratio() <= limit) || (floor && duet - *floor <= margin);
    case Budget::Margin:
        return floor && duet - *floor <= margin;
    }
    return false;
}

QString Figure::budgetText() const
{
    switch (budget) {
    case Budget::Absolute:
        return QStringLiteral("≤ %1").arg(formatValue(limit, unit));
    case Budget::Ratio:
        return QStringLiteral("≤ %1×").arg(limit);
    case Budget::RatioOrMargin:
        return QStringLiteral("≤ %1×, or ≤ %2 above").arg(limit).arg(formatValue(margin, unit));
    case Budget::Margin:
        return QStringLiteral("≤ %1 above").arg(formatValue(margin, unit));
    case Budget::AtLeast:
        return QStringLiteral("≥ %1").arg(formatValue(limit, unit));
    }
    return {};
}

QString formatValue(double value, const QString &unit)
{
    // Counts are whole; times and sizes get the precision their size calls for.
    const bool count = unit == QLatin1String("sections");
    const int decimals = count || value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(unit);
}

} // namespace Duet::Bench

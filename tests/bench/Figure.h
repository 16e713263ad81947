#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Duet::Bench
{

/// One row of the benchmark table: what Duet measured, the floor measured
/// beside it in the same run (absent for an absolute budget), and the budget.
struct Figure {
    enum class Budget {
        Ratio, ///< duet / floor ≤ limit
        Absolute, ///< duet ≤ limit, in `unit`
        RatioOrMargin, ///< duet / floor ≤ limit, or duet − floor ≤ margin
        Margin, ///< duet − floor ≤ margin
        AtLeast, ///< duet ≥ limit, a count in `unit`
    };

    QString what;
    QString floorWhat;
    QString unit; ///< "ms" or "MiB"
    double duet = 0;
    std::optional<double> floor;
    Budget budget = Budget::Ratio;
    double limit = 0;
    double margin = 0;
    int repetitions = 0;

    /// A figure measured against a floor, with a ratio budget.
    static Figure againstFloor(const QString &what, const QString &floorWhat, const QString &unit, double duet,
                               double floor, double limit, int repetitions);
    /// A figure with an absolute budget in its own unit.
    static Figure absolute(const QString &what, const QString &unit, double duet, double limit, int repetitions);
    /// A count that must reach `limit`.
    static Figure atLeast(const QString &what, const QString &unit, double duet, double limit, int repetitions);

    [[nodiscard]] std::optional<double> ratio() const;
    [[nodiscard]] bool met() const;
    [[nodiscard]] QString budgetText() const;
};

/// Formats a measurement with the precision its size calls for.
[[nodiscard]] QString formatValue(double value, const QString &unit);

} // namespace Duet::Bench

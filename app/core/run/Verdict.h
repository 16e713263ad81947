#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Duet
{

/// What a comparison of the Python and the C++ run may honestly say, and the
/// words to say it. A speed verdict needs both programs to succeed with the
/// same output, at least three runs of each, and spreads that separate: the
/// middle half of one language's wall times (its interquartile range) lies
/// wholly below the other's. When both programs spend most of their wall
/// time off the CPU, they mostly wait, and the verdict says that instead of
/// crediting either language with the waits. "Most" is measured against an
/// empty program of the same language timed in the same rounds, where there
/// is one: on a busy machine every process spends much of its wall time
/// waiting for a CPU, and only waiting beyond that is the program's own.
/// Wall times include start-up.
struct Verdict {
    enum class Kind { CppFaster, PythonFaster, NoClearDifference, MostlyWaiting, OutputsDiffer, Failed };

    /// The facts a verdict is drawn from, so that it can be judged from
    /// given samples as well as from a run.
    struct Samples {
        /// Why the language's run cannot be compared ("did not compile"); empty when it can.
        QString problem;
        QList<double> wall;
        /// User + system time per run; -1 where unknown.
        QList<double> cpu;
        /// The empty program's runs, where they were timed.
        QList<double> startupWall;
        QList<double> startupCpu;
    };
    struct Evidence {
        Samples python;
        Samples cpp;
        bool outputsAgree = true;
    };

    Kind kind = Kind::Failed;
    /// How many times faster the faster language's median is; only for a
    /// speed verdict.
    std::optional<double> ratio;
    /// One sentence for the learner: "C++ 4.9× faster (median of 5 runs each; the spreads do not overlap)".
    QString text;
    /// How the verdict was reached, for a tooltip.
    QString method;

    /// Runs of each language a speed verdict needs at least.
    static constexpr int minimumRuns = 3;
    /// Below this share of wall time spent on the CPU, relative to the empty
    /// program's share, a program mostly waits.
    static constexpr double waitingCpuShare = 0.5;

    [[nodiscard]] static Verdict judge(const Evidence &evidence);
    /// "cpp-faster", "python-faster", "no-clear-difference", "mostly-waiting",
    /// "outputs-differ", "failed": the names `--run --json` uses.
    [[nodiscard]] static QString kindName(Kind kind);
    /// "4.9", "12": a ratio as the verdict prints it.
    [[nodiscard]] static QString formatRatio(double ratio);
};

} // namespace Duet

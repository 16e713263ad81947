#include "Verdict.h"

#include "RunResult.h"
#include "RunStatistics.h"

#include <QCoreApplication>

namespace Duet
{

namespace
{

// Shaped like QObject::tr(), so that lupdate reads a count as a plural (%n).
QString tr(const char *text, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("Duet::Verdict", text, disambiguation, count);
}

Verdict make(Verdict::Kind kind, const QString &text, const QString &method, std::optional<double> ratio = {})
{
    Verdict verdict;
    verdict.kind = kind;
    verdict.text = text;
    verdict.method = method;
    verdict.ratio = ratio;
    return verdict;
}

QString methodText(qsizetype runs)
{
    // Spelled out: lupdate files a free function's tr() under the namespace.
    return QCoreApplication::translate(
        "Duet::Verdict",
        "Each language ran %n time(s), interleaved (Python, C++, Python, …). Each run is timed from "
        "launch to exit: wall time, start-up included. The verdict compares the medians, and names a "
        "faster language only when the middle half of its runs (the interquartile range) lies wholly "
        "below the other's. When both programs spend less than half as much of their wall time on the CPU "
        "as an empty program of their language does in the same rounds, they mostly wait, and wall time "
        "says little about either language's speed.",
        nullptr, int(runs));
}

/// CPU time as a share of wall time, from the medians; nothing when CPU time is unknown.
std::optional<double> cpuShare(const QList<double> &wall, const QList<double> &cpu)
{
    const RunStatistics wallStatistics = RunStatistics::of(wall);
    const RunStatistics cpuStatistics = RunStatistics::of(cpu);
    if (cpuStatistics.isEmpty() || wallStatistics.median <= 0)
        return std::nullopt;
    return cpuStatistics.median / wallStatistics.median;
}

/// The program's CPU share against its empty program's, which is what a
/// busy machine leaves any process; the plain share where that is unknown.
std::optional<double> ownCpuShare(const Verdict::Samples &samples)
{
    const auto share = cpuShare(samples.wall, samples.cpu);
    const auto baseline = cpuShare(samples.startupWall, samples.startupCpu);
    if (!share)
        return std::nullopt;
    // An empty program that barely touched the CPU calibrates nothing.
    if (!baseline || *baseline < 0.05)
        return share;
    return qMin(1.0, *share / *baseline);
}

} // namespace

QString Verdict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CppFaster:
        return QStringLiteral("cpp-faster");
    case Kind::PythonFaster:
        return QStringLiteral("python-faster");
    case Kind::NoClearDifference:
        return QStringLiteral("no-clear-difference");
    case Kind::MostlyWaiting:
        return QStringLiteral("mostly-waiting");
    case Kind::OutputsDiffer:
        return QStringLiteral("outputs-differ");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString Verdict::formatRatio(double ratio)
{
    return ratio >= 10 ? QString::number(ratio, 'f', 0) : QString::number(ratio, 'f', 1);
}

Verdict Verdict::judge(const Evidence &evidence)
{
    const qsizetype runs = qMin(evidence.python.wall.size(), evidence.cpp.wall.size());
    const QString method = methodText(runs);
    if (!evidence.python.problem.isEmpty() || !evidence.cpp.problem.isEmpty()) {
        QStringList problems;
        if (!evidence.python.problem.isEmpty())
            problems.append(tr("the Python %1").arg(evidence.python.problem));
        if (!evidence.cpp.problem.isEmpty())
            problems.append(tr("the C++ %1").arg(evidence.cpp.problem));
        return make(Kind::Failed, tr("No speed verdict: %1.").arg(problems.join(tr(" and "))), method);
    }
    if (!evidence.outputsAgree)
        return make(Kind::OutputsDiffer,
                    tr("No speed verdict: the outputs differ, so the programs did not do the same work."), method);

    const RunStatistics python = RunStatistics::of(evidence.python.wall);
    const RunStatistics cpp = RunStatistics::of(evidence.cpp.wall);
    const QString medians
        = tr("Python %1, C++ %2")
              .arg(RunResult::formatMilliseconds(python.median), RunResult::formatMilliseconds(cpp.median));

    const auto pythonShare = ownCpuShare(evidence.python);
    const auto cppShare = ownCpuShare(evidence.cpp);
    if (pythonShare && cppShare && *pythonShare < waitingCpuShare && *cppShare < waitingCpuShare) {
        const auto plain = [](const Samples &samples) {
            return qRound(cpuShare(samples.wall, samples.cpu).value_or(0) * 100);
        };
        return make(Kind::MostlyWaiting,
                    tr("Both programs mostly wait (on the CPU %1% and %2% of the time): wall time (%3) is set "
                       "by the waits, not by either language's speed.")
                        .arg(plain(evidence.python))
                        .arg(plain(evidence.cpp))
                        .arg(medians),
                    method);
    }

    if (runs < minimumRuns) {
        return make(
            Kind::NoClearDifference,
            tr("Too few runs for a verdict (%n each; it takes at least 3): %1.", nullptr, int(runs)).arg(medians),
            method);
    }
    const QString basis
        = tr("median of %n runs each, start-up included; the spreads do not overlap", nullptr, int(runs));
    if (python.lowerQuartile > cpp.upperQuartile && cpp.median > 0) {
        const double ratio = python.median / cpp.median;
        return make(Kind::CppFaster, tr("C++ %1× faster (%2).").arg(formatRatio(ratio), basis), method, ratio);
    }
    if (cpp.lowerQuartile > python.upperQuartile && python.median > 0) {
        const double ratio = cpp.median / python.median;
        return make(Kind::PythonFaster, tr("Python %1× faster (%2).").arg(formatRatio(ratio), basis), method, ratio);
    }
    return make(
        Kind::NoClearDifference,
        tr("No clear difference: the spreads of the %n runs overlap (medians: %1).", nullptr, int(runs)).arg(medians),
        method);
}

} // namespace Duet

// Start-up and memory, observed from outside: Duet and the floor program are
// spawned alternately, and each says "first frame" on stdout once its window
// has painted for the first time.

#include "Benchmarks.h"
#include "ChildProcess.h"
#include "core/run/RunStatistics.h"

#include <cstdio>
#include <cstdlib>

namespace Duet::Bench
{

namespace
{

constexpr int startupRepetitions = 15;
constexpr int memoryRepetitions = 5;
const QByteArray firstFrame = QByteArrayLiteral("first frame");

/// One child run; a run that fails to paint stops the benchmark, since no
/// figure can be honest without it.
ChildProcess::Outcome observe(const QString &program, const QStringList &arguments)
{
    ChildProcess::Outcome outcome = ChildProcess::run(program, arguments, firstFrame);
    if (!outcome.started || outcome.exitStatus != 0 || outcome.millisecondsToMarker < 0) {
        std::fprintf(stderr, "bench: %s %s did not paint a first frame and exit cleanly (status %d):\n%s\n",
                     qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))), outcome.exitStatus,
                     outcome.standardError.constData());
        std::exit(2);
    }
    return outcome;
}

} // namespace

void measureStartup(const Context &context)
{
    const QStringList startupArguments {QStringLiteral("--quit-after-first-frame")};
    // The first runs fill the page cache for both; they are not counted.
    observe(context.duetExecutable, startupArguments);
    observe(context.minimalWindowExecutable, {});

    QList<double> duet;
    QList<double> floor;
    for (int repetition = 0; repetition < startupRepetitions; ++repetition) {
        duet.append(observe(context.duetExecutable, startupArguments).millisecondsToMarker);
        floor.append(observe(context.minimalWindowExecutable, {}).millisecondsToMarker);
    }
    context.report->add(
        Figure::againstFloor(QStringLiteral("start to first painted frame, all built-in lessons loaded"),
                             QStringLiteral("a Qt Widgets program that loads the KSyntaxHighlighting "
                                            "Repository and shows one QsciScintilla"),
                             QStringLiteral("ms"), RunStatistics::of(duet).median, RunStatistics::of(floor).median, 1.5,
                             startupRepetitions));

    const QStringList tourArguments {QStringLiteral("--quit-after-first-frame"),
                                     QStringLiteral("--visit-every-section")};
    QList<double> duetPeak;
    QList<double> floorPeak;
    for (int repetition = 0; repetition < memoryRepetitions; ++repetition) {
        const ChildProcess::Outcome tour = observe(context.duetExecutable, tourArguments);
        if (!tour.standardOutput.contains("visited ")) {
            std::fprintf(stderr, "bench: duet did not report visiting the sections\n");
            std::exit(2);
        }
        duetPeak.append(tour.peakMebibytes);
        floorPeak.append(observe(context.minimalWindowExecutable, {}).peakMebibytes);
    }
    context.report->add(Figure::againstFloor(QStringLiteral("peak memory after visiting every built-in section"),
                                             QStringLiteral("the same minimal program's peak"), QStringLiteral("MiB"),
                                             RunStatistics::of(duetPeak).median, RunStatistics::of(floorPeak).median,
                                             2.0, memoryRepetitions));
}

} // namespace Duet::Bench

// Running programs the way the run area does, against running them with
// nothing in between: a prebuilt demo through the runner, an edited demo
// compiled and run for the first time, and unchanged edited code run again.

#include "Benchmarks.h"
#include "ChildProcess.h"
#include "Measuring.h"
#include "core/run/ProcessRunner.h"
#include "core/run/ProgramCompiler.h"
#include "core/run/RunStatistics.h"
#include "core/run/SectionRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace Duet::Bench
{

namespace
{

/// The demo the running figures use: real lesson code with ranges and
/// std::print, so compiling it costs what a learner's edit costs.
constexpr auto sectionAddress = QStringView(u"advanced-python/functional-techniques");
constexpr int runnerRepetitions = 41;
constexpr int compileRepetitions = 5;
constexpr int cachedRepetitions = 31;
/// The least time between two clicks on Run in the sandbox figure.
constexpr int clickMilliseconds = 100;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(2);
}

/// Milliseconds from `start()` until `runner` reports a successful run.
template<typename Runner, typename Start> double timeRun(Runner &runner, Start start)
{
    QSignalSpy finished(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    start();
    if (!finished.wait(300'000))
        fail(QStringLiteral("a run did not finish"));
    const double milliseconds = elapsedMilliseconds(clock);
    const auto result = finished.constFirst().constFirst().template value<RunResult>();
    if (!result.succeeded() || result.standardOutput.isEmpty())
        fail(QStringLiteral("a run failed: %1").arg(result.describeEnding()));
    return milliseconds;
}

double timeFloorRun(const QString &program, const QStringList &arguments = {})
{
    const ChildProcess::Outcome outcome = ChildProcess::run(program, arguments);
    if (outcome.exitStatus != 0)
        fail(QStringLiteral("%1 failed:\n%2").arg(program, QString::fromLocal8Bit(outcome.standardError)));
    return outcome.wallMilliseconds;
}

void measureRunner(const Context &context, const Section &section)
{
    ProcessRunner runner;
    ProcessRunner::Request request;
    request.program = section.demoExecutable;
    // The runner's own cost (QProcess, the run supervisor), apart from the
    // sandbox's: Duet's own tools run like this.
    request.sandboxed = false;
    ProcessRunner::Request confined = request;
    confined.sandboxed = true;
    confined.trusted = true;
    QList<double> duet;
    QList<double> sandboxed;
    QList<double> floor;
    QList<double> sandboxFloor;
    for (int repetition = 0; repetition <= runnerRepetitions; ++repetition) {
        const double duetTime = timeRun(runner, [&] { runner.start(request); });
        const double floorTime = timeFloorRun(section.demoExecutable);
        // As a learner's clicks come: apart, with the event loop running
        // between them, when the next run's process joins its control group.
        QTest::qWait(clickMilliseconds);
        const double sandboxedTime = timeRun(runner, [&] { runner.start(confined); });
        const double sandboxFloorTime = timeFloorRun(section.demoExecutable);
        if (repetition > 0) {
            duet.append(duetTime);
            floor.append(floorTime);
            sandboxed.append(sandboxedTime);
            sandboxFloor.append(sandboxFloorTime);
        }
    }
    Figure figure = Figure::againstFloor(QStringLiteral("running a demo from the runner (start to finished)"),
                                         QStringLiteral("the same executable run with posix_spawn + wait4, output "
                                                        "read from a pipe"),
                                         QStringLiteral("ms"), RunStatistics::of(duet).median,
                                         RunStatistics::of(floor).median, 1.2, runnerRepetitions);
    // A few milliseconds of process handling matter little next to a demo
    // that itself runs for milliseconds; the budget allows either.
    figure.budget = Figure::Budget::RatioOrMargin;
    figure.margin = 2.0;
    context.report->add(figure);

    // What every click on Run costs now: bubblewrap's namespaces, the
    // supervisor as the run's PID 1, and the run's own control group.
    Figure inSandbox = Figure::againstFloor(
        QStringLiteral("running a demo in the sandbox, a click every %1 ms (start to finished)").arg(clickMilliseconds),
        QStringLiteral("the same executable run with posix_spawn + wait4, output read from a pipe"),
        QStringLiteral("ms"), RunStatistics::of(sandboxed).median, RunStatistics::of(sandboxFloor).median, 0,
        runnerRepetitions);
    inSandbox.budget = Figure::Budget::Margin;
    inSandbox.margin = 10.0;
    context.report->add(inSandbox);
}

void measureEditedRuns(const Context &context, const Section &section)
{
    const QString compiler = QStandardPaths::findExecutable(QStringLiteral("g++"));
    if (compiler.isEmpty())
        fail(QStringLiteral("no g++ on PATH"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString sourceFile = scratch.filePath(QStringLiteral("edited.cpp"));
    const QString executable = scratch.filePath(QStringLiteral("edited"));
    SectionRunner runner;

    // Each repetition is a new edit, so nothing compiled before can be reused.
    const auto edit = [&section](int number) {
        return SectionRunner::Program {Language::Cpp, section.cpp.text + QStringLiteral("\n// edit %1\n").arg(number),
                                       true};
    };
    const auto runInDuet = [&](const SectionRunner::Program &program) {
        return timeRun(runner, [&] { runner.run(section, program, {}, RunLimits {}); });
    };
    const auto compileAndRunPlainly = [&](const SectionRunner::Program &program) {
        QFile file(sourceFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(program.text.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(sourceFile));
        file.close();
        return timeFloorRun(
                   compiler,
                   {QStringLiteral("-std=c++23"), QStringLiteral("-O2"), sourceFile, QStringLiteral("-o"), executable})
            + timeFloorRun(executable);
    };

    // The precompiled header is built once per compiler, before any of this.
    runInDuet(edit(-1));

    QList<double> duet;
    QList<double> floor;
    for (int repetition = 0; repetition < compileRepetitions; ++repetition) {
        duet.append(runInDuet(edit(repetition)));
        floor.append(compileAndRunPlainly(edit(repetition)));
    }
    context.report->add(Figure::againstFloor(
        QStringLiteral("first run of an edited demo (compile + run, %1)")
            .arg(QFileInfo(ProgramCompiler::findCompiler()).fileName()),
        QStringLiteral("`g++ -std=c++23 -O2 file.cpp` of the same file, then running it"), QStringLiteral("ms"),
        RunStatistics::of(duet).median, RunStatistics::of(floor).median, 0.6, compileRepetitions));

    const SectionRunner::Program unchanged = edit(0);
    const SectionRunner::Program lessonText {Language::Cpp, section.cpp.text, false};
    QSignalSpy compiles(&runner, &SectionRunner::compiled);
    QList<double> cached;
    QList<double> prebuilt;
    for (int repetition = 0; repetition <= cachedRepetitions; ++repetition) {
        const double cachedTime = runInDuet(unchanged);
        const double prebuiltTime = runInDuet(lessonText);
        if (repetition > 0) {
            cached.append(cachedTime);
            prebuilt.append(prebuiltTime);
        }
    }
    for (const QList<QVariant> &compile : std::as_const(compiles)) {
        if (compile.constFirst().value<CompileReport>().outcome != CompileReport::Outcome::Reused)
            fail(QStringLiteral("running unchanged edited code started the compiler"));
    }
    context.report->add(Figure::againstFloor(QStringLiteral("running unchanged edited code again"),
                                             QStringLiteral("the prebuilt demo run the same way"), QStringLiteral("ms"),
                                             RunStatistics::of(cached).median, RunStatistics::of(prebuilt).median, 1.1,
                                             cachedRepetitions));
}

} // namespace

void measureRunning(const Context &context)
{
    const Section *section = context.lessons.section(sectionAddress);
    if (!section || section->demoExecutable.isEmpty())
        fail(QStringLiteral("no prebuilt demo for %1").arg(sectionAddress));
    measureRunner(context, *section);
    measureEditedRuns(context, *section);
}

} // namespace Duet::Bench

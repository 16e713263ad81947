// Recording traces the way Step Both does, for every built-in section with
// both languages: the Python under Duet's tracer against the same program run
// plainly, and the C++ under gdb, the first time (its debug build compiled)
// and again (the build reused) against the same build run under gdb with no
// breakpoints. Each section is measured several times; a figure is the
// median of the slowest section, whose name and step count it gives.

#include "Benchmarks.h"
#include "ChildProcess.h"
#include "Measuring.h"
#include "core/run/ProgramCompiler.h"
#include "core/run/RunStatistics.h"
#include "core/run/SectionRunner.h"
#include "core/trace/GdbDriver.h"
#include "core/trace/TraceSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Duet::Bench
{

namespace
{

constexpr int pythonRepetitions = 5;
constexpr int firstRepetitions = 3;
constexpr int cachedRepetitions = 3;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(2);
}

struct Timed {
    double milliseconds = 0;
    Trace trace;
};

/// From starting a session to its `finished`, for one language.
Timed timeTrace(const Section &section, Language language, const QString &editedCpp = {})
{
    TraceSession session;
    QSignalSpy finished(&session, &TraceSession::finished);
    QSignalSpy failed(&session, &TraceSession::failed);
    TraceSession::Request request;
    request.python = language == Language::Python;
    request.cpp = language == Language::Cpp;
    if (!editedCpp.isEmpty())
        request.cppProgram = {editedCpp, true};
    QElapsedTimer clock;
    clock.start();
    session.start(section, request);
    if (!finished.wait(300'000))
        fail(QStringLiteral("tracing %1 failed: %2")
                 .arg(section.id,
                      failed.isEmpty() ? QStringLiteral("no answer") : failed.constFirst().constFirst().toString()));
    Timed timed;
    timed.milliseconds = elapsedMilliseconds(clock);
    const auto traces = finished.constFirst().constFirst().value<TraceSet>();
    if (!traces.problems.isEmpty())
        fail(traces.problems.join(QLatin1Char('\n')));
    timed.trace = language == Language::Python ? *traces.python : *traces.cpp;
    return timed;
}

/// The debug build of a program, as the C++ tracer gets it (from the cache).
QString debugBuild(const Section &section)
{
    ProgramCompiler compiler;
    QSignalSpy finished(&compiler, &ProgramCompiler::finished);
    ProgramCompiler::Request request;
    request.source = section.cpp.text;
    request.sourceName = section.cpp.fileName;
    request.forDebugging = true;
    compiler.compile(request);
    if (!finished.wait(300'000))
        fail(QStringLiteral("no debug build of %1").arg(section.id));
    return finished.constFirst().constFirst().toString();
}

/// A row per language: the slowest section's median, and that section's floor.
struct Slowest {
    QString section;
    qsizetype steps = 0;
    double milliseconds = -1;
    double floor = 0;
    int sections = 0;
    int repetitions = 0;

    void consider(const QString &id, qsizetype stepCount, const QList<double> &times, double floorTime)
    {
        const double median = RunStatistics::of(times).median;
        ++sections;
        repetitions = int(times.size());
        if (median <= milliseconds)
            return;
        section = id;
        steps = stepCount;
        milliseconds = median;
        floor = floorTime;
    }
};

Figure slowestFigure(const QString &what, const QString &floorWhat, const Slowest &slowest, double limit)
{
    Figure figure = Figure::absolute(QStringLiteral("%1 (slowest of %2 sections: %3, %4 steps)")
                                         .arg(what)
                                         .arg(slowest.sections)
                                         .arg(slowest.section)
                                         .arg(slowest.steps),
                                     QStringLiteral("ms"), slowest.milliseconds, limit, slowest.repetitions);
    if (!floorWhat.isEmpty()) {
        figure.floor = slowest.floor;
        figure.floorWhat = floorWhat;
    }
    return figure;
}

} // namespace

void measureTracing(const Context &context)
{
    const QString python = SectionRunner::findPython();
    const QString gdb = GdbDriver::findGdb();
    if (python.isEmpty() || gdb.isEmpty())
        fail(QStringLiteral("tracing needs python3 and gdb on PATH"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("no temporary folder"));

    QList<const Section *> sections;
    for (const Lesson &lesson : context.lessons.lessons) {
        for (const Section &section : lesson.sections) {
            if (section.hasPython() && section.hasCpp())
                sections.append(&section);
        }
    }

    Slowest pythonTraces;
    for (const Section *section : std::as_const(sections)) {
        const QString script = scratch.filePath(section->id + QLatin1String(".py"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly) || file.write(section->python.text.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(script));
        file.close();
        QList<double> times;
        QList<double> floors;
        qsizetype steps = 0;
        for (int repetition = 0; repetition < pythonRepetitions; ++repetition) {
            const Timed timed = timeTrace(*section, Language::Python);
            times.append(timed.milliseconds);
            steps = timed.trace.steps.size();
            floors.append(ChildProcess::run(python, {script}).wallMilliseconds);
        }
        pythonTraces.consider(section->id, steps, times, RunStatistics::of(floors).median);
    }
    context.report->add(slowestFigure(QStringLiteral("recording a section's Python trace"),
                                      QStringLiteral("the same Python run by python3 without the tracer"), pythonTraces,
                                      1000));

    // The precompiled header of debug builds is made once per compiler,
    // before any of this, as for timed builds.
    timeTrace(*sections.constFirst(), Language::Cpp, sections.constFirst()->cpp.text + QStringLiteral("\n// warm\n"));

    Slowest firstTraces;
    Slowest cachedTraces;
    for (const Section *section : std::as_const(sections)) {
        // A new edit each time: nothing compiled before can be reused.
        QList<double> firstTimes;
        qsizetype firstSteps = 0;
        for (int repetition = 0; repetition < firstRepetitions; ++repetition) {
            const Timed first = timeTrace(*section, Language::Cpp,
                                          section->cpp.text + QStringLiteral("\n// bench %1\n").arg(repetition));
            firstTimes.append(first.milliseconds);
            firstSteps = first.trace.steps.size();
        }
        firstTraces.consider(section->id, firstSteps, firstTimes, 0);

        const QString executable = debugBuild(*section);
        QList<double> times;
        QList<double> floors;
        qsizetype steps = 0;
        for (int repetition = 0; repetition < cachedRepetitions; ++repetition) {
            const Timed timed = timeTrace(*section, Language::Cpp);
            times.append(timed.milliseconds);
            steps = timed.trace.steps.size();
            const ChildProcess::Outcome plain
                = ChildProcess::run(gdb,
                                    {QStringLiteral("--batch"), QStringLiteral("--nx"), QStringLiteral("-iex"),
                                     QStringLiteral("set debuginfod enabled off"), QStringLiteral("-ex"),
                                     QStringLiteral("run"), QStringLiteral("--args"), executable});
            if (plain.exitStatus != 0)
                fail(QStringLiteral("gdb could not run %1:\n%2")
                         .arg(executable, QString::fromLocal8Bit(plain.standardError)));
            floors.append(plain.wallMilliseconds);
        }
        cachedTraces.consider(section->id, steps, times, RunStatistics::of(floors).median);
    }
    context.report->add(
        slowestFigure(QStringLiteral("first C++ trace of a section (debug build compiled)"), {}, firstTraces, 3000));
    context.report->add(slowestFigure(QStringLiteral("C++ trace again (debug build reused)"),
                                      QStringLiteral("the same debug build run to its end by gdb with no breakpoints"),
                                      cachedTraces, 3000));
}

} // namespace Duet::Bench

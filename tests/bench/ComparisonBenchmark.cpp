// What honest timing costs and how far it can be trusted: a program's output
// streamed line by line through a pseudo-terminal against the same output
// through a pipe, and whether Run both's verdict comes out the same each time
// it is asked.

#include "Benchmarks.h"
#include "ChildProcess.h"
#include "core/run/ProcessRunner.h"
#include "core/run/RunStatistics.h"
#include "core/run/SectionRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <cstdio>
#include <cstdlib>

namespace Duet::Bench
{

namespace
{

constexpr int streamedLines = 20'000;
constexpr int streamingRepetitions = 9;
constexpr double maximumMicrosecondsPerLine = 10;
constexpr int verdictAttempts = 3;
constexpr int verdictRounds = 5;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(2);
}

/// Wall time of one run through ProcessRunner, as its RunResult measures it.
double runOnce(ProcessRunner &runner, const ProcessRunner::Request &request)
{
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    runner.start(request);
    if (!finished.wait(120'000))
        fail(QStringLiteral("%1 did not finish").arg(request.program));
    const auto result = finished.constFirst().constFirst().value<RunResult>();
    if (!result.succeeded() || result.standardOutput.count('\n') != streamedLines)
        fail(QStringLiteral("%1 failed: %2").arg(request.program, result.describeEnding()));
    return result.wallMilliseconds;
}

void measureStreaming(const Context &context, const QString &language, const QString &program,
                      const QStringList &arguments)
{
    ProcessRunner runner;
    ProcessRunner::Request request;
    request.program = program;
    request.arguments = arguments;
    request.limits.outputBytesPerStream = qint64(16) << 20;
    QList<double> streamed;
    QList<double> piped;
    for (int repetition = 0; repetition <= streamingRepetitions; ++repetition) {
        request.outputToTerminal = true;
        const double streamedTime = runOnce(runner, request);
        request.outputToTerminal = false;
        const double pipedTime = runOnce(runner, request);
        if (repetition > 0) {
            streamed.append(streamedTime);
            piped.append(pipedTime);
        }
    }
    Figure figure = Figure::againstFloor(
        QStringLiteral("printing %L1 lines (%2), each shown as it is printed (pseudo-terminal, line-buffered)")
            .arg(streamedLines)
            .arg(language),
        QStringLiteral("the same program through a pipe, block-buffered: nothing shown until a buffer fills"),
        QStringLiteral("ms"), RunStatistics::of(streamed).median, RunStatistics::of(piped).median, 3.0,
        streamingRepetitions);
    // Streaming costs a write per line, which a chatty program feels and a
    // lesson program (tens of lines) does not: the budget is per line.
    figure.budget = Figure::Budget::RatioOrMargin;
    figure.margin = streamedLines * maximumMicrosecondsPerLine / 1000.0;
    context.report->add(figure);
}

/// The verdict kind of `duet --run ADDRESS --lang both --repeat 5 --json`.
QString verdictKind(const Context &context, const QString &address)
{
    const ChildProcess::Outcome outcome
        = ChildProcess::run(context.duetExecutable,
                            {QStringLiteral("--run"), address, QStringLiteral("--lang"), QStringLiteral("both"),
                             QStringLiteral("--repeat"), QString::number(verdictRounds), QStringLiteral("--json")});
    const QJsonObject verdict
        = QJsonDocument::fromJson(outcome.standardOutput).object().value(QStringLiteral("verdict")).toObject();
    if (verdict.isEmpty())
        fail(QStringLiteral("no verdict for %1:\n%2").arg(address, QString::fromLocal8Bit(outcome.standardError)));
    return verdict.value(QStringLiteral("kind")).toString();
}

void measureVerdictStability(const Context &context)
{
    int sections = 0;
    int stable = 0;
    for (const Lesson &lesson : context.lessons.lessons) {
        for (const Section &section : lesson.sections) {
            if (!section.hasPython() || !section.hasCpp())
                continue;
            const QString address = lesson.address(section);
            QStringList kinds;
            for (int attempt = 0; attempt < verdictAttempts; ++attempt)
                kinds.append(verdictKind(context, address));
            ++sections;
            const bool same = kinds.count(kinds.constFirst()) == kinds.size();
            stable += same ? 1 : 0;
            std::printf("  %-60s %s%s\n", qPrintable(address), qPrintable(kinds.join(QLatin1String(", "))),
                        same ? "" : "  (not stable)");
            std::fflush(stdout);
        }
    }
    context.report->add(Figure::atLeast(
        QStringLiteral(
            "built-in sections (of %1) whose Run both verdict was the same %2 times in a row, %3 rounds each")
            .arg(sections)
            .arg(verdictAttempts)
            .arg(verdictRounds),
        QStringLiteral("sections"), stable, sections, verdictAttempts));
}

} // namespace

void measureComparison(const Context &context)
{
    measureStreaming(context, QStringLiteral("C++"), QStringLiteral(MANY_LINES_EXECUTABLE),
                     {QString::number(streamedLines)});
    const QString python = SectionRunner::findPython();
    if (python.isEmpty())
        fail(QStringLiteral("no python3 on PATH"));
    measureStreaming(context, QStringLiteral("Python"), python,
                     {QStringLiteral("-c"), QStringLiteral("import sys\nfor n in range(int(sys.argv[1])): print(n)"),
                      QString::number(streamedLines)});
    measureVerdictStability(context);
}

} // namespace Duet::Bench

#include "RunCommand.h"

#include "CommandLineRun.h"
#include "core/run/RunStatistics.h"

#include <QFile>

namespace Duet
{

namespace
{

int fail(int status, const QString &message)
{
    writeError((QStringLiteral("duet: ") + message + QLatin1Char('\n')).toUtf8());
    return status;
}

} // namespace

int runSectionFromCommandLine(QCoreApplication &, const LessonCollection &lessons, const CommandLine &commandLine)
{
    const Lesson *lesson = nullptr;
    const Section *section = lessons.section(commandLine.section, &lesson);
    if (!section) {
        for (const Diagnostic &error : lessons.errors)
            writeError((error.toString() + QLatin1Char('\n')).toUtf8());
        return fail(
            2, QStringLiteral("there is no section '%1'; `duet --list` shows the sections").arg(commandLine.section));
    }
    const bool python = commandLine.language == Language::Python;
    if (python ? !section->hasPython() : !section->hasCpp()) {
        return fail(2,
                    QStringLiteral("section '%1' has no %2 program")
                        .arg(commandLine.section, python ? QStringLiteral("Python") : QStringLiteral("C++")));
    }

    QByteArray standardInput;
    if (!commandLine.stdinFile.isEmpty()) {
        QFile file(commandLine.stdinFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(2, QStringLiteral("cannot read %1: %2").arg(commandLine.stdinFile, file.errorString()));
        standardInput = file.readAll();
    }
    const RunLimits limits = RunLimits::fromSettings(commandLine.timeoutSeconds);

    const QString label = QStringLiteral("%1/%2 (%3)")
                              .arg(lesson->id, section->id, python ? QStringLiteral("Python") : QStringLiteral("C++"));
    QList<double> wallTimes;
    CommandLineRun last;
    for (int iteration = 0; iteration < commandLine.repeat; ++iteration) {
        // Only the first run's output is shown; the rest are for timing.
        last = CommandLineRun::run(*section, commandLine.language, standardInput, limits, iteration == 0);
        if (last.compileFailed) {
            for (const Diagnostic &diagnostic : std::as_const(last.diagnostics))
                writeError((diagnostic.toCompilerString() + QLatin1Char('\n')).toUtf8());
            return fail(1, QStringLiteral("%1 did not compile").arg(label));
        }
        if (last.result.ending == RunResult::Ending::FailedToStart)
            return fail(last.result.shellStatus(), last.result.errorMessage);
        wallTimes.append(last.result.wallMilliseconds);
        if (!last.result.succeeded())
            break;
    }

    if (last.result.outputTruncated)
        writeError(QByteArrayLiteral("\n[output truncated at the output limit]\n"));
    QString summary
        = QStringLiteral("duet: %1: %2 \u00b7 %3").arg(label, last.result.describeEnding(), last.result.timingLine());
    if (wallTimes.size() > 1)
        summary
            += QStringLiteral(" \u00b7 %1 runs: %2").arg(wallTimes.size()).arg(RunStatistics::of(wallTimes).summary());
    writeError((summary + QLatin1Char('\n')).toUtf8());
    return last.result.shellStatus();
}

} // namespace Duet

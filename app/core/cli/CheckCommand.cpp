#include "CheckCommand.h"

#include "CommandLineRun.h"
#include "ListCommand.h"
#include "core/run/OutputComparison.h"

namespace Duet
{

namespace
{

void report(const QString &line)
{
    writeOut((line + QLatin1Char('\n')).toUtf8());
}

/// Why a run cannot be compared, or an empty string when it can.
QString runProblem(const CommandLineRun &run, QLatin1StringView language)
{
    if (run.compileFailed) {
        return QStringLiteral("the %1 does not compile: %2")
            .arg(language, run.diagnostics.isEmpty() ? QString() : run.diagnostics.constFirst().toCompilerString());
    }
    if (!run.result.succeeded()) {
        QString problem = QStringLiteral("the %1 ended with %2").arg(language, run.result.describeEnding());
        const QByteArray error = run.result.standardError.trimmed();
        if (!error.isEmpty())
            problem += QStringLiteral(": ") + QString::fromUtf8(error.split('\n').constLast());
        return problem;
    }
    return {};
}

} // namespace

int checkLessonsFromCommandLine(QCoreApplication &, const LessonCollection &lessons, const CommandLine &commandLine)
{
    int passed = 0;
    int failed = 0;
    for (const Diagnostic &error : lessons.errors) {
        report(QStringLiteral("FAIL %1").arg(terminalSafe(error.toString())));
        ++failed;
    }

    const RunLimits limits = RunLimits::fromSettings(commandLine.timeoutSeconds);

    for (const Lesson &lesson : lessons.lessons) {
        for (const Section &section : lesson.sections) {
            if (!section.hasPython() || !section.hasCpp())
                continue;
            const QString address = lesson.address(section);
            const CommandLineRun python = CommandLineRun::run(section, Language::Python, {}, limits, false);
            const CommandLineRun cpp = CommandLineRun::run(section, Language::Cpp, {}, limits, false);
            QString problem = runProblem(python, QLatin1StringView("Python"));
            if (problem.isEmpty())
                problem = runProblem(cpp, QLatin1StringView("C++"));
            if (problem.isEmpty()) {
                const OutputComparison comparison
                    = OutputComparison::compare(QString::fromUtf8(python.result.standardOutput),
                                                QString::fromUtf8(cpp.result.standardOutput), section.varyingOutput);
                if (const qsizetype index = comparison.firstDifference(); index >= 0) {
                    const OutputComparison::Line &line = comparison.lines.at(index);
                    problem = QStringLiteral("output line %1 differs: Python %2, C++ %3")
                                  .arg(index + 1)
                                  .arg(line.presentInPython ? QLatin1Char('"') + line.python + QLatin1Char('"')
                                                            : QStringLiteral("(no line)"),
                                       line.presentInCpp ? QLatin1Char('"') + line.cpp + QLatin1Char('"')
                                                         : QStringLiteral("(no line)"));
                }
            }
            if (problem.isEmpty()) {
                ++passed;
                report(QStringLiteral("PASS %1  (Python %2, C++ %3)")
                           .arg(address, RunResult::formatMilliseconds(python.result.wallMilliseconds),
                                RunResult::formatMilliseconds(cpp.result.wallMilliseconds)));
            } else {
                ++failed;
                report(QStringLiteral("FAIL %1: %2").arg(address, problem));
            }
        }
    }
    report(QStringLiteral("%1 passed, %2 failed").arg(passed).arg(failed));
    // 2, as for --list, when a lesson could not even be loaded.
    if (!lessons.errors.isEmpty())
        return 2;
    return failed == 0 ? 0 : 1;
}

} // namespace Duet

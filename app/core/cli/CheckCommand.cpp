#include "CheckCommand.h"

#include "ListCommand.h"
#include "RunReport.h"
#include "SessionWaiter.h"
#include "Terminal.h"

namespace Duet
{

int checkLessonsFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine)
{
    int passed = 0;
    int failed = 0;
    for (const Diagnostic &error : lessons.errors) {
        Terminal::outLine(QStringLiteral("FAIL %1").arg(terminalSafe(error.toString())));
        ++failed;
    }

    RunRequest request;
    request.limits = RunLimits::fromSettings(commandLine.timeoutSeconds);
    // One round: --check asks whether the programs agree, not how fast they are.
    request.plan = RunPlan::both(1);
    request.plan.measureStartup = false;
    for (const Lesson &lesson : lessons.lessons) {
        for (const Section &section : lesson.sections) {
            if (!section.hasPython() || !section.hasCpp())
                continue;
            request.section = section;
            request.address = lesson.address(section);
            request.python = {section.python.text, false};
            request.cpp = {section.cpp.text, false};
            const RunOutcome outcome = runToEnd(request);
            const QString problem = RunReport::problem(outcome);
            if (problem.isEmpty()) {
                ++passed;
                Terminal::outLine(QStringLiteral("PASS %1  (Python %2, C++ %3)")
                                      .arg(request.address, RunResult::formatMilliseconds(outcome.python.wall().median),
                                           RunResult::formatMilliseconds(outcome.cpp.wall().median)));
            } else {
                ++failed;
                Terminal::outLine(QStringLiteral("FAIL %1: %2").arg(request.address, terminalSafe(problem)));
            }
        }
    }
    Terminal::outLine(QStringLiteral("%1 passed, %2 failed").arg(passed).arg(failed));
    // 2, as for --list, when a lesson could not even be loaded.
    if (!lessons.errors.isEmpty())
        return 2;
    return failed == 0 ? 0 : 1;
}

} // namespace Duet

#include "ExerciseCheck.h"

namespace Duet
{

ExerciseCheck::Result ExerciseCheck::judge(const RunRequest &request, const RunOutcome &outcome)
{
    if (!outcome.plan.compares() || outcome.cancelled)
        return Result::NotCompared;
    if (request.python.edited)
        return Result::PythonEdited;
    if (!outcome.python.succeeded())
        return Result::PythonFailed;
    if (!outcome.cpp.succeeded())
        return Result::CppFailed;
    // Both succeeded, so the session aligned the outputs; without a diff
    // nothing was compared, and nothing is solved.
    if (!outcome.diff || !outcome.diff->agrees())
        return Result::OutputsDiffer;
    return Result::Solved;
}

QString ExerciseCheck::describe(Result result)
{
    switch (result) {
    case Result::NotCompared:
        return tr("Run both (Ctrl+B) to check your C++ against the Python.");
    case Result::PythonEdited:
        return tr("Not checked: the Python is edited. Your C++ is checked against the lesson's Python; revert the "
                  "Python to check it.");
    case Result::PythonFailed:
        return tr("Not checked: the Python did not run to its end, so there is nothing to compare with.");
    case Result::CppFailed:
        return tr("Not solved yet: your C++ has to compile and run to its end.");
    case Result::OutputsDiffer:
        return tr("Not solved yet: your C++ prints something other than the Python does; the comparison shows "
                  "where.");
    case Result::Solved:
        return tr("Solved: your C++ prints what the Python prints.");
    }
    return {};
}

} // namespace Duet

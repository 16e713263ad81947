#pragma once

#include "core/run/RunOutcome.h"
#include "core/run/RunPlan.h"

#include <QCoreApplication>

namespace Duet
{

/// Whether a run solved a section's exercise. Solved means exactly what Run
/// both calls a match: the learner's C++ and the lesson's own Python both
/// ran to a successful end, and their outputs agree under RunSession's
/// comparison (OutputDiff, the section's varying-output patterns honoured).
/// The Python must be the lesson's: an edited Python proves nothing.
class ExerciseCheck
{
    Q_DECLARE_TR_FUNCTIONS(Duet::ExerciseCheck)

public:
    enum class Result {
        NotCompared, ///< the run did not compare the languages (Run C++ alone), or was stopped
        PythonEdited, ///< the Python is not the lesson's, so it is no reference
        PythonFailed, ///< the Python did not end successfully: nothing to compare with
        CppFailed, ///< the learner's C++ did not compile, or did not end successfully
        OutputsDiffer, ///< both ran, and printed different things
        Solved, ///< the learner's C++ prints what the Python prints
    };

    /// Judges `outcome`, the result of running `request`, whose C++ is the
    /// learner's attempt.
    [[nodiscard]] static Result judge(const RunRequest &request, const RunOutcome &outcome);
    /// What the learner reads in the run area: "Solved: your C++ prints what
    /// the Python prints", or what stands between them and that.
    [[nodiscard]] static QString describe(Result result);
};

} // namespace Duet

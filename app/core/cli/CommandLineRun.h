#pragma once

#include "core/run/RunLimits.h"
#include "core/run/RunResult.h"
#include "core/lesson/Lesson.h"

namespace Duet
{

/// One program of a section run to its end for the command-line modes, which
/// have no window to keep responsive and can wait in a local event loop.
struct CommandLineRun {
    RunResult result;
    bool compileFailed = false;
    Diagnostics diagnostics;

    /// Runs the section's unedited program. With `echo`, its output goes to
    /// this process's stdout and stderr as it arrives.
    static CommandLineRun run(const Section &section, Language language, const QByteArray &standardInput,
                              const RunLimits &limits, bool echo);
};

/// Writes `text` to stdout or stderr at once.
void writeOut(const QByteArray &text);
void writeError(const QByteArray &text);

} // namespace Duet

#pragma once

#include "core/run/RunLimits.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Duet
{

/// What a tracer records: one program as the learner sees it, its input,
/// and the bounds of the run.
struct TraceRequest {
    static constexpr int defaultMaxSteps = 2000;

    /// The program's text as shown in its pane (markers removed, edits kept).
    QString program;
    /// The name the learner knows the program by: compiler diagnostics
    /// name it; for Python it is also the script's file name in tracebacks.
    QString sourceName;
    /// C++ diagnostics: sourceLines[i] is the line of sourceName shown as
    /// line i + 1; empty when they are the same.
    QList<int> sourceLines;
    QByteArray standardInput;
    /// The run's limits, as for any run: the time limits hold for the traced
    /// run as a whole (tracer or debugger included).
    RunLimits limits;
    /// Steps recorded at most; the program is stopped at the bound.
    int maxSteps = defaultMaxSteps;
    /// Whether it may run where no sandbox can be made (see
    /// ProcessRunner::Request::trusted): built-in lessons and trusted packs.
    bool trusted = false;

    /// The step bound in the settings (group "trace", key "maxSteps"),
    /// clamped to 1..100,000; the default where unset or unreadable.
    [[nodiscard]] static int maxStepsFromSettings();
};

} // namespace Duet

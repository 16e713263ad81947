#pragma once

#include "core/run/RunOutcome.h"

#include <QByteArray>
#include <QString>

namespace Duet
{

/// A run session's outcome in the two forms `duet --run` prints: a table for
/// people, with the verdict last, and one JSON object for scripts, of exactly
/// the shape
/// `{"section", "repeat", "runs": {"python": RUN, "cpp": RUN}, "startup": {LANG: {"wallMs": [...]}},
///   "outputsMatch": bool|null, "verdict": {"kind", "ratio": number|null, "text"}|null}`
/// where RUN is `{"wallMs": [...], "cpuMs": [...], "exitCode": int|null, "signal": string|null,
/// "output": "stdout of the first run"}`, plus `"ending"`, and `"compile"` for the C++.
class RunReport
{
public:
    [[nodiscard]] static QByteArray json(const RunOutcome &outcome);
    /// The timing table: runs, wall median and range, CPU median, start-up median.
    [[nodiscard]] static QString table(const RunOutcome &outcome);
    /// The differing lines of the two outputs, one a line, or a line saying they match.
    [[nodiscard]] static QString differences(const OutputDiff &diff);
    /// "the C++ does not compile: file:line: error: …", or the first
    /// difference of the outputs; empty when the outcome passed.
    [[nodiscard]] static QString problem(const RunOutcome &outcome);
    /// "SIGSEGV": a signal's short name.
    [[nodiscard]] static QString signalName(int signal);
};

} // namespace Duet

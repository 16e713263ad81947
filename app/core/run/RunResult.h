#pragma once

#include <QByteArray>
#include <QString>

namespace Duet
{

/// How one run of a program ended, what it printed and what it cost.
struct RunResult {
    enum class Ending {
        Exited, ///< the program returned; see exitCode
        Signalled, ///< killed by signal `signal` (a crash, or Stop)
        TimedOut, ///< stopped at the wall-time limit
        OutputCapped, ///< stopped because it printed more than the cap
        Stopped, ///< stopped by the learner
        FailedToStart, ///< never ran; see errorMessage
    };

    Ending ending = Ending::Exited;
    int exitCode = 0;
    int signal = 0;
    QString errorMessage;
    QByteArray standardOutput;
    QByteArray standardError;
    bool outputTruncated = false;

    /// Monotonic wall time from launching the program to reaping it, in
    /// milliseconds (what `time` reports).
    double wallMilliseconds = 0;
    /// The child's CPU time; negative when it could not be told apart from
    /// another child's (two runs ending at once).
    double userMilliseconds = -1;
    double systemMilliseconds = -1;

    [[nodiscard]] bool succeeded() const { return ending == Ending::Exited && exitCode == 0; }
    /// User plus system time, or -1 when either is unknown.
    [[nodiscard]] double cpuMilliseconds() const
    {
        return userMilliseconds >= 0 && systemMilliseconds >= 0 ? userMilliseconds + systemMilliseconds : -1;
    }

    /// The status a shell would report: the exit code, 124 on timeout,
    /// 128 + N when killed by signal N, 127 when the program never started.
    [[nodiscard]] int shellStatus() const;

    /// "exit code 0", "Segmentation fault (SIGSEGV)", "stopped after 10 s", ...
    [[nodiscard]] QString describeEnding() const;

    /// "wall 3.1 ms · user 1.0 ms · sys 0.8 ms"
    [[nodiscard]] QString timingLine() const;

    /// "3.1 ms", "1.25 s": a duration with the precision a learner can use.
    [[nodiscard]] static QString formatMilliseconds(double milliseconds);

    /// "Segmentation fault (SIGSEGV)"
    [[nodiscard]] static QString signalDescription(int signal);
};

} // namespace Duet

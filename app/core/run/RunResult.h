#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

    /// Whether the program ran in a sandbox (see Sandbox).
    bool sandboxed = false;
    /// Processes of the run that the kernel ended for going over the run's
    /// memory cap (`memoryLimitBytes`, all its processes together).
    qint64 memoryLimitKills = 0;
    qint64 memoryLimitBytes = 0;
    /// New processes or threads refused at the run's process cap (`processLimit`).
    qint64 processesRefused = 0;
    int processLimit = 0;

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

    /// "exit code 0", "Segmentation fault (SIGSEGV)", "stopped after 10 s", ...,
    /// followed by limitsReached() when the run ran into a whole-run cap.
    [[nodiscard]] QString describeEnding() const;

    /// "it reached its memory limit (1 GiB for all its processes together):
    /// the kernel ended 2 of its processes"; empty when no cap was reached.
    [[nodiscard]] QString limitsReached() const;

    /// "1 GiB", "64 MiB", "512 KiB", "100 bytes".
    [[nodiscard]] static QString formatBytes(qint64 bytes);

    /// "wall 3.1 ms · user 1.0 ms · sys 0.8 ms"
    [[nodiscard]] QString timingLine() const;

    /// "3.1 ms", "1.25 s": a duration with the precision a learner can use.
    [[nodiscard]] static QString formatMilliseconds(double milliseconds);

    /// "Segmentation fault (SIGSEGV)"
    [[nodiscard]] static QString signalDescription(int signal);

private:
    [[nodiscard]] QString describeHowItEnded() const;
};

} // namespace Duet

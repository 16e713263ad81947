#pragma once

#include <QByteArray>
#include <QStringList>

namespace Duet::Bench
{

/// A program run the plainest way there is: posix_spawn, its standard
/// output read from a pipe until end of file, then wait4. This is the floor
/// Duet's own runner is measured against, and how the start-up and memory
/// figures observe a whole process from outside.
struct ChildProcess {
    struct Outcome {
        bool started = false;
        int exitStatus = -1; ///< the exit code, or -1 when it did not exit normally
        QByteArray standardOutput;
        /// Kept aside and shown only when something went wrong.
        QByteArray standardError;
        /// From spawning to the end of the first output line starting with
        /// the marker (negative when none came), and to reaping the child.
        double millisecondsToMarker = -1;
        double wallMilliseconds = 0;
        /// The child's peak resident set, from its rusage.
        double peakMebibytes = 0;
    };

    /// Runs `program` with `arguments`; standard input is /dev/null and
    /// standard error goes to a temporary file, read back at the end.
    static Outcome run(const QString &program, const QStringList &arguments, const QByteArray &marker = {});
};

} // namespace Duet::Bench

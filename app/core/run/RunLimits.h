#pragma once

#include <QtGlobal>

namespace Duet
{

/// The bounds every program Duet runs is held to, so a learner's infinite
/// loop or runaway allocation costs seconds, not the session. Read from the
/// settings (group "run"), with defaults that suit lesson programs.
struct RunLimits {
    /// Wall time from start; the program is killed past it, its output kept.
    int wallMilliseconds = 10'000;
    /// CPU seconds (RLIMIT_CPU).
    int cpuSeconds = 30;
    /// Address space (RLIMIT_AS).
    qint64 addressSpaceBytes = qint64(1) << 30;
    /// Largest file the program may write (RLIMIT_FSIZE).
    qint64 fileSizeBytes = qint64(64) << 20;
    /// Output kept per stream; the program is stopped past it.
    qint64 outputBytesPerStream = qint64(1) << 20;

    /// The limits in QSettings, defaults where unset; a positive
    /// `wallSeconds` (the command line's --timeout) replaces the wall-time limit.
    [[nodiscard]] static RunLimits fromSettings(double wallSeconds = 0);
};

} // namespace Duet

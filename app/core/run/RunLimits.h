#pragma once

#include "core/settings/SettingKeys.h"

#include <QtGlobal>

namespace Duet
{

/// The bounds every program Duet runs is held to, so a learner's infinite
/// loop, runaway allocation or fork bomb costs seconds, not the session. Read
/// from the settings (group "run"); the defaults, and the ranges a setting
/// must keep to, are those of the keys in core/settings/SettingKeys.h.
struct RunLimits {
    /// Wall time from start; the program is killed past it, its output kept.
    int wallMilliseconds = int(Setting::runWallMilliseconds.defaultValue);
    /// CPU seconds of each process (RLIMIT_CPU).
    int cpuSeconds = int(Setting::runCpuSeconds.defaultValue);
    /// Address space of each process (RLIMIT_AS).
    qint64 addressSpaceBytes = Setting::runAddressSpaceBytes.defaultValue;
    /// Largest file a process may write (RLIMIT_FSIZE), and in a sandbox the
    /// size of the whole scratch folder.
    qint64 fileSizeBytes = Setting::runFileSizeBytes.defaultValue;
    /// Output kept per stream; the program is stopped past it.
    qint64 outputBytesPerStream = Setting::runOutputBytesPerStream.defaultValue;
    /// Memory of the whole run, every process together, where a control
    /// group can hold it (see Sandbox::availability()).
    qint64 memoryBytes = Setting::runMemoryBytes.defaultValue;
    /// Processes and threads of the whole run, every process together.
    int processes = int(Setting::runProcesses.defaultValue);

    /// The limits in the settings, defaults where unset or unusable. A
    /// `wallSeconds` within the range of run/wallMilliseconds (the command
    /// line's --timeout, checked there) replaces the wall-time limit.
    [[nodiscard]] static RunLimits fromSettings(double wallSeconds = 0);
    /// Whether `seconds` is a wall-time limit Duet accepts.
    [[nodiscard]] static bool acceptsWallSeconds(double seconds);
    /// "from 0.001 to 3600 seconds", for messages about a rejected limit.
    [[nodiscard]] static QString wallSecondsRange();
};

} // namespace Duet

#include "RunLimits.h"

#include "RunLogging.h"
#include "core/settings/Settings.h"

#include <cmath>

namespace Duet
{

bool RunLimits::acceptsWallSeconds(double seconds)
{
    // Compared in milliseconds, as the setting keeps them, so that the two
    // ways of giving the limit accept exactly the same values; in doubles, so
    // that nothing overflows on the way.
    const double milliseconds = seconds * 1000.0;
    return std::isfinite(milliseconds) && milliseconds >= double(Setting::runWallMilliseconds.minimum)
        && milliseconds <= double(Setting::runWallMilliseconds.maximum);
}

QString RunLimits::wallSecondsRange()
{
    return QStringLiteral("from %1 to %2 seconds")
        .arg(double(Setting::runWallMilliseconds.minimum) / 1000.0)
        .arg(double(Setting::runWallMilliseconds.maximum) / 1000.0);
}

RunLimits RunLimits::fromSettings(double wallSeconds)
{
    const Settings settings;
    RunLimits limits;
    limits.wallMilliseconds = int(settings.value(Setting::runWallMilliseconds));
    limits.cpuSeconds = int(settings.value(Setting::runCpuSeconds));
    limits.addressSpaceBytes = settings.value(Setting::runAddressSpaceBytes);
    limits.fileSizeBytes = settings.value(Setting::runFileSizeBytes);
    limits.outputBytesPerStream = settings.value(Setting::runOutputBytesPerStream);
    limits.memoryBytes = settings.value(Setting::runMemoryBytes);
    limits.processes = int(settings.value(Setting::runProcesses));
    if (wallSeconds != 0) {
        if (acceptsWallSeconds(wallSeconds))
            limits.wallMilliseconds = int(std::llround(wallSeconds * 1000.0));
        else
            qCWarning(lcRun) << "ignoring a wall-time limit of" << wallSeconds << "seconds, not" << wallSecondsRange();
    }
    return limits;
}

} // namespace Duet

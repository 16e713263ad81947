#include "RunLimits.h"

#include <QSettings>

namespace Duet
{

RunLimits RunLimits::fromSettings(double wallSeconds)
{
    RunLimits limits;
    QSettings settings;
    settings.beginGroup(QStringLiteral("run"));
    limits.wallMilliseconds = settings.value(QStringLiteral("wallMilliseconds"), limits.wallMilliseconds).toInt();
    limits.cpuSeconds = settings.value(QStringLiteral("cpuSeconds"), limits.cpuSeconds).toInt();
    limits.addressSpaceBytes
        = settings.value(QStringLiteral("addressSpaceBytes"), limits.addressSpaceBytes).toLongLong();
    limits.fileSizeBytes = settings.value(QStringLiteral("fileSizeBytes"), limits.fileSizeBytes).toLongLong();
    limits.outputBytesPerStream
        = settings.value(QStringLiteral("outputBytesPerStream"), limits.outputBytesPerStream).toLongLong();
    if (wallSeconds > 0)
        limits.wallMilliseconds = int(wallSeconds * 1000);
    return limits;
}

} // namespace Duet

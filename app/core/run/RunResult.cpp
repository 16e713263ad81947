#include "RunResult.h"

#include <csignal>
#include <cstring>

namespace Duet
{

int RunResult::shellStatus() const
{
    switch (ending) {
    case Ending::Exited:
        return exitCode;
    case Ending::TimedOut:
        return 124;
    case Ending::FailedToStart:
        return 127;
    case Ending::Signalled:
    case Ending::OutputCapped:
    case Ending::Stopped:
        break;
    }
    return 128 + (signal > 0 ? signal : SIGKILL);
}

QString RunResult::describeEnding() const
{
    const QString limits = limitsReached();
    const QString ending = describeHowItEnded();
    return limits.isEmpty() ? ending : ending + QStringLiteral("; ") + limits;
}

QString RunResult::limitsReached() const
{
    QStringList reached;
    if (memoryLimitKills > 0) {
        reached.append(QStringLiteral("it reached its memory limit (%1 for all its processes together): the kernel "
                                      "ended %2 of its processes")
                           .arg(formatBytes(memoryLimitBytes))
                           .arg(memoryLimitKills));
    }
    if (processesRefused > 0) {
        reached.append(QStringLiteral("it reached its limit of %1 processes and threads: %2 more were refused")
                           .arg(processLimit)
                           .arg(processesRefused));
    }
    return reached.join(QStringLiteral("; "));
}

QString RunResult::formatBytes(qint64 bytes)
{
    const auto format = [](qint64 value, int shift, QLatin1StringView unit) {
        const double scaled = double(value) / double(qint64(1) << shift);
        return QStringLiteral("%1 %2").arg(scaled, 0, 'g', 4).arg(unit);
    };
    if (bytes >= qint64(1) << 30)
        return format(bytes, 30, QLatin1StringView("GiB"));
    if (bytes >= qint64(1) << 20)
        return format(bytes, 20, QLatin1StringView("MiB"));
    if (bytes >= qint64(1) << 10)
        return format(bytes, 10, QLatin1StringView("KiB"));
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString RunResult::describeHowItEnded() const
{
    switch (ending) {
    case Ending::Exited:
        return QStringLiteral("exit code %1").arg(exitCode);
    case Ending::Signalled:
        return signalDescription(signal);
    case Ending::TimedOut:
        return QStringLiteral("stopped at the time limit after %1").arg(formatMilliseconds(wallMilliseconds));
    case Ending::OutputCapped:
        return QStringLiteral("stopped: it printed more than the output limit");
    case Ending::Stopped:
        return QStringLiteral("stopped");
    case Ending::FailedToStart:
        return errorMessage;
    }
    return {};
}

QString RunResult::formatMilliseconds(double milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("n/a");
    if (milliseconds < 10)
        return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 2);
    if (milliseconds < 1000)
        return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 1);
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 2);
}

QString RunResult::timingLine() const
{
    return QStringLiteral("wall %1 \u00b7 user %2 \u00b7 sys %3")
        .arg(formatMilliseconds(wallMilliseconds), formatMilliseconds(userMilliseconds),
             formatMilliseconds(systemMilliseconds));
}

QString RunResult::signalDescription(int signal)
{
    const char *abbreviation = sigabbrev_np(signal);
    const QString name = abbreviation ? QStringLiteral("SIG") + QString::fromLatin1(abbreviation)
                                      : QStringLiteral("signal %1").arg(signal);
    const char *description = strsignal(signal);
    return description ? QStringLiteral("%1 (%2)").arg(QString::fromLocal8Bit(description), name) : name;
}

} // namespace Duet

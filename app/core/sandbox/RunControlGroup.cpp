#include "RunControlGroup.h"

#include "SandboxLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Duet
{

namespace
{

constexpr auto namePrefix = QLatin1StringView("duet-run-");

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(text) == text.size())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1 to %2: %3").arg(QString::fromLatin1(text), path, file.errorString());
    return false;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The number after `name` on its own line of a "name value" file such as
/// memory.events or pids.events; 0 when absent.
qint64 counter(const QString &path, QByteArrayView name)
{
    for (const QByteArray &line : readAll(path).split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 2 && words[0] == name)
            return words[1].toLongLong();
    }
    return 0;
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

/// The groups of this process's runs that are still under way.
QSet<QString> &liveGroups()
{
    static QSet<QString> groups;
    return groups;
}

QMutex &liveGroupsMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

std::unique_ptr<RunControlGroup> RunControlGroup::create(const ControlGroupPlace &place, QString *error)
{
    if (!place.isUsable()) {
        if (error)
            *error = place.description;
        return nullptr;
    }
    static std::atomic<quint64> counter {0};
    const QString name = namePrefix + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    std::unique_ptr<RunControlGroup> group(new RunControlGroup);
    group->m_version = place.version;
    removeLeftovers(place.pidsDirectory);
    if (!group->addDirectory(place.pidsDirectory, name, error))
        return nullptr;
    if (place.version == ControlGroupPlace::Version::One) {
        removeLeftovers(place.memoryDirectory);
        if (!group->addDirectory(place.memoryDirectory, name, error))
            return nullptr;
    }
    group->m_pidsDirectory = group->m_directories.constFirst();
    group->m_memoryDirectory = group->m_directories.constLast();
    return group;
}

bool RunControlGroup::setLimits(int processes, qint64 memoryBytes, QString *error)
{
    const QByteArray memory = QByteArray::number(memoryBytes);
    if (!writeText(m_pidsDirectory + QLatin1String("/pids.max"), QByteArray::number(processes), error))
        return false;
    if (m_version == ControlGroupPlace::Version::One) {
        // Where swap is accounted, memory + swap gets the same cap: a run
        // that is over its memory cap is not let into swap instead. The
        // larger of the two must grow first and shrink last.
        const QString limit = m_memoryDirectory + QLatin1String("/memory.limit_in_bytes");
        const QString withSwap = m_memoryDirectory + QLatin1String("/memory.memsw.limit_in_bytes");
        if (!QFileInfo::exists(withSwap))
            return writeText(limit, memory, error);
        const bool growing = readAll(limit).trimmed().toLongLong() < memoryBytes;
        return growing ? writeText(withSwap, memory, error) && writeText(limit, memory, error)
                       : writeText(limit, memory, error) && writeText(withSwap, memory, error);
    }
    const QString swap = m_memoryDirectory + QLatin1String("/memory.swap.max");
    return writeText(m_memoryDirectory + QLatin1String("/memory.max"), memory, error)
        && (!QFileInfo::exists(swap) || writeText(swap, "0", error));
}

bool RunControlGroup::addDirectory(const QString &parent, const QString &name, QString *error)
{
    const QString directory = parent + QLatin1Char('/') + name;
    if (!QDir().mkdir(directory)) {
        if (error)
            *error = QStringLiteral("cannot make the control group %1").arg(directory);
        return false;
    }
    m_directories.append(directory);
    {
        const QMutexLocker lock(&liveGroupsMutex());
        liveGroups().insert(directory);
    }
    const int descriptor
        = ::open(QFile::encodeName(directory + QLatin1String("/cgroup.procs")).constData(), O_WRONLY | O_CLOEXEC);
    if (descriptor < 0) {
        if (error)
            *error = QStringLiteral("cannot open %1/cgroup.procs: %2")
                         .arg(directory, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_joinDescriptors.append(descriptor);
    return true;
}

RunControlGroup::~RunControlGroup()
{
    for (const int descriptor : std::as_const(m_joinDescriptors))
        ::close(descriptor);
    for (const QString &directory : std::as_const(m_directories)) {
        // cgroup v2 can end whatever is still inside at once; on v1 the run's
        // PID namespace or supervisor has already ended everything.
        if (m_version == ControlGroupPlace::Version::Two)
            writeText(directory + QLatin1String("/cgroup.kill"), "1", nullptr);
        if (!QDir().rmdir(directory))
            qCDebug(lcSandbox) << "control group" << directory << "is still busy; the next run removes it";
        const QMutexLocker lock(&liveGroupsMutex());
        liveGroups().remove(directory);
    }
}

RunControlGroup::Usage RunControlGroup::usage() const
{
    Usage usage;
    usage.processesRefused = counter(m_pidsDirectory + QLatin1String("/pids.events"), "max");
    usage.memoryKills = m_version == ControlGroupPlace::Version::One
        ? counter(m_memoryDirectory + QLatin1String("/memory.oom_control"), "oom_kill")
        : counter(m_memoryDirectory + QLatin1String("/memory.events"), "oom_kill");
    return usage;
}

void RunControlGroup::removeLeftovers(const QString &parent)
{
    // Groups of runs that ended while their last processes were still being
    // reaped, and of Duet processes that are gone.
    const QStringList names
        = QDir(parent).entryList({namePrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QStringList parts = name.mid(namePrefix.size()).split(QLatin1Char('-'));
        const qint64 owner = parts.value(0).toLongLong();
        const QString directory = parent + QLatin1Char('/') + name;
        const QMutexLocker lock(&liveGroupsMutex());
        if ((owner == QCoreApplication::applicationPid() && !liveGroups().contains(directory)) || !processExists(owner))
            QDir().rmdir(directory);
    }
}

} // namespace Duet

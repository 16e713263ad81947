#include "ProgramCache.h"

#include "RunLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace Duet
{

namespace
{

constexpr auto buildMarker = QLatin1StringView(".build-");
constexpr auto discardMarker = QLatin1StringView(".discard-");
constexpr qint64 unfinishedBuildSeconds = 3600;
constexpr qint64 unusedEntryDays = 30;

/// A name no other Duet process picks at the same time.
QString uniqueSuffix()
{
    return QStringLiteral("%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

/// Marks an entry as just used, for trimming least recently used first.
void touch(const QString &path)
{
    utimensat(AT_FDCWD, QFile::encodeName(path).constData(), nullptr, 0);
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    for (QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System); files.hasNext();)
        bytes += files.nextFileInfo().size();
    return bytes;
}

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

/// What any write to a file changes: its inode, size, and modification and
/// change times (the change time cannot be set back from user space).
QByteArray stamp(const QString &path)
{
    struct stat status {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return QFile::encodeName(path) + ' ' + QByteArray::number(quint64(status.st_ino)) + ' '
        + QByteArray::number(qint64(status.st_size)) + ' ' + QByteArray::number(qint64(status.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(status.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qint64(status.st_ctim.tv_sec))
        + '.' + QByteArray::number(qint64(status.st_ctim.tv_nsec));
}

/// Entries whose hash this process checked, as they were then: a build run
/// again and again is hashed once, not at every run.
QSet<QByteArray> &verifiedEntries()
{
    static QSet<QByteArray> entries;
    return entries;
}

QMutex &verifiedEntriesMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

ProgramCache::ProgramCache(QString root)
    : m_root(std::move(root))
{ }

QString ProgramCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/programs");
}

QByteArray ProgramCache::fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QString ProgramCache::verifiedExecutable(const QString &key) const
{
    const QDir entry(m_root + QLatin1Char('/') + key);
    QString executable = entry.filePath(executableName);
    const QByteArray seen = stamp(executable);
    if (seen.isEmpty())
        return {};
    {
        const QMutexLocker lock(&verifiedEntriesMutex());
        if (verifiedEntries().contains(seen)) {
            touch(entry.path());
            return executable;
        }
    }
    QFile recorded(entry.filePath(hashFileName));
    const QByteArray expected = recorded.open(QIODevice::ReadOnly) ? recorded.readAll().trimmed() : QByteArray();
    if (expected.isEmpty() || fileHash(executable) != expected) {
        qCWarning(lcRun) << "the cached build" << executable << "does not match its hash; building it again";
        removeEntry(key);
        return {};
    }
    {
        const QMutexLocker lock(&verifiedEntriesMutex());
        verifiedEntries().insert(seen);
    }
    touch(entry.path());
    return executable;
}

std::expected<QString, QString> ProgramCache::makeBuildFolder(const QString &key) const
{
    if (!QDir().mkpath(m_root))
        return std::unexpected(QStringLiteral("cannot make the build cache %1").arg(m_root));
    QString folder = m_root + QLatin1Char('/') + key + buildMarker + uniqueSuffix();
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0)
        return std::unexpected(QStringLiteral("cannot make %1: %2").arg(folder, errnoText()));
    return folder;
}

std::expected<QString, QString> ProgramCache::install(const QString &buildFolder, const QString &key) const
{
    const QDir build(buildFolder);
    const QByteArray hash = fileHash(build.filePath(executableName));
    if (hash.isEmpty())
        return std::unexpected(QStringLiteral("the compiler left no program in %1").arg(buildFolder));
    QSaveFile hashFile(build.filePath(hashFileName));
    if (!hashFile.open(QIODevice::WriteOnly) || hashFile.write(hash + '\n') < 0 || !hashFile.commit())
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(hashFile.fileName(), hashFile.errorString()));

    const QString entry = m_root + QLatin1Char('/') + key;
    const QByteArray from = QFile::encodeName(buildFolder);
    const QByteArray to = QFile::encodeName(entry);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (std::rename(from.constData(), to.constData()) == 0)
            return QDir(entry).filePath(executableName);
        if (errno != EEXIST && errno != ENOTEMPTY)
            return std::unexpected(
                QStringLiteral("cannot put the build into the cache at %1: %2").arg(entry, errnoText()));
        // Another process put its build of the same program there first.
        QString theirs = verifiedExecutable(key);
        if (!theirs.isEmpty()) {
            discard(buildFolder);
            return theirs;
        }
        // Theirs did not match its hash and is gone now: ours goes in.
    }
    return std::unexpected(QStringLiteral("cannot put the build into the cache at %1").arg(entry));
}

void ProgramCache::discard(const QString &folder) const
{
    QDir(folder).removeRecursively();
}

void ProgramCache::removeEntry(const QString &key) const
{
    // Renamed away first, so that no other process finds it half-removed.
    const QString entry = m_root + QLatin1Char('/') + key;
    const QString doomed = entry + discardMarker + uniqueSuffix();
    if (std::rename(QFile::encodeName(entry).constData(), QFile::encodeName(doomed).constData()) == 0)
        QDir(doomed).removeRecursively();
}

void ProgramCache::trim(qint64 maximumBytes) const
{
    struct Entry {
        QString path;
        QDateTime used;
        qint64 bytes = 0;
    };
    QList<Entry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList folders = QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        const QString name = folder.fileName();
        if (name.contains(buildMarker) || name.contains(discardMarker)) {
            if (folder.lastModified().secsTo(now) > unfinishedBuildSeconds)
                QDir(folder.filePath()).removeRecursively();
            continue;
        }
        entries.append({folder.filePath(), folder.lastModified(), folderBytes(folder.filePath())});
    }
    std::ranges::sort(entries, [](const Entry &a, const Entry &b) { return a.used > b.used; });
    qint64 kept = 0;
    for (const Entry &entry : std::as_const(entries)) {
        kept += entry.bytes;
        if (kept > maximumBytes || entry.used.daysTo(now) > unusedEntryDays) {
            qCDebug(lcRun) << "trimming" << entry.path << "from the build cache";
            removeEntry(QFileInfo(entry.path).fileName());
        }
    }
}

} // namespace Duet

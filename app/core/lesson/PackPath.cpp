#include "PackPath.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <sys/stat.h>

namespace Duet
{

namespace
{

PackPath::Type typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return PackPath::Type::File;
    if (S_ISDIR(mode))
        return PackPath::Type::Folder;
    if (S_ISFIFO(mode))
        return PackPath::Type::Fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return PackPath::Type::Device;
    if (S_ISSOCK(mode))
        return PackPath::Type::Socket;
    return PackPath::Type::Other;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

std::expected<PackPath::Entry, QString> PackPath::resolve(const QString &path, const QString &root)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link {};
    if (::lstat(native.constData(), &link) != 0)
        return std::unexpected(errno == ENOENT ? QStringLiteral("does not exist")
                                               : QStringLiteral("cannot be looked at: %1").arg(systemError(errno)));
    const bool isLink = S_ISLNK(link.st_mode);

    // realpath resolves every link on the way, not only the last one: a
    // file inside a linked folder is as far outside the pack as the folder.
    const std::unique_ptr<char, decltype(&std::free)> real(::realpath(native.constData(), nullptr), &std::free);
    if (!real) {
        const int error = errno;
        if (error == ELOOP)
            return std::unexpected(QStringLiteral("is a symbolic link loop"));
        if (error == ENOENT)
            return std::unexpected(isLink ? QStringLiteral("is a symbolic link to something that does not exist")
                                          : QStringLiteral("does not exist"));
        return std::unexpected(QStringLiteral("cannot be resolved: %1").arg(systemError(error)));
    }
    Entry entry;
    entry.realPath = QFile::decodeName(real.get());
    entry.isSymbolicLink = isLink;
    if (!root.isEmpty() && !isInside(entry.realPath, root)) {
        return std::unexpected(isLink ? QStringLiteral("is a symbolic link that leads out of the lesson pack (to %1); "
                                                       "Duet does not follow it")
                                            .arg(entry.realPath)
                                      : QStringLiteral("lies behind a symbolic link that leads out of the lesson "
                                                       "pack (to %1); Duet does not follow it")
                                            .arg(entry.realPath));
    }
    struct stat target {};
    if (::stat(real.get(), &target) != 0)
        return std::unexpected(QStringLiteral("cannot be looked at: %1").arg(systemError(errno)));
    entry.type = typeOf(target.st_mode);
    return entry;
}

bool PackPath::exists(const QString &path)
{
    struct stat link {};
    return ::lstat(QFile::encodeName(path).constData(), &link) == 0;
}

QString PackPath::describe(Type type)
{
    switch (type) {
    case Type::File:
        return QStringLiteral("is a file");
    case Type::Folder:
        return QStringLiteral("is a folder");
    case Type::Fifo:
        return QStringLiteral("is a named pipe (FIFO)");
    case Type::Device:
        return QStringLiteral("is a device");
    case Type::Socket:
        return QStringLiteral("is a socket");
    case Type::Other:
        break;
    }
    return QStringLiteral("is neither a file nor a folder");
}

bool PackPath::isInside(const QString &path, const QString &root)
{
    if (root == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == root || (path.startsWith(root) && path.at(root.size()) == QLatin1Char('/'));
}

} // namespace Duet

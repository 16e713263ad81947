#pragma once

// Makes the files a hostile pack may hold, at test time: nothing of the sort
// is committed, where it could block or mislead other tools (the fuzzer reads
// tests/data as its seeds).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

namespace Duet::Testing
{

enum class Special { Fifo, Socket, Device, SymlinkLoop, SymlinkOut, DanglingSymlink };

/// Writes `bytes` to `path`, making its folder.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Makes `path` a special file; `outside` is a file outside the pack for
/// the link that leaves it. Returns an empty string, or why it could not.
inline QString makeSpecial(Special kind, const QString &path, const QString &outside = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    switch (kind) {
    case Special::Fifo:
        return ::mkfifo(native.constData(), 0600) == 0 ? QString() : QStringLiteral("mkfifo failed");
    case Special::Socket: {
        const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (descriptor < 0 || std::size_t(native.size()) >= sizeof(address.sun_path))
            return QStringLiteral("no socket");
        std::memcpy(address.sun_path, native.constData(), std::size_t(native.size()));
        const bool bound = ::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
        ::close(descriptor); // the socket file stays
        return bound ? QString() : QStringLiteral("bind failed");
    }
    case Special::Device:
        // The same device as /dev/null; needs CAP_MKNOD.
        return ::mknod(native.constData(), S_IFCHR | 0600, makedev(1, 3)) == 0
            ? QString()
            : QStringLiteral("mknod is not permitted here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    case Special::SymlinkLoop: {
        // path -> path.other -> path, both relative.
        const QByteArray other = native + ".other";
        const bool made
            = ::symlink(QFile::encodeName(QFileInfo(path).fileName() + QStringLiteral(".other")).constData(),
                        native.constData())
                == 0
            && ::symlink(QFile::encodeName(QFileInfo(path).fileName()).constData(), other.constData()) == 0;
        return made ? QString() : QStringLiteral("symlink failed");
    }
    case Special::SymlinkOut:
        return ::symlink(QFile::encodeName(outside).constData(), native.constData()) == 0
            ? QString()
            : QStringLiteral("symlink failed");
    case Special::DanglingSymlink:
        return ::symlink("no-such-target", native.constData()) == 0 ? QString() : QStringLiteral("symlink failed");
    }
    return QStringLiteral("unknown kind");
}

} // namespace Duet::Testing

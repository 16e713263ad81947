#include "TextFile.h"

#include "PackPath.h"

#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Duet
{

namespace
{

Diagnostic error(const QString &file, const QString &message)
{
    return Diagnostic::error(file, 0, message);
}

/// Reads at most one byte past the limit, so an oversized file is noticed
/// without loading it.
std::optional<QByteArray> readAll(int descriptor, const QString &path, Diagnostics &errors)
{
    QByteArray bytes;
    qsizetype filled = 0;
    for (;;) {
        if (bytes.size() - filled < 65536)
            bytes.resize(std::min<qsizetype>(filled + 65536, TextFile::maximumSize + 1));
        if (filled == bytes.size())
            break;
        const ssize_t count = ::read(descriptor, bytes.data() + filled, std::size_t(bytes.size() - filled));
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            errors.append(
                error(path, QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
            return std::nullopt;
        }
        if (count == 0)
            break;
        filled += count;
    }
    bytes.truncate(filled);
    return bytes;
}

std::optional<QByteArray> readFromDisk(const QString &path, const QString &packRoot, Diagnostics &errors)
{
    const auto entry = PackPath::resolve(path, packRoot);
    if (!entry) {
        errors.append(error(path, entry.error()));
        return std::nullopt;
    }
    if (entry->type != PackPath::Type::File) {
        errors.append(error(path,
                            PackPath::describe(entry->type)
                                + QStringLiteral(", not a regular file; Duet reads only regular files")));
        return std::nullopt;
    }
    // The path was checked, but may be swapped before it is opened: open
    // the resolved path without following a link and without blocking on a
    // FIFO, and check again what was opened.
    const int descriptor
        = ::open(QFile::encodeName(entry->realPath).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        errors.append(
            error(path, QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
        return std::nullopt;
    }
    const auto closeDescriptor = qScopeGuard([descriptor] { ::close(descriptor); });
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        errors.append(
            error(path, QStringLiteral("changed into something other than a regular file while it was read")));
        return std::nullopt;
    }
    if (status.st_size > TextFile::maximumSize) {
        errors.append(error(path, TextFile::describeOversize(status.st_size)));
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = readAll(descriptor, path, errors);
    // The size is checked again on the bytes: a file may grow, or lie.
    if (bytes && bytes->size() > TextFile::maximumSize) {
        errors.append(error(
            path, QStringLiteral("the file grew past %1 bytes (1 MiB) while it was read").arg(TextFile::maximumSize)));
        return std::nullopt;
    }
    return bytes;
}

/// Duet's own resources: no links or pipes in there.
std::optional<QByteArray> readResource(const QString &path, Diagnostics &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(error(path, QStringLiteral("cannot be read: %1").arg(file.errorString())));
        return std::nullopt;
    }
    if (file.size() > TextFile::maximumSize) {
        errors.append(error(path, TextFile::describeOversize(file.size())));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<QByteArray> TextFile::read(const QString &path, const QString &packRoot, Diagnostics &errors)
{
    std::optional<QByteArray> bytes
        = path.startsWith(QLatin1Char(':')) ? readResource(path, errors) : readFromDisk(path, packRoot, errors);
    if (!bytes)
        return std::nullopt;
    if (const qsizetype invalid = firstInvalidUtf8(*bytes); invalid >= 0) {
        const int line = int(bytes->left(invalid).count('\n')) + 1;
        const qsizetype lineStart = bytes->lastIndexOf('\n', invalid - 1) + 1;
        errors.append({path, line, int(invalid - lineStart) + 1, Diagnostic::Severity::Error,
                       QStringLiteral("the file is not valid UTF-8 (byte 0x%1)")
                           .arg(quint8(bytes->at(invalid)), 2, 16, QLatin1Char('0'))});
        return std::nullopt;
    }
    return withoutByteOrderMark(*bytes);
}

QString TextFile::describeOversize(qint64 size)
{
    const qint64 kibibytes = size / 1024;
    // Rounded to KiB, a file just over the limit would read as "1024 KiB; at
    // most 1024 KiB": say the bytes then.
    if (kibibytes <= maximumSize / 1024) {
        return QStringLiteral("the file is %1 bytes; lesson files may be at most %2 bytes (1 MiB)")
            .arg(size)
            .arg(maximumSize);
    }
    return QStringLiteral("the file is %1 KiB; lesson files may be at most %2 KiB")
        .arg(kibibytes)
        .arg(maximumSize / 1024);
}

qsizetype TextFile::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype index = 0;
    while (index < size) {
        const unsigned char lead = data[index];
        int length = 0;
        char32_t codePoint = 0;
        if (lead < 0x80) {
            ++index;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return index;
        }
        if (index + length > size)
            return index;
        for (int continuation = 1; continuation < length; ++continuation) {
            const unsigned char byte = data[index + continuation];
            if ((byte & 0xC0) != 0x80)
                return index;
            codePoint = (codePoint << 6) | (byte & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF.
        const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        if (overlong || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return index;
        index += length;
    }
    return -1;
}

QByteArray TextFile::withoutByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

} // namespace Duet

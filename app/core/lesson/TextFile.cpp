#include "TextFile.h"

#include <QFile>
#include <QFileInfo>

namespace Duet
{

namespace
{

Diagnostic error(const QString &file, int line, const QString &message)
{
    return {file, line, 0, Diagnostic::Severity::Error, message};
}

} // namespace

std::optional<QByteArray> TextFile::read(const QString &path, Diagnostics &errors)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        errors.append(error(path, 0,
                            info.exists() || info.isSymLink() ? QStringLiteral("cannot be read: not a regular file")
                                                              : QStringLiteral("cannot be read: no such file")));
        return std::nullopt;
    }
    if (info.size() > maximumSize) {
        errors.append(error(path, 0,
                            QStringLiteral("the file is %1 KiB; lesson files may be at most %2 KiB")
                                .arg(info.size() / 1024)
                                .arg(maximumSize / 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(error(path, 0, QStringLiteral("cannot be read: %1").arg(file.errorString())));
        return std::nullopt;
    }
    // The size is checked again on the bytes: a file may grow, or lie.
    const QByteArray bytes = file.read(maximumSize + 1);
    if (bytes.size() > maximumSize) {
        errors.append(error(path, 0, QStringLiteral("the file is larger than %1 KiB").arg(maximumSize / 1024)));
        return std::nullopt;
    }
    if (const qsizetype invalid = firstInvalidUtf8(bytes); invalid >= 0) {
        const int line = int(bytes.left(invalid).count('\n')) + 1;
        const qsizetype lineStart = bytes.lastIndexOf('\n', invalid - 1) + 1;
        errors.append({path, line, int(invalid - lineStart) + 1, Diagnostic::Severity::Error,
                       QStringLiteral("the file is not valid UTF-8 (byte 0x%1)")
                           .arg(quint8(bytes.at(invalid)), 2, 16, QLatin1Char('0'))});
        return std::nullopt;
    }
    return withoutByteOrderMark(bytes);
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

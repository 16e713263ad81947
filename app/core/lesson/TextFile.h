#pragma once

#include "Diagnostic.h"

#include <QByteArray>

#include <optional>

namespace Duet
{

/// Reads the text files of a lesson pack, from disk or from resources, with
/// the checks every one of them needs: a regular file inside its pack (never
/// a FIFO, a device or a link out of the pack, none of them even opened),
/// not absurdly large, UTF-8. A UTF-8 byte order mark is dropped, CRLF line
/// endings are left to the parsers (which accept both).
class TextFile
{
public:
    /// Lesson files larger than this are refused, not loaded into memory.
    static constexpr qint64 maximumSize = qint64(1) << 20;

    /// The file's bytes, or nullopt with the reason appended to `errors` as
    /// `path: reason`. `packRoot`, a real path, is the folder the file must
    /// resolve into; empty for a file the learner named and for resources.
    static std::optional<QByteArray> read(const QString &path, const QString &packRoot, Diagnostics &errors);

    /// "the file is 1048577 bytes; lesson files may be at most 1048576 bytes (1 MiB)".
    static QString describeOversize(qint64 size);

    /// The 0-based offset of the first byte that is not valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);

    /// Drops a leading UTF-8 byte order mark.
    static QByteArray withoutByteOrderMark(const QByteArray &bytes);
};

} // namespace Duet

#pragma once

#include <QString>

#include <expected>

namespace Duet
{

/// A path Duet is about to read from a lesson pack, looked at before anything
/// is opened. Packs come from strangers: a file in one may be a symbolic link
/// to the learner's private key, a link loop, a FIFO that blocks whoever opens
/// it, or a device. `resolve` answers what the path really is without opening
/// it, and refuses any path whose real location lies outside the pack's folder.
/// Paths the learner names directly (a `--lesson-dir`, a file to open) are
/// resolved with no folder to stay in: they are the learner's own choice.
class PackPath
{
public:
    enum class Type { File, Folder, Fifo, Device, Socket, Other };

    struct Entry {
        /// The path with every symbolic link resolved.
        QString realPath;
        Type type = Type::Other;
        /// The path itself, not only something on the way to it, is a symbolic link.
        bool isSymbolicLink = false;
    };

    /// Resolves `path`. With a non-empty `root` (a real path, as
    /// `resolve(...)->realPath` gives it), the result must lie inside it.
    /// The error is a reason that reads after the path: "is a symbolic link
    /// loop".
    [[nodiscard]] static std::expected<Entry, QString> resolve(const QString &path, const QString &root = {});

    /// Whether `path` names anything at all, a dangling link included.
    [[nodiscard]] static bool exists(const QString &path);

    /// "is a named pipe (FIFO)", "is a folder", … for messages.
    [[nodiscard]] static QString describe(Type type);

    /// Whether `path` (a real path) is `root` or lies inside it.
    [[nodiscard]] static bool isInside(const QString &path, const QString &root);
};

} // namespace Duet

#pragma once

#include <QString>

#include <expected>

namespace Duet
{

/// The per-user folder of compiled programs, one entry per cache key
/// (`<key>/program`, its source and its SHA-256), kept out of every
/// program's reach by the sandbox. An entry is never written in place: a
/// build goes into a private folder of its own and is renamed into place
/// whole, so two Duet processes compiling the same program both succeed (the
/// second finds the first's entry and uses it) and a build cut short is never
/// taken for a finished one. An entry is hashed before it is first run in a
/// process, and then known by its inode, size and modification and change
/// times, which any write changes; one that does not match its hash
/// (truncated, overwritten) is removed and built again. The folder is
/// trimmed to a size, least recently used first.
class ProgramCache final
{
public:
    explicit ProgramCache(QString root = defaultRoot());

    /// `<cache location>/programs`.
    [[nodiscard]] static QString defaultRoot();
    [[nodiscard]] QString root() const { return m_root; }

    /// The entry's executable if it is there and matches its hash; empty
    /// otherwise, a corrupt entry removed on the way.
    [[nodiscard]] QString verifiedExecutable(const QString &key) const;
    /// A new, private folder to build the entry for `key` in, or why none
    /// can be made (a read-only or full cache).
    [[nodiscard]] std::expected<QString, QString> makeBuildFolder(const QString &key) const;
    /// Records the hash of the build in `buildFolder` and renames the folder
    /// into place as the entry for `key`, unless another process did so
    /// first with a sound entry, which is then used instead. The executable
    /// to run, or why the build could not be kept.
    [[nodiscard]] std::expected<QString, QString> install(const QString &buildFolder, const QString &key) const;
    /// Removes a build folder that is not going to be installed.
    void discard(const QString &folder) const;
    /// Keeps the entries within `maximumBytes` (dropping the least recently
    /// used first, and any unused for 30 days), and removes builds that
    /// were left unfinished more than an hour ago.
    void trim(qint64 maximumBytes) const;

    static constexpr QLatin1StringView sourceFileName {"program.cpp"};
    static constexpr QLatin1StringView executableName {"program"};
    static constexpr QLatin1StringView hashFileName {"program.sha256"};

    /// The SHA-256 of a file, in hex; empty when it cannot be read.
    [[nodiscard]] static QByteArray fileHash(const QString &path);

private:
    void removeEntry(const QString &key) const;

    QString m_root;
};

} // namespace Duet

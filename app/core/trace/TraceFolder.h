#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Duet
{

/// The private folder of one traced run: the tracer's own files, the
/// program, its input and its recorded output, removed with the object.
/// A traced run's working directory is this folder and everything in it is
/// named relative to it, so that a sandbox which makes the working directory
/// a run's scratch folder needs no special case for tracing.
class TraceFolder
{
public:
    TraceFolder();

    [[nodiscard]] bool isValid() const { return m_directory.isValid(); }
    [[nodiscard]] QString path() const { return m_directory.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_directory.filePath(name); }
    /// Writes a file of the folder; on failure returns why, naming the file.
    [[nodiscard]] QString write(const QString &name, const QByteArray &content) const;
    /// Copies a resource into the folder; on failure returns why.
    [[nodiscard]] QString copyResource(const QString &resource, const QString &name) const;
    /// Up to `limit` bytes of a file of the folder; `truncated` tells whether
    /// there was more. A missing file reads as empty.
    [[nodiscard]] QByteArray read(const QString &name, qint64 limit, bool *truncated = nullptr) const;
    /// The size of a file of the folder now; 0 when it does not exist.
    [[nodiscard]] qint64 size(const QString &name) const;
    /// Why the folder could not be made.
    [[nodiscard]] QString errorString() const { return m_directory.errorString(); }

private:
    QTemporaryDir m_directory;
};

} // namespace Duet

#include "TraceFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Duet
{

namespace
{

QString folderTemplate()
{
    const QString parent = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/trace");
    QDir().mkpath(parent);
    return parent + QLatin1String("/run-XXXXXX");
}

} // namespace

TraceFolder::TraceFolder()
    : m_directory(folderTemplate())
{ }

QString TraceFolder::write(const QString &name, const QByteArray &content) const
{
    QFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}

QString TraceFolder::copyResource(const QString &resource, const QString &name) const
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(resource, file.errorString());
    return write(name, file.readAll());
}

QByteArray TraceFolder::read(const QString &name, qint64 limit, bool *truncated) const
{
    QFile file(filePath(name));
    if (truncated)
        *truncated = false;
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const QByteArray content = file.read(qMin(size, limit));
    if (truncated)
        *truncated = size > limit;
    return content;
}

qint64 TraceFolder::size(const QString &name) const
{
    return QFileInfo(filePath(name)).size();
}

} // namespace Duet

#include "RememberedLessons.h"

#include "core/settings/Settings.h"
#include <QFileInfo>

namespace Duet
{

namespace
{

QStringList stored()
{
    return Settings().value(Setting::openedLessons);
}

void store(const QStringList &paths)
{
    Settings().setValue(Setting::openedLessons, paths);
}

} // namespace

QStringList RememberedLessons::paths()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (existing.size() != all.size())
        store(existing);
    return existing;
}

void RememberedLessons::remember(const QString &path)
{
    QStringList all = stored();
    const QString canonical = canonicalPath(path);
    if (all.contains(canonical))
        return;
    all.append(canonical);
    store(all);
}

void RememberedLessons::forget(const QString &path)
{
    QStringList all = stored();
    if (all.removeAll(canonicalPath(path)) > 0)
        store(all);
}

bool RememberedLessons::looksLikeLesson(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return info.isDir() || (info.isFile() && (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")));
}

QString RememberedLessons::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.fileName() == QLatin1String("lesson.md"))
        return info.absolutePath();
    return info.absoluteFilePath();
}

} // namespace Duet

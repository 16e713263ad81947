#include "RememberedLessons.h"

#include <QFileInfo>
#include <QSettings>

namespace Duet
{

namespace
{

const QString rememberedKey = QStringLiteral("lessons/opened");

QStringList stored()
{
    return QSettings().value(rememberedKey).toStringList();
}

void store(const QStringList &paths)
{
    QSettings().setValue(rememberedKey, paths);
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

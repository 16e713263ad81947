#include "LessonLibrary.h"

#include <QFileInfo>
#include <QSettings>

namespace Duet
{

namespace
{

const QString openedKey = QStringLiteral("lessons/opened");

bool isMarkdownFile(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return info.isFile() && (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"));
}

/// The one place that knows how LessonSources names its paths.
QStringList &pathsOf(LessonSources &sources)
{
    return sources.folders;
}

} // namespace

LessonLibrary::LessonLibrary(LessonSources startSources, QObject *parent)
    : QObject(parent)
    , m_startSources(std::move(startSources))
    , m_opened(QSettings().value(openedKey).toStringList())
{ }

bool LessonLibrary::looksLikeLesson(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || isMarkdownFile(info);
}

QString LessonLibrary::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.fileName() == QLatin1String("lesson.md"))
        return info.absolutePath();
    return info.absoluteFilePath();
}

bool LessonLibrary::isFrom(const Lesson &lesson, const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return lesson.origin != Lesson::Origin::BuiltIn && QFileInfo(lesson.directory).absoluteFilePath() == folder;
}

LessonSources LessonLibrary::sources() const
{
    LessonSources sources = m_startSources;
    pathsOf(sources) += m_opened;
    return sources;
}

LessonCollection LessonLibrary::load()
{
    Diagnostics forgotten;
    const QStringList opened = m_opened;
    for (const QString &path : opened) {
        if (QFileInfo::exists(path))
            continue;
        forget(path);
        forgotten.append(
            {path, 0, 0, Diagnostic::Severity::Warning, tr("opened earlier, now gone; Duet no longer looks for it")});
    }
    LessonCollection collection = loadLessons(sources());
    collection.errors += forgotten;
    return collection;
}

std::expected<void, QString> LessonLibrary::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(tr("%1 does not exist").arg(path));
    if (!looksLikeLesson(path))
        return std::unexpected(tr("%1 is neither a Markdown file (.md) nor a folder").arg(path));
    const QString canonical = canonicalPath(path);
    LessonSources start = m_startSources;
    if (!m_opened.contains(canonical) && !pathsOf(start).contains(canonical)) {
        m_opened.append(canonical);
        remember();
    }
    return {};
}

void LessonLibrary::forget(const QString &path)
{
    if (m_opened.removeAll(path) > 0)
        remember();
}

void LessonLibrary::remember() const
{
    QSettings().setValue(openedKey, m_opened);
}

} // namespace Duet

#include "LessonLibrary.h"

#include "LessonLogging.h"

#include <QFileInfo>

#include <algorithm>

namespace Duet
{

namespace
{

QString sourceKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

LessonLibrary::LessonLibrary(LessonSources sources, QObject *parent)
    : QObject(parent)
{
    Loaded loaded = load(sources);
    adopt(std::move(sources), std::move(loaded));
}

QStringList LessonLibrary::lessonIdsFrom(const QString &path) const
{
    return m_fromPath.value(sourceKey(path)).lessonIds;
}

std::expected<QStringList, Diagnostics> LessonLibrary::addSource(const QString &path)
{
    const QString key = sourceKey(path);
    LessonSources candidate = m_sources;
    if (!std::ranges::any_of(candidate.paths, [&key](const QString &source) { return sourceKey(source) == key; }))
        candidate.paths.append(path);
    Loaded loaded = load(candidate);
    const LessonCollector::SourceResult result = loaded.fromPath.value(key);
    // A path that holds no lesson that loads is not kept: the window shows
    // its problems, and the library stays as it was.
    if (result.lessonIds.isEmpty())
        return std::unexpected(result.errors);
    adopt(std::move(candidate), std::move(loaded));
    Q_EMIT collectionChanged();
    return result.lessonIds;
}

void LessonLibrary::reload()
{
    adopt(m_sources, load(m_sources));
    Q_EMIT collectionChanged();
}

LessonLibrary::Loaded LessonLibrary::load(const LessonSources &sources)
{
    LessonCollector collector;
    const QList<LessonCollector::SourceResult> results = collector.addSources(sources);
    Loaded loaded;
    for (qsizetype index = 0; index < results.size(); ++index) {
        LessonCollector::SourceResult &merged = loaded.fromPath[sourceKey(sources.paths.at(index))];
        merged.lessonIds += results.at(index).lessonIds;
        merged.errors += results.at(index).errors;
    }
    loaded.collection = collector.take();
    return loaded;
}

void LessonLibrary::adopt(LessonSources sources, Loaded loaded)
{
    m_sources = std::move(sources);
    m_collection = std::move(loaded.collection);
    m_fromPath = std::move(loaded.fromPath);
    qCDebug(lcLesson) << "library:" << m_collection.lessons.size() << "lessons from" << m_sources.paths.size()
                      << "paths," << m_collection.errors.size() << "problems";
}

} // namespace Duet

#include "LessonCollector.h"

#include "LessonPackReader.h"
#include "PackPath.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Duet
{

namespace
{

/// Reads as the sentence it builds: error(file, line, "what is wrong").
constexpr auto error = &Diagnostic::error;

QString realPathOf(const Lesson &lesson)
{
    if (lesson.origin == Lesson::Origin::BuiltIn)
        return lesson.file;
    const QString canonical = QFileInfo(lesson.file).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(lesson.file).absoluteFilePath() : canonical;
}

QString describeSource(const Lesson &lesson)
{
    return lesson.origin == Lesson::Origin::BuiltIn ? QStringLiteral("a built-in lesson")
                                                    : QStringLiteral("the lesson in %1").arg(lesson.source());
}

} // namespace

void LessonCollector::addBuiltIn()
{
    SourceResult ignored;
    const QDir resources(QStringLiteral(":/lessons"));
    for (const QString &name : resources.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        addLesson(LessonPackReader::read(resources.filePath(name), Lesson::Origin::BuiltIn), ignored);
}

void LessonCollector::addUserFolder()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/lessons");
    if (!PackPath::exists(folder))
        return;
    SourceResult ignored;
    const auto entry = PackPath::resolve(folder);
    if (!entry || entry->type != PackPath::Type::Folder) {
        addError(error(folder, 0,
                       entry ? PackPath::describe(entry->type) + QStringLiteral(", not a folder") : entry.error()),
                 ignored);
        return;
    }
    addPacksIn(folder, Lesson::Origin::Folder, false, ignored);
}

LessonCollector::SourceResult LessonCollector::addPath(const QString &path)
{
    SourceResult result;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!PackPath::exists(absolute)) {
        addError(error(path, 0, QStringLiteral("no such file or folder")), result);
        return result;
    }
    // The learner named this path: a link here is their choice and is followed.
    const auto entry = PackPath::resolve(absolute);
    if (!entry) {
        addError(error(path, 0, entry.error()), result);
        return result;
    }
    switch (entry->type) {
    case PackPath::Type::Folder:
        addPacksIn(absolute, Lesson::Origin::Folder, true, result);
        break;
    case PackPath::Type::File:
        // A pack's lesson.md named on its own stands for the whole pack.
        if (QFileInfo(absolute).fileName() == QLatin1String("lesson.md"))
            addLesson(LessonPackReader::read(QFileInfo(absolute).absolutePath(), Lesson::Origin::Folder), result);
        else
            addLesson(LessonPackReader::readFile(absolute), result);
        break;
    default:
        addError(error(path, 0,
                       PackPath::describe(entry->type)
                           + QStringLiteral(", not a Markdown file or a folder; Duet never opens it")),
                 result);
        break;
    }
    return result;
}

QList<LessonCollector::SourceResult> LessonCollector::addSources(const LessonSources &sources)
{
    QList<SourceResult> results;
    if (sources.builtIn)
        addBuiltIn();
    for (const QString &path : sources.paths)
        results.append(addPath(path));
    if (sources.userFolder)
        addUserFolder();
    return results;
}

void LessonCollector::addPacksIn(const QString &folder, Lesson::Origin origin, bool mustHoldOne, SourceResult &result)
{
    const QDir directory(folder);
    if (PackPath::exists(directory.filePath(QStringLiteral("lesson.md")))) {
        addLesson(LessonPackReader::read(folder, origin), result);
        return;
    }
    const auto root = PackPath::resolve(folder);
    if (!root) {
        addError(error(folder, 0, root.error()), result);
        return;
    }
    int packs = 0;
    const QStringList names = directory.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = directory.filePath(name);
        // Files beside the packs (a README, say) are not read; a link that
        // leads nowhere or out of the folder is reported, never followed.
        const auto entry = PackPath::resolve(path);
        if (!entry) {
            addError(error(path, 0, entry.error()), result);
            continue;
        }
        if (entry->type != PackPath::Type::Folder)
            continue;
        if (const auto inside = PackPath::resolve(path, root->realPath); !inside) {
            addError(error(path, 0, inside.error()), result);
            continue;
        }
        ++packs;
        addLesson(LessonPackReader::read(path, origin), result);
    }
    if (packs == 0 && mustHoldOne && result.errors.isEmpty()) {
        addError(error(folder, 0,
                       QStringLiteral("holds no lesson: it has no lesson.md, and no folder in it has one; name a "
                                      "Markdown file to open it on its own")),
                 result);
    }
}

void LessonCollector::addLesson(std::expected<Lesson, Diagnostics> lesson, SourceResult &result)
{
    if (!lesson) {
        for (const Diagnostic &problem : lesson.error())
            addError(problem, result);
        return;
    }
    const QString realFile = realPathOf(*lesson);
    if (const auto loaded = m_idOfFile.constFind(realFile); loaded != m_idOfFile.cend()) {
        result.lessonIds.append(*loaded);
        return;
    }
    if (m_sourceOfId.contains(lesson->id) && lesson->idLine == 0 && lesson->origin == Lesson::Origin::Folder)
        lesson->id += QLatin1Char('-') + LessonPackReader::pathHash(realFile);
    if (const auto taken = m_sourceOfId.constFind(lesson->id); taken != m_sourceOfId.cend()) {
        addError(error(lesson->file, lesson->idLine,
                       QStringLiteral("the lesson id '%1' is already taken by %2").arg(lesson->id, *taken)),
                 result);
        return;
    }
    m_sourceOfId.insert(lesson->id, describeSource(*lesson));
    m_idOfFile.insert(realFile, lesson->id);
    result.lessonIds.append(lesson->id);
    m_collection.lessons.append(std::move(*lesson));
}

void LessonCollector::addError(const Diagnostic &error, SourceResult &result)
{
    result.errors.append(error);
    m_collection.errors.append(error);
}

LessonCollection LessonCollector::take()
{
    std::ranges::stable_sort(m_collection.lessons, [](const Lesson &left, const Lesson &right) {
        if (left.order.has_value() != right.order.has_value())
            return left.order.has_value();
        if (left.order != right.order)
            return *left.order < *right.order;
        if (const int byTitle = left.title.compare(right.title, Qt::CaseInsensitive); byTitle != 0)
            return byTitle < 0;
        return left.id < right.id;
    });
    m_sourceOfId.clear();
    m_idOfFile.clear();
    return std::exchange(m_collection, {});
}

} // namespace Duet

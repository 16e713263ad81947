#include "LessonLoader.h"

#include "LessonLogging.h"
#include "LessonPackReader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Duet
{

namespace
{

/// The packs a folder holds: the folder itself when it has a lesson.md,
/// else each of its (non-hidden) subfolders.
QStringList packsIn(const QString &folder)
{
    const QDir directory(folder);
    if (QFileInfo(directory.filePath(QStringLiteral("lesson.md"))).isFile())
        return {directory.path()};
    QStringList packs;
    const QStringList names = directory.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        packs.append(directory.filePath(name));
    return packs;
}

void addPack(LessonCollection &collection, const QString &directory, Lesson::Origin origin)
{
    auto lesson = LessonPackReader::read(directory, origin);
    if (!lesson) {
        collection.errors += lesson.error();
        return;
    }
    if (const Lesson *existing = collection.lesson(lesson->id)) {
        collection.errors.append(
            {QDir(directory).filePath(QStringLiteral("lesson.md")), 0, 0, Diagnostic::Severity::Error,
             QStringLiteral("the lesson id '%1' is already taken by %2")
                 .arg(lesson->id,
                      existing->origin == Lesson::Origin::BuiltIn ? QStringLiteral("a built-in lesson")
                                                                  : existing->directory)});
        return;
    }
    collection.lessons.append(std::move(*lesson));
}

} // namespace

LessonCollection loadLessons(const LessonSources &sources)
{
    LessonCollection collection;
    if (sources.builtIn) {
        for (const QString &pack : packsIn(QStringLiteral(":/lessons")))
            addPack(collection, pack, Lesson::Origin::BuiltIn);
    }
    for (const QString &folder : sources.folders) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            collection.errors.append(
                {folder, 0, 0, Diagnostic::Severity::Error,
                 info.exists() ? QStringLiteral("not a folder") : QStringLiteral("no such folder")});
            continue;
        }
        for (const QString &pack : packsIn(info.absoluteFilePath()))
            addPack(collection, pack, Lesson::Origin::Folder);
    }
    if (sources.userFolder) {
        const QString userFolder
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/lessons");
        if (QFileInfo(userFolder).isDir()) {
            for (const QString &pack : packsIn(userFolder))
                addPack(collection, pack, Lesson::Origin::Folder);
        }
    }
    qCDebug(lcLesson) << "loaded" << collection.lessons.size() << "lessons," << collection.errors.size() << "problems";
    return collection;
}

} // namespace Duet

#include "LessonPackReader.h"

#include "CodeMarkers.h"
#include "DemoLocator.h"
#include "LessonParser.h"
#include "LessonLogging.h"
#include "TextFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Duet
{

namespace
{

Diagnostic error(const QString &file, int line, const QString &message)
{
    return {file, line, 0, Diagnostic::Severity::Error, message};
}

QString normalisedLineEndings(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

} // namespace

std::expected<Lesson, Diagnostics> LessonPackReader::read(const QString &directory, Lesson::Origin origin)
{
    Diagnostics errors;
    const QDir folder(directory);
    const QString manifest = folder.filePath(QStringLiteral("lesson.md"));
    if (!QFileInfo(manifest).isFile()) {
        errors.append(error(directory, 0, QStringLiteral("not a lesson pack: it has no lesson.md")));
        return std::unexpected(errors);
    }
    const std::optional<QByteArray> content = TextFile::read(manifest, errors);
    if (!content)
        return std::unexpected(errors);

    Lesson lesson = LessonParser::parse(*content, manifest, folder.dirName(), errors);
    lesson.origin = origin;
    lesson.directory = directory;
    if (origin == Lesson::Origin::BuiltIn && lesson.id != folder.dirName()) {
        errors.append(error(manifest, 2,
                            QStringLiteral("a built-in lesson's id must be its folder's name '%1', not '%2'")
                                .arg(folder.dirName(), lesson.id)));
    }

    const QDir cppFolder(folder.filePath(QStringLiteral("cpp")));
    // Every entry named *.cpp counts, so a folder, a pipe or a dangling link
    // with such a name is reported as unreadable instead of passed over.
    const QStringList cppFiles = cppFolder.entryList(
        {QStringLiteral("*.cpp")}, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &cppFile : cppFiles) {
        const QString path = cppFolder.filePath(cppFile);
        const QString sectionId = QFileInfo(cppFile).completeBaseName();
        const auto section = std::ranges::find(lesson.sections, sectionId, &Section::id);
        if (section == lesson.sections.end()) {
            QStringList ids;
            for (const Section &candidate : std::as_const(lesson.sections))
                ids.append(candidate.id);
            errors.append(
                error(path, 1,
                      QStringLiteral("'%1' matches no section of the lesson (its section ids: %2)")
                          .arg(cppFile, ids.isEmpty() ? QStringLiteral("none") : ids.join(QLatin1String(", ")))));
            continue;
        }
        const std::optional<QByteArray> source = TextFile::read(path, errors);
        if (!source)
            continue;
        section->cpp = CodeMarkers::extract(normalisedLineEndings(*source), Language::Cpp, path, 1, errors);
        if (origin == Lesson::Origin::BuiltIn)
            section->demoExecutable = DemoLocator::demoFor(lesson.id, section->id);
    }
    for (const Section &section : std::as_const(lesson.sections))
        CodeMarkers::checkPairs(section.python, section.cpp, errors);

    if (!errors.isEmpty())
        return std::unexpected(errors);
    qCDebug(lcLesson) << "loaded" << lesson.id << "from" << directory << "with" << lesson.sections.size() << "sections";
    return lesson;
}

} // namespace Duet

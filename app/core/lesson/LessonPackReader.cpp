#include "LessonPackReader.h"

#include "CodeMarkers.h"
#include "DemoLocator.h"
#include "LessonLogging.h"
#include "LessonParser.h"
#include "PackPath.h"
#include "TextFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace Duet
{

namespace
{

/// Reads as the sentence it builds: error(file, line, "what is wrong").
constexpr auto error = &Diagnostic::error;

QString normalisedLineEndings(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/// "a, b, c, … and 31 more": a message names a few ids, not thousands.
QString someIds(const QList<Section> &sections)
{
    constexpr qsizetype shown = 12;
    QStringList ids;
    qsizetype withId = 0;
    for (const Section &section : sections) {
        if (section.id.isEmpty())
            continue;
        if (ids.size() < shown)
            ids.append(section.id);
        ++withId;
    }
    if (ids.isEmpty())
        return QStringLiteral("none");
    QString text = ids.join(QLatin1String(", "));
    if (withId > shown)
        text += QStringLiteral(", … and %1 more").arg(withId - shown);
    return text;
}

/// `cpp/<section>.starter.cpp`: where an exercise of that section starts.
/// Section ids hold no dots, so the name cannot be a section's own program.
constexpr QLatin1StringView starterSuffix(".starter");

/// A starter is shown and compiled as it is: each line its own.
CodeListing starterListing(const QString &text, const QString &path)
{
    CodeListing listing;
    listing.text = text;
    listing.fileName = path;
    const qsizetype lines
        = text.count(QLatin1Char('\n')) + (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? 0 : 1);
    listing.sourceLines.reserve(lines);
    for (int line = 1; line <= lines; ++line)
        listing.sourceLines.append(line);
    return listing;
}

/// Attaches cpp/<section>.cpp and cpp/<section>.starter.cpp to each section.
void readPrograms(Lesson &lesson, const QString &packRoot, Diagnostics &errors)
{
    const QString cppPath = QDir(lesson.directory).filePath(QStringLiteral("cpp"));
    if (!lesson.directory.startsWith(QLatin1Char(':'))) {
        if (!PackPath::exists(cppPath))
            return;
        const auto cpp = PackPath::resolve(cppPath, packRoot);
        if (!cpp) {
            errors.append(error(cppPath, 0, cpp.error()));
            return;
        }
        if (cpp->type != PackPath::Type::Folder) {
            errors.append(error(cppPath, 0,
                                PackPath::describe(cpp->type)
                                    + QStringLiteral("; a pack keeps its C++ programs in a folder named cpp")));
            return;
        }
    }
    QHash<QString, qsizetype> sectionIndex;
    sectionIndex.reserve(lesson.sections.size());
    for (qsizetype index = 0; index < lesson.sections.size(); ++index)
        sectionIndex.insert(lesson.sections.at(index).id, index);

    const QDir cppFolder(cppPath);
    // Every entry named *.cpp counts, so a folder, a pipe or a dangling link
    // with such a name is reported instead of passed over.
    const QStringList cppFiles = cppFolder.entryList(
        {QStringLiteral("*.cpp")}, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &cppFile : cppFiles) {
        const QString path = cppFolder.filePath(cppFile);
        QString sectionId = QFileInfo(cppFile).completeBaseName();
        const bool starter = sectionId.endsWith(starterSuffix);
        if (starter)
            sectionId.chop(starterSuffix.size());
        const auto found = sectionIndex.constFind(sectionId);
        if (found == sectionIndex.cend()) {
            errors.append(error(
                path, 1,
                starter ? QStringLiteral("'%1' is the starter of a section '%2' the lesson does not have (its section "
                                         "ids: %3)")
                              .arg(cppFile, sectionId, someIds(lesson.sections))
                        : QStringLiteral("'%1' matches no section of the lesson (its section ids: %2)")
                              .arg(cppFile, someIds(lesson.sections))));
            continue;
        }
        const std::optional<QByteArray> source = TextFile::read(path, packRoot, errors);
        if (!source)
            continue;
        Section &section = lesson.sections[*found];
        if (starter) {
            section.cppStarter = starterListing(normalisedLineEndings(*source), path);
            continue;
        }
        section.cpp = CodeMarkers::extract(normalisedLineEndings(*source), Language::Cpp, path, 1, errors);
        if (lesson.origin == Lesson::Origin::BuiltIn)
            section.demoExecutable = DemoLocator::demoFor(lesson.id, section.id);
    }
}

} // namespace

std::expected<Lesson, Diagnostics> LessonPackReader::read(const QString &directory, Lesson::Origin origin)
{
    Diagnostics errors;
    const QDir folder(directory);
    const QString manifest = folder.filePath(QStringLiteral("lesson.md"));
    QString packRoot;
    if (origin != Lesson::Origin::BuiltIn) {
        // The pack's own folder bounds what may be read: the learner chose
        // it, links inside it may not leave it.
        const auto root = PackPath::resolve(directory);
        if (!root || root->type != PackPath::Type::Folder) {
            errors.append(error(
                directory, 0, root ? PackPath::describe(root->type) + QStringLiteral(", not a folder") : root.error()));
            return std::unexpected(errors);
        }
        packRoot = root->realPath;
    }
    if (origin == Lesson::Origin::BuiltIn ? !QFileInfo::exists(manifest) : !PackPath::exists(manifest)) {
        errors.append(error(directory, 0, QStringLiteral("not a lesson pack: it has no lesson.md")));
        return std::unexpected(errors);
    }
    const std::optional<QByteArray> content = TextFile::read(manifest, packRoot, errors);
    if (!content)
        return std::unexpected(errors);

    Lesson lesson = LessonParser::parse(*content, manifest, folder.dirName(), errors);
    lesson.origin = origin;
    lesson.directory = directory;
    if (origin == Lesson::Origin::BuiltIn && lesson.id != folder.dirName()) {
        errors.append(error(manifest, std::max(lesson.idLine, 1),
                            QStringLiteral("a built-in lesson's id must be its folder's name '%1', not '%2'")
                                .arg(folder.dirName(), lesson.id)));
    }
    readPrograms(lesson, packRoot, errors);
    for (const Section &section : std::as_const(lesson.sections))
        CodeMarkers::checkPairs(section.python, section.cpp, errors);

    if (!errors.isEmpty())
        return std::unexpected(errors);
    qCDebug(lcLesson) << "loaded" << lesson.id << "from" << directory << "with" << lesson.sections.size() << "sections";
    return lesson;
}

std::expected<Lesson, Diagnostics> LessonPackReader::readFile(const QString &file)
{
    Diagnostics errors;
    const std::optional<QByteArray> content = TextFile::read(file, {}, errors);
    if (!content)
        return std::unexpected(errors);
    Lesson lesson = LessonParser::parse(*content, file, nameOfFile(file), errors);
    lesson.origin = Lesson::Origin::File;
    lesson.directory = QFileInfo(file).absolutePath();
    if (lesson.idLine == 0 && !lesson.id.isEmpty())
        lesson.id += QLatin1Char('-') + pathHash(QFileInfo(file).canonicalFilePath());
    // A single file has no C++ programs, so its region markers pair with
    // nothing; they are taken out of the Python all the same.
    if (!errors.isEmpty())
        return std::unexpected(errors);
    qCDebug(lcLesson) << "loaded" << lesson.id << "from" << file << "with" << lesson.sections.size() << "sections";
    return lesson;
}

QString LessonPackReader::pathHash(const QString &realPath)
{
    return QString::fromLatin1(QCryptographicHash::hash(realPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QString LessonPackReader::nameOfFile(const QString &file)
{
    const QFileInfo info(file);
    QString base = info.completeBaseName();
    if (base.compare(QLatin1String("readme"), Qt::CaseInsensitive) == 0
        || base.compare(QLatin1String("index"), Qt::CaseInsensitive) == 0) {
        const QString folder = info.absoluteDir().dirName();
        if (!folder.isEmpty())
            return folder;
    }
    return base;
}

} // namespace Duet

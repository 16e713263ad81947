// Putting lessons from many sources into one collection: ids stay unique
// (no pack poses as a built-in lesson, two files of one name never share an
// id), the path order holds, and hostile source paths are reported, not
// followed.

#include "SpecialFiles.h"
#include "core/lesson/LessonCollector.h"
#include "core/lesson/LessonPackReader.h"
#include "core/lesson/Slug.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

QString dataPath(const char *relative)
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/") + QLatin1String(relative);
}

QStringList idsOf(const LessonCollection &collection)
{
    QStringList ids;
    for (const Lesson &lesson : collection.lessons)
        ids.append(lesson.id);
    return ids;
}

QString describe(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

LessonSources onlyPaths(const QStringList &paths)
{
    LessonSources sources;
    sources.builtIn = false;
    sources.userFolder = false;
    sources.paths = paths;
    return sources;
}

QByteArray manifest(const QByteArray &frontMatter)
{
    return "---\n" + frontMatter + "---\n\n## A section\n";
}

} // namespace

Q_DECLARE_METATYPE(Duet::Testing::Special)

class TestLessonCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(lesson_advanced_python);
    }

    void sameNamedFilesInDifferentFolders()
    {
        const QString one = dataPath("articles/one/notes.md");
        const QString two = dataPath("articles/two/notes.md");
        const LessonCollection collection = loadLessons(onlyPaths({one, two}));
        QVERIFY2(collection.errors.isEmpty(), qPrintable(describe(collection.errors)));
        const QString idOne = QStringLiteral("notes-") + LessonPackReader::pathHash(QFileInfo(one).canonicalFilePath());
        const QString idTwo = QStringLiteral("notes-") + LessonPackReader::pathHash(QFileInfo(two).canonicalFilePath());
        QVERIFY(idOne != idTwo);
        QVERIFY(isValidLessonId(idOne) && isValidLessonId(idTwo));
        // Sorted by title: "Notes, the first" before "Notes, the second"
        // (Setext-titled).
        QCOMPARE(idsOf(collection), QStringList({idOne, idTwo}));
        QCOMPARE(collection.lessons.at(1).title, QStringLiteral("Notes, the second"));
        // The same ids whatever else is loaded and in which order: edits and
        // progress stay with their file.
        QCOMPARE(idsOf(loadLessons(onlyPaths({two, one}))), QStringList({idOne, idTwo}));
        QCOMPARE(idsOf(loadLessons(onlyPaths({two}))), QStringList({idTwo}));
    }

    void theSameFileLoadsOnce()
    {
        const QString file = dataPath("articles/one/notes.md");
        LessonCollector collector;
        const auto first = collector.addPath(file);
        const auto again = collector.addPath(QStringLiteral(DUET_TEST_DATA_DIR "/articles/one/../one/notes.md"));
        QCOMPARE(again.lessonIds, first.lessonIds);
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(collector.take().lessons.size(), 1);
    }

    void lessonMdStandsForItsPack()
    {
        const LessonCollection collection = loadLessons(onlyPaths({dataPath("packs/good-complete/lesson.md")}));
        QVERIFY2(collection.errors.isEmpty(), qPrintable(describe(collection.errors)));
        QCOMPARE(idsOf(collection), QStringList({QStringLiteral("loops")}));
        QCOMPARE(collection.lessons.constFirst().origin, Lesson::Origin::Folder);
        QVERIFY(collection.lessons.constFirst().sections.constFirst().hasCpp());
    }

    void aPackCannotPoseAsABuiltInLesson_data()
    {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("message");
        QTest::newRow("the same id") << QByteArray("title: Impostor\nid: advanced-python\n")
                                     << QStringLiteral("the lesson id 'advanced-python' is already taken by a "
                                                       "built-in lesson");
        QTest::newRow("the id and a newline")
            << QByteArray("title: Impostor\nid: \"advanced-python\\n\"\n")
            << QStringLiteral("the lesson id 'advanced-python\n' may hold only lowercase letters");
    }

    void aPackCannotPoseAsABuiltInLesson()
    {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, message);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("lesson.md")), manifest(frontMatter)));
        LessonSources sources = onlyPaths({directory.path()});
        sources.builtIn = true;
        const LessonCollection collection = loadLessons(sources);
        // Exactly the built-in lessons, and nothing posing as one of them.
        LessonSources builtInOnly = onlyPaths({});
        builtInOnly.builtIn = true;
        QCOMPARE(idsOf(collection), idsOf(loadLessons(builtInOnly)));
        QVERIFY(idsOf(collection).contains(QStringLiteral("advanced-python")));
        for (const Lesson &lesson : collection.lessons)
            QCOMPARE(lesson.origin, Lesson::Origin::BuiltIn);
        QCOMPARE(collection.errors.size(), 1);
        const Diagnostic &error = collection.errors.constFirst();
        QCOMPARE(error.file, directory.filePath(QStringLiteral("lesson.md")));
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.toString()));
    }

    void derivedIdsOfFoldersStayApart()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(first.isValid() && second.isValid());
        QVERIFY(Testing::writeFile(first.filePath(QStringLiteral("loops/lesson.md")), manifest("title: One\n")));
        QVERIFY(Testing::writeFile(second.filePath(QStringLiteral("loops/lesson.md")), manifest("title: Two\n")));
        const LessonCollection collection = loadLessons(onlyPaths({first.path(), second.path()}));
        QVERIFY2(collection.errors.isEmpty(), qPrintable(describe(collection.errors)));
        const QString realSecond = QFileInfo(second.filePath(QStringLiteral("loops/lesson.md"))).canonicalFilePath();
        QCOMPARE(
            idsOf(collection),
            QStringList({QStringLiteral("loops"), QStringLiteral("loops-") + LessonPackReader::pathHash(realSecond)}));
    }

    void explicitIdsCollideWithAnError()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(
            Testing::writeFile(directory.filePath(QStringLiteral("a/lesson.md")), manifest("title: A\nid: same\n")));
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("b/lesson.md")),
                                   manifest("title: B\ndate: today\nid: same\n")));
        const LessonCollection collection = loadLessons(onlyPaths({directory.path()}));
        QCOMPARE(idsOf(collection), QStringList({QStringLiteral("same")}));
        QCOMPARE(collection.lessons.constFirst().title, QStringLiteral("A"));
        QCOMPARE(collection.errors.size(), 1);
        QCOMPARE(collection.errors.constFirst().toString(),
                 directory.filePath(QStringLiteral("b/lesson.md:4: the lesson id 'same' is already taken by the "
                                                   "lesson in "))
                     + directory.filePath(QStringLiteral("a")));
    }

    void pathOrder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QList<std::pair<QString, QByteArray>> packs {
            {QStringLiteral("p1"), "title: Zebra\norder: 2\n"},  {QStringLiteral("p2"), "title: Yak\norder: 1\n"},
            {QStringLiteral("p3"), "title: beaver\n"},           {QStringLiteral("p4"), "title: Antelope\n"},
            {QStringLiteral("p5"), "title: Xerus\norder: -1\n"},
        };
        for (const auto &[name, frontMatter] : packs)
            QVERIFY(Testing::writeFile(directory.filePath(name + QStringLiteral("/lesson.md")), manifest(frontMatter)));
        const LessonCollection collection = loadLessons(onlyPaths({directory.path()}));
        QVERIFY2(collection.errors.isEmpty(), qPrintable(describe(collection.errors)));
        QStringList titles;
        for (const Lesson &lesson : collection.lessons)
            titles.append(lesson.title);
        QCOMPARE(titles,
                 QStringList({QStringLiteral("Xerus"), QStringLiteral("Yak"), QStringLiteral("Zebra"),
                              QStringLiteral("Antelope"), QStringLiteral("beaver")}));
        QCOMPARE(collection.lessons.constFirst().order, std::optional<int>(-1));
    }

    void hostileSourcePaths_data()
    {
        QTest::addColumn<Testing::Special>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("FIFO") << Testing::Special::Fifo
                              << QStringLiteral("is a named pipe (FIFO), not a Markdown file or a folder");
        QTest::newRow("socket") << Testing::Special::Socket << QStringLiteral("is a socket, not a Markdown file");
        QTest::newRow("device") << Testing::Special::Device << QStringLiteral("is a device, not a Markdown file");
        QTest::newRow("symlink loop") << Testing::Special::SymlinkLoop << QStringLiteral("is a symbolic link loop");
        QTest::newRow("dangling symlink") << Testing::Special::DanglingSymlink
                                          << QStringLiteral("is a symbolic link to something that does not exist");
    }

    void hostileSourcePaths()
    {
        QFETCH(Testing::Special, kind);
        QFETCH(QString, reason);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("article.md"));
        if (const QString problem = Testing::makeSpecial(kind, path); !problem.isEmpty())
            QSKIP(qPrintable(problem));
        LessonCollector collector;
        const LessonCollector::SourceResult result = collector.addPath(path);
        QVERIFY(result.lessonIds.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().file, path);
        QCOMPARE(result.errors.constFirst().line, 0);
        QVERIFY2(result.errors.constFirst().message.startsWith(reason), qPrintable(result.errors.constFirst().message));
        QCOMPARE(collector.take().errors, result.errors);
    }

    void missingAndEmptySources()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString missing = directory.filePath(QStringLiteral("nothing-here.md"));
        const LessonCollection collection = loadLessons(onlyPaths({missing, directory.path()}));
        QCOMPARE(collection.errors.size(), 2);
        QCOMPARE(collection.errors.at(0).toString(), missing + QStringLiteral(": no such file or folder"));
        QVERIFY(collection.errors.at(1).message.startsWith(QLatin1String("holds no lesson")));
    }

    void folderOfPacksWithHostileEntries()
    {
        QTemporaryDir source;
        QTemporaryDir elsewhere;
        QVERIFY(source.isValid() && elsewhere.isValid());
        QVERIFY(Testing::writeFile(source.filePath(QStringLiteral("good/lesson.md")), manifest("title: Good\n")));
        QVERIFY(
            Testing::writeFile(elsewhere.filePath(QStringLiteral("private/lesson.md")), manifest("title: Secret\n")));
        QVERIFY(Testing::writeFile(elsewhere.filePath(QStringLiteral("notes.txt")), "private\n"));
        QVERIFY(Testing::writeFile(source.filePath(QStringLiteral("README.md")), "# Not a lesson\n"));
        const QString out = source.filePath(QStringLiteral("out"));
        const QString loop = source.filePath(QStringLiteral("loop"));
        const QString dangling = source.filePath(QStringLiteral("dangling"));
        QVERIFY(Testing::makeSpecial(Testing::Special::SymlinkOut, out, elsewhere.filePath(QStringLiteral("private")))
                    .isEmpty());
        QVERIFY(Testing::makeSpecial(Testing::Special::SymlinkLoop, loop).isEmpty());
        QVERIFY(Testing::makeSpecial(Testing::Special::DanglingSymlink, dangling).isEmpty());
        // Files beside the packs are never read, whatever they are.
        QVERIFY(Testing::makeSpecial(Testing::Special::Fifo, source.filePath(QStringLiteral("pipe"))).isEmpty());
        QVERIFY(Testing::makeSpecial(Testing::Special::SymlinkOut, source.filePath(QStringLiteral("notes")),
                                     elsewhere.filePath(QStringLiteral("notes.txt")))
                    .isEmpty());

        const LessonCollection collection = loadLessons(onlyPaths({source.path()}));
        QCOMPARE(idsOf(collection), QStringList({QStringLiteral("good")}));
        QStringList problems;
        for (const Diagnostic &error : collection.errors)
            problems.append(error.file + QLatin1Char('|') + error.message.section(QLatin1Char(' '), 0, 5));
        problems.sort();
        QCOMPARE(problems,
                 QStringList({
                     dangling + QStringLiteral("|is a symbolic link to something"),
                     loop + QStringLiteral(".other|is a symbolic link loop"),
                     loop + QStringLiteral("|is a symbolic link loop"),
                     out + QStringLiteral("|is a symbolic link that leads"),
                 }));
    }
};

QTEST_GUILESS_MAIN(TestLessonCollector)
#include "tst_lessoncollector.moc"

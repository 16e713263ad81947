// The library the window opens lessons through at run time: a file or folder
// added, the collection reloaded and announced, a path that holds no lesson
// refused without changing anything.

#include "SpecialFiles.h"
#include "core/lesson/LessonLibrary.h"
#include "core/lesson/LessonPackReader.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

LessonSources noDefaults()
{
    LessonSources sources;
    sources.builtIn = false;
    sources.userFolder = false;
    return sources;
}

QStringList idsOf(const LessonCollection &collection)
{
    QStringList ids;
    for (const Lesson &lesson : collection.lessons)
        ids.append(lesson.id);
    return ids;
}

} // namespace

class TestLessonLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsItsSourcesAtOnce()
    {
        LessonSources sources = noDefaults();
        sources.paths = {QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete")};
        const LessonLibrary library(sources);
        QCOMPARE(idsOf(library.collection()), QStringList({QStringLiteral("loops")}));
        QCOMPARE(library.lessonIdsFrom(sources.paths.constFirst()), QStringList({QStringLiteral("loops")}));
        QVERIFY(library.lessonIdsFrom(QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-fences")).isEmpty());
    }

    void addAFile()
    {
        LessonLibrary library(noDefaults());
        QSignalSpy changed(&library, &LessonLibrary::collectionChanged);
        const QString file = QStringLiteral(DUET_TEST_DATA_DIR "/articles/two/notes.md");
        const auto opened = library.addSource(file);
        QVERIFY(opened.has_value());
        const QString id = QStringLiteral("notes-") + LessonPackReader::pathHash(QFileInfo(file).canonicalFilePath());
        QCOMPARE(*opened, QStringList({id}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(idsOf(library.collection()), QStringList({id}));
        QCOMPARE(library.sources().paths, QStringList({file}));
        QCOMPARE(library.lessonIdsFrom(file), QStringList({id}));

        // Opening it again adds no second source, and reloads.
        const auto again = library.addSource(QStringLiteral(DUET_TEST_DATA_DIR "/articles/two/../two/notes.md"));
        QVERIFY(again.has_value());
        QCOMPARE(*again, QStringList({id}));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(library.sources().paths, QStringList({file}));
    }

    void addAFolderOfPacks()
    {
        LessonLibrary library(noDefaults());
        const auto opened = library.addSource(QStringLiteral(DUET_TEST_DATA_DIR "/packs"));
        QVERIFY(opened.has_value());
        QVERIFY(opened->contains(QStringLiteral("loops")));
        QVERIFY(opened->contains(QStringLiteral("fences")));
        // The broken packs beside the good ones are the collection's problems.
        QVERIFY(library.collection().errors.size() >= 10);
    }

    void aPathWithoutALessonChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("broken front matter")
            << QByteArray("---\ntitle: x\na: &a 1\n---\n") << QStringLiteral(":3: YAML anchors (&a) are not allowed");
        QTest::newRow("a FIFO") << QByteArray() << QStringLiteral(": is a named pipe (FIFO)");
        QTest::newRow("an id that is taken")
            << QByteArray("---\nid: loops\n---\n# Another loops\n")
            << QStringLiteral(":2: the lesson id 'loops' is already taken by the lesson in");
    }

    void aPathWithoutALessonChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("article.md"));
        if (content.isEmpty())
            QVERIFY(Testing::makeSpecial(Testing::Special::Fifo, path).isEmpty());
        else
            QVERIFY(Testing::writeFile(path, content));

        LessonSources sources = noDefaults();
        sources.paths = {QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete")};
        LessonLibrary library(sources);
        QSignalSpy changed(&library, &LessonLibrary::collectionChanged);
        const auto opened = library.addSource(path);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().size(), 1);
        QVERIFY2(opened.error().constFirst().toString().startsWith(path + reason),
                 qPrintable(opened.error().constFirst().toString()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(library.sources().paths, sources.paths);
        QCOMPARE(idsOf(library.collection()), QStringList({QStringLiteral("loops")}));
        QVERIFY(library.collection().errors.isEmpty());
    }

    void reloadReadsTheFilesAgain()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("draft.md"));
        QVERIFY(Testing::writeFile(path, "# First draft\n\n## One\n"));
        LessonLibrary library(noDefaults());
        const auto opened = library.addSource(path);
        QVERIFY(opened.has_value());
        QCOMPARE(library.collection().lessons.constFirst().title, QStringLiteral("First draft"));

        QVERIFY(Testing::writeFile(path, "# Second draft\n\n## One\n\n## Two\n"));
        QSignalSpy changed(&library, &LessonLibrary::collectionChanged);
        library.reload();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(library.collection().lessons.constFirst().title, QStringLiteral("Second draft"));
        QCOMPARE(library.collection().lessons.constFirst().sections.size(), 2);
        // The id follows the file, not its content.
        QCOMPARE(library.lessonIdsFrom(path), *opened);
    }
};

QTEST_GUILESS_MAIN(TestLessonLibrary)
#include "tst_lessonlibrary.moc"

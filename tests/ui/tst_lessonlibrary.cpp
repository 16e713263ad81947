// Lessons the learner opens in the window: a pack's lesson.md stands for its
// folder, anything but a Markdown file or a folder is refused with a reason,
// opened lessons are remembered, and one that disappeared is forgotten with a
// note instead of an error at every start.

#include "ui/LessonLibrary.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

const QString goodPack = QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete");

LessonSources nothingElse()
{
    return {false, false, {}};
}

} // namespace

class TestLessonLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QSettings().clear(); }

    void opensAPackByItsLessonFile()
    {
        LessonLibrary library(nothingElse());
        QVERIFY(library.load().lessons.isEmpty());
        QVERIFY(library.open(goodPack + QStringLiteral("/lesson.md")));
        QCOMPARE(library.openedPaths(), QStringList {goodPack});
        // Opening it again, by its folder, adds nothing.
        QVERIFY(library.open(goodPack));
        QCOMPARE(library.openedPaths().size(), 1);
        const LessonCollection loaded = library.load();
        QCOMPARE(loaded.lessons.size(), 1);
        QCOMPARE(loaded.lessons.constFirst().id, QStringLiteral("loops"));
        QVERIFY(LessonLibrary::isFrom(loaded.lessons.constFirst(), goodPack + QStringLiteral("/lesson.md")));
        QVERIFY(LessonLibrary::isFrom(loaded.lessons.constFirst(), goodPack));
    }

    void refusesWhatCannotBeALesson()
    {
        LessonLibrary library(nothingElse());
        const auto program = library.open(QStringLiteral(DUET_TEST_DATA_DIR "/programs/greeting.cpp"));
        QVERIFY(!program);
        QVERIFY(program.error().contains(QLatin1String("greeting.cpp")));
        const auto missing = library.open(QStringLiteral("/no/such/lesson.md"));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QLatin1String("does not exist")));
        QVERIFY(library.openedPaths().isEmpty());
    }

    void remembersAcrossRestartsAndForgetsWhatIsGone()
    {
        QTemporaryDir directory;
        const QString copy = directory.filePath(QStringLiteral("loops"));
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/cpp")));
        QVERIFY(QFile::copy(goodPack + QStringLiteral("/lesson.md"), copy + QStringLiteral("/lesson.md")));
        QVERIFY(QFile::copy(goodPack + QStringLiteral("/cpp/counting-up.cpp"),
                            copy + QStringLiteral("/cpp/counting-up.cpp")));
        {
            LessonLibrary library(nothingElse());
            QVERIFY(library.open(copy));
        }
        LessonLibrary restarted(nothingElse());
        QCOMPARE(restarted.openedPaths(), QStringList {copy});
        QCOMPARE(restarted.load().lessons.size(), 1);

        QVERIFY(QDir(copy).removeRecursively());
        const LessonCollection loaded = restarted.load();
        QVERIFY(loaded.lessons.isEmpty());
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(loaded.errors.constFirst().file, copy);
        QVERIFY(restarted.openedPaths().isEmpty());
        QVERIFY(LessonLibrary(nothingElse()).openedPaths().isEmpty());
    }
};

QTEST_MAIN(TestLessonLibrary)
#include "tst_lessonlibrary.moc"

// The learner's exercises on disk and in the settings: attempts written and
// read back, kept apart from ordinary edits; which sections the learner
// tries themselves; hints revealed one at a time; solved state kept.

#include "core/edit/EditStore.h"
#include "core/exercise/ExerciseStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

Lesson sampleLesson()
{
    Lesson lesson;
    lesson.id = QStringLiteral("lesson");
    Section open;
    open.id = QStringLiteral("open");
    open.python.text = QStringLiteral("print('open')\n");
    open.hints = {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
    Section builtIn;
    builtIn.id = QStringLiteral("built-in");
    builtIn.python.text = QStringLiteral("print('both')\n");
    builtIn.cpp.text = QStringLiteral("#include <print>\nint main() { std::println(\"both\"); }\n");
    Section prose;
    prose.id = QStringLiteral("prose");
    lesson.sections = {open, builtIn, prose};
    return lesson;
}

} // namespace

class TestExerciseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void defaultFolderIsBesideTheEdits()
    {
        const ExerciseStore store;
        const EditStore edits;
        QCOMPARE(QFileInfo(store.directory()).fileName(), QStringLiteral("exercises"));
        QCOMPARE(QFileInfo(store.directory()).absolutePath(), QFileInfo(edits.directory()).absolutePath());
        QVERIFY(store.directory() != edits.directory());
    }

    void attemptRoundTrip()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ExerciseStore store(directory.filePath(QStringLiteral("exercises")));
        QVERIFY(!store.attempt(u"lesson", u"open"));
        const QString mine = QStringLiteral("#include <print>\nint main() { std::println(\"open\"); } // café\n");
        QVERIFY(store.saveAttempt(u"lesson", u"open", mine));
        QCOMPARE(store.attempt(u"lesson", u"open"), mine);
        QVERIFY(QFileInfo::exists(directory.filePath(QStringLiteral("exercises/lesson/open.cpp"))));

        // A second store over the same folder, as after a restart.
        const ExerciseStore reopened(directory.filePath(QStringLiteral("exercises")));
        const Lesson lesson = sampleLesson();
        const Exercise exercise = reopened.exercise(lesson, lesson.sections.at(0));
        QCOMPARE(exercise.attempt, mine);
        QCOMPARE(exercise.program(), mine);

        QVERIFY(store.removeAttempt(u"lesson", u"open"));
        QVERIFY(!store.attempt(u"lesson", u"open"));
        QCOMPARE(reopened.exercise(lesson, lesson.sections.at(0)).program(), Exercise::defaultStarter().text);
        QVERIFY(store.removeAttempt(u"lesson", u"open"));
    }

    void attemptsAndEditsStayApart()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        // The same layout as the defaults: edits/ and exercises/ side by side.
        EditStore edits(directory.filePath(QStringLiteral("edits")));
        ExerciseStore store(directory.filePath(QStringLiteral("exercises")));
        const QString edited = QStringLiteral("int main() { return 1; }\n");
        const QString attempt = QStringLiteral("int main() { return 2; }\n");
        QVERIFY(edits.save(u"lesson", u"built-in", Language::Cpp, edited));
        QVERIFY(store.saveAttempt(u"lesson", u"built-in", attempt));
        QCOMPARE(edits.load(u"lesson", u"built-in", Language::Cpp), edited);
        QCOMPARE(store.attempt(u"lesson", u"built-in"), attempt);

        // Reverting the edit leaves the attempt; starting the attempt over leaves the edit.
        QVERIFY(edits.remove(u"lesson", u"built-in", Language::Cpp));
        QCOMPARE(store.attempt(u"lesson", u"built-in"), attempt);
        QVERIFY(edits.save(u"lesson", u"built-in", Language::Cpp, edited));
        QVERIFY(store.removeAttempt(u"lesson", u"built-in"));
        QCOMPARE(edits.load(u"lesson", u"built-in", Language::Cpp), edited);
    }

    void attemptThatCannotBeWrittenSaysWhere()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        // A file where the lesson's folder should be: nothing can be written under it.
        const QString root = directory.filePath(QStringLiteral("exercises"));
        QVERIFY(QDir().mkpath(root));
        QFile blocker(root + QStringLiteral("/lesson"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExerciseStore store(root);
        const auto saved = store.saveAttempt(u"lesson", u"open", QStringLiteral("int main() {}\n"));
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(root + QStringLiteral("/lesson")), qPrintable(saved.error()));
        QVERIFY(!store.attempt(u"lesson", u"open"));
    }

    void whichSectionsAreExercises()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ExerciseStore store(directory.path());
        const Lesson lesson = sampleLesson();
        QCOMPARE(store.exercise(lesson, lesson.sections.at(0)).kind, Exercise::Kind::Open);
        QCOMPARE(store.exercise(lesson, lesson.sections.at(1)).kind, Exercise::Kind::None);
        QCOMPARE(store.exercise(lesson, lesson.sections.at(2)).kind, Exercise::Kind::None);

        store.setTrying(u"lesson", u"built-in", true);
        QVERIFY(store.isTrying(u"lesson", u"built-in"));
        const Exercise trying = store.exercise(lesson, lesson.sections.at(1));
        QCOMPARE(trying.kind, Exercise::Kind::TryingItYourself);
        // The lesson's C++ is not what the learner starts from.
        QCOMPARE(trying.program(), Exercise::defaultStarter().text);
        // A section without Python cannot be tried: nothing to check it against.
        store.setTrying(u"lesson", u"prose", true);
        QCOMPARE(store.exercise(lesson, lesson.sections.at(2)).kind, Exercise::Kind::None);

        // Stopping keeps the attempt for the next try.
        QVERIFY(store.saveAttempt(u"lesson", u"built-in", QStringLiteral("// mine\n")));
        store.setTrying(u"lesson", u"built-in", false);
        QCOMPARE(store.exercise(lesson, lesson.sections.at(1)).kind, Exercise::Kind::None);
        store.setTrying(u"lesson", u"built-in", true);
        QCOMPARE(store.exercise(lesson, lesson.sections.at(1)).program(), QStringLiteral("// mine\n"));
    }

    void hintsAreRevealedOneAtATime()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ExerciseStore store(directory.path());
        const Lesson lesson = sampleLesson();
        const Section &open = lesson.sections.at(0);
        QCOMPARE(store.exercise(lesson, open).revealedHints, 0);
        QVERIFY(store.exercise(lesson, open).shownHints().isEmpty());
        QCOMPARE(store.revealNextHint(u"lesson", u"open", 3), 1);
        QCOMPARE(store.exercise(lesson, open).shownHints(), QStringList({QStringLiteral("first")}));
        QCOMPARE(store.revealNextHint(u"lesson", u"open", 3), 2);
        QCOMPARE(store.revealNextHint(u"lesson", u"open", 3), 3);
        // There is no fourth.
        QCOMPARE(store.revealNextHint(u"lesson", u"open", 3), 3);
        QCOMPARE(store.exercise(lesson, open).shownHints(), open.hints);
        QVERIFY(!store.exercise(lesson, open).hasHiddenHints());

        // A pack that now has fewer hints shows the ones it has.
        Section fewer = open;
        fewer.hints.removeLast();
        QCOMPARE(store.exercise(lesson, fewer).revealedHints, 2);
        // Other sections keep their own count.
        QCOMPARE(store.revealedHints(u"lesson", u"built-in"), 0);
    }

    void solvedIsKept()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Lesson lesson = sampleLesson();
        {
            ExerciseStore store(directory.path());
            QVERIFY(!store.exercise(lesson, lesson.sections.at(0)).solved);
            store.markSolved(u"lesson", u"open");
            QVERIFY(store.isSolved(u"lesson", u"open"));
            QVERIFY(!store.isSolved(u"lesson", u"built-in"));
        }
        // With the progress, in the settings: there after a restart.
        QSettings().sync();
        const ExerciseStore reopened(directory.path());
        QVERIFY(reopened.exercise(lesson, lesson.sections.at(0)).solved);
        QVERIFY(QSettings().contains(QStringLiteral("exercises/lesson|open/solved")));
    }
};

QTEST_GUILESS_MAIN(TestExerciseStore)
#include "tst_exercisestore.moc"

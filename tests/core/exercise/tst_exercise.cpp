// A section as an exercise: which sections are ones, where the learner
// starts (the pack's starter or the default), and what the pane shows.

#include "core/exercise/Exercise.h"
#include "core/lesson/LessonPackReader.h"

#include <QStandardPaths>
#include <QTest>

using namespace Duet;

namespace
{

std::expected<Lesson, Diagnostics> firstSteps()
{
    return LessonPackReader::read(QStringLiteral(DUET_TEST_DATA_DIR "/exercises/packs/first-steps"),
                                  Lesson::Origin::Folder);
}

} // namespace

class TestExercise : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultStarterIsAnEmptyMainThatPrints()
    {
        const CodeListing starter = Exercise::defaultStarter();
        QCOMPARE(starter.text, QStringLiteral("#include <print>\n\nint main()\n{\n}\n"));
        QCOMPARE(starter.sourceLines.size(), starter.text.count(QLatin1Char('\n')));
        QVERIFY(starter.regions.isEmpty());
        // Where a pack ships no starter, every section starts there.
        Section section;
        section.python.text = QStringLiteral("print(1)\n");
        QCOMPARE(Exercise::starterFor(section).text, starter.text);
    }

    void packStarterWins()
    {
        const auto lesson = firstSteps();
        QVERIFY2(lesson, lesson ? "" : qPrintable(lesson.error().constFirst().toString()));
        const Section *greeting = lesson->section(u"greeting");
        QVERIFY(greeting);
        const CodeListing starter = Exercise::starterFor(*greeting);
        QVERIFY(starter.text.contains(QLatin1String("const std::string name = \"Duet\";")));
        QVERIFY(starter.fileName.endsWith(QLatin1String("first-steps/cpp/greeting.starter.cpp")));
        const Section *squares = lesson->section(u"squares");
        QVERIFY(squares);
        QCOMPARE(Exercise::starterFor(*squares).text, Exercise::defaultStarter().text);
    }

    void whichSectionsAreExercises_data()
    {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("cpp");
        QTest::addColumn<bool>("canBe");
        QTest::addColumn<bool>("open");
        const QString python = QStringLiteral("print(1)\n");
        const QString cpp = QStringLiteral("int main() {}\n");
        QTest::newRow("Python only: an exercise by itself") << python << QString() << true << true;
        QTest::newRow("both: one when the learner tries it") << python << cpp << true << false;
        QTest::newRow("C++ only: nothing to check against") << QString() << cpp << false << false;
        QTest::newRow("prose only") << QString() << QString() << false << false;
    }

    void whichSectionsAreExercises()
    {
        QFETCH(QString, python);
        QFETCH(QString, cpp);
        QFETCH(bool, canBe);
        QFETCH(bool, open);
        Section section;
        section.python.text = python;
        section.cpp.text = cpp;
        QCOMPARE(Exercise::canBeExercise(section), canBe);
        QCOMPARE(Exercise::isOpen(section), open);
    }

    void programIsTheAttemptElseTheStarter()
    {
        Exercise exercise;
        exercise.starter = Exercise::defaultStarter();
        QCOMPARE(exercise.program(), exercise.starter.text);
        exercise.attempt = QStringLiteral("int main() { return 0; }\n");
        QCOMPARE(exercise.program(), QStringLiteral("int main() { return 0; }\n"));
        // An attempt the learner emptied is still theirs.
        exercise.attempt = QString();
        QCOMPARE(exercise.program(), QString());
    }

    void hintsAreShownFromTheFirst()
    {
        Exercise exercise;
        exercise.hints = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
        QVERIFY(exercise.shownHints().isEmpty());
        QVERIFY(exercise.hasHiddenHints());
        exercise.revealedHints = 2;
        QCOMPARE(exercise.shownHints(), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
        exercise.revealedHints = 3;
        QVERIFY(!exercise.hasHiddenHints());
    }
};

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"

// Solving an exercise, on real runs through RunSession: the learner's C++
// compiled and run beside the lesson's Python. Matching output solves it, a
// different output or a failing program does not, a line the section lets
// vary still solves it, and an edited Python or a run of one language
// checks nothing.

#include "core/exercise/Exercise.h"
#include "core/exercise/ExerciseCheck.h"
#include "core/lesson/LessonPackReader.h"
#include "core/run/RunSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

Q_DECLARE_METATYPE(Duet::RunOutcome)
Q_DECLARE_METATYPE(Duet::ExerciseCheck::Result)

namespace
{

QString solution(const QString &name)
{
    QFile file(QStringLiteral(DUET_TEST_DATA_DIR "/exercises/solutions/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Both languages once, without start-up runs: what a check needs.
RunPlan comparison()
{
    return {.python = true, .cpp = true, .repeat = 1, .measureStartup = false};
}

} // namespace

class TestExerciseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunOutcome>();
        const auto lesson = LessonPackReader::read(QStringLiteral(DUET_TEST_DATA_DIR "/exercises/packs/first-steps"),
                                                   Lesson::Origin::Folder);
        QVERIFY2(lesson, lesson ? "" : qPrintable(lesson.error().constFirst().toString()));
        m_lesson = *lesson;
    }

    void judge_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("pythonEdited");
        QTest::addColumn<ExerciseCheck::Result>("expected");
        QTest::newRow("same output: solved")
            << "squares" << solution(QStringLiteral("squares.cpp")) << false << ExerciseCheck::Result::Solved;
        QTest::newRow("one line short: not solved") << "squares" << solution(QStringLiteral("squares-off-by-one.cpp"))
                                                    << false << ExerciseCheck::Result::OutputsDiffer;
        QTest::newRow("a varying line still solves")
            << "timing" << solution(QStringLiteral("timing.cpp")) << false << ExerciseCheck::Result::Solved;
        QTest::newRow("the starter prints nothing")
            << "greeting" << Exercise::starterFor(*m_lesson.section(u"greeting")).text << false
            << ExerciseCheck::Result::OutputsDiffer;
        QTest::newRow("does not compile")
            << "greeting" << QStringLiteral("int main() { return x; }\n") << false << ExerciseCheck::Result::CppFailed;
        QTest::newRow("fails at run time")
            << "greeting"
            << QStringLiteral("#include <print>\nint main() { std::println(\"Hello, Duet!\"); return 1; }\n") << false
            << ExerciseCheck::Result::CppFailed;
        QTest::newRow("an edited Python proves nothing")
            << "greeting" << solution(QStringLiteral("greeting.cpp")) << true << ExerciseCheck::Result::PythonEdited;
    }

    void judge()
    {
        QFETCH(QString, section);
        QFETCH(QString, program);
        QFETCH(bool, pythonEdited);
        QFETCH(ExerciseCheck::Result, expected);
        QVERIFY(!program.isEmpty());
        const Section *exercise = m_lesson.section(section);
        QVERIFY(exercise);

        RunRequest request;
        request.section = *exercise;
        request.address = m_lesson.address(*exercise);
        request.python = {exercise->python.text, pythonEdited};
        request.cpp = {program, true};
        request.plan = comparison();
        const RunOutcome outcome = run(request);
        QVERIFY2(!outcome.address.isEmpty(), "the run did not finish");
        if (expected == ExerciseCheck::Result::Solved) {
            QVERIFY2(outcome.passed(), qPrintable(outcome.cpp.output()));
            // The varying row is the proof that the patterns were honoured.
            QCOMPARE(outcome.diff->varyingCount() > 0, section == QLatin1String("timing"));
        }
        QCOMPARE(ExerciseCheck::judge(request, outcome), expected);
        QVERIFY(!ExerciseCheck::describe(ExerciseCheck::judge(request, outcome)).isEmpty());
    }

    void oneLanguageChecksNothing()
    {
        const Section *squares = m_lesson.section(u"squares");
        QVERIFY(squares);
        RunRequest request;
        request.section = *squares;
        request.address = m_lesson.address(*squares);
        request.python = {squares->python.text, false};
        request.cpp = {solution(QStringLiteral("squares.cpp")), true};
        request.plan = RunPlan::single(Language::Cpp);
        const RunOutcome outcome = run(request);
        QVERIFY(outcome.cpp.succeeded());
        QCOMPARE(ExerciseCheck::judge(request, outcome), ExerciseCheck::Result::NotCompared);
    }

    void solvedSaysSoPlainly()
    {
        QCOMPARE(ExerciseCheck::describe(ExerciseCheck::Result::Solved),
                 QStringLiteral("Solved: your C++ prints what the Python prints."));
    }

private:
    static RunOutcome run(const RunRequest &request)
    {
        RunSession session;
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request);
        if (!finished.wait(120'000))
            return {};
        return finished.constFirst().constFirst().value<RunOutcome>();
    }

    Lesson m_lesson;
};

QTEST_GUILESS_MAIN(TestExerciseCheck)
#include "tst_exercisecheck.moc"

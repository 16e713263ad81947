// RunSession on real processes: the plan's interleaving, statistics and
// verdicts, failures that still run both languages, cancellation, output
// streamed as it is printed and kept past an abort, and UTF-8 split across
// reads.

#include "core/run/RunSession.h"
#include "core/run/StartupBaseline.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Duet;

Q_DECLARE_METATYPE(Duet::RunOutcome)

namespace
{

QString testProgram(const char *name)
{
    return QStringLiteral(DUET_TEST_PROGRAM_DIR "/") + QLatin1String(name);
}

RunRequest request(const QString &python, const char *demo, RunPlan plan)
{
    RunRequest request;
    request.section.id = QStringLiteral("session");
    request.section.python.text = python;
    request.section.cpp.text = QStringLiteral("int main() {}\n");
    request.section.demoExecutable = testProgram(demo);
    request.address = QStringLiteral("tests/session");
    request.python = {python, false};
    request.cpp = {request.section.cpp.text, false};
    request.plan = plan;
    return request;
}

struct Step {
    Language language;
    RunSession::RunKind kind;
    int round;
    friend bool operator==(const Step &, const Step &) = default;
};

RunOutcome runToEnd(RunSession &session, const RunRequest &request, QList<Step> *steps = nullptr)
{
    QSignalSpy finished(&session, &RunSession::finished);
    if (steps) {
        QObject::connect(&session, &RunSession::runStarted, &session,
                         [steps](Language language, RunSession::RunKind kind, int round) {
                             steps->append({language, kind, round});
                         });
    }
    session.start(request);
    if (!finished.wait(60'000))
        return {};
    return finished.constFirst().constFirst().value<RunOutcome>();
}

const QString greeting = QStringLiteral("print('hello')\nprint('world')\n");

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunOutcome>();
        QVERIFY2(StartupBaseline::isAvailable(Language::Cpp), "the empty C++ program is not built");
    }

    void roundsInterleaveBothLanguagesAndTheirStartup()
    {
        RunSession session;
        QList<Step> steps;
        const RunOutcome outcome = runToEnd(session, request(greeting, "greeting", RunPlan::both(3)), &steps);
        using Kind = RunSession::RunKind;
        QList<Step> expected;
        for (int round = 0; round < 3; ++round) {
            expected += {{Language::Python, Kind::Startup, round},
                         {Language::Python, Kind::Program, round},
                         {Language::Cpp, Kind::Startup, round},
                         {Language::Cpp, Kind::Program, round}};
        }
        QCOMPARE(steps, expected);
        QCOMPARE(outcome.python.runs.size(), 3);
        QCOMPARE(outcome.cpp.runs.size(), 3);
        QCOMPARE(outcome.python.startupRuns.size(), 3);
        QCOMPARE(outcome.cpp.startupRuns.size(), 3);
        QCOMPARE(outcome.python.status, LanguageOutcome::Status::Succeeded);
        QCOMPARE(outcome.cpp.status, LanguageOutcome::Status::Succeeded);
        QCOMPARE(outcome.python.output(), QStringLiteral("hello\nworld\n"));
        QCOMPARE(outcome.cpp.output(), QStringLiteral("hello\nworld\n"));
        // Only the first run keeps its output; the rest are for timing.
        QVERIFY(outcome.cpp.runs.at(1).standardOutput.isEmpty());
        QVERIFY(outcome.diff && outcome.diff->agrees());
        QVERIFY(outcome.verdict);
        QVERIFY(outcome.passed());
        QCOMPARE(outcome.python.wall().count, 3);
        QVERIFY(outcome.python.wall().median > 0);
        QVERIFY(outcome.python.startupWall().median > 0);
        QCOMPARE(outcome.cpp.compile->outcome, CompileReport::Outcome::Prebuilt);
    }

    void aSingleRunMeasuresNoStartup()
    {
        RunSession session;
        const RunOutcome outcome = runToEnd(session, request(greeting, "greeting", RunPlan::single(Language::Cpp)));
        QCOMPARE(outcome.cpp.runs.size(), 1);
        QVERIFY(outcome.cpp.startupRuns.isEmpty());
        QCOMPARE(outcome.python.status, LanguageOutcome::Status::NotRun);
        QVERIFY(!outcome.verdict);
        QVERIFY(!outcome.diff);
    }

    void differentOutputsGiveNoSpeedVerdict()
    {
        RunSession session;
        const RunOutcome outcome = runToEnd(
            session, request(QStringLiteral("print('hello')\nprint('there')\n"), "greeting", RunPlan::both(3)));
        QVERIFY(outcome.diff);
        QCOMPARE(outcome.diff->differenceCount(), 1);
        QCOMPARE(outcome.verdict->kind, Verdict::Kind::OutputsDiffer);
        QVERIFY(!outcome.passed());
    }

    void aFailureEndsTheRoundsButBothLanguagesRun()
    {
        RunSession session;
        const RunOutcome outcome = runToEnd(
            session,
            request(QStringLiteral("import sys\nprint('partial')\nsys.exit(2)\n"), "greeting", RunPlan::both(5)));
        QCOMPARE(outcome.python.status, LanguageOutcome::Status::Failed);
        QCOMPARE(outcome.python.runs.size(), 1);
        QCOMPARE(outcome.python.runs.constFirst().exitCode, 2);
        // The C++ still ran, once, to be seen.
        QCOMPARE(outcome.cpp.status, LanguageOutcome::Status::Succeeded);
        QCOMPARE(outcome.cpp.runs.size(), 1);
        QCOMPARE(outcome.verdict->kind, Verdict::Kind::Failed);
        QVERIFY(outcome.verdict->text.contains(QLatin1String("exit code 2")));
    }

    void aCompileFailureStillRunsThePython()
    {
        RunRequest broken = request(greeting, "greeting", RunPlan::both(5));
        broken.cpp = {QStringLiteral("#include <cstdio>\n\nint main()\n{\n    std::puts(\"x\") oops\n}\n"), true};
        RunSession session;
        const RunOutcome outcome = runToEnd(session, broken);
        QCOMPARE(outcome.cpp.status, LanguageOutcome::Status::CompileFailed);
        QCOMPARE(outcome.cpp.compile->outcome, CompileReport::Outcome::Failed);
        QVERIFY(!outcome.cpp.compile->diagnostics.isEmpty());
        QCOMPARE(outcome.cpp.compile->diagnostics.constFirst().displayedLine, 5);
        QVERIFY(outcome.cpp.compile->markedCount() > 0);
        QCOMPARE(outcome.python.runs.size(), 1);
        QCOMPARE(outcome.python.status, LanguageOutcome::Status::Succeeded);
        QCOMPARE(outcome.verdict->kind, Verdict::Kind::Failed);
    }

    void stopCancelsAndFinishesOnce()
    {
        RunSession session;
        QSignalSpy finished(&session, &RunSession::finished);
        QSignalSpy started(&session, &RunSession::runStarted);
        session.start(request(greeting, "forever", RunPlan::single(Language::Cpp, 3)));
        QVERIFY(started.wait(10'000));
        session.stop();
        QVERIFY(finished.wait(10'000));
        const auto outcome = finished.constFirst().constFirst().value<RunOutcome>();
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.cpp.status, LanguageOutcome::Status::Cancelled);
        QVERIFY(!session.isRunning());
        // Nothing more arrives afterwards.
        QVERIFY(!finished.wait(300));
        QCOMPARE(finished.count(), 1);
    }

    void destroyingASessionSilencesIt()
    {
        auto *session = new RunSession;
        QSignalSpy finished(session, &RunSession::finished);
        QSignalSpy started(session, &RunSession::runStarted);
        session->start(request(greeting, "forever", RunPlan::single(Language::Cpp)));
        QVERIFY(started.wait(10'000));
        delete session;
        QCOMPARE(finished.count(), 0);
    }

    void outputStreamsAndSurvivesAnAbort_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("C++") << Language::Cpp;
        QTest::newRow("Python") << Language::Python;
    }

    void outputStreamsAndSurvivesAnAbort()
    {
        QFETCH(Language, language);
        const QString python = QStringLiteral("import os, time\nprint('one')\nprint('two')\nprint('three')\n"
                                              "time.sleep(3)\nos.abort()\n");
        RunSession session;
        QString received;
        connect(&session, &RunSession::outputReceived, this,
                [&received](Language, const QString &text, bool standardError) {
                    if (!standardError)
                        received += text;
                });
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request(python, "print-then-abort", RunPlan::single(language)));
        // The lines arrive while the program is still sleeping before its abort.
        QTRY_COMPARE_WITH_TIMEOUT(received, QStringLiteral("one\ntwo\nthree\n"), 10'000);
        QVERIFY(session.isRunning());
        QVERIFY(finished.wait(20'000));
        const auto outcome = finished.constFirst().constFirst().value<RunOutcome>();
        const RunResult &run = outcome.of(language).runs.constFirst();
        QCOMPARE(run.ending, RunResult::Ending::Signalled);
        QCOMPARE(run.signal, SIGABRT);
        QCOMPARE(run.standardOutput, QByteArray("one\ntwo\nthree\n"));
    }

    void utf8SplitAcrossReadsIsDecodedWhole()
    {
        RunSession session;
        QString received;
        connect(&session, &RunSession::outputReceived, this,
                [&received](Language, const QString &text, bool) { received += text; });
        const RunOutcome outcome = runToEnd(session, request(greeting, "split-utf8", RunPlan::single(Language::Cpp)));
        QCOMPARE(outcome.cpp.status, LanguageOutcome::Status::Succeeded);
        QCOMPARE(received, QStringLiteral("café\n"));
        QVERIFY(!received.contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"

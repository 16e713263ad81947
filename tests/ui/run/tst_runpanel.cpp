// The run area on real processes: Run both and its comparison, Run ×N,
// compiler diagnostics for edited code, and a window that stays responsive.

#include "core/lesson/LessonLoader.h"
#include "core/run/ProgramCompiler.h"
#include "ui/CodePane.h"
#include "ui/ThemeColours.h"
#include "ui/highlighting/SyntaxRepository.h"

#include "ui/run/ComparisonView.h"
#include "ui/run/OutputView.h"
#include "ui/run/RunPanel.h"
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Duet;

namespace
{

QString testProgram(const char *name)
{
    return QStringLiteral(DUET_TEST_PROGRAM_DIR "/") + QLatin1String(name);
}

Section section(const QString &python, const QString &demo)
{
    Section result;
    result.id = QStringLiteral("greeting");
    result.title = QStringLiteral("Greeting");
    result.python.text = python;
    result.cpp.text = QStringLiteral("int main() {}\n");
    result.cpp.fileName = QStringLiteral("cpp/greeting.cpp");
    result.demoExecutable = demo;
    return result;
}

Lesson lesson()
{
    Lesson result;
    result.id = QStringLiteral("tests");
    result.title = QStringLiteral("Tests");
    return result;
}

} // namespace

class TestRunPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runBothComparesMatchingOutputs()
    {
        RunPanel panel;
        panel.setSection(lesson(),
                         section(QStringLiteral("print('hello')\nprint('world')\n"), testProgram("greeting")));
        QVERIFY(panel.runBothAction()->isEnabled());
        panel.setRepeatCount(3);
        panel.runBothAction()->trigger();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(panel.comparisonView()->outputSummary(), QStringLiteral("The outputs match."));
        QVERIFY(panel.comparisonView()->differingRows().isEmpty());
        // Three rounds of each, start-up timed beside them, and a verdict in the status.
        const RunOutcome *outcome = panel.lastOutcome();
        QVERIFY(outcome && outcome->verdict);
        QCOMPARE(outcome->python.runs.size(), 3);
        QCOMPARE(outcome->cpp.startupRuns.size(), 3);
        QCOMPARE(panel.statusText(), QStringLiteral("Python and C++ ×3: the outputs match."));
        QCOMPARE(panel.comparisonView()->verdictText(), outcome->verdict->text);
    }

    void runBothMarksDifferences()
    {
        RunPanel panel;
        panel.setSection(lesson(),
                         section(QStringLiteral("print('hello')\nprint('there')\n"), testProgram("greeting")));
        panel.setRepeatCount(1);
        panel.runBothAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(panel.comparisonView()->differingRows(), QList<int>({1}));
        QVERIFY(panel.comparisonView()->outputSummary().startsWith(QLatin1String("The outputs differ")));
        QVERIFY(!panel.statusText().contains(QLatin1String("faster")));
    }

    void runRepeatedReportsStatistics()
    {
        RunPanel panel;
        panel.setSection(lesson(), section(QString(), testProgram("greeting")));
        panel.setRepeatCount(3);
        QSignalSpy ran(&panel, &RunPanel::sectionRan);
        panel.runRepeatedAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(ran.count(), 1);
        QCOMPARE(panel.lastOutcome()->cpp.runs.size(), 3);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("C++ ×3: wall median ")), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("start-up median")));
    }

    void staysResponsiveAndStops()
    {
        RunPanel panel;
        panel.setSection(lesson(), section(QString(), testProgram("forever")));
        panel.runCppAction()->trigger();
        QVERIFY(panel.isRunning());
        // The event loop keeps turning while the program runs.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QVERIFY(ticks.wait(2000));
        QVERIFY(ticks.wait(2000));
        QVERIFY(panel.isRunning());
        QVERIFY(panel.stopAction()->isEnabled());
        panel.stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 5000);
        QVERIFY2(panel.statusText().contains(QStringLiteral("Stopped")), qPrintable(panel.statusText()));
    }

    void editedCodeWithAnErrorIsMarkedOnItsLine()
    {
        RunPanel panel;
        panel.setSection(lesson(), section(QString(), testProgram("greeting")));
        CodePane pane(Language::Cpp);
        connect(&panel, &RunPanel::diagnosticsChanged, &pane,
                [&pane](Language, const Diagnostics &diagnostics) { pane.setDiagnostics(diagnostics); });
        const QString broken = QStringLiteral("#include <cstdio>\n\nint main()\n{\n    std::puts(\"x\") oops\n}\n");
        pane.setListing({});
        pane.setEditedText(broken);
        QSignalSpy diagnostics(&panel, &RunPanel::diagnosticsChanged);
        panel.setProgramText(Language::Cpp, broken, true);
        panel.runCppAction()->trigger();
        // The status names the compiler, which is part of what a timing means.
        QCOMPARE(panel.statusText(), QStringLiteral("Compiling with %1…").arg(ProgramCompiler::compilerSummary()));
        QVERIFY(diagnostics.wait(120'000));
        const auto reported = diagnostics.constLast().at(1).value<Diagnostics>();
        QVERIFY(!reported.isEmpty());
        QCOMPARE(reported.constFirst().line, 5);
        QCOMPARE(pane.annotatedLineCount(), 1);
        QTRY_VERIFY(!panel.isRunning());
        QVERIFY(panel.statusText().contains(QStringLiteral("did not compile")));
        // The compiler's output names the file the learner knows, and its
        // place in the program is a link to the pane's line.
        const QString shown = panel.outputView()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("greeting.cpp:5:")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("program.cpp")));
        QStringList targets;
        for (QTextBlock block = panel.outputView()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                if (fragment.fragment().charFormat().isAnchor())
                    targets.append(fragment.fragment().charFormat().anchorHref());
            }
        }
        QVERIFY2(targets.contains(QStringLiteral("duet-line:cpp:5:%1").arg(reported.constFirst().column)),
                 qPrintable(targets.join(QLatin1Char(' '))));
    }

    void outputShownTakesTheNewThemesColours()
    {
        OutputView view;
        view.appendOutput(QStringLiteral("to stdout\n"), false);
        view.appendOutput(QStringLiteral("to stderr\n"), true);
        const auto colourOf = [&view](const QString &text) {
            const QTextBlock block = view.document()->find(text).block();
            return block.begin().fragment().charFormat().foreground().color();
        };
        const ThemeColours before = ThemeColours::active();
        QCOMPARE(colourOf(QStringLiteral("to stderr")), before.colour(ThemeColours::Role::StandardError));
        const ThemeColours dark(syntaxRepository().theme(QStringLiteral("Breeze Dark")));
        QVERIFY(dark.colour(ThemeColours::Role::StandardError) != before.colour(ThemeColours::Role::StandardError));
        ThemeColours::setActive(dark);
        view.setPalette(dark.palette());
        QCOMPARE(colourOf(QStringLiteral("to stderr")), dark.colour(ThemeColours::Role::StandardError));
        QCOMPARE(colourOf(QStringLiteral("to stdout")), dark.colour(ThemeColours::Role::StandardOutput));
        ThemeColours::setActive(before);
    }

    void runBothAgreesForEveryBuiltInSection()
    {
        LessonSources sources;
        sources.userFolder = false;
        const LessonCollection lessons = loadLessons(sources);
        QVERIFY(lessons.errors.isEmpty());
        int compared = 0;
        for (const Lesson &builtIn : lessons.lessons) {
            for (const Section &builtInSection : builtIn.sections) {
                if (!builtInSection.hasPython() || !builtInSection.hasCpp())
                    continue;
                RunPanel panel;
                panel.setSection(builtIn, builtInSection);
                panel.setRepeatCount(1);
                panel.runBothAction()->trigger();
                QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60'000);
                QVERIFY2(panel.comparisonView()->outputSummary().startsWith(QLatin1String("The outputs match")),
                         qPrintable(builtInSection.id + QLatin1String(": ") + panel.statusText()));
                ++compared;
            }
        }
        QVERIFY(compared >= 7);
    }

    void switchingSectionThenRunningShowsOnlyTheNewRun()
    {
        RunPanel panel;
        panel.setSection(lesson(), section(QString(), testProgram("forever")));
        panel.runCppAction()->trigger();
        QTRY_VERIFY(panel.statusText().startsWith(QLatin1String("Running")));
        // Another section, and Run at once, before the stopped run's end is processed.
        Section other = section(QString(), testProgram("greeting"));
        other.id = QStringLiteral("other");
        panel.setSection(lesson(), other);
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.statusText().isEmpty());
        QSignalSpy finished(&panel, &RunPanel::runFinished);
        panel.runCppAction()->trigger();
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(panel.lastOutcome()->address, QStringLiteral("tests/other"));
        QCOMPARE(panel.lastOutcome()->cpp.status, LanguageOutcome::Status::Succeeded);
        QVERIFY2(panel.statusText().startsWith(QLatin1String("C++: exit code 0")), qPrintable(panel.statusText()));
        // The old run's end, whenever it is processed, changes nothing.
        QVERIFY(!finished.wait(500));
        QVERIFY2(panel.statusText().startsWith(QLatin1String("C++: exit code 0")), qPrintable(panel.statusText()));
    }

    void destroyingWhileRunningLeavesNothing()
    {
        auto *panel = new RunPanel;
        panel->setSection(lesson(), section(QString(), testProgram("forever")));
        panel->runCppAction()->trigger();
        QTRY_VERIFY(panel->statusText().startsWith(QLatin1String("Running")));
        QElapsedTimer clock;
        clock.start();
        delete panel;
        QVERIFY2(clock.elapsed() < 2000, "closing must not wait for the program");
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"

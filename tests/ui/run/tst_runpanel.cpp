// The run area on real processes: Run both and its comparison, Run ×N,
// compiler diagnostics for edited code, and a window that stays responsive.

#include "core/lesson/LessonLoader.h"
#include "core/run/ProgramCompiler.h"
#include "ui/CodePane.h"
#include "ui/run/ComparisonView.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
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
        panel.runBothAction()->trigger();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(panel.comparisonView()->verdict(), QStringLiteral("The outputs match."));
        QVERIFY(panel.comparisonView()->differingLines().isEmpty());
        QVERIFY2(panel.comparisonView()->ratioText().contains(QStringLiteral("× faster")),
                 qPrintable(panel.comparisonView()->ratioText()));
    }

    void runBothMarksDifferences()
    {
        RunPanel panel;
        panel.setSection(lesson(),
                         section(QStringLiteral("print('hello')\nprint('there')\n"), testProgram("greeting")));
        panel.runBothAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(panel.comparisonView()->differingLines(), QList<int>({1}));
        QVERIFY(panel.comparisonView()->verdict().startsWith(QLatin1String("The outputs differ")));
    }

    void runRepeatedReportsStatistics()
    {
        RunPanel panel;
        panel.setSection(lesson(), section(QString(), testProgram("greeting")));
        panel.setRepeatCount(3);
        QSignalSpy ran(&panel, &RunPanel::sectionRan);
        panel.runRepeatedAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30'000);
        QCOMPARE(ran.count(), 3);
        QVERIFY2(panel.statusText().contains(QStringLiteral("C++ ×3: min ")), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("median")));
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
        QVERIFY2(panel.statusText().contains(QStringLiteral("stopped")), qPrintable(panel.statusText()));
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
                panel.runBothAction()->trigger();
                QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60'000);
                QVERIFY2(panel.comparisonView()->verdict().startsWith(QLatin1String("The outputs match")),
                         qPrintable(builtInSection.id + QLatin1String(": ") + panel.statusText()));
                ++compared;
            }
        }
        QVERIFY(compared >= 7);
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

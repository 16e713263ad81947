// Stepping through recorded traces in the window: the timeline moves both
// panes, a language the alignment has no step of waits visibly, changed
// locals stand out, the output follows the step, and stepping ends cleanly
// on an edit or a section switch. The last tests record for real (python3,
// g++ and gdb, as the build environment has them).

#include "support/SampleLessons.h"
#include "ui/CodePane.h"
#include "ui/MainWindow.h"
#include "ui/run/OutputView.h"
#include "ui/stepping/LocalsModel.h"
#include "ui/stepping/StepDetailsView.h"
#include "ui/stepping/StepMarker.h"
#include "ui/stepping/SteppingController.h"
#include "ui/stepping/TimelineBar.h"

#include <QAction>
#include <QDir>
#include <QFont>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

using namespace Duet;
using State = SteppingController::State;

namespace
{

TraceStep step(int line, const QString &function, const QString &region, const QList<TraceVariable> &locals = {},
               qint64 printed = 0)
{
    TraceStep result;
    result.line = line;
    result.function = function;
    result.region = region;
    result.locals = locals;
    result.standardOutputLength = printed;
    return result;
}

/// Traces of the sample's first part (Python lines 2-3 and C++ lines 4-5
/// are the linked region "loop"), as the tracers would record them.
TraceSet sampleTraces()
{
    const QString loop = QStringLiteral("loop");
    Trace python;
    python.language = Language::Python;
    python.steps = {
        step(1, QStringLiteral("<module>"), {}),
        step(2, QStringLiteral("<module>"), loop),
        step(3, QStringLiteral("<module>"), loop, {{QStringLiteral("n"), QStringLiteral("0")}}),
        step(2, QStringLiteral("<module>"), loop, {{QStringLiteral("n"), QStringLiteral("0")}}, 2),
        step(3, QStringLiteral("<module>"), loop, {{QStringLiteral("n"), QStringLiteral("1")}}, 2),
        step(4, QStringLiteral("<module>"), {}, {{QStringLiteral("n"), QStringLiteral("1")}}, 4),
    };
    python.run.standardOutput = "0\n1\ndone\n";
    Trace cpp;
    cpp.language = Language::Cpp;
    cpp.steps = {
        step(4, QStringLiteral("main"), loop, {{QStringLiteral("n"), QStringLiteral("0")}}),
        step(5, QStringLiteral("main"), loop, {{QStringLiteral("n"), QStringLiteral("0")}}),
        step(4, QStringLiteral("main"), loop, {{QStringLiteral("n"), QStringLiteral("1")}}, 2),
        step(5, QStringLiteral("main"), loop, {{QStringLiteral("n"), QStringLiteral("1")}}, 2),
        step(6, QStringLiteral("main"), {}, {}, 4),
    };
    cpp.run.standardOutput = "0\n1\ndone\n";
    TraceSet traces;
    traces.alignment = TraceAlignment::align(python, cpp);
    traces.python = python;
    traces.cpp = cpp;
    return traces;
}

} // namespace

class TestSteppingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void actionsFollowTheSection()
    {
        MainWindow window(Testing::sampleLessons());
        SteppingController *stepping = window.stepping();
        // The lesson's first page has no programs.
        QVERIFY(!stepping->stepBothAction()->isEnabled());
        QVERIFY(!stepping->forwardAction()->isEnabled());
        QVERIFY(!stepping->exitAction()->isEnabled());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QVERIFY(stepping->stepBothAction()->isEnabled());
        QVERIFY(stepping->stepPythonAction()->isEnabled());
        QVERIFY(stepping->stepCppAction()->isEnabled());
        QCOMPARE(stepping->forwardAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Period));
        QCOMPARE(stepping->backAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Comma));
        QVERIFY(stepping->timelineBar()->isHidden());
    }

    void timelineMovesBothPanes()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        const TraceSet traces = sampleTraces();
        stepping->showTraces(traces);
        QCOMPARE(stepping->state(), State::Stepping);
        QVERIFY(stepping->timelineBar()->isVisible());
        const auto &positions = traces.alignment.positions();
        QCOMPARE(stepping->timeline().size(), positions.size());
        QCOMPARE(stepping->timelineBar()->stepText(), QStringLiteral("step 1 of %1").arg(positions.size()));
        QVERIFY(!stepping->backAction()->isEnabled());

        // Every position by the keyboard: both marks are where the alignment says.
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy moved(stepping, &SteppingController::positionChanged);
        for (int position = 0; position < positions.size(); ++position) {
            if (position > 0)
                QTest::keyClick(&window, Qt::Key_Period, Qt::AltModifier);
            QCOMPARE(stepping->position(), position);
            const TraceAlignment::Position &expected = positions.at(position);
            if (expected.first >= 0)
                QCOMPARE(stepping->marker(Language::Python)->markedLine(),
                         traces.python->steps.at(expected.first).line);
            if (expected.second >= 0)
                QCOMPARE(stepping->marker(Language::Cpp)->markedLine(), traces.cpp->steps.at(expected.second).line);
        }
        QCOMPARE(moved.size(), positions.size() - 1);
        QVERIFY(!stepping->forwardAction()->isEnabled());
        QCOMPARE(stepping->timelineBar()->stepText(), QStringLiteral("step %1 of %1").arg(positions.size()));

        // Back, and the slider, move both too.
        QTest::keyClick(&window, Qt::Key_Comma, Qt::AltModifier);
        QCOMPARE(stepping->position(), positions.size() - 2);
        stepping->timelineBar()->slider()->setValue(1);
        QCOMPARE(stepping->position(), 1);
        QCOMPARE(stepping->marker(Language::Python)->markedLine(), traces.python->steps.at(positions.at(1).first).line);
        stepping->lastAction()->trigger();
        QCOMPARE(stepping->timelineBar()->slider()->value(), positions.size() - 1);
        // Both marks are on the loop's lines together: the region is in step.
        const int inLoop = traces.alignment.positionOfFirst(2);
        stepping->setPosition(inLoop);
        QCOMPARE(stepping->marker(Language::Python)->markedLine(), 3);
        QVERIFY(QList<int>({4, 5}).contains(stepping->marker(Language::Cpp)->markedLine()));
        QVERIFY(stepping->marker(Language::Python)->hasBand());
    }

    void outputFollowsTheStep()
    {
        MainWindow window(Testing::sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        const TraceSet traces = sampleTraces();
        stepping->showTraces(traces);
        const OutputView *output = stepping->details(Language::Python)->outputView();
        QVERIFY(output->toPlainText().isEmpty());
        stepping->setPosition(traces.alignment.positionOfFirst(5));
        QCOMPARE(output->toPlainText(), QStringLiteral("0\n1\n"));
        stepping->setPosition(0);
        QVERIFY(output->toPlainText().isEmpty());
    }

    void aSideWithoutAStepWaits()
    {
        MainWindow window(Testing::sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        // The Python passes through a region the C++ does not have.
        TraceSet traces = sampleTraces();
        traces.python->steps[1].region = QStringLiteral("only-python");
        traces.alignment = TraceAlignment::align(*traces.python, *traces.cpp);
        stepping->showTraces(traces);
        int waiting = -1;
        const auto &positions = traces.alignment.positions();
        for (int position = 0; position < positions.size() && waiting < 0; ++position) {
            if (positions.at(position).secondWaits)
                waiting = position;
        }
        QVERIFY(waiting >= 0);
        stepping->setPosition(waiting);
        const StepMarker *cppMarker = stepping->marker(Language::Cpp);
        const StepDetailsView *cppDetails = stepping->details(Language::Cpp);
        QVERIFY(cppDetails->headerText().contains(QLatin1String("waiting")));
        QVERIFY(!cppMarker->hasBand());
        if (positions.at(waiting).second >= 0) {
            QVERIFY(cppMarker->isWaiting());
            QCOMPARE(cppMarker->markedLine(), traces.cpp->steps.at(positions.at(waiting).second).line);
        } else {
            QCOMPARE(cppMarker->markedLine(), 0);
        }
        // The Python does run there.
        QVERIFY(!stepping->marker(Language::Python)->isWaiting());
        QVERIFY(stepping->marker(Language::Python)->hasBand());
        QVERIFY(!stepping->details(Language::Python)->headerText().contains(QLatin1String("waiting")));
    }

    void changedLocalsAreEmphasised()
    {
        MainWindow window(Testing::sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        TraceSet traces = sampleTraces();
        // Step 4 of the Python keeps n = 0 and adds a name; step 5 changes n.
        traces.python->steps[3].locals.append({QStringLiteral("total"), QStringLiteral("7")});
        traces.python->steps[4].locals.append({QStringLiteral("total"), QStringLiteral("7")});
        traces.alignment = TraceAlignment::align(*traces.python, *traces.cpp);
        stepping->showTraces(traces);
        const LocalsModel *locals = stepping->details(Language::Python)->localsModel();

        stepping->setPosition(traces.alignment.positionOfFirst(3));
        QCOMPARE(locals->rowCount(), 2);
        QCOMPARE(locals->name(0), QStringLiteral("n"));
        QVERIFY(!locals->isChanged(0));
        QVERIFY(locals->isChanged(1));
        QVERIFY(!locals->data(locals->index(0, LocalsModel::ValueColumn), Qt::FontRole).isValid());

        stepping->setPosition(traces.alignment.positionOfFirst(4));
        QVERIFY(locals->isChanged(0));
        QVERIFY(!locals->isChanged(1));
        const QModelIndex value = locals->index(0, LocalsModel::ValueColumn);
        QCOMPARE(value.data().toString(), QStringLiteral("1"));
        // Bold, not only a colour; and a band behind it.
        QVERIFY(value.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(value.data(Qt::BackgroundRole).isValid());
        QCOMPARE(value.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("changed"));
        QVERIFY(!locals->data(locals->index(1, LocalsModel::ValueColumn), Qt::FontRole).isValid());
    }

    void aCallIsNotAChange()
    {
        const TraceStep caller = step(3, QStringLiteral("main"), {}, {{QStringLiteral("n"), QStringLiteral("1")}});
        const TraceStep callee = step(9, QStringLiteral("square"), {}, {{QStringLiteral("n"), QStringLiteral("4")}});
        QVERIFY(LocalsModel::changedSince(callee, &caller).isEmpty());
        QVERIFY(LocalsModel::changedSince(caller, nullptr).isEmpty());
    }

    void switchingSectionEndsStepping()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        stepping->showTraces(sampleTraces());
        stepping->setPosition(2);
        QVERIFY(stepping->marker(Language::Python)->markedLine() > 0);
        QSignalSpy states(stepping, &SteppingController::stateChanged);

        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        QCOMPARE(stepping->state(), State::Idle);
        QCOMPARE(states.size(), 1);
        for (const Language language : {Language::Python, Language::Cpp}) {
            QCOMPARE(stepping->marker(language)->markedLine(), 0);
            QVERIFY(stepping->details(language)->isHidden());
        }
        QVERIFY(stepping->timelineBar()->isHidden());
        QVERIFY(!stepping->forwardAction()->isEnabled());
        QVERIFY(!stepping->exitAction()->isEnabled());
        // Nothing of the old traces answers the keys any more.
        stepping->setPosition(3);
        QCOMPARE(stepping->marker(Language::Cpp)->markedLine(), 0);
    }

    void editingEndsSteppingAndKeepsTheEdit()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        stepping->showTraces(sampleTraces());
        stepping->setPosition(1);
        QsciScintilla *editor = window.codePane(Language::Python)->editor();
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, QStringLiteral("# mine"));
        QCOMPARE(stepping->state(), State::Idle);
        QVERIFY(window.codePane(Language::Python)->text().startsWith(QLatin1String("# mine")));
        QCOMPARE(stepping->marker(Language::Python)->markedLine(), 0);
        QCOMPARE(stepping->marker(Language::Cpp)->markedLine(), 0);
    }

    void exitEndsStepping()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        stepping->showTraces(sampleTraces());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), stepping->timelineBar()->slider());
        QTest::keyClick(stepping->timelineBar()->slider(), Qt::Key_End);
        QCOMPARE(stepping->position(), stepping->timeline().size() - 1);
        QTest::keyClick(stepping->timelineBar()->slider(), Qt::Key_Escape);
        QCOMPARE(stepping->state(), State::Idle);
        QCOMPARE(stepping->marker(Language::Python)->markedLine(), 0);
        // The focus went back to the code, not nowhere.
        QVERIFY(qobject_cast<QsciScintilla *>(QApplication::focusWidget()));
    }

    void tabWalksTheBarAndLeavesIt()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        stepping->showTraces(sampleTraces());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TimelineBar *bar = stepping->timelineBar();
        QCOMPARE(QApplication::focusWidget(), bar->slider());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget());
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), stepping->forwardAction());
        // Onwards, out of the bar: no trap.
        for (int press = 0; press < 4 && bar->isAncestorOf(QApplication::focusWidget()); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!bar->isAncestorOf(QApplication::focusWidget()));
    }

    void recordsBothProgramsOfASection()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        SteppingController *stepping = window.stepping();
        stepping->stepBothAction()->trigger();
        QCOMPARE(stepping->state(), State::Recording);
        QVERIFY(stepping->timelineBar()->messageText().contains(QLatin1String("Recording the Python")));
        QVERIFY(!stepping->stepBothAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(stepping->state(), State::Stepping, 120000);
        QVERIFY2(stepping->timeline().has(Language::Python) && stepping->timeline().has(Language::Cpp),
                 qPrintable(stepping->timelineBar()->messageText()));
        QVERIFY(stepping->timeline().size() > 5);
        QVERIFY(stepping->timelineBar()->messageText().contains(QLatin1String("The Python")));
        stepping->lastAction()->trigger();
        // The last lines: print('done') and the C++'s println("done") or its closing brace.
        QVERIFY(stepping->details(Language::Cpp)->outputView()->toPlainText().startsWith(QLatin1String("0\n1\n2\n")));
        QVERIFY(QList<int>({6, 7}).contains(stepping->marker(Language::Cpp)->markedLine()));
        QCOMPARE(stepping->marker(Language::Python)->markedLine(), 4);
        QCOMPARE(stepping->details(Language::Python)->outputView()->toPlainText(), QStringLiteral("0\n1\n2\n"));
    }

    void escapeStopsARecording()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SteppingController *stepping = window.stepping();
        stepping->stepBothAction()->trigger();
        QCOMPARE(stepping->state(), State::Recording);
        // The focus is in the controls, so Escape reaches Exit at once.
        QVERIFY(stepping->timelineBar()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(stepping->state(), State::Idle);
        QVERIFY(stepping->timelineBar()->isHidden());
        QVERIFY(stepping->stepBothAction()->isEnabled());
    }

    void truncationIsSaidAndKept()
    {
        QSettings().setValue(QStringLiteral("trace/maxSteps"), 40);
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QsciScintilla *editor = window.codePane(Language::Python)->editor();
        editor->selectAll();
        editor->replaceSelectedText(QStringLiteral("n = 0\nwhile True:\n    n += 1\n"));
        SteppingController *stepping = window.stepping();
        stepping->stepPythonAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stepping->state(), State::Stepping, 60000);
        QCOMPARE(stepping->timeline().size(), 40);
        QVERIFY2(stepping->timelineBar()->messageText().contains(QLatin1String("step bound")),
                 qPrintable(stepping->timelineBar()->messageText()));
        QVERIFY(!stepping->timeline().has(Language::Cpp));
        QVERIFY(stepping->details(Language::Cpp)->isHidden());
    }

    void aCompileFailureIsShown()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QsciScintilla *editor = window.codePane(Language::Cpp)->editor();
        editor->selectAll();
        editor->replaceSelectedText(QStringLiteral("int main()\n{\n    return oops;\n}\n"));
        SteppingController *stepping = window.stepping();
        stepping->stepCppAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stepping->state(), State::Failed, 120000);
        QVERIFY2(stepping->timelineBar()->messageText().contains(QLatin1String("Nothing could be recorded")),
                 qPrintable(stepping->timelineBar()->messageText()));
        QVERIFY(stepping->details(Language::Cpp)->headerText().contains(QLatin1String("not recorded")));
        QVERIFY(stepping->details(Language::Cpp)->outputView()->toPlainText().contains(QLatin1String("oops")));
        QVERIFY(stepping->details(Language::Cpp)->localsTable()->isHidden());
        QVERIFY(window.codePane(Language::Cpp)->annotatedLineCount() > 0);
        // The learner's broken program is still there, and Exit leaves.
        QVERIFY(window.codePane(Language::Cpp)->text().contains(QLatin1String("oops")));
        stepping->exitAction()->trigger();
        QCOMPARE(stepping->state(), State::Idle);
    }
};

QTEST_MAIN(TestSteppingController)
#include "tst_steppingcontroller.moc"

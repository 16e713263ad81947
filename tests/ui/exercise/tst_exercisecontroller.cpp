// Exercises in the real window: a section without C++ offers the starter
// and runs the learner's C++; the attempt is saved apart from edits; hints
// come one at a time; a matching Run Both marks the section solved in the
// sidebar and says so in the run area, across restarts; "Try it yourself"
// hides a section's own C++ until the learner asks for it, and "Stop
// trying" brings it back with their edits, the attempt kept.

#include "core/edit/EditStore.h"
#include "core/exercise/ExerciseStore.h"
#include "ui/CodePane.h"
#include "ui/LessonTreeModel.h"
#include "ui/MainWindow.h"
#include "ui/ProseView.h"
#include "ui/exercise/ExerciseBar.h"
#include "ui/exercise/ExerciseController.h"
#include "ui/exercise/HintView.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

LessonCollection drill()
{
    Lesson lesson;
    lesson.id = QStringLiteral("drill");
    lesson.title = QStringLiteral("Drill");
    Section open;
    open.id = QStringLiteral("open");
    open.title = QStringLiteral("Open");
    open.prose = QStringLiteral("Print two words.\n");
    open.python.text = QStringLiteral("print('hello')\nprint('world')\n");
    open.python.fileName = QStringLiteral("lesson.md");
    open.hints = {QStringLiteral("`std::println` ends the line."), QStringLiteral("Two calls, one per word.")};
    Section withCpp;
    withCpp.id = QStringLiteral("with-cpp");
    withCpp.title = QStringLiteral("With C++");
    withCpp.python.text = QStringLiteral("print('both')\n");
    withCpp.cpp.text = QStringLiteral("#include <print>\nint main() { std::println(\"both\"); }\n");
    withCpp.cpp.fileName = QStringLiteral("cpp/with-cpp.cpp");
    lesson.sections = {open, withCpp};
    return {{lesson}, {}};
}

const QString solution = QStringLiteral("#include <print>\n\nint main()\n{\n    std::println(\"hello\");\n"
                                        "    std::println(\"world\");\n}\n");

/// Types a whole program into a pane as the learner would (one undoable edit).
void typeProgram(CodePane *pane, const QString &text)
{
    pane->editor()->selectAll();
    pane->editor()->replaceSelectedText(text);
}

/// Where Tab takes the learner after `editor`, as they press it: Escape
/// then Tab to leave an editor, Tab elsewhere, up to the first stop in `until`.
QList<QWidget *> tabStopsAfter(QWidget *editor, const QWidget *until)
{
    editor->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::keyClick(editor, Qt::Key_Tab);
    QList<QWidget *> stops;
    for (QWidget *focus = QApplication::focusWidget();
         focus && focus != until && !until->isAncestorOf(focus) && !stops.contains(focus) && stops.size() < 50;
         focus = QApplication::focusWidget()) {
        stops.append(focus);
        if (qobject_cast<QsciScintilla *>(focus))
            QTest::keyClick(focus, Qt::Key_Escape);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return stops;
}

/// Runs both languages and waits for the check.
bool runBoth(MainWindow &window)
{
    QSignalSpy finished(window.runPanel(), &RunPanel::runFinished);
    window.runPanel()->runBothAction()->trigger();
    return finished.wait(180'000);
}

} // namespace

class TestExerciseController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void sectionWithoutCppOffersTheStarter()
    {
        MainWindow window(drill());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        ExerciseController *exercises = window.exercises();
        CodePane *cpp = window.codePane(Language::Cpp);
        QVERIFY(exercises->isActive());
        QCOMPARE(cpp->text(), Exercise::defaultStarter().text);
        QVERIFY(!cpp->editor()->isReadOnly());
        QVERIFY(!cpp->isEdited());
        QVERIFY2(cpp->originText().contains(QLatin1String("your attempt")), qPrintable(cpp->originText()));
        QVERIFY(exercises->bar()->isVisible());
        QVERIFY(window.runPanel()->runCppAction()->isEnabled());
        QVERIFY(window.runPanel()->runBothAction()->isEnabled());
        // Nothing to hide in a section without C++: no "Try it yourself".
        QVERIFY(!exercises->tryItYourselfAction()->isEnabled());
        QVERIFY(!exercises->tryButton()->isVisible());
        QVERIFY(!exercises->lessonPane()->isVisible());
    }

    void attemptIsKeptApartFromEdits()
    {
        {
            MainWindow window(drill());
            window.show();
            QVERIFY(window.showAddress(QStringLiteral("drill/open")));
            typeProgram(window.codePane(Language::Cpp), solution);
            QVERIFY(window.codePane(Language::Cpp)->isEdited());
            QVERIFY(window.exercises()->flush());
        }
        QCOMPARE(ExerciseStore().attempt(u"drill", u"open"), solution);
        QVERIFY(!EditStore().load(u"drill", u"open", Language::Cpp));

        // After a restart the pane holds the attempt, marked as the learner's.
        MainWindow window(drill());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        QCOMPARE(window.codePane(Language::Cpp)->text(), solution);
        QVERIFY(window.codePane(Language::Cpp)->isEdited());
        // Reverting goes back to the starter, and the attempt file goes.
        window.codePane(Language::Cpp)->revert();
        QCOMPARE(window.codePane(Language::Cpp)->text(), Exercise::defaultStarter().text);
        QVERIFY(window.exercises()->flush());
        QVERIFY(!ExerciseStore().attempt(u"drill", u"open"));
    }

    void hintsComeOneAtATime()
    {
        {
            MainWindow window(drill());
            window.show();
            QVERIFY(window.showAddress(QStringLiteral("drill/open")));
            ExerciseController *exercises = window.exercises();
            QVERIFY(!exercises->hintView()->isVisible());
            QCOMPARE(exercises->bar()->hintCountText(), QStringLiteral("0 of 2"));
            QVERIFY(exercises->hintAction()->isEnabled());
            exercises->hintAction()->trigger();
            QVERIFY(exercises->hintView()->isVisible());
            QString shown = exercises->hintView()->view()->toPlainText();
            QVERIFY2(shown.contains(QLatin1String("Hint 1 of 2")), qPrintable(shown));
            QVERIFY(shown.contains(QLatin1String("std::println ends the line.")));
            QVERIFY(!shown.contains(QLatin1String("Two calls")));
            QCOMPARE(exercises->bar()->hintCountText(), QStringLiteral("1 of 2"));
            exercises->hintAction()->trigger();
            shown = exercises->hintView()->view()->toPlainText();
            QVERIFY(shown.contains(QLatin1String("Hint 2 of 2")));
            QVERIFY(shown.contains(QLatin1String("Two calls, one per word.")));
            QCOMPARE(exercises->bar()->hintCountText(), QStringLiteral("2 of 2"));
            QVERIFY(!exercises->hintAction()->isEnabled());
        }
        MainWindow window(drill());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        QVERIFY(window.exercises()->hintView()->isVisible());
        QCOMPARE(window.exercises()->bar()->hintCountText(), QStringLiteral("2 of 2"));
    }

    void matchingOutputSolvesTheSection()
    {
        const auto solvedIn = [](const MainWindow &window) {
            auto *model = qobject_cast<const LessonTreeModel *>(window.sidebar()->model());
            return model->indexOfSection(QStringLiteral("drill/open")).data(LessonTreeModel::SolvedRole).toBool();
        };
        {
            MainWindow window(drill());
            window.show();
            QVERIFY(window.showAddress(QStringLiteral("drill/open")));
            QVERIFY(!solvedIn(window));
            QSignalSpy solved(window.exercises(), &ExerciseController::solved);
            typeProgram(window.codePane(Language::Cpp), solution);
            QVERIFY(runBoth(window));
            QVERIFY2(window.runPanel()->noteText().contains(
                         QLatin1String("Solved: your C++ prints what the Python prints.")),
                     qPrintable(window.runPanel()->noteText() + QLatin1Char('\n') + window.runPanel()->statusText()));
            QCOMPARE(solved.size(), 1);
            QVERIFY(solvedIn(window));
            QVERIFY(window.exercises()->bar()->showsSolved());
            // The sidebar shows the check mark, a shape of its own.
            auto *model = qobject_cast<const LessonTreeModel *>(window.sidebar()->model());
            const QModelIndex row = model->indexOfSection(QStringLiteral("drill/open"));
            QCOMPARE(row.data(Qt::DecorationRole).value<QIcon>().cacheKey(), model->solvedMarker().cacheKey());
            QVERIFY(row.data(Qt::ToolTipRole).toString().endsWith(QLatin1String("solved")));
        }
        // Kept with the progress, across a restart.
        MainWindow window(drill());
        window.show();
        QVERIFY(solvedIn(window));
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        QVERIFY(window.exercises()->bar()->showsSolved());
    }

    void differentOutputDoesNotSolve()
    {
        MainWindow window(drill());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        QString wrong = solution;
        wrong.replace(QLatin1String("world"), QLatin1String("there"));
        typeProgram(window.codePane(Language::Cpp), wrong);
        QVERIFY(runBoth(window));
        QVERIFY2(window.runPanel()->noteText().startsWith(QLatin1String("Not solved yet")),
                 qPrintable(window.runPanel()->noteText()));
        QVERIFY(!window.exercises()->exercise().solved);
        QVERIFY(!ExerciseStore().isSolved(u"drill", u"open"));

        // The C++ alone checks nothing, and says how to check.
        QSignalSpy finished(window.runPanel(), &RunPanel::runFinished);
        window.runPanel()->runCppAction()->trigger();
        QVERIFY(finished.wait(120'000));
        QVERIFY2(window.runPanel()->noteText().contains(QLatin1String("Run both")),
                 qPrintable(window.runPanel()->noteText()));
    }

    void tryItYourselfHidesTheLessonsCppUntilAsked()
    {
        MainWindow window(drill());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("drill/with-cpp")));
        ExerciseController *exercises = window.exercises();
        CodePane *cpp = window.codePane(Language::Cpp);
        const QString lessonCpp = drill().lessons.first().sections.at(1).cpp.text;
        QCOMPARE(cpp->text(), lessonCpp);
        QVERIFY(!exercises->isActive());
        QVERIFY(!exercises->bar()->isVisible());
        QVERIFY(exercises->tryButton()->isVisible());
        // An ordinary edit of the lesson's program, before trying.
        const QString edited = lessonCpp + QStringLiteral("// my note\n");
        typeProgram(cpp, edited);

        exercises->tryButton()->click();
        QVERIFY(exercises->isActive());
        QCOMPARE(exercises->exercise().kind, Exercise::Kind::TryingItYourself);
        QCOMPARE(cpp->text(), Exercise::defaultStarter().text);
        QVERIFY(!exercises->tryButton()->isVisible());
        QVERIFY(exercises->tryItYourselfAction()->isChecked());
        // The lesson's C++ is nowhere to be seen before the learner asks.
        QVERIFY(!exercises->lessonPane()->isVisible());
        QVERIFY(exercises->showLessonCppAction()->isEnabled());
        const QString attempt = QStringLiteral("#include <print>\nint main() { std::println(\"mine\"); }\n");
        typeProgram(cpp, attempt);

        exercises->showLessonCppAction()->trigger();
        QVERIFY(exercises->lessonPane()->isVisible());
        QCOMPARE(exercises->lessonPane()->text(), lessonCpp);
        QVERIFY(exercises->lessonPane()->editor()->isReadOnly());
        QCOMPARE(cpp->text(), attempt);
        QVERIFY2(exercises->bar()->text().contains(QLatin1String("beside yours")),
                 qPrintable(exercises->bar()->text()));

        // Away and back: the attempt is there, the lesson's C++ hidden again.
        QVERIFY(window.showAddress(QStringLiteral("drill/open")));
        QVERIFY(window.codePane(Language::Python)->isVisible());
        QVERIFY(window.showAddress(QStringLiteral("drill/with-cpp")));
        QCOMPARE(cpp->text(), attempt);
        QVERIFY(!exercises->lessonPane()->isVisible());

        exercises->stopTryingAction()->trigger();
        QVERIFY(!exercises->isActive());
        QCOMPARE(cpp->text(), edited);
        QVERIFY(!exercises->bar()->isVisible());
        QVERIFY(window.exercises()->flush());
        QCOMPARE(ExerciseStore().attempt(u"drill", u"with-cpp"), attempt);
        QCOMPARE(EditStore().load(u"drill", u"with-cpp", Language::Cpp), edited);

        // Trying again brings the attempt back.
        exercises->tryItYourselfAction()->trigger();
        QCOMPARE(cpp->text(), attempt);
    }

    void attemptAndLessonCppScrollApart()
    {
        MainWindow window(drill());
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showAddress(QStringLiteral("drill/with-cpp")));
        ExerciseController *exercises = window.exercises();
        CodePane *cpp = window.codePane(Language::Cpp);
        exercises->tryItYourselfAction()->trigger();
        // A line far wider than the pane, scrolled to its end.
        typeProgram(cpp, QStringLiteral("int main() { return 0; } // %1\n").arg(QString(400, QLatin1Char('x'))));
        cpp->restoreViewState({.firstVisibleLine = 0, .cursorLine = 0, .cursorIndex = 420, .horizontalOffset = 900});
        QVERIFY(cpp->viewState().horizontalOffset > 0);
        const CodePane::ViewState attemptState = cpp->viewState();

        exercises->stopTryingAction()->trigger();
        QCOMPARE(cpp->viewState().horizontalOffset, 0);
        QCOMPARE(cpp->viewState().cursorLine, 0);
        exercises->tryItYourselfAction()->trigger();
        QCOMPARE(cpp->viewState().horizontalOffset, attemptState.horizontalOffset);
        QCOMPARE(cpp->viewState().cursorIndex, attemptState.cursorIndex);
    }

    void tabReachesEveryExerciseControl()
    {
        MainWindow window(drill());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showAddress(QStringLiteral("drill/with-cpp")));
        ExerciseController *exercises = window.exercises();
        QWidget *python = window.codePane(Language::Python)->editor();
        QWidget *cpp = window.codePane(Language::Cpp)->editor();
        const auto describe = [](const QList<QWidget *> &stops) {
            QStringList names;
            for (const QWidget *stop : stops)
                names.append(QString::fromLatin1(stop->metaObject()->className()) + QLatin1Char(':')
                             + stop->toolTip().left(30));
            return names.join(QStringLiteral(", "));
        };
        // From the Python, Tab reaches the C++ pane's "Try it yourself" and
        // the C++ itself before the run area.
        QList<QWidget *> stops = tabStopsAfter(python, window.runPanel());
        QVERIFY2(stops.contains(exercises->tryButton()), qPrintable(describe(stops)));
        QVERIFY2(stops.contains(cpp), qPrintable(describe(stops)));
        // Right after the C++ it is about, whether the run area is shown or not.
        QCOMPARE(tabStopsAfter(cpp, window.runPanel()).value(0), exercises->tryButton());

        exercises->tryButton()->click();
        exercises->showLessonCppAction()->trigger();
        // From the attempt: the exercise's buttons (Hint is hidden in a
        // section without hints), then the lesson's C++, then the run area.
        stops = tabStopsAfter(cpp, window.runPanel());
        const QList<QWidget *> buttons = exercises->bar()->buttons();
        QWidget *lessonCpp = exercises->lessonPane()->editor();
        for (QWidget *expected : {buttons.at(1), buttons.at(2), lessonCpp})
            QVERIFY2(stops.contains(expected), qPrintable(describe(stops)));
        QVERIFY(stops.indexOf(buttons.at(2)) < stops.indexOf(lessonCpp));
    }

    void lessonsCppBesideThePythonOrInItsPlace()
    {
        MainWindow window(drill());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showAddress(QStringLiteral("drill/with-cpp")));
        ExerciseController *exercises = window.exercises();
        CodePane *python = window.codePane(Language::Python);
        exercises->tryItYourselfAction()->trigger();
        const auto pythonShare = [&] { return double(python->width()) / python->parentWidget()->width(); };
        const double share = pythonShare();
        exercises->showLessonCppAction()->trigger();
        // Too narrow for three programs: the lesson's C++ takes the Python's place.
        QVERIFY(exercises->lessonPane()->isVisible());
        QVERIFY(!python->isVisible());
        const int readable = exercises->lessonPane()->width();
        QVERIFY2(readable > 300, qPrintable(QString::number(readable)));
        QCOMPARE(window.codePane(Language::Cpp)->width(), readable);

        // Wide enough: all three side by side.
        window.resize(2800, 900);
        QTRY_VERIFY(python->isVisible());
        QVERIFY(exercises->lessonPane()->isVisible());
        QVERIFY(python->x() < window.codePane(Language::Cpp)->mapTo(&window, QPoint()).x());
        // Hiding the lesson's C++ always brings the Python back.
        window.resize(1024, 700);
        QTRY_VERIFY(!python->isVisible());
        exercises->showLessonCppAction()->trigger();
        QVERIFY(!exercises->lessonPane()->isVisible());
        QVERIFY(python->isVisible());
        // ...with the share of the width it had.
        QVERIFY2(qAbs(pythonShare() - share) < 0.02,
                 qPrintable(QStringLiteral("%1 before, %2 after").arg(share).arg(pythonShare())));
    }
};

QTEST_MAIN(TestExerciseController)
#include "tst_exercisecontroller.moc"

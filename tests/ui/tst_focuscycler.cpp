// Moving through the window by keyboard: F6 and Ctrl+Tab visit every area
// and come back round, Shift+F6 and Ctrl+Shift+Tab go back, Tab indents in a
// code pane without trapping the learner (Escape, then Tab, leaves), and the
// Find bar and the run area join the round once they are shown.

#include "support/SampleLessons.h"
#include "ui/CodePane.h"
#include "ui/FindBar.h"
#include "ui/FocusCycler.h"
#include "ui/MainWindow.h"
#include "ui/ProseView.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

} // namespace

class TestFocusCycler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A newcomer's window: no settings, no edits from an earlier run.
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void f6AndCtrlTabVisitEveryArea()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        window.sidebar()->setFocus();
        QTRY_VERIFY(window.sidebar()->hasFocus());

        QsciScintilla *python = window.codePane(Language::Python)->editor();
        QsciScintilla *cpp = window.codePane(Language::Cpp)->editor();
        const QList<QWidget *> round {window.proseView(), python, cpp, window.sidebar()};
        for (QWidget *expected : round) {
            press(Qt::Key_F6);
            QTRY_COMPARE(QApplication::focusWidget(), expected);
        }
        for (QWidget *expected : round) {
            press(Qt::Key_Tab, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::focusWidget(), expected);
        }
        // And back the other way.
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), cpp);
        press(Qt::Key_F6, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), python);
    }

    void tabIndentsButDoesNotTrap()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QsciScintilla *python = window.codePane(Language::Python)->editor();
        QsciScintilla *cpp = window.codePane(Language::Cpp)->editor();
        python->setFocus();
        QTRY_VERIFY(python->hasFocus());
        python->setCursorPosition(3, 0);
        press(Qt::Key_Tab);
        QCOMPARE(python->text(3), QStringLiteral("    print('done')\n"));
        QCOMPARE(QApplication::focusWidget(), python);

        // Escape, then Tab: out to the next control, the text untouched.
        press(Qt::Key_Escape);
        press(Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), cpp);
        QCOMPARE(python->text(3), QStringLiteral("    print('done')\n"));
        // Escape, then Shift+Tab: back.
        press(Qt::Key_Escape);
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), python);
        // A key between the two makes the Tab an ordinary one again.
        press(Qt::Key_Escape);
        press(Qt::Key_Right);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), python);
    }

    void findBarAndRunAreaJoinTheRound()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
        QVERIFY(!window.runPanel()->isVisible()); // out of the way before the first run
        window.runPanel()->runCppAction()->trigger();
        QTRY_VERIFY(window.runPanel()->isVisible());
        QTRY_VERIFY(!window.runPanel()->isRunning());

        window.codePane(Language::Cpp)->editor()->setFocus();
        QTRY_VERIFY(window.codePane(Language::Cpp)->editor()->hasFocus());
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findBar()->isVisible());
        QVERIFY(window.findBar()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_F6);
        QTRY_VERIFY(window.runPanel()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), window.sidebar());
        press(Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(window.runPanel()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(window.findBar()->isAncestorOf(QApplication::focusWidget()));
        // Escape leaves the Find bar for the pane it searched.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window.findBar()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), window.codePane(Language::Cpp)->editor());
    }

    void hiddenAreasArePassedOver()
    {
        MainWindow window(Testing::sampleLessons());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The lesson's first page has no code: prose and sidebar only.
        QVERIFY(window.showAddress(QStringLiteral("sample")));
        window.sidebar()->setFocus();
        QTRY_VERIFY(window.sidebar()->hasFocus());
        press(Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), window.proseView());
        press(Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), window.sidebar());
    }
};

QTEST_MAIN(TestFocusCycler)
#include "tst_focuscycler.moc"

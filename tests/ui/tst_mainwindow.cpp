// The window as a learner uses it: stepping through sections, running the
// demo, and progress shown in the sidebar.

#include "ui/CodePane.h"
#include "ui/LessonTreeModel.h"
#include "ui/MainWindow.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

LessonCollection sampleLessons()
{
    Lesson lesson;
    lesson.id = QStringLiteral("sample");
    lesson.title = QStringLiteral("A sample lesson");
    lesson.introduction = QStringLiteral("Welcome to the sample.\n");
    for (int index = 1; index <= 3; ++index) {
        Section section;
        section.id = QStringLiteral("part-%1").arg(index);
        section.title = QStringLiteral("Part %1").arg(index);
        section.prose = QStringLiteral("The explanation of part %1.\n").arg(index);
        section.python.text = QStringLiteral("print('part %1')\n").arg(index);
        section.cpp.text = QStringLiteral("int main() { return %1; }\n").arg(index);
        section.cpp.fileName = QStringLiteral("cpp/part-%1.cpp").arg(index);
        lesson.sections.append(section);
    }
    // The last part runs a real program: /bin/echo stands in for a demo.
    lesson.sections.last().demoExecutable = QStringLiteral("/bin/echo");
    return {{lesson}, {}};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void startsOnTheFirstLessonAndSteps()
    {
        MainWindow window(sampleLessons());
        window.show();
        QCOMPARE(window.currentAddress(), QStringLiteral("sample"));
        QVERIFY(window.findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("Welcome to the sample.")));
        QVERIFY(!window.previousAction()->isEnabled());

        window.nextAction()->trigger();
        QCOMPARE(window.currentAddress(), QStringLiteral("sample/part-1"));
        QCOMPARE(window.codePane(Language::Python)->text(), QStringLiteral("print('part 1')\n"));
        QCOMPARE(window.codePane(Language::Cpp)->text(), QStringLiteral("int main() { return 1; }\n"));
        QVERIFY(window.codePane(Language::Cpp)->editor()->isReadOnly());

        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentAddress(), QStringLiteral("sample/part-2"));
        QVERIFY(window.findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("part 2")));
        window.nextAction()->trigger();
        QVERIFY(!window.nextAction()->isEnabled());
        window.previousAction()->trigger();
        QCOMPARE(window.currentAddress(), QStringLiteral("sample/part-2"));

        const auto *model = qobject_cast<LessonTreeModel *>(window.findChild<QTreeView *>()->model());
        QCOMPARE(model->sectionState(QStringLiteral("sample/part-1")), LessonTreeModel::SectionState::Read);
    }

    void rememberTheSectionAcrossRestarts()
    {
        {
            MainWindow window(sampleLessons());
            QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
            window.close();
        }
        MainWindow reopened(sampleLessons());
        QCOMPARE(reopened.currentAddress(), QStringLiteral("sample/part-3"));
        QVERIFY(!reopened.showAddress(QStringLiteral("sample/no-such-part")));
    }

    void runsTheDemoWithoutBlocking()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
        RunPanel *panel = window.runPanel();
        QVERIFY(panel->runCppAction()->isEnabled());
        panel->runCppAction()->trigger();
        auto *output = panel->findChild<QPlainTextEdit *>();
        // /bin/echo with no arguments prints one empty line; the status
        // line says how it ended and what it cost.
        QTRY_VERIFY(!panel->isRunning());
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("runStatus"))->text().contains(QStringLiteral("exit code 0 · wall ")));
        QCOMPARE(output->toPlainText(), QStringLiteral("\n"));
        const auto *model = qobject_cast<LessonTreeModel *>(window.findChild<QTreeView *>()->model());
        QCOMPARE(model->sectionState(QStringLiteral("sample/part-3")), LessonTreeModel::SectionState::DemoRun);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The window as a learner uses it: stepping through sections, running the
// demo, and progress shown in the sidebar.

#include "ui/CodePane.h"
#include "ui/LessonTreeModel.h"
#include "ui/MainWindow.h"
#include "ui/ProseView.h"
#include "ui/QuickOpenDialog.h"
#include "ui/ThemeController.h"
#include "ui/run/OutputView.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
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
    // The first part has linked regions: Python lines 1-2 match C++ lines 3-5.
    Section &linked = lesson.sections.first();
    linked.python.text = QStringLiteral("import sys\nfor n in range(3):\n    print(n)\nprint('done')\n");
    linked.python.regions = {{QStringLiteral("loop"), 1, 2, 0}};
    linked.cpp.text = QStringLiteral("#include <print>\nint main()\n{\n    for (int n = 0; n < 3; ++n)\n"
                                     "        std::println(\"{}\", n);\n    std::println(\"done\");\n}\n");
    linked.cpp.regions = {{QStringLiteral("loop"), 3, 4, 0}};
    lesson.sections[1].prose = QStringLiteral("Uses a **generator** expression.\n\n```cpp\nint x = 0;\n```\n");
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
        QVERIFY(window.codePane(Language::Python)->text().startsWith(QLatin1String("import sys")));
        QVERIFY(window.codePane(Language::Cpp)->text().startsWith(QLatin1String("#include <print>")));
        QVERIFY(!window.codePane(Language::Cpp)->editor()->isReadOnly());

        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentAddress(), QStringLiteral("sample/part-2"));
        QVERIFY(window.findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("generator")));
        window.nextAction()->trigger();
        QVERIFY(!window.nextAction()->isEnabled());
        window.previousAction()->trigger();
        QCOMPARE(window.currentAddress(), QStringLiteral("sample/part-2"));

        const auto *model = qobject_cast<LessonTreeModel *>(window.findChild<QTreeView *>()->model());
        QCOMPARE(model->sectionState(QStringLiteral("sample/part-1")), LessonTreeModel::SectionState::Read);
    }

    void linkedRegionsLightUpTheirCounterpart()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        CodePane *python = window.codePane(Language::Python);
        CodePane *cpp = window.codePane(Language::Cpp);
        QVERIFY(cpp->highlightedLines().isEmpty());
        python->editor()->setCursorPosition(2, 4);
        QTRY_COMPARE(cpp->highlightedLines(), QList<int>({3, 4}));
        python->editor()->setCursorPosition(3, 0);
        QTRY_VERIFY(cpp->highlightedLines().isEmpty());
        cpp->editor()->setCursorPosition(4, 8);
        QTRY_COMPARE(python->highlightedLines(), QList<int>({1, 2}));
    }

    void themesRestyleTheWholeWindow()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        ThemeController *themes = window.themeController();
        for (const QString &name : {QStringLiteral("Breeze Dark"), QStringLiteral("Breeze Light")}) {
            QVERIFY(themes->chooseTheme(name));
            const KSyntaxHighlighting::Theme theme = themes->theme();
            QCOMPARE(theme.name(), name);
            const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
            // What Scintilla paints with: the background of the default text style.
            const long scintillaColour = background.red() | background.green() << 8 | background.blue() << 16;
            for (const Language language : {Language::Cpp, Language::Python})
                QCOMPARE(window.codePane(language)->editor()->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, 0UL),
                         scintillaColour);
            QCOMPARE(QApplication::palette().color(QPalette::Base), background);
            // The prose's code block is coloured by the same theme.
            const QTextDocument *prose = window.proseView()->document();
            bool highlighted = false;
            for (QTextBlock block = prose->begin(); block.isValid(); block = block.next()) {
                if (!block.text().contains(QLatin1String("int x")))
                    continue;
                const QColor keyword = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DataType));
                for (const QTextLayout::FormatRange &range : block.layout()->formats())
                    highlighted = highlighted || range.format.foreground().color() == keyword;
            }
            QVERIFY2(highlighted, "the prose's C++ block uses the theme's colours");
        }
        QVERIFY(!themes->chooseTheme(QStringLiteral("No Such Theme")));
        QCOMPARE(themes->chosenThemeName(), QStringLiteral("Breeze Light"));
        QVERIFY(themes->chooseTheme(QString()));
        QVERIFY(themes->chosenThemeName().isEmpty());
    }

    void zoomAppliesToAllText()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int proseSize = window.proseView()->font().pointSize();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.themeController()->zoom(), 2);
        QCOMPARE(window.codePane(Language::Cpp)->editor()->SendScintilla(QsciScintilla::SCI_GETZOOM), 2L);
        QCOMPARE(window.proseView()->font().pointSize(), proseSize + 2);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.themeController()->zoom(), 0);
        QCOMPARE(window.proseView()->font().pointSize(), proseSize);
    }

    void quickOpenFindsSectionsByTitleAndText()
    {
        const LessonCollection lessons = sampleLessons();
        QuickOpenDialog dialog(lessons.lessons);
        QCOMPARE(dialog.visibleAddresses().size(), 3);
        // Part 1's code has a 3 in it too, but title matches come first.
        dialog.setQuery(QStringLiteral("part 3"));
        QCOMPARE(dialog.visibleAddresses(),
                 QStringList({QStringLiteral("sample/part-3"), QStringLiteral("sample/part-1")}));
        dialog.setQuery(QStringLiteral("GENERATOR"));
        QCOMPARE(dialog.visibleAddresses(), QStringList({QStringLiteral("sample/part-2")}));
        dialog.setQuery(QStringLiteral("nothing like this"));
        QVERIFY(dialog.visibleAddresses().isEmpty());
        dialog.setQuery(QStringLiteral("range"));
        QCOMPARE(dialog.visibleAddresses(), QStringList({QStringLiteral("sample/part-1")}));
        QCOMPARE(dialog.selectedAddress(), QStringLiteral("sample/part-1"));
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

    void paneTextKeepsEveryCharacter()
    {
        MainWindow window(sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        CodePane *pane = window.codePane(Language::Python);
        const QString text = QStringLiteral("print('café ☕ 🐍')\n# ünïcödé, 日本語\n");
        pane->setEditedText(text);
        QCOMPARE(pane->text(), text);
        QVERIFY(pane->isEdited());
        pane->revert();
        QVERIFY(!pane->isEdited());
    }

    void editsSurviveARestart()
    {
        {
            MainWindow window(sampleLessons());
            window.show();
            QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
            QsciScintilla *editor = window.codePane(Language::Cpp)->editor();
            editor->setCursorPosition(0, 0);
            QTest::keyClicks(editor, QStringLiteral("// mine"));
            QTest::keyClick(editor, Qt::Key_Return);
            QVERIFY(window.codePane(Language::Cpp)->isEdited());
            // Closing straight after typing, before the delayed save.
            window.close();
        }
        {
            MainWindow reopened(sampleLessons());
            QVERIFY(reopened.showAddress(QStringLiteral("sample/part-2")));
            QCOMPARE(reopened.codePane(Language::Cpp)->text(), QStringLiteral("// mine\nint main() { return 2; }\n"));
            QVERIFY(reopened.codePane(Language::Cpp)->isEdited());
            // Going back to the lesson's version forgets the edit on disk too.
            reopened.codePane(Language::Cpp)->revert();
        }
        MainWindow third(sampleLessons());
        QVERIFY(third.showAddress(QStringLiteral("sample/part-2")));
        QVERIFY(!third.codePane(Language::Cpp)->isEdited());
    }

    void runsTheDemoWithoutBlocking()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
        RunPanel *panel = window.runPanel();
        QVERIFY(panel->runCppAction()->isEnabled());
        panel->runCppAction()->trigger();
        auto *output = panel->outputView();
        // /bin/echo with no arguments prints one empty line; the status
        // line says how it ended and what it cost.
        QTRY_VERIFY(!panel->isRunning());
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("runStatus"))
                        ->text()
                        .contains(QStringLiteral("exit code 0 · wall ")));
        QCOMPARE(output->toPlainText(), QStringLiteral("\n"));
        const auto *model = qobject_cast<LessonTreeModel *>(window.findChild<QTreeView *>()->model());
        QCOMPARE(model->sectionState(QStringLiteral("sample/part-3")), LessonTreeModel::SectionState::DemoRun);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

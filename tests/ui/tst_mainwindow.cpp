// The window as a learner uses it: stepping through sections, running the
// demo, and progress shown in the sidebar.

#include "support/SampleLessons.h"
#include "ui/CodePane.h"
#include "core/lesson/LessonLibrary.h"
#include "ui/RememberedLessons.h"
#include "ui/LessonTreeModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/ProseView.h"
#include "ui/QuickOpenDialog.h"
#include "ui/ThemeColours.h"
#include "ui/ThemeController.h"

#include "ui/run/OutputView.h"
#include "ui/run/RunPanel.h"
#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

using Testing::sampleLessons;

/// Answers the next modal message box with the button whose text is `button`.
void answerNextQuestion(const QString &button, QString *question)
{
    QTimer::singleShot(0, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *question = box->text();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                candidate->click();
                return;
            }
        }
    });
}

/// A demo that keeps running until it is stopped.
QString writeSlowDemo(const QTemporaryDir &directory)
{
    const QString path = directory.filePath(QStringLiteral("slow-demo"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
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

    void init()
    {
        // Each test starts as a newcomer would, with no edits of its own.
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
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
        QCOMPARE(window.sidebar()->font().pointSizeF(), QApplication::font(window.sidebar()).pointSizeF() + 2);
        QCOMPARE(window.runPanel()->font().pointSizeF(), QApplication::font(window.runPanel()).pointSizeF() + 2);
        QCOMPARE(ThemeController::activeZoom(), 2);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.themeController()->zoom(), 0);
        QCOMPARE(window.proseView()->font().pointSize(), proseSize);
    }

    void quickOpenFindsSectionsByTitleAndText()
    {
        const LessonCollection lessons = sampleLessons();
        QuickOpenDialog dialog(lessons.lessons);
        QCOMPARE(dialog.visibleAddresses().size(), 3);
        // Parts 1 and 2 have a 3 in their code, but title matches come first.
        dialog.setQuery(QStringLiteral("part 3"));
        QCOMPARE(dialog.visibleAddresses(),
                 QStringList({QStringLiteral("sample/part-3"), QStringLiteral("sample/part-1"),
                              QStringLiteral("sample/part-2")}));
        dialog.setQuery(QStringLiteral("GENERATOR"));
        QCOMPARE(dialog.visibleAddresses(), QStringList({QStringLiteral("sample/part-2")}));
        dialog.setQuery(QStringLiteral("nothing like this"));
        QVERIFY(dialog.visibleAddresses().isEmpty());
        dialog.setQuery(QStringLiteral("range"));
        QCOMPARE(dialog.visibleAddresses(), QStringList({QStringLiteral("sample/part-1")}));
        // A text match says where it matched; one lesson is not named on every row.
        const auto *results = dialog.findChild<QListWidget *>();
        QCOMPARE(results->item(0)->text(), QStringLiteral("Part 1  —  in the Python"));
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

    void inlineCodeFollowsTheZoom()
    {
        MainWindow window(sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        const auto codeSize = [&] {
            const QTextDocument *document = window.proseView()->document();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                    if (fragment.fragment().text() == QLatin1String("inline_code"))
                        return fragment.fragment().charFormat().fontPointSize();
                }
            }
            return 0.0;
        };
        const double before = codeSize();
        QVERIFY(before > 0);
        window.themeController()->setZoom(3);
        QCOMPARE(codeSize(), before + 3);
        window.themeController()->setZoom(0);
        QCOMPARE(codeSize(), before);
    }

    void eachSectionKeepsItsScrollAndCursor()
    {
        MainWindow window(sampleLessons());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        CodePane *python = window.codePane(Language::Python);
        python->editor()->setCursorPosition(80, 5);
        python->editor()->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 70UL);
        python->editor()->SendScintilla(QsciScintilla::SCI_SETXOFFSET, 40UL);

        // Another section starts at its top-left...
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QCOMPARE(python->viewState().firstVisibleLine, 0);
        QCOMPARE(python->viewState().cursorLine, 0);
        QCOMPARE(python->viewState().horizontalOffset, 0);
        python->editor()->setCursorPosition(2, 4);

        // ...and each comes back where the learner left it.
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        QCOMPARE(python->viewState().firstVisibleLine, 70);
        QCOMPARE(python->viewState().cursorLine, 80);
        QCOMPARE(python->viewState().cursorIndex, 5);
        QCOMPARE(python->viewState().horizontalOffset, 40);
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QCOMPARE(python->viewState().cursorLine, 2);
        QCOMPARE(python->viewState().cursorIndex, 4);
    }

    void themeChangeRestylesWhatIsShown()
    {
        MainWindow window(sampleLessons());
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        CodePane *cpp = window.codePane(Language::Cpp);
        cpp->setDiagnostics(
            {{QStringLiteral("part-2.cpp"), 1, 1, Diagnostic::Severity::Error, QStringLiteral("oops")}});
        const auto *model = window.sidebar()->model();
        const QModelIndex read = model->index(1, 0, model->index(0, 0));
        const auto markerColour = [&] {
            const QImage image = read.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
            return image.pixelColor(8, 8);
        };
        for (const QString &name :
             {QStringLiteral("Dracula"), QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark")}) {
            QVERIFY(window.themeController()->chooseTheme(name));
            const ThemeColours colours(window.themeController()->theme());
            QCOMPARE(ThemeColours::active().themeName(), name);
            // The annotation already under line 1 takes the new colours.
            const long style = cpp->editor()->SendScintilla(QsciScintilla::SCI_ANNOTATIONGETSTYLE, 0UL);
            const long back
                = cpp->editor()->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, static_cast<unsigned long>(style));
            const QColor expected = colours.colour(ThemeColours::Role::ErrorBackground);
            QCOMPARE(back, long(expected.red() | expected.green() << 8 | expected.blue() << 16));
            // The sidebar's markers are redrawn ("read": a dot in the read colour).
            QCOMPARE(markerColour(), colours.colour(ThemeColours::Role::ProgressRead));
            // Disabled controls are dimmer than enabled ones in every theme.
            const QPalette palette = QApplication::palette();
            QVERIFY(ThemeColours::contrastRatio(palette.color(QPalette::Disabled, QPalette::ButtonText),
                                                palette.color(QPalette::Button))
                    < ThemeColours::contrastRatio(palette.color(QPalette::Active, QPalette::ButtonText),
                                                  palette.color(QPalette::Button)));
        }
    }

    void followTheSystemFollowsAtOnce()
    {
        MainWindow window(sampleLessons());
        const QString system = ThemeController::systemTheme().name();
        QVERIFY(!system.isEmpty());
        const QString other
            = system == QLatin1String("Breeze Dark") ? QStringLiteral("Breeze Light") : QStringLiteral("Breeze Dark");
        QVERIFY(window.themeController()->chooseTheme(other));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 QColor::fromRgb(
                     window.themeController()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        // Back to the system: its theme, not the one Duet's palette now suggests.
        QVERIFY(window.themeController()->chooseTheme(QString()));
        QCOMPARE(window.themeController()->theme().name(), system);
        // And after a restart.
        MainWindow restarted(sampleLessons());
        QCOMPARE(restarted.themeController()->theme().name(), system);
        QVERIFY(restarted.themeController()->chosenThemeName().isEmpty());
    }

    void introductionOffersTheSectionsAndAFirstStep()
    {
        MainWindow window(sampleLessons());
        QVERIFY(window.showAddress(QStringLiteral("sample")));
        const QString page = window.proseView()->toPlainText();
        QVERIFY(page.contains(QLatin1String("Welcome to the sample.")));
        QVERIFY(page.contains(QLatin1String("Part 1")) && page.contains(QLatin1String("Part 3")));
        QVERIFY(page.contains(QLatin1String("Start with Part 1")));
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QVERIFY(window.showAddress(QStringLiteral("sample")));
        QVERIFY(window.proseView()->toPlainText().contains(QLatin1String("Continue with Part 2")));
    }

    void runAreaWaitsForTheFirstRunAndIsRemembered()
    {
        {
            MainWindow window(sampleLessons());
            window.show();
            QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
            QVERIFY(!window.runPanel()->isVisible());
            window.runPanel()->runCppAction()->trigger();
            QVERIFY(window.runPanel()->isVisible());
            QTRY_VERIFY(!window.runPanel()->isRunning());
            window.close();
        }
        MainWindow reopened(sampleLessons());
        reopened.show();
        QVERIFY(reopened.isRunAreaWanted());
        QVERIFY(reopened.showAddress(QStringLiteral("sample/part-2")));
        QVERIFY(reopened.runPanel()->isVisible());
        // A page without code has no run area.
        QVERIFY(reopened.showAddress(QStringLiteral("sample")));
        QVERIFY(!reopened.runPanel()->isVisible());
    }

    void movingOnDuringARunSaysItStopped()
    {
        QTemporaryDir directory;
        LessonCollection lessons = sampleLessons();
        lessons.lessons[0].sections[2].demoExecutable = writeSlowDemo(directory);
        MainWindow window(lessons);
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-3")));
        window.runPanel()->runCppAction()->trigger();
        QTRY_VERIFY(window.runPanel()->isRunning());
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QVERIFY(!window.runPanel()->isRunning());
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Part 3")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("stopped")));
    }

    void anEditThatCannotBeSavedIsKeptAndAskedAbout()
    {
        // A folder under a regular file can never be made, even by root.
        MainWindow window(sampleLessons(), nullptr, QStringLiteral("/dev/null/edits"));
        window.show();
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QsciScintilla *editor = window.codePane(Language::Cpp)->editor();
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, QStringLiteral("// mine"));
        const QString mine = window.codePane(Language::Cpp)->text();

        // Moving on writes the edit, which fails: the window says which and why.
        QVERIFY(window.showAddress(QStringLiteral("sample/part-2")));
        MessageBar *bar = window.editProblemBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QLatin1String("sample/part-1")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QLatin1String("/dev/null/edits")));
        QVERIFY(bar->text().contains(QLatin1String("Not a directory")));

        // The edit is still there when the learner comes back.
        QVERIFY(window.showAddress(QStringLiteral("sample/part-1")));
        QCOMPARE(window.codePane(Language::Cpp)->text(), mine);

        // Closing asks; Cancel keeps the window open.
        QString question;
        answerNextQuestion(QStringLiteral("Cancel"), &question);
        QVERIFY(!window.close());
        QVERIFY(question.contains(QLatin1String("sample/part-1")));
        QVERIFY(window.isVisible());
        // Discard closes.
        answerNextQuestion(QStringLiteral("Discard"), &question);
        QVERIFY(window.close());
    }

    void opensALessonFileAndRemembersIt()
    {
        const QString pack = QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete");
        {
            LessonLibrary library(LessonSources {false, false, {}});
            MainWindow window(library.collection());
            window.setLessonLibrary(&library);
            QVERIFY(window.openLesson(pack + QStringLiteral("/lesson.md")));
            QCOMPARE(window.currentAddress(), QStringLiteral("loops"));
            QVERIFY(window.proseView()->toPlainText().contains(QLatin1String("Loops, two ways")));
            QCOMPARE(RememberedLessons::paths(), QStringList {pack});
            // Something that is no lesson is refused with a reason.
            QString message;
            answerNextQuestion(QStringLiteral("OK"), &message);
            QVERIFY(!window.openLesson(QStringLiteral(DUET_TEST_DATA_DIR "/programs/greeting.cpp")));
            QVERIFY2(message.contains(QLatin1String("neither a Markdown file")), qPrintable(message));
        }
        // Opened lessons come back after a restart (Duet adds what it
        // remembers to its sources), and reload keeps the place.
        LessonLibrary library(LessonSources {false, false, RememberedLessons::paths()});
        MainWindow window(library.collection());
        window.setLessonLibrary(&library);
        QVERIFY(window.showAddress(QStringLiteral("loops/counting-up")));
        window.reloadLessons();
        QCOMPARE(window.currentAddress(), QStringLiteral("loops/counting-up"));
    }

    void aDroppedFolderOpens()
    {
        LessonLibrary library(LessonSources {false, false, {}});
        MainWindow window(library.collection());
        window.setLessonLibrary(&library);
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.currentAddress(), QStringLiteral("loops"));

        // Anything else is not taken.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(QStringLiteral(DUET_TEST_DATA_DIR "/programs/greeting.cpp"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// A code pane as the learner edits it: Revert that Undo takes back and that
// asks first when much would go, Copy that says so, linked regions that follow
// edits, diagnostics restyled by a theme change, and a view that starts at the
// top-left for every new program.

#include "ui/CodePane.h"
#include "ui/ThemeColours.h"
#include "ui/highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

CodeListing listing(const QString &text, QList<LinkedRegion> regions = {})
{
    CodeListing code;
    code.text = text;
    code.fileName = QStringLiteral(":/lessons/sample/cpp/part.cpp");
    code.regions = std::move(regions);
    return code;
}

QString numberedLines(int count)
{
    QString text;
    for (int line = 1; line <= count; ++line)
        text += QStringLiteral("int value%1 = %1;\n").arg(line);
    return text;
}

/// Answers the next modal message box with the button whose text is `button`.
void answerNextQuestion(const QString &button, bool *asked)
{
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        for (QAbstractButton *candidate : box->buttons()) {
            const bool cancel = box->standardButton(candidate) == QMessageBox::Cancel;
            if (candidate->text() == button || (cancel && button == QLatin1String("Cancel"))) {
                candidate->click();
                return;
            }
        }
    });
}

QColor annotationBackground(QsciScintilla *editor, int line)
{
    const long style = editor->SendScintilla(QsciScintilla::SCI_ANNOTATIONGETSTYLE, static_cast<unsigned long>(line));
    const long bgr = editor->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, static_cast<unsigned long>(style));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

} // namespace

class TestCodePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revertIsOneUndoableEdit()
    {
        CodePane pane(Language::Cpp);
        pane.show();
        pane.setListing(listing(QStringLiteral("int main() { return 0; }\n")));
        QsciScintilla *editor = pane.editor();
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, QStringLiteral("// mine"));
        const QString mine = pane.text();
        QVERIFY(pane.isEdited());
        QSignalSpy edited(&pane, &CodePane::programEdited);
        pane.revert();
        QCOMPARE(pane.text(), QStringLiteral("int main() { return 0; }\n"));
        QVERIFY(!pane.isEdited());
        QVERIFY(!edited.isEmpty());
        QCOMPARE(edited.constLast().at(1).toBool(), false);
        // One Ctrl+Z brings the learner's text back whole.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane.text(), mine);
        QVERIFY(pane.isEdited());
        QCOMPARE(edited.constLast().at(1).toBool(), true);
    }

    void largeRevertsAskFirst()
    {
        CodePane pane(Language::Cpp);
        pane.show();
        pane.setListing(listing(numberedLines(3)));
        // A small change goes without asking.
        pane.setEditedText(numberedLines(3) + QStringLiteral("// one more\n"));
        QCOMPARE(pane.changedLineCount(), 1);
        QVERIFY(CodePane::confirmRevert(&pane, {&pane}));

        // A large one asks, and Cancel keeps it.
        pane.setEditedText(numberedLines(12));
        QCOMPARE(pane.changedLineCount(), 9);
        bool asked = false;
        answerNextQuestion(QStringLiteral("Cancel"), &asked);
        auto *revertButton = pane.findChild<QToolButton *>();
        QVERIFY(revertButton);
        const auto buttons = pane.findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->text().startsWith(QLatin1String("Revert")))
                revertButton = button;
        }
        QVERIFY(revertButton->isVisible());
        revertButton->click();
        QVERIFY(asked);
        QVERIFY(pane.isEdited());

        asked = false;
        answerNextQuestion(QStringLiteral("Revert"), &asked);
        revertButton->click();
        QVERIFY(asked);
        QVERIFY(!pane.isEdited());
        QVERIFY(!revertButton->isVisible());
    }

    void copySaysCopied()
    {
        CodePane pane(Language::Python);
        pane.show();
        pane.setListing(listing(QStringLiteral("print('hi')\n")));
        QSignalSpy copied(&pane, &CodePane::copied);
        pane.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("print('hi')\n"));
        QCOMPARE(copied.size(), 1);
        QCOMPARE(pane.copyButton()->text(), QStringLiteral("Copied"));
        // And goes back to offering to copy.
        QTRY_COMPARE_WITH_TIMEOUT(pane.copyButton()->text(), QStringLiteral("Copy"), 3000);
    }

    void regionsFollowEditsAndVanishWithTheirCode()
    {
        CodePane pane(Language::Cpp);
        pane.show();
        pane.setListing(
            listing(QStringLiteral("a();\nloop1();\nloop2();\nz();\n"), {{QStringLiteral("loop"), 1, 2, 0}}));
        QCOMPARE(pane.regionsAt(1), QStringList {QStringLiteral("loop")});
        pane.highlightRegions({QStringLiteral("loop")});
        QCOMPARE(pane.highlightedLines(), QList<int>({1, 2}));

        // Two lines typed above: the region moves down with its code.
        pane.editor()->insertAt(QStringLiteral("x();\ny();\n"), 0, 0);
        QCOMPARE(pane.highlightedLines(), QList<int>({3, 4}));
        QCOMPARE(pane.regionsAt(3), QStringList {QStringLiteral("loop")});
        QVERIFY(pane.regionsAt(1).isEmpty());

        // Its lines deleted: nothing stays lit where it was.
        pane.editor()->setSelection(3, 0, 5, 0);
        pane.editor()->removeSelectedText();
        QCOMPARE(pane.text(), QStringLiteral("x();\ny();\na();\nz();\n"));
        QVERIFY(pane.highlightedLines().isEmpty());
        QVERIFY(pane.regionsAt(2).isEmpty());
    }

    void diagnosticsTakeANewThemesColours()
    {
        CodePane pane(Language::Cpp);
        pane.show();
        const auto light = syntaxRepository().theme(QStringLiteral("Breeze Light"));
        const auto dark = syntaxRepository().theme(QStringLiteral("Breeze Dark"));
        pane.applyTheme(light, ThemeColours(light));
        pane.setListing(listing(QStringLiteral("int main()\n{\n    return x;\n}\n")));
        pane.setDiagnostics({{QStringLiteral("part.cpp"), 3, 12, Diagnostic::Severity::Error,
                              QStringLiteral("'x' was not declared in this scope")}});
        QCOMPARE(pane.annotatedLineCount(), 1);
        QCOMPARE(annotationBackground(pane.editor(), 2),
                 ThemeColours(light).colour(ThemeColours::Role::ErrorBackground));
        pane.applyTheme(dark, ThemeColours(dark));
        QCOMPARE(pane.annotatedLineCount(), 1);
        QCOMPARE(annotationBackground(pane.editor(), 2),
                 ThemeColours(dark).colour(ThemeColours::Role::ErrorBackground));
    }

    void aNewProgramStartsAtTheTopLeft()
    {
        CodePane pane(Language::Cpp);
        pane.resize(300, 200);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString wide = QString(400, QLatin1Char('x')) + QLatin1Char('\n');
        pane.setListing(listing(wide.repeated(60)));
        pane.editor()->SendScintilla(QsciScintilla::SCI_SETXOFFSET, 500UL);
        pane.editor()->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 30UL);
        const CodePane::ViewState scrolled = pane.viewState();
        QCOMPARE(scrolled.horizontalOffset, 500);
        QCOMPARE(scrolled.firstVisibleLine, 30);

        pane.setListing(listing(QStringLiteral("short();\n")));
        QCOMPARE(pane.viewState().horizontalOffset, 0);
        QCOMPARE(pane.viewState().firstVisibleLine, 0);
        // A short program needs no horizontal scrollbar.
        QTRY_VERIFY(!pane.editor()->horizontalScrollBar()->isVisible());

        pane.setListing(listing(wide.repeated(60)));
        pane.restoreViewState(scrolled);
        QCOMPARE(pane.viewState().horizontalOffset, 500);
        QCOMPARE(pane.viewState().firstVisibleLine, 30);
    }
};

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"

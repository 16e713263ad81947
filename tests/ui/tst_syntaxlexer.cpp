// The bridge between KSyntaxHighlighting and QScintilla: styles land on the
// right bytes, whatever the characters, and edits restyle what they change.

#include "ui/highlighting/SyntaxLexer.h"
#include "ui/highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qsciscintilla.h>

#include <QTest>

using namespace Duet;
using Theme = KSyntaxHighlighting::Theme;

namespace
{

/// An editor showing `text` with the given definition, fully styled.
struct Highlighted {
    QsciScintilla editor;
    SyntaxLexer *lexer = nullptr;

    Highlighted(const QString &definition, const QString &text)
        : lexer(new SyntaxLexer(definition, &editor))
    {
        editor.setUtf8(true);
        editor.setLexer(lexer);
        lexer->setTheme(syntaxRepository().defaultTheme());
        editor.setText(text);
        restyle();
    }

    /// Styles what is not styled yet, as painting would: from where
    /// Scintilla's own record of styled text ends.
    void restyle()
    {
        const long styledUpTo = editor.SendScintilla(QsciScintilla::SCI_GETENDSTYLED);
        editor.SendScintilla(QsciScintilla::SCI_COLOURISE, static_cast<unsigned long>(styledUpTo), -1L);
    }

    /// The style of the first byte of `needle`'s `occurrence`-th appearance.
    int styleOf(const QString &needle, int occurrence = 0)
    {
        const QByteArray bytes = editor.text().toUtf8();
        qsizetype position = -1;
        for (int found = 0; found <= occurrence; ++found)
            position = bytes.indexOf(needle.toUtf8(), position + 1);
        if (position < 0)
            return -1;
        return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, static_cast<unsigned long>(position)));
    }

    int styleAtLine(int line, int column = 0)
    {
        const long position = editor.positionFromLineIndex(line, column);
        return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, static_cast<unsigned long>(position)));
    }
};

} // namespace

class TestSyntaxLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonStyles()
    {
        Highlighted python(
            QStringLiteral("Python"),
            QStringLiteral("import os\n\ndef greet(name: str) -> str:\n    return f\"hi {name}\"  # say hi\n"));
        QCOMPARE(python.styleOf(QStringLiteral("import")), int(Theme::Import));
        QVERIFY(python.styleOf(QStringLiteral("def")) != int(Theme::Normal));
        QCOMPARE(python.styleOf(QStringLiteral("# say hi")), int(Theme::Comment));
        QCOMPARE(python.styleOf(QStringLiteral("hi {")), int(Theme::SpecialString));
    }

    void cppStyles()
    {
        Highlighted cpp(
            QStringLiteral("C++"),
            QStringLiteral("#include <print>\nint main()\n{\n    // greet\n    std::println(\"hi {}\", 42);\n}\n"));
        QCOMPARE(cpp.styleOf(QStringLiteral("#include")), int(Theme::Preprocessor));
        QCOMPARE(cpp.styleOf(QStringLiteral("int main")), int(Theme::DataType));
        QCOMPARE(cpp.styleOf(QStringLiteral("// greet")), int(Theme::Comment));
        QCOMPARE(cpp.styleOf(QStringLiteral("\"hi")), int(Theme::String));
        QCOMPARE(cpp.styleOf(QStringLiteral("42")), int(Theme::DecVal));
    }

    void nonAsciiText_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("accents and a cup") << QStringLiteral("drink = \"café ☕\"  # tail comment\n");
        QTest::newRow("emoji, surrogate pairs") << QStringLiteral("faces = \"😀😃 ok\"  # tail comment\n");
        QTest::newRow("before and after") << QStringLiteral("naïve = \"ü\" + \"🎉\"  # tail comment\n");
    }

    void nonAsciiText()
    {
        QFETCH(QString, line);
        Highlighted python(QStringLiteral("Python"), line + QStringLiteral("plain = 1\n"));
        // Every byte of the comment, counted in UTF-8, carries the comment style.
        const QByteArray bytes = python.editor.text().toUtf8();
        const qsizetype commentStart = bytes.indexOf("# tail comment");
        for (qsizetype position = commentStart; position < commentStart + 14; ++position)
            QCOMPARE(
                int(python.editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, static_cast<unsigned long>(position))),
                int(Theme::Comment));
        QCOMPARE(int(python.editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT,
                                                 static_cast<unsigned long>(commentStart - 3))),
                 int(Theme::String));
        QCOMPARE(python.styleAtLine(1), python.styleOf(QStringLiteral("plain")));
        QVERIFY(python.styleAtLine(1) != int(Theme::Comment));
    }

    void editOpensAndClosesAMultiLineString()
    {
        Highlighted python(QStringLiteral("Python"), QStringLiteral("x = 1\ny = 2\nz = 3\n"));
        const int codeStyle = python.styleAtLine(1);
        QVERIFY(codeStyle != int(Theme::String));

        python.editor.insertAt(QStringLiteral("s = \"\"\""), 0, 0);
        python.restyle();
        QCOMPARE(python.styleAtLine(1), int(Theme::String));
        QCOMPARE(python.styleAtLine(2), int(Theme::String));

        python.editor.insertAt(QStringLiteral("\"\"\""), 1, 0);
        python.restyle();
        QCOMPARE(python.styleAtLine(2), codeStyle);

        python.editor.setSelection(0, 0, 0, 7);
        python.editor.removeSelectedText();
        python.restyle();
        QCOMPARE(python.styleAtLine(0), codeStyle);
    }

    void editOpensAndClosesABlockComment()
    {
        Highlighted cpp(QStringLiteral("C++"), QStringLiteral("int a;\nint b;\nint c;\n"));
        QCOMPARE(cpp.styleAtLine(1), int(Theme::DataType));
        cpp.editor.insertAt(QStringLiteral("/* "), 0, 0);
        cpp.restyle();
        QCOMPARE(cpp.styleAtLine(1), int(Theme::Comment));
        QCOMPARE(cpp.styleAtLine(2), int(Theme::Comment));
        cpp.editor.insertAt(QStringLiteral(" */"), 1, 6);
        cpp.restyle();
        QCOMPARE(cpp.styleAtLine(1), int(Theme::Comment));
        QCOMPARE(cpp.styleAtLine(2), int(Theme::DataType));
    }

    void restylesFromTheChangedLine()
    {
        QString text;
        for (int line = 0; line < 200; ++line)
            text += QStringLiteral("value_%1 = %1  # line %1\n").arg(line);
        Highlighted python(QStringLiteral("Python"), text);
        QCOMPARE(python.lexer->lastStyledFirstLine(), 0);
        python.editor.insertAt(QStringLiteral("x"), 120, 3);
        python.restyle();
        QCOMPARE(python.lexer->lastStyledFirstLine(), 120);
        QCOMPARE(python.styleOf(QStringLiteral("# line 150")), int(Theme::Comment));
    }

    void themeColoursTheStyles()
    {
        Highlighted cpp(QStringLiteral("C++"), QStringLiteral("// note\n"));
        const Theme dark = syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
        cpp.lexer->setTheme(dark);
        QCOMPARE(cpp.lexer->color(int(Theme::Comment)), QColor::fromRgba(dark.textColor(Theme::Comment)));
        QCOMPARE(cpp.lexer->paper(int(Theme::Normal)), QColor::fromRgba(dark.editorColor(Theme::BackgroundColor)));
        QCOMPARE(cpp.lexer->font(int(Theme::Keyword)).bold(), dark.isBold(Theme::Keyword));
    }
};

QTEST_MAIN(TestSyntaxLexer)
#include "tst_syntaxlexer.moc"

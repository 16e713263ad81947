// Auto-indent as the learner types: keys go to a real QScintilla editor and
// the resulting text is compared.

#include "ui/AutoIndenter.h"

#include <QTest>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

/// Types `keys` into an empty editor for `language`; "\n" is Enter.
QString typed(Language language, const QString &keys)
{
    QsciScintilla editor;
    editor.setUtf8(true);
    editor.setEolMode(QsciScintilla::EolUnix);
    new AutoIndenter(&editor, language);
    editor.show();
    for (const QChar character : keys) {
        if (character == QLatin1Char('\n'))
            QTest::keyClick(&editor, Qt::Key_Return);
        else
            QTest::keyClicks(&editor, QString(character));
    }
    return editor.text();
}

} // namespace

class TestAutoIndenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentationAfter_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("indentation");
        QTest::addColumn<int>("expected");
        const int python = int(Language::Python);
        const int cpp = int(Language::Cpp);
        QTest::newRow("python block") << python << QStringLiteral("for n in range(3):") << 0 << 4;
        QTest::newRow("python nested") << python << QStringLiteral("    if n:") << 4 << 8;
        QTest::newRow("python comment after colon") << python << QStringLiteral("def f():  # a function") << 0 << 4;
        QTest::newRow("python colon in a string") << python << QStringLiteral("print('a:')") << 0 << 0;
        QTest::newRow("python dict literal") << python << QStringLiteral("d = {'a': 1}") << 0 << 0;
        QTest::newRow("python return") << python << QStringLiteral("    return n") << 4 << 0;
        QTest::newRow("python pass") << python << QStringLiteral("        pass") << 8 << 4;
        QTest::newRow("python returned name") << python << QStringLiteral("    returns = 1") << 4 << 4;
        QTest::newRow("python hash in string") << python << QStringLiteral("s = '#' if x else ':'") << 0 << 0;
        QTest::newRow("cpp brace") << cpp << QStringLiteral("int main() {") << 0 << 4;
        QTest::newRow("cpp brace and comment") << cpp << QStringLiteral("    if (x) { // when x") << 4 << 8;
        QTest::newRow("cpp statement") << cpp << QStringLiteral("    return 0;") << 4 << 4;
        QTest::newRow("cpp brace in string") << cpp << QStringLiteral("    puts(\"{\");") << 4 << 4;
    }

    void indentationAfter()
    {
        QFETCH(int, language);
        QFETCH(QString, line);
        QFETCH(int, indentation);
        QFETCH(int, expected);
        QCOMPARE(AutoIndenter::indentationAfter(Language(language), line, indentation, 4), expected);
    }

    void pythonIndentsAfterAColon()
    {
        QCOMPARE(typed(Language::Python, QStringLiteral("for n in range(3):\nprint(n)\n")),
                 QStringLiteral("for n in range(3):\n    print(n)\n    "));
    }

    void pythonLeavesABlockAfterReturn()
    {
        QCOMPARE(typed(Language::Python, QStringLiteral("def f(n):\nif n:\nreturn 1\nreturn 2")),
                 QStringLiteral("def f(n):\n    if n:\n        return 1\n    return 2"));
    }

    void pythonElseLinesUpWithItsIf()
    {
        QCOMPARE(typed(Language::Python, QStringLiteral("if x:\ny = 1\nelse:\ny = 2")),
                 QStringLiteral("if x:\n    y = 1\nelse:\n    y = 2"));
    }

    void cppIndentsAfterABraceAndClosesIt()
    {
        QCOMPARE(typed(Language::Cpp, QStringLiteral("int main() {\nreturn 0;\n}")),
                 QStringLiteral("int main() {\n    return 0;\n}"));
        QCOMPARE(typed(Language::Cpp, QStringLiteral("void f()\n{\nif (x) {\ng();\n}\n}")),
                 QStringLiteral("void f()\n{\n    if (x) {\n        g();\n    }\n}"));
    }

    void enterBetweenBracesOpensTheBlock()
    {
        QsciScintilla editor;
        editor.setEolMode(QsciScintilla::EolUnix);
        new AutoIndenter(&editor, Language::Cpp);
        editor.show();
        editor.setText(QStringLiteral("int main() {}"));
        editor.setCursorPosition(0, 12); // between the braces
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.text(), QStringLiteral("int main() {\n    \n}"));
        int line = 0;
        int index = 0;
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 4);
    }

    void indentationIsSpaces()
    {
        QsciScintilla editor;
        new AutoIndenter(&editor, Language::Python);
        editor.show();
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.text(), QStringLiteral("    "));
    }
};

QTEST_MAIN(TestAutoIndenter)
#include "tst_autoindenter.moc"

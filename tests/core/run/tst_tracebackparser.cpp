// Python's tracebacks, as python3 really prints them, made to point at the
// lesson: the script's cache path becomes the lesson's file and line, frames
// of the program become links to the pane, and the error is marked on the
// innermost line of the program.

#include "core/run/SectionRunner.h"
#include "core/run/TracebackParser.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

/// Runs a script with the python3 on PATH and returns what it wrote to stderr.
QString pythonErrors(const QTemporaryDir &directory, const QString &source, QString *scriptPath)
{
    *scriptPath = directory.filePath(QStringLiteral("typing.py"));
    QFile script(*scriptPath);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write(source.toUtf8());
    script.close();
    QProcess python;
    python.start(SectionRunner::findPython(), {*scriptPath});
    python.waitForFinished(30000);
    return QString::fromUtf8(python.readAllStandardError());
}

CodeListing lessonListing(const QString &source, int firstFileLine)
{
    CodeListing listing;
    listing.text = source;
    listing.fileName = QStringLiteral(":/lessons/advanced-python/lesson.md");
    for (int line = 0; line < source.count(QLatin1Char('\n')) + 1; ++line)
        listing.sourceLines.append(firstFileLine + line);
    return listing;
}

QString linkText(const LinkedOutput &output, int index)
{
    return output.text.mid(output.links.at(index).start, output.links.at(index).length);
}

} // namespace

class TestTracebackParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (SectionRunner::findPython().isEmpty())
            QFAIL("these tests need python3 on PATH");
    }

    void framesOfTheProgramPointAtTheLesson()
    {
        QTemporaryDir directory;
        const QString source = QStringLiteral("def ratio(a, b):\n    return a / b\n\nprint(ratio(1, 0))\n");
        QString script;
        const QString errors = pythonErrors(directory, source, &script);
        QVERIFY2(errors.contains(QLatin1String("ZeroDivisionError")), qPrintable(errors));
        QVERIFY(errors.contains(script));

        for (const QString &given : {script, QString()}) {
            const LinkedOutput output = TracebackParser::parse(errors, given, lessonListing(source, 100));
            QVERIFY2(!output.text.contains(script), qPrintable(output.text));
            QVERIFY(!output.text.contains(QLatin1String(":/lessons")));
            QCOMPARE(output.links.size(), 2);
            QCOMPARE(linkText(output, 0), QStringLiteral("File \"lesson.md\", line 103"));
            QCOMPARE(output.links.at(0).line, 4);
            QCOMPARE(linkText(output, 1), QStringLiteral("File \"lesson.md\", line 101"));
            QCOMPARE(output.links.at(1).line, 2);
            QCOMPARE(output.links.at(1).language, Language::Python);
            // The whole message is kept: the exception and the code shown.
            QVERIFY(output.text.contains(QLatin1String("ZeroDivisionError: division by zero")));
            QVERIFY(output.text.contains(QLatin1String("return a / b")));
            QCOMPARE(output.diagnostics.size(), 1);
            QCOMPARE(output.diagnostics.constFirst().line, 2);
            QCOMPARE(output.diagnostics.constFirst().message, QStringLiteral("ZeroDivisionError: division by zero"));
        }
    }

    void aSyntaxErrorPointsAtItsLine()
    {
        QTemporaryDir directory;
        const QString source = QStringLiteral("x = 1\nprint((x)\ny = 2\n");
        QString script;
        const QString errors = pythonErrors(directory, source, &script);
        QVERIFY2(errors.contains(QLatin1String("SyntaxError")), qPrintable(errors));
        const LinkedOutput output = TracebackParser::parse(errors, QString(), lessonListing(source, 10));
        QCOMPARE(output.links.size(), 1);
        QCOMPARE(output.links.constFirst().line, 2);
        QCOMPARE(linkText(output, 0), QStringLiteral("File \"lesson.md\", line 11"));
        QCOMPARE(output.diagnostics.size(), 1);
        QVERIFY(output.diagnostics.constFirst().message.startsWith(QLatin1String("SyntaxError")));
    }

    void aLibraryFrameStaysAndTheProgramLineIsMarked()
    {
        QTemporaryDir directory;
        const QString source = QStringLiteral("import json\n\njson.loads('not json')\n");
        QString script;
        const QString errors = pythonErrors(directory, source, &script);
        QVERIFY2(errors.contains(QLatin1String("JSONDecodeError")), qPrintable(errors));
        const LinkedOutput output = TracebackParser::parse(errors, script, lessonListing(source, 1));
        QCOMPARE(output.links.size(), 1);
        QCOMPARE(output.links.constFirst().line, 3);
        // The standard library's frames are left as Python printed them.
        QVERIFY(output.text.contains(QLatin1String("json")));
        QVERIFY(output.text.contains(QLatin1String("decoder.py")));
        QCOMPARE(output.diagnostics.size(), 1);
        QCOMPARE(output.diagnostics.constFirst().line, 3);
    }

    void chainedExceptionsAreEachLinked()
    {
        QTemporaryDir directory;
        const QString source = QStringLiteral("try:\n    {}['key']\nexcept KeyError as error:\n"
                                              "    raise ValueError('no key') from error\n");
        QString script;
        const QString errors = pythonErrors(directory, source, &script);
        const LinkedOutput output = TracebackParser::parse(errors, script, lessonListing(source, 1));
        QCOMPARE(output.links.size(), 2);
        QCOMPARE(output.links.at(0).line, 2);
        QCOMPARE(output.links.at(1).line, 4);
        QCOMPARE(output.diagnostics.size(), 2);
        QVERIFY(output.diagnostics.at(0).message.startsWith(QLatin1String("KeyError")));
        QVERIFY(output.diagnostics.at(1).message.startsWith(QLatin1String("ValueError")));
    }

    void outputWithoutATracebackIsUntouched()
    {
        const QString text = QStringLiteral("warning: something\nFile \"x\" mentioned, line 3\n");
        const LinkedOutput output = TracebackParser::parse(text, QStringLiteral("/tmp/x.py"), lessonListing({}, 1));
        QCOMPARE(output.text, text);
        QVERIFY(output.links.isEmpty());
        QVERIFY(output.diagnostics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTracebackParser)
#include "tst_tracebackparser.moc"

// A real compiler's whole output made to point at the lesson: the compiled
// file's path becomes the lesson's file name and line, every location in it
// a link to the pane, and nothing of the message is dropped.

#include "core/run/CompilerOutputLinker.h"
#include "core/run/ProgramCompiler.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

QString compilerErrors(const QTemporaryDir &directory, const QString &source, QString *sourcePath)
{
    *sourcePath = directory.filePath(QStringLiteral("program.cpp"));
    QFile file(*sourcePath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source.toUtf8());
    file.close();
    QProcess compiler;
    compiler.start(ProgramCompiler::findCompiler(),
                   {QStringLiteral("-std=c++23"), QStringLiteral("-fsyntax-only"), *sourcePath});
    compiler.waitForFinished(60000);
    return QString::fromUtf8(compiler.readAllStandardError());
}

CodeListing cppListing(const QString &source)
{
    CodeListing listing;
    listing.text = source;
    listing.fileName = QStringLiteral(":/lessons/advanced-python/cpp/strategy.cpp");
    for (int line = 1; line <= source.count(QLatin1Char('\n')) + 1; ++line)
        listing.sourceLines.append(line + 1); // the file has one line more, say a region marker
    return listing;
}

} // namespace

class TestCompilerOutputLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (ProgramCompiler::findCompiler().isEmpty())
            QFAIL("these tests need a C++ compiler on PATH");
    }

    void errorsPointAtTheLessonAndKeepTheirWholeText()
    {
        QTemporaryDir directory;
        const QString source = QStringLiteral("#include <string>\nint twice(int n) { return n * 2; }\n"
                                              "int main()\n{\n    std::string s = twice(missing);\n}\n");
        QString path;
        const QString errors = compilerErrors(directory, source, &path);
        QVERIFY2(errors.contains(QLatin1String("missing")), qPrintable(errors));
        const LinkedOutput output = CompilerOutputLinker::link(errors, path, cppListing(source));
        QVERIFY2(!output.text.contains(path), qPrintable(output.text));
        QVERIFY(!output.text.contains(QLatin1String(":/lessons")));
        QVERIFY(!output.links.isEmpty());
        const OutputLink &first = output.links.constFirst();
        QCOMPARE(first.language, Language::Cpp);
        QCOMPARE(first.line, 5);
        QVERIFY(first.column > 0);
        QCOMPARE(output.text.mid(first.start, first.length), QStringLiteral("cpp/strategy.cpp:6:%1").arg(first.column));
        QVERIFY(!output.diagnostics.isEmpty());
        QCOMPARE(output.diagnostics.constFirst().line, 5);
        QVERIFY(output.diagnostics.constFirst().message.contains(QLatin1String("missing")));
        // Nothing but the paths changed: every other line is still there.
        QCOMPARE(output.text.count(QLatin1Char('\n')), errors.count(QLatin1Char('\n')));
        QVERIFY(output.text.contains(QLatin1String("std::string s = twice(missing);")));
        // Found without being told the path, too.
        const LinkedOutput guessed = CompilerOutputLinker::link(errors, QString(), cppListing(source));
        QCOMPARE(guessed.text, output.text);
        QCOMPARE(guessed.links, output.links);
    }
};

QTEST_GUILESS_MAIN(TestCompilerOutputLinker)
#include "tst_compileroutputlinker.moc"

// Compiling programs that have no prebuilt demo: diagnostics on the
// learner's lines, and unchanged code never compiled twice.

#include "core/run/ProgramCompiler.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

class TestProgramCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!ProgramCompiler::findCompiler().isEmpty(), "these tests need g++ or clang++ on PATH");
    }

    void reportsErrorsOnTheirLines()
    {
        ProgramCompiler compiler;
        QSignalSpy failed(&compiler, &ProgramCompiler::failed);
        ProgramCompiler::Request request;
        request.source = QStringLiteral("#include <cstdio>\n\nint main()\n{\n    std::puts(\"x\")\n}\n");
        request.sourceName = QStringLiteral("lesson/cpp/section.cpp");
        compiler.compile(request);
        QVERIFY(failed.wait(120'000));
        const auto diagnostics = failed.constFirst().constFirst().value<Diagnostics>();
        QVERIFY(!diagnostics.isEmpty());
        const Diagnostic &first = diagnostics.constFirst();
        QCOMPARE(first.file, request.sourceName);
        QCOMPARE(first.severity, Diagnostic::Severity::Error);
        QVERIFY2(first.line == 5 || first.line == 6, qPrintable(first.toCompilerString()));
        QVERIFY(first.column > 0);
    }

    void mapsLinesBackToTheSourceFile()
    {
        ProgramCompiler::Request request;
        request.sourceName = QStringLiteral("pack/cpp/section.cpp");
        request.sourceLines = {1, 2, 5, 6};
        const Diagnostics diagnostics
            = ProgramCompiler::parseDiagnostics(QStringLiteral("/cache/program.cpp:3:7: error: something is wrong\n"
                                                               "/usr/include/other.h:12:1: note: not ours\n"
                                                               "/cache/program.cpp:4:1: warning: careful\n"),
                                                QStringLiteral("/cache/program.cpp"), request);
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics.at(0).toCompilerString(),
                 QStringLiteral("pack/cpp/section.cpp:5:7: error: something is wrong"));
        QCOMPARE(diagnostics.at(1).toCompilerString(), QStringLiteral("pack/cpp/section.cpp:6:1: warning: careful"));
    }

    void reusesAnUnchangedBuild()
    {
        ProgramCompiler compiler;
        QSignalSpy finished(&compiler, &ProgramCompiler::finished);
        ProgramCompiler::Request request;
        // Unique per test run, so the first compile really compiles.
        request.source = QStringLiteral("int main() { return %1 % 7; }\n").arg(QDateTime::currentMSecsSinceEpoch());
        request.sourceName = QStringLiteral("unique.cpp");
        compiler.compile(request);
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        const QString executable = finished.at(0).at(0).toString();
        QVERIFY(QFileInfo(executable).isExecutable());

        compiler.compile(request);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QCOMPARE(finished.at(1).at(0).toString(), executable);
        QVERIFY(!compiler.isCompiling());
    }

    void cancels()
    {
        ProgramCompiler compiler;
        QSignalSpy failed(&compiler, &ProgramCompiler::failed);
        ProgramCompiler::Request request;
        request.source = QStringLiteral("#include <iostream>\n#include <regex>\nint main() { return %1 % 3; }\n")
                             .arg(QDateTime::currentMSecsSinceEpoch());
        request.sourceName = QStringLiteral("cancelled.cpp");
        compiler.compile(request);
        QVERIFY(compiler.isCompiling());
        compiler.cancel();
        QVERIFY(failed.wait(10'000));
        const auto diagnostics = failed.constFirst().constFirst().value<Diagnostics>();
        QCOMPARE(diagnostics.constLast().message, QStringLiteral("compiling was cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestProgramCompiler)
#include "tst_programcompiler.moc"

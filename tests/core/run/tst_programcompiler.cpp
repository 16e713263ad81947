// Compiling programs that have no prebuilt demo: diagnostics on the
// learner's lines, and unchanged code never compiled twice.

#include "core/run/PrecompiledHeader.h"
#include "core/run/ProgramCompiler.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
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

    void precompiledHeaderWithEachCompiler_data()
    {
        QTest::addColumn<QString>("compilerName");
        // Each compiler that is installed; initTestCase made sure one is.
        for (const char *name : {"g++", "clang++"}) {
            if (!QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty())
                QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void precompiledHeaderWithEachCompiler()
    {
        QFETCH(QString, compilerName);
        const QByteArray previous = qgetenv("CXX");
        qputenv("CXX", compilerName.toLatin1());
        const auto restore = qScopeGuard([&previous] { qputenv("CXX", previous); });
        QCOMPARE(ProgramCompiler::compilerSummary(), compilerName + QLatin1String(" -std=c++23 -O2"));

        ProgramCompiler compiler;
        QSignalSpy finished(&compiler, &ProgramCompiler::finished);
        QSignalSpy failed(&compiler, &ProgramCompiler::failed);
        ProgramCompiler::Request request;
        request.source
            = QStringLiteral("#include <print>\n#include <ranges>\n#include <vector>\n"
                             "int main()\n{\n    std::vector<int> values {3, 1, 2};\n"
                             "    for (int value : values | std::views::transform([](int v) { return v * 2; }))\n"
                             "        std::println(\"{:>3}\", value);\n}\n// %1\n")
                  .arg(QDateTime::currentMSecsSinceEpoch());
        request.sourceName = QStringLiteral("with-header.cpp");
        compiler.compile(request);
        QVERIFY(finished.wait(300'000));
        QVERIFY2(failed.isEmpty(), "the program did not compile");
        QVERIFY(PrecompiledHeader(ProgramCompiler::findCompiler(), ProgramCompiler::compileFlags()).isBuilt());

        QProcess program;
        program.start(finished.constFirst().constFirst().toString());
        QVERIFY(program.waitForFinished(10'000));
        QCOMPARE(program.readAllStandardOutput(), QByteArray("  6\n  2\n  4\n"));
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

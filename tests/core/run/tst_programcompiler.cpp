// Compiling programs that have no prebuilt demo: diagnostics on the
// learner's lines, everything else the compiler says kept, unchanged code
// never compiled twice, and a cache that survives two compilers at once, a
// truncated build and a damaged precompiled header.

#include "core/run/PrecompiledHeader.h"
#include "core/run/ProcessRunner.h"
#include "core/run/ProgramCache.h"
#include "core/run/ProgramCompiler.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Duet;

Q_DECLARE_METATYPE(Duet::RunResult)

namespace
{

/// A program no earlier run compiled, so the compile is real.
QString uniqueProgram(const char *body = "int main() { std::puts(\"fresh\"); }")
{
    return QStringLiteral("#include <cstdio>\n%1\n// %2\n")
        .arg(QString::fromUtf8(body))
        .arg(QDateTime::currentMSecsSinceEpoch() * 1000 + qint64(QRandomGenerator::global()->bounded(1000)));
}

ProgramCompiler::Request requestFor(const QString &source, const QString &name = QStringLiteral("section.cpp"))
{
    ProgramCompiler::Request request;
    request.source = source;
    request.sourceName = name;
    return request;
}

struct Compiled {
    QString executable;
    bool reused = false;
    std::optional<CompileFailure> failure;
};

Compiled compile(const ProgramCompiler::Request &request)
{
    ProgramCompiler compiler;
    QSignalSpy finished(&compiler, &ProgramCompiler::finished);
    QSignalSpy failed(&compiler, &ProgramCompiler::failed);
    // Whichever comes first: a loop on both signals, with a deadline.
    QEventLoop loop;
    QObject::connect(&compiler, &ProgramCompiler::finished, &loop, &QEventLoop::quit);
    QObject::connect(&compiler, &ProgramCompiler::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    compiler.compile(request);
    if (finished.isEmpty() && failed.isEmpty())
        loop.exec();
    if (!failed.isEmpty())
        return {{}, false, failed.constFirst().constFirst().value<CompileFailure>()};
    if (finished.isEmpty())
        return {};
    return {finished.constFirst().at(0).toString(), finished.constFirst().at(1).toBool(), std::nullopt};
}

QByteArray runOutput(const QString &executable)
{
    ProcessRunner runner;
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    ProcessRunner::Request request;
    request.program = executable;
    request.trusted = true;
    runner.start(request);
    if (!finished.wait(30'000))
        return {};
    return finished.constFirst().constFirst().value<RunResult>().standardOutput;
}

} // namespace

class TestProgramCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        qRegisterMetaType<CompileFailure>();
        QVERIFY2(!ProgramCompiler::findCompiler().isEmpty(), "these tests need g++ or clang++ on PATH");
    }

    void reportsErrorsOnTheirLines()
    {
        const Compiled result
            = compile(requestFor(QStringLiteral("#include <cstdio>\n\nint main()\n{\n    std::puts(\"x\")\n}\n"),
                                 QStringLiteral("lesson/cpp/section.cpp")));
        QVERIFY(result.failure);
        const CompileFailure &failure = *result.failure;
        QCOMPARE(failure.reason, CompileFailure::Reason::Failed);
        QVERIFY(!failure.diagnostics.isEmpty());
        const Diagnostic &first = failure.diagnostics.constFirst();
        QCOMPARE(first.file, QStringLiteral("lesson/cpp/section.cpp"));
        QCOMPARE(first.severity, Diagnostic::Severity::Error);
        QVERIFY2(first.line == 5 || first.line == 6, qPrintable(first.toCompilerString()));
        QVERIFY(first.column > 0);
        // Marked, and nothing else to say: the list of messages is the marks.
        QVERIFY(failure.marksErrors());
        QVERIFY2(!failure.hasUnmarkedErrors(), qPrintable(failure.output));
        QCOMPARE(failure.diagnosticsWithOutput(), failure.diagnostics);
        QVERIFY(failure.output.contains(QLatin1String("error")));
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

    void keepsWhatMarksNoLine_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("said");
        QTest::newRow("link error") << uniqueProgram("int missing();\nint main() { return missing(); }")
                                    << QStringLiteral("undefined reference");
        // The error is in the standard library's code; the program's lines
        // only appear in notes ("required from here").
        QTest::newRow("error inside a header")
            << uniqueProgram("#include <vector>\nstruct NoCopy {\n    NoCopy() = default;\n"
                             "    NoCopy(const NoCopy &) = delete;\n};\n"
                             "int main()\n{\n    std::vector<NoCopy> values(1);\n    auto copy = values;\n}")
            << QStringLiteral("/include/c++/");
    }

    void keepsWhatMarksNoLine()
    {
        QFETCH(QString, source);
        QFETCH(QString, said);
        const Compiled result = compile(requestFor(source));
        QVERIFY(result.failure);
        const CompileFailure &failure = *result.failure;
        QCOMPARE(failure.reason, CompileFailure::Reason::Failed);
        QVERIFY2(failure.output.contains(said), qPrintable(failure.output));
        QVERIFY(failure.hasUnmarkedErrors());
        QVERIFY(!failure.marksErrors());
        // Whatever is or is not marked, the whole output reaches a list of
        // messages, on the file rather than a line.
        const Diagnostic summary = failure.diagnosticsWithOutput().constLast();
        QCOMPARE(summary.line, 0);
        QCOMPARE(summary.file, QStringLiteral("section.cpp"));
        QVERIFY(summary.message.startsWith(failure.message));
        QVERIFY(summary.message.contains(said));
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

        const Compiled result = compile(requestFor(
            QStringLiteral("#include <print>\n#include <ranges>\n#include <vector>\n"
                           "int main()\n{\n    std::vector<int> values {3, 1, 2};\n"
                           "    for (int value : values | std::views::transform([](int v) { return v * 2; }))\n"
                           "        std::println(\"{:>3}\", value);\n}\n// %1\n")
                .arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(!result.failure, result.failure ? qPrintable(result.failure->output) : "");
        const QString compiler = ProgramCompiler::findCompiler();
        QVERIFY(!ProgramCompiler::knownToolchain(compiler).isEmpty());
        QVERIFY(PrecompiledHeader(compiler, ProgramCompiler::knownToolchain(compiler), ProgramCompiler::compileFlags())
                    .isUsable());
        QCOMPARE(runOutput(result.executable), QByteArray("  6\n  2\n  4\n"));
    }

    void reusesAnUnchangedBuild()
    {
        const ProgramCompiler::Request request = requestFor(uniqueProgram());
        const Compiled first = compile(request);
        QVERIFY(!first.failure);
        QCOMPARE(first.reused, false);
        QVERIFY(QFileInfo(first.executable).isExecutable());
        const Compiled second = compile(request);
        QCOMPARE(second.reused, true);
        QCOMPARE(second.executable, first.executable);
    }

    void twoCompilersOfOneProgramBothSucceed()
    {
        // Two compiles of the same program at once: each builds in its own
        // folder and the second to finish finds the first's build in place.
        const ProgramCompiler::Request request = requestFor(uniqueProgram());
        ProgramCompiler first;
        ProgramCompiler second;
        QSignalSpy firstDone(&first, &ProgramCompiler::finished);
        QSignalSpy secondDone(&second, &ProgramCompiler::finished);
        QSignalSpy firstFailed(&first, &ProgramCompiler::failed);
        QSignalSpy secondFailed(&second, &ProgramCompiler::failed);
        first.compile(request);
        second.compile(request);
        QTRY_VERIFY_WITH_TIMEOUT(
            firstDone.size() + firstFailed.size() == 1 && secondDone.size() + secondFailed.size() == 1, 300'000);
        QVERIFY(firstFailed.isEmpty());
        QVERIFY(secondFailed.isEmpty());
        const QString executable = firstDone.constFirst().constFirst().toString();
        QCOMPARE(secondDone.constFirst().constFirst().toString(), executable);
        QCOMPARE(runOutput(executable), QByteArray("fresh\n"));
        // Nothing half-built left beside the entry.
        const QStringList left = QDir(ProgramCache::defaultRoot()).entryList({QStringLiteral("*.build-*")}, QDir::Dirs);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void truncatedBuildIsBuiltAgain()
    {
        const ProgramCompiler::Request request = requestFor(uniqueProgram());
        const Compiled first = compile(request);
        QVERIFY(!first.failure);
        QFile executable(first.executable);
        QVERIFY(executable.resize(executable.size() / 2));
        // Run as it is, it would crash and be blamed on the learner; it is
        // found out by its hash and compiled again instead.
        const Compiled second = compile(request);
        QVERIFY(!second.failure);
        QCOMPARE(second.reused, false);
        QCOMPARE(runOutput(second.executable), QByteArray("fresh\n"));
    }

    void damagedPrecompiledHeaderIsBuiltAgain_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("truncated") << true;
        QTest::newRow("overwritten in place") << false;
    }

    void damagedPrecompiledHeaderIsBuiltAgain()
    {
        QFETCH(bool, truncate);
        QVERIFY(!compile(requestFor(uniqueProgram())).failure);
        const QString compiler = ProgramCompiler::findCompiler();
        const PrecompiledHeader header(compiler, ProgramCompiler::knownToolchain(compiler),
                                       ProgramCompiler::compileFlags());
        QVERIFY(header.isUsable());
        QFile built(header.builtFiles().constFirst());
        const qint64 size = built.size();
        QVERIFY(built.open(QIODevice::ReadWrite));
        if (truncate) {
            QVERIFY(built.resize(size / 3));
        } else {
            QVERIFY(built.seek(size / 2));
            built.write(QByteArray(4096, '\x5a'));
        }
        built.close();
        QVERIFY(!header.isUsable());

        const Compiled after = compile(requestFor(uniqueProgram()));
        QVERIFY2(!after.failure, after.failure ? qPrintable(after.failure->output) : "");
        QCOMPARE(runOutput(after.executable), QByteArray("fresh\n"));
        QVERIFY(header.isUsable());
        QCOMPARE(QFileInfo(header.builtFiles().constFirst()).size(), size);
    }

    void cancels()
    {
        ProgramCompiler compiler;
        QSignalSpy failed(&compiler, &ProgramCompiler::failed);
        compiler.compile(
            requestFor(QStringLiteral("#include <iostream>\n#include <regex>\nint main() { return %1 % 3; }\n")
                           .arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(compiler.isCompiling());
        compiler.cancel();
        QVERIFY(failed.wait(10'000));
        const auto failure = failed.constFirst().constFirst().value<CompileFailure>();
        QCOMPARE(failure.reason, CompileFailure::Reason::Cancelled);
        QCOMPARE(failure.diagnosticsWithOutput().constLast().message, QStringLiteral("compiling was cancelled"));
        QVERIFY(!compiler.isCompiling());
    }

    void noCompiler()
    {
        const QByteArray previous = qgetenv("PATH");
        const QByteArray cxx = qgetenv("CXX");
        qputenv("PATH", "/nonexistent");
        qunsetenv("CXX");
        const auto restore = qScopeGuard([&] {
            qputenv("PATH", previous);
            if (!cxx.isEmpty())
                qputenv("CXX", cxx);
        });
        const Compiled result = compile(requestFor(uniqueProgram()));
        QVERIFY(result.failure);
        QCOMPARE(result.failure->reason, CompileFailure::Reason::NoCompiler);
        QVERIFY(!result.failure->marksErrors());
    }
};

QTEST_GUILESS_MAIN(TestProgramCompiler)
#include "tst_programcompiler.moc"

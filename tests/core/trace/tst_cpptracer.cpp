// The C++ tracer on small programs: each built for debugging and stepped by
// gdb through GDB/MI. What it records, how each kind of ending is kept, and
// that library code is run through, not stepped.

#include "core/run/ProgramCompiler.h"
#include "core/trace/CppTracer.h"
#include "core/trace/GdbDriver.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Duet;

namespace
{

struct Options {
    QByteArray standardInput;
    int maxSteps = TraceRequest::defaultMaxSteps;
    int wallMilliseconds = 30'000;
    bool recordingInGdb = true;

    static Options stepByDuet()
    {
        Options options;
        options.recordingInGdb = false;
        return options;
    }

    static Options input(const QByteArray &data)
    {
        Options options;
        options.standardInput = data;
        return options;
    }
    static Options bound(int steps)
    {
        Options options;
        options.maxSteps = steps;
        return options;
    }
    static Options wall(int milliseconds)
    {
        Options options;
        options.wallMilliseconds = milliseconds;
        return options;
    }
};

TraceRequest requestFor(const QString &name, const Options &options)
{
    QFile file(QStringLiteral(DUET_TEST_DATA_DIR "/trace/programs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    TraceRequest request;
    request.program = QString::fromUtf8(file.readAll());
    request.sourceName = name;
    request.standardInput = options.standardInput;
    request.maxSteps = options.maxSteps;
    request.limits.wallMilliseconds = options.wallMilliseconds;
    return request;
}

std::optional<Trace> traceProgram(const QString &name, const Options &options = {})
{
    CppTracer tracer;
    tracer.setRecordingInGdb(options.recordingInGdb);
    QSignalSpy finished(&tracer, &CppTracer::finished);
    QSignalSpy failed(&tracer, &CppTracer::failed);
    tracer.start(requestFor(name, options));
    // The first build also precompiles the standard headers.
    if (!finished.wait(240'000)) {
        qWarning() << "no trace:" << failed;
        return std::nullopt;
    }
    return finished.constFirst().constFirst().value<Trace>();
}

QList<int> linesOf(const Trace &trace)
{
    QList<int> lines;
    for (const TraceStep &step : trace.steps)
        lines.append(step.line);
    return lines;
}

QString valueOf(const TraceStep &step, const QString &name)
{
    for (const TraceVariable &variable : step.locals) {
        if (variable.name == name)
            return variable.value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestCppTracer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!ProgramCompiler::findCompiler().isEmpty(), "these tests need g++ or clang++ on PATH");
        QVERIFY2(!GdbDriver::findGdb().isEmpty(), "these tests need gdb on PATH");
    }

    void loopLinesLocalsAndOutput()
    {
        const auto trace = traceProgram(QStringLiteral("loop.cpp"));
        QVERIFY(trace);
        QCOMPARE(trace->language, Language::Cpp);
        QVERIFY(trace->run.succeeded());
        QVERIFY(!trace->truncated);
        QCOMPARE(trace->run.standardOutput, QByteArray("0\n1\n3\ndone\n"));
        QList<int> body;
        for (const TraceStep &step : trace->steps) {
            QCOMPARE(step.function, QStringLiteral("main"));
            QVERIFY2(step.line >= 4 && step.line <= 11, qPrintable(QString::number(step.line)));
            if (step.line == 7 || step.line == 8)
                body.append(step.line);
        }
        QCOMPARE(body, (QList<int> {7, 8, 7, 8, 7, 8}));
        QCOMPARE(trace->steps.constFirst().line, 5);
        // Not yet declared: not shown, though gdb lists it.
        QCOMPARE(valueOf(trace->steps.constFirst(), QStringLiteral("total")), QStringLiteral("<absent>"));

        QStringList totals;
        QList<qint64> printedBefore;
        for (const TraceStep &step : trace->steps) {
            if (step.line == 8) {
                totals.append(valueOf(step, QStringLiteral("total")) + QLatin1Char('/')
                              + valueOf(step, QStringLiteral("number")));
                printedBefore.append(step.standardOutputLength);
            }
        }
        QCOMPARE(totals, (QStringList {QStringLiteral("0/0"), QStringLiteral("1/1"), QStringLiteral("3/2")}));
        // The program's output is unbuffered under the tracer, so each
        // step sees exactly what was printed before it.
        QCOMPARE(printedBefore, (QList<qint64> {0, 2, 4}));
        const QList<int> lines = linesOf(*trace);
        const qsizetype done = lines.indexOf(10);
        QVERIFY(done > 0);
        QCOMPARE(trace->steps.at(done).standardOutputLength, qint64(6));
    }

    void recursion()
    {
        const auto trace = traceProgram(QStringLiteral("recursion.cpp"));
        QVERIFY(trace);
        QStringList arguments;
        for (const TraceStep &step : trace->steps) {
            if (step.function == QLatin1String("factorial") && step.line == 5)
                arguments.append(valueOf(step, QStringLiteral("n")));
        }
        QCOMPARE(arguments,
                 (QStringList {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(trace->run.standardOutput, QByteArray("24\n"));
    }

    void uncaughtExceptionKeepsTheSteps()
    {
        const auto trace = traceProgram(QStringLiteral("exceptions.cpp"));
        QVERIFY(trace);
        const QList<int> lines = linesOf(*trace);
        QVERIFY2(lines.contains(17) && lines.contains(19), qPrintable(QDebug::toString(lines)));
        QVERIFY(!lines.contains(20));
        QCOMPARE(trace->run.ending, RunResult::Ending::Signalled);
        QCOMPARE(trace->run.signal, SIGABRT);
        QCOMPARE(trace->run.standardOutput, QByteArray("rejected: 150 is too old\n"));
        QVERIFY2(trace->run.standardError.contains("200 is too old"), trace->run.standardError.constData());
    }

    void crashKeepsTheSteps()
    {
        const auto trace = traceProgram(QStringLiteral("crash.cpp"));
        QVERIFY(trace);
        QCOMPARE(trace->run.ending, RunResult::Ending::Signalled);
        QCOMPARE(trace->run.signal, SIGSEGV);
        QCOMPARE(trace->run.standardOutput, QByteArray("about to crash\n"));
        QCOMPARE(trace->steps.constLast().function, QStringLiteral("read"));
        QCOMPARE(trace->steps.constLast().line, 5);
        QCOMPARE(valueOf(trace->steps.constLast(), QStringLiteral("pointer")), QStringLiteral("0x0"));
    }

    void theBoundStopsAProgramThatNeverEnds()
    {
        const auto trace = traceProgram(QStringLiteral("forever.cpp"), Options::bound(40));
        QVERIFY(trace);
        QVERIFY(trace->truncated);
        QCOMPARE(trace->steps.size(), 40);
        QCOMPARE(trace->run.ending, RunResult::Ending::Stopped);
        QVERIFY(trace->describeEnding().contains(QLatin1String("40 steps")));
    }

    void theTimeLimitKeepsWhatWasRecorded()
    {
        const auto trace = traceProgram(QStringLiteral("sleeps.cpp"), Options::wall(4000));
        QVERIFY(trace);
        QCOMPARE(trace->run.ending, RunResult::Ending::TimedOut);
        QVERIFY(!trace->truncated);
        QCOMPARE(linesOf(*trace), (QList<int> {7, 8}));
        QCOMPARE(trace->steps.constLast().standardOutputLength, qint64(15));
        QCOMPARE(trace->run.standardOutput, QByteArray("going to sleep\n"));
    }

    void readsItsInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("some words") << QByteArray("one two\nthree\n") << QByteArray("3 words\n");
        QTest::newRow("no input at all") << QByteArray() << QByteArray("0 words\n");
    }

    void readsItsInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        const auto trace = traceProgram(QStringLiteral("reads.cpp"), Options::input(input));
        QVERIFY(trace);
        QCOMPARE(trace->run.standardOutput, output);
        QVERIFY(linesOf(*trace).contains(10));
    }

    void libraryCodeIsRunNotStepped()
    {
        const auto trace = traceProgram(QStringLiteral("callbacks.cpp"));
        QVERIFY(trace);
        QCOMPARE(trace->run.standardOutput, QByteArray("3 2 1\n"));
        int comparisons = 0;
        for (const TraceStep &step : trace->steps) {
            QVERIFY2(step.line >= 6 && step.line <= 12, qPrintable(step.function));
            QVERIFY2(!step.function.startsWith(QLatin1String("std::")), qPrintable(step.function));
            if (step.line == 9) {
                // The sort's comparisons call back into the program's lambda.
                ++comparisons;
                QVERIFY(valueOf(step, QStringLiteral("left")) != QLatin1String("<absent>"));
            }
        }
        QVERIFY2(comparisons >= 2, qPrintable(QString::number(comparisons)));
    }

    void bothWaysRecordTheSameSteps_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QByteArray>("input");
        for (const char *name : {"loop.cpp", "recursion.cpp", "exceptions.cpp", "crash.cpp", "callbacks.cpp"})
            QTest::newRow(name) << QString::fromLatin1(name) << QByteArray();
        QTest::newRow("reads.cpp") << QStringLiteral("reads.cpp") << QByteArray("a b c\n");
    }

    // gdb recording each step itself (gdb 14 and later) and Duet asking
    // for each (older gdbs) must give the same trace.
    void bothWaysRecordTheSameSteps()
    {
        QFETCH(QString, program);
        QFETCH(QByteArray, input);
        Options byGdb = Options::input(input);
        Options byDuet = Options::input(input);
        byDuet.recordingInGdb = false;
        const auto recorded = traceProgram(program, byGdb);
        const auto stepped = traceProgram(program, byDuet);
        QVERIFY(recorded && stepped);
        QCOMPARE(recorded->steps.size(), stepped->steps.size());
        for (qsizetype index = 0; index < recorded->steps.size(); ++index) {
            const TraceStep &left = recorded->steps.at(index);
            const TraceStep &right = stepped->steps.at(index);
            QCOMPARE(left.line, right.line);
            QCOMPARE(left.function, right.function);
            QCOMPARE(left.standardOutputLength, right.standardOutputLength);
            QCOMPARE(left.locals, right.locals);
        }
        QCOMPARE(recorded->run.ending, stepped->run.ending);
        QCOMPARE(recorded->run.standardOutput, stepped->run.standardOutput);
    }

    void theBoundHoldsWhenDuetSteps()
    {
        Options options = Options::stepByDuet();
        options.maxSteps = 25;
        const auto trace = traceProgram(QStringLiteral("forever.cpp"), options);
        QVERIFY(trace);
        QVERIFY(trace->truncated);
        QCOMPARE(trace->steps.size(), 25);
        QCOMPARE(trace->run.ending, RunResult::Ending::Stopped);
    }

    void aProgramThatDoesNotCompileFails()
    {
        CppTracer tracer;
        QSignalSpy failed(&tracer, &CppTracer::failed);
        QSignalSpy compileFailed(&tracer, &CppTracer::compileFailed);
        QSignalSpy finished(&tracer, &CppTracer::finished);
        TraceRequest request;
        request.program = QStringLiteral("int main()\n{\n    return missing;\n}\n");
        request.sourceName = QStringLiteral("broken.cpp");
        tracer.start(request);
        QVERIFY(failed.wait(120'000));
        QCOMPARE(compileFailed.size(), 1);
        const auto diagnostics = compileFailed.constFirst().constFirst().value<Diagnostics>();
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics.constFirst().line, 3);
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("broken.cpp:3")));
        QVERIFY(finished.isEmpty());
        QVERIFY(!tracer.isRunning());
    }

    void stopEndsTheRunAndKeepsTheSteps()
    {
        CppTracer tracer;
        QSignalSpy finished(&tracer, &CppTracer::finished);
        QSignalSpy steps(&tracer, &CppTracer::stepRecorded);
        tracer.start(requestFor(QStringLiteral("sleeps.cpp"), Options::wall(120'000)));
        // After its second step the program sleeps for ten minutes.
        QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 240'000);
        QCOMPARE(steps.constLast().constFirst().toInt(), 2);
        tracer.stop();
        QVERIFY(finished.wait(10'000));
        const auto trace = finished.constFirst().constFirst().value<Trace>();
        QCOMPARE(trace.steps.size(), 2);
        QCOMPARE(trace.run.ending, RunResult::Ending::Stopped);
        QVERIFY(!tracer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestCppTracer)
#include "tst_cpptracer.moc"

// The Python tracer on small programs: what it records, how each kind of
// ending is kept, and that only the program's own lines are stepped.

#include "core/run/SectionRunner.h"
#include "core/trace/PythonTracer.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

namespace
{

struct Options {
    QByteArray standardInput;
    int maxSteps = TraceRequest::defaultMaxSteps;
    int wallMilliseconds = 30'000;
    bool useSettrace = false;

    static Options settrace(bool use)
    {
        Options options;
        options.useSettrace = use;
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

std::optional<Trace> traceProgram(const QString &name, const Options &options = {})
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
    PythonTracer tracer;
    tracer.setUseSettrace(options.useSettrace);
    QSignalSpy finished(&tracer, &PythonTracer::finished);
    QSignalSpy failed(&tracer, &PythonTracer::failed);
    tracer.start(request);
    if (!finished.wait(60'000)) {
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

class TestPythonTracer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!SectionRunner::findPython().isEmpty(), "these tests need python3 on PATH");
    }

    void eachMechanism_data()
    {
        QTest::addColumn<bool>("useSettrace");
        // Which one the tracer picks by itself depends on the Python; both
        // must record the same lines.
        QTest::newRow("sys.monitoring or the fallback") << false;
        QTest::newRow("sys.settrace") << true;
    }

    void loopLinesLocalsAndOutput_data() { eachMechanism_data(); }
    void loopLinesLocalsAndOutput()
    {
        QFETCH(bool, useSettrace);
        const auto trace = traceProgram(QStringLiteral("loop.py"), Options::settrace(useSettrace));
        QVERIFY(trace);
        QCOMPARE(trace->language, Language::Python);
        QCOMPARE(linesOf(*trace), (QList<int> {1, 2, 3, 4, 2, 3, 4, 2, 3, 4, 2, 5}));
        QList<qint64> lengths;
        for (const TraceStep &step : trace->steps) {
            QCOMPARE(step.function, QStringLiteral("<module>"));
            QVERIFY(!step.definition);
            lengths.append(step.standardOutputLength);
        }
        // "0\n" "1\n" "3\n": what was printed before each line ran.
        QCOMPARE(lengths, (QList<qint64> {0, 0, 0, 0, 2, 2, 2, 4, 4, 4, 6, 6}));
        QCOMPARE(trace->steps.at(0).locals, QList<TraceVariable> {});
        QCOMPARE(valueOf(trace->steps.at(3), QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(valueOf(trace->steps.at(3), QStringLiteral("number")), QStringLiteral("0"));
        QCOMPARE(valueOf(trace->steps.at(9), QStringLiteral("total")), QStringLiteral("3"));
        QCOMPARE(trace->run.standardOutput, QByteArray("0\n1\n3\ndone\n"));
        QVERIFY(trace->run.succeeded());
        QVERIFY(!trace->truncated);
    }

    void recursion_data() { eachMechanism_data(); }
    void recursion()
    {
        QFETCH(bool, useSettrace);
        const auto trace = traceProgram(QStringLiteral("recursion.py"), Options::settrace(useSettrace));
        QVERIFY(trace);
        QCOMPARE(linesOf(*trace), (QList<int> {1, 7, 2, 4, 2, 4, 2, 4, 2, 3}));
        // The def statement defines; the calls run.
        QVERIFY(trace->steps.at(0).definition);
        QStringList arguments;
        for (const TraceStep &step : trace->steps) {
            if (step.function == QLatin1String("factorial") && step.line == 2)
                arguments.append(valueOf(step, QStringLiteral("n")));
            if (step.function == QLatin1String("factorial"))
                QVERIFY(!step.definition);
        }
        QCOMPARE(arguments,
                 (QStringList {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(trace->run.standardOutput, QByteArray("24\n"));
    }

    void uncaughtExceptionKeepsTheSteps()
    {
        const auto trace = traceProgram(QStringLiteral("exceptions.py"));
        QVERIFY(trace);
        const QList<int> lines = linesOf(*trace);
        QVERIFY2(lines.contains(10) && lines.contains(11), qPrintable(QDebug::toString(lines)));
        QVERIFY(!lines.contains(12));
        QCOMPARE(lines.constLast(), 3);
        QCOMPARE(trace->run.ending, RunResult::Ending::Exited);
        QCOMPARE(trace->run.exitCode, 1);
        QCOMPARE(trace->run.standardOutput, QByteArray("rejected: 150 is too old\n"));
        const QString errors = QString::fromUtf8(trace->run.standardError);
        QVERIFY2(errors.contains(QLatin1String("ValueError: 200 is too old")), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("exceptions.py\", line 3")), qPrintable(errors));
        // The traceback is the program's, not the tracer's.
        QVERIFY2(!errors.contains(QLatin1String("duet_tracer")), qPrintable(errors));
    }

    void theBoundStopsAProgramThatNeverEnds()
    {
        const auto trace = traceProgram(QStringLiteral("forever.py"), Options::bound(50));
        QVERIFY(trace);
        QVERIFY(trace->truncated);
        QCOMPARE(trace->steps.size(), 50);
        QCOMPARE(trace->run.ending, RunResult::Ending::Stopped);
        QVERIFY(trace->describeEnding().contains(QLatin1String("50 steps")));
        QCOMPARE(valueOf(trace->steps.constLast(), QStringLiteral("count")).toInt(), 24);
        QVERIFY(trace->run.wallMilliseconds < 10'000);
    }

    void theTimeLimitKeepsWhatWasRecorded()
    {
        const auto trace = traceProgram(QStringLiteral("sleeps.py"), Options::wall(1500));
        QVERIFY(trace);
        QCOMPARE(trace->run.ending, RunResult::Ending::TimedOut);
        QVERIFY(!trace->truncated);
        QCOMPARE(linesOf(*trace), (QList<int> {1, 3, 4}));
        QCOMPARE(trace->steps.constLast().standardOutputLength, qint64(15));
        QCOMPARE(trace->run.standardOutput, QByteArray("going to sleep\n"));
    }

    void stopEndsTheRunAndKeepsTheSteps()
    {
        QFile file(QStringLiteral(DUET_TEST_DATA_DIR "/trace/programs/sleeps.py"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        TraceRequest request;
        request.program = QString::fromUtf8(file.readAll());
        request.limits.wallMilliseconds = 120'000;
        PythonTracer tracer;
        QSignalSpy started(&tracer, &PythonTracer::started);
        QSignalSpy finished(&tracer, &PythonTracer::finished);
        tracer.start(request);
        QVERIFY(started.wait(10'000));
        tracer.stop();
        QVERIFY(finished.wait(10'000));
        const auto trace = finished.constFirst().constFirst().value<Trace>();
        QCOMPARE(trace.run.ending, RunResult::Ending::Stopped);
        QVERIFY(trace.steps.size() <= 3);
        QVERIFY(!tracer.isRunning());
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
        const auto trace = traceProgram(QStringLiteral("reads.py"), Options::input(input));
        QVERIFY(trace);
        QCOMPARE(trace->run.standardOutput, output);
        QCOMPARE(trace->steps.constLast().line, 6);
    }

    void onlyTheProgramIsStepped()
    {
        const auto trace = traceProgram(QStringLiteral("callbacks.py"));
        QVERIFY(trace);
        int lambdas = 0;
        for (const TraceStep &step : trace->steps) {
            QVERIFY2(step.line >= 1 && step.line <= 4, qPrintable(step.function));
            if (step.function == QLatin1String("<lambda>"))
                ++lambdas;
            else
                QCOMPARE(step.function, QStringLiteral("<module>"));
        }
        // sorted() calls the learner's key once per value: those are steps;
        // json's own lines are not.
        QCOMPARE(lambdas, 3);
        // Imported names are not the learner's variables.
        QCOMPARE(valueOf(trace->steps.constLast(), QStringLiteral("json")), QStringLiteral("<absent>"));
        QCOMPARE(valueOf(trace->steps.constLast(), QStringLiteral("values")), QStringLiteral("[3, 2, 1]"));
    }

    void valuesAreShownSafely()
    {
        const auto trace = traceProgram(QStringLiteral("reprs.py"));
        QVERIFY(trace);
        QVERIFY(trace->run.succeeded());
        // What __repr__ prints is not the program's output.
        QCOMPARE(trace->run.standardOutput, QByteArray("end\n"));
        const TraceStep &last = trace->steps.constLast();
        QCOMPARE(last.line, 23);
        QCOMPARE(valueOf(last, QStringLiteral("loud")), QStringLiteral("Loud()"));
        QVERIFY(valueOf(last, QStringLiteral("broken")).startsWith(QLatin1String("<Broken")));
        QVERIFY(valueOf(last, QStringLiteral("deep")).startsWith(QLatin1String("<Deep")));
        QVERIFY(valueOf(last, QStringLiteral("huge")).size() <= 200);
        QVERIFY(valueOf(last, QStringLiteral("huge")).startsWith(QLatin1String("'xxx")));
        QVERIFY(valueOf(last, QStringLiteral("nested")).startsWith(QLatin1String("[1, [")));
        // Class definitions run their bodies: definition steps.
        QVERIFY(trace->steps.at(0).definition);
    }

    void bothMechanismsRecordTheSameSteps_data()
    {
        QTest::addColumn<QString>("program");
        for (const char *name :
             {"loop.py", "recursion.py", "exceptions.py", "callbacks.py", "reprs.py", "oneliners.py"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void bothMechanismsRecordTheSameSteps()
    {
        QFETCH(QString, program);
        const auto monitored = traceProgram(program, Options::settrace(false));
        const auto traced = traceProgram(program, Options::settrace(true));
        QVERIFY(monitored && traced);
        QCOMPARE(monitored->steps.size(), traced->steps.size());
        for (qsizetype index = 0; index < traced->steps.size(); ++index) {
            const TraceStep &left = monitored->steps.at(index);
            const TraceStep &right = traced->steps.at(index);
            QCOMPARE(left.line, right.line);
            QCOMPARE(left.function, right.function);
            QCOMPARE(left.definition, right.definition);
            QCOMPARE(left.standardOutputLength, right.standardOutputLength);
            QCOMPARE(left.locals.size(), right.locals.size());
        }
    }

    void parsesWhatARunKilledMidLineLeft()
    {
        bool truncated = true;
        const QByteArray data
            = "{\"line\": 1, \"function\": \"<module>\", \"locals\": [[\"x\", \"1\"]], \"stdout\": 0}\n"
              "{\"line\": 2, \"function\": \"<module>\", \"loc";
        const QList<TraceStep> steps = PythonTracer::parseSteps(data, &truncated);
        QCOMPARE(steps.size(), 1);
        QVERIFY(!truncated);
        QCOMPARE(steps.constFirst().locals, (QList<TraceVariable> {{QStringLiteral("x"), QStringLiteral("1")}}));
        const QList<TraceStep> bounded = PythonTracer::parseSteps(
            "{\"line\": 1, \"function\": \"f\", \"locals\": [], \"stdout\": 3}\n{\"truncated\": true}\n", &truncated);
        QCOMPARE(bounded.size(), 1);
        QVERIFY(truncated);
        QCOMPARE(bounded.constFirst().standardOutputLength, 3);
    }
};

QTEST_GUILESS_MAIN(TestPythonTracer)
#include "tst_pythontracer.moc"

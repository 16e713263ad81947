// ProcessRunner on real processes: capture, stdin, limits, crashes and
// cleanup. Nothing here mocks QProcess.

#include "core/run/ProcessRunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Duet;

Q_DECLARE_METATYPE(Duet::RunResult)

namespace
{

ProcessRunner::Request request(const QString &program, RunLimits limits = {})
{
    ProcessRunner::Request request;
    request.program = program;
    request.limits = limits;
    return request;
}

QString testProgram(const char *name)
{
    return QStringLiteral(DUET_TEST_PROGRAM_DIR "/") + QLatin1String(name);
}

/// Runs to the end, waiting on the `finished` signal.
RunResult runToEnd(ProcessRunner &runner, const ProcessRunner::Request &request, int timeoutMilliseconds = 30'000)
{
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    runner.start(request);
    if (!finished.wait(timeoutMilliseconds))
        return {};
    return finished.constFirst().constFirst().value<RunResult>();
}

/// Gone, or a zombie waiting for whoever adopted it.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunResult>(); }

    void capturesStreamsSeparately()
    {
        ProcessRunner runner;
        QByteArray streamedOut;
        QByteArray streamedErr;
        connect(&runner, &ProcessRunner::standardOutputReceived, this,
                [&](const QByteArray &data) { streamedOut += data; });
        connect(&runner, &ProcessRunner::standardErrorReceived, this,
                [&](const QByteArray &data) { streamedErr += data; });
        const RunResult result = runToEnd(runner, request(testProgram("interleaved")));
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput, QByteArray("out 0\nout 1\nout 2\nout 3\nout 4\n"));
        QCOMPARE(result.standardError, QByteArray("err 0\nerr 1\nerr 2\nerr 3\nerr 4\n"));
        QCOMPARE(streamedOut, result.standardOutput);
        QCOMPARE(streamedErr, result.standardError);
        QVERIFY(result.wallMilliseconds > 0);
        QVERIFY(result.userMilliseconds >= 0);
        QVERIFY(result.systemMilliseconds >= 0);
        QVERIFY(result.timingLine().startsWith(QLatin1String("wall ")));
    }

    void givesStandardInput()
    {
        ProcessRunner runner;
        ProcessRunner::Request cat = request(QStringLiteral("/bin/cat"));
        cat.standardInput = "typed by the learner\n";
        QCOMPARE(runToEnd(runner, cat).standardOutput, QByteArray("typed by the learner\n"));
        // Empty input closes the stream at once, so cat ends instead of waiting.
        const RunResult empty = runToEnd(runner, request(QStringLiteral("/bin/cat")));
        QCOMPARE(empty.ending, RunResult::Ending::Exited);
        QVERIFY(empty.standardOutput.isEmpty());
    }

    void stopsAtTheWallTimeLimitKeepingOutput()
    {
        ProcessRunner runner;
        RunLimits limits;
        limits.wallMilliseconds = 300;
        const RunResult result = runToEnd(runner, request(testProgram("forever"), limits));
        QCOMPARE(result.ending, RunResult::Ending::TimedOut);
        QCOMPARE(result.standardOutput, QByteArray("begun\n"));
        QCOMPARE(result.shellStatus(), 124);
        QVERIFY(result.wallMilliseconds >= 300);
    }

    void capsOutput()
    {
        ProcessRunner runner;
        RunLimits limits;
        limits.outputBytesPerStream = 64 * 1024;
        const RunResult result = runToEnd(runner, request(testProgram("flood"), limits));
        QCOMPARE(result.ending, RunResult::Ending::OutputCapped);
        QVERIFY(result.outputTruncated);
        QCOMPARE(result.standardOutput.size(), 64 * 1024);
    }

    void namesTheKillingSignal()
    {
        ProcessRunner runner;
        const RunResult result = runToEnd(runner, request(testProgram("crash")));
        QCOMPARE(result.ending, RunResult::Ending::Signalled);
        QCOMPARE(result.signal, SIGSEGV);
        QCOMPARE(result.describeEnding(), QStringLiteral("Segmentation fault (SIGSEGV)"));
        QCOMPARE(result.shellStatus(), 128 + SIGSEGV);
    }

    void limitsAddressSpace()
    {
        ProcessRunner runner;
        const RunResult result = runToEnd(runner, request(testProgram("allocate")));
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.standardOutput, QByteArray("refused\n"));
    }

    void leavesNoGrandchildBehind()
    {
        ProcessRunner runner;
        const RunResult result = runToEnd(runner, request(testProgram("spawner")));
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        const qint64 child = result.standardOutput.trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
    }

    void stopEndsARunAtOnce()
    {
        ProcessRunner runner;
        QSignalSpy started(&runner, &ProcessRunner::started);
        QSignalSpy finished(&runner, &ProcessRunner::finished);
        runner.start(request(testProgram("forever")));
        QVERIFY(started.wait());
        QVERIFY(runner.isRunning());
        runner.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().value<RunResult>().ending, RunResult::Ending::Stopped);
        QVERIFY(!runner.isRunning());
    }

    void destroyingARunningRunnerKillsIt()
    {
        qint64 pid = 0;
        {
            ProcessRunner runner;
            QSignalSpy output(&runner, &ProcessRunner::standardOutputReceived);
            runner.start(request(testProgram("forever")));
            QVERIFY(output.wait());
            QFile children(QStringLiteral("/proc/self/task/%1/children").arg(QCoreApplication::applicationPid()));
            QVERIFY(children.open(QIODevice::ReadOnly));
            pid = children.readAll().trimmed().split(' ').constLast().toLongLong();
        }
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void reportsAMissingExecutable()
    {
        ProcessRunner runner;
        const RunResult result = runToEnd(runner, request(QStringLiteral("/nonexistent/program")));
        QCOMPARE(result.ending, RunResult::Ending::FailedToStart);
        QVERIFY(result.errorMessage.contains(QLatin1String("/nonexistent/program")));
        QCOMPARE(result.shellStatus(), 127);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"

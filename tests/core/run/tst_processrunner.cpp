// ProcessRunner on real processes: capture, stdin, limits, crashes and
// cleanup, in the sandbox (the default) and outside it (as compilers run).
// Nothing here mocks QProcess. What the sandbox keeps out is tst_sandbox's.

#include "core/run/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <fcntl.h>

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

/// Processes whose command line holds `token`, zombies aside.
int processesMarked(const QByteArray &token)
{
    int found = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        entry.toLongLong(&number);
        if (!number)
            continue;
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!commandLine.open(QIODevice::ReadOnly) || !commandLine.readAll().contains(token))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && line.mid(close + 2, 1) != "Z")
            ++found;
    }
    return found;
}

QByteArray uniqueToken()
{
    return "duet-test-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
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

    void leavesNothingBehind_data()
    {
        QTest::addColumn<bool>("sandboxed");
        QTest::newRow("in the sandbox") << true;
        QTest::newRow("outside it, as compilers run") << false;
    }

    void leavesNothingBehind()
    {
        // A daemon in a session of its own, its parent gone: a process group
        // kill would miss it; the PID namespace, or the supervisor as
        // subreaper, does not.
        QFETCH(bool, sandboxed);
        const QByteArray token = uniqueToken();
        ProcessRunner runner;
        ProcessRunner::Request daemon = request(testProgram("hostile"));
        daemon.arguments = {QStringLiteral("daemonise"), QString::fromLatin1(token)};
        daemon.sandboxed = sandboxed;
        const RunResult result = runToEnd(runner, daemon);
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QCOMPARE(result.standardOutput, QByteArray("daemon running\n"));
        QTRY_COMPARE_WITH_TIMEOUT(processesMarked(token), 0, 5000);
    }

    void reportsTheExactStatus_data()
    {
        QTest::addColumn<bool>("sandboxed");
        QTest::newRow("in the sandbox") << true;
        QTest::newRow("outside it") << false;
    }

    void reportsTheExactStatus()
    {
        // An exit status of 139 is not a segmentation fault: the supervisor
        // reports which it was, where a shell (or bwrap) could not tell.
        QFETCH(bool, sandboxed);
        ProcessRunner runner;
        ProcessRunner::Request shell = request(QStringLiteral("/bin/sh"));
        shell.arguments = {QStringLiteral("-c"), QStringLiteral("exit 139")};
        shell.sandboxed = sandboxed;
        const RunResult exited = runToEnd(runner, shell);
        QCOMPARE(exited.ending, RunResult::Ending::Exited);
        QCOMPARE(exited.exitCode, 139);
        shell.arguments = {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")};
        const RunResult crashed = runToEnd(runner, shell);
        QCOMPARE(crashed.ending, RunResult::Ending::Signalled);
        QCOMPARE(crashed.signal, SIGSEGV);
        QCOMPARE(crashed.sandboxed, sandboxed);
    }

    void passesOnlyTheStandardStreams_data()
    {
        QTest::addColumn<bool>("sandboxed");
        QTest::newRow("in the sandbox") << true;
        QTest::newRow("outside it") << false;
    }

    void passesOnlyTheStandardStreams()
    {
        QFETCH(bool, sandboxed);
        // A descriptor of the test's own, not close-on-exec, as a careless
        // library in Duet might leave one.
        QFile leaked(QDir::temp().filePath(QStringLiteral("duet-leak-test")));
        QVERIFY(leaked.open(QIODevice::WriteOnly));
        ::fcntl(leaked.handle(), F_SETFD, 0);
        ProcessRunner runner;
        ProcessRunner::Request list = request(testProgram("hostile"));
        list.arguments = {QStringLiteral("descriptors")};
        list.sandboxed = sandboxed;
        const RunResult result = runToEnd(runner, list);
        leaked.remove();
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QCOMPARE(result.standardOutput, QByteArray("0 1 2 \n"));
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

    void destroyingARunningRunnerKillsIt_data()
    {
        QTest::addColumn<bool>("sandboxed");
        QTest::newRow("in the sandbox") << true;
        QTest::newRow("outside it") << false;
    }

    void destroyingARunningRunnerKillsIt()
    {
        QFETCH(bool, sandboxed);
        const QByteArray token = uniqueToken();
        {
            ProcessRunner runner;
            QSignalSpy output(&runner, &ProcessRunner::standardOutputReceived);
            ProcessRunner::Request sleeper = request(testProgram("hostile"));
            sleeper.arguments = {QStringLiteral("sleep"), QString::fromLatin1(token)};
            sleeper.sandboxed = sandboxed;
            runner.start(sleeper);
            QVERIFY(output.wait());
            // The program, and what runs it (its arguments are on their
            // command lines too).
            QVERIFY(processesMarked(token) > 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(processesMarked(token), 0, 5000);
    }

    void reportsAMissingExecutable()
    {
        ProcessRunner runner;
        const RunResult result = runToEnd(runner, request(QStringLiteral("/nonexistent/program")));
        QCOMPARE(result.ending, RunResult::Ending::FailedToStart);
        QVERIFY2(result.errorMessage.contains(QLatin1String("/nonexistent/program")), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(QLatin1String("No such file")), qPrintable(result.errorMessage));
        QCOMPARE(result.shellStatus(), 127);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"

// What a hostile lesson program tries, run through ProcessRunner as Duet runs
// every program, and what the sandbox lets it do: real processes, real files,
// a real listening socket. The fork bomb and the memory hog run only under a
// cap the test can see (the run's control group), never unbounded.

#include "core/lesson/Lesson.h"
#include "core/run/ProcessRunner.h"
#include "core/run/SectionRunner.h"
#include "core/sandbox/ControlGroupPlace.h"
#include "core/sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Duet;

Q_DECLARE_METATYPE(Duet::RunResult)

namespace
{

QString hostileProgram()
{
    return QStringLiteral(DUET_TEST_PROGRAM_DIR "/hostile");
}

RunResult runHostile(const QStringList &arguments, const RunLimits &limits = {}, bool sandboxed = true)
{
    ProcessRunner runner;
    ProcessRunner::Request request;
    request.program = hostileProgram();
    request.arguments = arguments;
    request.limits = limits;
    request.sandboxed = sandboxed;
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    runner.start(request);
    if (!finished.wait(60'000))
        return {};
    return finished.constFirst().constFirst().value<RunResult>();
}

/// A TCP listener on 127.0.0.1 for as long as it lives.
class Listener
{
public:
    Listener()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_socket, 8) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~Listener()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    Q_DISABLE_COPY_MOVE(Listener)

    [[nodiscard]] int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        // These tests are about what the sandbox holds; without one there is
        // nothing to test, and that is a finding in itself.
        QVERIFY2(Sandbox::availability().available, qPrintable(Sandbox::availability().summary()));
        QVERIFY(!Sandbox::availability().wholeRunLimits.isEmpty());
    }

    void cannotWriteOutside_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("the learner's home") << QDir::homePath();
        QTest::newRow("Duet's settings") << QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QTest::newRow("Duet's cache of compiled programs")
            << QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QTest::newRow("a folder of the learner's") << QString();
        QTest::newRow("the system") << QStringLiteral("/usr/lib");
    }

    void cannotWriteOutside()
    {
        QFETCH(QString, folder);
        QTemporaryDir own(QDir::homePath() + QLatin1String("/duet-test-XXXXXX"));
        if (folder.isEmpty())
            folder = own.path();
        QDir().mkpath(folder);
        const QString target = folder + QLatin1String("/written-by-a-lesson");
        const RunResult result = runHostile({QStringLiteral("write"), target});
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QVERIFY2(result.standardOutput.startsWith("refused: "), result.standardOutput.constData());
        QVERIFY(!QFile::exists(target));
    }

    void cannotReadOutside()
    {
        QTemporaryDir learner(QDir::homePath() + QLatin1String("/duet-test-XXXXXX"));
        QVERIFY(learner.isValid());
        const QString secret = learner.filePath(QStringLiteral("id_rsa"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a private key\n");
        file.close();

        const RunResult outside = runHostile({QStringLiteral("read"), secret});
        QCOMPARE(outside.ending, RunResult::Ending::Exited);
        QVERIFY2(outside.standardOutput.startsWith("refused: "), outside.standardOutput.constData());
        // The same program reads it where nothing confines it: the refusal
        // above is the sandbox's doing, not a missing file.
        const RunResult unconfined = runHostile({QStringLiteral("read"), secret}, {}, false);
        QCOMPARE(unconfined.standardOutput, QByteArray("read: a private key\n"));
    }

    void scratchFolderIsHomeTemporaryAndWorkingFolder()
    {
        qputenv("DUET_TEST_SECRET", "a token from Duet's environment");
        const RunResult result = runHostile({QStringLiteral("environment")});
        qunsetenv("DUET_TEST_SECRET");
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        const QByteArray scratch = Sandbox::scratchPath().toUtf8();
        const QList<QByteArray> lines = result.standardOutput.split('\n');
        QVERIFY(lines.contains("HOME=" + scratch));
        QVERIFY(lines.contains("TMPDIR=" + scratch));
        QVERIFY(lines.contains("cwd=" + scratch));
        QVERIFY(!result.standardOutput.contains("DUET_TEST_SECRET"));
        QVERIFY(!result.standardOutput.contains("XDG_"));

        // Empty at every start, and writable: what one run leaves there, the
        // next does not find.
        const QString file = Sandbox::scratchPath() + QLatin1String("/left-behind");
        QCOMPARE(runHostile({QStringLiteral("write"), file}).standardOutput, "wrote " + file.toUtf8() + '\n');
        QVERIFY(runHostile({QStringLiteral("read"), file}).standardOutput.startsWith("refused: "));
    }

    void cannotReachTheNetwork()
    {
        const Listener listener;
        QVERIFY(listener.port() > 0);
        const QString port = QString::number(listener.port());
        const RunResult confined = runHostile({QStringLiteral("connect"), port});
        QCOMPARE(confined.ending, RunResult::Ending::Exited);
        QVERIFY2(confined.standardOutput.startsWith("refused: "), confined.standardOutput.constData());
        // The listener is there: unconfined, the same program reaches it.
        const RunResult unconfined = runHostile({QStringLiteral("connect"), port}, {}, false);
        QCOMPARE(unconfined.standardOutput, QByteArray("connected\n"));
    }

    void forkBombIsRefusedAtTheProcessCap()
    {
        if (!ControlGroupPlace::forThisProcess().isUsable() && geteuid() == 0)
            QSKIP("as root without a control group nothing caps a run's processes; no fork bomb unbounded");
        RunLimits limits;
        limits.processes = 32;
        const RunResult result = runHostile({QStringLiteral("fork-until-refused")}, limits);
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QVERIFY2(result.standardOutput.startsWith("refused after "), result.standardOutput.constData());
        const int started = result.standardOutput.mid(14).split(':').constFirst().toInt();
        QVERIFY2(started < limits.processes, result.standardOutput.constData());
        if (ControlGroupPlace::forThisProcess().isUsable()) {
            QVERIFY(result.processesRefused > 0);
            QVERIFY2(result.describeEnding().contains(QLatin1String("its limit of 32 processes")),
                     qPrintable(result.describeEnding()));
        }
    }

    void memoryIsCappedAcrossProcesses()
    {
        if (!ControlGroupPlace::forThisProcess().isUsable())
            QSKIP("no control group can be made here: memory is capped per process only");
        RunLimits limits;
        limits.memoryBytes = qint64(256) << 20;
        // Each child alone is well within its address-space limit; together
        // they are far over the run's memory.
        const RunResult result
            = runHostile({QStringLiteral("allocate"), QStringLiteral("4"), QStringLiteral("100")}, limits);
        QCOMPARE(result.ending, RunResult::Ending::Exited);
        QVERIFY2(result.standardOutput.startsWith("4 children, "), result.standardOutput.constData());
        QVERIFY2(!result.standardOutput.contains(", 0 killed"), result.standardOutput.constData());
        QVERIFY(result.memoryLimitKills > 0);
        QVERIFY2(result.describeEnding().contains(QLatin1String("memory limit (256 MiB for all its processes")),
                 qPrintable(result.describeEnding()));
    }

    void pythonRunsFromAPrivateFolder()
    {
        // A section named like a standard module, and a program that puts a
        // module of that name in its working folder: neither shadows json.
        Section section;
        section.id = QStringLiteral("json");
        section.python.fileName = QStringLiteral(":/lessons/test/lesson.md");
        const QString program = QStringLiteral("import sys, json\n"
                                               "open('json.py', 'w').write('raise SystemExit(\"shadowed\")')\n"
                                               "import importlib; importlib.reload(json)\n"
                                               "print(json.dumps([__file__.endswith('/%1'), sys.argv[0]]))\n")
                                    .arg(SectionRunner::pythonScriptName());
        // Two runs at once, each with its own program: each sees its own.
        SectionRunner first;
        SectionRunner second;
        QSignalSpy firstDone(&first, &SectionRunner::finished);
        QSignalSpy secondDone(&second, &SectionRunner::finished);
        first.run(section, {Language::Python, program + QStringLiteral("print('first')\n"), false}, {}, {});
        second.run(section, {Language::Python, program + QStringLiteral("print('second')\n"), false}, {}, {});
        QVERIFY(firstDone.wait(30'000));
        QVERIFY(secondDone.count() == 1 || secondDone.wait(30'000));
        const auto firstResult = firstDone.constFirst().constFirst().value<RunResult>();
        const auto secondResult = secondDone.constFirst().constFirst().value<RunResult>();
        QVERIFY2(firstResult.succeeded(), firstResult.standardError.constData());
        QCOMPARE(firstResult.standardOutput, QByteArray("[true, \"duet-section.py\"]\nfirst\n"));
        QCOMPARE(secondResult.standardOutput, QByteArray("[true, \"duet-section.py\"]\nsecond\n"));
    }

    void tracebacksNameThePaneLine()
    {
        Section section;
        section.id = QStringLiteral("traceback");
        section.python.fileName = QStringLiteral(":/lessons/test/lesson.md");
        SectionRunner runner;
        QSignalSpy done(&runner, &SectionRunner::finished);
        runner.run(section, {Language::Python, QStringLiteral("x = 1\n\nraise ValueError('line three')\n"), false}, {},
                   {});
        QVERIFY(done.wait(30'000));
        const auto result = done.constFirst().constFirst().value<RunResult>();
        QCOMPARE(result.exitCode, 1);
        const QByteArray expected = "File \"" + Sandbox::scratchPath().toUtf8() + "/duet-section.py\", line 3";
        QVERIFY2(result.standardError.contains(expected), result.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

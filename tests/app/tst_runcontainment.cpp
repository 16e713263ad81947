// How `duet --run` ends and shares, run as a user would run it: a signal to
// Duet ends the program and everything it started and exits 128 + N; two
// Duets compiling one program at once both succeed; a pack's program runs
// without a sandbox only when trusted.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace
{

QString signalPack()
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/programs/signal-pack");
}

QString runPacks()
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/run-packs");
}

/// A process as it was seen: its PID and its start time, so that a PID used
/// again by another process later is not taken for it.
struct Seen {
    qint64 pid = 0;
    QByteArray start;
};

QByteArray startTime(qint64 pid, bool *zombie = nullptr)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (zombie)
        *zombie = fields.value(0) == "Z";
    // Field 22 of stat; 20 after the name and the state.
    return fields.value(19);
}

/// Every descendant of `pid`, found through /proc's children lists.
QList<Seen> descendants(qint64 pid)
{
    QList<Seen> found;
    QList<qint64> pending {pid};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeFirst();
        const QStringList tasks
            = QDir(QStringLiteral("/proc/%1/task").arg(parent)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &task : tasks) {
            QFile children(QStringLiteral("/proc/%1/task/%2/children").arg(parent).arg(task));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' ')) {
                const qint64 childPid = child.trimmed().toLongLong();
                if (childPid > 0) {
                    found.append({childPid, startTime(childPid)});
                    pending.append(childPid);
                }
            }
        }
    }
    return found;
}

int stillAlive(const QList<Seen> &processes)
{
    int alive = 0;
    for (const Seen &process : processes) {
        bool zombie = false;
        if (startTime(process.pid, &zombie) == process.start && !zombie)
            ++alive;
    }
    return alive;
}

struct Outcome {
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

Outcome runDuet(const QStringList &arguments,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess duet;
    duet.setProcessEnvironment(environment);
    duet.start(QStringLiteral(DUET_EXECUTABLE), arguments);
    // A test process, not a GUI thread: waiting here is what a shell does.
    if (!duet.waitForFinished(300'000))
        return {};
    return {duet.exitStatus() == QProcess::NormalExit ? duet.exitCode() : -1, duet.readAllStandardOutput(),
            duet.readAllStandardError()};
}

} // namespace

class TestRunContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSignalEndsTheRunCompletely_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("language");
        QTest::newRow("SIGTERM, C++") << int(SIGTERM) << QStringLiteral("cpp");
        QTest::newRow("SIGINT, Python") << int(SIGINT) << QStringLiteral("python");
        QTest::newRow("SIGHUP, C++") << int(SIGHUP) << QStringLiteral("cpp");
    }

    void aSignalEndsTheRunCompletely()
    {
        QFETCH(int, signal);
        QFETCH(QString, language);
        QProcess duet;
        duet.start(QStringLiteral(DUET_EXECUTABLE),
                   {QStringLiteral("--run"), QStringLiteral("signals/sleeps"), QStringLiteral("--lang"), language,
                    QStringLiteral("--lesson-dir"), signalPack()});
        QVERIFY(duet.waitForStarted());
        QByteArray output;
        while (!output.contains("sleeping\n") && duet.waitForReadyRead(300'000))
            output += duet.readAllStandardOutput();
        QVERIFY2(output.contains("sleeping\n"), duet.readAllStandardError().constData());
        // The program, and the helper it put in a session of its own, with
        // whatever runs them.
        QList<Seen> tree;
        QTRY_VERIFY_WITH_TIMEOUT((tree = descendants(duet.processId())).size() >= 2, 5000);

        ::kill(pid_t(duet.processId()), signal);
        QVERIFY(duet.waitForFinished(10'000));
        QCOMPARE(duet.exitStatus(), QProcess::NormalExit);
        QCOMPARE(duet.exitCode(), 128 + signal);
        QTRY_COMPARE_WITH_TIMEOUT(stillAlive(tree), 0, 5000);
    }

    void twoDuetsCompileOneProgram()
    {
        // A cache of their own, empty: both build the precompiled header and
        // the program at the same moment, into the same place.
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        const QStringList arguments {QStringLiteral("--run"), QStringLiteral("programs/exit-status"),
                                     QStringLiteral("--lesson-dir"), runPacks()};
        QProcess first;
        QProcess second;
        for (QProcess *duet : {&first, &second}) {
            duet->setProcessEnvironment(environment);
            duet->start(QStringLiteral(DUET_EXECUTABLE), arguments);
        }
        for (QProcess *duet : {&first, &second}) {
            QVERIFY(duet->waitForFinished(600'000));
            const QByteArray error = duet->readAllStandardError();
            QVERIFY2(duet->exitCode() == 3, error.constData());
            QCOMPARE(duet->readAllStandardOutput(), QByteArray("to stdout\n"));
        }
    }

    void withoutSandboxOnlyTrustedPacksRun()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DUET_SANDBOX"), QStringLiteral("off"));
        const QStringList pack {QStringLiteral("--run"),        QStringLiteral("programs/exit-status"),
                                QStringLiteral("--lang"),       QStringLiteral("python"),
                                QStringLiteral("--lesson-dir"), runPacks()};

        const Outcome refused = runDuet(pack, environment);
        QCOMPARE(refused.exitCode, 127);
        QVERIFY(refused.standardOutput.isEmpty());
        QVERIFY2(refused.standardError.contains("Duet cannot sandbox programs here"),
                 refused.standardError.constData());
        QVERIFY(refused.standardError.contains("DUET_SANDBOX=off"));
        QVERIFY(refused.standardError.contains("--trust"));

        const Outcome trusted = runDuet(pack + QStringList {QStringLiteral("--trust")}, environment);
        QCOMPARE(trusted.exitCode, 3);
        QCOMPARE(trusted.standardOutput, QByteArray("to stdout\n"));

        // Duet's own lessons are trusted as they are.
        const Outcome builtIn
            = runDuet({QStringLiteral("--run"), QStringLiteral("advanced-python/functional-techniques")}, environment);
        QVERIFY2(builtIn.exitCode == 0, builtIn.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestRunContainment)
#include "tst_runcontainment.moc"

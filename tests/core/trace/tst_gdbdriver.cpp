// Talking GDB/MI to a real gdb: answers reach the handler of their command,
// in order, what gdb reports by itself comes as signals, and gdb is held to
// the run's limits like any program.

#include "core/trace/GdbDriver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

class TestGdbDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!GdbDriver::findGdb().isEmpty(), "these tests need gdb on PATH");
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("/tmp/program") << QStringLiteral("\"/tmp/program\"");
        QTest::newRow("spaces") << QStringLiteral("/a b/c") << QStringLiteral("\"/a b/c\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(GdbDriver::quoted(text), quoted);
    }

    void answersComeToTheirCommandsInOrder()
    {
        QTemporaryDir folder;
        GdbDriver gdb;
        QSignalSpy finished(&gdb, &GdbDriver::finished);
        QSignalSpy notices(&gdb, &GdbDriver::asyncRecord);
        gdb.start(GdbDriver::findGdb(), folder.path(), {}, RunLimits {}, false);
        QStringList answers;
        gdb.send(QStringLiteral("-gdb-set confirm off"),
                 [&answers](const GdbMiRecord &result) { answers.append(result.recordClass); });
        gdb.send(QStringLiteral("-data-evaluate-expression 6*7"),
                 [&answers](const GdbMiRecord &result) { answers.append(result.results[u"value"].string()); });
        gdb.send(QStringLiteral("-no-such-command"), [&answers](const GdbMiRecord &result) {
            answers.append(result.recordClass + QLatin1Char(':') + result.results[u"code"].string());
        });
        gdb.send(QStringLiteral("-interpreter-exec console ") + GdbDriver::quoted(QStringLiteral("echo \"x\"")));
        gdb.send(QStringLiteral("-gdb-exit"));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(
            answers,
            (QStringList {QStringLiteral("done"), QStringLiteral("42"), QStringLiteral("error:undefined-command")}));
        // gdb announces its inferior before anything is asked.
        QVERIFY(!notices.isEmpty());
        QCOMPARE(notices.constFirst().constFirst().value<GdbMiRecord>().recordClass,
                 QStringLiteral("thread-group-added"));
        const auto result = finished.constFirst().constFirst().value<RunResult>();
        QVERIFY(result.succeeded());
        QVERIFY(!gdb.isRunning());
    }

    void stopEndsGdbAtOnce()
    {
        QTemporaryDir folder;
        GdbDriver gdb;
        QSignalSpy finished(&gdb, &GdbDriver::finished);
        gdb.start(GdbDriver::findGdb(), folder.path(), {}, RunLimits {}, false);
        bool answered = false;
        gdb.send(QStringLiteral("-gdb-set confirm off"), [&answered](const GdbMiRecord &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
        QVERIFY(gdb.isRunning());
        gdb.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().value<RunResult>().ending, RunResult::Ending::Stopped);
    }

    void heldToTheWallLimit()
    {
        QTemporaryDir folder;
        GdbDriver gdb;
        QSignalSpy finished(&gdb, &GdbDriver::finished);
        RunLimits limits;
        limits.wallMilliseconds = 500;
        gdb.start(GdbDriver::findGdb(), folder.path(), {}, limits, false);
        // gdb waits for commands that never come.
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.constFirst().constFirst().value<RunResult>().ending, RunResult::Ending::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TestGdbDriver)
#include "tst_gdbdriver.moc"

// Reading the steps gdb records itself: declarations first, then one step a
// line, variables filtered, and a line cut off by a killed run ignored.

#include "core/trace/GdbStepFile.h"

#include <QFile>
#include <QTest>

using namespace Duet;

class TestGdbStepFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps()
    {
        // Written as gdb writes it, and cut off in its last line as a killed
        // run leaves it.
        QFile data(QStringLiteral(DUET_TEST_DATA_DIR "/trace/gdb-steps.jsonl"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray file = data.readAll();
        const QList<TraceStep> steps = GdbStepFile::parse(file);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).line, 5);
        QCOMPARE(steps.at(0).function, QStringLiteral("main"));
        // Declared on its own line: not yet; the compiler's own: never.
        QVERIFY(steps.at(0).locals.isEmpty());
        QCOMPARE(steps.at(1).locals, (QList<TraceVariable> {{QStringLiteral("total"), QStringLiteral("0")}}));
        QCOMPARE(steps.at(1).standardOutputLength, 12);
    }

    void nothingRecorded()
    {
        QVERIFY(GdbStepFile::parse({}).isEmpty());
        QVERIFY(GdbStepFile::parse("not json\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGdbStepFile)
#include "tst_gdbstepfile.moc"

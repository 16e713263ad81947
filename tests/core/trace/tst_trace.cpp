// A recorded trace as a value: its steps' regions and its JSON.

#include "core/trace/Trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Duet;

class TestTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void innermostRegion_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("region");
        // Regions count displayed lines from 0; steps from 1.
        QTest::newRow("before any") << 1 << QString();
        QTest::newRow("outer only") << 3 << QStringLiteral("outer");
        QTest::newRow("nested") << 5 << QStringLiteral("inner");
        QTest::newRow("last line of inner") << 6 << QStringLiteral("inner");
        QTest::newRow("outer again") << 7 << QStringLiteral("outer");
        QTest::newRow("second stretch of a name") << 10 << QStringLiteral("inner");
        QTest::newRow("after all") << 12 << QString();
    }

    void innermostRegion()
    {
        QFETCH(int, line);
        QFETCH(QString, region);
        CodeListing listing;
        listing.regions = {
            {QStringLiteral("outer"), 2, 7, 0}, {QStringLiteral("inner"), 4, 5, 0}, {QStringLiteral("inner"), 9, 9, 0}};
        QCOMPARE(regionAtLine(listing, line), region);
    }

    void json()
    {
        Trace trace;
        trace.language = Language::Cpp;
        trace.truncated = true;
        TraceStep first;
        first.line = 3;
        first.function = QStringLiteral("main");
        first.region = QStringLiteral("usage");
        first.locals
            = {{QStringLiteral("total"), QStringLiteral("0")}, {QStringLiteral("name"), QStringLiteral("\"x\"")}};
        first.standardOutputLength = 12;
        TraceStep second;
        second.line = 4;
        second.function = QStringLiteral("main");
        trace.steps = {first, second};
        const QJsonObject object = trace.toJson();
        QCOMPARE(object.value(u"lang").toString(), QStringLiteral("cpp"));
        QCOMPARE(object.value(u"truncated").toBool(), true);
        const QJsonArray steps = object.value(u"steps").toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject step = steps.at(0).toObject();
        QCOMPARE(step.keys(),
                 (QStringList {QStringLiteral("function"), QStringLiteral("line"), QStringLiteral("locals"),
                               QStringLiteral("region"), QStringLiteral("stdoutLength")}));
        QCOMPARE(step.value(u"line").toInt(), 3);
        QCOMPARE(step.value(u"region").toString(), QStringLiteral("usage"));
        QCOMPARE(step.value(u"stdoutLength").toInteger(), 12);
        QCOMPARE(step.value(u"locals").toObject().value(u"name").toString(), QStringLiteral("\"x\""));
        QVERIFY(steps.at(1).toObject().value(u"region").isNull());
    }

    void endings()
    {
        Trace trace;
        trace.run.ending = RunResult::Ending::Exited;
        trace.run.exitCode = 3;
        QCOMPARE(trace.describeEnding(), QStringLiteral("exit code 3"));
        trace.truncated = true;
        trace.steps.resize(7);
        QCOMPARE(trace.describeEnding(), QStringLiteral("stopped after 7 steps (the step bound)"));
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"

// Which of gdb's variables a learner sees at a step: declared ones only,
// arguments first, the compiler's own left out, long values cut.

#include "core/trace/GdbLocals.h"
#include "core/trace/GdbMiParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Duet;

namespace
{

GdbMiValue resultsOf(const QByteArray &line)
{
    auto record = GdbMiParser::parseLine(line);
    if (!record)
        qFatal("%s", qPrintable(record.error()));
    return record->results;
}

// What -duet-declarations says of a function at 0x1000..0x1100 with a loop
// block at 0x1040..0x1080 (lines as in the source), in gdb's own form.
const QByteArray declarations = "^done,file=\"/p/program.cpp\",variables=["
                                "{start=\"0x1000\",end=\"0x1100\",name=\"count\",line=\"3\",argument=\"1\"},"
                                "{start=\"0x1000\",end=\"0x1100\",name=\"total\",line=\"5\",argument=\"0\"},"
                                "{start=\"0x1000\",end=\"0x1100\",name=\"names\",line=\"9\",argument=\"0\"},"
                                "{start=\"0x1040\",end=\"0x1080\",name=\"__range1\",line=\"0\",argument=\"0\"},"
                                "{start=\"0x1040\",end=\"0x1080\",name=\"total\",line=\"7\",argument=\"0\"}]";

// -stack-list-variables --all-values inside the loop: innermost block first.
const QByteArray variables = "^done,variables=["
                             "{name=\"__range1\",value=\"<error reading variable>\"},"
                             "{name=\"total\",value=\"1\"},"
                             "{name=\"count\",arg=\"1\",value=\"3\"},"
                             "{name=\"total\",value=\"10\"},"
                             "{name=\"names\",value=\"std::vector of length -5\"}]";

QString describe(const QList<TraceVariable> &shown)
{
    QStringList words;
    for (const TraceVariable &variable : shown)
        words.append(variable.name + QLatin1Char('=') + variable.value);
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestGdbLocals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaredVariablesOnly_data()
    {
        QTest::addColumn<quint64>("pc");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        // In the loop, after the inner total's declaration: both totals
        // (the inner one first, as gdb lists shadowing names), not `names`.
        QTest::newRow("in the loop") << quint64(0x1050) << 8 << QStringLiteral("count=3 total=10 total=1");
        // On the inner declaration's own line: it has not run yet.
        QTest::newRow("on a declaration") << quint64(0x1050) << 7 << QStringLiteral("count=3 total=10");
        QTest::newRow("after everything")
            << quint64(0x1050) << 12 << QStringLiteral("count=3 total=10 total=1 names=std::vector of length -5");
    }

    void declaredVariablesOnly()
    {
        QFETCH(quint64, pc);
        QFETCH(int, line);
        QFETCH(QString, expected);
        GdbLocals locals;
        locals.setDeclarations(GdbLocals::declarationsFromMi(resultsOf(declarations)[u"variables"]));
        QVERIFY(locals.hasDeclarations());
        QCOMPARE(describe(locals.visible(GdbLocals::listedFromMi(resultsOf(variables)[u"variables"]), pc, line)),
                 expected);
    }

    void withoutDeclarationsOnlyTheCompilersNamesGo()
    {
        GdbLocals locals;
        QVERIFY(!locals.hasDeclarations());
        QCOMPARE(describe(locals.visible(GdbLocals::listedFromMi(resultsOf(variables)[u"variables"]), 0x1050, 8)),
                 QStringLiteral("count=3 total=1 total=10 names=std::vector of length -5"));
    }

    void readsWhatGdbsPythonWrites()
    {
        // duet_gdb.py writes the same lists as JSON, flags as numbers or
        // booleans.
        const auto declared = QJsonDocument::fromJson(
            "[{\"start\": \"0x1000\", \"end\": \"0x1100\", \"name\": \"count\", \"line\": 3, \"argument\": true},"
            "{\"start\": \"0x1000\", \"end\": \"0x1100\", \"name\": \"total\", \"line\": 5, \"argument\": false}]");
        const auto listed = QJsonDocument::fromJson(
            "[{\"name\": \"total\", \"value\": \"10\"}, {\"name\": \"count\", \"arg\": 1, \"value\": \"3\"}]");
        GdbLocals locals;
        locals.setDeclarations(GdbLocals::declarationsFromJson(declared.array()));
        QCOMPARE(describe(locals.visible(GdbLocals::listedFromJson(listed.array()), 0x1010, 6)),
                 QStringLiteral("count=3 total=10"));
        QCOMPARE(describe(locals.visible(GdbLocals::listedFromJson(listed.array()), 0x1010, 5)),
                 QStringLiteral("count=3"));
    }

    void longValuesAreCut()
    {
        GdbLocals locals;
        const QByteArray longValue = "^done,variables=[{name=\"text\",value=\"" + QByteArray(500, 'x') + "\"}]";
        const QList<TraceVariable> shown
            = locals.visible(GdbLocals::listedFromMi(resultsOf(longValue)[u"variables"]), 0, 1, 50);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().value.size(), 50);
        QVERIFY(shown.constFirst().value.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestGdbLocals)
#include "tst_gdblocals.moc"

// `duet --trace`, run as a user would run it: one JSON object with the
// steps as the panes show them, a readable listing, and clear failures.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

namespace
{

struct Outcome {
    int exitCode = -1;
    QByteArray standardOutput;
    QString standardError;
};

Outcome runDuet(QStringList arguments)
{
    arguments.prepend(QStringLiteral(DUET_TEST_DATA_DIR "/trace/pack"));
    arguments.prepend(QStringLiteral("--lesson-dir"));
    QProcess duet;
    duet.start(QStringLiteral(DUET_BINARY_DIR "/bin/duet"), arguments);
    if (!duet.waitForStarted())
        return {};
    duet.closeWriteChannel();
    // A test process, not a GUI thread: waiting here is what a shell does.
    duet.waitForFinished(240'000);
    return {duet.exitStatus() == QProcess::NormalExit ? duet.exitCode() : -1, duet.readAllStandardOutput(),
            QString::fromUtf8(duet.readAllStandardError())};
}

QJsonObject traceJson(const QString &section, const QString &language, const QStringList &more = {})
{
    const Outcome outcome = runDuet(
        QStringList {QStringLiteral("--trace"), section, QStringLiteral("--lang"), language, QStringLiteral("--json")}
        + more);
    if (outcome.exitCode != 0)
        qWarning().noquote() << outcome.standardError;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.standardOutput, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not one JSON object:" << error.errorString() << outcome.standardOutput.left(500);
    return document.object();
}

QList<int> linesOf(const QJsonObject &trace)
{
    QList<int> lines;
    for (const QJsonValue &step : trace.value(u"steps").toArray())
        lines.append(step.toObject().value(u"line").toInt());
    return lines;
}

QStringList regionsOf(const QJsonObject &trace)
{
    QStringList regions;
    for (const QJsonValue &step : trace.value(u"steps").toArray()) {
        const QJsonValue region = step.toObject().value(u"region");
        regions.append(region.isNull() ? QStringLiteral("null") : region.toString());
    }
    return regions;
}

} // namespace

class TestTraceCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonJson()
    {
        const QJsonObject trace = traceJson(QStringLiteral("tracing/counting"), QStringLiteral("python"));
        QCOMPARE(trace.keys(),
                 (QStringList {QStringLiteral("lang"), QStringLiteral("section"), QStringLiteral("steps"),
                               QStringLiteral("truncated")}));
        QCOMPARE(trace.value(u"section").toString(), QStringLiteral("tracing/counting"));
        QCOMPARE(trace.value(u"lang").toString(), QStringLiteral("python"));
        QCOMPARE(trace.value(u"truncated").toBool(true), false);
        // Lines as displayed: the region markers above each line are gone.
        QCOMPARE(linesOf(trace), (QList<int> {1, 2, 3, 2, 3, 2, 3, 2, 4}));
        QCOMPARE(regionsOf(trace),
                 (QStringList {QStringLiteral("setup"), QStringLiteral("loop"), QStringLiteral("loop"),
                               QStringLiteral("loop"), QStringLiteral("loop"), QStringLiteral("loop"),
                               QStringLiteral("loop"), QStringLiteral("loop"), QStringLiteral("null")}));
        const QJsonObject last = trace.value(u"steps").toArray().last().toObject();
        QCOMPARE(last.value(u"function").toString(), QStringLiteral("<module>"));
        QCOMPARE(last.value(u"locals").toObject().value(u"total").toString(), QStringLiteral("3"));
        QCOMPARE(last.value(u"stdoutLength").toInt(-1), 0);
    }

    void cppJson()
    {
        const QJsonObject trace = traceJson(QStringLiteral("tracing/counting"), QStringLiteral("cpp"));
        QCOMPARE(trace.value(u"lang").toString(), QStringLiteral("cpp"));
        const QList<int> lines = linesOf(trace);
        QVERIFY2(lines.size() >= 5, qPrintable(QDebug::toString(lines)));
        QCOMPARE(lines.constFirst(), 5);
        QCOMPARE(lines.count(7), 3);
        const QStringList regions = regionsOf(trace);
        QCOMPARE(regions.at(lines.indexOf(5)), QStringLiteral("setup"));
        QCOMPARE(regions.at(lines.indexOf(7)), QStringLiteral("loop"));
        QCOMPARE(regions.at(lines.indexOf(8)), QStringLiteral("null"));
        const QJsonObject last = trace.value(u"steps").toArray().last().toObject();
        QCOMPARE(last.value(u"function").toString(), QStringLiteral("main"));
        QCOMPARE(last.value(u"locals").toObject().value(u"total").toString(), QStringLiteral("3"));
        // "3\n" was printed before main's closing line.
        QCOMPARE(last.value(u"stdoutLength").toInt(-1), 2);
    }

    void readsTheGivenInput_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("python") << QStringLiteral("python");
        QTest::newRow("cpp") << QStringLiteral("cpp");
    }

    void readsTheGivenInput()
    {
        QFETCH(QString, language);
        QTemporaryFile input;
        QVERIFY(input.open());
        input.write("hi there\n");
        input.close();
        const QJsonObject trace
            = traceJson(QStringLiteral("tracing/echo"), language, {QStringLiteral("--stdin"), input.fileName()});
        const QJsonArray steps = trace.value(u"steps").toArray();
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().toObject().value(u"locals").toObject().value(u"line").toString().toLower(),
                 language == QLatin1String("python") ? QStringLiteral("'hi there'") : QStringLiteral("\"hi there\""));
    }

    void readableListing()
    {
        const Outcome outcome = runDuet({QStringLiteral("--trace"), QStringLiteral("tracing/counting"),
                                         QStringLiteral("--lang"), QStringLiteral("python")});
        QCOMPARE(outcome.exitCode, 0);
        const QString text = QString::fromUtf8(outcome.standardOutput);
        QVERIFY2(text.startsWith(QLatin1String("#1  line   1  <module>  [setup]  stdout 0\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("    total = 3\n")));
        QVERIFY2(outcome.standardError.contains(QLatin1String("tracing/counting (Python): 9 steps")),
                 qPrintable(outcome.standardError));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such section") << QStringList {QStringLiteral("--trace"), QStringLiteral("tracing/nothing")}
                                         << 2 << QStringLiteral("there is no section 'tracing/nothing'");
        QTest::newRow("no program in that language")
            << QStringList {QStringLiteral("--trace"), QStringLiteral("tracing/prose-only"), QStringLiteral("--lang"),
                            QStringLiteral("python")}
            << 2 << QStringLiteral("has no Python program");
        QTest::newRow("json with another mode")
            << QStringList {QStringLiteral("--check"), QStringLiteral("--json")} << 64
            << QStringLiteral("--json goes with --list, --run or --trace");
        QTest::newRow("both languages at once")
            << QStringList {QStringLiteral("--trace"), QStringLiteral("tracing/counting"), QStringLiteral("--lang"),
                            QStringLiteral("both")}
            << 64 << QStringLiteral("--trace records one language at a time");
        QTest::newRow("two modes") << QStringList {QStringLiteral("--trace"), QStringLiteral("tracing/counting"),
                                                   QStringLiteral("--list")}
                                   << 64 << QStringLiteral("cannot be combined");
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome outcome = runDuet(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(outcome.standardError.contains(message), qPrintable(outcome.standardError));
        QVERIFY(outcome.standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTraceCommand)
#include "tst_tracecommand.moc"

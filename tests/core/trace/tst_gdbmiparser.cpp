// Reading GDB/MI: the grammar on hand-made lines, and whole transcripts gdb
// really wrote (tests/data/trace/mi/*.mi, made by capture.sh there).

#include "core/trace/GdbMiParser.h"

#include <QFile>
#include <QTest>

using namespace Duet;

namespace
{

QByteArray transcript(const char *name)
{
    QFile file(QStringLiteral(DUET_TEST_DATA_DIR "/trace/mi/%1.mi").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

GdbMiRecord parsed(const QByteArray &line)
{
    auto record = GdbMiParser::parseLine(line);
    if (!record)
        qFatal("%s: %s", line.constData(), qPrintable(record.error()));
    return *record;
}

/// The records of a transcript of the given type and class, in order.
QList<GdbMiRecord> recordsOf(const QList<GdbMiRecord> &records, GdbMiRecord::Type type, QStringView recordClass = {})
{
    QList<GdbMiRecord> found;
    for (const GdbMiRecord &record : records) {
        if (record.type == type && (recordClass.isEmpty() || record.recordClass == recordClass))
            found.append(record);
    }
    return found;
}

} // namespace

class TestGdbMiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cStrings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("\"hello\"") << QStringLiteral("hello");
        QTest::newRow("empty") << QByteArray("\"\"") << QString();
        QTest::newRow("quote and backslash")
            << QByteArray("\"say \\\"hi\\\" \\\\ there\"") << QStringLiteral("say \"hi\" \\ there");
        QTest::newRow("c escapes") << QByteArray("\"a\\nb\\tc\\rd\\ae\\bf\\fg\\vh\\ei\"")
                                   << QStringLiteral("a\nb\tc\rd\ae\bf\fg\vh\x1bi");
        QTest::newRow("octal utf-8") << QByteArray("\"caf\\303\\251\"") << QStringLiteral("caf\u00e9");
        QTest::newRow("short octal") << QByteArray("\"a\\0b\\12c\"") << QString::fromUtf8("a\0b\nc", 5);
        QTest::newRow("hex") << QByteArray("\"\\x41\\x4a!\"") << QStringLiteral("AJ!");
        QTest::newRow("raw utf-8") << QByteArray("\"\xc3\xa9t\xc3\xa9\"") << QStringLiteral("\u00e9t\u00e9");
    }

    void cStrings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        qsizetype position = 0;
        const auto text = GdbMiParser::parseCString(input, position);
        QVERIFY2(text.has_value(), qPrintable(text.error()));
        QCOMPARE(*text, expected);
        QCOMPARE(position, input.size());
    }

    void recordsOfEveryKind_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("token");
        QTest::addColumn<QString>("recordClass");
        QTest::addColumn<QString>("resultsOrText");
        using Type = GdbMiRecord::Type;
        QTest::newRow("done") << QByteArray("12^done") << int(Type::Result) << qint64(12) << QStringLiteral("done")
                              << QStringLiteral("{}");
        QTest::newRow("error") << QByteArray("8^error,msg=\"No symbol \\\"x\\\" in current context.\"")
                               << int(Type::Result) << qint64(8) << QStringLiteral("error")
                               << QStringLiteral("{msg=\"No symbol \\\"x\\\" in current context.\"}");
        QTest::newRow("running, no token") << QByteArray("^running") << int(Type::Result) << qint64(-1)
                                           << QStringLiteral("running") << QStringLiteral("{}");
        QTest::newRow("exec") << QByteArray("*stopped,reason=\"exited\",exit-code=\"03\"") << int(Type::ExecAsync)
                              << qint64(-1) << QStringLiteral("stopped")
                              << QStringLiteral("{reason=\"exited\",exit-code=\"03\"}");
        QTest::newRow("notify") << QByteArray("=thread-group-added,id=\"i1\"") << int(Type::NotifyAsync) << qint64(-1)
                                << QStringLiteral("thread-group-added") << QStringLiteral("{id=\"i1\"}");
        QTest::newRow("status") << QByteArray("+download,{section=\".text\",section-size=\"1024\"}")
                                << int(Type::StatusAsync) << qint64(-1) << QStringLiteral("download")
                                << QStringLiteral("{{section=\".text\",section-size=\"1024\"}}");
        QTest::newRow("console") << QByteArray("~\"7\\t    return value * 2;\\n\"") << int(Type::ConsoleStream)
                                 << qint64(-1) << QString() << QStringLiteral("7\t    return value * 2;\n");
        QTest::newRow("target") << QByteArray("@\"out\"") << int(Type::TargetStream) << qint64(-1) << QString()
                                << QStringLiteral("out");
        QTest::newRow("log") << QByteArray("&\"warning: x\\n\"") << int(Type::LogStream) << qint64(-1) << QString()
                             << QStringLiteral("warning: x\n");
        QTest::newRow("prompt") << QByteArray("(gdb) ") << int(Type::Prompt) << qint64(-1) << QString() << QString();
        QTest::newRow("crlf") << QByteArray("3^done,value=\"1\"\r") << int(Type::Result) << qint64(3)
                              << QStringLiteral("done") << QStringLiteral("{value=\"1\"}");
        QTest::newRow("nested")
            << QByteArray("^done,a=[],b={},c=[{x=\"1\"},{x=\"2\"}],d=[\"p\",\"q\"],e=[f=\"1\",f=\"2\"]")
            << int(Type::Result) << qint64(-1) << QStringLiteral("done")
            << QStringLiteral("{a=[],b={},c=[{x=\"1\"},{x=\"2\"}],d=[\"p\",\"q\"],e=[f=\"1\",f=\"2\"]}");
    }

    void recordsOfEveryKind()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, type);
        QFETCH(qint64, token);
        QFETCH(QString, recordClass);
        QFETCH(QString, resultsOrText);
        const GdbMiRecord record = parsed(line);
        QCOMPARE(int(record.type), type);
        QCOMPARE(record.token, token);
        QCOMPARE(record.recordClass, recordClass);
        const bool stream = record.type == GdbMiRecord::Type::ConsoleStream
            || record.type == GdbMiRecord::Type::TargetStream || record.type == GdbMiRecord::Type::LogStream;
        if (stream)
            QCOMPARE(record.text, resultsOrText);
        else if (record.type != GdbMiRecord::Type::Prompt)
            QCOMPARE(record.results.toMi(), resultsOrText);
    }

    void rejectsWhatIsNotMi_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("program output") << QByteArray("hello from the program");
        QTest::newRow("unterminated string") << QByteArray("^done,msg=\"open");
        QTest::newRow("unclosed tuple") << QByteArray("^done,frame={line=\"3\"");
        QTest::newRow("missing value") << QByteArray("^done,msg=");
        QTest::newRow("trailing text") << QByteArray("^done,a=\"1\" junk");
        QTest::newRow("no class") << QByteArray("^,a=\"1\"");
        QTest::newRow("bad separator") << QByteArray("^done,a=[\"1\" \"2\"]");
    }

    void rejectsWhatIsNotMi()
    {
        QFETCH(QByteArray, line);
        const auto record = GdbMiParser::parseLine(line);
        QVERIFY(!record.has_value());
        QVERIFY(record.error().contains(QLatin1String("byte")));
    }

    void valuesAreSafeToChain()
    {
        const GdbMiRecord record = parsed("*stopped,frame={func=\"main\",line=\"7\"},frame={line=\"9\"}");
        QCOMPARE(record.results[u"frame"][u"line"].string(), QStringLiteral("7"));
        QCOMPARE(record.results[u"frame"][u"missing"][u"deeper"].string(), QString());
        QVERIFY(!record.results[u"nothing"].isValid());
        QCOMPARE(record.results.fields().size(), std::size_t(2));
        QCOMPARE(record.results.values().at(1)[u"line"].string(), QStringLiteral("9"));
    }

    void feedWaitsForWholeLines()
    {
        GdbMiParser parser;
        const QByteArray output = "1^done\n(gdb) \n*stopped,reason=\"exited-normally\"\nhello\n2^run";
        QList<GdbMiRecord> records;
        // One byte at a time: no chunk boundary may matter.
        for (const char byte : output)
            records += parser.feed(QByteArrayView(&byte, 1));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).token, 1);
        QCOMPARE(int(records.at(1).type), int(GdbMiRecord::Type::Prompt));
        QCOMPARE(records.at(2).results[u"reason"].string(), QStringLiteral("exited-normally"));
        QCOMPARE(int(records.at(3).type), int(GdbMiRecord::Type::Unknown));
        QCOMPARE(records.at(3).text, QStringLiteral("hello"));
        records = parser.feed("ning\n");
        QCOMPARE(records.size(), 1);
        QVERIFY(records.constFirst().isResult(u"running"));
        QCOMPARE(records.constFirst().token, 2);
    }

    void readsARealSession()
    {
        GdbMiParser parser;
        const QList<GdbMiRecord> records = parser.feed(transcript("values"));
        QVERIFY(recordsOf(records, GdbMiRecord::Type::Unknown).isEmpty());

        QList<GdbMiRecord> results = recordsOf(records, GdbMiRecord::Type::Result);
        QCOMPARE(results.size(), 18);
        for (qsizetype index = 0; index < results.size(); ++index)
            QCOMPARE(results.at(index).token, index + 1);

        // -file-list-exec-source-file and -symbol-list-lines
        QCOMPARE(results.at(3).results[u"file"].string(), QStringLiteral("values.cpp"));
        QVERIFY(results.at(3).results[u"fullname"].string().endsWith(QLatin1String("/values.cpp")));
        const auto lines = results.at(4).results[u"lines"].values();
        QVERIFY(lines.size() > 5);
        QVERIFY(std::ranges::any_of(lines, [](const GdbMiValue &line) { return line[u"line"].string() == u"15"; }));
        QVERIFY(lines.front()[u"pc"].string().startsWith(QLatin1String("0x")));

        // Breakpoints, and one on a line without code.
        QCOMPARE(results.at(5).results[u"bkpt"][u"func"].string(), QStringLiteral("twice(int)"));
        QVERIFY(results.at(7).isResult(u"error"));
        QCOMPARE(results.at(7).results[u"msg"].string(),
                 QStringLiteral("No compiled code for line 99 in file \"values.cpp\"."));

        // Variables with values, quotes and UTF-8 written as octal escapes.
        const auto arguments = results.at(10).results[u"variables"].values();
        QCOMPARE(arguments.size(), std::size_t(1));
        QCOMPARE(arguments.front()[u"name"].string(), QStringLiteral("value"));
        QCOMPARE(arguments.front()[u"arg"].string(), QStringLiteral("1"));
        QCOMPARE(arguments.front()[u"value"].string(), QStringLiteral("2"));
        const auto locals = results.at(12).results[u"variables"].values();
        QCOMPARE(locals.size(), std::size_t(3));
        QVERIFY2(locals.front()[u"value"].string().startsWith(QStringLiteral("\"caf\u00e9 \\\"quote")),
                 qPrintable(locals.front()[u"value"].string()));
        QCOMPARE(locals.at(1)[u"value"].string(), QStringLiteral("std::vector of length 3, capacity 3 = {1, 2, 3}"));
        QCOMPARE(locals.at(2)[u"value"].string(), QStringLiteral("4"));
        const auto simple = results.at(13).results[u"variables"].values();
        QCOMPARE(simple.front()[u"type"].string(), QStringLiteral("std::string"));
        QVERIFY(!simple.front()[u"value"].isValid());

        QVERIFY(results.at(16).isResult(u"error"));
        QCOMPARE(results.at(16).results[u"code"].string(), QStringLiteral("undefined-command"));
        QVERIFY(results.at(17).isResult(u"exit"));

        // The console echo with escapes, decoded.
        const QList<GdbMiRecord> console = recordsOf(records, GdbMiRecord::Type::ConsoleStream);
        QVERIFY(std::ranges::any_of(
            console, [](const GdbMiRecord &record) { return record.text == QStringLiteral("caf\u00e9 \"x\"\n"); }));

        const QList<GdbMiRecord> stops = recordsOf(records, GdbMiRecord::Type::ExecAsync, u"stopped");
        QCOMPARE(stops.size(), 3);
        QCOMPARE(stops.at(0).results[u"reason"].string(), QStringLiteral("breakpoint-hit"));
        QCOMPARE(stops.at(0).results[u"frame"][u"func"].string(), QStringLiteral("twice"));
        QCOMPARE(stops.at(0).results[u"frame"][u"args"].values().front()[u"value"].string(), QStringLiteral("2"));
        QCOMPARE(stops.at(1).results[u"frame"][u"line"].string(), QStringLiteral("15"));
        QCOMPARE(stops.at(2).results[u"reason"].string(), QStringLiteral("exited"));
        QCOMPARE(stops.at(2).results[u"exit-code"].string(), QStringLiteral("03"));
    }

    void readsCrashesAndUncaughtExceptions()
    {
        GdbMiParser parser;
        const QList<GdbMiRecord> records = parser.feed(transcript("crash"));
        QVERIFY(recordsOf(records, GdbMiRecord::Type::Unknown).isEmpty());
        const QList<GdbMiRecord> stops = recordsOf(records, GdbMiRecord::Type::ExecAsync, u"stopped");
        QCOMPARE(stops.size(), 5);
        QCOMPARE(stops.at(1).results[u"reason"].string(), QStringLiteral("signal-received"));
        QCOMPARE(stops.at(1).results[u"signal-name"].string(), QStringLiteral("SIGSEGV"));
        QCOMPARE(stops.at(1).results[u"frame"][u"func"].string(), QStringLiteral("divide"));
        QCOMPARE(stops.at(2).results[u"reason"].string(), QStringLiteral("exited-signalled"));
        QCOMPARE(stops.at(2).results[u"signal-name"].string(), QStringLiteral("SIGSEGV"));
        // An uncaught exception aborts in the C library, outside the program.
        QCOMPARE(stops.at(3).results[u"signal-name"].string(), QStringLiteral("SIGABRT"));
        QVERIFY(!stops.at(3).results[u"frame"][u"fullname"].string().endsWith(QLatin1String("crash.cpp")));
        QCOMPARE(stops.at(4).results[u"signal-name"].string(), QStringLiteral("SIGABRT"));
        const QList<GdbMiRecord> logs = recordsOf(records, GdbMiRecord::Type::LogStream);
        QVERIFY(!logs.isEmpty());
    }

    void roundTripsThroughMi()
    {
        const QByteArray line = "^done,bkpt={number=\"4\",addr=\"<MULTIPLE>\",locations=[{number=\"4.1\",func=\"main()"
                                "\"},{number=\"4.2\",func=\"main::$_0::operator()(int, int) const\"}]}";
        const GdbMiRecord record = parsed(line);
        QCOMPARE(QStringLiteral("^done,") + record.results.toMi().mid(1).chopped(1), QString::fromUtf8(line));
        const auto locations = record.results[u"bkpt"][u"locations"].values();
        QCOMPARE(locations.size(), std::size_t(2));
        QCOMPARE(locations.at(1)[u"func"].string(), QStringLiteral("main::$_0::operator()(int, int) const"));
    }
};

QTEST_GUILESS_MAIN(TestGdbMiParser)
#include "tst_gdbmiparser.moc"

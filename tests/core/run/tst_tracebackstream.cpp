// Python's standard error fed piece by piece, as a run delivers it: plain
// lines go out at once, a traceback waits for its exception line and then
// comes out linked, whatever the pieces' boundaries.

#include "core/run/TracebackStream.h"

#include <QTest>

using namespace Duet;

namespace
{

const QString script = QStringLiteral("duet-section.py");

CodeListing listing()
{
    CodeListing listing;
    listing.fileName = QStringLiteral(":/lessons/advanced-python/lesson.md");
    listing.text = QStringLiteral("import sys\n\ndef f():\n    raise ValueError('no')\n\nf()\n");
    for (int line = 0; line < 6; ++line)
        listing.sourceLines.append(100 + line);
    return listing;
}

const QString traceback = QStringLiteral("Traceback (most recent call last):\n"
                                         "  File \"/tmp/duet-section.py\", line 6, in <module>\n"
                                         "    f()\n"
                                         "  File \"/tmp/duet-section.py\", line 4, in f\n"
                                         "    raise ValueError('no')\n"
                                         "ValueError: no\n");

} // namespace

class TestTracebackStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLinesGoOutAtOnce()
    {
        TracebackStream stream(script, listing());
        QCOMPARE(stream.feed(QStringLiteral("warning: one\nwarn")).text, QStringLiteral("warning: one\n"));
        QCOMPARE(stream.feed(QStringLiteral("ing: two\n")).text, QStringLiteral("warning: two\n"));
        QCOMPARE(stream.finish().text, QString());
    }

    void indentedLinesOutsideATracebackAreNotHeld()
    {
        TracebackStream stream(script, listing());
        QCOMPARE(stream.feed(QStringLiteral("    progress 1\n")).text, QStringLiteral("    progress 1\n"));
    }

    void aTracebackWaitsForItsExceptionLine_data()
    {
        QTest::addColumn<int>("pieceSize");
        for (const int size : {1, 7, 40, 1000})
            QTest::addRow("pieces of %d", size) << size;
    }

    void aTracebackWaitsForItsExceptionLine()
    {
        QFETCH(int, pieceSize);
        const QString errors = QStringLiteral("before\n") + traceback;
        TracebackStream stream(script, listing());
        LinkedOutput shown;
        for (qsizetype at = 0; at < errors.size(); at += pieceSize) {
            const LinkedOutput piece = stream.feed(errors.mid(at, pieceSize));
            // Nothing of the traceback is shown before its end has arrived.
            if (piece.text.contains(QLatin1String("Traceback")))
                QVERIFY(errors.left(at + pieceSize).contains(QLatin1String("ValueError: no\n")));
            for (OutputLink link : piece.links) {
                link.start += shown.text.size();
                shown.links.append(link);
            }
            shown.text += piece.text;
            shown.diagnostics += piece.diagnostics;
        }
        shown.text += stream.finish().text;

        QVERIFY(shown.text.startsWith(QLatin1String("before\nTraceback (most recent call last):\n")));
        QVERIFY2(shown.text.contains(QLatin1String("File \"lesson.md\", line 105, in <module>")),
                 qPrintable(shown.text));
        QVERIFY(shown.text.contains(QLatin1String("File \"lesson.md\", line 103, in f")));
        QVERIFY(!shown.text.contains(QLatin1String("/tmp/")));
        QCOMPARE(shown.links.size(), 2);
        QCOMPARE(shown.links.at(0).line, 6);
        QCOMPARE(shown.links.at(1).line, 4);
        QCOMPARE(shown.diagnostics.size(), 1);
        QCOMPARE(shown.diagnostics.constFirst().line, 4);
    }

    void anUnfinishedTracebackComesOutAtTheEnd()
    {
        TracebackStream stream(script, listing());
        const QString cut = traceback.left(traceback.indexOf(QLatin1String("ValueError")));
        QCOMPARE(stream.feed(cut).text, QString());
        const LinkedOutput rest = stream.finish();
        QVERIFY(rest.text.startsWith(QLatin1String("Traceback")));
        QCOMPARE(rest.links.size(), 2);
    }

    void framesOfOtherFilesStayAsPrinted()
    {
        TracebackStream stream(script, listing());
        const QString errors = QStringLiteral("Traceback (most recent call last):\n"
                                              "  File \"/usr/lib/python3.13/json/__init__.py\", line 346, in loads\n"
                                              "    return _default_decoder.decode(s)\n"
                                              "json.decoder.JSONDecodeError: Expecting value\n");
        const LinkedOutput shown = stream.feed(errors);
        QCOMPARE(shown.text, errors);
        QVERIFY(shown.links.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTracebackStream)
#include "tst_tracebackstream.moc"

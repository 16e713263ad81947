// Aligning a section's two outputs the way diff does, with declared varying
// lines, and staying bounded on hostile outputs and patterns.

#include "core/run/OutputDiff.h"

#include <QTest>

using namespace Duet;
using Kind = OutputDiff::LineKind;

Q_DECLARE_METATYPE(QList<Kind>)

namespace
{

QList<Kind> kinds(const OutputDiff &diff)
{
    QList<Kind> result;
    for (const OutputDiff::Row &row : diff.rows)
        result.append(row.kind);
    return result;
}

} // namespace

class TestOutputDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("cpp");
        QTest::addColumn<QStringList>("varying");
        QTest::addColumn<QList<Kind>>("expected");
        const QStringList time {QStringLiteral("^took \\d+ ms$")};
        QTest::newRow("equal") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n") << QStringList()
                               << QList<Kind> {Kind::Same, Kind::Same};
        QTest::newRow("CRLF is LF") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n") << QStringList()
                                    << QList<Kind> {Kind::Same, Kind::Same};
        QTest::newRow("no final newline")
            << QStringLiteral("a") << QStringLiteral("a\n") << QStringList() << QList<Kind> {Kind::Same};
        QTest::newRow("one changed line") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nX\nc\n") << QStringList()
                                          << QList<Kind> {Kind::Same, Kind::Changed, Kind::Same};
        // One line added at the top marks one line, not every line after it.
        QTest::newRow("line inserted at the top")
            << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n") << QStringLiteral("banner\n1\n2\n3\n4\n5\n6\n7\n8\n")
            << QStringList() << QList<Kind> {Kind::OnlyCpp, Kind::Same, Kind::Same, Kind::Same, Kind::Same,
                                             Kind::Same,    Kind::Same, Kind::Same, Kind::Same};
        QTest::newRow("line deleted in the middle")
            << QStringLiteral("a\nb\nc\nd\n") << QStringLiteral("a\nc\nd\n") << QStringList()
            << QList<Kind> {Kind::Same, Kind::OnlyPython, Kind::Same, Kind::Same};
        QTest::newRow("C++ longer at the end") << QStringLiteral("a\n") << QStringLiteral("a\nb\n") << QStringList()
                                               << QList<Kind> {Kind::Same, Kind::OnlyCpp};
        QTest::newRow("varying line") << QStringLiteral("a\ntook 31 ms\nb\n") << QStringLiteral("a\ntook 2 ms\nb\n")
                                      << time << QList<Kind> {Kind::Same, Kind::Varying, Kind::Same};
        QTest::newRow("varying needs both") << QStringLiteral("took 31 ms\n") << QStringLiteral("took a while\n")
                                            << time << QList<Kind> {Kind::Changed};
        QTest::newRow("varying lines align past an insertion")
            << QStringLiteral("took 3 ms\nend\n") << QStringLiteral("extra\ntook 1 ms\nend\n") << time
            << QList<Kind> {Kind::OnlyCpp, Kind::Varying, Kind::Same};
        QTest::newRow("several changes") << QStringLiteral("a\nb\nc\nd\ne\n") << QStringLiteral("a\nB\nc\ne\nf\n")
                                         << QStringList()
                                         << QList<Kind> {Kind::Same,       Kind::Changed, Kind::Same,
                                                         Kind::OnlyPython, Kind::Same,    Kind::OnlyCpp};
        QTest::newRow("both empty") << QString() << QString() << QStringList() << QList<Kind> {};
        QTest::newRow("one empty") << QStringLiteral("a\nb\n") << QString() << QStringList()
                                   << QList<Kind> {Kind::OnlyPython, Kind::OnlyPython};
    }

    void compare()
    {
        QFETCH(QString, python);
        QFETCH(QString, cpp);
        QFETCH(QStringList, varying);
        QFETCH(QList<Kind>, expected);
        const OutputDiff diff = OutputDiff::compare(python, cpp, varying);
        QCOMPARE(kinds(diff), expected);
        QVERIFY(diff.isExact());
        QCOMPARE(diff.agrees(),
                 !expected.contains(Kind::Changed) && !expected.contains(Kind::OnlyCpp)
                     && !expected.contains(Kind::OnlyPython));
        // Every line of both outputs appears once, in order.
        QStringList pythonLines;
        QStringList cppLines;
        for (const OutputDiff::Row &row : diff.rows) {
            if (row.pythonLine >= 0) {
                QCOMPARE(row.pythonLine, int(pythonLines.size()));
                pythonLines.append(row.python);
            }
            if (row.cppLine >= 0) {
                QCOMPARE(row.cppLine, int(cppLines.size()));
                cppLines.append(row.cpp);
            }
        }
        QCOMPARE(pythonLines, OutputDiff::linesOf(python));
        QCOMPARE(cppLines, OutputDiff::linesOf(cpp));
    }

    void firstDifferenceAndCounts()
    {
        const OutputDiff diff
            = OutputDiff::compare(QStringLiteral("a\ntook 1 ms\nc\n"), QStringLiteral("a\ntook 2 ms\nC\nd\n"),
                                  {QStringLiteral("^took \\d+ ms$")});
        QCOMPARE(diff.firstDifference(), 2);
        QCOMPARE(diff.differenceCount(), 2);
        QCOMPARE(diff.varyingCount(), 1);
    }

    void outputsTooDifferentArePairedByPosition()
    {
        QString python;
        QString cpp;
        for (int line = 0; line < 20'000; ++line) {
            python += QStringLiteral("p%1\n").arg(line);
            cpp += QStringLiteral("c%1\n").arg(line);
        }
        const OutputDiff diff = OutputDiff::compare(python, cpp, {});
        QVERIFY(!diff.isExact());
        QCOMPARE(diff.rows.size(), 20'000);
        QCOMPARE(diff.differenceCount(), 20'000);
        QCOMPARE(diff.rows.constLast().python, QStringLiteral("p19999"));
        QCOMPARE(diff.rows.constLast().cpp, QStringLiteral("c19999"));
    }

    void catastrophicPatternIsBounded()
    {
        // Nested quantifiers backtrack exponentially on a near miss: the
        // comparison must still end, within its budget, and say it is inexact.
        const QString nearMiss = QString(40, QLatin1Char('a')) + QLatin1Char('!');
        QString output;
        for (int line = 0; line < 200; ++line)
            output += nearMiss + QLatin1Char('\n');
        const OutputDiff diff = OutputDiff::compare(output, output, {QStringLiteral("^(a+)+$")});
        QVERIFY(diff.agrees());
        QCOMPARE(diff.rows.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestOutputDiff)
#include "tst_outputdiff.moc"

// Comparing a section's two outputs line by line, with declared varying lines.

#include "core/edit/EditStore.h"
#include "core/run/OutputComparison.h"
#include "core/run/RunStatistics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

class TestOutputComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("cpp");
        QTest::addColumn<QStringList>("varying");
        QTest::addColumn<int>("firstDifference");
        const QStringList time {QStringLiteral("^took \\d+ ms$")};
        QTest::newRow("equal") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n") << QStringList() << -1;
        QTest::newRow("CRLF is LF") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n") << QStringList() << -1;
        QTest::newRow("differs") << QStringLiteral("a\nb\n") << QStringLiteral("a\nc\n") << QStringList() << 1;
        QTest::newRow("one longer") << QStringLiteral("a\n") << QStringLiteral("a\nb\n") << QStringList() << 1;
        QTest::newRow("varying line") << QStringLiteral("a\ntook 31 ms\n") << QStringLiteral("a\ntook 2 ms\n") << time
                                      << -1;
        QTest::newRow("varying needs both")
            << QStringLiteral("took 31 ms\n") << QStringLiteral("took a while\n") << time << 0;
        QTest::newRow("no final newline") << QStringLiteral("a") << QStringLiteral("a\n") << QStringList() << -1;
    }

    void compare()
    {
        QFETCH(QString, python);
        QFETCH(QString, cpp);
        QFETCH(QStringList, varying);
        QFETCH(int, firstDifference);
        const OutputComparison comparison = OutputComparison::compare(python, cpp, varying);
        QCOMPARE(comparison.firstDifference(), firstDifference);
        QCOMPARE(comparison.agrees(), firstDifference < 0);
    }

    void editsRoundTrip()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        EditStore store(directory.path());
        QVERIFY(!store.load(u"lesson", u"section", Language::Cpp));
        QVERIFY(store.save(u"lesson", u"section", Language::Cpp, QStringLiteral("int main() { return 1; } // café\n")));
        QVERIFY(store.save(u"lesson", u"section", Language::Python, QStringLiteral("print('mine')\n")));
        QCOMPARE(store.load(u"lesson", u"section", Language::Cpp),
                 QStringLiteral("int main() { return 1; } // café\n"));
        // A second store over the same folder, as after a restart.
        const EditStore reopened(directory.path());
        QCOMPARE(reopened.load(u"lesson", u"section", Language::Python), QStringLiteral("print('mine')\n"));
        QVERIFY(store.remove(u"lesson", u"section", Language::Cpp));
        QVERIFY(!store.load(u"lesson", u"section", Language::Cpp));
        QVERIFY(store.remove(u"lesson", u"section", Language::Cpp));
    }

    void statistics()
    {
        const RunStatistics odd = RunStatistics::of({5, 1, 3});
        QCOMPARE(odd.minimum, 1.0);
        QCOMPARE(odd.median, 3.0);
        QCOMPARE(odd.maximum, 5.0);
        QCOMPARE(RunStatistics::of({4, 1, 2, 3}).median, 2.5);
        QCOMPARE(RunStatistics::of({}).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutputComparison)
#include "tst_outputcomparison.moc"

// Medians, quartiles and ranges of repeated timings.

#include "core/run/RunStatistics.h"

#include <QTest>

using namespace Duet;

class TestRunStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QList<double>>("samples");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("lowerQuartile");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("upperQuartile");
        QTest::addColumn<double>("maximum");
        QTest::newRow("one") << QList<double> {7} << 1 << 7.0 << 7.0 << 7.0 << 7.0 << 7.0;
        QTest::newRow("two") << QList<double> {4, 2} << 2 << 2.0 << 2.0 << 3.0 << 4.0 << 4.0;
        QTest::newRow("three, unsorted") << QList<double> {5, 1, 3} << 3 << 1.0 << 2.0 << 3.0 << 4.0 << 5.0;
        QTest::newRow("four") << QList<double> {4, 1, 2, 3} << 4 << 1.0 << 1.5 << 2.5 << 3.5 << 4.0;
        QTest::newRow("five, one outlier")
            << QList<double> {10, 11, 12, 13, 90} << 5 << 10.0 << 11.0 << 12.0 << 13.0 << 90.0;
        QTest::newRow("unmeasured left out") << QList<double> {-1, 2, -1, 4} << 2 << 2.0 << 2.0 << 3.0 << 4.0 << 4.0;
    }

    void of()
    {
        QFETCH(QList<double>, samples);
        const RunStatistics statistics = RunStatistics::of(samples);
        QTEST(int(statistics.count), "count");
        QTEST(statistics.minimum, "minimum");
        QTEST(statistics.lowerQuartile, "lowerQuartile");
        QTEST(statistics.median, "median");
        QTEST(statistics.upperQuartile, "upperQuartile");
        QTEST(statistics.maximum, "maximum");
    }

    void empty()
    {
        QVERIFY(RunStatistics::of({}).isEmpty());
        QVERIFY(RunStatistics::of({-1, -1}).isEmpty());
        QCOMPARE(RunStatistics::of({}).summary(), QStringLiteral("not measured"));
    }

    void summary()
    {
        QCOMPARE(RunStatistics::of({1.25}).summary(), QStringLiteral("1.25 ms"));
        QCOMPARE(RunStatistics::of({1.2, 1.31, 2.05}).summary(), QStringLiteral("median 1.31 ms (1.20 ms–2.05 ms)"));
    }
};

QTEST_GUILESS_MAIN(TestRunStatistics)
#include "tst_runstatistics.moc"

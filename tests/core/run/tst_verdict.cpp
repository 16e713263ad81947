// What a comparison may say, judged from given samples.

#include "core/run/Verdict.h"

#include <QTest>

using namespace Duet;
using Kind = Verdict::Kind;

Q_DECLARE_METATYPE(Duet::Verdict::Evidence)

namespace
{

QList<double> times(std::initializer_list<double> values)
{
    return QList<double>(values);
}

/// CPU busy for nearly all of each run.
QList<double> busy(const QList<double> &wall)
{
    QList<double> cpu;
    for (const double value : wall)
        cpu.append(value * 0.95);
    return cpu;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<Verdict::Evidence>("evidence");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("ratio"); // 0: none

        const QList<double> python = times({30, 31, 32, 33, 35});
        const QList<double> cpp = times({1.0, 1.1, 1.2, 1.3, 1.5});
        const auto busyRuns = [](const QList<double> &wall) { return Verdict::Samples {{}, wall, busy(wall), {}, {}}; };
        const auto evidence = [](Verdict::Samples pythonSamples, Verdict::Samples cppSamples, bool agree = true) {
            return Verdict::Evidence {std::move(pythonSamples), std::move(cppSamples), agree};
        };
        QTest::newRow("C++ clearly faster") << evidence(busyRuns(python), busyRuns(cpp)) << Kind::CppFaster << 32 / 1.2;
        QTest::newRow("Python clearly faster")
            << evidence(busyRuns(cpp), busyRuns(python)) << Kind::PythonFaster << 32 / 1.2;
        // One disturbed run reaches into the other's range, but the middle halves still separate.
        QTest::newRow("an outlier does not hide a clear difference")
            << evidence(busyRuns(python), busyRuns(times({1.0, 1.1, 1.2, 1.3, 31.5}))) << Kind::CppFaster
            << 32 / 1.2;
        QTest::newRow("overlapping spreads")
            << evidence(busyRuns(times({10, 12, 11, 13, 9})), busyRuns(times({11, 10, 12, 9.5, 12.5})))
            << Kind::NoClearDifference << 0.0;
        const QList<double> sleeping = times({1001, 1002, 1003});
        const QList<double> sleepingToo = times({1000, 1000.5, 1001});
        QTest::newRow("both mostly wait")
            << evidence({{}, sleeping, times({20, 21, 22}), {}, {}}, {{}, sleepingToo, times({1, 1, 1}), {}, {}})
            << Kind::MostlyWaiting << 0.0;
        QTest::newRow("only one waits: speed verdict")
            << evidence({{}, sleeping, times({20, 21, 22}), {}, {}}, busyRuns(cpp.mid(0, 3))) << Kind::CppFaster
            << 1002 / 1.1;
        // A machine so busy that every process gets a sixth of a CPU: the
        // empty programs show it, and the programs are not said to wait.
        const QList<double> crowded = times({180, 190, 200, 210, 220});
        const QList<double> crowdedCpp = times({6, 7, 7.5, 8, 9});
        const QList<double> sixth {30, 32, 33, 35, 37};
        QTest::newRow("a busy machine is not waiting")
            << evidence({{}, crowded, sixth, times({150, 160, 170, 175, 180}), times({25, 26, 28, 29, 30})},
                        {{}, crowdedCpp, times({1, 1.2, 1.25, 1.3, 1.5}), times({5, 6, 6, 6, 7}),
                         times({0.9, 1, 1, 1, 1.1})})
            << Kind::CppFaster << 200 / 7.5;
        QTest::newRow("waiting on a busy machine")
            << evidence({{}, times({1200, 1250, 1300}), times({25, 26, 28}), times({150, 160, 170}), times({25, 26, 28})},
                        {{}, times({1100, 1120, 1150}), times({1, 1, 1}), times({5, 6, 6}), times({0.9, 1, 1})})
            << Kind::MostlyWaiting << 0.0;
        QTest::newRow("CPU time unknown")
            << evidence({{}, python, times({-1, -1, -1, -1, -1}), {}, {}}, {{}, cpp, times({-1, -1, -1, -1, -1}), {}, {}})
            << Kind::CppFaster << 32 / 1.2;
        QTest::newRow("too few runs") << evidence(busyRuns(times({30, 31})), busyRuns(times({1, 1.1})))
                                      << Kind::NoClearDifference << 0.0;
        QTest::newRow("one run each") << evidence(busyRuns(times({30})), busyRuns(times({1}))) << Kind::NoClearDifference
                                      << 0.0;
        QTest::newRow("outputs differ") << evidence(busyRuns(python), busyRuns(cpp), false) << Kind::OutputsDiffer
                                        << 0.0;
        QTest::newRow("C++ did not compile")
            << evidence(busyRuns(python), {QStringLiteral("did not compile"), {}, {}, {}, {}}, false) << Kind::Failed
            << 0.0;
        QTest::newRow("Python crashed")
            << evidence({QStringLiteral("ended with Segmentation fault (SIGSEGV)"), times({5}), busy(times({5})), {}, {}},
                        busyRuns(cpp))
            << Kind::Failed << 0.0;
    }

    void judge()
    {
        QFETCH(Verdict::Evidence, evidence);
        QFETCH(Kind, kind);
        QFETCH(double, ratio);
        const Verdict verdict = Verdict::judge(evidence);
        QCOMPARE(verdict.kind, kind);
        QCOMPARE(verdict.ratio.has_value(), ratio > 0);
        if (ratio > 0)
            QCOMPARE(*verdict.ratio, ratio);
        QVERIFY(!verdict.text.isEmpty());
        QVERIFY(!verdict.method.isEmpty());
        // A speed claim is made only by a speed verdict.
        const bool claimsSpeed = verdict.text.contains(QLatin1String("faster"));
        QCOMPARE(claimsSpeed, kind == Kind::CppFaster || kind == Kind::PythonFaster);
    }

    void texts()
    {
        const QList<double> python = times({30, 31, 32, 33, 35});
        const QList<double> cpp = times({1.0, 1.1, 1.2, 1.3, 1.5});
        const Verdict faster
            = Verdict::judge({{{}, python, busy(python), {}, {}}, {{}, cpp, busy(cpp), {}, {}}, true});
        QCOMPARE(
            faster.text,
            QStringLiteral("C++ 27× faster (median of 5 runs each, start-up included; the spreads do not overlap)."));
        const Verdict failed = Verdict::judge({{QStringLiteral("ended with exit code 3"), {}, {}, {}, {}},
                                               {QStringLiteral("did not compile"), {}, {}, {}, {}},
                                               false});
        QCOMPARE(failed.text,
                 QStringLiteral("No speed verdict: the Python ended with exit code 3 and the C++ did not compile."));
        QCOMPARE(Verdict::kindName(Kind::MostlyWaiting), QStringLiteral("mostly-waiting"));
        QCOMPARE(Verdict::formatRatio(4.94), QStringLiteral("4.9"));
        QCOMPARE(Verdict::formatRatio(26.7), QStringLiteral("27"));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"

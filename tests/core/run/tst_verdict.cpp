// What a comparison may say, judged from given samples.

#include "core/run/Verdict.h"

#include <QTest>

using namespace Duet;
using Kind = Verdict::Kind;

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
        QTest::addColumn<QString>("pythonProblem");
        QTest::addColumn<QString>("cppProblem");
        QTest::addColumn<bool>("outputsAgree");
        QTest::addColumn<QList<double>>("pythonWall");
        QTest::addColumn<QList<double>>("pythonCpu");
        QTest::addColumn<QList<double>>("cppWall");
        QTest::addColumn<QList<double>>("cppCpu");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("ratio"); // 0: none

        const QList<double> python = times({30, 31, 32, 33, 35});
        const QList<double> cpp = times({1.0, 1.1, 1.2, 1.3, 1.5});
        QTest::newRow("C++ clearly faster") << QString() << QString() << true << python << busy(python) << cpp
                                            << busy(cpp) << Kind::CppFaster << 32 / 1.2;
        QTest::newRow("Python clearly faster") << QString() << QString() << true << cpp << busy(cpp) << python
                                               << busy(python) << Kind::PythonFaster << 32 / 1.2;
        // One disturbed run reaches into the other's range, but the middle halves still separate.
        const QList<double> disturbed = times({1.0, 1.1, 1.2, 1.3, 31.5});
        QTest::newRow("an outlier does not hide a clear difference")
            << QString() << QString() << true << python << busy(python) << disturbed << busy(disturbed)
            << Kind::CppFaster << 32 / 1.2;
        const QList<double> close = times({10, 12, 11, 13, 9});
        const QList<double> closeToo = times({11, 10, 12, 9.5, 12.5});
        QTest::newRow("overlapping spreads") << QString() << QString() << true << close << busy(close) << closeToo
                                             << busy(closeToo) << Kind::NoClearDifference << 0.0;
        const QList<double> sleeping = times({1001, 1002, 1003});
        const QList<double> sleepingToo = times({1000, 1000.5, 1001});
        QTest::newRow("both mostly wait") << QString() << QString() << true << sleeping << times({20, 21, 22})
                                          << sleepingToo << times({1, 1, 1}) << Kind::MostlyWaiting << 0.0;
        QTest::newRow("only one waits: speed verdict")
            << QString() << QString() << true << sleeping << times({20, 21, 22}) << cpp.mid(0, 3) << busy(cpp.mid(0, 3))
            << Kind::CppFaster << 1002 / 1.1;
        QTest::newRow("CPU time unknown") << QString() << QString() << true << python << times({-1, -1, -1, -1, -1})
                                          << cpp << times({-1, -1, -1, -1, -1}) << Kind::CppFaster << 32 / 1.2;
        QTest::newRow("too few runs") << QString() << QString() << true << times({30, 31}) << busy(times({30, 31}))
                                      << times({1, 1.1}) << busy(times({1, 1.1})) << Kind::NoClearDifference << 0.0;
        QTest::newRow("one run each") << QString() << QString() << true << times({30}) << busy(times({30}))
                                      << times({1}) << busy(times({1})) << Kind::NoClearDifference << 0.0;
        QTest::newRow("outputs differ") << QString() << QString() << false << python << busy(python) << cpp << busy(cpp)
                                        << Kind::OutputsDiffer << 0.0;
        QTest::newRow("C++ did not compile")
            << QString() << QStringLiteral("did not compile") << false << python << busy(python) << QList<double>()
            << QList<double>() << Kind::Failed << 0.0;
        QTest::newRow("Python crashed") << QStringLiteral("ended with Segmentation fault (SIGSEGV)") << QString()
                                        << true << times({5}) << busy(times({5})) << cpp << busy(cpp) << Kind::Failed
                                        << 0.0;
    }

    void judge()
    {
        QFETCH(QString, pythonProblem);
        QFETCH(QString, cppProblem);
        QFETCH(bool, outputsAgree);
        QFETCH(QList<double>, pythonWall);
        QFETCH(QList<double>, pythonCpu);
        QFETCH(QList<double>, cppWall);
        QFETCH(QList<double>, cppCpu);
        QFETCH(Kind, kind);
        QFETCH(double, ratio);
        const Verdict verdict
            = Verdict::judge({pythonProblem, cppProblem, outputsAgree, pythonWall, cppWall, pythonCpu, cppCpu});
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
        const Verdict faster = Verdict::judge({{}, {}, true, python, cpp, busy(python), busy(cpp)});
        QCOMPARE(
            faster.text,
            QStringLiteral("C++ 27× faster (median of 5 runs each, start-up included; the spreads do not overlap)."));
        const Verdict failed = Verdict::judge(
            {QStringLiteral("ended with exit code 3"), QStringLiteral("did not compile"), false, {}, {}, {}, {}});
        QCOMPARE(failed.text,
                 QStringLiteral("No speed verdict: the Python ended with exit code 3 and the C++ did not compile."));
        QCOMPARE(Verdict::kindName(Kind::MostlyWaiting), QStringLiteral("mostly-waiting"));
        QCOMPARE(Verdict::formatRatio(4.94), QStringLiteral("4.9"));
        QCOMPARE(Verdict::formatRatio(26.7), QStringLiteral("27"));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"

// Putting two traces in step by their linked regions: the rule on small
// cases, divergence shown honestly, and the invariants on random traces.

#include "core/trace/TraceAlignment.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Duet;
using Position = TraceAlignment::Position;

namespace
{

/// "a a - x*": one region per step, "-" for none, a trailing '*' for a
/// definition step.
std::pair<QStringList, QList<bool>> stepsOf(const QString &text)
{
    QStringList regions;
    QList<bool> definitions;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool definition = word.endsWith(QLatin1Char('*'));
        if (definition)
            word.chop(1);
        regions.append(word == QLatin1String("-") ? QString() : word);
        definitions.append(definition);
    }
    return {regions, definitions};
}

TraceAlignment alignText(const QString &first, const QString &second)
{
    const auto [firstRegions, firstDefinitions] = stepsOf(first);
    const auto [secondRegions, secondDefinitions] = stepsOf(second);
    return TraceAlignment::align(firstRegions, secondRegions, firstDefinitions, secondDefinitions);
}

/// "0,0 1,0w 2,1": positions, a 'w' after an index marking that side waiting.
QString describe(const TraceAlignment &alignment)
{
    QStringList words;
    for (const Position &position : alignment.positions()) {
        words.append(QStringLiteral("%1%2,%3%4")
                         .arg(position.first)
                         .arg(position.firstWaits ? QStringLiteral("w") : QString())
                         .arg(position.second)
                         .arg(position.secondWaits ? QStringLiteral("w") : QString()));
    }
    return words.join(QLatin1Char(' '));
}

/// The longest common subsequence of the linkable visits, by the textbook
/// table, to check the linear-space one against.
int referenceMatchCount(const QStringList &first, const QStringList &second)
{
    const auto visits = [](const QStringList &regions) {
        QStringList result;
        for (qsizetype index = 0; index < regions.size(); ++index) {
            if (index == 0 || regions.at(index) != regions.at(index - 1))
                result.append(regions.at(index));
        }
        return result;
    };
    const QStringList left = visits(first);
    const QStringList right = visits(second);
    QList<QList<int>> table(left.size() + 1, QList<int>(right.size() + 1, 0));
    for (qsizetype row = 1; row <= left.size(); ++row) {
        for (qsizetype column = 1; column <= right.size(); ++column) {
            const bool same = !left.at(row - 1).isEmpty() && left.at(row - 1) == right.at(column - 1);
            table[row][column]
                = same ? table[row - 1][column - 1] + 1 : std::max(table[row - 1][column], table[row][column - 1]);
        }
    }
    return table[left.size()][right.size()];
}

void checkInvariants(const TraceAlignment &alignment, int firstCount, int secondCount)
{
    int lastFirst = -1;
    int lastSecond = -1;
    QList<bool> firstShown(firstCount, false);
    QList<bool> secondShown(secondCount, false);
    for (const Position &position : alignment.positions()) {
        QVERIFY(position.first >= lastFirst && position.second >= lastSecond);
        QVERIFY(!(position.firstWaits && position.secondWaits));
        // A side that waits has not moved.
        if (position.firstWaits)
            QCOMPARE(position.first, lastFirst);
        if (position.secondWaits)
            QCOMPARE(position.second, lastSecond);
        QVERIFY(position.first < firstCount && position.second < secondCount);
        if (!position.firstWaits) {
            QVERIFY(position.first >= 0);
            firstShown[position.first] = true;
        }
        if (!position.secondWaits) {
            QVERIFY(position.second >= 0);
            secondShown[position.second] = true;
        }
        lastFirst = position.first;
        lastSecond = position.second;
    }
    QVERIFY(!firstShown.contains(false));
    QVERIFY(!secondShown.contains(false));
    for (int step = 0; step < firstCount; ++step) {
        const int position = alignment.positionOfFirst(step);
        QCOMPARE(alignment.positions().at(position).first, step);
        QCOMPARE(alignment.secondForFirst(step), alignment.positions().at(position).second);
    }
    for (int step = 0; step < secondCount; ++step) {
        const int position = alignment.positionOfSecond(step);
        QCOMPARE(alignment.positions().at(position).second, step);
        QCOMPARE(alignment.firstForSecond(step), alignment.positions().at(position).first);
    }
}

} // namespace

class TestTraceAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expected");

        QTest::newRow("same regions, different lengths") << "a a b"
                                                         << "a b b"
                                                         << "0,0 1,0 2,1 2,2";
        QTest::newRow("the shorter visit keeps pace") << "a a a a"
                                                      << "a a"
                                                      << "0,0 1,0 2,1 3,1";
        QTest::newRow("a region only the first has: the second waits") << "a x b"
                                                                       << "a b"
                                                                       << "0,0 1,0w 2,1";
        QTest::newRow("a region only the second has: the first waits") << "a b"
                                                                       << "a y y b"
                                                                       << "0,0 0w,1 0w,2 1,3";
        QTest::newRow("more repeats in the first") << "a b a b a"
                                                   << "a b a"
                                                   << "0,0 1,1 2,2 3,2w 4,2w";
        QTest::newRow("outside regions on both sides: together") << "- a -"
                                                                 << "- - a - -"
                                                                 << "0,0 0,1 1,2 2,3 2,4";
        QTest::newRow("a region in a gap: one after the other") << "- x a"
                                                                << "- - a"
                                                                << "0,-1w 1,-1w 1w,0 1w,1 2,2";
        QTest::newRow("definitions never link") << "a* b* a b"
                                                << "a b"
                                                << "0,-1w 1,-1w 2,0 3,1";
        QTest::newRow("crossed order: only one links") << "a b"
                                                       << "b a"
                                                       << "-1w,0 0,1 1,1w";
        QTest::newRow("nothing in common") << "x -"
                                           << "- y"
                                           << "0,-1w 1,-1w 1w,0 1w,1";
        QTest::newRow("first empty") << ""
                                     << "a b"
                                     << "-1w,0 -1w,1";
        QTest::newRow("both empty") << ""
                                    << ""
                                    << "";
    }

    void rule()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        const TraceAlignment alignment = alignText(first, second);
        QCOMPARE(describe(alignment), expected);
        checkInvariants(alignment, int(stepsOf(first).first.size()), int(stepsOf(second).first.size()));
    }

    void counterparts()
    {
        const TraceAlignment alignment = alignText(QStringLiteral("x a a b"), QStringLiteral("a b b b"));
        // The second has not started while the first is in its own region.
        QCOMPARE(alignment.secondForFirst(0), -1);
        QCOMPARE(alignment.secondForFirst(1), 0);
        QCOMPARE(alignment.secondForFirst(3), 1);
        QCOMPARE(alignment.firstForSecond(3), 3);
        QCOMPARE(alignment.firstForSecond(0), 1);
        QCOMPARE(alignment.secondForFirst(99), -1);
        QCOMPARE(alignment.matchedVisits(), (QList<std::pair<int, int>> {{1, 0}, {3, 1}}));
    }

    void fromTraces()
    {
        Trace python;
        Trace cpp;
        for (const char *region : {"metaclass", "usage", "metaclass"}) {
            TraceStep step;
            step.region = QString::fromLatin1(region);
            step.definition = python.steps.isEmpty();
            python.steps.append(step);
        }
        for (const char *region : {"usage", "metaclass"}) {
            TraceStep step;
            step.region = QString::fromLatin1(region);
            cpp.steps.append(step);
        }
        const TraceAlignment alignment = TraceAlignment::align(python, cpp);
        QCOMPARE(describe(alignment), QStringLiteral("0,-1w 1,0 2,1"));
    }

    void randomTracesKeepTheInvariants()
    {
        QRandomGenerator random(17);
        const QStringList names {QString(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d")};
        for (int round = 0; round < 300; ++round) {
            QStringList first;
            QStringList second;
            QList<bool> firstDefinitions;
            for (int step = int(random.bounded(40)); step > 0; --step) {
                first.append(names.at(random.bounded(names.size())));
                firstDefinitions.append(random.bounded(10) == 0);
            }
            for (int step = int(random.bounded(40)); step > 0; --step)
                second.append(names.at(random.bounded(names.size())));
            const TraceAlignment alignment = TraceAlignment::align(first, second, firstDefinitions);
            checkInvariants(alignment, int(first.size()), int(second.size()));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(first.join(QLatin1Char('|')) + QStringLiteral(" / ") + second.join(QLatin1Char('|'))));
            // Without definitions the match is a longest one.
            const TraceAlignment plain = TraceAlignment::align(first, second);
            QCOMPARE(int(plain.matchedVisits().size()), referenceMatchCount(first, second));
        }
    }

    void longTracesStayBounded()
    {
        // Past the exact method's size the match is greedy; the timeline
        // must still be whole and in order.
        QStringList first;
        QStringList second;
        for (int step = 0; step < 20'000; ++step) {
            first.append(step % 2 ? QStringLiteral("a") : QStringLiteral("b"));
            second.append(step % 3 ? QStringLiteral("a") : QStringLiteral("b"));
        }
        const TraceAlignment alignment = TraceAlignment::align(first, second);
        checkInvariants(alignment, int(first.size()), int(second.size()));
        QVERIFY(alignment.matchedVisits().size() > 5000);
    }
};

QTEST_GUILESS_MAIN(TestTraceAlignment)
#include "tst_tracealignment.moc"

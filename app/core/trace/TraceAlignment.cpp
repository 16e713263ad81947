#include "TraceAlignment.h"

#include <QHash>

#include <algorithm>

namespace Duet
{

namespace
{

/// Past this many cells (visits of one times visits of the other) the exact
/// match would take too long in a window's thread.
constexpr qint64 exactLimit = 50'000'000;
/// How far ahead the greedy match looks for an equal region.
constexpr int greedyReach = 64;

/// A maximal run of steps in one region. `token` is 0 when the visit cannot
/// be linked (no region, or Python's definition steps); `bound` when its steps
/// lie in a region at all.
struct Visit {
    int token = 0;
    int first = 0;
    int last = 0;
    bool bound = false;
};

bool linked(int left, int right)
{
    return left != 0 && left == right;
}

QList<Visit> visitsOf(const QStringList &regions, const QList<bool> &definitions, QHash<QString, int> &ids)
{
    QList<Visit> visits;
    for (int step = 0; step < regions.size(); ++step) {
        const QString &region = regions.at(step);
        const bool definition = step < definitions.size() && definitions.at(step);
        int token = 0;
        if (!region.isEmpty() && !definition) {
            auto found = ids.constFind(region);
            if (found == ids.cend())
                found = ids.insert(region, int(ids.size()) + 1);
            token = *found;
        }
        const bool bound = !region.isEmpty();
        if (!visits.isEmpty() && visits.last().token == token && visits.last().bound == bound
            && regions.at(visits.last().last) == region) {
            visits.last().last = step;
            continue;
        }
        visits.append({token, step, step, bound});
    }
    return visits;
}

/// The lengths of the longest common subsequence of a[aBegin, aEnd) with
/// every prefix (or, backwards, suffix) of b[bBegin, bEnd).
QList<int> lcsRow(const QList<int> &a, int aBegin, int aEnd, const QList<int> &b, int bBegin, int bEnd, bool backwards)
{
    const int width = bEnd - bBegin;
    QList<int> previous(width + 1, 0);
    QList<int> current(width + 1, 0);
    for (int row = 0; row < aEnd - aBegin; ++row) {
        const int left = backwards ? a[aEnd - 1 - row] : a[aBegin + row];
        for (int column = 1; column <= width; ++column) {
            const int right = backwards ? b[bEnd - column] : b[bBegin + column - 1];
            current[column]
                = linked(left, right) ? previous[column - 1] + 1 : std::max(previous[column], current[column - 1]);
        }
        std::swap(previous, current);
    }
    return previous;
}

/// Hirschberg's linear-space longest common subsequence: the matched index
/// pairs, in order.
void matchExactly(const QList<int> &a, int aBegin, int aEnd, const QList<int> &b, int bBegin, int bEnd,
                  QList<std::pair<int, int>> &matches)
{
    if (aBegin >= aEnd || bBegin >= bEnd)
        return;
    if (aEnd - aBegin == 1) {
        for (int column = bBegin; column < bEnd; ++column) {
            if (linked(a[aBegin], b[column])) {
                matches.append({aBegin, column});
                return;
            }
        }
        return;
    }
    const int middle = aBegin + (aEnd - aBegin) / 2;
    const QList<int> upper = lcsRow(a, aBegin, middle, b, bBegin, bEnd, false);
    const QList<int> lower = lcsRow(a, middle, aEnd, b, bBegin, bEnd, true);
    const int width = bEnd - bBegin;
    int split = 0;
    int best = -1;
    for (int column = 0; column <= width; ++column) {
        const int total = upper[column] + lower[width - column];
        // The last best split gives the first half of `a` as much of `b`
        // as it can use: matches as early as possible.
        if (total >= best) {
            best = total;
            split = column;
        }
    }
    matchExactly(a, aBegin, middle, b, bBegin, bBegin + split, matches);
    matchExactly(a, middle, aEnd, b, bBegin + split, bEnd, matches);
}

QList<std::pair<int, int>> matchGreedily(const QList<int> &a, const QList<int> &b)
{
    QList<std::pair<int, int>> matches;
    qsizetype left = 0;
    qsizetype right = 0;
    while (left < a.size() && right < b.size()) {
        if (linked(a[left], b[right])) {
            matches.append({int(left++), int(right++)});
            continue;
        }
        qsizetype skipLeft = 0;
        qsizetype skipRight = 0;
        for (qsizetype distance = 1; distance <= greedyReach && (!skipLeft || !skipRight); ++distance) {
            if (!skipLeft && left + distance < a.size() && linked(a[left + distance], b[right]))
                skipLeft = distance;
            if (!skipRight && right + distance < b.size() && linked(a[left], b[right + distance]))
                skipRight = distance;
        }
        if (!skipLeft && !skipRight) {
            ++left;
            ++right;
        } else if (skipLeft && (!skipRight || skipLeft <= skipRight)) {
            left += skipLeft;
        } else {
            right += skipRight;
        }
    }
    return matches;
}

/// Walks the joint timeline, appending positions.
class Timeline
{
public:
    QList<TraceAlignment::Position> positions;

    /// Steps [firstBegin, firstEnd) and [secondBegin, secondEnd) side by side.
    void together(int firstBegin, int firstEnd, int secondBegin, int secondEnd)
    {
        const int firstCount = firstEnd - firstBegin;
        const int secondCount = secondEnd - secondBegin;
        if (firstCount == 0 || secondCount == 0)
            return oneAfterOther(firstBegin, firstEnd, secondBegin, secondEnd);
        const int rows = std::max(firstCount, secondCount);
        for (int row = 0; row < rows; ++row) {
            m_first = firstBegin + int(qint64(row) * firstCount / rows);
            m_second = secondBegin + int(qint64(row) * secondCount / rows);
            positions.append({m_first, m_second, false, false});
        }
    }

    /// The first range while the second waits, then the second's.
    void oneAfterOther(int firstBegin, int firstEnd, int secondBegin, int secondEnd)
    {
        for (int step = firstBegin; step < firstEnd; ++step) {
            m_first = step;
            positions.append({m_first, m_second, false, true});
        }
        for (int step = secondBegin; step < secondEnd; ++step) {
            m_second = step;
            positions.append({m_first, m_second, true, false});
        }
    }

private:
    int m_first = -1;
    int m_second = -1;
};

bool anyBound(const QList<Visit> &visits, int begin, int end)
{
    return std::any_of(visits.begin() + begin, visits.begin() + end, [](const Visit &visit) { return visit.bound; });
}

} // namespace

TraceAlignment TraceAlignment::align(const Trace &first, const Trace &second)
{
    QStringList firstRegions;
    QStringList secondRegions;
    QList<bool> firstDefinitions;
    QList<bool> secondDefinitions;
    for (const TraceStep &step : first.steps) {
        firstRegions.append(step.region);
        firstDefinitions.append(step.definition);
    }
    for (const TraceStep &step : second.steps) {
        secondRegions.append(step.region);
        secondDefinitions.append(step.definition);
    }
    return align(firstRegions, secondRegions, firstDefinitions, secondDefinitions);
}

TraceAlignment TraceAlignment::align(const QStringList &firstRegions, const QStringList &secondRegions,
                                     const QList<bool> &firstDefinitions, const QList<bool> &secondDefinitions)
{
    QHash<QString, int> ids;
    const QList<Visit> firstVisits = visitsOf(firstRegions, firstDefinitions, ids);
    const QList<Visit> secondVisits = visitsOf(secondRegions, secondDefinitions, ids);
    QList<int> firstTokens;
    QList<int> secondTokens;
    for (const Visit &visit : firstVisits)
        firstTokens.append(visit.token);
    for (const Visit &visit : secondVisits)
        secondTokens.append(visit.token);

    QList<std::pair<int, int>> matches;
    if (qint64(firstTokens.size()) * qint64(secondTokens.size()) <= exactLimit)
        matchExactly(firstTokens, 0, int(firstTokens.size()), secondTokens, 0, int(secondTokens.size()), matches);
    else
        matches = matchGreedily(firstTokens, secondTokens);

    TraceAlignment alignment;
    Timeline timeline;
    int firstVisit = 0;
    int secondVisit = 0;
    const auto gap = [&](int firstEndVisit, int secondEndVisit) {
        const int firstBegin
            = firstVisit < firstVisits.size() ? firstVisits.at(firstVisit).first : int(firstRegions.size());
        const int secondBegin
            = secondVisit < secondVisits.size() ? secondVisits.at(secondVisit).first : int(secondRegions.size());
        const int firstEnd
            = firstEndVisit < firstVisits.size() ? firstVisits.at(firstEndVisit).first : int(firstRegions.size());
        const int secondEnd
            = secondEndVisit < secondVisits.size() ? secondVisits.at(secondEndVisit).first : int(secondRegions.size());
        if (anyBound(firstVisits, firstVisit, firstEndVisit) || anyBound(secondVisits, secondVisit, secondEndVisit))
            timeline.oneAfterOther(firstBegin, firstEnd, secondBegin, secondEnd);
        else
            timeline.together(firstBegin, firstEnd, secondBegin, secondEnd);
    };
    for (const auto &[firstMatch, secondMatch] : std::as_const(matches)) {
        gap(firstMatch, secondMatch);
        const Visit &left = firstVisits.at(firstMatch);
        const Visit &right = secondVisits.at(secondMatch);
        timeline.together(left.first, left.last + 1, right.first, right.last + 1);
        alignment.m_matchedVisits.append({left.first, right.first});
        firstVisit = firstMatch + 1;
        secondVisit = secondMatch + 1;
    }
    gap(int(firstVisits.size()), int(secondVisits.size()));

    alignment.m_positions = std::move(timeline.positions);
    alignment.m_firstPositions.fill(-1, firstRegions.size());
    alignment.m_secondPositions.fill(-1, secondRegions.size());
    for (int index = 0; index < alignment.m_positions.size(); ++index) {
        const Position &position = alignment.m_positions.at(index);
        if (!position.firstWaits && position.first >= 0 && alignment.m_firstPositions.at(position.first) < 0)
            alignment.m_firstPositions[position.first] = index;
        if (!position.secondWaits && position.second >= 0 && alignment.m_secondPositions.at(position.second) < 0)
            alignment.m_secondPositions[position.second] = index;
    }
    return alignment;
}

int TraceAlignment::positionOfFirst(int step) const
{
    return step >= 0 && step < m_firstPositions.size() ? m_firstPositions.at(step) : -1;
}

int TraceAlignment::positionOfSecond(int step) const
{
    return step >= 0 && step < m_secondPositions.size() ? m_secondPositions.at(step) : -1;
}

int TraceAlignment::secondForFirst(int step) const
{
    const int position = positionOfFirst(step);
    return position < 0 ? -1 : m_positions.at(position).second;
}

int TraceAlignment::firstForSecond(int step) const
{
    const int position = positionOfSecond(step);
    return position < 0 ? -1 : m_positions.at(position).first;
}

} // namespace Duet

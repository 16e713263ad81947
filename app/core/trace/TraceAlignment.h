#pragma once

#include "Trace.h"

#include <QList>
#include <QStringList>

namespace Duet
{

/// Two traces of one section put in step by the linked regions they pass
/// through, so that moving to a step of one gives the matching step of the
/// other: a pure function of the two traces' regions, nothing else.
///
/// The rule. Each trace is cut into *visits*: maximal runs of consecutive
/// steps in the same region. A visit is linkable when its region has a name
/// and its steps are not Python's definition steps (defining a class or a
/// function has no run-time counterpart in C++). The two sequences of
/// visits are matched by a longest common subsequence of their linkable
/// regions (equal names match; among equally long matches, one that prefers
/// the earlier visits of the first trace), so the regions both programs pass
/// through in the same order line up, and a region only one language has, or
/// the extra visits of a region one language passes more often, are left
/// unmatched. The timeline is then walked pair by pair:
///  - matched visits advance together, the longer one step at a time and the
///    shorter in proportion, neither waiting;
///  - between two matched pairs, steps outside every region on both sides
///    advance together the same way (they are the glue of each program); but
///    where either side has steps in a region there, the two are shown one
///    after the other: the first trace's steps while the second waits, then
///    the second's while the first waits;
///  - a side with no step left, or none yet, waits.
/// A waiting side stays on the last step it reached (-1 before its first).
/// Every step of each trace appears at least once, not waiting, and both
/// indices never go back. Traces whose visit counts multiply past 50
/// million are matched greedily instead (each visit to the nearest equal
/// region within 64 visits), which keeps the time bounded.
class TraceAlignment
{
public:
    /// One moment of the joint timeline.
    struct Position {
        int first = -1;
        int second = -1;
        bool firstWaits = false;
        bool secondWaits = false;
        friend bool operator==(const Position &, const Position &) = default;
    };

    /// Aligns two traces by their steps' regions and definition marks.
    static TraceAlignment align(const Trace &first, const Trace &second);
    /// The same from each step's region, with definition steps (never
    /// linked, never free) given by `firstDefinitions` / `secondDefinitions`
    /// (empty lists: none).
    static TraceAlignment align(const QStringList &firstRegions, const QStringList &secondRegions,
                                const QList<bool> &firstDefinitions = {}, const QList<bool> &secondDefinitions = {});

    [[nodiscard]] const QList<Position> &positions() const { return m_positions; }
    /// The first position at which step `step` of the first (second) trace
    /// is shown, not waiting; -1 for a step that does not exist.
    [[nodiscard]] int positionOfFirst(int step) const;
    [[nodiscard]] int positionOfSecond(int step) const;
    /// The step of the other trace shown with a step of one: -1 when the
    /// other has not started yet.
    [[nodiscard]] int secondForFirst(int step) const;
    [[nodiscard]] int firstForSecond(int step) const;
    /// Pairs of visits matched, as (first step of the first trace's visit,
    /// first step of the second's): for tests and for showing the links.
    [[nodiscard]] const QList<std::pair<int, int>> &matchedVisits() const { return m_matchedVisits; }

private:
    QList<Position> m_positions;
    QList<int> m_firstPositions;
    QList<int> m_secondPositions;
    QList<std::pair<int, int>> m_matchedVisits;
};

} // namespace Duet

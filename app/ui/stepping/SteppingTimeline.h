#pragma once

#include "core/lesson/Lesson.h"
#include "core/trace/TraceSession.h"

#include <QList>

namespace Duet
{

/// The moments a learner steps through: the aligned positions of a section's
/// two traces when both were recorded, or the steps of the one that was.
/// Each moment says which step of each language is shown and whether that
/// language waits there (the alignment has no step of it at this moment, so
/// it stays on the last step it reached, or before its first). A language
/// that was not recorded is absent, never waiting.
class SteppingTimeline
{
public:
    /// One language at one moment.
    struct Side {
        /// The step shown, an index into the trace; -1 before its first step.
        int step = -1;
        bool waits = false;
    };
    struct Moment {
        Side python;
        Side cpp;
        [[nodiscard]] const Side &of(Language language) const { return language == Language::Python ? python : cpp; }
    };

    SteppingTimeline() = default;
    /// The moments of what a TraceSession recorded.
    explicit SteppingTimeline(const TraceSet &traces);

    [[nodiscard]] int size() const { return int(m_moments.size()); }
    [[nodiscard]] bool isEmpty() const { return m_moments.isEmpty(); }
    /// Position `position`, clamped to the timeline.
    [[nodiscard]] Moment at(int position) const;
    [[nodiscard]] bool has(Language language) const { return language == Language::Python ? m_python : m_cpp; }

private:
    QList<Moment> m_moments;
    bool m_python = false;
    bool m_cpp = false;
};

} // namespace Duet

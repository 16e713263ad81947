#include "SteppingTimeline.h"

namespace Duet
{

SteppingTimeline::SteppingTimeline(const TraceSet &traces)
    : m_python(traces.python.has_value())
    , m_cpp(traces.cpp.has_value())
{
    if (m_python && m_cpp) {
        // The alignment puts the Python first and the C++ second.
        const auto &positions = traces.alignment.positions();
        m_moments.reserve(positions.size());
        for (const TraceAlignment::Position &position : positions)
            m_moments.append(Moment {{position.first, position.firstWaits}, {position.second, position.secondWaits}});
        return;
    }
    const Trace *trace = m_python ? &*traces.python : m_cpp ? &*traces.cpp : nullptr;
    if (!trace)
        return;
    m_moments.reserve(trace->steps.size());
    for (int step = 0; step < trace->steps.size(); ++step) {
        Moment moment;
        (m_python ? moment.python : moment.cpp).step = step;
        m_moments.append(moment);
    }
}

SteppingTimeline::Moment SteppingTimeline::at(int position) const
{
    if (m_moments.isEmpty())
        return {};
    return m_moments.at(qBound(0, position, int(m_moments.size()) - 1));
}

} // namespace Duet

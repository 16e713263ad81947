#include "TracebackStream.h"

#include "TracebackParser.h"

#include <utility>

namespace Duet
{

namespace
{

/// The first line of a traceback: its header, or, for a SyntaxError raised
/// while compiling the script, its `File "…", line N` frame.
bool opensTraceback(QStringView line)
{
    return line.startsWith(QLatin1String("Traceback (most recent call last)"))
        || line.startsWith(QLatin1String("  File \""));
}

/// Lines within a traceback are indented (frames, source lines, carets,
/// exception groups' boxes); its exception line is not.
bool isIndented(QStringView line)
{
    return line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
}

} // namespace

TracebackStream::TracebackStream(QString programName, CodeListing listing)
    : m_programName(std::move(programName))
    , m_listing(std::move(listing))
{ }

LinkedOutput TracebackStream::feed(const QString &text)
{
    m_pending += text;
    const qsizetype complete = m_pending.lastIndexOf(QLatin1Char('\n')) + 1;
    // Everything up to the last complete line can go, except an open
    // traceback: from its first line on, it waits for its exception line.
    qsizetype openAt = -1;
    for (qsizetype start = 0; start < complete;) {
        const qsizetype end = m_pending.indexOf(QLatin1Char('\n'), start);
        const QStringView line = QStringView(m_pending).mid(start, end - start);
        if (openAt < 0 && opensTraceback(line))
            openAt = start;
        else if (openAt >= 0 && !isIndented(line) && !opensTraceback(line))
            openAt = -1;
        start = end + 1;
    }
    const qsizetype ready = openAt >= 0 ? openAt : complete;
    if (ready == 0)
        return {};
    const QString shown = m_pending.left(ready);
    m_pending.remove(0, ready);
    return TracebackParser::parse(shown, m_programName, m_listing);
}

LinkedOutput TracebackStream::finish()
{
    if (m_pending.isEmpty())
        return {};
    return TracebackParser::parse(std::exchange(m_pending, {}), m_programName, m_listing);
}

} // namespace Duet

#pragma once

#include "LinkedOutput.h"

namespace Duet
{

/// Reads what Python wrote to standard error and finds its tracebacks:
/// `File "…", line N, in …` frames, SyntaxError locations, chained and
/// grouped exceptions. Frames in the section's program (the script Duet ran)
/// are rewritten to the lesson's file name and line — `File "lesson.md",
/// line 123` instead of a cache path — and linked to the pane's line; frames
/// in the standard library or other modules stay as Python printed them.
/// Everything else in the output is kept as it was.
class TracebackParser
{
public:
    /// `standardError` is Python's output; `programPath` the script Duet ran
    /// (empty: the file of the outermost `<module>` frame is taken as the
    /// program); `listing` the section's Python, whose file name and line map
    /// name the place in the lesson.
    [[nodiscard]] static LinkedOutput parse(const QString &standardError, const QString &programPath,
                                            const CodeListing &listing);
};

} // namespace Duet

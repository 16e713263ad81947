#pragma once

#include "LinkedOutput.h"

namespace Duet
{

/// Python's standard error as it streams, made for the learner piece by
/// piece: each whole traceback goes through TracebackParser at once (frames
/// linked to the pane, the error marked on the program's innermost line),
/// while everything else is passed on as soon as its line is complete. A
/// traceback's lines are held only until its exception line has arrived, so
/// the output still appears while the program runs, and a frame is never
/// parsed apart from the exception that ends it.
class TracebackStream final
{
public:
    /// `programName`: the script's path, or just its file name, as in
    /// SectionRunner::pythonScriptName(); `listing`: the program as run.
    TracebackStream(QString programName, CodeListing listing);

    /// What can be shown now of the text so far.
    [[nodiscard]] LinkedOutput feed(const QString &text);
    /// The rest, at the end of the run.
    [[nodiscard]] LinkedOutput finish();

private:
    QString m_programName;
    CodeListing m_listing;
    QString m_pending;
};

} // namespace Duet

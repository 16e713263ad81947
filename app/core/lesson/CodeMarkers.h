#pragma once

#include "Lesson.h"

namespace Duet
{

/// Reads the authors' linked-region markers out of a program. A line holding
/// nothing but a comment `[[name]]` opens region `name` and `[[/name]]` closes
/// it (`# [[name]]` in Python, `// [[name]]` in C++). The markers are removed
/// from the text the learner sees and runs; each remaining line remembers its
/// line in the source file, so messages still point at the right place. A
/// name may mark several stretches of one program (a function and its call).
class CodeMarkers
{
public:
    /// `firstLine` is the source line of the code's first line. Unbalanced
    /// markers, or a region reopened inside itself, are appended to `errors`.
    static CodeListing extract(const QString &code, Language language, const QString &fileName, int firstLine,
                               Diagnostics &errors);

    /// Reports regions named in only one of a section's two programs.
    static void checkPairs(const CodeListing &python, const CodeListing &cpp, Diagnostics &errors);
};

} // namespace Duet

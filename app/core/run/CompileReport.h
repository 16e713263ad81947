#pragma once

#include "core/lesson/Diagnostic.h"

#include <QString>

namespace Duet
{

/// How a section's C++ became something to run, or why it did not: what the
/// window shows after "Compiling…" and what `--run` reports.
struct CompileReport {
    enum class Outcome {
        Prebuilt, ///< an unedited built-in section's demo, built with Duet
        Reused, ///< an identical program compiled before, from the cache
        Compiled, ///< compiled now
        Failed, ///< the compiler found errors, or could not run
        Cancelled, ///< stopped before it finished
    };

    Outcome outcome = Outcome::Prebuilt;
    /// Wall time from the compile's start to its end (0 unless Compiled or Failed).
    double milliseconds = 0;
    /// Whether this compile first built the one-time precompiled header.
    bool builtPrecompiledHeader = false;
    /// "clang++ -std=c++23 -O2": what built the program.
    QString compiler;
    /// Errors, warnings and notes; `line` is the line of the file the
    /// learner knows (the pack's file for unedited code), `displayedLine` the
    /// pane's line, 0 where a diagnostic maps to no line of the program.
    Diagnostics diagnostics;
    /// Everything the compiler printed, for messages no line can carry
    /// (link errors, errors inside headers, a full disk).
    QString output;

    [[nodiscard]] bool succeeded() const
    {
        return outcome == Outcome::Prebuilt || outcome == Outcome::Reused || outcome == Outcome::Compiled;
    }
    /// How many diagnostics point at a line of the program.
    [[nodiscard]] qsizetype markedCount() const;
    /// "compiled in 1.2 s by clang++ -std=c++23 -O2", "from the cache", …
    [[nodiscard]] QString describe() const;
};

} // namespace Duet

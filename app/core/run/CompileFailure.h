#pragma once

#include "core/lesson/Diagnostic.h"

#include <QMetaType>
#include <QString>

namespace Duet
{

/// Why a program did not compile, everything the compiler said, and which of
/// it marks lines of the learner's program. Nothing the compiler printed is
/// dropped: link errors, errors inside headers and a full disk are in
/// `output` (and in diagnosticsWithOutput()) even though no line is marked.
struct CompileFailure {
    enum class Reason {
        Failed, ///< the compiler ran and rejected the program (or crashed); see output
        Cancelled, ///< the learner stopped it
        NoCompiler, ///< no C++ compiler on PATH
        CacheUnwritable, ///< the build cache could not be written (read-only, full disk); see message
    };

    Reason reason = Reason::Failed;
    /// One sentence saying why, for a status line.
    QString message;
    /// The compiler's diagnostics on lines of the learner's program, as the
    /// request named it (see ProgramCompiler::Request::sourceLines).
    Diagnostics diagnostics;
    /// Everything the compiler printed, standard error first.
    QString output;
    /// The file the learner knows the program as (the diagnostics' file).
    QString sourceName;
    /// The file the compiler was given, as its output names it.
    QString compiledFile;

    /// Whether any error is marked on a line of the program: only then may
    /// the window say "the errors are marked in the code".
    [[nodiscard]] bool marksErrors() const;
    /// Whether the output holds errors that mark no line of the program (a
    /// link error, an error in a header, "No space left on device").
    [[nodiscard]] bool hasUnmarkedErrors() const;
    /// `diagnostics`, followed, when not every problem is marked, by one
    /// diagnostic on line 0 of the program's file with `message` and the
    /// compiler's whole output: for a list of messages that must say it all.
    [[nodiscard]] Diagnostics diagnosticsWithOutput() const;
};

} // namespace Duet

Q_DECLARE_METATYPE(Duet::CompileFailure)

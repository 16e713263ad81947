#pragma once

#include "LinkedOutput.h"

namespace Duet
{

/// Makes a C++ compiler's whole output (GCC or Clang) readable for the
/// learner: the path of the source Duet compiled becomes the lesson's file
/// name (`cpp/strategy.cpp`, never a cache or `:/lessons/…` path), each
/// `file:line:column:` of that source becomes the lesson file's line and a
/// link to the pane's line, and every other line — the source excerpt and
/// caret, notes, "In function", "required from", linker errors — stays, so
/// no message is cut to its first line.
class CompilerOutputLinker
{
public:
    /// `compiledPath` is the file the compiler was given (empty: the first
    /// `*.cpp` path the output names); `listing` the section's C++ as the pane
    /// shows it, compiled as shown.
    [[nodiscard]] static LinkedOutput link(const QString &compilerOutput, const QString &compiledPath,
                                           const CodeListing &listing);
};

} // namespace Duet

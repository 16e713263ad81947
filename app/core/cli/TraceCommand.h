#pragma once

#include "CommandLine.h"

namespace Duet
{

/// `duet --trace LESSON/SECTION --lang python|cpp [--json]`: records one
/// program's run step by step, as the window's Step Both does, and prints
/// the steps: with --json exactly one JSON object
/// {"section", "lang", "truncated", "steps": [{"line", "function", "region",
/// "locals", "stdoutLength"}]} on stdout, otherwise a readable listing. A
/// summary line goes to stderr. The exit status is 0 when a trace was
/// recorded (however the program ended), 1 when none could be (a compile
/// failure prints its diagnostics), 2 for a section or program that does not
/// exist.
int traceSectionFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine);

} // namespace Duet

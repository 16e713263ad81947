#pragma once

#include "CommandLine.h"

namespace Duet
{

/// `duet --check`: runs the Python and the C++ of every section that has
/// both, once each, through a RunSession, and prints one line per section —
/// `PASS LESSON/SECTION  (Python 31.2 ms, C++ 1.10 ms)` or
/// `FAIL LESSON/SECTION: why` — then `N passed, M failed`. Packs that failed
/// to load count as failures. Exit status 0 when nothing failed, else 1.
int checkLessonsFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine);

} // namespace Duet

#pragma once

#include "CommandLine.h"

namespace Duet
{

/// `duet --run LESSON/SECTION [--lang cpp|python|both] [--repeat N] [--json]
/// [--program FILE]`: runs a section's programs without a window, through the
/// same RunSession as the window's Run buttons. `--program FILE` runs FILE as
/// the section's C++ for this run only, compiled like an edited program; it
/// also runs a section that has no C++ of its own (an exercise). Nothing is
/// saved.
///
/// One language: its first run's stdout and stderr pass straight through as
/// they are printed, then one summary line on stderr; the exit status is the
/// program's (124 on timeout, 128+N for signal N). Both languages: each
/// program's output under a heading, the differences of the outputs, the
/// timing table and the verdict last, on stdout; the exit status is 0 when
/// both succeeded with matching outputs, else 1. `--json` prints one JSON
/// object instead (RunReport). A compile failure prints the compiler's
/// diagnostics, naming the section's own file (or FILE), and exits 1; a
/// section that does not exist, or a --program or --stdin file that cannot
/// be read, exits 2.
int runSectionFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine);

} // namespace Duet

#pragma once

#include "CommandLine.h"

class QCoreApplication;

namespace Duet
{

/// `duet --run LESSON/SECTION`: runs one program without a window. Its stdout
/// and stderr pass straight through; one timing line follows on stderr. The
/// exit status is the program's (124 on timeout, 128+N for signal N); a
/// compile failure prints the compiler's diagnostics, naming the section's
/// own file, and exits 1; a section that does not exist exits 2.
int runSectionFromCommandLine(QCoreApplication &application, const LessonCollection &lessons,
                              const CommandLine &commandLine);

} // namespace Duet

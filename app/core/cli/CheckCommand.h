#pragma once

#include "CommandLine.h"

class QCoreApplication;

namespace Duet
{

/// `duet --check`: runs the Python and the C++ of every section that has both
/// and compares their outputs as the comparison view does. One line per
/// section, then `N passed, N failed`; exit status 1 when anything failed,
/// including a pack that did not load.
int checkLessonsFromCommandLine(QCoreApplication &application, const LessonCollection &lessons,
                                const CommandLine &commandLine);

} // namespace Duet

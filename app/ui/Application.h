#pragma once

#include "core/cli/CommandLine.h"

namespace Duet
{

/// Runs Duet with widgets: the main window, or (for `--screenshot`) the
/// window rendered offscreen into a PNG. Creates the QApplication itself.
int runWidgetApplication(int &argc, char **argv, const CommandLine &commandLine);

} // namespace Duet

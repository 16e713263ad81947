#pragma once

#include "core/run/RunOutcome.h"

#include <functional>

namespace Duet
{

/// Runs one RunSession to its end for a command-line mode, which has no
/// window to keep responsive and can wait in a local event loop. `echo`, if
/// given, receives the output of each language's first run as it is printed.
[[nodiscard]] RunOutcome runToEnd(const RunRequest &request,
                                  const std::function<void(Language, const QString &, bool standardError)> &echo = {});

} // namespace Duet

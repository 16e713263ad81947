#include "SandboxLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcSandbox, "duet.sandbox", QtInfoMsg)
} // namespace Duet

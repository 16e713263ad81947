#include "RunLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcRun, "duet.run", QtInfoMsg)
} // namespace Duet

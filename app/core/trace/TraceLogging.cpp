#include "TraceLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcTrace, "duet.trace", QtInfoMsg)
} // namespace Duet

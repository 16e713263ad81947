#include "EditLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcEdit, "duet.edit", QtInfoMsg)
} // namespace Duet

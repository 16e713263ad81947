#include "SettingsLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcSettings, "duet.settings", QtInfoMsg)
} // namespace Duet

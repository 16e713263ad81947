#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Reading the settings, and the values in them that Duet had to ignore:
/// `QT_LOGGING_RULES="duet.settings.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
} // namespace Duet

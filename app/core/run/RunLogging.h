#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Running and compiling programs: `QT_LOGGING_RULES="duet.run.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcRun)
} // namespace Duet

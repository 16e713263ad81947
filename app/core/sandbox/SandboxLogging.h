#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Confining the programs Duet runs: which sandbox and control groups were
/// found, and why not: `QT_LOGGING_RULES="duet.sandbox.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace Duet

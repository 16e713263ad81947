#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Recording traces of programs: `QT_LOGGING_RULES="duet.trace.debug=true"`
/// (which also shows every GDB/MI line sent and received).
Q_DECLARE_LOGGING_CATEGORY(lcTrace)
} // namespace Duet

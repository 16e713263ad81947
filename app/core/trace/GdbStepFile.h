#pragma once

#include "Trace.h"

#include <QByteArrayView>

namespace Duet
{

/// Reads the steps gdb recorded itself (python/duet_gdb.py's $_duet_step,
/// gdb 14 and later): one JSON object a line, the program's declarations
/// first ({"declarations": [...]}), then one per step ({"line", "function",
/// "pc", "printed", "variables"}, the variables as -stack-list-variables
/// lists them). Each step's variables are filtered by GdbLocals. Reading ends
/// at the first line that is not a complete object, which is where a run
/// killed while gdb was writing left off.
class GdbStepFile
{
public:
    [[nodiscard]] static QList<TraceStep> parse(QByteArrayView data);
};

} // namespace Duet

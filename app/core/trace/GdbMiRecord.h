#pragma once

#include "GdbMiValue.h"

namespace Duet
{

/// One line of GDB/MI output.
struct GdbMiRecord {
    enum class Type {
        Result, ///< `^done`, `^running`, `^error`, `^exit`: the answer to a command
        ExecAsync, ///< `*stopped`, `*running`: the program's state changed
        StatusAsync, ///< `+download`: progress of a slow command
        NotifyAsync, ///< `=thread-created`, `=library-loaded`, ...
        ConsoleStream, ///< `~"..."`: what gdb's console would print
        TargetStream, ///< `@"..."`: the program's own output, where it shares gdb's
        LogStream, ///< `&"..."`: gdb's messages about itself
        Prompt, ///< `(gdb)`: gdb is ready for the next command
        Unknown, ///< not MI: anything else on gdb's output, kept as text
    };

    Type type = Type::Unknown;
    /// The number the command was sent with; -1 when there is none.
    qint64 token = -1;
    /// "done", "error", "stopped", "thread-created", ...
    QString recordClass;
    /// The record's results as a tuple: `record.results["frame"]["line"]`.
    GdbMiValue results = GdbMiValue::tuple();
    /// Stream records: the decoded text. Unknown lines: the line itself.
    QString text;

    [[nodiscard]] bool isResult(QStringView resultClass) const
    {
        return type == Type::Result && recordClass == resultClass;
    }
};

} // namespace Duet

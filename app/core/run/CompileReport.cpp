#include "CompileReport.h"

#include "RunResult.h"

#include <QCoreApplication>

#include <algorithm>

namespace Duet
{

qsizetype CompileReport::markedCount() const
{
    return std::ranges::count_if(diagnostics,
                                 [](const Diagnostic &diagnostic) { return diagnostic.displayedLine > 0; });
}

QString CompileReport::describe() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Duet::CompileReport", text); };
    switch (outcome) {
    case Outcome::Prebuilt:
        return tr("prebuilt demo");
    case Outcome::Reused:
        return tr("compiled earlier by %1, from the cache").arg(compiler);
    case Outcome::Compiled:
        return builtPrecompiledHeader
            ? tr("compiled in %1 by %2, including the one-time precompiled standard headers")
                  .arg(RunResult::formatMilliseconds(milliseconds), compiler)
            : tr("compiled in %1 by %2").arg(RunResult::formatMilliseconds(milliseconds), compiler);
    case Outcome::Failed:
        return tr("did not compile (%1 by %2)").arg(RunResult::formatMilliseconds(milliseconds), compiler);
    case Outcome::Cancelled:
        return tr("compiling was cancelled");
    }
    return {};
}

} // namespace Duet

#include "CompileFailure.h"

#include <QRegularExpression>

#include <algorithm>

namespace Duet
{

bool CompileFailure::marksErrors() const
{
    return std::ranges::any_of(diagnostics, [](const Diagnostic &diagnostic) {
        return diagnostic.line > 0 && diagnostic.severity == Diagnostic::Severity::Error;
    });
}

bool CompileFailure::hasUnmarkedErrors() const
{
    // An error line that does not begin with the compiled file's name is about
    // something else: a header, the linker ("undefined reference",
    // "collect2: error"), the driver, or the disk.
    // Compilers and linkers say "FILE:LINE:COL: error: …", "collect2: error: …",
    // "clang++: error: …"; ld says "undefined reference"; a summary such as
    // "1 error generated." is no error of its own.
    static const QRegularExpression error(QStringLiteral(R"(: (fatal )?error: |undefined reference|No space left)"));
    const QStringList lines = output.split(QLatin1Char('\n'));
    return std::ranges::any_of(lines, [this](const QString &line) {
        return line.contains(error) && (compiledFile.isEmpty() || !line.startsWith(compiledFile + QLatin1Char(':')));
    });
}

Diagnostics CompileFailure::diagnosticsWithOutput() const
{
    Diagnostics all = diagnostics;
    if (reason != Reason::Failed || !marksErrors() || hasUnmarkedErrors()) {
        QString text = message;
        if (reason != Reason::Cancelled && !output.trimmed().isEmpty())
            text += QStringLiteral("; the compiler said:\n") + output.trimmed();
        all.append({sourceName, 0, 0, Diagnostic::Severity::Error, text});
    }
    return all;
}

} // namespace Duet

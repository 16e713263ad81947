#pragma once

#include <QList>
#include <QString>

namespace Duet
{

/// A problem found in a file, located by line, e.g. a broken lesson pack or a
/// compiler error. It prints as `file:line: message`, the form editors and
/// terminals turn into links. `line` is 1-based; 0 means the whole file.
struct Diagnostic {
    enum class Severity { Error, Warning, Note };

    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;
    /// For a program's diagnostics: the line as a code pane shows it (region
    /// markers hidden), 0 when it is no line of the program. Mapped once,
    /// where the diagnostic is made.
    int displayedLine = 0;

    /// The severity a compiler's word names: "warning", "note", else (an
    /// "error", a "fatal error") Error; the inverse of toCompilerString()'s.
    [[nodiscard]] static Severity severityNamed(QStringView word);
    /// An error about `file` (at `line`, or the whole file when it is 0).
    [[nodiscard]] static Diagnostic error(const QString &file, int line, const QString &message)
    {
        return {file, line, 0, Severity::Error, message};
    }

    /// `file:line: message`, or `file:line:column: message`.
    [[nodiscard]] QString toString() const;
    /// `file:line:column: error: message`, the way compilers print.
    [[nodiscard]] QString toCompilerString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Duet

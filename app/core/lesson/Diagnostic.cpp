#include "Diagnostic.h"

namespace Duet
{

namespace
{

QLatin1StringView severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Warning:
        return QLatin1StringView("warning");
    case Diagnostic::Severity::Note:
        return QLatin1StringView("note");
    case Diagnostic::Severity::Error:
        break;
    }
    return QLatin1StringView("error");
}

} // namespace

Diagnostic::Severity Diagnostic::severityNamed(QStringView word)
{
    if (word == severityName(Severity::Warning))
        return Severity::Warning;
    if (word == severityName(Severity::Note))
        return Severity::Note;
    return Severity::Error;
}

QString Diagnostic::toCompilerString() const
{
    Diagnostic withSeverity = *this;
    withSeverity.message = severityName(severity) + QLatin1String(": ") + message;
    return withSeverity.toString();
}

QString Diagnostic::toString() const
{
    QString location = file;
    if (line > 0) {
        location += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    return location + QLatin1String(": ") + message;
}

} // namespace Duet

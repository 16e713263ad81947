#include "Diagnostic.h"

namespace Duet
{

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

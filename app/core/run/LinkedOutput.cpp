#include "LinkedOutput.h"

namespace Duet
{

QString LinkedOutput::shownFileName(const QString &fileName, const QString &fallback)
{
    static const QString builtIn = QStringLiteral(":/lessons/");
    if (fileName.isEmpty())
        return fallback;
    if (!fileName.startsWith(builtIn))
        return fileName;
    const qsizetype lessonEnd = fileName.indexOf(QLatin1Char('/'), builtIn.size());
    return lessonEnd < 0 ? fileName.mid(builtIn.size()) : fileName.mid(lessonEnd + 1);
}

} // namespace Duet

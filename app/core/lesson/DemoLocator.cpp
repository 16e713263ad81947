#include "DemoLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Duet
{

QString DemoLocator::demoDirectory()
{
    const QString overridden = qEnvironmentVariable("DUET_DEMO_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1String("/../libexec/duet"));
}

QString DemoLocator::demoFor(const QString &lessonId, const QString &sectionId)
{
    const QFileInfo demo(demoDirectory() + QLatin1Char('/') + lessonId + QLatin1Char('/') + sectionId);
    return demo.isFile() && demo.isExecutable() ? demo.absoluteFilePath() : QString();
}

} // namespace Duet

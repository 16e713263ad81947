#include "StartupBaseline.h"

#include "core/lesson/DemoLocator.h"

#include <QFileInfo>

namespace Duet
{

QString StartupBaseline::cppExecutable()
{
    const QFileInfo executable(DemoLocator::demoDirectory() + QLatin1String("/startup_baseline"));
    return executable.isFile() && executable.isExecutable() ? executable.absoluteFilePath() : QString();
}

Section StartupBaseline::section()
{
    Section section;
    section.id = QStringLiteral("startup-baseline");
    section.title = QStringLiteral("Start-up baseline");
    section.cpp.text = QStringLiteral("int main() {}\n");
    section.demoExecutable = cppExecutable();
    return section;
}

bool StartupBaseline::isAvailable(Language language)
{
    return language == Language::Python || !cppExecutable().isEmpty();
}

} // namespace Duet

#include "PackTrust.h"

#include "SandboxLogging.h"
#include "core/settings/Settings.h"

#include <QFileInfo>

#include <atomic>

namespace Duet
{

namespace
{

std::atomic<bool> everyPackTrusted {false};

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

} // namespace

QString PackTrust::key(const QString &directory)
{
    // The folder as the file system resolves it, so that one pack reached by
    // two paths is one pack, and a link cannot borrow another pack's trust
    // once it points elsewhere.
    const QFileInfo folder(directory);
    const QString canonical = folder.canonicalFilePath();
    return canonical.isEmpty() ? folder.absoluteFilePath() : canonical;
}

bool PackTrust::isTrustedDirectory(const QString &directory)
{
    if (isResource(directory) || everyPackTrusted)
        return true;
    if (directory.isEmpty())
        return false;
    return Settings().value(Setting::trustedPacks).contains(key(directory));
}

bool PackTrust::isTrusted(const Lesson &lesson)
{
    return lesson.origin == Lesson::Origin::BuiltIn || isTrustedDirectory(lesson.directory);
}

bool PackTrust::isTrusted(const Section &section)
{
    return isTrustedDirectory(packDirectory(section));
}

void PackTrust::trust(const Lesson &lesson)
{
    if (lesson.origin == Lesson::Origin::BuiltIn)
        return;
    Settings settings;
    QStringList packs = settings.value(Setting::trustedPacks);
    const QString folder = key(lesson.directory);
    if (packs.contains(folder))
        return;
    packs.append(folder);
    settings.setValue(Setting::trustedPacks, packs);
    qCInfo(lcSandbox) << "the learner trusts the programs of" << folder;
}

void PackTrust::distrust(const Lesson &lesson)
{
    Settings settings;
    QStringList packs = settings.value(Setting::trustedPacks);
    if (packs.removeAll(key(lesson.directory)) > 0)
        settings.setValue(Setting::trustedPacks, packs);
}

void PackTrust::trustEveryPackThisSession()
{
    everyPackTrusted = true;
}

QString PackTrust::packDirectory(const Section &section)
{
    // lesson.md is in the pack's folder; cpp/<section>.cpp one level below.
    if (!section.python.fileName.isEmpty())
        return QFileInfo(section.python.fileName).path();
    if (!section.cpp.fileName.isEmpty())
        return QFileInfo(QFileInfo(section.cpp.fileName).path()).path();
    return {};
}

} // namespace Duet

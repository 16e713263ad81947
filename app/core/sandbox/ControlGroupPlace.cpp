#include "ControlGroupPlace.h"

#include "SandboxLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <sys/xattr.h>
#include <unistd.h>

namespace Duet
{

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(text) == text.size();
}

/// mountinfo escapes spaces, tabs, newlines and backslashes as \ooo.
QString unescapeMountField(QByteArrayView field)
{
    QByteArray text;
    for (qsizetype index = 0; index < field.size(); ++index) {
        if (field[index] == '\\' && index + 3 < field.size()) {
            bool ok = false;
            const int code = field.sliced(index + 1, 3).toByteArray().toInt(&ok, 8);
            if (ok) {
                text += char(code);
                index += 3;
                continue;
            }
        }
        text += field[index];
    }
    return QFile::decodeName(text);
}

bool listHas(QByteArrayView list, QByteArrayView word)
{
    const QList<QByteArray> items = list.toByteArray().split(',');
    return std::ranges::any_of(items, [word](const QByteArray &item) { return item == word; });
}

bool isDelegated(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory);
    for (const char *attribute : {"user.delegate", "trusted.delegate"}) {
        std::array<char, 8> value {};
        const ssize_t length = getxattr(path.constData(), attribute, value.data(), value.size() - 1);
        if (length > 0 && QByteArrayView(value.data(), length) == "1")
            return true;
    }
    return false;
}

/// Proves that groups can be made in `directory` by making and removing one.
bool canMakeGroups(const QString &directory)
{
    const QString probe = directory + QStringLiteral("/duet-probe-%1").arg(QCoreApplication::applicationPid());
    if (!QDir().mkdir(probe))
        return false;
    QDir().rmdir(probe);
    return true;
}

} // namespace

const ControlGroupPlace &ControlGroupPlace::forThisProcess()
{
    static const ControlGroupPlace place = [] {
        ControlGroupPlace found = find();
        qCDebug(lcSandbox).noquote() << "control groups:" << found.description;
        return found;
    }();
    return place;
}

QString ControlGroupPlace::ownDirectory(QByteArrayView membership, QByteArrayView mountInfo, QStringView controller)
{
    const QByteArray wanted = controller.toLatin1();
    QString groupPath;
    bool member = false;
    for (const QByteArray &line : membership.toByteArray().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        const bool matches = wanted.isEmpty() ? parts[0] == "0" && parts[1].isEmpty() : listHas(parts[1], wanted);
        if (matches) {
            groupPath = QFile::decodeName(line.mid(parts[0].size() + parts[1].size() + 2));
            member = true;
            break;
        }
    }
    if (!member)
        return {};

    for (const QByteArray &line : mountInfo.toByteArray().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf("-");
        if (separator < 5 || separator + 1 >= fields.size())
            continue;
        const QByteArray &type = fields[separator + 1];
        const QByteArray superOptions = separator + 3 < fields.size() ? fields[separator + 3] : QByteArray();
        const bool matches = wanted.isEmpty() ? type == "cgroup2" : type == "cgroup" && listHas(superOptions, wanted);
        if (!matches)
            continue;
        const QString root = unescapeMountField(fields[3]);
        const QString mountPoint = unescapeMountField(fields[4]);
        if (root == QLatin1String("/"))
            return QDir::cleanPath(mountPoint + groupPath);
        if (groupPath == root || groupPath.startsWith(root + QLatin1Char('/')))
            return QDir::cleanPath(mountPoint + groupPath.mid(root.size()));
    }
    return {};
}

ControlGroupPlace ControlGroupPlace::find()
{
    const QByteArray membership = readAll(QStringLiteral("/proc/self/cgroup"));
    const QByteArray mountInfo = readAll(QStringLiteral("/proc/self/mountinfo"));
    ControlGroupPlace place;

    const QString pids = ownDirectory(membership, mountInfo, u"pids");
    const QString memory = ownDirectory(membership, mountInfo, u"memory");
    if (!pids.isEmpty() && !memory.isEmpty()) {
        if (canMakeGroups(pids) && canMakeGroups(memory)) {
            place.version = Version::One;
            place.pidsDirectory = pids;
            place.memoryDirectory = memory;
            place.description = QStringLiteral("cgroup v1: a group per run in %1 and %2").arg(pids, memory);
            return place;
        }
        place.description
            = QStringLiteral("the cgroup v1 hierarchies (%1, %2) are not writable by Duet").arg(pids, memory);
    }

    const QString unified = ownDirectory(membership, mountInfo, u"");
    if (unified.isEmpty()) {
        if (place.description.isEmpty())
            place.description = QStringLiteral("no cgroup hierarchy with the pids and memory controllers is mounted");
        return place;
    }
    ControlGroupPlace second = findVersionTwo(unified);
    if (!second.isUsable() && !place.description.isEmpty())
        second.description = place.description + QStringLiteral("; ") + second.description;
    return second;
}

ControlGroupPlace ControlGroupPlace::findVersionTwo(const QString &directory)
{
    ControlGroupPlace place;
    const QByteArray controllers = readAll(directory + QLatin1String("/cgroup.controllers")).trimmed();
    const QList<QByteArray> available = controllers.split(' ');
    if (!available.contains("pids") || !available.contains("memory")) {
        place.description = QStringLiteral("cgroup v2: %1 offers no pids and memory controllers").arg(directory);
        return place;
    }
    if (!isDelegated(directory)) {
        place.description
            = QStringLiteral("cgroup v2: %1 is not delegated to Duet (systemd-run --user --scope -p Delegate=yes "
                             "duet gives it one)")
                  .arg(directory);
        return place;
    }
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray members = readAll(directory + QLatin1String("/cgroup.procs")).trimmed();
    if (members != self) {
        place.description = QStringLiteral("cgroup v2: other processes share Duet's delegated group %1").arg(directory);
        return place;
    }
    // Controllers can be enabled for children only once no process is left
    // in the group itself: Duet moves into a leaf first.
    const QString leaf = directory + QLatin1String("/duet");
    if (!QDir().mkpath(leaf) || !writeText(leaf + QLatin1String("/cgroup.procs"), self)) {
        place.description = QStringLiteral("cgroup v2: cannot move Duet into %1").arg(leaf);
        return place;
    }
    if (!writeText(directory + QLatin1String("/cgroup.subtree_control"), "+pids +memory")) {
        writeText(directory + QLatin1String("/cgroup.procs"), self);
        QDir().rmdir(leaf);
        place.description
            = QStringLiteral("cgroup v2: cannot enable the pids and memory controllers in %1").arg(directory);
        return place;
    }
    place.version = Version::Two;
    place.pidsDirectory = directory;
    place.memoryDirectory = directory;
    place.description = QStringLiteral("cgroup v2: a group per run in the delegated %1").arg(directory);
    return place;
}

} // namespace Duet

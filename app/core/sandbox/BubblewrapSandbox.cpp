#include "BubblewrapSandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <unistd.h>

namespace Duet
{

namespace
{

/// The files of /etc a program needs to start and to tell the time: the
/// dynamic linker's cache and configuration, the time zone, and Debian's
/// links between alternative commands. Nothing that names the learner.
const QStringList &etcFiles()
{
    static const QStringList files {QStringLiteral("/etc/ld.so.cache"),  QStringLiteral("/etc/ld.so.conf"),
                                    QStringLiteral("/etc/ld.so.conf.d"), QStringLiteral("/etc/localtime"),
                                    QStringLiteral("/etc/timezone"),     QStringLiteral("/etc/alternatives")};
    return files;
}

QString symbolicLinkTarget(const QString &path)
{
    std::array<char, 4096> target {};
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target.data(), target.size());
    return length > 0 ? QFile::decodeName(QByteArray(target.data(), length)) : QString();
}

} // namespace

BubblewrapSandbox::BubblewrapSandbox(QString bubblewrap)
    : m_bubblewrap(std::move(bubblewrap))
{
    m_systemArguments = {QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    m_visibleFolders = {QStringLiteral("/usr")};
    // Merged-/usr systems link these into /usr; older ones have them as folders.
    for (const QLatin1StringView top :
         {QLatin1StringView("/bin"), QLatin1StringView("/sbin"), QLatin1StringView("/lib"), QLatin1StringView("/lib32"),
          QLatin1StringView("/lib64"), QLatin1StringView("/libx32")}) {
        const QFileInfo info(top);
        if (info.isSymLink()) {
            const QString target = symbolicLinkTarget(top);
            if (!target.isEmpty())
                m_systemArguments += {QStringLiteral("--symlink"), target, top};
        } else if (info.isDir()) {
            m_systemArguments += {QStringLiteral("--ro-bind"), top, top};
            m_visibleFolders.append(top);
        }
    }
    for (const QString &file : etcFiles())
        m_systemArguments += {QStringLiteral("--ro-bind-try"), file, file};
}

QString BubblewrapSandbox::findBubblewrap()
{
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
}

SandboxCommand BubblewrapSandbox::command(const SandboxRequest &request) const
{
    const QString scratch = scratchPath();
    QStringList arguments {// A user namespace of its own: no capabilities anywhere that matters,
                           // and the kernel counts RLIMIT_NPROC for this run alone.
                           QStringLiteral("--unshare-all"),     QStringLiteral("--unshare-user"),
                           QStringLiteral("--die-with-parent"), QStringLiteral("--new-session"),
                           QStringLiteral("--cap-drop"),        QStringLiteral("ALL"),
                           QStringLiteral("--as-pid-1")};
    arguments += m_systemArguments;
    arguments += {QStringLiteral("--proc"), QStringLiteral("/proc"), QStringLiteral("--dev"), QStringLiteral("/dev")};
    if (!request.sharedFolder.isEmpty()) {
        arguments += {QStringLiteral("--bind"), request.sharedFolder, scratch};
    } else {
        if (request.scratchBytes > 0 && m_limitsScratchSize)
            arguments += {QStringLiteral("--size"), QString::number(request.scratchBytes)};
        arguments += {QStringLiteral("--tmpfs"), scratch};
    }
    for (const QString &name : request.scratchFiles)
        arguments += {QStringLiteral("--ro-bind"), request.filesFolder + QLatin1Char('/') + name,
                      scratch + QLatin1Char('/') + name};

    const auto visible = [this](const QString &path) {
        return std::ranges::any_of(m_visibleFolders, [&path](const QString &folder) {
            return path == folder || path.startsWith(folder + QLatin1Char('/'));
        });
    };
    QStringList shown;
    for (const QString &path : QStringList {request.supervisor, request.program} + request.readOnlyPaths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || visible(canonical) || shown.contains(canonical))
            continue;
        shown.append(canonical);
        arguments += {QStringLiteral("--ro-bind"), canonical, canonical};
        // A program reached through a link is still started by that name.
        if (canonical != path && !visible(path))
            arguments += {QStringLiteral("--ro-bind"), canonical, path};
    }

    arguments += {QStringLiteral("--chdir"), scratch, QStringLiteral("--clearenv")};
    for (const QString &variable : request.environment) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        if (equals > 0)
            arguments += {QStringLiteral("--setenv"), variable.left(equals), variable.mid(equals + 1)};
    }
    // Last, so that everything above could still make its mount points.
    arguments += {QStringLiteral("--remount-ro"), QStringLiteral("/"), QStringLiteral("--"), request.supervisor};
    arguments += request.supervisorOptions;
    arguments += QStringLiteral("--");
    arguments += request.program;
    arguments += request.arguments;
    return {m_bubblewrap, arguments};
}

} // namespace Duet

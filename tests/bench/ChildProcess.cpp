#include "ChildProcess.h"

#include "Measuring.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace Duet::Bench
{

ChildProcess::Outcome ChildProcess::run(const QString &program, const QStringList &arguments, const QByteArray &marker)
{
    Outcome outcome;
    // Everything the child needs is prepared before the clock starts.
    QList<QByteArray> encoded {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QTemporaryFile errors;
    if (!errors.open())
        return outcome;
    int pipe[2];
    if (::pipe2(pipe, O_CLOEXEC) != 0)
        return outcome;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, int(errors.handle()), STDERR_FILENO);

    QElapsedTimer clock;
    clock.start();
    pid_t child = 0;
    const int error = posix_spawn(&child, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe[1]);
    if (error != 0) {
        ::close(pipe[0]);
        return outcome;
    }
    outcome.started = true;

    char buffer[65536];
    for (;;) {
        const ssize_t count = ::read(pipe[0], buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        outcome.standardOutput.append(buffer, count);
        if (!marker.isEmpty() && outcome.millisecondsToMarker < 0) {
            const qsizetype at = outcome.standardOutput.indexOf(marker);
            if (at >= 0 && (at == 0 || outcome.standardOutput.at(at - 1) == '\n')
                && outcome.standardOutput.indexOf('\n', at) >= 0)
                outcome.millisecondsToMarker = elapsedMilliseconds(clock);
        }
    }
    ::close(pipe[0]);

    int status = 0;
    rusage usage {};
    while (::wait4(child, &status, 0, &usage) < 0 && errno == EINTR) { }
    outcome.wallMilliseconds = elapsedMilliseconds(clock);
    outcome.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    outcome.peakMebibytes = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    // Read through a new handle: the child moved the shared file offset.
    QFile written(errors.fileName());
    if (written.open(QIODevice::ReadOnly))
        outcome.standardError = written.readAll();
    return outcome;
}

} // namespace Duet::Bench

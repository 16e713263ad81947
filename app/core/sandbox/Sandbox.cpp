#include "Sandbox.h"

#include "BubblewrapSandbox.h"
#include "ControlGroupPlace.h"
#include "SandboxLogging.h"
#include "SupervisorProtocol.h"
#include "core/lesson/DemoLocator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Duet
{

namespace
{

/// How long the trial run may take before the sandbox counts as broken.
constexpr int trialMilliseconds = 5000;

struct Trial {
    bool passed = false;
    QString problem;
};

/// Everything a pipe end left for us to read (the writer has exited).
QByteArray drain(int descriptor)
{
    QByteArray text;
    std::array<char, 4096> buffer {};
    for (ssize_t got = 0; (got = ::read(descriptor, buffer.data(), buffer.size())) > 0;)
        text.append(buffer.data(), got);
    return text;
}

/// Runs `supervisor --check` in the sandbox the way every run is started,
/// status descriptor included, and tells whether it answered.
Trial runTrial(const Sandbox &sandbox, const QString &supervisor)
{
    std::array<int, 2> output {};
    std::array<int, 2> status {};
    if (pipe2(output.data(), O_CLOEXEC) != 0)
        return {false, QStringLiteral("cannot make a pipe")};
    if (pipe2(status.data(), O_CLOEXEC) != 0) {
        ::close(output[0]);
        ::close(output[1]);
        return {false, QStringLiteral("cannot make a pipe")};
    }
    SandboxRequest request;
    request.program = supervisor;
    request.arguments = {QString::fromLatin1(SupervisorProtocol::checkOption)};
    request.supervisor = supervisor;
    request.supervisorOptions = {QString::fromLatin1(SupervisorProtocol::statusOption), QString::number(status[1])};
    request.scratchBytes = 1 << 20;
    request.environment = {QStringLiteral("PATH=/usr/bin:/bin")};
    const SandboxCommand command = sandbox.command(request);

    QList<QByteArray> encoded {QFile::encodeName(command.program)};
    for (const QString &argument : command.arguments)
        encoded.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, output[1], 1);
    posix_spawn_file_actions_adddup2(&actions, output[1], 2);
    // dup2 onto itself clears close-on-exec: the status end stays open.
    posix_spawn_file_actions_adddup2(&actions, status[1], status[1]);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(output[1]);
    ::close(status[1]);
    const auto closeReadEnds = qScopeGuard([&] {
        ::close(output[0]);
        ::close(status[0]);
    });
    if (spawned != 0)
        return {false,
                QStringLiteral("cannot start %1: %2").arg(command.program, QString::fromLocal8Bit(strerror(spawned)))};

    // Waits on a pidfd so that a sandbox that hangs costs five seconds once,
    // not the session; the child is unreaped until then, so killing it by
    // its PID can only hit it.
    const int processDescriptor = int(::syscall(SYS_pidfd_open, pid, 0U));
    bool timedOut = false;
    if (processDescriptor >= 0) {
        pollfd watched {processDescriptor, POLLIN, 0};
        timedOut = poll(&watched, 1, trialMilliseconds) == 0;
        ::close(processDescriptor);
    }
    if (timedOut)
        ::kill(pid, SIGKILL);
    int exitStatus = 0;
    while (waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR) { }
    const QByteArray printed = drain(output[0]);
    const QByteArray reported = drain(status[0]);
    if (timedOut)
        return {false, QStringLiteral("a trial run did not finish within %1 s").arg(trialMilliseconds / 1000)};
    const QByteArray lastLine = reported.trimmed().split('\n').constLast();
    const auto statusLine = SupervisorProtocol::parseStatus(std::string_view(lastLine.constData(), lastLine.size()));
    if (WIFEXITED(exitStatus) && WEXITSTATUS(exitStatus) == 0
        && printed.trimmed()
            == QByteArrayView(SupervisorProtocol::checkAnswer.data(), qsizetype(SupervisorProtocol::checkAnswer.size()))
        && statusLine && statusLine->kind == SupervisorProtocol::Status::Kind::Exited && statusLine->value == 0)
        return {true, {}};
    const QString said = QString::fromLocal8Bit(printed.trimmed()).split(QLatin1Char('\n')).constFirst();
    return {false, said.isEmpty() ? QStringLiteral("a trial run failed without a message") : said};
}

QString wholeRunLimitsText(const ControlGroupPlace &place)
{
    if (place.isUsable())
        return QStringLiteral("A run's processes and memory are capped together, in its own control group (%1).")
            .arg(place.description);
    if (geteuid() != 0)
        return QStringLiteral("A run's processes are capped together by RLIMIT_NPROC in its own user namespace; its "
                              "memory only per process (RLIMIT_AS) and by its scratch folder's size, because no "
                              "control group can be made here (%1).")
            .arg(place.description);
    return QStringLiteral("Running as root without a control group, nothing caps a run's processes together "
                          "(RLIMIT_NPROC does not bind root), and its memory is capped per process only (%1).")
        .arg(place.description);
}

struct Found {
    SandboxAvailability availability;
    std::unique_ptr<Sandbox> sandbox;
};

Found findSandbox()
{
    Found found;
    QElapsedTimer clock;
    clock.start();
    found.availability.wholeRunLimits = wholeRunLimitsText(ControlGroupPlace::forThisProcess());
    if (qEnvironmentVariable("DUET_SANDBOX") == QLatin1String("off")) {
        // For the learner who knows why, and for testing the way Duet asks
        // before running a pack's programs unconfined: the trust gate stays.
        found.availability.reason = QStringLiteral("The sandbox is turned off (DUET_SANDBOX=off).");
        return found;
    }
    const QString supervisor = Sandbox::supervisorExecutable();
    if (supervisor.isEmpty()) {
        found.availability.reason = QStringLiteral("Duet's run supervisor is missing from %1; Duet's installation is "
                                                   "incomplete.")
                                        .arg(DemoLocator::demoDirectory());
        return found;
    }
    const QString bubblewrap = BubblewrapSandbox::findBubblewrap();
    if (bubblewrap.isEmpty()) {
        found.availability.reason = QStringLiteral("bubblewrap (bwrap) is not installed. Install it (the package is "
                                                   "called bubblewrap) and Duet sandboxes every program it runs.");
        return found;
    }
    auto sandbox = std::make_unique<BubblewrapSandbox>(bubblewrap);
    Trial trial = runTrial(*sandbox, supervisor);
    if (!trial.passed && trial.problem.contains(QLatin1String("--size"))) {
        sandbox->setLimitsScratchSize(false);
        trial = runTrial(*sandbox, supervisor);
    }
    qCDebug(lcSandbox) << "sandbox trial took" << clock.elapsed() << "ms";
    if (!trial.passed) {
        found.availability.reason = QStringLiteral("bubblewrap cannot make a sandbox here (%1). Unprivileged user "
                                                   "namespaces may be turned off on this system.")
                                        .arg(trial.problem);
        return found;
    }
    found.availability.available = true;
    found.availability.mechanism = QStringLiteral("bubblewrap (%1): each run has its own user, PID, network, IPC and "
                                                  "mount namespaces, sees the system read-only and nothing of yours.")
                                       .arg(bubblewrap);
    found.sandbox = std::move(sandbox);
    return found;
}

const Found &found()
{
    static const Found result = [] {
        Found search = findSandbox();
        if (search.availability.available)
            qCDebug(lcSandbox).noquote() << search.availability.summary();
        else
            qCWarning(lcSandbox).noquote() << "no sandbox:" << search.availability.summary();
        return search;
    }();
    return result;
}

} // namespace

QString SandboxAvailability::summary() const
{
    return (available ? mechanism : reason) + QLatin1Char(' ') + wholeRunLimits;
}

QString Sandbox::scratchPath()
{
    return QStringLiteral("/tmp");
}

const SandboxAvailability &Sandbox::availability()
{
    return found().availability;
}

const Sandbox *Sandbox::forThisSystem()
{
    return found().sandbox.get();
}

QString Sandbox::supervisorExecutable()
{
    const QFileInfo supervisor(DemoLocator::demoDirectory() + QLatin1Char('/')
                               + QString::fromLatin1(SupervisorProtocol::executableName));
    return supervisor.isFile() && supervisor.isExecutable() ? supervisor.absoluteFilePath() : QString();
}

} // namespace Duet

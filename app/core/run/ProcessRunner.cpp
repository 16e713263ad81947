#include "ProcessRunner.h"

#include "RunLogging.h"
#include "core/sandbox/RunControlGroup.h"

#include <QProcess>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Duet
{

namespace
{

/// Children of this process reaped so far. CPU times are read as the change
/// in RUSAGE_CHILDREN across a run, which is exact only when no other child
/// ended meanwhile; this count tells.
std::atomic<quint64> reapedChildren {0};

/// How long a supervisor may take to end its run before it is killed.
constexpr int escalationMilliseconds = 2000;

void childrenCpuMilliseconds(double &user, double &system)
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    user = double(usage.ru_utime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec) / 1e3;
    system = double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3;
}

// Called directly: glibc's <sys/pidfd.h> declares these without C linkage
// in some versions.
int openProcessDescriptor(qint64 pid)
{
    return int(::syscall(SYS_pidfd_open, pid_t(pid), 0U));
}

int signalProcessDescriptor(int descriptor, int signal)
{
    return int(::syscall(SYS_pidfd_send_signal, descriptor, signal, nullptr, 0U));
}

/// From Qt 6.7 QProcess starts the child in a new session itself.
constexpr bool processMakesSession = QT_VERSION >= QT_VERSION_CHECK(6, 7, 0);

void setLimit(int resource, rlim_t value)
{
    const rlimit limit {value, value};
    setrlimit(resource, &limit);
}

/// Ends the child before exec, reported by QProcess as a failure to start.
[[noreturn]] void failInChild(QProcess *process, const char *what)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    process->failChildProcessModifier(what, errno);
#else
    Q_UNUSED(process);
    Q_UNUSED(what);
#endif
    _exit(127);
}

/// Every runner with a run under way, for endEveryRun(). GUI thread only.
QSet<ProcessRunner *> &liveRunners()
{
    static QSet<ProcessRunner *> runners;
    return runners;
}

} // namespace

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { halt(RunResult::Ending::TimedOut); });
    m_escalation.setSingleShot(true);
    connect(&m_escalation, &QTimer::timeout, this, [this] { signalChild(SIGKILL); });
}

ProcessRunner::~ProcessRunner()
{
    if (m_process)
        m_process->disconnect(this);
    endNow();
    // QProcess reaps what is left in its destructor: by now nothing that
    // makes it wait.
    delete m_process;
    if (m_processDescriptor >= 0)
        ::close(m_processDescriptor);
    liveRunners().remove(this);
}

bool ProcessRunner::isRunning() const
{
    return m_running;
}

void ProcessRunner::endEveryRun()
{
    const QSet<ProcessRunner *> runners = liveRunners();
    for (ProcessRunner *runner : runners)
        runner->endNow();
}

void ProcessRunner::endNow()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    if (m_launch && m_launch->isSupervised() && !m_launch->isSandboxed()) {
        // Outside a sandbox only the supervisor knows everything the program
        // started; it ends all of it within milliseconds of being asked.
        signalChild(SIGTERM);
        if (!m_process->waitForFinished(escalationMilliseconds))
            signalChild(SIGKILL);
    } else {
        // A sandbox's processes all die with it (--die-with-parent, then the
        // PID namespace); an unsupervised program had only its own session.
        if (m_launch && !m_launch->isSupervised() && m_process->processId() > 0)
            ::kill(pid_t(-m_process->processId()), SIGKILL);
        signalChild(SIGKILL);
    }
    m_process->waitForFinished(escalationMilliseconds);
}

void ProcessRunner::start(const Request &request)
{
    Q_ASSERT(!m_running);
    if (m_process) {
        m_process->disconnect(this);
        delete m_process;
        m_process = nullptr;
    }
    if (m_processDescriptor >= 0)
        ::close(m_processDescriptor);
    m_processDescriptor = -1;
    m_launch.reset();
    m_request = request;
    m_result = RunResult {};
    m_halted = false;
    m_running = true;
    liveRunners().insert(this);

    RunLaunch::Request launchRequest {request.program,      request.arguments,    request.workingDirectory,
                                      request.limits,       request.sandboxed,    request.trusted,
                                      request.scratchFiles, request.readOnlyPaths};
    auto prepared = RunLaunch::prepare(launchRequest);
    if (!prepared) {
        m_result.ending = RunResult::Ending::FailedToStart;
        m_result.errorMessage = prepared.error();
        QTimer::singleShot(0, this, [this] { complete(); });
        return;
    }
    m_launch = std::move(*prepared);
    m_result.sandboxed = m_launch->isSandboxed();
    launch();
}

void ProcessRunner::launch()
{
    m_process = new QProcess(this);
    m_process->setProgram(m_launch->program());
    m_process->setArguments(m_launch->arguments());
    if (!m_launch->environment().isEmpty())
        m_process->setProcessEnvironment(m_launch->environment());
    if (!m_launch->workingDirectory().isEmpty())
        m_process->setWorkingDirectory(m_launch->workingDirectory());
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // vfork: the child shares the parent's memory until exec instead of
    // copying its page tables, which takes a millisecond off every start
    // from a large GUI process.
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::UseVFork | QProcess::UnixProcessFlag::CreateNewSession;
    m_process->setUnixProcessParameters(parameters);
#endif
    const RunLimits limits = m_request.limits;
    const QList<int> groups = m_launch->joinDescriptors();
    const int status = m_launch->statusDescriptor();
    QProcess *process = m_process;
    m_process->setChildProcessModifier([process, limits, groups, status] {
        // Runs in the child between vfork (or fork) and exec: system calls only.
        if constexpr (!processMakesSession)
            setsid();
        // Into the run's control group before anything else happens, so it
        // holds everything the run will ever start.
        for (const int group : groups) {
            if (::write(group, "0", 1) != 1)
                failInChild(process, "cannot join the run's control group");
        }
        setLimit(RLIMIT_CPU, rlim_t(limits.cpuSeconds));
        setLimit(RLIMIT_AS, rlim_t(limits.addressSpaceBytes));
        setLimit(RLIMIT_FSIZE, rlim_t(limits.fileSizeBytes));
        setLimit(RLIMIT_CORE, 0);
        // Nothing of Duet's open files reaches the child but the standard
        // streams and the supervisor's status pipe.
        if (status >= 0) {
            fcntl(status, F_SETFD, 0);
            if (status > 3)
                close_range(3, unsigned(status) - 1, CLOSE_RANGE_CLOEXEC);
            close_range(unsigned(status) + 1, ~0U, CLOSE_RANGE_CLOEXEC);
        } else {
            close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        }
    });

    connect(m_process, &QProcess::started, this, [this] {
        m_deadline.start(m_request.limits.wallMilliseconds);
        if (!m_request.standardInput.isEmpty())
            m_process->write(m_request.standardInput);
        m_process->closeWriteChannel();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(true); });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        processFinished(exitCode, exitStatus == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        m_result.ending = RunResult::Ending::FailedToStart;
        m_result.errorMessage = QStringLiteral("cannot start %1: %2").arg(m_request.program, m_process->errorString());
        complete();
    });

    childrenCpuMilliseconds(m_userAtStart, m_systemAtStart);
    m_reapedAtStart = reapedChildren;
    qCDebug(lcRun) << "starting" << m_request.program << m_request.arguments
                   << (m_launch->isSandboxed() ? "sandboxed:" : "unsandboxed:") << m_launch->program()
                   << m_launch->arguments();
    // The clock starts with the launch, as `time` would start it: QProcess
    // reports `started` through the event loop, by which time a short
    // program may already have finished.
    m_clock.start();
    m_process->start(QIODevice::ReadWrite);
    // A failure to start may already have completed the run, and let go of
    // its launch.
    if (!m_launch)
        return;
    m_launch->closeStatusDescriptor();
    // Not yet reaped (QProcess reaps only through the event loop), so the
    // PID is still this child's own.
    if (m_process->processId() > 0)
        m_processDescriptor = openProcessDescriptor(m_process->processId());
}

void ProcessRunner::stop()
{
    if (m_running)
        halt(RunResult::Ending::Stopped);
}

void ProcessRunner::readChannel(bool standardError)
{
    if (!m_process)
        return;
    const QByteArray data = standardError ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    if (data.isEmpty())
        return;
    QByteArray &kept = standardError ? m_result.standardError : m_result.standardOutput;
    const qint64 room = m_request.limits.outputBytesPerStream - kept.size();
    const QByteArray accepted = data.left(qMax<qint64>(room, 0));
    kept += accepted;
    if (!accepted.isEmpty() && standardError)
        Q_EMIT standardErrorReceived(accepted);
    else if (!accepted.isEmpty())
        Q_EMIT standardOutputReceived(accepted);
    if (qint64(data.size()) > room) {
        m_result.outputTruncated = true;
        halt(RunResult::Ending::OutputCapped);
    }
}

void ProcessRunner::signalChild(int signal) const
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    if (m_processDescriptor >= 0) {
        if (signalProcessDescriptor(m_processDescriptor, signal) != 0 && errno != ESRCH)
            qCWarning(lcRun) << "could not signal" << m_request.program << strerror(errno);
        return;
    }
    // No pidfd (a kernel before 5.3): QProcess still holds the unreaped child.
    if (signal == SIGKILL)
        m_process->kill();
    else
        m_process->terminate();
}

void ProcessRunner::halt(RunResult::Ending ending)
{
    if (!m_running || m_halted)
        return;
    m_halted = true;
    m_result.ending = ending;
    m_result.signal = SIGKILL;
    m_deadline.stop();
    if (!m_process)
        return;
    if (m_launch->isSupervised() && !m_launch->isSandboxed()) {
        // The supervisor ends everything the program started, then exits.
        signalChild(SIGTERM);
        m_escalation.start(escalationMilliseconds);
        return;
    }
    if (!m_launch->isSupervised() && m_process->state() != QProcess::NotRunning && m_process->processId() > 0)
        ::kill(pid_t(-m_process->processId()), SIGKILL); // its session, while its leader is unreaped
    signalChild(SIGKILL);
}

void ProcessRunner::processFinished(int exitCode, bool crashed)
{
    m_result.wallMilliseconds = double(m_clock.nsecsElapsed()) / 1e6;
    m_escalation.stop();
    const quint64 reaped = ++reapedChildren;
    double user = 0;
    double system = 0;
    childrenCpuMilliseconds(user, system);
    if (reaped == m_reapedAtStart + 1) {
        m_result.userMilliseconds = user - m_userAtStart;
        m_result.systemMilliseconds = system - m_systemAtStart;
    }
    readChannel(false);
    readChannel(true);
    if (!m_launch) {
        complete();
        return;
    }
    if (!m_halted)
        takeSupervisorReport(exitCode, crashed);
    if (const RunControlGroup *group = m_launch->controlGroup()) {
        const RunControlGroup::Usage usage = group->usage();
        m_result.memoryLimitKills = usage.memoryKills;
        m_result.processesRefused = usage.processesRefused;
    }
    m_result.memoryLimitBytes = m_request.limits.memoryBytes;
    m_result.processLimit = m_request.limits.processes;
    // The scratch folder and the control group go with the run.
    m_launch.reset();
    complete();
}

void ProcessRunner::takeSupervisorReport(int exitCode, bool crashed)
{
    using Status = SupervisorProtocol::Status;
    const std::optional<Status> status = m_launch->takeStatus();
    if (status) {
        switch (status->kind) {
        case Status::Kind::Exited:
            m_result.ending = RunResult::Ending::Exited;
            m_result.exitCode = status->value;
            return;
        case Status::Kind::Signalled:
            m_result.ending = RunResult::Ending::Signalled;
            m_result.signal = status->value;
            return;
        case Status::Kind::Stopped:
            m_result.ending = RunResult::Ending::Stopped;
            m_result.signal = status->value;
            return;
        case Status::Kind::FailedToStart:
            m_result.ending = RunResult::Ending::FailedToStart;
            m_result.errorMessage = QStringLiteral("cannot start %1: %2")
                                        .arg(m_request.program, QString::fromLocal8Bit(strerror(status->value)));
            return;
        }
    }
    if (m_launch->isSupervised()) {
        // The sandbox, or the supervisor, failed before the program ran; what
        // it said is the last line of standard error.
        const QByteArray said = m_result.standardError.trimmed().split('\n').constLast();
        m_result.ending = RunResult::Ending::FailedToStart;
        m_result.errorMessage
            = QStringLiteral("cannot start %1: the sandbox did not start it (%2)")
                  .arg(m_request.program,
                       said.isEmpty() ? QStringLiteral("exit status %1").arg(exitCode) : QString::fromLocal8Bit(said));
        return;
    }
    if (crashed) {
        m_result.ending = RunResult::Ending::Signalled;
        m_result.signal = exitCode; // QProcess reports the signal as the code of a crash
    } else {
        m_result.ending = RunResult::Ending::Exited;
        m_result.exitCode = exitCode;
    }
}

void ProcessRunner::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_escalation.stop();
    liveRunners().remove(this);
    m_launch.reset();
    qCDebug(lcRun) << m_request.program << m_result.describeEnding() << m_result.timingLine();
    Q_EMIT finished(m_result);
}

} // namespace Duet

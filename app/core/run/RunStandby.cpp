#include "RunStandby.h"

#include "RunLogging.h"
#include "core/sandbox/ControlGroupPlace.h"
#include "core/sandbox/RunControlGroup.h"
#include "core/sandbox/Sandbox.h"

#include <QProcess>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Duet
{

namespace
{

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

/// Writes all of `data` to a pipe whose reader may be gone, without the
/// SIGPIPE that would end Duet.
bool writeQuietly(int descriptor, QByteArrayView data)
{
    sigset_t pipeSignal;
    sigset_t previous;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t got = ::write(descriptor, data.data() + written, std::size_t(data.size() - written));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        written += got;
    }
    if (written < data.size()) {
        const timespec now {0, 0};
        sigtimedwait(&pipeSignal, nullptr, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return written == data.size();
}

} // namespace

std::expected<std::unique_ptr<RunStandby>, QString> RunStandby::start(QObject *owner, bool withControlGroup)
{
    const QString supervisor = Sandbox::supervisorExecutable();
    if (supervisor.isEmpty())
        return std::unexpected(Sandbox::availability().reason);
    std::unique_ptr<RunStandby> standby(new RunStandby);
    if (withControlGroup) {
        const ControlGroupPlace &place = ControlGroupPlace::forThisProcess();
        QString problem;
        standby->m_controlGroup = RunControlGroup::create(place, &problem);
        if (!standby->m_controlGroup && place.isUsable())
            qCWarning(lcRun).noquote() << "this run has no control group of its own:" << problem;
    }
    std::array<int, 2> control {};
    std::array<int, 2> status {};
    if (pipe2(control.data(), O_CLOEXEC) != 0)
        return std::unexpected(QStringLiteral("cannot make a pipe for the run"));
    if (pipe2(status.data(), O_CLOEXEC) != 0) {
        ::close(control[0]);
        ::close(control[1]);
        return std::unexpected(QStringLiteral("cannot make a pipe for the run"));
    }
    standby->m_controlWrite = control[1];
    standby->m_statusRead = status[0];
    standby->m_statusInChild = status[1];
    fcntl(standby->m_statusRead, F_SETFL, O_NONBLOCK);

    auto *process = new QProcess(owner);
    standby->m_process = process;
    process->setProgram(supervisor);
    QStringList arguments {QString::fromLatin1(SupervisorProtocol::standbyOption), QString::number(control[0]),
                           QString::fromLatin1(SupervisorProtocol::statusOption), QString::number(status[1])};
    // The descriptors the child keeps, sorted: the two pipes, and the
    // control group's cgroup.procs files, which the supervisor writes to
    // itself: the kernel's wait for the move then stops it, not Duet.
    std::array<int, 4> kept {control[0], status[1], -1, -1};
    const QList<int> groups = standby->m_controlGroup ? standby->m_controlGroup->joinDescriptors() : QList<int>();
    for (qsizetype index = 0; index < groups.size() && index < 2; ++index) {
        arguments += {QString::fromLatin1(SupervisorProtocol::joinOption), QString::number(groups.at(index))};
        kept[std::size_t(2 + index)] = groups.at(index);
    }
    std::ranges::sort(kept);
    process->setArguments(arguments);
    // Nothing of Duet's folders is held open by a waiting run.
    process->setWorkingDirectory(QStringLiteral("/"));
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // vfork: the child shares Duet's memory until exec instead of copying
    // its page tables, which takes a millisecond off every start from a
    // large GUI process.
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::UseVFork | QProcess::UnixProcessFlag::CreateNewSession;
    process->setUnixProcessParameters(parameters);
#endif
    process->setChildProcessModifier([kept] {
        // Runs in the child between vfork and exec: system calls only.
        if constexpr (QT_VERSION < QT_VERSION_CHECK(6, 7, 0))
            setsid();
        // Nothing of Duet's open files reaches the run but the standard
        // streams and the descriptors above; the supervisor closes those it
        // does not pass on.
        unsigned first = 3;
        for (const int descriptor : kept) {
            if (descriptor < 0)
                continue;
            fcntl(descriptor, F_SETFD, 0);
            if (unsigned(descriptor) > first)
                close_range(first, unsigned(descriptor) - 1, CLOSE_RANGE_CLOEXEC);
            first = unsigned(descriptor) + 1;
        }
        close_range(first, ~0U, CLOSE_RANGE_CLOEXEC);
    });
    process->start(QIODevice::ReadWrite);
    // The child has its copies; Duet's go, so that the pipes read as ended
    // when the supervisor is gone.
    ::close(control[0]);
    ::close(status[1]);
    // Not yet reaped (QProcess reaps only through the event loop), so the
    // PID is still this child's own.
    if (process->processId() > 0)
        standby->m_processDescriptor = openProcessDescriptor(process->processId());
    return standby;
}

RunStandby::~RunStandby()
{
    if (m_controlWrite >= 0)
        ::close(m_controlWrite);
    if (m_process) {
        m_process->disconnect();
        if (m_process->state() != QProcess::NotRunning) {
            signal(SIGKILL);
            // Killed: reaped at once.
            m_process->waitForFinished(1000);
        }
        delete m_process;
    }
    if (m_statusRead >= 0)
        ::close(m_statusRead);
    if (m_processDescriptor >= 0)
        ::close(m_processDescriptor);
    // Last, once no process of the run is left in it.
    m_controlGroup.reset();
}

bool RunStandby::isWaiting() const
{
    return m_controlWrite >= 0 && m_process && m_process->state() != QProcess::NotRunning;
}

bool RunStandby::go(const QByteArray &command)
{
    if (m_controlWrite < 0)
        return false;
    const bool sent = writeQuietly(m_controlWrite, command);
    ::close(m_controlWrite);
    m_controlWrite = -1;
    return sent;
}

void RunStandby::signal(int signal) const
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    if (m_processDescriptor >= 0) {
        if (signalProcessDescriptor(m_processDescriptor, signal) != 0 && errno != ESRCH)
            qCWarning(lcRun) << "could not signal a run:" << strerror(errno);
        return;
    }
    // No pidfd (a kernel before 5.3): QProcess still holds the unreaped child.
    if (signal == SIGKILL)
        m_process->kill();
    else
        m_process->terminate();
}

void RunStandby::readReports()
{
    if (m_statusRead < 0)
        return;
    std::array<char, 256> buffer {};
    for (ssize_t got = 0; (got = ::read(m_statusRead, buffer.data(), buffer.size())) > 0;)
        m_reports.append(buffer.data(), got);
}

bool RunStandby::isReady()
{
    if (!m_ready) {
        readReports();
        m_ready = m_reports.startsWith("ready ");
    }
    return m_ready;
}

std::optional<SupervisorProtocol::Status> RunStandby::finalStatus()
{
    readReports();
    const QList<QByteArray> lines = m_reports.trimmed().split('\n');
    const QByteArray &last = lines.constLast();
    const auto status = SupervisorProtocol::parseStatus(std::string_view(last.constData(), std::size_t(last.size())));
    if (!status || status->kind == SupervisorProtocol::Status::Kind::Ready)
        return std::nullopt;
    return status;
}

} // namespace Duet

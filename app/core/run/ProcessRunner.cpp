#include "ProcessRunner.h"

#include "RunLogging.h"

#include <QProcess>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

namespace Duet
{

namespace
{

/// Children of this process reaped so far. CPU times are read as the change
/// in RUSAGE_CHILDREN across a run, which is exact only when no other child
/// ended meanwhile; this count tells.
std::atomic<quint64> reapedChildren {0};

void childrenCpuMilliseconds(double &user, double &system)
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    user = double(usage.ru_utime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec) / 1e3;
    system = double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3;
}

/// From Qt 6.7 QProcess starts the child in a new session itself.
constexpr bool processMakesSession = QT_VERSION >= QT_VERSION_CHECK(6, 7, 0);

void setLimit(int resource, rlim_t value)
{
    const rlimit limit {value, value};
    setrlimit(resource, &limit);
}

} // namespace

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { halt(RunResult::Ending::TimedOut); });
}

ProcessRunner::~ProcessRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        killGroup();
        // QProcess reaps the killed child in its destructor; SIGKILL makes
        // that immediate.
        delete m_process;
    }
}

bool ProcessRunner::isRunning() const
{
    return m_running;
}

void ProcessRunner::start(const Request &request)
{
    Q_ASSERT(!m_running);
    delete m_process;
    m_request = request;
    m_result = RunResult {};
    m_halted = false;
    m_running = true;
    m_processId = 0;

    delete m_terminalNotifier;
    m_terminalNotifier = nullptr;
    m_terminal.reset();
    int terminal = -1;
    if (request.outputToTerminal) {
        if (auto opened = PseudoTerminal::open()) {
            m_terminal = std::move(*opened);
            terminal = m_terminal->farDescriptor();
        } else {
            // Still runs, through a pipe: output then arrives when the program flushes.
            qCWarning(lcRun) << "output through a pipe:" << opened.error();
        }
    }

    m_process = new QProcess(this);
    m_process->setProgram(request.program);
    m_process->setArguments(request.arguments);
    if (!request.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(request.workingDirectory);
    const RunLimits limits = request.limits;
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // vfork: the child shares the parent's memory until exec instead of
    // copying its page tables, which takes a millisecond off every start
    // from a large GUI process.
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::UseVFork | QProcess::UnixProcessFlag::CreateNewSession;
    m_process->setUnixProcessParameters(parameters);
#endif
    m_process->setChildProcessModifier([limits, terminal] {
        // Runs in the child between vfork (or fork) and exec: system calls only.
        if constexpr (!processMakesSession)
            setsid();
        if (terminal >= 0)
            dup2(terminal, STDOUT_FILENO);
        setLimit(RLIMIT_CPU, rlim_t(limits.cpuSeconds));
        setLimit(RLIMIT_AS, rlim_t(limits.addressSpaceBytes));
        setLimit(RLIMIT_FSIZE, rlim_t(limits.fileSizeBytes));
        setLimit(RLIMIT_CORE, 0);
    });

    connect(m_process, &QProcess::started, this, [this] {
        m_processId = m_process->processId();
        if (m_terminal) {
            m_terminal->closeFarEnd();
            m_terminalNotifier = new QSocketNotifier(m_terminal->nearDescriptor(), QSocketNotifier::Read, this);
            connect(m_terminalNotifier, &QSocketNotifier::activated, this, &ProcessRunner::readTerminal);
        }
        m_deadline.start(m_request.limits.wallMilliseconds);
        if (!m_request.standardInput.isEmpty())
            m_process->write(m_request.standardInput);
        if (!m_request.keepInputOpen)
            m_process->closeWriteChannel();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(true); });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_result.wallMilliseconds = double(m_clock.nsecsElapsed()) / 1e6;
        const quint64 reaped = ++reapedChildren;
        double user = 0;
        double system = 0;
        childrenCpuMilliseconds(user, system);
        if (reaped == m_reapedAtStart + 1) {
            m_result.userMilliseconds = user - m_userAtStart;
            m_result.systemMilliseconds = system - m_systemAtStart;
        }
        readTerminal();
        readChannel(false);
        readChannel(true);
        if (!m_halted) {
            if (status == QProcess::CrashExit) {
                m_result.ending = RunResult::Ending::Signalled;
                m_result.signal = exitCode; // QProcess reports the signal as the code of a crash
            } else {
                m_result.ending = RunResult::Ending::Exited;
                m_result.exitCode = exitCode;
            }
        }
        // Whatever the program left running in its session goes with it.
        killGroup();
        complete();
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
    qCDebug(lcRun) << "starting" << request.program << request.arguments;
    // The clock starts with the launch, as `time` would start it: QProcess
    // reports `started` through the event loop, by which time a short
    // program may already have finished.
    m_clock.start();
    m_process->start(QIODevice::ReadWrite);
}

void ProcessRunner::writeInput(const QByteArray &data)
{
    // QProcess keeps what is written before the program has started and
    // hands it over once it has.
    if (m_running && !m_halted && m_request.keepInputOpen)
        m_process->write(data);
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
    accept(standardError ? m_process->readAllStandardError() : m_process->readAllStandardOutput(), standardError);
}

void ProcessRunner::readTerminal()
{
    if (!m_terminal)
        return;
    char buffer[65536];
    for (;;) {
        const ssize_t count = ::read(m_terminal->nearDescriptor(), buffer, sizeof buffer);
        if (count > 0) {
            accept(QByteArray(buffer, count), false);
            if (m_halted && m_result.ending == RunResult::Ending::OutputCapped)
                break;
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        // EAGAIN: nothing more for now. EIO or end of file: every writer has
        // closed its end, so there never will be.
        if (count == 0 || errno != EAGAIN) {
            if (m_terminalNotifier)
                m_terminalNotifier->setEnabled(false);
        }
        break;
    }
}

void ProcessRunner::accept(const QByteArray &data, bool standardError)
{
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

void ProcessRunner::killGroup() const
{
    if (m_processId > 0 && ::kill(pid_t(-m_processId), SIGKILL) != 0 && errno != ESRCH)
        qCWarning(lcRun) << "could not kill process group" << m_processId << strerror(errno);
}

void ProcessRunner::halt(RunResult::Ending ending)
{
    if (!m_running || m_halted)
        return;
    m_halted = true;
    m_result.ending = ending;
    m_result.signal = SIGKILL;
    m_deadline.stop();
    killGroup();
    if (m_processId == 0 && m_process)
        m_process->kill();
}

void ProcessRunner::complete()
{
    if (!m_running)
        return;
    m_running = false;
    delete m_terminalNotifier;
    m_terminalNotifier = nullptr;
    m_terminal.reset();
    m_deadline.stop();
    qCDebug(lcRun) << m_request.program << m_result.describeEnding() << m_result.timingLine();
    Q_EMIT finished(m_result);
}

} // namespace Duet

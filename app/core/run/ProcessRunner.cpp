#include "ProcessRunner.h"

#include "RunLogging.h"
#include "core/sandbox/RunControlGroup.h"

#include <QProcess>
#include <QSet>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

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
    connect(&m_escalation, &QTimer::timeout, this, [this] {
        if (m_run)
            m_run->signal(SIGKILL);
    });
}

ProcessRunner::~ProcessRunner()
{
    endNow();
    m_run.reset();
    m_ended.reset();
    m_next.reset();
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
    if (!m_run || m_run->process()->state() == QProcess::NotRunning)
        return;
    m_run->process()->disconnect(this);
    if (m_launch && !m_launch->isSandboxed()) {
        // Outside a sandbox only the supervisor knows everything the program
        // started; it ends all of it within milliseconds of being asked.
        m_run->signal(SIGTERM);
        if (!m_run->process()->waitForFinished(escalationMilliseconds))
            m_run->signal(SIGKILL);
    } else {
        // A sandbox's processes all die with it: --die-with-parent, then
        // its PID namespace.
        m_run->signal(SIGKILL);
    }
    m_run->process()->waitForFinished(escalationMilliseconds);
}

void ProcessRunner::start(const Request &request)
{
    Q_ASSERT(!m_running);
    m_run.reset();
    m_launch.reset();
    m_request = request;
    m_result = RunResult {};
    m_clock.invalidate();
    m_halted = false;
    m_running = true;
    liveRunners().insert(this);

    closeTerminal();
    QString outputTerminal;
    if (request.outputToTerminal) {
        if (auto opened = PseudoTerminal::open()) {
            m_terminal = std::move(*opened);
            outputTerminal = m_terminal->farPath();
            m_terminalWatch = new QSocketNotifier(m_terminal->nearDescriptor(), QSocketNotifier::Read, this);
            connect(m_terminalWatch, &QSocketNotifier::activated, this, &ProcessRunner::readTerminal);
        } else {
            // Still runs, through a pipe: output then arrives when the program flushes.
            qCWarning(lcRun) << "output through a pipe:" << opened.error();
        }
    }

    auto prepared = RunLaunch::prepare({request.program, request.arguments, request.workingDirectory,
                                        request.limits, request.sandboxed, request.trusted, request.scratchFiles,
                                        request.readOnlyPaths, outputTerminal, request.sharedFolder});
    if (!prepared) {
        failToStart(prepared.error());
        return;
    }
    m_launch = std::move(*prepared);
    m_result.sandboxed = m_launch->isSandboxed();
    const bool contained = !m_launch->isTool();
    if (contained && m_next && m_next->isWaiting()) {
        m_run = std::move(m_next);
    } else {
        // A tool's run leaves the next contained run's process waiting.
        if (contained)
            m_next.reset();
        auto started = RunStandby::start(this, contained);
        if (!started) {
            failToStart(started.error());
            return;
        }
        m_run = std::move(*started);
    }
    if (RunControlGroup *group = m_run->controlGroup()) {
        QString problem;
        if (!group->setLimits(request.limits.processes, request.limits.memoryBytes, &problem)) {
            failToStart(QStringLiteral("cannot cap the run: %1").arg(problem));
            return;
        }
    }

    QProcess *process = m_run->process();
    connect(process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(false); });
    connect(process, &QProcess::readyReadStandardError, this, [this] { readChannel(true); });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        processFinished(exitCode, exitStatus == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        failToStart(QStringLiteral("cannot start %1: %2").arg(m_request.program, m_run->process()->errorString()));
    });

    if (m_run->isReady()) {
        launch();
        return;
    }
    // Still joining its control group (a run right after another): the
    // program starts, and its clock with it, once the supervisor is ready, so
    // that the wait is never counted in the program's time.
    m_readyWatch = new QSocketNotifier(m_run->statusReadDescriptor(), QSocketNotifier::Read, this);
    connect(m_readyWatch, &QSocketNotifier::activated, this, [this] {
        const bool ready = m_run && m_run->isReady();
        stopWatchingForReady();
        if (ready && m_running && !m_halted)
            launch();
        // Otherwise the supervisor failed, or was stopped: QProcess tells.
    });
}

void ProcessRunner::stopWatchingForReady()
{
    if (!m_readyWatch)
        return;
    // Not deleted here: this may be its own signal's slot.
    m_readyWatch->setEnabled(false);
    std::exchange(m_readyWatch, nullptr)->deleteLater();
}

void ProcessRunner::launch()
{
    QProcess *process = m_run->process();
    childrenCpuMilliseconds(m_userAtStart, m_systemAtStart);
    m_reapedAtStart = reapedChildren;
    const QByteArray command = m_launch->command(m_run->statusDescriptor());
    qCDebug(lcRun) << "starting" << m_request.program << m_request.arguments
                   << (m_launch->isSandboxed() ? "in the sandbox:" : "without a sandbox:")
                   << QString::fromLocal8Bit(command).replace(QLatin1Char('\0'), QLatin1Char(' '));
    // The clock starts with the command, as `time` would start it: QProcess
    // reports through the event loop, by which time a short program may
    // already have finished.
    m_clock.start();
    if (!m_run->go(command)) {
        failToStart(QStringLiteral("cannot start %1: its process ended before it was given the program")
                        .arg(m_request.program));
        return;
    }
    m_deadline.start(m_request.limits.wallMilliseconds);
    if (!m_request.standardInput.isEmpty())
        process->write(m_request.standardInput);
    if (!m_request.keepInputOpen)
        process->closeWriteChannel();
    QTimer::singleShot(0, this, [this] {
        if (m_running)
            Q_EMIT started();
    });
}

void ProcessRunner::writeInput(const QByteArray &data)
{
    // Written before the program has been launched, it waits in QProcess's
    // buffer and reaches the program once it reads.
    if (m_running && !m_halted && m_request.keepInputOpen && m_run)
        m_run->process()->write(data);
}

void ProcessRunner::stop()
{
    if (m_running)
        halt(RunResult::Ending::Stopped);
}

void ProcessRunner::readChannel(bool standardError)
{
    if (!m_run)
        return;
    QProcess *process = m_run->process();
    accept(standardError ? process->readAllStandardError() : process->readAllStandardOutput(), standardError);
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
            if (m_halted && m_result.ending == RunResult::Ending::OutputCapped) {
                m_terminalWatch->setEnabled(false);
                break;
            }
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        // EAGAIN: nothing more for now. EIO or end of file: every writer has
        // closed its end, so there never will be.
        if ((count == 0 || errno != EAGAIN) && m_terminalWatch)
            m_terminalWatch->setEnabled(false);
        break;
    }
}

void ProcessRunner::closeTerminal()
{
    delete std::exchange(m_terminalWatch, nullptr);
    m_terminal.reset();
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

void ProcessRunner::halt(RunResult::Ending ending)
{
    if (!m_running || m_halted)
        return;
    m_halted = true;
    m_result.ending = ending;
    m_result.signal = SIGKILL;
    m_deadline.stop();
    if (!m_run)
        return;
    if (m_readyWatch || !m_launch->isSandboxed()) {
        // The supervisor ends everything the program started, then exits.
        m_run->signal(SIGTERM);
        m_escalation.start(escalationMilliseconds);
        return;
    }
    m_run->signal(SIGKILL);
}

void ProcessRunner::processFinished(int exitCode, bool crashed)
{
    stopWatchingForReady();
    m_result.wallMilliseconds = m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : 0;
    m_escalation.stop();
    const quint64 reaped = ++reapedChildren;
    double user = 0;
    double system = 0;
    childrenCpuMilliseconds(user, system);
    if (reaped == m_reapedAtStart + 1) {
        m_result.userMilliseconds = user - m_userAtStart;
        m_result.systemMilliseconds = system - m_systemAtStart;
    }
    if (m_terminal) {
        // Every writer is gone with the run's process: with Duet's own copy
        // of the far end closed, reading drains what is left, then ends.
        m_terminal->closeFarEnd();
        readTerminal();
    }
    readChannel(false);
    readChannel(true);
    if (!m_halted)
        takeSupervisorReport(exitCode, crashed);
    if (const RunControlGroup *group = m_run->controlGroup()) {
        const RunControlGroup::Usage usage = group->usage();
        m_result.memoryLimitKills = usage.memoryKills;
        m_result.processesRefused = usage.processesRefused;
    }
    m_result.memoryLimitBytes = m_request.limits.memoryBytes;
    m_result.processLimit = m_request.limits.processes;
    complete();
}

void ProcessRunner::takeSupervisorReport(int exitCode, bool crashed)
{
    using Status = SupervisorProtocol::Status;
    const std::optional<Status> status = m_run->finalStatus();
    if (!status) {
        // The sandbox failed before the program ran; what it said is the
        // last line of standard error.
        const QByteArray said = m_result.standardError.trimmed().split('\n').constLast();
        m_result.ending = RunResult::Ending::FailedToStart;
        m_result.errorMessage = QStringLiteral("cannot start %1: the sandbox did not start it (%2)")
                                    .arg(m_request.program,
                                         !said.isEmpty() ? QString::fromLocal8Bit(said)
                                             : crashed   ? RunResult::signalDescription(exitCode)
                                                         : QStringLiteral("exit status %1").arg(exitCode));
        return;
    }
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
    case Status::Kind::Ready: // finalStatus() never gives it
        return;
    }
}

void ProcessRunner::failToStart(const QString &message)
{
    m_result.ending = RunResult::Ending::FailedToStart;
    m_result.errorMessage = message;
    m_deadline.stop();
    // Reported through the event loop, like every other ending.
    QTimer::singleShot(0, this, &ProcessRunner::complete);
}

void ProcessRunner::prepareNextRun()
{
    if (m_next)
        return;
    auto started = RunStandby::start(this, true);
    if (started)
        m_next = std::move(*started);
}

void ProcessRunner::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_escalation.stop();
    closeTerminal();
    liveRunners().remove(this);
    const bool contained = m_launch && !m_launch->isTool();
    // The scratch folder goes at once; the process, and with it the control
    // group, once QProcess has finished telling of its end.
    m_launch.reset();
    if (m_run) {
        m_run->process()->disconnect(this);
        m_ended = std::move(m_run);
        QTimer::singleShot(0, this, [this] {
            if (!m_ended || m_ended->process()->state() == QProcess::NotRunning)
                m_ended.reset();
        });
    }
    qCDebug(lcRun) << m_request.program << m_result.describeEnding() << m_result.timingLine();
    Q_EMIT finished(m_result);
    // The next run's process starts as soon as Duet is idle, and joins its
    // control group while nobody waits for it. Not at once: a runner made
    // for one run (the command line's) is gone by then, and killing a
    // process while the kernel moves it waits for the move to end.
    if (contained)
        QTimer::singleShot(0, this, &ProcessRunner::prepareNextRun);
}

} // namespace Duet

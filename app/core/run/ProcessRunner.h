#pragma once

#include "PseudoTerminal.h"
#include "RunLaunch.h"
#include "RunLimits.h"
#include "RunResult.h"
#include "RunStandby.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace Duet
{

/// Runs one program asynchronously on QProcess and reports how it went.
///
/// Every program goes through Duet's run supervisor and, unless the request
/// opts out (Duet's own compilers do), through the sandbox (see Sandbox): no
/// network, nothing of the learner's in reach, a scratch folder of its own,
/// and its own PID namespace, so that everything it starts ends with it.
/// Where there is no sandbox, only a trusted request runs (see PackTrust),
/// under the supervisor, which ends whatever the program left behind. Where a
/// control group can be made, the run's processes and memory are capped
/// together; per-process rlimits are set before exec. The process of the
/// next run is started ahead of time, waiting in its control group (see
/// RunStandby), so a run costs the sandbox and nothing more.
///
/// Output arrives through signals as it is written; `finished` always comes,
/// exactly once per start, even when the program could not be started. The
/// runner only ever signals the process it started itself, by a pidfd, never
/// a process group or a PID that could since belong to someone else.
class ProcessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessRunner)

public:
    struct Request {
        QString program;
        QStringList arguments;
        /// Given to standard input, which is then closed (at once when empty,
        /// so a program that reads it never waits).
        QByteArray standardInput;
        /// Keeps standard input open after `standardInput` for writeInput(),
        /// for a program that is talked to while it runs (gdb).
        bool keepInputOpen = false;
        /// Standard output goes to a pseudo-terminal instead of a pipe, so
        /// the program flushes every line as it ends (see PseudoTerminal).
        bool outputToTerminal = false;
        /// Where an unsandboxed tool starts; every other program starts in
        /// its scratch folder.
        QString workingDirectory;
        RunLimits limits;
        /// Whether the program runs in the sandbox. Only Duet's own tools
        /// (the compilers) opt out.
        bool sandboxed = true;
        /// Whether it may run without a sandbox where none can be made:
        /// built-in demos, the learner's own code, packs the learner trusts.
        bool trusted = false;
        /// Put, read-only, in the program's scratch folder before it starts.
        QList<ScratchFile> scratchFiles;
        /// More files or folders a sandboxed program may read.
        QStringList readOnlyPaths;
        /// A folder of Duet's, made for this one run, to be the run's
        /// scratch folder instead of an empty one, so that what the program
        /// writes there outlives the run (a trace's steps); Duet reads it as
        /// hostile input. Unlike an empty scratch folder, its total size is
        /// not capped, only each file's (RunLimits::fileSizeBytes).
        QString sharedFolder;
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    /// Ends anything still running, and everything it started.
    ~ProcessRunner() override;

    void start(const Request &request);
    /// Writes to the standard input of a program started with keepInputOpen.
    void writeInput(const QByteArray &data);
    /// Ends the run at once; `finished` reports it as stopped.
    void stop();
    [[nodiscard]] bool isRunning() const;

    /// Ends every run of every runner in this process at once, for a
    /// command-line mode that was told to quit (see TerminationSignals).
    static void endEveryRun();

Q_SIGNALS:
    void started();
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const Duet::RunResult &result);

private:
    void launch();
    void stopWatchingForReady();
    void readChannel(bool standardError);
    void readTerminal();
    void closeTerminal();
    void accept(const QByteArray &data, bool standardError);
    void halt(RunResult::Ending ending);
    void endNow();
    void processFinished(int exitCode, bool crashed);
    void takeSupervisorReport(int exitCode, bool crashed);
    void failToStart(const QString &message);
    void prepareNextRun();
    void complete();

    std::unique_ptr<RunLaunch> m_launch;
    /// The process of the run under way.
    std::unique_ptr<RunStandby> m_run;
    /// The process of the run that just ended, until QProcess is done with it.
    std::unique_ptr<RunStandby> m_ended;
    /// The process of the next run, started ahead, joining its control group.
    std::unique_ptr<RunStandby> m_next;
    /// Watches the run's process until it is ready for the command.
    QSocketNotifier *m_readyWatch = nullptr;
    /// The run's standard output, when it goes to a terminal. Duet keeps the
    /// far end open until the run's process has ended: the program opens it
    /// only once told to start, and a terminal no one holds reads as ended.
    std::optional<PseudoTerminal> m_terminal;
    QSocketNotifier *m_terminalWatch = nullptr;
    Request m_request;
    RunResult m_result;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    /// A supervisor asked to end its run gets this long before it is killed.
    QTimer m_escalation;
    double m_userAtStart = 0;
    double m_systemAtStart = 0;
    quint64 m_reapedAtStart = 0;
    bool m_running = false;
    bool m_halted = false;
};

} // namespace Duet

#pragma once

#include "PseudoTerminal.h"
#include "RunLimits.h"
#include "RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QProcess;
class QSocketNotifier;

namespace Duet
{

/// Runs one program asynchronously on QProcess and reports how it went.
/// The child gets its own session, so stopping it reaches everything it
/// started, and its resource limits are set inside it before exec. Output
/// arrives through signals as it is written; `finished` always comes, exactly
/// once per start, even when the program could not be started.
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
        QString workingDirectory;
        RunLimits limits;
        /// Standard output goes to a pseudo-terminal instead of a pipe, so
        /// the program flushes every line as it ends (see PseudoTerminal).
        bool outputToTerminal = false;
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    /// Kills anything still running, and what it started, without waiting.
    ~ProcessRunner() override;

    void start(const Request &request);
    /// Writes to the standard input of a program started with keepInputOpen.
    void writeInput(const QByteArray &data);
    /// Kills the run at once; `finished` reports it as stopped.
    void stop();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void started();
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const Duet::RunResult &result);

private:
    void readChannel(bool standardError);
    void readTerminal();
    void accept(const QByteArray &data, bool standardError);
    void killGroup() const;
    void halt(RunResult::Ending ending);
    void complete();

    QProcess *m_process = nullptr;
    std::optional<PseudoTerminal> m_terminal;
    QSocketNotifier *m_terminalNotifier = nullptr;
    Request m_request;
    RunResult m_result;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    double m_userAtStart = 0;
    double m_systemAtStart = 0;
    quint64 m_reapedAtStart = 0;
    qint64 m_processId = 0;
    bool m_running = false;
    bool m_halted = false;
};

} // namespace Duet

#pragma once

#include "core/sandbox/SupervisorProtocol.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

class QObject;
class QProcess;

namespace Duet
{

class RunControlGroup;

/// The process a run will be: Duet's run supervisor, started ahead of time
/// and waiting (`--standby`) for the run's command, already inside the run's
/// control group. Joining a control group makes the kernel wait for an RCU
/// grace period, which can take as long as the run itself; a ProcessRunner
/// keeps one standby ready, so that a click on Run only sends the command.
/// The supervisor then sets the run's limits, folder and environment and
/// executes the command, and later writes how the program ended to the
/// status pipe. Owns its QProcess, control group and pipes.
class RunStandby final
{
    Q_DISABLE_COPY_MOVE(RunStandby)

public:
    /// Starts one, in a control group of its own when `withControlGroup` and
    /// one can be made; the reason when it cannot start at all.
    [[nodiscard]] static std::expected<std::unique_ptr<RunStandby>, QString> start(QObject *owner,
                                                                                   bool withControlGroup);
    ~RunStandby();

    [[nodiscard]] QProcess *process() const { return m_process; }
    /// The descriptor number the command's supervisor reports its status on.
    [[nodiscard]] int statusDescriptor() const { return m_statusInChild; }
    /// Null when it has none.
    [[nodiscard]] RunControlGroup *controlGroup() const { return m_controlGroup.get(); }
    /// Whether it can still take a command (it has not died waiting).
    [[nodiscard]] bool isWaiting() const;
    /// Whether it is in its control group and waiting for the command; reads
    /// what the supervisor has reported so far, without waiting.
    [[nodiscard]] bool isReady();
    /// The pipe the supervisor reports on, to watch until isReady().
    [[nodiscard]] int statusReadDescriptor() const { return m_statusRead; }

    /// Sends the command (see SupervisorProtocol) and lets it run; false when
    /// the standby is gone.
    bool go(const QByteArray &command);
    /// Signals the process, through a pidfd where the kernel has them: it
    /// reaches this process and no other that may have its PID later.
    void signal(int signal) const;
    /// The supervisor's last report, once the run has ended; empty when it
    /// ended without one (killed, or the sandbox failed before starting it).
    [[nodiscard]] std::optional<SupervisorProtocol::Status> finalStatus();

private:
    RunStandby() = default;
    void readReports();

    QProcess *m_process = nullptr;
    std::unique_ptr<RunControlGroup> m_controlGroup;
    int m_controlWrite = -1;
    int m_statusRead = -1;
    int m_statusInChild = -1;
    int m_processDescriptor = -1;
    /// What the supervisor reported so far, line by line.
    QByteArray m_reports;
    bool m_ready = false;
};

} // namespace Duet

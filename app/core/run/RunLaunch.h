#pragma once

#include "RunLimits.h"
#include "core/sandbox/SupervisorProtocol.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <expected>
#include <memory>
#include <optional>

namespace Duet
{

class RunControlGroup;

/// A file put in a run's scratch folder before the program starts.
struct ScratchFile {
    /// A plain file name, no folders.
    QString name;
    QByteArray content;
};

/// What ProcessRunner needs to start one program the way Duet runs
/// everything: by its run supervisor, in the sandbox where the request asks
/// for one, in a control group of its own where one can be made, with a
/// scratch folder of its own, and with a pipe on which the supervisor says
/// how the program ended. Owns all of these for the run and removes them
/// when destroyed.
class RunLaunch final
{
    Q_DISABLE_COPY_MOVE(RunLaunch)

public:
    struct Request {
        QString program;
        QStringList arguments;
        QString workingDirectory;
        RunLimits limits;
        bool sandboxed = true;
        bool trusted = false;
        QList<ScratchFile> scratchFiles;
        QStringList readOnlyPaths;
    };

    /// Everything set up for `request`, or why it cannot run (no sandbox for
    /// an untrusted program; a scratch folder that cannot be written).
    [[nodiscard]] static std::expected<std::unique_ptr<RunLaunch>, QString> prepare(const Request &request);
    ~RunLaunch();

    /// What to start: the sandbox's or the supervisor's command line.
    [[nodiscard]] QString program() const { return m_program; }
    [[nodiscard]] QStringList arguments() const { return m_arguments; }
    /// Empty: the program inherits Duet's environment.
    [[nodiscard]] QProcessEnvironment environment() const { return m_environment; }
    [[nodiscard]] QString workingDirectory() const { return m_workingDirectory; }

    /// For the child, between fork and exec: the control group files to
    /// write "0" to, and the descriptor the supervisor reports on (-1: none).
    [[nodiscard]] QList<int> joinDescriptors() const;
    [[nodiscard]] int statusDescriptor() const { return m_statusWrite; }
    /// Closes Duet's copy of the status descriptor once the child has it,
    /// so that the pipe reads as ended when the supervisor is gone.
    void closeStatusDescriptor();

    /// The supervisor's report, read once the run has ended; empty when it
    /// ended without one (killed, or the sandbox failed before starting it).
    [[nodiscard]] std::optional<SupervisorProtocol::Status> takeStatus();
    [[nodiscard]] bool isSandboxed() const { return m_sandboxed; }
    [[nodiscard]] bool isSupervised() const { return m_supervised; }
    /// The run's control group; null where none could be made.
    [[nodiscard]] const RunControlGroup *controlGroup() const { return m_controlGroup.get(); }
    /// The folder that holds the scratch files on Duet's side (the program's
    /// scratch folder itself when it runs unsandboxed); empty when none.
    [[nodiscard]] QString scratchFolder() const;

private:
    RunLaunch() = default;

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<RunControlGroup> m_controlGroup;
    int m_statusRead = -1;
    int m_statusWrite = -1;
    bool m_sandboxed = false;
    bool m_supervised = false;
};

} // namespace Duet

#pragma once

#include "RunLimits.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <expected>
#include <memory>

namespace Duet
{

/// A file put in a run's scratch folder before the program starts.
struct ScratchFile {
    /// A plain file name, no folders.
    QString name;
    QByteArray content;
};

/// What one run is to execute, for its RunStandby: the sandbox's command
/// line where the request asks for the sandbox and one can be made, else the
/// run supervisor's; the limits, folder and environment to set first; and
/// the run's scratch folder, which it owns and removes when destroyed.
/// Refuses (prepare() fails) an untrusted program where no sandbox can be
/// made, and anything at all when the run supervisor is missing.
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
        /// A terminal (/dev/pts/N) to be the program's standard output;
        /// empty for the standby's own (a pipe).
        QString outputTerminal;
        /// See ProcessRunner::Request::sharedFolder.
        QString sharedFolder;
    };

    /// Everything set up for `request`, or why it cannot run (no sandbox for
    /// an untrusted program; a scratch folder that cannot be written).
    [[nodiscard]] static std::expected<std::unique_ptr<RunLaunch>, QString> prepare(const Request &request);
    ~RunLaunch();

    /// The command for a standby supervisor (see SupervisorProtocol), whose
    /// program reports its status on descriptor `statusDescriptor`.
    [[nodiscard]] QByteArray command(int statusDescriptor) const;

    [[nodiscard]] bool isSandboxed() const { return m_sandboxed; }
    /// Duet's own tools (the compilers) run without a sandbox, scratch
    /// folder or control group, as they are.
    [[nodiscard]] bool isTool() const { return m_tool; }
    /// The folder that holds the scratch files on Duet's side (the program's
    /// scratch folder itself when it runs unsandboxed); empty when none.
    [[nodiscard]] QString scratchFolder() const;

private:
    RunLaunch() = default;

    Request m_request;
    QString m_program;
    QString m_supervisor;
    std::unique_ptr<QTemporaryDir> m_scratch;
    bool m_sandboxed = false;
    bool m_tool = false;
};

} // namespace Duet

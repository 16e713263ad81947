#pragma once

#include <QString>
#include <QStringList>

namespace Duet
{

/// Whether Duet can confine the programs it runs on this system, in words a
/// learner can act on. Found once per process (a trial run of the sandbox,
/// a few milliseconds) and then kept.
struct SandboxAvailability {
    bool available = false;
    /// What confines a run: "bubblewrap: the run's own user, PID, network, IPC
    /// and mount namespaces".
    QString mechanism;
    /// Why there is no sandbox, and what would give one; empty when there is.
    QString reason;
    /// What holds a whole run's processes and memory together (a control
    /// group, or RLIMIT_NPROC in the run's own user namespace), and what does
    /// not.
    QString wholeRunLimits;

    /// One paragraph: the mechanism or the reason, then the whole-run limits.
    [[nodiscard]] QString summary() const;
};

/// What a sandbox is asked to confine: one program, run by Duet's run
/// supervisor, seeing only the system's programs and libraries (read-only),
/// the files it needs (read-only) and its own empty scratch folder.
struct SandboxRequest {
    /// Absolute path of the program, and its arguments.
    QString program;
    QStringList arguments;
    /// Absolute path of run-supervisor, and its options (before "--").
    QString supervisor;
    QStringList supervisorOptions;
    /// A host folder holding `scratchFiles`: each appears, read-only, in the
    /// program's scratch folder under the same name.
    QString filesFolder;
    QStringList scratchFiles;
    /// More files or folders the program may read (an interpreter's prefix).
    QStringList readOnlyPaths;
    /// A host folder to be the scratch folder, read and written, instead of
    /// an empty one (see ProcessRunner::Request::sharedFolder); takes no
    /// scratchFiles.
    QString sharedFolder;
    /// How much the program may write to its scratch folder in all.
    qint64 scratchBytes = 0;
    /// The program's whole environment, NAME=value.
    QStringList environment;
};

/// The command that runs a SandboxRequest confined.
struct SandboxCommand {
    QString program;
    QStringList arguments;
};

/// Turns a program Duet wants to run into the command that runs it confined:
/// no network, nothing of the learner's (home, Duet's settings, data and
/// caches) in reach, a private scratch folder as home, temporary folder and
/// working directory, its own process tree that dies with the run and with
/// Duet. One implementation per mechanism; availability() says whether one
/// works here and forThisSystem() gives it.
class Sandbox
{
public:
    Sandbox() = default;
    virtual ~Sandbox() = default;
    Q_DISABLE_COPY_MOVE(Sandbox)

    [[nodiscard]] virtual SandboxCommand command(const SandboxRequest &request) const = 0;

    /// Where a confined program finds its scratch folder: its HOME, TMPDIR
    /// and working directory, empty at the start of every run.
    [[nodiscard]] static QString scratchPath();

    /// Whether programs can be confined here, and how; found once.
    [[nodiscard]] static const SandboxAvailability &availability();
    /// The sandbox that works here; null when availability() says none does.
    [[nodiscard]] static const Sandbox *forThisSystem();

    /// Duet's run supervisor, installed beside the built-in demos; empty when
    /// it is missing (a broken installation).
    [[nodiscard]] static QString supervisorExecutable();
};

} // namespace Duet

#pragma once

#include "Sandbox.h"

namespace Duet
{

/// The sandbox on bubblewrap, the tool Flatpak confines applications with:
/// a fresh user, PID, network, IPC, UTS and mount namespace per run. The
/// program sees /usr (and the /bin, /lib… links into it) and the few files of
/// /etc that the dynamic linker and the time zone need, all read-only; its
/// own /proc and a minimal /dev; an empty, size-capped tmpfs at
/// Sandbox::scratchPath() as its home; and nothing else of the system: not
/// the learner's home, not Duet's settings, data or caches, no sockets.
/// Without capabilities, in a new session (no terminal to inject into), and
/// with the run supervisor as PID 1, so that every process of the run ends
/// when the program does, or when Duet goes (--die-with-parent).
class BubblewrapSandbox final : public Sandbox
{
public:
    explicit BubblewrapSandbox(QString bubblewrap);

    [[nodiscard]] SandboxCommand command(const SandboxRequest &request) const override;

    /// The bwrap on PATH, or empty.
    [[nodiscard]] static QString findBubblewrap();

    /// bubblewrap before 0.10 cannot cap a tmpfs's size (--size); there the
    /// scratch folder is bounded by the run's memory cap and RLIMIT_FSIZE.
    void setLimitsScratchSize(bool limits) { m_limitsScratchSize = limits; }

private:
    QString m_bubblewrap;
    /// Options that show the system's read-only parts, found once.
    QStringList m_systemArguments;
    /// Folders those options show, to tell whether a path needs binding.
    QStringList m_visibleFolders;
    bool m_limitsScratchSize = true;
};

} // namespace Duet

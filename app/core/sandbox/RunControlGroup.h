#pragma once

#include "ControlGroupPlace.h"

#include <QList>
#include <QString>

#include <memory>

namespace Duet
{

/// One run's control group (one per hierarchy on cgroup v1): every process
/// of the run, however many it starts, shares its process cap and its memory
/// cap. The child joins it between fork and exec by writing "0" to the
/// descriptors of joinDescriptors(), so the group holds the run from its very
/// first instruction. Removed when destroyed; a group the kernel still holds
/// (its last processes being reaped) is removed by the next run instead.
class RunControlGroup final
{
    Q_DISABLE_COPY_MOVE(RunControlGroup)

public:
    /// What the kernel did to hold the run to its caps.
    struct Usage {
        /// Processes the kernel's out-of-memory killer ended in the group.
        qint64 memoryKills = 0;
        /// Times a new process or thread was refused at the process cap.
        qint64 processesRefused = 0;
    };

    /// A new group in `place`, without caps yet; null, and the reason in
    /// `error`, when it cannot be made.
    static std::unique_ptr<RunControlGroup> create(const ControlGroupPlace &place, QString *error);
    ~RunControlGroup();

    /// Caps the group at `processes` tasks and `memoryBytes` of memory (swap
    /// included where the kernel counts it); false, and why in `error`,
    /// when the kernel refuses.
    bool setLimits(int processes, qint64 memoryBytes, QString *error);

    /// Open, close-on-exec descriptors of the group's cgroup.procs files.
    [[nodiscard]] QList<int> joinDescriptors() const { return m_joinDescriptors; }
    [[nodiscard]] Usage usage() const;
    /// The group's directories (one for v2, two for v1).
    [[nodiscard]] QStringList directories() const { return m_directories; }

private:
    RunControlGroup() = default;
    bool addDirectory(const QString &parent, const QString &name, QString *error);
    static void removeLeftovers(const QString &parent);

    ControlGroupPlace::Version m_version = ControlGroupPlace::Version::None;
    QStringList m_directories;
    QList<int> m_joinDescriptors;
    QString m_pidsDirectory;
    QString m_memoryDirectory;
};

} // namespace Duet

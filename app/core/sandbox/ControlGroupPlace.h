#pragma once

#include <QByteArrayView>
#include <QString>

namespace Duet
{

/// Where this process may make control groups for its runs, so that a run's
/// processes and memory are capped together and not one process at a time.
/// Found once per process from /proc/self/cgroup and /proc/self/mountinfo:
///
/// - cgroup v1 (a "hybrid" host): groups beside this process's own in the
///   `pids` and `memory` hierarchies, where it may write there (as root).
/// - cgroup v2: a subtree delegated to this process (systemd's
///   `Delegate=yes`, marked by the `user.delegate` attribute) that has the
///   `pids` and `memory` controllers. Duet moves itself into a leaf of it
///   (the kernel allows processes only in leaves once controllers are
///   enabled) and makes each run's group beside that leaf.
///
/// Anywhere else there is no place, and `reason` says why.
struct ControlGroupPlace {
    enum class Version { None, One, Two };

    Version version = Version::None;
    /// v1: the directory in the pids hierarchy that holds the run groups;
    /// v2: the delegated directory that holds them.
    QString pidsDirectory;
    /// v1: the same in the memory hierarchy; v2: the same as pidsDirectory.
    QString memoryDirectory;
    /// What was found, or why nothing could be used.
    QString description;

    [[nodiscard]] bool isUsable() const { return version != Version::None; }

    /// Looks for a place for this process; the result is kept.
    static const ControlGroupPlace &forThisProcess();

    /// The directory of this process's group in the hierarchy that has
    /// `controller` (v1), or in the unified hierarchy when `controller` is
    /// empty (v2); empty when that hierarchy is not mounted where this
    /// process can see it. From the texts of /proc/self/cgroup and
    /// /proc/self/mountinfo, so tests can give their own.
    [[nodiscard]] static QString ownDirectory(QByteArrayView membership, QByteArrayView mountInfo,
                                              QStringView controller);

private:
    static ControlGroupPlace find();
    static ControlGroupPlace findVersionTwo(const QString &directory);
};

} // namespace Duet

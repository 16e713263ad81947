#pragma once

#include "core/lesson/Lesson.h"

#include <QString>

namespace Duet
{

/// Which lesson packs' programs the learner agreed to run where Duet cannot
/// sandbox them (Sandbox::availability() says when). Built-in lessons are
/// Duet's own and always trusted; a pack loaded from a folder is trusted
/// once the learner says so — remembered in the settings (trust/packs) by
/// its folder — or for one session with `--trust`. Where there is a sandbox,
/// trust changes nothing: every program runs confined all the same.
///
/// How the window asks: before running a section of a pack from a folder,
/// if `!Sandbox::availability().available && !PackTrust::isTrusted(lesson)`,
/// show `Sandbox::availability().reason` and ask whether to run the pack's
/// programs anyway; on yes, `PackTrust::trust(lesson)` and run.
class PackTrust final
{
public:
    PackTrust() = delete;

    [[nodiscard]] static bool isTrusted(const Lesson &lesson);
    /// The same for the pack a section comes from (see packDirectory()).
    [[nodiscard]] static bool isTrusted(const Section &section);
    /// Remembers that the learner trusts this pack's programs.
    static void trust(const Lesson &lesson);
    /// Forgets it again.
    static void distrust(const Lesson &lesson);
    /// `--trust`: every pack, for as long as this process runs.
    static void trustEveryPackThisSession();

    /// The pack folder a section was read from (a `:/lessons/…` resource
    /// folder for built-in lessons), found through its files' names.
    [[nodiscard]] static QString packDirectory(const Section &section);

private:
    static bool isTrustedDirectory(const QString &directory);
    static QString key(const QString &directory);
};

} // namespace Duet

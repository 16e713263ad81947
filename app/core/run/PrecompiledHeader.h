#pragma once

#include <QStringList>

namespace Duet
{

/// The standard headers lesson programs use, precompiled once per compiler
/// and flags into the cache, so that compiling a learner's edit spends its
/// time on the learner's code and not on re-reading <format> and <ranges>.
/// g++ and clang++ each have their own way to build and to use one.
class PrecompiledHeader
{
public:
    PrecompiledHeader(const QString &compiler, const QStringList &flags);

    /// Whether the precompiled file is already in the cache.
    [[nodiscard]] bool isBuilt() const;
    /// Writes the header source, if needed, and returns the compiler
    /// arguments that build the precompiled file from it.
    [[nodiscard]] QStringList prepareBuild() const;
    /// What to add to a compile so that it uses the precompiled header.
    [[nodiscard]] QStringList useArguments() const;
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString builtFile() const;

    /// The headers it holds: what the lessons include.
    static const QStringList &headers();

private:
    [[nodiscard]] QString headerFile() const;

    QString m_compiler;
    QStringList m_flags;
    QString m_directory;
    bool m_clang = false;
};

} // namespace Duet

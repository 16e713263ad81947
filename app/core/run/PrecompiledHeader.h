#pragma once

#include <QStringList>

namespace Duet
{

/// The standard headers lesson programs use, precompiled once per compiler
/// and flags into the cache, so that compiling a learner's edit spends its
/// time on the learner's code and not on re-reading <format> and <ranges>.
/// g++ and clang++ each have their own way to build and to use one. clang++
/// goes further: the templates the headers instantiate are compiled once
/// into an object file beside the header (-fpch-codegen), so a program's
/// compile no longer generates code for them, which halves its time.
class PrecompiledHeader
{
public:
    PrecompiledHeader(const QString &compiler, const QStringList &flags);

    /// Whether the precompiled file is already in the cache.
    [[nodiscard]] bool isBuilt() const;
    /// Writes the header source, if needed, and returns the compiler runs,
    /// in order, that build the precompiled files from it. The last run
    /// writes builtFile() + ".part", which finishBuild() renames.
    [[nodiscard]] QList<QStringList> prepareBuild() const;
    /// Makes a completed build usable; false if it cannot.
    [[nodiscard]] bool finishBuild() const;
    /// What to add to a compile so that it uses the precompiled header.
    [[nodiscard]] QStringList useArguments() const;
    [[nodiscard]] QString directory() const { return m_directory; }
    /// The file whose presence means the whole build is done: the .gch for
    /// g++, the object of compiled templates for clang++.
    [[nodiscard]] QString builtFile() const;

    /// The headers it holds: what the lessons include.
    static const QStringList &headers();

private:
    [[nodiscard]] QString headerFile() const;
    [[nodiscard]] QString clangPrecompiledFile() const;

    QString m_compiler;
    QStringList m_flags;
    QString m_directory;
    bool m_clang = false;
};

} // namespace Duet

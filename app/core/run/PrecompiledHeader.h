#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Duet
{

/// The standard headers lesson programs use, precompiled once per toolchain
/// and flags into the cache, so that compiling a learner's edit spends its
/// time on the learner's code and not on re-reading <format> and <ranges>.
/// g++ and clang++ each have their own way to build and to use one. clang++
/// goes further: the templates the headers instantiate are compiled once
/// into an object file beside the header (-fpch-codegen), so a program's
/// compile no longer generates code for them, which halves its time.
///
/// A build writes under names of its own and renames them into place, and
/// a manifest with each file's size and SHA-256 is written last: two Duet
/// processes building it at once do not disturb each other, and a file that
/// was cut short or overwritten is found (by its size at every use, by its
/// hash once per process) and built again. A compile that still fails over
/// the precompiled header (reportsProblem()) makes the compiler rebuild it.
class PrecompiledHeader
{
public:
    PrecompiledHeader(const QString &compiler, QByteArrayView toolchain, const QStringList &flags);

    /// Whether a complete, sound build is in the cache.
    [[nodiscard]] bool isUsable() const;
    /// Writes the header source where it is missing, and returns the compiler
    /// runs, in order, that build the precompiled files under this build's
    /// own temporary names.
    [[nodiscard]] QList<QStringList> prepareBuild();
    /// Renames a completed build into place and records it; false if it cannot.
    [[nodiscard]] bool finishBuild();
    /// Removes the build and its record, so the next compile builds it again.
    void discard() const;
    /// What to add to a compile so that it uses the precompiled header.
    [[nodiscard]] QStringList useArguments() const;
    [[nodiscard]] QString directory() const { return m_directory; }
    /// The files a build makes: the .gch for g++; the .pch and the object of
    /// compiled templates for clang++.
    [[nodiscard]] QStringList builtFiles() const;

    /// Whether compiler output blames the precompiled header (stale,
    /// corrupt, or ignored as invalid).
    [[nodiscard]] static bool reportsProblem(const QString &compilerOutput);

    /// The headers it holds: what the lessons include.
    static const QStringList &headers();

private:
    [[nodiscard]] QString headerFile() const;
    [[nodiscard]] QString temporaryName(const QString &file) const;
    [[nodiscard]] QString manifestFile() const;

    QString m_compiler;
    QStringList m_flags;
    QString m_directory;
    /// Distinguishes this build's temporary files from another process's.
    QString m_buildTag;
    bool m_clang = false;
};

} // namespace Duet

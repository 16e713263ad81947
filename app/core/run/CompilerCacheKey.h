#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Duet
{

/// What a compiled build depends on beyond its source and flags: the
/// compiler and the standard library it compiles and links against. Probed
/// once per compiler and process by running probeArguments() with a shell.
namespace Toolchain
{

/// `sh -c …` arguments that print the compiler's `--version`, the path of
/// the libstdc++ it links, and the headers `#include <version>` resolves to.
[[nodiscard]] QStringList probeArguments(const QString &compiler);

/// The toolchain's identity from the probe's output: that output, and the
/// resolved path, size and modification time of the compiler binary and of
/// every file the probe named. A compiler or library upgrade changes it.
[[nodiscard]] QByteArray identity(const QString &compiler, const QByteArray &probeOutput);

} // namespace Toolchain

/// A name for what a compiler makes from `content` with `flags`: it changes
/// when the toolchain (see Toolchain::identity()), the flags or the content
/// change, so a cached build or precompiled header is reused exactly when it
/// is still valid.
[[nodiscard]] QString compilerCacheKey(QByteArrayView toolchain, const QStringList &flags, QByteArrayView content);

} // namespace Duet

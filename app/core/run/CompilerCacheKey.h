#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Duet
{

/// A name for what a compiler makes from `content` with `flags`: it changes
/// when the compiler binary, its flags or the content change, so a cached
/// build or precompiled header is reused exactly when it is still valid.
[[nodiscard]] QString compilerCacheKey(const QString &compiler, const QStringList &flags, QByteArrayView content);

} // namespace Duet

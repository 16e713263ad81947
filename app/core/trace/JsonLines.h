#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace Duet
{

/// The records of a file a tracer appends to, one JSON object per line (the
/// Python tracer's steps, gdb's step file): every complete line up to the
/// first that was cut off (the run ended mid-write) or is not an object.
/// Nothing after a damaged line is trusted, since the file is the traced
/// program's reach too.
[[nodiscard]] QList<QJsonObject> readJsonLines(QByteArrayView data);

} // namespace Duet

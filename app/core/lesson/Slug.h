#pragma once

#include <QString>

namespace Duet
{

/// The id a heading gives its section: lowercase ASCII letters and digits,
/// every run of other characters turned into one '-', none at either end.
/// "Metaclasses: one instance per class" becomes "metaclasses-one-instance-per-class".
[[nodiscard]] QString slugify(QStringView heading);

} // namespace Duet

#pragma once

#include <QString>

namespace Duet
{

/// The version CMake's project() declares, e.g. "0.1.0".
[[nodiscard]] QString versionString();

/// Sets the organisation and application names QSettings and QStandardPaths
/// use. Called before any application object exists.
void setApplicationIdentity();

} // namespace Duet

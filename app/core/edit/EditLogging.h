#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Saving and restoring the learner's edits: `QT_LOGGING_RULES="duet.edit.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcEdit)
} // namespace Duet

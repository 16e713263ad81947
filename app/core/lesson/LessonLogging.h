#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Loading lesson packs: `QT_LOGGING_RULES="duet.lesson.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcLesson)
} // namespace Duet

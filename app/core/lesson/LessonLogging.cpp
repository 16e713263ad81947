#include "LessonLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcLesson, "duet.lesson", QtInfoMsg)
} // namespace Duet

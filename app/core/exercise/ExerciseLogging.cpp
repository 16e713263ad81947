#include "ExerciseLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcExercise, "duet.exercise", QtInfoMsg)
} // namespace Duet

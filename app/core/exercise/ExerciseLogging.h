#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// The learner's exercises: attempts, hints, solved state: `QT_LOGGING_RULES="duet.exercise.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcExercise)
} // namespace Duet

#pragma once

#include "core/lesson/Lesson.h"

#include <QByteArray>

namespace Duet
{

enum class ListFormat { Text, Json };

/// `duet --list`: the lessons and their sections as text for people or as
/// JSON for scripts. The JSON has exactly the shape
/// `{"lessons":[{"id","title","source","sections":[{"id","title","hasPython","hasCpp"}]}],
///   "errors":[{"file","line","message"}]}`.
[[nodiscard]] QByteArray lessonListJson(const LessonCollection &lessons);

/// Prints the list on stdout (problems on stderr, in the text form) and
/// returns the exit status: 0 when every pack loaded, 2 when any had errors.
int printLessonList(const LessonCollection &lessons, ListFormat format);

} // namespace Duet

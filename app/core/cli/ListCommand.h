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

/// The text form: one line per lesson, `  LESSON/SECTION  Title  [python, c++]`
/// per section, every lesson-provided part made terminalSafe().
[[nodiscard]] QByteArray lessonListText(const LessonCollection &lessons);
/// The problems as `file:line: message` lines, made terminalSafe().
[[nodiscard]] QByteArray lessonProblemsText(const LessonCollection &lessons);

/// `text` made safe to print on a terminal: C0 and C1 control characters,
/// DEL and the Unicode bidirectional controls are written out as `\xHH` or
/// `\uHHHH`, so a title holding "\x1b[2J" or a NUL shows as those characters
/// instead of clearing the screen or cutting the line.
[[nodiscard]] QString terminalSafe(QStringView text);

/// Prints the list on stdout (problems on stderr, in the text form) and
/// returns the exit status: 0 when every pack loaded, 2 when any had errors.
int printLessonList(const LessonCollection &lessons, ListFormat format);

} // namespace Duet

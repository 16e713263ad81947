#pragma once

#include <QString>

namespace Duet
{

/// The id a heading gives its section: lowercase ASCII letters and digits,
/// every run of other characters turned into one '-', none at either end.
/// "Metaclasses: one instance per class" becomes "metaclasses-one-instance-per-class".
[[nodiscard]] QString slugify(QStringView heading);

/// Lesson ids name folders and settings keys, and appear on command lines.
constexpr qsizetype maximumLessonIdLength = 64;

/// Whether `id` may name a lesson: one or more of `a-z`, `0-9` and `-`, and
/// nothing else — no capitals, no dots, no trailing newline — at most
/// maximumLessonIdLength characters.
[[nodiscard]] bool isValidLessonId(QStringView id);

/// The id a lesson without an `id:` gets from its folder's or file's name: its
/// slug, cut at a '-' to at most 48 characters so that a suffix still fits.
[[nodiscard]] QString lessonIdFromName(QStringView name);

} // namespace Duet

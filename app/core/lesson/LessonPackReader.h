#pragma once

#include "Lesson.h"

#include <expected>

namespace Duet
{

/// Reads one lesson pack folder, on disk or under `:/lessons/`: lesson.md and
/// the C++ program of each section in cpp/. Either the whole lesson comes
/// back, or every problem found in the pack does, as `file:line` diagnostics.
class LessonPackReader
{
public:
    [[nodiscard]] static std::expected<Lesson, Diagnostics> read(const QString &directory, Lesson::Origin origin);
};

} // namespace Duet

#pragma once

#include "Lesson.h"

#include <expected>

namespace Duet
{

/// Reads one lesson: a pack folder, on disk or under `:/lessons/`, with its
/// lesson.md, the C++ program of each section in cpp/ and the starters of
/// exercises beside them (`cpp/<section>.starter.cpp`); or a single
/// Markdown file, which has no C++. Either the whole lesson comes back, or
/// every problem found does, as `file:line` diagnostics. Nothing in a pack on
/// disk is read that is not a regular file inside the pack's folder.
class LessonPackReader
{
public:
    [[nodiscard]] static std::expected<Lesson, Diagnostics> read(const QString &directory, Lesson::Origin origin);

    /// A Markdown file on its own (Lesson::Origin::File). Without an `id:`
    /// in its front matter, its id is lessonIdFromName() of its name followed
    /// by '-' and pathHash() of its real path, so that two files of one name
    /// in different folders never share edits or progress.
    [[nodiscard]] static std::expected<Lesson, Diagnostics> readFile(const QString &file);

    /// The first 8 hex digits of the SHA-256 of `realPath`.
    [[nodiscard]] static QString pathHash(const QString &realPath);

    /// The name a single file lends its lesson: its base name, or its
    /// folder's name when the file is a README.md or index.md.
    [[nodiscard]] static QString nameOfFile(const QString &file);
};

} // namespace Duet

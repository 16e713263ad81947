#pragma once

#include <QStringList>

namespace Duet
{

/// The lesson files and folders the learner opened in the window (File ▸
/// Open Lesson…, or dropped on it), remembered across restarts so that they
/// are there again next time. What they hold is loaded by the core's
/// LessonLibrary like every other source; this only keeps the list.
class RememberedLessons
{
public:
    /// The remembered paths that still exist; those gone are forgotten.
    [[nodiscard]] static QStringList paths();
    /// Remembers `path` (a pack's lesson.md stands for its folder), once.
    static void remember(const QString &path);
    static void forget(const QString &path);
    /// Whether a dropped or chosen path may be a lesson: a folder, or a Markdown file.
    [[nodiscard]] static bool looksLikeLesson(const QString &path);
    /// The path a lesson is remembered by: a pack's lesson.md stands for its folder.
    [[nodiscard]] static QString canonicalPath(const QString &path);
};

} // namespace Duet

#pragma once

#include "Lesson.h"

#include <QStringList>

namespace Duet
{

/// Where lessons come from: the packs compiled into Duet, the user's own
/// folder (AppDataLocation/lessons), and the paths named on the command line
/// or opened in the window.
struct LessonSources {
    bool builtIn = true;
    bool userFolder = true;
    /// Each a Markdown file (a lesson on its own; a pack's lesson.md stands
    /// for its pack), a pack folder (one with a lesson.md), or a folder of
    /// pack folders.
    QStringList paths;
};

/// Loads every lesson the sources hold, in path order (see LessonCollector).
/// A broken lesson is reported in LessonCollection::errors and skipped; the
/// others still load.
[[nodiscard]] LessonCollection loadLessons(const LessonSources &sources);

} // namespace Duet

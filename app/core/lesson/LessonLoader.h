#pragma once

#include "Lesson.h"

#include <QStringList>

namespace Duet
{

/// Where lessons come from: the packs compiled into Duet, the user's own
/// folder (AppDataLocation/lessons) and any folders named on the command line.
struct LessonSources {
    bool builtIn = true;
    bool userFolder = true;
    QStringList folders;
};

/// Loads every pack the sources hold. A broken pack is reported in
/// LessonCollection::errors and skipped; the others still load.
[[nodiscard]] LessonCollection loadLessons(const LessonSources &sources);

} // namespace Duet

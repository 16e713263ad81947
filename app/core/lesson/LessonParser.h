#pragma once

#include "Lesson.h"

#include <QByteArray>

namespace Duet
{

/// Turns the bytes of a lesson.md into a Lesson: front matter through
/// yaml-cpp, the article through md4c. Each top-level `##` heading starts a
/// section; its top-level ```python blocks become its Python program and the
/// rest of what stands under it its prose. Touches no files, so the fuzzer
/// can drive it directly; the C++ side is the pack reader's business.
class LessonParser
{
public:
    /// `fileName` names lesson.md in messages; `folderName` is the lesson's
    /// id when the front matter gives none. Every problem found is appended
    /// to `errors`; the lesson is only trustworthy when none were.
    static Lesson parse(const QByteArray &content, const QString &fileName, const QString &folderName,
                        Diagnostics &errors);
};

} // namespace Duet

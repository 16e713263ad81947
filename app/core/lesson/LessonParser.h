#pragma once

#include "Lesson.h"

#include <QByteArray>

namespace Duet
{

/// Turns the bytes of a lesson's Markdown into a Lesson: the optional front
/// matter through yaml-cpp, the article through md4c. Each top-level `##`
/// heading starts a section; its top-level ```python blocks (those not marked
/// `norun`) become its Python program and the rest of what stands under it
/// its prose. Without a front-matter title, the first `#` heading before any
/// section is the title. Touches no files, so the fuzzer can drive it
/// directly; the C++ side is the pack reader's business. Linear in the size of
/// the text.
class LessonParser
{
public:
    /// `fileName` names the file in messages and becomes Lesson::file.
    /// `name` is the folder's or file's name: the lesson's title when neither
    /// the front matter nor a `#` heading gives one, and the source of its id
    /// (slugged) when the front matter gives none. Every problem found is
    /// appended to `errors`; the lesson is only trustworthy when none were.
    static Lesson parse(const QByteArray &content, const QString &fileName, const QString &name, Diagnostics &errors);

    /// The comment line that stands between two ```python blocks of one
    /// section in its program.
    [[nodiscard]] static QString blockSeparator();
};

} // namespace Duet

#pragma once

#include "Lesson.h"
#include "LessonLoader.h"

#include <QHash>
#include <QSet>

#include <expected>

namespace Duet
{

/// Builds a LessonCollection one source at a time, and says what each source
/// yielded. Lesson ids are unique in the collection: an id the front matter
/// gives that is already taken is an error for the later lesson (so no pack
/// can pose as a built-in lesson); an id derived from a folder's name that is
/// already taken gets '-' and a hash of the pack's real path, as a single
/// file's derived id always does. The same file reached twice loads once.
class LessonCollector final
{
public:
    /// What one source held: the ids of its lessons, and its problems.
    struct SourceResult {
        QStringList lessonIds;
        Diagnostics errors;
    };

    /// The packs compiled into Duet, under `:/lessons`.
    void addBuiltIn();
    /// The user's own folder of packs (AppDataLocation/lessons), if there is one.
    void addUserFolder();
    /// A Markdown file, a pack folder, or a folder of pack folders.
    SourceResult addPath(const QString &path);
    /// Every source, in their order: built-in, paths, the user's folder.
    /// Returns what each of `sources.paths` yielded, in its order.
    QList<SourceResult> addSources(const LessonSources &sources);

    /// The collection, in path order: lessons with an `order` by it, then
    /// the others; ties by title, then id.
    [[nodiscard]] LessonCollection take();

private:
    void addPacksIn(const QString &folder, Lesson::Origin origin, bool mustHoldOne, SourceResult &result);
    void addLesson(std::expected<Lesson, Diagnostics> lesson, SourceResult &result);
    void addError(const Diagnostic &error, SourceResult &result);

    LessonCollection m_collection;
    /// Every id taken, and where its lesson came from, for messages.
    QHash<QString, QString> m_sourceOfId;
    /// The real path of every lesson file loaded, with its lesson's id.
    QHash<QString, QString> m_idOfFile;
};

} // namespace Duet

#pragma once

#include "LessonCollector.h"
#include "LessonLoader.h"

#include <QHash>
#include <QObject>

#include <expected>

namespace Duet
{

/// The lessons the window shows and the sources they come from, for a window
/// that opens more at run time (File ▸ Open Lesson…, a file dropped on it, a
/// path on the command line). Every change reloads every source, so the
/// collection is always exactly what loadLessons() makes of sources(): the
/// same order, the same ids, the same problems.
///
/// The collection is replaced on each change. A Lesson or Section pointer
/// or reference into it is valid until the next collectionChanged(); keep
/// addresses ("LESSON/SECTION") across changes, not pointers.
class LessonLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonLibrary)

public:
    /// Loads the sources at once.
    explicit LessonLibrary(LessonSources sources, QObject *parent = nullptr);

    [[nodiscard]] const LessonCollection &collection() const { return m_collection; }
    [[nodiscard]] const LessonSources &sources() const { return m_sources; }

    /// The ids of the lessons loaded from `path` (one of sources().paths), in
    /// the order the source yielded them; empty for a path that is no source.
    [[nodiscard]] QStringList lessonIdsFrom(const QString &path) const;

    /// Adds `path` — a Markdown file, a pack folder or a folder of packs — to
    /// the sources, reloads, emits collectionChanged() and returns the ids of
    /// the lessons it holds (the first is the one to show). A path that is a
    /// source already is not added twice; everything is reloaded all the same,
    /// so that opening a file again picks up its changes. When the path yields
    /// no lesson, nothing changes and its problems come back instead, each
    /// `file:line: reason`, for the window to show.
    std::expected<QStringList, Diagnostics> addSource(const QString &path);

    /// Reads every source again (after files changed on disk) and emits
    /// collectionChanged().
    void reload();

Q_SIGNALS:
    /// The collection was replaced; pointers into the old one are gone.
    void collectionChanged();

private:
    struct Loaded {
        LessonCollection collection;
        /// Per source path (absolute), what it yielded.
        QHash<QString, LessonCollector::SourceResult> fromPath;
    };
    [[nodiscard]] static Loaded load(const LessonSources &sources);
    void adopt(LessonSources sources, Loaded loaded);

    LessonSources m_sources;
    LessonCollection m_collection;
    QHash<QString, LessonCollector::SourceResult> m_fromPath;
};

} // namespace Duet

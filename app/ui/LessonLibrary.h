#pragma once

#include "core/lesson/LessonLoader.h"

#include <QObject>

#include <expected>

namespace Duet
{

/// Where the window's lessons come from: the sources Duet was started with
/// (built-in packs, the user's folder, `--lesson-dir`) and the lessons the
/// learner opened in the window (File ▸ Open Lesson…, or dropped on it),
/// which are remembered across restarts. `load()` is the window's one call
/// of `loadLessons`; Reload Lessons calls it again.
class LessonLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonLibrary)

public:
    explicit LessonLibrary(LessonSources startSources = {}, QObject *parent = nullptr);

    /// Loads every lesson of the sources and of the opened paths. An opened
    /// path that no longer exists is forgotten, with a note in the errors.
    [[nodiscard]] LessonCollection load();

    /// Adds a Markdown file or a lesson folder to the opened paths; the
    /// error says why a path cannot be a lesson.
    std::expected<void, QString> open(const QString &path);
    void forget(const QString &path);
    [[nodiscard]] QStringList openedPaths() const { return m_opened; }
    /// Whether a file or folder may be a lesson: a folder, or a Markdown file.
    [[nodiscard]] static bool looksLikeLesson(const QString &path);
    /// The path a lesson is opened by: a pack's lesson.md stands for its folder.
    [[nodiscard]] static QString canonicalPath(const QString &path);
    /// Whether a loaded lesson is the one an opened path names.
    [[nodiscard]] static bool isFrom(const Lesson &lesson, const QString &path);

private:
    [[nodiscard]] LessonSources sources() const;
    void remember() const;

    LessonSources m_startSources;
    QStringList m_opened;
};

} // namespace Duet

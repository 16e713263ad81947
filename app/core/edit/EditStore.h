#pragma once

#include "core/lesson/Lesson.h"

#include <optional>

namespace Duet
{

/// The learner's edits of a section's programs, kept on disk as they type so
/// that nothing is lost across restarts or crashes. Each program is one file,
/// written atomically (QSaveFile), under AppDataLocation/edits/LESSON/SECTION.
class EditStore
{
public:
    explicit EditStore(QString directory = {});

    [[nodiscard]] std::optional<QString> load(QStringView lessonId, QStringView sectionId, Language language) const;
    /// Returns false (and leaves any earlier version intact) when the edit
    /// cannot be written.
    bool save(QStringView lessonId, QStringView sectionId, Language language, const QString &text);
    /// Forgets an edit: "Revert to lesson".
    bool remove(QStringView lessonId, QStringView sectionId, Language language);

    [[nodiscard]] QString directory() const { return m_directory; }

private:
    [[nodiscard]] QString pathFor(QStringView lessonId, QStringView sectionId, Language language) const;

    QString m_directory;
};

} // namespace Duet

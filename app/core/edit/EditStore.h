#pragma once

#include "core/lesson/Lesson.h"

#include <expected>
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
    /// Writes an edit. On failure (a read-only or full disk, a folder that
    /// cannot be made) any earlier version stays intact and the error names
    /// the file and the reason.
    std::expected<void, QString> save(QStringView lessonId, QStringView sectionId, Language language,
                                      const QString &text) const;
    /// Forgets an edit: "Revert to lesson".
    std::expected<void, QString> remove(QStringView lessonId, QStringView sectionId, Language language) const;

    [[nodiscard]] QString directory() const { return m_directory; }
    /// The file an edit is kept in.
    [[nodiscard]] QString pathFor(QStringView lessonId, QStringView sectionId, Language language) const;

private:
    QString m_directory;
};

} // namespace Duet

#pragma once

#include "Exercise.h"
#include "core/edit/EditStore.h"

#include <QSettings>

#include <expected>

namespace Duet
{

/// Where the learner's exercises are kept. Each attempt is a file of its
/// own, AppDataLocation/exercises/LESSON/SECTION.cpp, written atomically by
/// an EditStore of its own: beside the ordinary edits (…/edits/), never
/// mixed with them, so trying a section yourself leaves its edited program
/// as it was, and the other way round. Whether the learner is trying a
/// section themselves, how many hints they have revealed and whether they
/// solved it is progress, kept where the sidebar keeps the rest of the
/// progress: in QSettings, under `exercises/LESSON|SECTION/…`.
class ExerciseStore
{
    Q_DISABLE_COPY_MOVE(ExerciseStore)

public:
    /// `directory` holds the attempts; empty: AppDataLocation/exercises.
    explicit ExerciseStore(QString directory = {});

    /// Everything about a section as an exercise, read now.
    [[nodiscard]] Exercise exercise(const Lesson &lesson, const Section &section) const;

    [[nodiscard]] std::optional<QString> attempt(QStringView lessonId, QStringView sectionId) const;
    /// Writes the learner's attempt. On failure any earlier version stays
    /// intact and the error names the file and the reason.
    std::expected<void, QString> saveAttempt(QStringView lessonId, QStringView sectionId, const QString &text) const;
    /// Forgets the attempt: the learner starts again from the starter.
    std::expected<void, QString> removeAttempt(QStringView lessonId, QStringView sectionId) const;
    /// The file an attempt is kept in.
    [[nodiscard]] QString attemptPath(QStringView lessonId, QStringView sectionId) const;
    /// The files the attempts are in, for an EditWriter that saves them as the learner types.
    [[nodiscard]] EditStore &attemptFiles() { return m_attempts; }
    [[nodiscard]] QString directory() const { return m_attempts.directory(); }

    /// The learner hides the lesson's C++ to write their own ("Try it
    /// yourself"), or goes back to it (their attempt is kept).
    void setTrying(QStringView lessonId, QStringView sectionId, bool trying);
    [[nodiscard]] bool isTrying(QStringView lessonId, QStringView sectionId) const;

    /// Reveals one more hint, never more than `hintCount`; returns how many
    /// are revealed now.
    int revealNextHint(QStringView lessonId, QStringView sectionId, int hintCount);
    [[nodiscard]] int revealedHints(QStringView lessonId, QStringView sectionId) const;

    void markSolved(QStringView lessonId, QStringView sectionId);
    [[nodiscard]] bool isSolved(QStringView lessonId, QStringView sectionId) const;

private:
    EditStore m_attempts;
    QSettings m_settings;
};

} // namespace Duet

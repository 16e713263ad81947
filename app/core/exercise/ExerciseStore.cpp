#include "ExerciseStore.h"

#include "ExerciseLogging.h"

#include <QStandardPaths>

namespace Duet
{

namespace
{

/// `exercises/LESSON|SECTION/name`: one group per section, named like the
/// sidebar's `progress/LESSON|SECTION` keys.
QString settingsKey(QStringView lessonId, QStringView sectionId, QLatin1StringView name)
{
    return QStringLiteral("exercises/%1|%2/%3").arg(lessonId, sectionId, name);
}

constexpr QLatin1StringView tryingKey("trying");
constexpr QLatin1StringView hintsKey("revealed-hints");
constexpr QLatin1StringView solvedKey("solved");

} // namespace

ExerciseStore::ExerciseStore(QString directory)
    : m_attempts(directory.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/exercises")
                     : std::move(directory))
{ }

Exercise ExerciseStore::exercise(const Lesson &lesson, const Section &section) const
{
    Exercise exercise;
    exercise.lessonId = lesson.id;
    exercise.sectionId = section.id;
    if (Exercise::isOpen(section))
        exercise.kind = Exercise::Kind::Open;
    else if (Exercise::canBeExercise(section) && isTrying(lesson.id, section.id))
        exercise.kind = Exercise::Kind::TryingItYourself;
    exercise.starter = Exercise::starterFor(section);
    exercise.attempt = attempt(lesson.id, section.id);
    exercise.hints = section.hints;
    // The pack may have fewer hints than when they were revealed.
    exercise.revealedHints
        = int(qBound(qsizetype(0), qsizetype(revealedHints(lesson.id, section.id)), section.hints.size()));
    exercise.solved = isSolved(lesson.id, section.id);
    return exercise;
}

std::optional<QString> ExerciseStore::attempt(QStringView lessonId, QStringView sectionId) const
{
    return m_attempts.load(lessonId, sectionId, Language::Cpp);
}

std::expected<void, QString> ExerciseStore::saveAttempt(QStringView lessonId, QStringView sectionId,
                                                        const QString &text) const
{
    return m_attempts.save(lessonId, sectionId, Language::Cpp, text);
}

std::expected<void, QString> ExerciseStore::removeAttempt(QStringView lessonId, QStringView sectionId) const
{
    return m_attempts.remove(lessonId, sectionId, Language::Cpp);
}

QString ExerciseStore::attemptPath(QStringView lessonId, QStringView sectionId) const
{
    return m_attempts.pathFor(lessonId, sectionId, Language::Cpp);
}

void ExerciseStore::setTrying(QStringView lessonId, QStringView sectionId, bool trying)
{
    if (trying)
        m_settings.setValue(settingsKey(lessonId, sectionId, tryingKey), true);
    else
        m_settings.remove(settingsKey(lessonId, sectionId, tryingKey));
    qCDebug(lcExercise) << lessonId << sectionId << (trying ? "tried by the learner" : "back to the lesson's C++");
}

bool ExerciseStore::isTrying(QStringView lessonId, QStringView sectionId) const
{
    return m_settings.value(settingsKey(lessonId, sectionId, tryingKey), false).toBool();
}

int ExerciseStore::revealNextHint(QStringView lessonId, QStringView sectionId, int hintCount)
{
    const int revealed = qMin(revealedHints(lessonId, sectionId) + 1, qMax(hintCount, 0));
    m_settings.setValue(settingsKey(lessonId, sectionId, hintsKey), revealed);
    return revealed;
}

int ExerciseStore::revealedHints(QStringView lessonId, QStringView sectionId) const
{
    return qMax(m_settings.value(settingsKey(lessonId, sectionId, hintsKey), 0).toInt(), 0);
}

void ExerciseStore::markSolved(QStringView lessonId, QStringView sectionId)
{
    m_settings.setValue(settingsKey(lessonId, sectionId, solvedKey), true);
    qCDebug(lcExercise) << lessonId << sectionId << "solved";
}

bool ExerciseStore::isSolved(QStringView lessonId, QStringView sectionId) const
{
    return m_settings.value(settingsKey(lessonId, sectionId, solvedKey), false).toBool();
}

} // namespace Duet

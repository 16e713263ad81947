#pragma once

#include "core/lesson/Lesson.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <array>

namespace Duet
{

class ExerciseStore;
class ThemeColours;

/// The sidebar's tree: lessons at the top level, their sections below, each
/// section with how far the learner got with it. States are kept in QSettings
/// by `LESSON/SECTION`, so they survive restarts and lesson reloads. Each
/// state has a marker of its own shape — a ring (not read yet), a dot (read),
/// a triangle (its demo ran) — drawn in the theme's colours, and says itself
/// in the tooltip and to screen readers. A solved exercise shows a check
/// mark instead, whatever else was done there; whether it is solved comes
/// from the ExerciseStore.
class LessonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonTreeModel)

public:
    enum class SectionState { NotVisited, Read, DemoRun };
    enum Role { AddressRole = Qt::UserRole + 1, StateRole, SolvedRole };

    explicit LessonTreeModel(QObject *parent = nullptr);

    void setLessons(QList<Lesson> lessons);
    /// Redraws the progress markers in a theme's colours.
    void setColours(const ThemeColours &colours);
    [[nodiscard]] const QList<Lesson> &lessons() const { return m_lessons; }

    [[nodiscard]] QModelIndex indexOfSection(const QString &address) const;
    /// The lesson of an index (a lesson row or one of its sections), or null.
    [[nodiscard]] const Lesson *lessonAt(const QModelIndex &index) const;
    /// The section of a section row, or null for a lesson row.
    [[nodiscard]] const Section *sectionAt(const QModelIndex &index) const;

    /// Raises a section's state; a state never goes back down.
    void markSection(const QString &address, SectionState state);
    [[nodiscard]] SectionState sectionState(const QString &address) const;

    /// Where solved exercises are read from, now and after every setLessons().
    void setExerciseStore(const ExerciseStore *store);
    /// Shows a section as solved (the store has it already).
    void markSolved(const QString &address);
    [[nodiscard]] bool isSolved(const QString &address) const { return m_solved.contains(address); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The marker of a state, as the sidebar shows it.
    [[nodiscard]] QIcon marker(SectionState state) const { return m_markers.at(std::size_t(state)); }
    /// The check mark of a solved exercise.
    [[nodiscard]] QIcon solvedMarker() const { return m_solvedMarker; }

private:
    [[nodiscard]] static QString stateText(SectionState state);
    void readSolved();

    QList<Lesson> m_lessons;
    std::array<QIcon, 3> m_markers;
    QIcon m_solvedMarker;
    QHash<QString, SectionState> m_states;
    const ExerciseStore *m_exercises = nullptr;
    QSet<QString> m_solved;
};

} // namespace Duet

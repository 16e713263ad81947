#pragma once

#include "core/lesson/Lesson.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>

namespace Duet
{

class ThemeColours;

/// The sidebar's tree: lessons at the top level, their sections below, each
/// section with how far the learner got with it. States are kept in QSettings
/// by `LESSON/SECTION`, so they survive restarts and lesson reloads. Each
/// state has a marker of its own shape — a ring (not read yet), a dot (read),
/// a triangle (its demo ran) — drawn in the theme's colours, and says itself
/// in the tooltip and to screen readers.
class LessonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonTreeModel)

public:
    enum class SectionState { NotVisited, Read, DemoRun };
    enum Role { AddressRole = Qt::UserRole + 1, StateRole };

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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The marker of a state, as the sidebar shows it.
    [[nodiscard]] QIcon marker(SectionState state) const { return m_markers.at(std::size_t(state)); }

private:
    [[nodiscard]] static QString stateText(SectionState state);

    QList<Lesson> m_lessons;
    std::array<QIcon, 3> m_markers;
    QHash<QString, SectionState> m_states;
};

} // namespace Duet

#include "LessonTreeModel.h"

#include "ThemeColours.h"
#include "core/exercise/ExerciseStore.h"

#include <QPainter>
#include <QPainterPath>
#include <QSettings>

namespace Duet
{

namespace
{

// Section rows carry their lesson's row + 1 as internal id; lesson rows carry 0.
constexpr quintptr lessonRowsId = 0;

QString settingsKey(const QString &address)
{
    return QStringLiteral("progress/") + QString(address).replace(QLatin1Char('/'), QLatin1Char('|'));
}

QPixmap drawMarker(LessonTreeModel::SectionState state, const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    switch (state) {
    case LessonTreeModel::SectionState::NotVisited:
        painter.setPen(QPen(colour, 1.5 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(4 * unit, 4 * unit, 8 * unit, 8 * unit));
        break;
    case LessonTreeModel::SectionState::Read:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(3.5 * unit, 3.5 * unit, 9 * unit, 9 * unit));
        break;
    case LessonTreeModel::SectionState::DemoRun: {
        QPainterPath triangle;
        triangle.moveTo(4 * unit, 2.5 * unit);
        triangle.lineTo(13.5 * unit, 8 * unit);
        triangle.lineTo(4 * unit, 13.5 * unit);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(triangle);
        break;
    }
    }
    return pixmap;
}

/// A check mark: a shape none of the progress markers has.
QPixmap drawSolvedMarker(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    QPainterPath check;
    check.moveTo(2.5 * unit, 8.5 * unit);
    check.lineTo(6.5 * unit, 12.5 * unit);
    check.lineTo(13.5 * unit, 3.5 * unit);
    painter.setPen(QPen(colour, 2.6 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(check);
    return pixmap;
}

} // namespace

LessonTreeModel::LessonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    setColours(ThemeColours::active());
}

void LessonTreeModel::setColours(const ThemeColours &colours)
{
    using Role = ThemeColours::Role;
    const std::array<std::pair<SectionState, Role>, 3> states {{
        {SectionState::NotVisited, Role::ProgressNotRead},
        {SectionState::Read, Role::ProgressRead},
        {SectionState::DemoRun, Role::ProgressRun},
    }};
    for (const auto &[state, role] : states) {
        QIcon icon;
        for (const int size : {16, 24, 32, 48})
            icon.addPixmap(drawMarker(state, colours.colour(role), size));
        m_markers.at(std::size_t(state)) = icon;
    }
    m_solvedMarker = QIcon();
    for (const int size : {16, 24, 32, 48})
        m_solvedMarker.addPixmap(drawSolvedMarker(colours.colour(Role::ProgressSolved), size));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex lesson = index(row, 0);
        const int sections = rowCount(lesson);
        if (sections > 0)
            Q_EMIT dataChanged(index(0, 0, lesson), index(sections - 1, 0, lesson), {Qt::DecorationRole});
    }
}

QString LessonTreeModel::stateText(SectionState state)
{
    switch (state) {
    case SectionState::NotVisited:
        return tr("not read yet");
    case SectionState::Read:
        return tr("read");
    case SectionState::DemoRun:
        return tr("read, demo run");
    }
    return {};
}

void LessonTreeModel::setLessons(QList<Lesson> lessons)
{
    beginResetModel();
    m_lessons = std::move(lessons);
    m_states.clear();
    const QSettings settings;
    for (const Lesson &lesson : std::as_const(m_lessons)) {
        for (const Section &section : lesson.sections) {
            const QString address = lesson.address(section);
            m_states.insert(address, SectionState(settings.value(settingsKey(address), 0).toInt()));
        }
    }
    readSolved();
    endResetModel();
}

void LessonTreeModel::setExerciseStore(const ExerciseStore *store)
{
    beginResetModel();
    m_exercises = store;
    readSolved();
    endResetModel();
}

void LessonTreeModel::readSolved()
{
    m_solved.clear();
    if (!m_exercises)
        return;
    for (const Lesson &lesson : std::as_const(m_lessons)) {
        for (const Section &section : lesson.sections) {
            if (m_exercises->isSolved(lesson.id, section.id))
                m_solved.insert(lesson.address(section));
        }
    }
}

void LessonTreeModel::markSolved(const QString &address)
{
    const QModelIndex changed = indexOfSection(address);
    if (!changed.isValid() || m_solved.contains(address))
        return;
    m_solved.insert(address);
    Q_EMIT dataChanged(changed, changed,
                       {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SolvedRole});
}

QModelIndex LessonTreeModel::indexOfSection(const QString &address) const
{
    for (int lessonRow = 0; lessonRow < m_lessons.size(); ++lessonRow) {
        const Lesson &lesson = m_lessons.at(lessonRow);
        if (!address.startsWith(lesson.id + QLatin1Char('/')))
            continue;
        for (int sectionRow = 0; sectionRow < lesson.sections.size(); ++sectionRow) {
            if (lesson.address(lesson.sections.at(sectionRow)) == address)
                return createIndex(sectionRow, 0, quintptr(lessonRow + 1));
        }
    }
    return {};
}

const Lesson *LessonTreeModel::lessonAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == lessonRowsId ? index.row() : int(index.internalId()) - 1;
    return row >= 0 && row < m_lessons.size() ? &m_lessons.at(row) : nullptr;
}

const Section *LessonTreeModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == lessonRowsId)
        return nullptr;
    const Lesson *lesson = lessonAt(index);
    return lesson && index.row() < lesson->sections.size() ? &lesson->sections.at(index.row()) : nullptr;
}

void LessonTreeModel::markSection(const QString &address, SectionState state)
{
    const auto current = m_states.constFind(address);
    if (current == m_states.cend() || int(*current) >= int(state))
        return;
    m_states.insert(address, state);
    QSettings().setValue(settingsKey(address), int(state));
    const QModelIndex changed = indexOfSection(address);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole, StateRole});
}

LessonTreeModel::SectionState LessonTreeModel::sectionState(const QString &address) const
{
    return m_states.value(address, SectionState::NotVisited);
}

QModelIndex LessonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_lessons.size() ? createIndex(row, 0, lessonRowsId) : QModelIndex();
    if (parent.internalId() != lessonRowsId || row >= m_lessons.at(parent.row()).sections.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LessonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == lessonRowsId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, lessonRowsId);
}

int LessonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lessons.size());
    if (parent.internalId() == lessonRowsId)
        return int(m_lessons.at(parent.row()).sections.size());
    return 0;
}

int LessonTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LessonTreeModel::data(const QModelIndex &index, int role) const
{
    const Lesson *lesson = lessonAt(index);
    if (!lesson)
        return {};
    const Section *section = sectionAt(index);
    if (!section) {
        switch (role) {
        case Qt::DisplayRole:
            return lesson->title;
        case Qt::ToolTipRole:
            return lesson->description.isEmpty() ? lesson->title
                                                 : tr("%1 — %2").arg(lesson->title, lesson->description);
        case AddressRole:
            return lesson->id;
        default:
            return {};
        }
    }
    const QString address = lesson->address(*section);
    const SectionState state = sectionState(address);
    const bool solved = isSolved(address);
    switch (role) {
    case Qt::DisplayRole:
        return section->title;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(section->title, solved ? tr("solved") : stateText(state));
    case Qt::AccessibleDescriptionRole:
        return solved ? tr("solved") : stateText(state);
    case Qt::DecorationRole:
        return solved ? m_solvedMarker : m_markers.at(std::size_t(state));
    case AddressRole:
        return address;
    case StateRole:
        return int(state);
    case SolvedRole:
        return solved;
    default:
        return {};
    }
}

} // namespace Duet

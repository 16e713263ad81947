#include "LocalsModel.h"

#include "ui/ThemeColours.h"

#include <QFont>

namespace Duet
{

LocalsModel::LocalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QSet<QString> LocalsModel::changedSince(const TraceStep &step, const TraceStep *previous)
{
    QSet<QString> changed;
    if (!previous || previous->function != step.function)
        return changed;
    for (const TraceVariable &variable : step.locals) {
        const auto before = std::find_if(previous->locals.cbegin(), previous->locals.cend(),
                                         [&](const TraceVariable &old) { return old.name == variable.name; });
        if (before == previous->locals.cend() || before->value != variable.value)
            changed.insert(variable.name);
    }
    return changed;
}

void LocalsModel::showStep(const TraceStep &step, const TraceStep *previous)
{
    beginResetModel();
    m_locals = step.locals;
    m_changed = changedSince(step, previous);
    endResetModel();
}

void LocalsModel::clear()
{
    beginResetModel();
    m_locals.clear();
    m_changed.clear();
    endResetModel();
}

bool LocalsModel::isChanged(int row) const
{
    return row >= 0 && row < m_locals.size() && m_changed.contains(m_locals.at(row).name);
}

QString LocalsModel::name(int row) const
{
    return row >= 0 && row < m_locals.size() ? m_locals.at(row).name : QString();
}

void LocalsModel::restyle()
{
    if (!m_locals.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_locals.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

int LocalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_locals.size());
}

int LocalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_locals.size())
        return {};
    const TraceVariable &variable = m_locals.at(index.row());
    const bool changed = m_changed.contains(variable.name);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? variable.name : variable.value;
    case Qt::ToolTipRole:
        return changed ? tr("%1 = %2\n(changed since the previous step)").arg(variable.name, variable.value)
                       : tr("%1 = %2").arg(variable.name, variable.value);
    case Qt::AccessibleDescriptionRole:
        return changed ? tr("changed") : QString();
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // A band Text keeps its contrast on, in every theme.
        return changed ? QVariant(ThemeColours::active().colour(ThemeColours::Role::DiffChanged)) : QVariant();
    case Qt::ForegroundRole:
        return changed ? QVariant(ThemeColours::active().colour(ThemeColours::Role::Text)) : QVariant();
    default:
        return {};
    }
}

QVariant LocalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace Duet

#pragma once

#include "core/trace/Trace.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Duet
{

/// The variables of the frame one step ran in, as a table of name and value,
/// with the ones that changed since the language's previous step emphasised:
/// bold and on the theme's "changed" band, so the change shows without
/// relying on colour alone, and said in words to assistive tools.
class LocalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalsModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit LocalsModel(QObject *parent = nullptr);

    /// Shows `step`'s variables, emphasising those that differ from
    /// `previous` (the step before it in the same trace; null for none).
    void showStep(const TraceStep &step, const TraceStep *previous);
    void clear();
    [[nodiscard]] bool isChanged(int row) const;
    [[nodiscard]] QString name(int row) const;
    /// The theme changed: the emphasis takes its new colours.
    void restyle();

    /// The names whose values `step` holds differently from `previous`,
    /// new names included. Only within one function: after a call or a
    /// return the frame is another one, and nothing is said to have changed.
    [[nodiscard]] static QSet<QString> changedSince(const TraceStep &step, const TraceStep *previous);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<TraceVariable> m_locals;
    QSet<QString> m_changed;
};

} // namespace Duet

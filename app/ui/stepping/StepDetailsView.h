#pragma once

#include "core/trace/Trace.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Duet
{

class LocalsModel;
class OutputView;

/// What one language's program is doing at the moment shown, under its
/// pane while stepping: a header (the function and line, or that it waits
/// for the other language, or why it was not recorded), the locals of the
/// current frame with the changed ones emphasised, and what the program had
/// printed by then.
class StepDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepDetailsView)

public:
    explicit StepDetailsView(Language language, QWidget *parent = nullptr);

    /// Step `step` of `trace` (-1: before its first step); `waits` when the
    /// other language moves on while this one stays there.
    void showStep(const Trace &trace, int step, bool waits);
    /// This language has no trace: `reason` says why; `output` is what
    /// there is to show instead (a compiler's messages), may be empty.
    void showNotRecorded(const QString &reason, const QString &output);
    void clear();
    /// The window's zoom, in steps, for the fixed-pitch locals and output.
    void setZoom(int steps);
    /// The theme changed.
    void restyle();

    [[nodiscard]] QString headerText() const;
    [[nodiscard]] LocalsModel *localsModel() const { return m_locals; }
    [[nodiscard]] QTableView *localsTable() const { return m_table; }
    [[nodiscard]] OutputView *outputView() const { return m_output; }

private:
    Language m_language = Language::Python;
    QLabel *m_header = nullptr;
    LocalsModel *m_locals = nullptr;
    QTableView *m_table = nullptr;
    OutputView *m_output = nullptr;
    /// The output shown, to redraw it only when it grew or shrank.
    qint64 m_outputLength = -1;
    const Trace *m_outputTrace = nullptr;
};

} // namespace Duet

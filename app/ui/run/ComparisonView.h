#pragma once

#include "core/run/RunOutcome.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Duet
{

class TimingChart;

/// Run both's result: the two outputs aligned side by side, each line with a
/// sign as well as a colour — "≠" changed, "−" only in the Python, "+" only in
/// the C++, "≈" a measured line the lesson allows to differ — each program's
/// status above its output, what the timings allow one to say, and a chart of
/// every timed run. The two outputs scroll together.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showOutcome(const RunOutcome &outcome);
    /// "The outputs match.", "The outputs differ in 2 lines, first …"
    [[nodiscard]] QString outputSummary() const;
    /// The timing verdict's sentence.
    [[nodiscard]] QString verdictText() const;
    /// Indexes of the aligned rows that differ, for tests.
    [[nodiscard]] QList<int> differingRows() const { return m_differing; }
    [[nodiscard]] TimingChart *chart() const { return m_chart; }
    /// The fixed-pitch font of the two outputs (the window's zoom).
    void setFixedFont(const QFont &font);

protected:
    void changeEvent(QEvent *event) override;

private:
    void markRows();

    QLabel *m_summary = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_pythonStatus = nullptr;
    QLabel *m_cppStatus = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    TimingChart *m_chart = nullptr;
    QList<OutputDiff::LineKind> m_kinds;
    QList<int> m_differing;
};

} // namespace Duet

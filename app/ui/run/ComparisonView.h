#pragma once

#include "core/run/OutputComparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Duet
{

class TimingChart;

/// Run both's result: the Python and the C++ output side by side, lines that
/// differ marked in red and lines the lesson declares as varying (measured
/// times) in amber, a verdict, and the two timings as a chart with their ratio.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showComparison(const OutputComparison &comparison, double pythonMilliseconds, double cppMilliseconds);
    [[nodiscard]] QString verdict() const;
    [[nodiscard]] QString ratioText() const;
    /// 0-based lines marked as differing, for tests.
    [[nodiscard]] QList<int> differingLines() const { return m_differing; }

private:
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    TimingChart *m_chart = nullptr;
    QList<int> m_differing;
};

} // namespace Duet

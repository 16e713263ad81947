#pragma once

#include <QWidget>

namespace Duet
{

/// Two bars, Python and C++, with their wall times and how many times
/// faster the quicker one was. The figures are what was measured: medians
/// when the programs ran several times.
class TimingChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingChart)

public:
    explicit TimingChart(QWidget *parent = nullptr);

    void setTimes(double pythonMilliseconds, double cppMilliseconds);
    /// "C++ 24× faster", or empty before both times are known.
    [[nodiscard]] QString ratioText() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_python = -1;
    double m_cpp = -1;
};

} // namespace Duet

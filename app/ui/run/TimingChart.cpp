#include "TimingChart.h"

#include "core/run/RunResult.h"

#include <QPainter>

namespace Duet
{

TimingChart::TimingChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timing comparison"));
    setMinimumHeight(64);
}

void TimingChart::setTimes(double pythonMilliseconds, double cppMilliseconds)
{
    m_python = pythonMilliseconds;
    m_cpp = cppMilliseconds;
    setAccessibleDescription(ratioText());
    update();
}

QString TimingChart::ratioText() const
{
    if (m_python <= 0 || m_cpp <= 0)
        return {};
    const bool cppFaster = m_cpp <= m_python;
    const double ratio = cppFaster ? m_python / m_cpp : m_cpp / m_python;
    const QString times = ratio >= 10 ? QString::number(ratio, 'f', 0) : QString::number(ratio, 'f', 1);
    return cppFaster ? tr("C++ %1× faster").arg(times) : tr("Python %1× faster").arg(times);
}

QSize TimingChart::sizeHint() const
{
    return {360, 72};
}

void TimingChart::paintEvent(QPaintEvent *)
{
    if (m_python <= 0 || m_cpp <= 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("Python  ")) + 4;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("00000.0 ms")) + 8;
    const int barArea = qMax(20, width() - labelWidth - valueWidth - 8);
    const int rowHeight = metrics.height() + 6;
    const double longest = qMax(m_python, m_cpp);
    const QColor text = palette().color(QPalette::Text);

    const auto drawRow = [&](int row, const QString &label, double value, const QColor &colour) {
        const int y = 4 + row * (rowHeight + 4);
        painter.setPen(text);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        const int length = qMax(2, int(barArea * value / longest));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRect(labelWidth, y + 2, length, rowHeight - 4), 3, 3);
        painter.setPen(text);
        painter.drawText(QRect(labelWidth + length + 6, y, valueWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         RunResult::formatMilliseconds(value));
    };
    drawRow(0, tr("Python"), m_python, QColor(0x30, 0x69, 0x98));
    drawRow(1, tr("C++"), m_cpp, QColor(0x00, 0x85, 0x5f));
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(0, 8 + 2 * (rowHeight + 4), width(), rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     ratioText());
}

} // namespace Duet

#include "TimingChart.h"

#include "ui/ThemeColours.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Duet
{

namespace
{

/// A tick step of 1, 2 or 5 × 10^k that gives about `ticks` ticks up to `maximum`.
double tickStep(double maximum, int ticks)
{
    const double rough = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString tickLabel(double milliseconds, double step)
{
    if (step >= 1000)
        return QStringLiteral("%1 s").arg(milliseconds / 1000, 0, 'g', 4);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', decimals);
}

} // namespace

TimingChart::TimingChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timing chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimingChart::setOutcome(const RunOutcome &outcome)
{
    m_series.clear();
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (language->runs.isEmpty())
            continue;
        m_series.append({language->language, language->wallMilliseconds(), language->wall(), language->startupWall()});
    }
    setAccessibleDescription(description());
    setToolTip(description());
    updateGeometry();
    update();
}

QString TimingChart::description() const
{
    QStringList parts;
    for (const Series &series : m_series) {
        QString part = tr("%1: median %2 of %n run(s), fastest %3, slowest %4", nullptr, int(series.statistics.count))
                           .arg(languageName(series.language), RunResult::formatMilliseconds(series.statistics.median),
                                RunResult::formatMilliseconds(series.statistics.minimum),
                                RunResult::formatMilliseconds(series.statistics.maximum));
        if (!series.startup.isEmpty())
            part += tr("; an empty %1 program takes %2 to start and end")
                        .arg(languageName(series.language), RunResult::formatMilliseconds(series.startup.median));
        parts.append(part);
    }
    return parts.join(QLatin1String(". ")) + (parts.isEmpty() ? QString() : QStringLiteral("."));
}

QSize TimingChart::sizeHint() const
{
    const int line = fontMetrics().height();
    const int rows = qMax<int>(1, int(m_series.size()));
    return {480, line * 2 + rows * (line + 10) + line + 14};
}

QSize TimingChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

QColor TimingChart::colourOf(Language language) const
{
    return ThemeColours::active().colour(language == Language::Python ? ThemeColours::Role::ChartPython
                                                                      : ThemeColours::Role::ChartCpp);
}

void TimingChart::paintLegend(QPainter &painter, const QRect &area) const
{
    const QFontMetrics metrics = fontMetrics();
    const int box = metrics.ascent() - 2;
    int x = area.left();
    const int y = area.top() + (area.height() - box) / 2;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor sample = ThemeColours::active().colour(ThemeColours::Role::ChartAxis);
    const auto label = [&](const QString &words) {
        painter.setPen(text);
        painter.drawText(QRect(x, area.top(), metrics.horizontalAdvance(words) + 2, area.height()), Qt::AlignVCenter,
                         words);
        x += metrics.horizontalAdvance(words) + 16;
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(sample);
    painter.drawRect(x, y, box, box);
    x += box + 4;
    label(tr("median wall time (start-up included)"));
    painter.setBrush(QBrush(sample, Qt::BDiagPattern));
    painter.setPen(sample);
    painter.drawRect(x, y, box, box);
    x += box + 4;
    label(tr("of it, starting an empty program"));
    painter.setPen(text);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(x + box / 2.0, y + box / 2.0), 2.5, 2.5);
    x += box + 4;
    label(tr("each run"));
    painter.drawLine(x, y + box / 2, x + box * 2, y + box / 2);
    painter.drawLine(x, y, x, y + box);
    painter.drawLine(x + box * 2, y, x + box * 2, y + box);
    x += box * 2 + 4;
    label(tr("fastest to slowest"));
}

void TimingChart::paintEvent(QPaintEvent *)
{
    if (m_series.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor axis = ThemeColours::active().colour(ThemeColours::Role::ChartAxis);
    const QColor shading = ThemeColours::active().colour(ThemeColours::Role::ChartShading);

    paintLegend(painter, QRect(0, 0, width(), line + 4));

    int labelWidth = 0;
    double maximum = 0;
    for (const Series &series : m_series) {
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(languageName(series.language)));
        maximum = qMax(maximum, series.statistics.maximum);
    }
    labelWidth += 12;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("000.00 ms")) + 12;
    const QRect plot(labelWidth, line + 8, qMax(40, width() - labelWidth - valueWidth), 0);
    const double step = tickStep(qMax(maximum, 1e-3) * 1.05, qMax(2, plot.width() / 110));
    const double axisEnd = std::ceil(qMax(maximum, 1e-3) * 1.05 / step) * step;
    const auto xOf = [&](double milliseconds) { return plot.left() + plot.width() * milliseconds / axisEnd; };

    const int rowHeight = line + 10;
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        const Series &series = m_series.at(index);
        const int top = plot.top() + int(index) * rowHeight;
        const QRectF bar(xOf(0), top + 3, qMax(1.5, xOf(series.statistics.median) - xOf(0)), rowHeight - 6);
        const QColor colour = colourOf(series.language);
        painter.setPen(text);
        painter.drawText(QRect(0, top, labelWidth - 8, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                         languageName(series.language));
        painter.setPen(Qt::NoPen);
        QColor fill = colour;
        fill.setAlphaF(0.55f);
        painter.setBrush(fill);
        painter.drawRect(bar);
        if (!series.startup.isEmpty()) {
            const double startupEnd = qMin(series.startup.median, series.statistics.median);
            const QRectF startup(bar.left(), bar.top(), xOf(startupEnd) - xOf(0), bar.height());
            painter.setBrush(QBrush(shading, Qt::BDiagPattern));
            painter.drawRect(startup);
        }
        // Whisker from the fastest run to the slowest, and every run as a dot.
        const double middle = bar.center().y();
        painter.setPen(QPen(text, 1.2));
        painter.drawLine(QPointF(xOf(series.statistics.minimum), middle),
                         QPointF(xOf(series.statistics.maximum), middle));
        for (const double end : {series.statistics.minimum, series.statistics.maximum})
            painter.drawLine(QPointF(xOf(end), middle - 4), QPointF(xOf(end), middle + 4));
        painter.setBrush(palette().color(QPalette::Base));
        for (qsizetype sample = 0; sample < series.wall.size(); ++sample) {
            // Runs of equal time would hide each other: spread them a little up and down.
            const double offset = (sample % 3 - 1) * 3.0;
            painter.drawEllipse(QPointF(xOf(series.wall.at(sample)), middle + offset), 2.5, 2.5);
        }
        painter.setPen(text);
        painter.drawText(QRect(plot.right() + 8, top, valueWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         RunResult::formatMilliseconds(series.statistics.median));
    }

    // The axis, in the unit the figures need.
    const int axisTop = plot.top() + int(m_series.size()) * rowHeight + 2;
    painter.setPen(axis);
    painter.drawLine(plot.left(), axisTop, plot.right(), axisTop);
    for (double tick = 0; tick <= axisEnd + step / 2; tick += step) {
        const int x = int(xOf(tick));
        painter.drawLine(x, axisTop, x, axisTop + 4);
        const QString label = tickLabel(tick, step);
        const int labelWidthHere = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x - labelWidthHere / 2, axisTop + 4, labelWidthHere, line), Qt::AlignCenter, label);
    }
}

} // namespace Duet

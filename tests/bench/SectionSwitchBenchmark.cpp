// Showing another section in a real window: prose rendered, both panes
// filled and styled to their last line, and the window repainted.

#include "Benchmarks.h"
#include "Measuring.h"
#include "core/run/RunStatistics.h"
#include "ui/MainWindow.h"
#include "ui/measuring/StartupProbe.h"

#include <QElapsedTimer>

namespace Duet::Bench
{

namespace
{

constexpr int rounds = 30;

} // namespace

void measureSectionSwitch(const Context &context)
{
    QStringList addresses;
    for (const Lesson &lesson : context.lessons.lessons) {
        for (const Section &section : lesson.sections)
            addresses.append(lesson.address(section));
    }
    MainWindow window(context.lessons);
    showForMeasuring(window);
    for (const QString &address : std::as_const(addresses)) // once round, unmeasured
        StartupProbe::showSectionCompletely(window, address);

    QList<double> milliseconds;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &address : std::as_const(addresses)) {
            clock.start();
            StartupProbe::showSectionCompletely(window, address);
            milliseconds.append(elapsedMilliseconds(clock));
        }
    }
    context.report->add(
        Figure::absolute(QStringLiteral("switching to another section (prose, both panes, highlighting)"),
                         QStringLiteral("ms"), RunStatistics::of(milliseconds).median, 5.0, int(milliseconds.size())));
}

} // namespace Duet::Bench

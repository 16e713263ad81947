#include "Measuring.h"

#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

namespace Duet::Bench
{

double elapsedMilliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void showForMeasuring(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("bench: the window was never exposed");
}

} // namespace Duet::Bench

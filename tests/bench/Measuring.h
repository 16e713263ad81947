#pragma once

class QElapsedTimer;
class QWidget;

namespace Duet::Bench
{

/// Milliseconds since `clock` was started, with its nanosecond resolution.
[[nodiscard]] double elapsedMilliseconds(const QElapsedTimer &clock);

/// Shows a window at the size every in-process figure is measured at
/// (1280×800) and waits until it is exposed; stops the run if it never is.
void showForMeasuring(QWidget &window);

} // namespace Duet::Bench

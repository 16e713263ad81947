#pragma once

#include <QString>

namespace Duet
{

class MainWindow;

/// Renders a window into a PNG file, for `duet --screenshot`.
class Screenshot
{
public:
    /// Lays the window out at its current size, lets pending work finish
    /// and saves what it paints. Returns an error message, empty on success.
    [[nodiscard]] static QString save(MainWindow &window, const QString &fileName);
};

} // namespace Duet

#include "Screenshot.h"

#include "MainWindow.h"

#include <QApplication>
#include <QImageWriter>
#include <QPixmap>

namespace Duet
{

QString Screenshot::save(MainWindow &window, const QString &fileName)
{
    window.show();
    // Layout, styling and painting all happen through posted events; run
    // them until nothing is left before grabbing.
    QApplication::sendPostedEvents();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Painting measures what a real window measures on its first frame (the
    // editors' line widths, which decide their scrollbars); a second pass
    // lays out what the first one found.
    window.grab();
    QApplication::sendPostedEvents();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const QPixmap pixmap = window.grab();
    QImageWriter writer(fileName, "png");
    if (!writer.write(pixmap.toImage()))
        return QStringLiteral("cannot write %1: %2").arg(fileName, writer.errorString());
    return {};
}

} // namespace Duet

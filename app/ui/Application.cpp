#include "Application.h"

#include "MainWindow.h"
#include "Screenshot.h"
#include "core/lesson/LessonLoader.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace Duet
{

int runWidgetApplication(int &argc, char **argv, const CommandLine &commandLine)
{
    const bool screenshot = commandLine.mode == CommandLine::Mode::Screenshot;
    // A screenshot needs no display: render offscreen unless told otherwise.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/duet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("app.duet.Duet"));

    const LessonCollection lessons = loadLessons(commandLine.lessonSources);
    MainWindow window(lessons);

    if (!screenshot) {
        window.show();
        return QApplication::exec();
    }

    window.resize(commandLine.size);
    if (!commandLine.section.isEmpty() && !window.showAddress(commandLine.section)) {
        std::fprintf(stderr, "duet: there is no section '%s'; `duet --list` shows the sections\n",
                     qPrintable(commandLine.section));
        return 1;
    }
    const QString error = Screenshot::save(window, commandLine.screenshotFile);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "duet: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace Duet

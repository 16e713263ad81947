#include "Application.h"

#include "MainWindow.h"
#include "RememberedLessons.h"
#include "Screenshot.h"
#include "ThemeController.h"
#include "core/Translations.h"
#include "core/lesson/LessonLibrary.h"
#include "measuring/StartupProbe.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>

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
    const Translations translations(QLocale::system());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/duet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("app.duet.Duet"));

    // A screenshot, like a start-up benchmark, shows Duet as a newcomer sees
    // it, and leaves the learner's own settings (progress, theme, window
    // layout) untouched.
    QTemporaryDir scratchSettings;
    if ((screenshot || commandLine.quitAfterFirstFrame) && scratchSettings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratchSettings.path());
    }

    LessonSources sources = commandLine.lessonSources;
    // The lessons the learner opened in the window before are there again.
    for (const QString &path : RememberedLessons::paths()) {
        if (!sources.paths.contains(path))
            sources.paths.append(path);
    }
    LessonLibrary library(sources);
    const LessonCollection &lessons = library.collection();
    MainWindow window(lessons);
    window.setLessonLibrary(&library);
    // `duet PATH` opens on the (first) lesson found at PATH.
    const QStringList opened
        = commandLine.openPath.isEmpty() ? QStringList() : library.lessonIdsFrom(commandLine.openPath);
    if (!opened.isEmpty() && commandLine.section.isEmpty())
        window.showAddress(opened.constFirst());

    if (!screenshot) {
        if (commandLine.quitAfterFirstFrame)
            new StartupProbe(window, lessons, commandLine.visitEverySection);
        window.show();
        return QApplication::exec();
    }

    // The size asked for, whatever a first start would choose on this screen.
    window.setWindowState(Qt::WindowNoState);
    window.resize(commandLine.size);
    window.fitSidebar(commandLine.size.width());
    if (!commandLine.theme.isEmpty() && !window.themeController()->chooseTheme(commandLine.theme)) {
        std::fprintf(stderr, "duet: there is no theme '%s'; the themes are: %s\n", qPrintable(commandLine.theme),
                     qPrintable(ThemeController::themeNames().join(QLatin1String(", "))));
        return 1;
    }
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

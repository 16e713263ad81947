// Duet's entry point: decides between a command-line mode and the window,
// and hands over to the libraries. Nothing here that a test would want.

#include "core/Translations.h"
#include "core/Version.h"
#include "core/cli/CheckCommand.h"
#include "core/cli/CommandLine.h"
#include "core/cli/ListCommand.h"
#include "core/cli/RunCommand.h"
#include "core/cli/TerminationSignals.h"
#include "core/sandbox/PackTrust.h"
#include "core/cli/TraceCommand.h"
#include "ui/Application.h"

#include <QCoreApplication>

#include <cstdio>

namespace
{

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    return arguments;
}

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

/// Whether Qt will find somewhere to show a window.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    Duet::setApplicationIdentity();
    const auto commandLine = Duet::CommandLine::parse(argumentList(argc, argv));
    if (!commandLine) {
        print(stderr, QStringLiteral("duet: %1\n").arg(commandLine.error()));
        return 64; // EX_USAGE
    }

    using Mode = Duet::CommandLine::Mode;
    if (commandLine->mode == Mode::Help) {
        print(stdout, commandLine->helpText);
        return 0;
    }
    if (commandLine->mode == Mode::Version) {
        print(stdout, QStringLiteral("duet %1\n").arg(Duet::versionString()));
        return 0;
    }
    if (commandLine->needsDisplay() && !hasDisplay()) {
        print(stderr,
              QStringLiteral("duet: there is no display to open the window on. Start Duet from a desktop "
                             "session, or under a virtual display (xvfb-run -a duet); the command-line "
                             "modes (--list, --run, --check, --screenshot) need none.\n"));
        return 69; // EX_UNAVAILABLE
    }
    if (commandLine->trust)
        Duet::PackTrust::trustEveryPackThisSession();
    if (commandLine->needsWidgets())
        return Duet::runWidgetApplication(argc, argv, *commandLine);

    QCoreApplication application(argc, argv);
    // Ctrl+C, SIGTERM or SIGHUP end the programs being run, and Duet with them.
    const Duet::TerminationSignals terminationSignals;
    const Duet::Translations translations(QLocale::system());
    const Duet::LessonCollection lessons = Duet::loadLessons(commandLine->lessonSources);
    if (commandLine->mode == Mode::List)
        return Duet::printLessonList(lessons, commandLine->json ? Duet::ListFormat::Json : Duet::ListFormat::Text);
    if (commandLine->mode == Mode::Run)
        return Duet::runSectionFromCommandLine(lessons, *commandLine);
    if (commandLine->mode == Mode::Trace)
        return Duet::traceSectionFromCommandLine(lessons, *commandLine);
    return Duet::checkLessonsFromCommandLine(lessons, *commandLine);
}

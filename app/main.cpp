// Duet's entry point: decides between a command-line mode and the window,
// and hands over to the libraries. Nothing here that a test would want.

#include "core/CommandLine.h"
#include "core/Version.h"
#include "core/lesson/LessonListing.h"
#include "core/run/CheckCommand.h"
#include "core/run/RunCommand.h"
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
    switch (commandLine->mode) {
    case Mode::Help:
        print(stdout, commandLine->helpText);
        return 0;
    case Mode::Version:
        print(stdout, QStringLiteral("duet %1\n").arg(Duet::versionString()));
        return 0;
    case Mode::Window:
    case Mode::Screenshot:
        return Duet::runWidgetApplication(argc, argv, *commandLine);
    case Mode::List:
    case Mode::Run:
    case Mode::Check:
        break;
    }

    QCoreApplication application(argc, argv);
    const Duet::LessonCollection lessons = Duet::loadLessons(commandLine->lessonSources);
    if (commandLine->mode == Mode::List)
        return Duet::printLessonList(lessons, commandLine->json ? Duet::ListFormat::Json : Duet::ListFormat::Text);
    if (commandLine->mode == Mode::Run)
        return Duet::runSectionFromCommandLine(application, lessons, *commandLine);
    return Duet::checkLessonsFromCommandLine(application, lessons, *commandLine);
}

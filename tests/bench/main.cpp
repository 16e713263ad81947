// duet_bench: Duet's benchmark suite. Measures every figure beside its floor
// in the same run, prints each as it is done, and writes BENCHMARKS.md.
//
//   duet_bench [--report FILE] [--only GROUP,...]
//
// GROUP is startup, switch, highlighting, loading, running, comparison or
// tracing. `tools/dev bench` runs it; the exit status is 0 when every budget
// is met, 1 when one is not.

#include "Benchmarks.h"
#include "core/lesson/LessonLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Duet;
using namespace Duet::Bench;

namespace
{

/// The offscreen platform warns each time a window's size hints change;
/// in a benchmark that only buries the figures.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char **argv)
{
    // Settings, caches and lessons of the benchmark's own, shared with the
    // duet processes it starts, and gone afterwards: every run starts cold.
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "bench: cannot make a temporary folder\n");
        return 2;
    }
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("DUET_DEMO_DIR"))
        qputenv("DUET_DEMO_DIR", DUET_DEMO_DIRECTORY);

    qInstallMessageHandler(quietMessages);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("duet-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write the table to FILE (Markdown)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Measure only these groups: startup, switch, highlighting, loading, "
                                                 "running, comparison, tracing."),
                                  QStringLiteral("GROUP,..."));
    parser.addOptions({report, only});
    parser.process(application);

    const QStringList groups = parser.isSet(only)
        ? parser.value(only).split(QLatin1Char(','))
        : QStringList {QStringLiteral("startup"), QStringLiteral("switch"), QStringLiteral("highlighting"),
                       QStringLiteral("loading"), QStringLiteral("running"), QStringLiteral("comparison"),
                       QStringLiteral("tracing")};
    const QList<std::pair<QLatin1StringView, void (*)(const Context &)>> benchmarks {
        {QLatin1StringView("startup"), measureStartup},
        {QLatin1StringView("switch"), measureSectionSwitch},
        {QLatin1StringView("highlighting"), measureHighlighting},
        {QLatin1StringView("loading"), measureLoading},
        {QLatin1StringView("running"), measureRunning},
        {QLatin1StringView("comparison"), measureComparison},
        {QLatin1StringView("tracing"), measureTracing},
    };
    for (const QString &group : groups) {
        if (!std::ranges::any_of(benchmarks, [&group](const auto &entry) { return entry.first == group; })) {
            std::fprintf(stderr, "bench: there is no group '%s'\n", qPrintable(group));
            return 2;
        }
    }

    BenchmarkReport table;
    Context context;
    context.duetExecutable = QStringLiteral(DUET_EXECUTABLE);
    context.minimalWindowExecutable = QStringLiteral(MINIMAL_WINDOW_EXECUTABLE);
    context.report = &table;
    LessonSources sources;
    sources.userFolder = false;
    context.lessons = loadLessons(sources);
    if (context.lessons.lessons.isEmpty() || !context.lessons.errors.isEmpty()) {
        std::fprintf(stderr, "bench: the built-in lessons did not load\n");
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    for (const auto &[name, measure] : benchmarks) {
        if (groups.contains(name))
            measure(context);
    }

    // The table is the whole suite's: a run of some groups only prints.
    if (parser.isSet(report) && parser.isSet(only)) {
        std::fprintf(stderr, "bench: --only measured part of the suite, so %s is left as it was\n",
                     qPrintable(parser.value(report)));
    } else if (parser.isSet(report)) {
        const QString error = table.writeMarkdown(parser.value(report), double(clock.elapsed()) / 1000);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 2;
        }
    }
    return table.allMet() ? 0 : 1;
}

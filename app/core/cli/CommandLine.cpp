#include "CommandLine.h"

#include "core/run/RunLimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Duet
{

std::expected<CommandLine, QString> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Duet teaches advanced Python techniques beside their modern C++ equivalents."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print Duet's version."));
    const QCommandLineOption lessonDir(
        QStringLiteral("lesson-dir"),
        QStringLiteral("Also load the lessons at PATH: a Markdown file, a lesson pack or a folder of packs "
                       "(repeatable)."),
        QStringLiteral("PATH"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List every lesson and its sections."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("With --list, --run or --trace: print JSON."));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Run a section's program without a window."),
                                 QStringLiteral("LESSON/SECTION"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("With --run: cpp (default), python, or both (compare their outputs "
                                                 "and timings). With --trace: cpp (default) or python."),
                                  QStringLiteral("LANGUAGE"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QStringLiteral("With --run: N rounds, timing each language's start-up too (default 1; 5 with --lang both)."),
        QStringLiteral("N"));
    const QCommandLineOption stdinFile(QStringLiteral("stdin"),
                                       QStringLiteral("With --run: give FILE to the program's standard input."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption program(
        QStringLiteral("program"),
        QStringLiteral("With --run: run FILE as the section's C++ for this run only (nothing is saved); the section "
                       "may have no C++ of its own."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("With --run or --check: wall-time limit of each run."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Run every section's Python and C++ and compare their outputs."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG file and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QStringLiteral("With --screenshot: the section to show."),
                                     QStringLiteral("LESSON/SECTION"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("With --screenshot: the colour theme (as the View menu names it)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("With --screenshot: window size (default 1280x800)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption quitAfterFirstFrame(
        QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Open the window, print \"first frame\" once it is painted, and quit (for benchmarks)."));
    const QCommandLineOption visitEverySection(
        QStringLiteral("visit-every-section"),
        QStringLiteral("With --quit-after-first-frame: show every section, fully highlighted, before quitting."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   QStringLiteral("Run the programs of lesson packs from folders even where Duet "
                                                  "cannot sandbox them (only for packs you trust)."));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   QStringLiteral("Record a program's run step by step and print the steps."),
                                   QStringLiteral("LESSON/SECTION"));
    parser.addOptions({help,
                       version,
                       lessonDir,
                       list,
                       json,
                       run,
                       lang,
                       repeat,
                       stdinFile,
                       program,
                       timeout,
                       check,
                       screenshot,
                       section,
                       theme,
                       size,
                       quitAfterFirstFrame,
                       visitEverySection,
                       trust,
                       trace});

    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Open the window on this Markdown article or lesson folder."),
                                 QStringLiteral("[PATH]"));

    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());

    CommandLine result;
    // Parsing comes before any QCoreApplication, so Qt cannot name the program.
    result.helpText = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("duet"));
    result.lessonSources.paths = parser.values(lessonDir);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return std::unexpected(QStringLiteral("unexpected argument \"%1\": the window opens one PATH; add more "
                                              "with --lesson-dir")
                                   .arg(positional.at(1)));
    if (!positional.isEmpty()) {
        result.openPath = positional.constFirst();
        result.lessonSources.paths.append(result.openPath);
    }

    const int modeCount = int(parser.isSet(version)) + int(parser.isSet(list)) + int(parser.isSet(run))
        + int(parser.isSet(check)) + int(parser.isSet(screenshot)) + int(parser.isSet(trace));
    if (modeCount > 1)
        return std::unexpected(
            QStringLiteral("--version, --list, --run, --check, --screenshot and --trace cannot be combined"));

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
    } else if (parser.isSet(version)) {
        result.mode = Mode::Version;
    } else if (parser.isSet(list)) {
        result.mode = Mode::List;
    } else if (parser.isSet(run)) {
        result.mode = Mode::Run;
        result.section = parser.value(run);
    } else if (parser.isSet(check)) {
        result.mode = Mode::Check;
    } else if (parser.isSet(screenshot)) {
        result.mode = Mode::Screenshot;
        result.screenshotFile = parser.value(screenshot);
    } else if (parser.isSet(trace)) {
        result.mode = Mode::Trace;
        result.section = parser.value(trace);
    }

    if (!result.openPath.isEmpty() && !result.needsWidgets() && result.mode != Mode::Help)
        return std::unexpected(QStringLiteral("unexpected argument \"%1\": a PATH to open goes with the window or "
                                              "--screenshot; other modes take it as --lesson-dir %1")
                                   .arg(result.openPath));

    result.json = parser.isSet(json);
    if (result.json && result.mode != Mode::List && result.mode != Mode::Run && result.mode != Mode::Trace)
        return std::unexpected(QStringLiteral("--json goes with --list, --run or --trace"));

    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value == QLatin1String("cpp") || value == QLatin1String("c++"))
            result.language = Language::Cpp;
        else if (value == QLatin1String("python"))
            result.language = Language::Python;
        else if (value == QLatin1String("both") && result.mode != Mode::Trace)
            result.bothLanguages = true;
        else if (value == QLatin1String("both"))
            return std::unexpected(QStringLiteral("--trace records one language at a time: --lang cpp or python"));
        else
            return std::unexpected(QStringLiteral("--lang is cpp, python or both, not \"%1\"").arg(value));
    }
    if (parser.isSet(repeat)) {
        bool ok = false;
        result.repeat = parser.value(repeat).toInt(&ok);
        if (!ok || result.repeat < 1 || result.repeat > RunPlan::maximumRounds)
            return std::unexpected(QStringLiteral("--repeat needs a whole number from 1 to %1, not \"%2\"")
                                       .arg(RunPlan::maximumRounds)
                                       .arg(parser.value(repeat)));
    }
    result.stdinFile = parser.value(stdinFile);
    if (parser.isSet(program)) {
        if (result.mode != Mode::Run || (!result.bothLanguages && result.language != Language::Cpp))
            return std::unexpected(QStringLiteral("--program goes with --run and --lang cpp or both"));
        result.programFile = parser.value(program);
    }
    result.trust = parser.isSet(trust);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !RunLimits::acceptsWallSeconds(seconds))
            return std::unexpected(QStringLiteral("--timeout needs a time limit %1, not \"%2\"")
                                       .arg(RunLimits::wallSecondsRange(), parser.value(timeout)));
        result.timeoutSeconds = seconds;
    }
    if (parser.isSet(section)) {
        if (result.mode != Mode::Screenshot)
            return std::unexpected(QStringLiteral("--section goes with --screenshot; --run names its section itself"));
        result.section = parser.value(section);
    }
    if (parser.isSet(theme)) {
        if (result.mode != Mode::Screenshot)
            return std::unexpected(QStringLiteral("--theme goes with --screenshot; the window has a View menu"));
        result.theme = parser.value(theme);
    }
    result.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    result.visitEverySection = parser.isSet(visitEverySection);
    if (result.quitAfterFirstFrame && result.mode != Mode::Window)
        return std::unexpected(QStringLiteral("--quit-after-first-frame goes with the window, not another mode"));
    if (result.visitEverySection && !result.quitAfterFirstFrame)
        return std::unexpected(QStringLiteral("--visit-every-section goes with --quit-after-first-frame"));
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okWidth = false;
        bool okHeight = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width < 320 || height < 240 || width > 8192 || height > 8192)
            return std::unexpected(
                QStringLiteral("--size is WIDTHxHEIGHT, at least 320x240, not \"%1\"").arg(parser.value(size)));
        result.size = QSize(width, height);
    }
    return result;
}

} // namespace Duet

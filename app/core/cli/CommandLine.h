#pragma once

#include "core/lesson/LessonLoader.h"
#include "core/run/RunPlan.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>

namespace Duet
{

/// What Duet was asked to do on its command line. Every mode but the window
/// (and `--screenshot`, which renders offscreen) works without a display.
struct CommandLine {
    enum class Mode { Window, Version, Help, List, Run, Check, Screenshot, Trace };

    Mode mode = Mode::Window;
    LessonSources lessonSources;
    QString helpText;

    // The window and --screenshot: `duet PATH` opens on the lesson at PATH, a
    // Markdown file or a lesson folder (also in lessonSources.paths).
    QString openPath;

    // --list, --run, --trace
    bool json = false;

    // --run, --check, --trace
    QString section; // LESSON/SECTION; also --section for --screenshot
    Language language = Language::Cpp;
    bool bothLanguages = false; // --lang both
    int repeat = 0; // 0: once for one language, RunPlan::defaultComparisonRounds for both
    QString stdinFile;
    QString programFile; // --program: run this file as the section's C++, for this run only
    double timeoutSeconds = 0; // 0: the setting's default
    bool trust = false; // run folder packs' programs even where there is no sandbox

    // --screenshot
    QString screenshotFile;
    QString theme;
    QSize size {1280, 800};

    // The window's start-up probe, for the benchmark suite.
    bool quitAfterFirstFrame = false;
    bool visitEverySection = false;

    /// Parses arguments (argv[0] first). A usage error comes back as a
    /// message for stderr.
    static std::expected<CommandLine, QString> parse(const QStringList &arguments);

    /// The window and `--screenshot` need QApplication; every other mode runs on QCoreApplication.
    [[nodiscard]] bool needsWidgets() const { return mode == Mode::Window || mode == Mode::Screenshot; }
    /// Only the window needs a display; `--screenshot` renders offscreen.
    [[nodiscard]] bool needsDisplay() const { return mode == Mode::Window; }
};

} // namespace Duet

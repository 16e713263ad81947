#pragma once

#include "BenchmarkReport.h"
#include "core/lesson/Lesson.h"

namespace Duet::Bench
{

/// What every group of benchmarks needs: the programs it measures and the
/// built-in lessons (with their prebuilt demos) to measure them on.
struct Context {
    QString duetExecutable;
    QString minimalWindowExecutable;
    LessonCollection lessons;
    BenchmarkReport *report = nullptr;
};

/// Start to first frame, and peak memory after visiting every section:
/// the duet process against a minimal Qt Widgets program.
void measureStartup(const Context &context);
/// Showing another section, in a window in this process.
void measureSectionSwitch(const Context &context);
/// Styling 10,000-line files in a code pane, against KSyntaxHighlighting
/// alone, and restyling after one typed character.
void measureHighlighting(const Context &context);
/// Loading a 1 MiB lesson with 32,768 sections, against md4c alone.
void measureLoading(const Context &context);
/// Running a demo, compiling and running an edited demo, and running
/// unchanged edited code again.
void measureRunning(const Context &context);
/// Output streamed through a pseudo-terminal against a pipe, and how often
/// Run both gives the same verdict for each built-in section.
void measureComparison(const Context &context);
/// Recording a section's Python and C++ traces, as Step Both does.
void measureTracing(const Context &context);

} // namespace Duet::Bench

#pragma once

#include "core/lesson/Lesson.h"
#include "core/run/RunResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Duet
{

/// One variable of the frame a step ran in, its value as the tracer printed
/// it: Python's repr, GDB's print, both bounded in length.
struct TraceVariable {
    QString name;
    QString value;
    friend bool operator==(const TraceVariable &, const TraceVariable &) = default;
};

/// One line of a program about to run, as a tracer saw it.
struct TraceStep {
    /// 1-based line of the program as its pane shows it (the program Duet
    /// runs is the displayed text, so the tracers' lines are these already).
    int line = 0;
    QString function;
    /// The innermost linked region holding the line; empty where none does.
    QString region;
    /// The current frame's variables, in the order the language keeps them.
    QList<TraceVariable> locals;
    /// Bytes the program had written to standard output before the line ran.
    qint64 standardOutputLength = 0;
    /// Python only: the line runs to define a function or class (a def or
    /// class statement, a decorator, a class body), which a compiled
    /// language does before the program starts. Alignment passes over it.
    bool definition = false;
};

/// A program's run, recorded line by line, up to a bound: what a learner
/// explores afterwards, never a live debugger that could be wedged.
struct Trace {
    Language language = Language::Python;
    QList<TraceStep> steps;
    /// The step bound was reached; the program was stopped there.
    bool truncated = false;
    /// How the traced program ended and everything it printed (its
    /// standardOutput is what stdout lengths count). `wallMilliseconds` is
    /// the whole traced run, tracer included. When `truncated`, the ending is
    /// Stopped.
    RunResult run;

    /// Sets each step's region from the program's listing.
    void assignRegions(const CodeListing &listing);
    /// "exit code 0", "stopped after 2000 steps (the step bound)", ...
    [[nodiscard]] QString describeEnding() const;
    /// {"lang", "truncated", "steps": [{"line", "function", "region",
    /// "locals", "stdoutLength"}]}: what `duet --trace --json` prints.
    [[nodiscard]] QJsonObject toJson() const;
};

/// The innermost of the listing's linked regions holding 1-based displayed
/// `line` (the smallest, when regions nest); empty when none does.
[[nodiscard]] QString regionAtLine(const CodeListing &listing, int line);

} // namespace Duet

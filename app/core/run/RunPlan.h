#pragma once

#include "RunLimits.h"
#include "core/lesson/Lesson.h"

#include <QByteArray>
#include <QString>

namespace Duet
{

/// What one press of a Run button asks for: which languages, how many
/// rounds, and whether to measure each language's start-up beside its
/// program. With both languages the rounds interleave — Python, C++,
/// Python, C++ … — so a disturbance of the machine falls on both alike.
struct RunPlan {
    bool python = false;
    bool cpp = true;
    /// Rounds; each language's program runs once a round.
    int repeat = 1;
    /// Also time an empty program of each language every round, through the
    /// same runner, to show how much of a run is start-up.
    bool measureStartup = false;

    /// What Run both does unless told otherwise.
    static constexpr int defaultComparisonRounds = 5;
    static constexpr int maximumRounds = 1000;

    [[nodiscard]] bool compares() const { return python && cpp; }
    [[nodiscard]] bool includes(Language language) const { return language == Language::Python ? python : cpp; }

    [[nodiscard]] static RunPlan single(Language language, int repeat = 1)
    {
        return {language == Language::Python, language == Language::Cpp, repeat, repeat > 1};
    }
    [[nodiscard]] static RunPlan both(int repeat = defaultComparisonRounds) { return {true, true, repeat, true}; }
};

/// One program of a section as it is to run: the text the learner sees
/// (markers removed, edits kept) and whether it is the learner's own.
struct ProgramText {
    QString text;
    bool edited = false;
};

/// Everything a RunSession needs: the section, its two programs as the
/// panes hold them, the plan, the program's standard input and the limits.
struct RunRequest {
    Section section;
    /// "LESSON/SECTION", for reports.
    QString address;
    ProgramText python;
    ProgramText cpp;
    RunPlan plan;
    QByteArray standardInput;
    RunLimits limits;

    [[nodiscard]] const ProgramText &program(Language language) const
    {
        return language == Language::Python ? python : cpp;
    }
};

} // namespace Duet

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Duet
{

/// The Python and the C++ output of a section, aligned the way `diff` and
/// Python's difflib align text: along a longest common subsequence of lines,
/// so one extra line marks one line, not everything after it. Two lines
/// correspond when they are equal, or when both match the same one of the
/// section's varying-output patterns (a measured time, say). Between two
/// corresponding lines, lines only one side has are paired up as changed
/// lines where both sides have some, and shown as inserted or deleted where
/// only one side has them.
///
/// The work is bounded, because outputs and patterns come from lesson packs:
/// each pattern is compiled once, lines are matched against patterns within
/// a time budget, and the alignment gives up past a number of steps. Then
/// the lines not yet aligned are paired by position and `isExact()` is false.
/// Compare off the GUI thread all the same: a pathological pattern may still
/// take its budget.
struct OutputDiff {
    enum class LineKind {
        Same, ///< the same text in both
        Varying, ///< different text, but both match one varying-output pattern
        Changed, ///< different text where each side has a line
        OnlyPython, ///< a line the C++ output lacks
        OnlyCpp, ///< a line the Python output lacks
    };

    struct Row {
        LineKind kind = LineKind::Same;
        /// 0-based line numbers in each output; -1 where that side has none.
        int pythonLine = -1;
        int cppLine = -1;
        QString python;
        QString cpp;

        [[nodiscard]] bool agrees() const { return kind == LineKind::Same || kind == LineKind::Varying; }
    };

    QList<Row> rows;
    bool exact = true;

    [[nodiscard]] bool agrees() const { return firstDifference() < 0; }
    [[nodiscard]] bool isExact() const { return exact; }
    /// The index in `rows` of the first row that differs, or -1.
    [[nodiscard]] qsizetype firstDifference() const;
    [[nodiscard]] qsizetype differenceCount() const;
    [[nodiscard]] qsizetype varyingCount() const;

    /// The outputs as lines: "\r\n" read as "\n", no empty line after a final newline.
    [[nodiscard]] static QStringList linesOf(const QString &output);
    [[nodiscard]] static OutputDiff compare(const QString &pythonOutput, const QString &cppOutput,
                                            const QStringList &varyingPatterns);

    /// How many alignment steps (roughly, line comparisons) compare() takes
    /// before it pairs the rest by position.
    static constexpr qint64 alignmentStepLimit = 20'000'000;
    /// Lines longer than this are never matched against varying patterns.
    static constexpr qsizetype longestPatternLine = 4096;
    /// Total time spent matching patterns before the remaining lines count as unmatched.
    static constexpr int patternBudgetMilliseconds = 1500;
};

} // namespace Duet

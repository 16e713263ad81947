#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Duet
{

/// The Python and the C++ output of a section, line by line. Two lines agree
/// when they are equal, or when both match the same one of the section's
/// varying-output patterns (a measured time, say). Lines are paired by
/// position: the programs are meant to print the same thing in the same order.
struct OutputComparison {
    struct Line {
        QString python;
        QString cpp;
        bool presentInPython = true;
        bool presentInCpp = true;
        bool agrees = true;
        bool varying = false;
    };

    QList<Line> lines;

    [[nodiscard]] bool agrees() const;
    /// The first line that differs, or -1.
    [[nodiscard]] qsizetype firstDifference() const;

    static OutputComparison compare(const QString &pythonOutput, const QString &cppOutput,
                                    const QStringList &varyingPatterns);
};

} // namespace Duet

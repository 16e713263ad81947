#pragma once

#include "core/lesson/Diagnostic.h"
#include "core/lesson/Lesson.h"

#include <QList>
#include <QString>

namespace Duet
{

/// A stretch of a program's error output that points at a line of the
/// program, as the section's pane shows it.
struct OutputLink {
    /// Where the link is in LinkedOutput::text (UTF-16 offsets).
    qsizetype start = 0;
    qsizetype length = 0;
    Language language = Language::Python;
    /// 1-based line in the pane; 0 never occurs in a link.
    int line = 0;
    /// 1-based column in the pane; 0 when the message names none.
    int column = 0;
    friend bool operator==(const OutputLink &, const OutputLink &) = default;
};

/// A program's error output made for the learner: the paths of the files
/// Duet wrote (a cache, a resource) replaced by the lesson's own file name
/// and line, every message kept whole, and the places that point into the
/// program as links to the pane's lines.
struct LinkedOutput {
    QString text;
    QList<OutputLink> links;
    /// What to mark in the pane: the line and message of each error that is
    /// in the program (for Python, the innermost frame of the program).
    Diagnostics diagnostics;

    /// A program's file as the learner knows it: `cpp/x.cpp` for a built-in
    /// lesson's `:/lessons/<id>/cpp/x.cpp`, else the name as the lesson has it.
    [[nodiscard]] static QString shownFileName(const QString &fileName, const QString &fallback);
};

} // namespace Duet

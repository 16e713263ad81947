#pragma once

#include "Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Duet
{

enum class Language { Python, Cpp };

/// "Python" or "C++", translated: the one place the window and the command
/// line name a language.
[[nodiscard]] QString languageName(Language language);

/// A named stretch of a program that corresponds to the stretch of the same
/// name in the other language. Lines are 0-based and inclusive, counted in the
/// displayed text (markers removed).
struct LinkedRegion {
    QString name;
    int firstLine = 0;
    int lastLine = 0;
    /// Line of the opening marker in the source file, for messages.
    int sourceLine = 0;
    friend bool operator==(const LinkedRegion &, const LinkedRegion &) = default;
};

/// One program of a section as the learner sees and runs it: the text with the
/// authors' region markers taken out, where it came from, and which line of the
/// source file each displayed line was.
struct CodeListing {
    QString text;
    /// The file the code was written in: `lesson.md` for Python, `cpp/<id>.cpp`
    /// for C++; a resource path (`:/lessons/...`) for built-in lessons.
    QString fileName;
    /// sourceLines[i] is the 1-based line in fileName of displayed line i.
    QList<int> sourceLines;
    QList<LinkedRegion> regions;

    [[nodiscard]] bool isEmpty() const { return text.isEmpty(); }
};

/// One `##` section of a lesson: its explanation and its two programs.
struct Section {
    QString id;
    QString title;
    /// Line of the section's heading in lesson.md.
    int line = 0;
    /// The explanation as Markdown: everything under the heading except the
    /// Python code, which is shown in its own pane.
    QString prose;
    CodeListing python;
    CodeListing cpp;
    /// Regular expressions for output lines that may legitimately differ
    /// between the Python and the C++ run (measured times, addresses).
    QStringList varyingOutput;
    /// The prebuilt executable of the C++ program; empty where there is none
    /// (packs loaded from a folder, which are compiled on demand).
    QString demoExecutable;

    [[nodiscard]] bool hasPython() const { return !python.isEmpty(); }
    [[nodiscard]] bool hasCpp() const { return !cpp.isEmpty(); }
};

/// A lesson pack: front-matter metadata, an introduction and its sections in
/// the order of the article.
struct Lesson {
    enum class Origin { BuiltIn, Folder };

    QString id;
    QString title;
    QString description;
    QString date;
    QString category;
    /// Every front-matter key, including those Duet does not interpret.
    QVariantMap metadata;
    /// Markdown before the first `##` heading.
    QString introduction;
    Origin origin = Origin::BuiltIn;
    /// The pack's folder: `:/lessons/<id>` for built-in lessons.
    QString directory;
    QList<Section> sections;

    [[nodiscard]] const Section *section(QStringView sectionId) const;
    /// "LESSON-ID/SECTION-ID": how the command line, the settings and links
    /// name a section.
    [[nodiscard]] QString address(const Section &section) const;
    /// "builtin" or the pack's folder, as `--list --json` reports it.
    [[nodiscard]] QString source() const;
};

/// Everything the lesson sources yielded: the lessons that loaded and the
/// problems of those that did not.
struct LessonCollection {
    QList<Lesson> lessons;
    Diagnostics errors;

    [[nodiscard]] const Lesson *lesson(QStringView lessonId) const;
    /// Finds `LESSON-ID/SECTION-ID`; null when either part names nothing.
    [[nodiscard]] const Section *section(QStringView address, const Lesson **lessonOut = nullptr) const;
};

} // namespace Duet

#pragma once

#include "Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Duet
{

enum class Language { Python, Cpp };

/// "Python" or "C++", translated: the one place the window and the command
/// line name a language.
[[nodiscard]] QString languageName(Language language);
/// "python" or "cpp": how the command line, JSON and settings spell a language.
[[nodiscard]] QString languageKey(Language language);

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
    /// Where the learner starts when they write this section's C++ as an
    /// exercise: the pack's `cpp/<id>.starter.cpp`, as it is (no region
    /// markers are read in it). Empty when the pack ships none;
    /// Exercise::starterFor() then gives the default.
    CodeListing cppStarter;
    /// Regular expressions for output lines that may legitimately differ
    /// between the Python and the C++ run (measured times, addresses).
    QStringList varyingOutput;
    /// The prebuilt executable of the C++ program; empty where there is none
    /// (packs loaded from a folder, which are compiled on demand).
    QString demoExecutable;
    /// Hints for solving the section as an exercise, in Markdown, in the order
    /// they are to be revealed (`hints:` under the section's front-matter settings).
    QStringList hints;

    [[nodiscard]] bool hasPython() const { return !python.isEmpty(); }
    [[nodiscard]] bool hasCpp() const { return !cpp.isEmpty(); }
    [[nodiscard]] const CodeListing &listing(Language language) const
    {
        return language == Language::Python ? python : cpp;
    }
    [[nodiscard]] bool has(Language language) const { return !listing(language).isEmpty(); }
};

/// A lesson: front-matter metadata, an introduction and its sections in the
/// order of the article. It comes from a pack folder (lesson.md and cpp/) or
/// from a single Markdown file.
struct Lesson {
    /// Built into Duet, a pack folder on disk, or a Markdown file on its own.
    enum class Origin { BuiltIn, Folder, File };

    QString id;
    /// Line of the `id:` key in the file; 0 when the id was derived from a name.
    int idLine = 0;
    QString title;
    QString description;
    QString date;
    QString category;
    /// The lesson's place in the path through the lessons (`order:`): lower
    /// comes first, lessons without one come after those with one.
    std::optional<int> order;
    /// Every front-matter key, including those Duet does not interpret.
    QVariantMap metadata;
    /// Markdown before the first `##` heading.
    QString introduction;
    Origin origin = Origin::BuiltIn;
    /// The pack's folder (`:/lessons/<id>` for built-in lessons), or the folder
    /// that holds a single-file lesson.
    QString directory;
    /// The Markdown file the lesson was read from: the pack's lesson.md, or the file itself.
    QString file;
    QList<Section> sections;

    [[nodiscard]] const Section *section(QStringView sectionId) const;
    /// "LESSON-ID/SECTION-ID": how the command line, the settings and links
    /// name a section.
    [[nodiscard]] QString address(const Section &section) const;
    /// "builtin", the pack's folder or a single file, as `--list --json` reports it.
    [[nodiscard]] QString source() const;
};

/// Everything the lesson sources yielded: the lessons that loaded, in the
/// order of the path through them (`order`, then title), and the problems of
/// those that did not.
struct LessonCollection {
    QList<Lesson> lessons;
    Diagnostics errors;

    [[nodiscard]] const Lesson *lesson(QStringView lessonId) const;
    /// Finds `LESSON-ID/SECTION-ID`; null when either part names nothing.
    [[nodiscard]] const Section *section(QStringView address, const Lesson **lessonOut = nullptr) const;
};

} // namespace Duet

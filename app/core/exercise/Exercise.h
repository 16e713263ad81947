#pragma once

#include "core/lesson/Lesson.h"

#include <optional>

namespace Duet
{

/// A section seen as an exercise: the learner writes its C++, and it is
/// checked against what the section's Python prints (ExerciseCheck). A
/// section with Python and no C++ is always one; a section with both becomes
/// one when the learner chooses to try it themselves, which hides the
/// lesson's C++ until they ask for it. The learner starts from the starter
/// and works on an attempt of their own, kept apart from the lesson's program
/// and from ordinary edits (ExerciseStore); the pack's hints are revealed one
/// at a time. A plain value, made by ExerciseStore::exercise().
struct Exercise {
    enum class Kind {
        None, ///< not an exercise: no Python to check against, or the lesson's C++ is shown
        Open, ///< the section has Python and no C++ of its own
        TryingItYourself, ///< the learner hid the lesson's C++ to write their own
    };

    QString lessonId;
    QString sectionId;
    Kind kind = Kind::None;
    /// What the C++ pane holds before the learner writes anything.
    CodeListing starter;
    /// The learner's own C++, as last saved; nullopt until they write some.
    std::optional<QString> attempt;
    /// The section's hints, Markdown, in the order they are revealed.
    QStringList hints;
    /// How many of `hints`, from the first, the learner has asked to see.
    int revealedHints = 0;
    /// The learner's C++ has printed what the Python prints. Kept once
    /// reached: a later change to the attempt does not take it back.
    bool solved = false;

    [[nodiscard]] bool isActive() const { return kind != Kind::None; }
    /// The C++ the pane shows and Run runs: the attempt, else the starter.
    [[nodiscard]] QString program() const { return attempt.value_or(starter.text); }
    [[nodiscard]] QStringList shownHints() const { return hints.first(revealedHints); }
    [[nodiscard]] bool hasHiddenHints() const { return revealedHints < hints.size(); }

    /// Whether a section can be an exercise at all: it needs a Python
    /// program whose output the learner's C++ is checked against.
    [[nodiscard]] static bool canBeExercise(const Section &section) { return section.hasPython(); }
    /// A section that is an exercise without being asked: Python, no C++.
    [[nodiscard]] static bool isOpen(const Section &section) { return section.hasPython() && !section.hasCpp(); }
    /// The pack's `cpp/<id>.starter.cpp`, or defaultStarter() where it ships none.
    [[nodiscard]] static CodeListing starterFor(const Section &section);
    /// `#include <print>` and an empty `main`: where an exercise starts
    /// when its pack says nothing more.
    [[nodiscard]] static CodeListing defaultStarter();
};

} // namespace Duet

#pragma once

#include "core/edit/EditWriter.h"
#include "core/exercise/ExerciseStore.h"
#include "core/run/RunOutcome.h"

#include <QObject>

class QAction;
class QSplitter;
class QToolButton;
class QWidget;

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class CodePane;
class ExerciseBar;
class ExerciseColumn;
class HintView;
class LessonTreeModel;
class RunPanel;
class ThemeColours;

/// The window's side of exercises. After the window has shown a section the
/// usual way, it turns the C++ pane into the learner's attempt where the
/// section is an exercise — the starter, or what they wrote, saved as they
/// type into ExerciseStore's own files by an EditWriter of its own — and
/// gives the run area a section whose C++ is that attempt, so Run C++ and
/// Run Both work on it like on any edited program. Each finished run that
/// included the C++ is checked (ExerciseCheck); a match marks the section
/// solved in the store and the sidebar and says so in the run area.
///
/// "Try it yourself" turns a section with C++ of its own into an exercise
/// (the lesson's C++ hidden); "Show the lesson's C++" puts it, read-only,
/// beside the attempt, only when asked: a third column where the code area
/// is wide enough for three programs to be read, else with the Python out of
/// view (the run area still shows what the Python prints) — never a sliver.
/// "Stop trying" goes back to the lesson's program and keeps the attempt.
/// Hints are revealed one at a time. The actions are for the window's menus.
class ExerciseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseController)

public:
    /// `attemptDirectory`: where attempts are kept (empty: the usual place).
    ExerciseController(CodePane *pythonPane, CodePane *cppPane, RunPanel *runPanel, LessonTreeModel *model,
                       QWidget *window, const QString &attemptDirectory = {});
    ~ExerciseController() override;

    /// How many characters of code a program beside others needs to be read.
    static constexpr int readableColumns = 60;

    /// Puts the exercise's column (the C++ pane with the bar and hints above
    /// it) and the lesson's C++ into the code area, after the Python.
    /// Puts the exercise's column, which holds the C++ pane, first in
    /// `attemptArea` (where the pane was), and the lesson's C++ last in
    /// `codeArea`, the splitter of the programs.
    void placeIn(QSplitter *codeArea, QSplitter *attemptArea);
    [[nodiscard]] ExerciseColumn *column() const { return m_column; }
    [[nodiscard]] ExerciseBar *bar() const { return m_bar; }
    [[nodiscard]] HintView *hintView() const { return m_hints; }
    /// The lesson's own C++, read-only, beside the attempt when asked for.
    [[nodiscard]] CodePane *lessonPane() const { return m_lessonPane; }
    [[nodiscard]] QToolButton *tryButton() const { return m_tryButton; }
    [[nodiscard]] ExerciseStore &store() { return m_store; }
    [[nodiscard]] EditWriter &attemptWriter() { return m_writer; }

    [[nodiscard]] QAction *tryItYourselfAction() const { return m_tryItYourself; }
    [[nodiscard]] QAction *showLessonCppAction() const { return m_showLessonCpp; }
    [[nodiscard]] QAction *stopTryingAction() const { return m_stopTrying; }
    [[nodiscard]] QAction *hintAction() const { return m_hint; }

    /// After the window has shown a section (its listings, edits and run
    /// area): makes it an exercise where it is one.
    void showSection(const Lesson &lesson, const Section &section);
    /// A page without a section (a lesson's introduction).
    void clear();

    /// Whether the C++ pane holds the learner's attempt.
    [[nodiscard]] bool isActive() const { return m_hasSection && m_exercise.isActive(); }
    [[nodiscard]] const Exercise &exercise() const { return m_exercise; }
    /// The C++ pane changed while it holds the attempt.
    void attemptEdited(const QString &text, bool edited);
    /// Writes the attempt now; false when it cannot be (it stays pending).
    bool flush();

    void applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours);
    void setZoom(int steps);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The section must be shown again (the learner started or stopped
    /// trying it): the window reloads its listings and edits.
    void reshowRequested();
    /// A section's exercise was solved for the first time.
    void solved(const QString &address);
    /// Something to say in the status bar.
    void message(const QString &text);

private:
    void setTrying(bool trying);
    void revealHint();
    void checkRun(const RunOutcome &outcome);
    void showAttempt();
    void showLessonProgram(bool shown);
    /// Three programs side by side where they fit, else the lesson's C++ in the Python's place.
    void arrangePrograms(bool force);
    void updateActions();
    [[nodiscard]] QString address() const;

    CodePane *m_pythonPane = nullptr;
    CodePane *m_cppPane = nullptr;
    RunPanel *m_runPanel = nullptr;
    LessonTreeModel *m_model = nullptr;
    QAction *m_tryItYourself = nullptr;
    QAction *m_showLessonCpp = nullptr;
    QAction *m_stopTrying = nullptr;
    QAction *m_hint = nullptr;
    QToolButton *m_tryButton = nullptr;
    CodePane *m_lessonPane = nullptr;
    ExerciseBar *m_bar = nullptr;
    HintView *m_hints = nullptr;
    ExerciseColumn *m_column = nullptr;
    QSplitter *m_codeArea = nullptr;
    /// The code area's widths before the lesson's C++ was shown.
    QList<int> m_sizesWithoutLesson;

    ExerciseStore m_store;
    /// Declared after m_store, whose files it writes, so it flushes first.
    EditWriter m_writer {m_store.attemptFiles()};
    Lesson m_lesson;
    Section m_section;
    Exercise m_exercise;
    bool m_hasSection = false;
};

} // namespace Duet

#pragma once

#include "SteppingTimeline.h"
#include "core/lesson/Lesson.h"
#include "core/trace/TraceSession.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QSplitter;
class QWidget;

namespace Duet
{

class CodePane;
class StepDetailsView;
class StepMarker;
class ThemeController;
class TimelineBar;

/// Run ▸ Step Both, Step Python and Step C++: records the section's programs
/// as the panes show them (the learner's edits included) with a
/// TraceSession, then lets the learner move through the recorded steps with
/// a TimelineBar, the current line marked in each pane (StepMarker) and the
/// locals and output of each step under it (StepDetailsView). Where the
/// alignment has no step of one language at a moment, that side is shown
/// waiting. The panes stay editable: the first edit ends stepping (the edit
/// is kept, the marks go), and so does moving to another section; Exit
/// Stepping (Esc in the stepping controls) ends it at any time, a recording
/// included.
///
/// The window puts `column()` of each language where the pane would go,
/// `timelineBar()` under the panes, the actions into its Run menu
/// (`addActionsTo`) and calls `setSection` whenever the section changes.
class SteppingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SteppingController)

public:
    enum class State {
        /// Not stepping: the controls are out of sight.
        Idle,
        /// A TraceSession is recording.
        Recording,
        /// Traces are shown and can be stepped through.
        Stepping,
        /// Nothing could be recorded; the bar says why until Exit.
        Failed,
    };

    SteppingController(CodePane *pythonPane, CodePane *cppPane, ThemeController *themes, QMainWindow *window);
    ~SteppingController() override;

    /// Where a recording's standard input comes from (the run area's Input),
    /// asked at each recording; without one the programs read end of file.
    void setStandardInputSource(std::function<QByteArray()> source) { m_standardInput = std::move(source); }

    /// A language's pane with its step details under it, for the layout.
    /// Its first widget is the pane, or what holds it (an exercise's column).
    [[nodiscard]] QSplitter *column(Language language) const;
    [[nodiscard]] TimelineBar *timelineBar() const { return m_bar; }
    /// Step Both, Step Python, Step C++, then moving and leaving.
    void addActionsTo(QMenu *menu) const;

    /// The section shown changed (a page without programs: an empty
    /// section); stepping ends.
    void setSection(const Section &section);
    /// Records the languages asked for, as the panes show them, and steps
    /// through them once recorded.
    void start(bool python, bool cpp);
    /// Shows recorded traces to step through (what `start` ends with).
    void showTraces(const TraceSet &traces);
    /// Ends stepping, or the recording, and clears every mark.
    void end();
    /// Moves to a moment of the timeline (clamped).
    void setPosition(int position);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int position() const { return m_position; }
    [[nodiscard]] const SteppingTimeline &timeline() const { return m_timeline; }
    [[nodiscard]] StepDetailsView *details(Language language) const;
    [[nodiscard]] StepMarker *marker(Language language) const;

    [[nodiscard]] QAction *stepBothAction() const { return m_stepBoth; }
    [[nodiscard]] QAction *stepPythonAction() const { return m_stepPython; }
    [[nodiscard]] QAction *stepCppAction() const { return m_stepCpp; }
    [[nodiscard]] QAction *backAction() const { return m_back; }
    [[nodiscard]] QAction *forwardAction() const { return m_forward; }
    [[nodiscard]] QAction *firstAction() const { return m_first; }
    [[nodiscard]] QAction *lastAction() const { return m_last; }
    [[nodiscard]] QAction *exitAction() const { return m_exit; }

Q_SIGNALS:
    void stateChanged(Duet::SteppingController::State state);
    void positionChanged(int position);

private:
    struct Column {
        CodePane *pane = nullptr;
        QSplitter *splitter = nullptr;
        StepDetailsView *details = nullptr;
        StepMarker *marker = nullptr;
    };

    QAction *makeAction(const QString &name, const QString &icon, const QString &text, const QKeySequence &shortcut,
                        const QString &toolTip);
    [[nodiscard]] const Column &columnOf(Language language) const;
    [[nodiscard]] const Trace *trace(Language language) const;
    void setState(State state);
    void discardSession();
    void connectSession(TraceSession *session);
    void showProgress();
    void recordingFailed(const QString &reason);
    void showDetails(Language language, bool shown);
    void showNotRecorded(Language language, const QStringList &problems);
    [[nodiscard]] QString summary() const;
    void programEdited(Language language);
    void showStatus(const QString &text);
    void updateActions();
    void applyColours();
    void applyZoom(int steps);

    QMainWindow *m_window = nullptr;
    ThemeController *m_themes = nullptr;
    std::function<QByteArray()> m_standardInput;
    Column m_python;
    Column m_cpp;
    TimelineBar *m_bar = nullptr;

    QAction *m_stepBoth = nullptr;
    QAction *m_stepPython = nullptr;
    QAction *m_stepCpp = nullptr;
    QAction *m_first = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_last = nullptr;
    QAction *m_exit = nullptr;

    Section m_section;
    bool m_pythonAvailable = false;
    bool m_gdbAvailable = false;
    State m_state = State::Idle;
    QPointer<TraceSession> m_session;
    bool m_requestedPython = false;
    bool m_requestedCpp = false;
    /// What each language is doing while recording, for the bar.
    QString m_pythonProgress;
    QString m_cppProgress;
    QString m_compilerOutput;
    /// The C++ recorded is the learner's edit (its lines are the pane's).
    bool m_cppEdited = false;
    TraceSet m_traces;
    SteppingTimeline m_timeline;
    int m_position = 0;
};

} // namespace Duet

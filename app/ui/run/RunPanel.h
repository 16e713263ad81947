#pragma once

#include "core/lesson/Lesson.h"
#include "core/run/RunOutcome.h"
#include "core/run/RunSession.h"
#include "core/run/TracebackStream.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QStackedWidget;

namespace Duet
{

class ComparisonView;
class OutputView;

/// The run area under the code: a view of one RunSession at a time. Runs the
/// section's C++ (its prebuilt demo, or the learner's edit, compiled), its
/// Python, either of them N times, or both interleaved for N rounds with
/// their outputs aligned and their timings compared. Output streams in as it
/// is printed; the status line says what is happening ("Compiling with
/// clang++ … 3 s", "Running the Python, round 2 of 5…") and, at the end, how
/// each program ended and what the timings allow one to say. Nothing here
/// blocks the window; Stop ends a run or a compile at once. Each run is a new
/// session, and the old one is disconnected first, so nothing of an earlier
/// run (or section) can show up as the new run's.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    /// Shows a section; a run still going is stopped.
    void setSection(const Lesson &lesson, const Section &section);
    /// The program as the pane shows it; `edited` when it is the learner's.
    void setProgramText(Language language, const QString &text, bool edited);
    void setStandardInput(const QString &text);
    /// How many rounds Run both and the ×N runs make.
    void setRepeatCount(int count);

    /// What the Input box holds, when it is shown: every run's standard input.
    [[nodiscard]] QByteArray standardInput() const;
    [[nodiscard]] QAction *runCppAction() const { return m_runCpp; }
    [[nodiscard]] QAction *runPythonAction() const { return m_runPython; }
    [[nodiscard]] QAction *runBothAction() const { return m_runBoth; }
    [[nodiscard]] QAction *runRepeatedAction() const { return m_runCppRepeated; }
    [[nodiscard]] QAction *runPythonRepeatedAction() const { return m_runPythonRepeated; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] ComparisonView *comparisonView() const { return m_comparison; }
    [[nodiscard]] OutputView *outputView() const { return m_output; }
    /// The last finished run's outcome, or null before the first.
    [[nodiscard]] const RunOutcome *lastOutcome() const { return m_lastOutcome ? &*m_lastOutcome : nullptr; }
    /// What the last run was asked to run (the programs as they were when it started).
    [[nodiscard]] const RunRequest &lastRequest() const { return m_request; }
    /// A line about the finished run from elsewhere — an exercise's check —
    /// above the output, with an icon; the next run or section clears it.
    void showNote(const QString &text, const QIcon &icon = {});
    [[nodiscard]] QString noteText() const;

Q_SIGNALS:
    /// A run of a section's program finished (whatever its outcome).
    void sectionRan(const QString &lessonId, const QString &sectionId, Duet::Language language);
    /// Compiler diagnostics for a pane, on its displayed 1-based lines;
    /// empty when a compile succeeded.
    void diagnosticsChanged(Duet::Language language, const Duet::Diagnostics &diagnostics);
    /// The learner clicked a diagnostic.
    void locationActivated(Duet::Language language, int line, int column);
    /// A run ended and its outcome is shown.
    void runFinished(const Duet::RunOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(const RunPlan &plan);
    void discardSession();
    void connectSession(RunSession *session);
    void compileStarted();
    void showPythonErrors(const LinkedOutput &errors);
    void showCompileProgress();
    void runStarted(Language language, RunSession::RunKind kind, int round);
    void finished(const RunOutcome &outcome);
    void showCompileFailure(const CompileReport &report);
    void setStatus(const QString &text, const QString &toolTip = {});
    void updateActions();
    [[nodiscard]] QString finalStatus(const RunOutcome &outcome) const;

    QAction *m_runCpp = nullptr;
    QAction *m_runPython = nullptr;
    QAction *m_runBoth = nullptr;
    QAction *m_runCppRepeated = nullptr;
    QAction *m_runPythonRepeated = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_showInput = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_note = nullptr;
    QLabel *m_noteIcon = nullptr;
    QLabel *m_noteText = nullptr;
    QStackedWidget *m_views = nullptr;
    OutputView *m_output = nullptr;
    ComparisonView *m_comparison = nullptr;
    QPlainTextEdit *m_input = nullptr;

    Lesson m_lesson;
    Section m_section;
    ProgramText m_python;
    /// The first Python run's standard error, its tracebacks linked to the pane.
    std::optional<TracebackStream> m_pythonErrors;
    Diagnostics m_pythonDiagnostics;
    ProgramText m_cpp;
    bool m_hasSection = false;
    bool m_pythonAvailable = false;

    QPointer<RunSession> m_session;
    RunRequest m_request;
    RunPlan m_plan;
    std::optional<Language> m_outputHeading;
    std::optional<RunOutcome> m_lastOutcome;
    /// While compiling: elapsed seconds in the status, once a second.
    QElapsedTimer m_compileClock;
    QTimer m_compileTicker;
    QString m_compileActivity;
};

} // namespace Duet

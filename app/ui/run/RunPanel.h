#pragma once

#include "core/lesson/Lesson.h"
#include "core/run/RunResult.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Duet
{

class ComparisonView;
class OutputView;
class SectionRunner;

/// The run area under the code. Runs the section's C++ (its prebuilt demo,
/// or the learner's edit, compiled), its Python, both in turn with their
/// outputs compared, or the C++ N times for steady timings. Output arrives as
/// it is written; the status line gives how the program ended and what it
/// cost ("wall 3.1 ms · user 1.0 ms · sys 0.8 ms"). Nothing here blocks the
/// window, and Stop ends a run or a compile at once.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    void setSection(const Lesson &lesson, const Section &section);
    /// The program as the pane shows it; `edited` when it is the learner's.
    void setProgramText(Language language, const QString &text, bool edited);
    void setStandardInput(const QString &text);
    void setRepeatCount(int count);

    [[nodiscard]] QAction *runCppAction() const { return m_runCpp; }
    [[nodiscard]] QAction *runPythonAction() const { return m_runPython; }
    [[nodiscard]] QAction *runBothAction() const { return m_runBoth; }
    [[nodiscard]] QAction *runRepeatedAction() const { return m_runRepeated; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] ComparisonView *comparisonView() const { return m_comparison; }
    [[nodiscard]] OutputView *outputView() const { return m_output; }

Q_SIGNALS:
    /// A run of a section's program finished (whatever its outcome).
    void sectionRan(const QString &lessonId, const QString &sectionId, Duet::Language language);
    /// Compiler diagnostics for a pane, on its displayed 1-based lines;
    /// empty when a compile succeeded.
    void diagnosticsChanged(Duet::Language language, const Duet::Diagnostics &diagnostics);
    /// The learner clicked a diagnostic.
    void locationActivated(Duet::Language language, int line, int column);

private:
    struct Plan {
        QList<Language> order;
        int repeat = 1;
        bool compare = false;
    };

    void start(const Plan &plan);
    void runNext();
    void finished(const RunResult &result);
    void compileFailed(const Diagnostics &diagnostics);
    void finishPlan(const QString &status);
    void updateActions();
    [[nodiscard]] Diagnostics displayedLines(const Diagnostics &diagnostics) const;
    [[nodiscard]] static QString languageName(Language language);

    SectionRunner *m_runner = nullptr;
    QAction *m_runCpp = nullptr;
    QAction *m_runPython = nullptr;
    QAction *m_runBoth = nullptr;
    QAction *m_runRepeated = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_showInput = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_views = nullptr;
    OutputView *m_output = nullptr;
    ComparisonView *m_comparison = nullptr;
    QPlainTextEdit *m_input = nullptr;

    Lesson m_lesson;
    Section m_section;
    QString m_programText[2];
    bool m_edited[2] = {false, false};
    bool m_hasSection = false;
    bool m_pythonAvailable = false;

    Plan m_plan;
    qsizetype m_step = 0;
    int m_iteration = 0;
    bool m_running = false;
    QList<double> m_wallTimes[2];
    QString m_outputs[2];
    RunResult m_last;
};

} // namespace Duet

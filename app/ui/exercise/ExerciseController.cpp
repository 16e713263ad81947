#include "ExerciseController.h"

#include "ExerciseBar.h"
#include "ExerciseColumn.h"
#include "HintView.h"
#include "core/exercise/ExerciseCheck.h"
#include "ui/ActionButton.h"
#include "ui/CodePane.h"
#include "ui/LessonTreeModel.h"
#include "ui/ThemeController.h"
#include "ui/run/RunPanel.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

ExerciseController::ExerciseController(CodePane *pythonPane, CodePane *cppPane, RunPanel *runPanel,
                                       LessonTreeModel *model, QWidget *window, const QString &attemptDirectory)
    : QObject(window)
    , m_pythonPane(pythonPane)
    , m_cppPane(cppPane)
    , m_runPanel(runPanel)
    , m_model(model)
    , m_tryItYourself(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Try It Yourself"), this))
    , m_showLessonCpp(
          new QAction(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("Show the &Lesson's C++"), this))
    , m_stopTrying(new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Stop Trying"), this))
    , m_hint(
          new QAction(QIcon::fromTheme(QStringLiteral("help-hint"), QIcon::fromTheme(QStringLiteral("help-contents"))),
                      tr("&Hint"), this))
    , m_tryButton(actionButton(m_tryItYourself, window))
    , m_lessonPane(new CodePane(Language::Cpp, window))
    , m_bar(new ExerciseBar(m_hint, m_showLessonCpp, m_stopTrying, window))
    , m_hints(new HintView(window))
    , m_column(new ExerciseColumn(m_bar, m_hints, cppPane, window))
    , m_store(attemptDirectory)
{
    m_tryItYourself->setObjectName(QStringLiteral("tryItYourself"));
    m_tryItYourself->setCheckable(true);
    m_tryItYourself->setToolTip(tr("Hide the lesson's C++ and write your own, checked against the Python's output"));
    connect(m_tryItYourself, &QAction::triggered, this, &ExerciseController::setTrying);
    m_showLessonCpp->setObjectName(QStringLiteral("showLessonCpp"));
    m_showLessonCpp->setCheckable(true);
    m_showLessonCpp->setIconText(tr("Lesson's C++"));
    m_showLessonCpp->setToolTip(tr("Show the lesson's own C++, read-only, beside yours"));
    connect(m_showLessonCpp, &QAction::toggled, this, &ExerciseController::showLessonProgram);
    m_stopTrying->setObjectName(QStringLiteral("stopTrying"));
    m_stopTrying->setToolTip(tr("Go back to the lesson's C++; your attempt is kept for the next try"));
    connect(m_stopTrying, &QAction::triggered, this, [this] { setTrying(false); });
    m_hint->setObjectName(QStringLiteral("hint"));
    connect(m_hint, &QAction::triggered, this, &ExerciseController::revealHint);

    m_tryButton->setAccessibleName(tr("Try it yourself: write this section's C++"));
    m_cppPane->addHeaderWidget(m_tryButton);
    m_lessonPane->setObjectName(QStringLiteral("lessonCppPane"));
    m_lessonPane->hide();
    m_lessonPane->editor()->setAccessibleName(tr("The lesson's C++ code, read-only"));

    connect(m_runPanel, &RunPanel::runFinished, this, &ExerciseController::checkRun);
    updateActions();
}

ExerciseController::~ExerciseController() = default;

void ExerciseController::placeIn(QSplitter *codeArea, QSplitter *attemptArea)
{
    m_codeArea = codeArea;
    attemptArea->insertWidget(0, m_column);
    // Last, so a splitter state saved before there was a third program
    // still gives the Python and the C++ their widths.
    codeArea->addWidget(m_lessonPane);
    codeArea->installEventFilter(this);
}

bool ExerciseController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_codeArea && event->type() == QEvent::Resize && m_lessonPane->isVisibleTo(m_codeArea))
        arrangePrograms(false);
    return QObject::eventFilter(watched, event);
}

void ExerciseController::arrangePrograms(bool force)
{
    if (!m_codeArea)
        return;
    const bool lessonShown = m_lessonPane->isVisibleTo(m_codeArea);
    // Measured in the panes' own (zoomed) fixed font, margins included.
    const QFontMetrics metrics(ThemeController::zoomedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont),
                                                           ThemeController::activeZoom()));
    QsciScintilla *editor = m_lessonPane->editor();
    const int margins = editor->marginWidth(0) + editor->marginWidth(1) + editor->marginWidth(2)
        + editor->verticalScrollBar()->sizeHint().width();
    const int readable = readableColumns * metrics.horizontalAdvance(QLatin1Char('x')) + margins;
    const bool pythonFits = !lessonShown || m_codeArea->width() >= 3 * readable;
    if (!force && pythonFits == m_pythonPane->isVisibleTo(m_codeArea))
        return;
    m_pythonPane->setVisible(pythonFits);
    if (!lessonShown)
        return;
    // Equal shares: the learner compares, no program is the aside.
    const int shown = pythonFits ? 3 : 2;
    const int share = m_codeArea->width() / shown;
    m_codeArea->setSizes({pythonFits ? share : 0, share, share});
    if (!pythonFits)
        Q_EMIT message(tr("The Python is out of view while the lesson's C++ is shown: three programs do not fit "
                          "side by side here. The run area still shows what the Python prints."));
}

QString ExerciseController::address() const
{
    return m_lesson.address(m_section);
}

void ExerciseController::showSection(const Lesson &lesson, const Section &section)
{
    m_lesson = lesson;
    m_section = section;
    m_hasSection = true;
    m_exercise = m_store.exercise(lesson, section);
    // The lesson's C++ stays out of sight until the learner asks, each time.
    m_showLessonCpp->setChecked(false);
    if (isActive())
        showAttempt();
    m_bar->setVisible(isActive());
    m_hints->setHints(isActive() ? m_exercise.shownHints() : QStringList(), int(m_exercise.hints.size()));
    if (isActive())
        m_bar->showExercise(m_exercise, m_model->solvedMarker());
    updateActions();
}

void ExerciseController::clear()
{
    m_hasSection = false;
    m_exercise = {};
    m_showLessonCpp->setChecked(false);
    m_bar->hide();
    m_hints->setHints({}, 0);
    updateActions();
}

void ExerciseController::showAttempt()
{
    const Exercise &exercise = m_exercise;
    m_cppPane->setListing(exercise.starter);
    // An attempt that could not be written is still in the writer: it wins.
    std::optional<QString> attempt = exercise.attempt;
    if (const auto pending = m_writer.pendingEdit(m_lesson.id, m_section.id, Language::Cpp))
        attempt = pending->edited ? std::optional(pending->text) : std::nullopt;
    if (attempt && *attempt != exercise.starter.text)
        m_cppPane->setEditedText(*attempt);
    const QString attemptFile = m_store.attemptPath(m_lesson.id, m_section.id);
    // Short, so the header keeps it beside "edited" and Revert in a narrow
    // pane; where the attempt started is in the tooltip.
    QString started;
    if (exercise.kind == Exercise::Kind::TryingItYourself)
        started = tr("Your own C++ for this section; the lesson's is hidden until you ask for it.");
    else if (exercise.starter.fileName.isEmpty())
        started = tr("Your own C++ for this section, started from an empty main.");
    else
        started = tr("Your own C++ for this section, started from the pack's %1.")
                      .arg(QFileInfo(exercise.starter.fileName).fileName());
    m_cppPane->describeOrigin(tr("your attempt"),
                              started + QLatin1Char('\n') + tr("Saved as you type in %1").arg(attemptFile),
                              tr("Start again from the starter (Undo brings yours back)"));

    // The run area runs the attempt: compiled like any edited program, never
    // the lesson's prebuilt demo, its messages naming the attempt's file.
    Section runnable = m_section;
    runnable.cpp = exercise.starter;
    runnable.cpp.fileName = attemptFile;
    runnable.demoExecutable.clear();
    m_runPanel->setSection(m_lesson, runnable);
    m_runPanel->setProgramText(Language::Python, m_pythonPane->text(), m_pythonPane->isEdited());
    m_runPanel->setProgramText(Language::Cpp, m_cppPane->text(), true);
}

void ExerciseController::attemptEdited(const QString &text, bool edited)
{
    if (!isActive())
        return;
    // `edited` false: back at the starter, and the saved attempt goes.
    m_writer.schedule(m_lesson.id, m_section.id, Language::Cpp, text, edited);
}

bool ExerciseController::flush()
{
    return m_writer.flush();
}

void ExerciseController::setTrying(bool trying)
{
    if (!m_hasSection || !Exercise::canBeExercise(m_section) || Exercise::isOpen(m_section)) {
        updateActions();
        return;
    }
    m_writer.flush();
    m_store.setTrying(m_lesson.id, m_section.id, trying);
    Q_EMIT reshowRequested();
    Q_EMIT message(trying ? tr("Your turn: the lesson's C++ is hidden until you ask for it.")
                          : tr("Back to the lesson's C++; Try It Yourself brings your attempt back."));
}

void ExerciseController::showLessonProgram(bool shown)
{
    shown = shown && isActive() && m_exercise.kind == Exercise::Kind::TryingItYourself;
    if (shown) {
        m_lessonPane->setListing(m_section.cpp);
        m_lessonPane->editor()->setReadOnly(true);
        const QString file = QFileInfo(m_section.cpp.fileName).fileName();
        m_lessonPane->describeOrigin(tr("the lesson's, read-only"),
                                     tr("The lesson's own program, %1, shown beside yours").arg(file), {});
    }
    const bool wasShown = m_codeArea && m_lessonPane->isVisibleTo(m_codeArea);
    // The learner's own widths of the Python and the C++ come back afterwards.
    if (shown && !wasShown && m_codeArea)
        m_sizesWithoutLesson = m_codeArea->sizes();
    m_lessonPane->setVisible(shown);
    arrangePrograms(true);
    if (!shown && wasShown && !m_sizesWithoutLesson.isEmpty())
        m_codeArea->setSizes(m_sizesWithoutLesson);
    if (isActive())
        m_bar->showExercise(m_exercise, m_model->solvedMarker());
    updateActions();
}

void ExerciseController::revealHint()
{
    if (!isActive() || !m_exercise.hasHiddenHints())
        return;
    m_exercise.revealedHints = m_store.revealNextHint(m_lesson.id, m_section.id, int(m_exercise.hints.size()));
    m_hints->setHints(m_exercise.shownHints(), int(m_exercise.hints.size()));
    m_bar->showExercise(m_exercise, m_model->solvedMarker());
    updateActions();
}

void ExerciseController::checkRun(const RunOutcome &outcome)
{
    if (!isActive() || outcome.address != address() || outcome.cancelled || !outcome.plan.includes(Language::Cpp))
        return;
    const ExerciseCheck::Result result = ExerciseCheck::judge(m_runPanel->lastRequest(), outcome);
    // A C++ run alone that failed says so in the status line already.
    if (result == ExerciseCheck::Result::NotCompared && !outcome.cpp.succeeded())
        return;
    const bool solvedNow = result == ExerciseCheck::Result::Solved;
    m_runPanel->showNote(solvedNow ? QStringLiteral("<b>%1</b>").arg(ExerciseCheck::describe(result).toHtmlEscaped())
                                   : ExerciseCheck::describe(result).toHtmlEscaped(),
                         solvedNow ? m_model->solvedMarker() : QIcon());
    if (!solvedNow || m_exercise.solved)
        return;
    m_store.markSolved(m_lesson.id, m_section.id);
    m_exercise.solved = true;
    m_model->markSolved(address());
    m_bar->showExercise(m_exercise, m_model->solvedMarker());
    Q_EMIT solved(address());
}

void ExerciseController::updateActions()
{
    const bool triable = m_hasSection && Exercise::canBeExercise(m_section) && !Exercise::isOpen(m_section);
    const bool trying = isActive() && m_exercise.kind == Exercise::Kind::TryingItYourself;
    m_tryItYourself->setEnabled(triable);
    m_tryItYourself->setChecked(trying);
    m_tryButton->setVisible(triable && !trying);
    m_showLessonCpp->setEnabled(trying);
    m_stopTrying->setEnabled(trying);
    const bool hints = isActive() && !m_exercise.hints.isEmpty();
    m_hint->setEnabled(hints && m_exercise.hasHiddenHints());
    m_hint->setToolTip(!hints ? tr("This section has no hints")
                           : m_exercise.hasHiddenHints()
                           ? tr("Show hint %1 of %2").arg(m_exercise.revealedHints + 1).arg(m_exercise.hints.size())
                           : tr("Every hint is shown"));
}

void ExerciseController::applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours)
{
    m_lessonPane->applyTheme(theme, colours);
    m_hints->applyTheme(theme, colours);
    m_bar->applyColours();
    // The check mark is drawn anew in the theme's colours.
    if (isActive())
        m_bar->showExercise(m_exercise, m_model->solvedMarker());
}

void ExerciseController::setZoom(int steps)
{
    m_lessonPane->setZoom(steps);
    m_hints->setZoom(steps);
}

} // namespace Duet

#include "SteppingController.h"

#include "StepDetailsView.h"
#include "StepMarker.h"
#include "TimelineBar.h"
#include "core/run/RunLimits.h"
#include "core/run/SectionRunner.h"
#include "core/trace/GdbDriver.h"
#include "core/trace/TraceRequest.h"
#include "ui/CodePane.h"
#include "ui/ThemeController.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

/// How TraceSession names a language at the start of a problem ("C++: ..."),
/// untranslated; a problem may run over several lines.
QString problemPrefix(Language language)
{
    return language == Language::Python ? QStringLiteral("Python: ") : QStringLiteral("C++: ");
}

QStringList problemsOf(Language language, const QStringList &problems)
{
    const QString prefix = problemPrefix(language);
    QStringList found;
    for (const QString &problem : problems) {
        if (problem.startsWith(prefix))
            found.append(problem.mid(prefix.size()));
    }
    return found;
}

/// A failure's reason, one problem per language, back into its problems.
QStringList splitProblems(const QString &reason)
{
    QStringList problems;
    const QStringList lines = reason.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const bool starts
            = line.startsWith(problemPrefix(Language::Python)) || line.startsWith(problemPrefix(Language::Cpp));
        if (starts || problems.isEmpty())
            problems.append(line);
        else
            problems.last() += QLatin1Char('\n') + line;
    }
    return problems;
}

} // namespace

SteppingController::SteppingController(CodePane *pythonPane, CodePane *cppPane, ThemeController *themes,
                                       QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_themes(themes)
    , m_pythonAvailable(!SectionRunner::findPython().isEmpty())
    , m_gdbAvailable(!GdbDriver::findGdb().isEmpty())
{
    m_stepBoth = makeAction(QStringLiteral("stepBoth"), QStringLiteral("debug-step-into"), tr("&Step Both"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B),
                            tr("Record the Python and the C++ line by line, then step through them side by side, "
                               "in step by their linked regions"));
    m_stepPython = makeAction(QStringLiteral("stepPython"), QStringLiteral("debug-step-into"), tr("Step P&ython"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                              tr("Record the Python line by line, then step through it"));
    m_stepCpp = makeAction(QStringLiteral("stepCpp"), QStringLiteral("debug-step-into"), tr("Step &C++"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                           tr("Compile the C++ for debugging, record it line by line with gdb, then step through it"));
    m_first = makeAction(QStringLiteral("firstStep"), QStringLiteral("go-first"), tr("&First Step"),
                         QKeySequence(Qt::ALT | Qt::Key_Home), tr("Go to the first step"));
    m_back = makeAction(QStringLiteral("stepBack"), QStringLiteral("go-previous"), tr("Step &Back"),
                        QKeySequence(Qt::ALT | Qt::Key_Comma), tr("One step back"));
    m_forward = makeAction(QStringLiteral("stepForward"), QStringLiteral("go-next"), tr("Step &Forward"),
                           QKeySequence(Qt::ALT | Qt::Key_Period), tr("One step forward"));
    m_last = makeAction(QStringLiteral("lastStep"), QStringLiteral("go-last"), tr("&Last Step"),
                        QKeySequence(Qt::ALT | Qt::Key_End), tr("Go to the last step"));
    m_exit = makeAction(QStringLiteral("exitStepping"), QStringLiteral("process-stop"), tr("E&xit Stepping"),
                        QKeySequence(Qt::Key_Escape), tr("Leave the recorded steps and edit the programs again"));
    connect(m_stepBoth, &QAction::triggered, this, [this] { start(true, true); });
    connect(m_stepPython, &QAction::triggered, this, [this] { start(true, false); });
    connect(m_stepCpp, &QAction::triggered, this, [this] { start(false, true); });
    connect(m_first, &QAction::triggered, this, [this] { setPosition(0); });
    connect(m_back, &QAction::triggered, this, [this] { setPosition(m_position - 1); });
    connect(m_forward, &QAction::triggered, this, [this] { setPosition(m_position + 1); });
    connect(m_last, &QAction::triggered, this, [this] { setPosition(m_timeline.size() - 1); });
    connect(m_exit, &QAction::triggered, this, &SteppingController::end);
    // Escape leaves stepping from the controls and the step details. A pane
    // keeps Escape for itself (Escape then Tab leaves it), and so does the
    // Find bar: the key is bound only inside the stepping widgets.
    m_window->removeAction(m_exit);
    m_exit->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_bar = new TimelineBar({m_first, m_back, m_forward, m_last, m_exit}, window);
    m_bar->addAction(m_exit);
    m_bar->hide();
    connect(m_bar, &TimelineBar::positionRequested, this, &SteppingController::setPosition);

    for (auto [column, pane] : {std::pair {&m_python, pythonPane}, std::pair {&m_cpp, cppPane}}) {
        const Language language = pane->language();
        column->pane = pane;
        column->splitter = new QSplitter(Qt::Vertical, window);
        column->splitter->setChildrenCollapsible(false);
        column->details = new StepDetailsView(language, column->splitter);
        column->splitter->addWidget(pane);
        column->splitter->addWidget(column->details);
        column->splitter->setStretchFactor(0, 2);
        column->splitter->setStretchFactor(1, 1);
        column->details->hide();
        column->splitter->addAction(m_exit);
        column->marker = new StepMarker(pane);
        connect(pane, &CodePane::programEdited, this, [this, language] { programEdited(language); });
    }

    connect(themes, &ThemeController::coloursChanged, this, &SteppingController::applyColours);
    connect(themes, &ThemeController::zoomChanged, this, &SteppingController::applyZoom);
    applyZoom(themes->zoom());
    updateActions();
}

SteppingController::~SteppingController()
{
    discardSession();
}

QAction *SteppingController::makeAction(const QString &name, const QString &icon, const QString &text,
                                        const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    // Window-wide, like the window's other commands, menus shown or not.
    m_window->addAction(action);
    return action;
}

QSplitter *SteppingController::column(Language language) const
{
    return columnOf(language).splitter;
}

const SteppingController::Column &SteppingController::columnOf(Language language) const
{
    return language == Language::Python ? m_python : m_cpp;
}

StepDetailsView *SteppingController::details(Language language) const
{
    return columnOf(language).details;
}

StepMarker *SteppingController::marker(Language language) const
{
    return columnOf(language).marker;
}

const Trace *SteppingController::trace(Language language) const
{
    const auto &trace = language == Language::Python ? m_traces.python : m_traces.cpp;
    return trace ? &*trace : nullptr;
}

void SteppingController::addActionsTo(QMenu *menu) const
{
    menu->addAction(m_stepBoth);
    menu->addAction(m_stepPython);
    menu->addAction(m_stepCpp);
    menu->addSeparator();
    menu->addAction(m_first);
    menu->addAction(m_back);
    menu->addAction(m_forward);
    menu->addAction(m_last);
    menu->addAction(m_exit);
}

void SteppingController::setSection(const Section &section)
{
    if (m_state != State::Idle) {
        end();
        showStatus(tr("Stepping ended because you moved to another page."));
    }
    m_section = section;
    updateActions();
}

void SteppingController::start(bool python, bool cpp)
{
    end();
    python = python && m_section.hasPython();
    cpp = cpp && m_section.hasCpp();
    if (!python && !cpp)
        return;
    m_requestedPython = python;
    m_requestedCpp = cpp;
    m_compilerOutput.clear();
    m_pythonProgress = python ? tr("Recording the Python…") : QString();
    m_cppProgress = cpp ? tr("Recording the C++…") : QString();

    TraceSession::Request request;
    request.python = python;
    request.cpp = cpp;
    request.pythonProgram = {m_python.pane->text(), m_python.pane->isEdited()};
    request.cppProgram = {m_cpp.pane->text(), m_cpp.pane->isEdited()};
    m_cppEdited = request.cppProgram.edited;
    request.limits = RunLimits::fromSettings();
    request.maxSteps = TraceRequest::maxStepsFromSettings();
    if (m_standardInput)
        request.standardInput = m_standardInput();

    m_session = new TraceSession(this);
    connectSession(m_session);
    setState(State::Recording);
    m_bar->setCount(0);
    m_bar->show();
    m_bar->focusControls();
    showProgress();
    m_session->start(m_section, request);
}

void SteppingController::connectSession(TraceSession *session)
{
    connect(session, &TraceSession::compileStarted, this, [this] {
        m_cppProgress = tr("the C++: compiling it for the debugger…");
        showProgress();
    });
    connect(session, &TraceSession::compileFinished, this, [this](bool reused) {
        m_cppProgress = reused ? tr("the C++: recording under gdb (the debug build was cached)…")
                               : tr("the C++: compiled, recording under gdb…");
        m_cpp.pane->setDiagnostics({});
        showProgress();
    });
    connect(session, &TraceSession::compileFailed, this,
            [this](const Diagnostics &diagnostics, const QString &compilerOutput) {
                // The compiler names lines of the lesson's file; the pane
                // shows the program without its markers (an edit: as typed).
                const QList<int> &sourceLines = m_cppEdited ? QList<int>() : m_section.cpp.sourceLines;
                Diagnostics marked;
                for (const Diagnostic &diagnostic : diagnostics) {
                    Diagnostic shown = diagnostic;
                    shown.line = diagnostic.displayedLine > 0 ? diagnostic.displayedLine
                        : sourceLines.isEmpty()               ? diagnostic.line
                                                              : int(sourceLines.indexOf(diagnostic.line)) + 1;
                    if (shown.line > 0)
                        marked.append(shown);
                }
                m_cpp.pane->setDiagnostics(marked);
                m_compilerOutput = compilerOutput;
                m_cppProgress = tr("the C++ did not compile.");
                showProgress();
            });
    connect(session, &TraceSession::traceRecorded, this, [this](const Trace &trace) {
        const QString text = tr("the %1: recorded.").arg(languageName(trace.language));
        (trace.language == Language::Python ? m_pythonProgress : m_cppProgress) = text;
        showProgress();
    });
    connect(session, &TraceSession::finished, this, &SteppingController::showTraces);
    connect(session, &TraceSession::failed, this, &SteppingController::recordingFailed);
}

void SteppingController::showProgress()
{
    QStringList parts;
    for (const QString &part : {m_pythonProgress, m_cppProgress}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    m_bar->showBusy(tr("%1 Esc stops.").arg(text));
}

void SteppingController::discardSession()
{
    if (!m_session)
        return;
    // Disconnected first: nothing the old session still reports shows up.
    m_session->disconnect(this);
    m_session->stop();
    m_session->deleteLater();
    m_session.clear();
}

void SteppingController::recordingFailed(const QString &reason)
{
    discardSession();
    const QStringList problems = splitProblems(reason);
    setState(State::Failed);
    m_bar->setCount(0);
    m_bar->showMessage(tr("Nothing could be recorded. %1").arg(problems.join(QLatin1Char(' '))), true);
    if (m_requestedPython)
        showNotRecorded(Language::Python, problems);
    if (m_requestedCpp)
        showNotRecorded(Language::Cpp, problems);
    m_bar->focusControls();
}

void SteppingController::showNotRecorded(Language language, const QStringList &problems)
{
    const QStringList own = problemsOf(language, problems);
    details(language)->showNotRecorded(own.isEmpty() ? tr("no reason was given") : own.join(QLatin1Char('\n')),
                                       language == Language::Cpp ? m_compilerOutput : QString());
    showDetails(language, true);
}

void SteppingController::showTraces(const TraceSet &traces)
{
    discardSession();
    // Nothing of traces shown before stays: a new trace may print as much.
    m_python.details->clear();
    m_cpp.details->clear();
    m_traces = traces;
    m_timeline = SteppingTimeline(traces);
    m_position = 0;
    setState(State::Stepping);
    m_bar->show();
    for (const Language language : {Language::Python, Language::Cpp}) {
        const bool requested = language == Language::Python ? m_requestedPython : m_requestedCpp;
        if (trace(language))
            showDetails(language, true);
        else if (requested)
            showNotRecorded(language, traces.problems);
        else
            showDetails(language, false);
    }
    m_bar->setCount(m_timeline.size());
    m_bar->showMessage(summary(), !traces.problems.isEmpty());
    if (m_timeline.isEmpty()) {
        updateActions();
        m_bar->focusControls();
        return;
    }
    setPosition(0);
    m_bar->focusControls();
}

QString SteppingController::summary() const
{
    QStringList parts;
    for (const Language language : {Language::Python, Language::Cpp}) {
        const Trace *recorded = trace(language);
        if (!recorded)
            continue;
        const QString name = languageName(language);
        const int steps = int(recorded->steps.size());
        if (recorded->truncated)
            parts.append(tr("The %1 was stopped at the step bound, after %2 steps; the steps until then are shown.")
                             .arg(name, QLocale().toString(steps)));
        else
            parts.append(tr("The %1: %2 steps, %3.").arg(name, QLocale().toString(steps), recorded->describeEnding()));
    }
    for (const QString &problem : m_traces.problems)
        parts.append(tr("Not recorded — %1").arg(problem.section(QLatin1Char('\n'), 0, 0)));
    if (m_timeline.isEmpty())
        parts.append(tr("There are no steps to show."));
    parts.append(tr("Editing a program ends stepping."));
    return parts.join(QLatin1Char(' '));
}

void SteppingController::setPosition(int position)
{
    if (m_state != State::Stepping || m_timeline.isEmpty())
        return;
    m_position = qBound(0, position, m_timeline.size() - 1);
    m_bar->setPosition(m_position);
    const SteppingTimeline::Moment moment = m_timeline.at(m_position);
    for (const Language language : {Language::Python, Language::Cpp}) {
        const Trace *recorded = trace(language);
        if (!recorded)
            continue;
        const SteppingTimeline::Side &side = moment.of(language);
        const bool valid = side.step >= 0 && side.step < recorded->steps.size();
        if (valid)
            marker(language)->mark(recorded->steps.at(side.step).line, side.waits);
        else
            marker(language)->clear();
        details(language)->showStep(*recorded, valid ? side.step : -1, side.waits);
    }
    updateActions();
    Q_EMIT positionChanged(m_position);
}

void SteppingController::end()
{
    discardSession();
    m_python.marker->clear();
    m_cpp.marker->clear();
    showDetails(Language::Python, false);
    showDetails(Language::Cpp, false);
    // The focus leaves the bar before it hides, for the code it was about.
    if (m_bar->isAncestorOf(QApplication::focusWidget()))
        (m_requestedPython && !m_requestedCpp ? m_python : m_cpp).pane->editor()->setFocus(Qt::OtherFocusReason);
    m_bar->hide();
    m_traces = {};
    m_timeline = {};
    m_position = 0;
    setState(State::Idle);
}

void SteppingController::showDetails(Language language, bool shown)
{
    const Column &column = columnOf(language);
    if (!shown) {
        column.details->clear();
        column.details->hide();
        return;
    }
    const bool appearing = column.details->isHidden();
    column.details->show();
    if (appearing) {
        // A third of the column for the locals and the output, at first.
        const QList<int> sizes = column.splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total > 0 && sizes.value(1) < total / 5)
            column.splitter->setSizes({total - total / 3, total / 3});
    }
}

void SteppingController::programEdited(Language language)
{
    if (m_state == State::Idle)
        return;
    end();
    showStatus(tr("Stepping ended because you edited the %1; your edit is kept. Step again to record it.")
                   .arg(languageName(language)));
}

void SteppingController::showStatus(const QString &text)
{
    if (m_window && m_window->statusBar())
        m_window->statusBar()->showMessage(text, 8000);
}

void SteppingController::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    updateActions();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SteppingController::updateActions()
{
    const bool recording = m_state == State::Recording;
    const bool canPython = !recording && m_section.hasPython() && m_pythonAvailable;
    const bool canCpp = !recording && m_section.hasCpp() && m_gdbAvailable;
    m_stepPython->setEnabled(canPython);
    m_stepCpp->setEnabled(canCpp);
    m_stepBoth->setEnabled(canPython && canCpp);
    if (!m_pythonAvailable)
        m_stepPython->setStatusTip(tr("No python3 was found on PATH, so the Python cannot be stepped."));
    if (!m_gdbAvailable)
        m_stepCpp->setStatusTip(tr("No gdb was found on PATH, so the C++ cannot be stepped."));
    const bool stepping = m_state == State::Stepping && !m_timeline.isEmpty();
    const int last = m_timeline.size() - 1;
    m_first->setEnabled(stepping && m_position > 0);
    m_back->setEnabled(stepping && m_position > 0);
    m_forward->setEnabled(stepping && m_position < last);
    m_last->setEnabled(stepping && m_position < last);
    m_exit->setEnabled(m_state != State::Idle);
}

void SteppingController::applyColours()
{
    const ThemeColours &colours = m_themes->colours();
    m_python.marker->applyColours(colours);
    m_cpp.marker->applyColours(colours);
    m_python.details->restyle();
    m_cpp.details->restyle();
}

void SteppingController::applyZoom(int steps)
{
    m_python.details->setZoom(steps);
    m_cpp.details->setZoom(steps);
    m_bar->setFont(ThemeController::zoomedFont(QApplication::font(m_bar), steps));
}

} // namespace Duet

#include "RunPanel.h"

#include "ComparisonView.h"
#include "OutputView.h"
#include "core/run/CompilerOutputLinker.h"
#include "core/run/ProgramCompiler.h"
#include "core/run/RunLimits.h"
#include "core/run/SectionRunner.h"
#include "ui/ActionButton.h"

#include "ui/ThemeController.h"

#include "core/settings/Settings.h"
#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Duet
{

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_runCpp(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run C++"), this))
    , m_runPython(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run Python"), this))
    , m_runBoth(new QAction(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("Run Both"), this))
    , m_runCppRepeated(new QAction(QIcon::fromTheme(QStringLiteral("media-playlist-repeat")), tr("Run C++ ×N"), this))
    , m_runPythonRepeated(
          new QAction(QIcon::fromTheme(QStringLiteral("media-playlist-repeat")), tr("Run Python ×N"), this))
    , m_stop(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this))
    , m_showInput(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Input"), this))
    , m_repeatCount(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_note(new QWidget(this))
    , m_noteIcon(new QLabel(m_note))
    , m_noteText(new QLabel(m_note))
    , m_views(new QStackedWidget(this))
    , m_output(new OutputView(this))
    , m_comparison(new ComparisonView(this))
    , m_input(new QPlainTextEdit(this))
    , m_pythonAvailable(!SectionRunner::findPython().isEmpty())
{
    m_runCpp->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runCpp->setToolTip(tr("Run the section's C++ once (Ctrl+R)"));
    m_runPython->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_runPython->setToolTip(m_pythonAvailable ? tr("Run the section's Python once with python3 (Ctrl+Shift+R)")
                                              : tr("No python3 was found on PATH, so the Python cannot be run."));
    m_runBoth->setShortcut(Qt::CTRL | Qt::Key_B);
    m_runBoth->setToolTip(tr("Run the Python and the C++ in turn for the chosen number of rounds, compare their "
                             "outputs, and say what the timings show (Ctrl+B)"));
    m_runCppRepeated->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    m_runCppRepeated->setToolTip(tr("Run the C++ the chosen number of times and show the spread (Ctrl+Shift+B)"));
    m_runPythonRepeated->setToolTip(tr("Run the Python the chosen number of times and show the spread"));
    m_stop->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_stop->setToolTip(tr("Stop the running program or the compiler (Ctrl+.)"));
    m_showInput->setCheckable(true);
    m_showInput->setToolTip(tr("Text given to the program's standard input"));
    connect(m_runCpp, &QAction::triggered, this, [this] { start(RunPlan::single(Language::Cpp)); });
    connect(m_runPython, &QAction::triggered, this, [this] { start(RunPlan::single(Language::Python)); });
    connect(m_runBoth, &QAction::triggered, this, [this] { start(RunPlan::both(m_repeatCount->value())); });
    connect(m_runCppRepeated, &QAction::triggered, this,
            [this] { start(RunPlan::single(Language::Cpp, m_repeatCount->value())); });
    connect(m_runPythonRepeated, &QAction::triggered, this,
            [this] { start(RunPlan::single(Language::Python, m_repeatCount->value())); });
    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->stop();
    });

    static_assert(Setting::runRounds.defaultValue == RunPlan::defaultComparisonRounds);
    m_repeatCount->setRange(int(Setting::runRounds.minimum), int(Setting::runRounds.maximum));
    m_repeatCount->setValue(int(Settings().value(Setting::runRounds)));
    m_repeatCount->setPrefix(tr("×"));
    m_repeatCount->setToolTip(tr("How many rounds Run Both makes, and how often Run ×N runs a program"));
    m_repeatCount->setAccessibleName(tr("Rounds for Run Both and Run ×N"));
    connect(m_repeatCount, &QSpinBox::valueChanged, this,
            [](int value) { Settings().setValue(Setting::runRounds, value); });
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Run status and timing"));
    m_input->setPlaceholderText(tr("Standard input for the program (empty: the program reads end of file)"));
    m_input->setAccessibleName(tr("Standard input"));
    m_input->hide();
    connect(m_showInput, &QAction::toggled, m_input, &QWidget::setVisible);
    connect(m_output, &OutputView::locationActivated, this, &RunPanel::locationActivated);
    m_compileTicker.setInterval(1000);
    connect(&m_compileTicker, &QTimer::timeout, this, &RunPanel::showCompileProgress);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
    for (QAction *action : {m_runCpp, m_runPython, m_runBoth})
        bar->addWidget(actionButton(action, this));
    bar->addWidget(m_repeatCount);
    bar->addWidget(actionButton(m_stop, this));
    bar->addWidget(actionButton(m_showInput, this));
    bar->addSpacing(8);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);

    m_views->addWidget(m_output);
    m_views->addWidget(m_comparison);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_views);
    split->addWidget(m_input);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_noteText->setWordWrap(true);
    m_noteText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteText->setAccessibleName(tr("Check of your program"));
    auto *note = new QHBoxLayout(m_note);
    note->setContentsMargins(8, 2, 8, 4);
    note->setSpacing(6);
    note->addWidget(m_noteIcon, 0, Qt::AlignTop);
    note->addWidget(m_noteText, 1);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    updateActions();
}

RunPanel::~RunPanel() = default;

bool RunPanel::isRunning() const
{
    return m_session && m_session->isRunning();
}

QString RunPanel::statusText() const
{
    return m_status->text();
}

void RunPanel::showNote(const QString &text, const QIcon &icon)
{
    const int size = m_noteText->fontMetrics().height();
    m_noteIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_noteIcon->setVisible(!icon.isNull());
    m_noteText->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString RunPanel::noteText() const
{
    return m_note->isVisible() ? m_noteText->text() : QString();
}

void RunPanel::setSection(const Lesson &lesson, const Section &section)
{
    discardSession();
    showNote({});
    m_lesson = lesson;
    m_section = section;
    m_hasSection = true;
    m_python = {section.python.text, false};
    m_cpp = {section.cpp.text, false};
    m_lastOutcome.reset();
    m_output->clearOutput();
    m_views->setCurrentWidget(m_output);
    setStatus({});
    m_progress->hide();
    updateActions();
}

void RunPanel::setProgramText(Language language, const QString &text, bool edited)
{
    (language == Language::Python ? m_python : m_cpp) = {text, edited};
}

void RunPanel::setStandardInput(const QString &text)
{
    m_input->setPlainText(text);
}

void RunPanel::setRepeatCount(int count)
{
    m_repeatCount->setValue(count);
}

QByteArray RunPanel::standardInput() const
{
    return m_input->isVisible() ? m_input->toPlainText().toUtf8() : QByteArray();
}

void RunPanel::discardSession()
{
    m_compileTicker.stop();
    if (!m_session)
        return;
    // Disconnected first: whatever the old session still reports goes nowhere.
    m_session->disconnect(this);
    m_session->stop();
    m_session->deleteLater();
    m_session.clear();
}

void RunPanel::start(const RunPlan &plan)
{
    if (!m_hasSection || isRunning())
        return;
    discardSession();
    RunRequest request;
    request.section = m_section;
    request.address = m_lesson.address(m_section);
    request.python = m_python;
    request.cpp = m_cpp;
    request.plan = plan;
    request.standardInput = standardInput();
    request.limits = RunLimits::fromSettings();
    m_request = request;
    m_plan = plan;
    CodeListing python = m_section.python;
    python.text = m_python.text;
    if (m_python.edited)
        python.sourceLines.clear();
    m_pythonErrors.emplace(SectionRunner::pythonScriptName(), python);
    if (plan.includes(Language::Python)) {
        m_pythonDiagnostics.clear();
        Q_EMIT diagnosticsChanged(Language::Python, {});
    }
    showNote({});
    m_outputHeading.reset();
    m_output->clearOutput();
    m_views->setCurrentWidget(m_output);
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(tr("Starting…"));

    m_session = new RunSession(this);
    connectSession(m_session);
    m_session->start(request);
    updateActions();
}

void RunPanel::connectSession(RunSession *session)
{
    connect(session, &RunSession::compileStarted, this, &RunPanel::compileStarted);
    connect(session, &RunSession::compileStageStarted, this, [this](ProgramCompiler::Stage stage, int step, int steps) {
        const QString compiler = ProgramCompiler::compilerSummary();
        m_compileActivity = stage == ProgramCompiler::Stage::PrecompilingHeaders
            ? tr("Preparing the standard headers for %1, once for all later compiles (step %2 of %3)…")
                  .arg(compiler)
                  .arg(step)
                  .arg(steps)
            : tr("Compiling with %1…").arg(compiler);
        showCompileProgress();
    });
    connect(session, &RunSession::compiled, this, [this](const CompileReport &report) {
        m_compileTicker.stop();
        if (report.succeeded()) {
            Q_EMIT diagnosticsChanged(Language::Cpp, {});
            setStatus(tr("C++ %1.").arg(report.describe()));
        }
    });
    connect(session, &RunSession::runStarted, this, &RunPanel::runStarted);
    connect(session, &RunSession::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(session, &RunSession::outputReceived, this,
            [this](Language language, const QString &text, bool standardError) {
                if (language != Language::Python)
                    showPythonErrors(m_pythonErrors->finish());
                if (m_plan.compares() && m_outputHeading != language) {
                    m_outputHeading = language;
                    m_output->appendHeading(languageName(language));
                }
                if (language == Language::Python && standardError)
                    showPythonErrors(m_pythonErrors->feed(text));
                else
                    m_output->appendOutput(text, standardError);
            });
    connect(session, &RunSession::finished, this, &RunPanel::finished);
}

void RunPanel::showPythonErrors(const LinkedOutput &errors)
{
    if (errors.text.isEmpty())
        return;
    m_output->appendLinked(errors, true);
    if (!errors.diagnostics.isEmpty()) {
        m_pythonDiagnostics += errors.diagnostics;
        Q_EMIT diagnosticsChanged(Language::Python, m_pythonDiagnostics);
    }
}

void RunPanel::compileStarted()
{
    m_compileClock.start();
    m_compileActivity = tr("Compiling with %1…").arg(ProgramCompiler::compilerSummary());
    m_compileTicker.start();
    showCompileProgress();
}

void RunPanel::showCompileProgress()
{
    const qint64 seconds = m_compileClock.isValid() ? m_compileClock.elapsed() / 1000 : 0;
    setStatus(seconds < 1 ? m_compileActivity : tr("%1 %2 s").arg(m_compileActivity).arg(seconds));
}

void RunPanel::runStarted(Language language, RunSession::RunKind kind, int round)
{
    const QString name = languageName(language);
    const QString what = kind == RunSession::RunKind::Startup
        ? tr("Timing %1's start-up with an empty program").arg(name)
        : tr("Running the %1").arg(name);
    setStatus(m_plan.repeat > 1 ? tr("%1, round %2 of %3…").arg(what).arg(round + 1).arg(m_plan.repeat)
                                : tr("%1…").arg(what));
}

void RunPanel::finished(const RunOutcome &outcome)
{
    m_compileTicker.stop();
    m_progress->hide();
    m_lastOutcome = outcome;
    if (m_pythonErrors)
        showPythonErrors(m_pythonErrors->finish());
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (!language->runs.isEmpty())
            Q_EMIT sectionRan(m_lesson.id, m_section.id, language->language);
    }
    if (outcome.cpp.compile && !outcome.cpp.compile->succeeded())
        showCompileFailure(*outcome.cpp.compile);
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (const RunResult *run = language->decisiveRun(); run && run->outputTruncated)
            m_output->appendNote(
                tr("[the %1's output was cut off at the output limit]").arg(languageName(language->language)));
    }
    m_output->finishRun();
    if (outcome.plan.compares() && outcome.diff) {
        m_comparison->showOutcome(outcome);
        m_views->setCurrentWidget(m_comparison);
    }
    setStatus(finalStatus(outcome), outcome.verdict ? outcome.verdict->method : QString());
    updateActions();
    Q_EMIT runFinished(outcome);
}

void RunPanel::showCompileFailure(const CompileReport &report)
{
    if (report.outcome == CompileReport::Outcome::Cancelled)
        return;
    Diagnostics marked;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.displayedLine <= 0)
            continue;
        Diagnostic shown = diagnostic;
        shown.line = diagnostic.displayedLine;
        marked.append(shown);
    }
    Q_EMIT diagnosticsChanged(Language::Cpp, marked);
    // The compiler's whole output — link errors, errors inside headers, a
    // full disk included — under the file name the learner knows, each place
    // in the program a link to the pane's line.
    CodeListing compiled = m_section.cpp;
    compiled.text = m_cpp.text;
    if (m_cpp.edited)
        compiled.sourceLines.clear();
    m_output->appendLinked(CompilerOutputLinker::link(report.output, {}, compiled), true);
    // No compiler at all, or a cache that cannot be written: Duet's own words.
    if (report.output.trimmed().isEmpty()) {
        for (const Diagnostic &diagnostic : report.diagnostics)
            m_output->appendNote(diagnostic.message);
    }
}

void RunPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The window zooms the run area by its font; the fixed-pitch texts follow.
    if (event->type() == QEvent::FontChange) {
        const QFont fixed = ThemeController::zoomedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont),
                                                        ThemeController::activeZoom());
        m_output->setFont(fixed);
        m_input->setFont(fixed);
        m_comparison->setFixedFont(fixed);
    }
}

QString RunPanel::finalStatus(const RunOutcome &outcome) const
{
    if (outcome.cancelled)
        return tr("Stopped.");
    if (outcome.plan.compares()) {
        // The verdict itself stands in bold above the outputs.
        const qsizetype rounds = qMax(outcome.python.runs.size(), outcome.cpp.runs.size());
        const QString ran = tr("Python and C++ ×%1").arg(rounds);
        if (!outcome.diff)
            return tr("%1: no outputs to compare.").arg(ran);
        return outcome.diff->agrees() ? tr("%1: the outputs match.").arg(ran) : tr("%1: the outputs differ.").arg(ran);
    }
    const Language language = outcome.plan.python ? Language::Python : Language::Cpp;
    const LanguageOutcome &run = outcome.of(language);
    const QString name = languageName(language);
    if (run.status == LanguageOutcome::Status::CompileFailed) {
        return run.compile->markedCount() > 0
            ? tr("The C++ did not compile; what the compiler found is marked in the code.")
            : tr("The C++ did not compile; the compiler's messages are below.");
    }
    const RunResult *last = run.decisiveRun();
    if (!last)
        return tr("%1: %2").arg(name, run.problem());
    QString status;
    if (run.runs.size() > 1 && run.succeeded()) {
        status = tr("%1 ×%2: wall %3").arg(name).arg(run.runs.size()).arg(run.wall().summary());
        if (!run.cpu().isEmpty())
            status += tr(" · CPU median %1").arg(RunResult::formatMilliseconds(run.cpu().median));
        if (!run.startupWall().isEmpty())
            status += tr(" · start-up median %1").arg(RunResult::formatMilliseconds(run.startupWall().median));
    } else {
        status = tr("%1: %2 · %3").arg(name, last->describeEnding(), last->timingLine());
        if (run.runs.size() > 1)
            status += tr(" (run %1 of %2)").arg(last - run.runs.constData() + 1).arg(outcome.plan.repeat);
    }
    if (run.compile && run.compile->outcome == CompileReport::Outcome::Compiled)
        status += tr(" · %1").arg(run.compile->describe());
    return status;
}

void RunPanel::setStatus(const QString &text, const QString &toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip);
}

void RunPanel::updateActions()
{
    const bool idle = m_hasSection && !isRunning();
    const bool canRunPython = idle && m_section.hasPython() && m_pythonAvailable;
    const bool canRunCpp = idle && m_section.hasCpp();
    m_runCpp->setEnabled(canRunCpp);
    m_runCppRepeated->setEnabled(canRunCpp);
    m_runPython->setEnabled(canRunPython);
    m_runPythonRepeated->setEnabled(canRunPython);
    m_runBoth->setEnabled(canRunCpp && canRunPython);
    m_stop->setEnabled(isRunning());
}

} // namespace Duet

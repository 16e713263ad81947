#include "RunPanel.h"

#include "ComparisonView.h"
#include "OutputView.h"
#include "core/run/OutputComparison.h"
#include "core/run/ProgramCompiler.h"
#include "core/run/RunLimits.h"
#include "core/run/RunStatistics.h"
#include "core/run/SectionRunner.h"

#include <QAction>
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

namespace
{

int slot(Language language)
{
    return language == Language::Python ? 0 : 1;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new SectionRunner(this))
    , m_runCpp(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run C++"), this))
    , m_runPython(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run Python"), this))
    , m_runBoth(new QAction(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("Run Both"), this))
    , m_runRepeated(new QAction(QIcon::fromTheme(QStringLiteral("media-playlist-repeat")), tr("Run C++ ×N"), this))
    , m_stop(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this))
    , m_showInput(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Input"), this))
    , m_repeatCount(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_output(new OutputView(this))
    , m_comparison(new ComparisonView(this))
    , m_input(new QPlainTextEdit(this))
    , m_pythonAvailable(!SectionRunner::findPython().isEmpty())
{
    m_runCpp->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runCpp->setToolTip(tr("Run the section's C++ (Ctrl+R)"));
    m_runPython->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_runPython->setToolTip(m_pythonAvailable ? tr("Run the section's Python with python3 (Ctrl+Shift+R)")
                                              : tr("No python3 was found on PATH, so the Python cannot be run."));
    m_runBoth->setShortcut(Qt::CTRL | Qt::Key_B);
    m_runBoth->setToolTip(tr("Run the Python, then the C++, and compare their outputs and timings (Ctrl+B)"));
    m_runRepeated->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    m_runRepeated->setToolTip(tr("Run the C++ several times and show min, median and max (Ctrl+Shift+B)"));
    m_stop->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_stop->setToolTip(tr("Stop the running program or the compiler (Ctrl+.)"));
    m_showInput->setCheckable(true);
    m_showInput->setToolTip(tr("Text given to the program's standard input"));
    connect(m_runCpp, &QAction::triggered, this, [this] { start({{Language::Cpp}, 1, false}); });
    connect(m_runPython, &QAction::triggered, this, [this] { start({{Language::Python}, 1, false}); });
    connect(m_runBoth, &QAction::triggered, this, [this] { start({{Language::Python, Language::Cpp}, 1, true}); });
    connect(m_runRepeated, &QAction::triggered, this, [this] {
        start({{Language::Cpp}, m_repeatCount->value(), false});
    });
    connect(m_stop, &QAction::triggered, m_runner, &SectionRunner::stop);

    m_repeatCount->setRange(2, 1000);
    m_repeatCount->setValue(10);
    m_repeatCount->setPrefix(tr("×"));
    m_repeatCount->setAccessibleName(tr("How many times Run ×N runs the C++"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Run status and timing"));
    m_input->setPlaceholderText(tr("Standard input for the program (empty: the program reads end of file)"));
    m_input->setAccessibleName(tr("Standard input"));
    m_input->hide();
    connect(m_showInput, &QAction::toggled, m_input, &QWidget::setVisible);

    connect(m_runner, &SectionRunner::compileStarted, this, [this] {
        // Which compiler builds the learner's code is part of what its timing means.
        const QString compiler = ProgramCompiler::compilerSummary();
        m_status->setText(compiler.isEmpty() ? tr("Compiling…") : tr("Compiling with %1…").arg(compiler));
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_runner, &SectionRunner::compileFinished, this, [this] { Q_EMIT diagnosticsChanged(Language::Cpp, {}); });
    connect(m_runner, &SectionRunner::compileFailed, this,
            [this](const Diagnostics &diagnostics, const QString &) { compileFailed(diagnostics); });
    connect(m_runner, &SectionRunner::started, this, [this] {
        if (m_plan.repeat == 1)
            m_status->setText(tr("Running the %1…").arg(languageName(m_plan.order.at(m_step))));
    });
    connect(m_runner, &SectionRunner::standardOutputReceived, this, [this](const QByteArray &data) {
        if (m_iteration == 0)
            m_output->appendOutput(QString::fromUtf8(data), false);
    });
    connect(m_runner, &SectionRunner::standardErrorReceived, this, [this](const QByteArray &data) {
        if (m_iteration == 0)
            m_output->appendOutput(QString::fromUtf8(data), true);
    });
    connect(m_runner, &SectionRunner::finished, this, &RunPanel::finished);
    connect(m_output, &OutputView::diagnosticActivated, this, [this](const Diagnostic &diagnostic) {
        Q_EMIT locationActivated(Language::Cpp, diagnostic.line, diagnostic.column);
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
    for (QAction *action : {m_runCpp, m_runPython, m_runBoth})
        bar->addWidget(buttonFor(action, this));
    bar->addWidget(buttonFor(m_runRepeated, this));
    bar->addWidget(m_repeatCount);
    bar->addWidget(buttonFor(m_stop, this));
    bar->addWidget(buttonFor(m_showInput, this));
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    updateActions();
}

RunPanel::~RunPanel() = default;

QString RunPanel::languageName(Language language)
{
    return language == Language::Python ? tr("Python") : tr("C++");
}

bool RunPanel::isRunning() const
{
    return m_running;
}

QString RunPanel::statusText() const
{
    return m_status->text();
}

void RunPanel::setSection(const Lesson &lesson, const Section &section)
{
    if (m_running) {
        m_running = false;
        m_runner->stop();
    }
    m_lesson = lesson;
    m_section = section;
    m_hasSection = true;
    m_programText[slot(Language::Python)] = section.python.text;
    m_programText[slot(Language::Cpp)] = section.cpp.text;
    m_edited[0] = m_edited[1] = false;
    m_output->clearOutput();
    m_views->setCurrentWidget(m_output);
    m_status->clear();
    m_progress->hide();
    updateActions();
}

void RunPanel::setProgramText(Language language, const QString &text, bool edited)
{
    m_programText[slot(language)] = text;
    m_edited[slot(language)] = edited;
}

void RunPanel::setStandardInput(const QString &text)
{
    m_input->setPlainText(text);
}

void RunPanel::setRepeatCount(int count)
{
    m_repeatCount->setValue(count);
}

void RunPanel::start(const Plan &plan)
{
    if (!m_hasSection || m_running)
        return;
    m_plan = plan;
    m_step = 0;
    m_iteration = 0;
    m_running = true;
    m_wallTimes[0].clear();
    m_wallTimes[1].clear();
    m_outputs[0].clear();
    m_outputs[1].clear();
    m_output->clearOutput();
    m_views->setCurrentWidget(m_output);
    if (plan.repeat > 1) {
        m_progress->setRange(0, plan.repeat);
        m_progress->setValue(0);
        m_progress->show();
    }
    updateActions();
    runNext();
}

void RunPanel::runNext()
{
    const Language language = m_plan.order.at(m_step);
    if (m_iteration == 0 && m_plan.order.size() > 1)
        m_output->appendOutput(tr("── %1 ──\n").arg(languageName(language)), false);
    const SectionRunner::Program program {language, m_programText[slot(language)], m_edited[slot(language)]};
    m_runner->run(m_section, program, m_input->toPlainText().toUtf8(), RunLimits::fromSettings());
}

void RunPanel::finished(const RunResult &result)
{
    if (!m_running)
        return;
    const Language language = m_plan.order.at(m_step);
    m_last = result;
    if (m_iteration == 0)
        m_outputs[slot(language)] = QString::fromUtf8(result.standardOutput);
    if (result.outputTruncated && m_iteration == 0)
        m_output->appendOutput(tr("\n[output truncated at the output limit]\n"), true);
    if (result.ending == RunResult::Ending::FailedToStart) {
        finishPlan(tr("%1: %2").arg(languageName(language), result.errorMessage));
        return;
    }
    m_wallTimes[slot(language)].append(result.wallMilliseconds);
    Q_EMIT sectionRan(m_lesson.id, m_section.id, language);
    ++m_iteration;
    if (m_plan.repeat > 1)
        m_progress->setValue(m_iteration);
    if (!result.succeeded() || m_iteration >= m_plan.repeat) {
        ++m_step;
        m_iteration = 0;
    }
    if (!result.succeeded() || m_step >= m_plan.order.size()) {
        QString status = tr("%1: %2 · %3").arg(languageName(language), result.describeEnding(), result.timingLine());
        if (m_plan.repeat > 1 && result.succeeded()) {
            const RunStatistics statistics = RunStatistics::of(m_wallTimes[slot(language)]);
            status = tr("%1 ×%2: %3").arg(languageName(language)).arg(statistics.count).arg(statistics.summary());
        }
        if (m_plan.compare && result.succeeded()) {
            const OutputComparison comparison
                = OutputComparison::compare(m_outputs[0], m_outputs[1], m_section.varyingOutput);
            m_comparison->showComparison(comparison, RunStatistics::of(m_wallTimes[0]).median,
                                         RunStatistics::of(m_wallTimes[1]).median);
            m_views->setCurrentWidget(m_comparison);
            status = m_comparison->verdict() + QLatin1Char(' ') + m_comparison->ratioText();
        }
        finishPlan(status);
        return;
    }
    runNext();
}

void RunPanel::compileFailed(const Diagnostics &diagnostics)
{
    m_output->appendDiagnostics(diagnostics);
    Q_EMIT diagnosticsChanged(Language::Cpp, displayedLines(diagnostics));
    const bool cancelled
        = !diagnostics.isEmpty() && diagnostics.constLast().message == QLatin1String("compiling was cancelled");
    finishPlan(cancelled ? tr("Compiling was cancelled.")
                         : tr("The C++ did not compile; the errors are marked in the code."));
}

void RunPanel::finishPlan(const QString &status)
{
    m_running = false;
    m_progress->hide();
    m_status->setText(status);
    updateActions();
}

Diagnostics RunPanel::displayedLines(const Diagnostics &diagnostics) const
{
    // An unedited pack program was compiled as displayed, but its diagnostics
    // name the lines of its file; the pane wants its own lines back.
    if (m_edited[slot(Language::Cpp)])
        return diagnostics;
    Diagnostics displayed;
    for (Diagnostic diagnostic : diagnostics) {
        const qsizetype index = m_section.cpp.sourceLines.indexOf(diagnostic.line);
        if (index >= 0)
            diagnostic.line = int(index) + 1;
        displayed.append(diagnostic);
    }
    return displayed;
}

void RunPanel::updateActions()
{
    const bool idle = m_hasSection && !m_running;
    m_runCpp->setEnabled(idle && m_section.hasCpp());
    m_runRepeated->setEnabled(idle && m_section.hasCpp());
    m_runPython->setEnabled(idle && m_section.hasPython() && m_pythonAvailable);
    m_runBoth->setEnabled(idle && m_section.hasCpp() && m_section.hasPython() && m_pythonAvailable);
    m_stop->setEnabled(m_running);
}

} // namespace Duet

#include "RunPanel.h"

#include "core/run/RunLimits.h"
#include "core/run/SectionRunner.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

namespace Duet
{

namespace
{

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new SectionRunner(this))
    , m_runCpp(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run C++"), this))
    , m_runPython(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run Python"), this))
    , m_stop(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_pythonAvailable(!SectionRunner::findPython().isEmpty())
{
    m_runCpp->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runCpp->setToolTip(tr("Run the section's C++ demo (Ctrl+R)"));
    m_runPython->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_runPython->setToolTip(tr("Run the section's Python with python3 (Ctrl+Shift+R)"));
    m_stop->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_stop->setToolTip(tr("Stop the running program (Ctrl+.)"));
    connect(m_runCpp, &QAction::triggered, this, [this] { run(Language::Cpp); });
    connect(m_runPython, &QAction::triggered, this, [this] { run(Language::Python); });
    connect(m_stop, &QAction::triggered, m_runner, &SectionRunner::stop);

    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Run the demo to see its output here."));
    m_output->setAccessibleName(tr("Program output"));
    m_output->setMaximumBlockCount(20000);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setAccessibleName(tr("Run status and timing"));

    connect(m_runner, &SectionRunner::compileStarted, this, [this] { m_status->setText(tr("Compiling…")); });
    connect(m_runner, &SectionRunner::compileFailed, this, [this](const Diagnostics &diagnostics, const QString &) {
        for (const Diagnostic &diagnostic : diagnostics)
            append(diagnostic.toCompilerString() + QLatin1Char('\n'), true);
        m_status->setText(tr("The program did not compile."));
        updateActions();
    });
    connect(m_runner, &SectionRunner::started, this, [this] {
        m_status->setText(tr("Running…"));
        updateActions();
    });
    connect(m_runner, &SectionRunner::standardOutputReceived, this,
            [this](const QByteArray &data) { append(QString::fromUtf8(data), false); });
    connect(m_runner, &SectionRunner::standardErrorReceived, this,
            [this](const QByteArray &data) { append(QString::fromUtf8(data), true); });
    connect(m_runner, &SectionRunner::finished, this, &RunPanel::showResult);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(buttonFor(m_runCpp, this));
    bar->addWidget(buttonFor(m_runPython, this));
    bar->addWidget(buttonFor(m_stop, this));
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_output, 1);
    updateActions();
}

RunPanel::~RunPanel() = default;

bool RunPanel::isRunning() const
{
    return m_runner->isBusy();
}

void RunPanel::setSection(const Lesson &lesson, const Section &section)
{
    if (m_runner->isBusy())
        m_runner->stop();
    m_lesson = lesson;
    m_section = section;
    m_hasSection = true;
    m_output->clear();
    m_status->clear();
    updateActions();
}

void RunPanel::run(Language language)
{
    if (!m_hasSection || m_runner->isBusy())
        return;
    m_output->clear();
    m_runningLanguage = language;
    const CodeListing &listing = language == Language::Python ? m_section.python : m_section.cpp;
    m_runner->run(m_section, {language, listing.text, false}, {}, RunLimits::fromSettings());
    updateActions();
}

void RunPanel::append(const QString &text, bool error)
{
    QTextCharFormat format;
    if (error)
        format.setForeground(QColor(0xd0, 0x36, 0x2c));
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void RunPanel::showResult(const RunResult &result)
{
    if (result.outputTruncated)
        append(tr("\n[output truncated at the output limit]\n"), true);
    const QString language = m_runningLanguage == Language::Python ? tr("Python") : tr("C++");
    if (result.ending == RunResult::Ending::FailedToStart)
        m_status->setText(tr("%1: %2").arg(language, result.errorMessage));
    else
        m_status->setText(tr("%1: %2 · %3").arg(language, result.describeEnding(), result.timingLine()));
    Q_EMIT sectionRan(m_lesson.id, m_section.id, m_runningLanguage);
    updateActions();
}

void RunPanel::updateActions()
{
    const bool busy = m_runner->isBusy();
    m_runCpp->setEnabled(m_hasSection && !busy && m_section.hasCpp());
    m_runPython->setEnabled(m_hasSection && !busy && m_section.hasPython() && m_pythonAvailable);
    if (!m_pythonAvailable)
        m_runPython->setToolTip(tr("No python3 was found on PATH, so the Python cannot be run."));
    m_stop->setEnabled(busy);
}

} // namespace Duet

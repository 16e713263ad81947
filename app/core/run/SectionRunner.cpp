#include "SectionRunner.h"

#include "ProcessRunner.h"
#include "ProgramCompiler.h"

#include "core/sandbox/PackTrust.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

namespace Duet
{

SectionRunner::SectionRunner(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
    , m_compiler(new ProgramCompiler(this))
{
    connect(m_runner, &ProcessRunner::started, this, &SectionRunner::started);
    connect(m_runner, &ProcessRunner::standardOutputReceived, this, &SectionRunner::standardOutputReceived);
    connect(m_runner, &ProcessRunner::standardErrorReceived, this, &SectionRunner::standardErrorReceived);
    connect(m_runner, &ProcessRunner::finished, this, &SectionRunner::finished);
    connect(m_compiler, &ProgramCompiler::stageStarted, this,
            [this](ProgramCompiler::Stage stage, int step, int steps) {
                if (stage == ProgramCompiler::Stage::PrecompilingHeaders)
                    m_report.builtPrecompiledHeader = true;
                Q_EMIT compileStageStarted(stage, step, steps);
            });
    connect(m_compiler, &ProgramCompiler::finished, this, &SectionRunner::compileFinished);
    connect(m_compiler, &ProgramCompiler::failed, this, &SectionRunner::compileFailed);
}

SectionRunner::~SectionRunner() = default;

QString SectionRunner::findPython()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void SectionRunner::run(const Section &section, const Program &program, const QByteArray &standardInput,
                        const RunLimits &limits)
{
    Q_ASSERT(!isBusy());
    m_standardInput = standardInput;
    m_limits = limits;
    // Built-in lessons and the learner's own edits of them may run even where
    // no sandbox can be made; a pack from a folder only once trusted.
    m_trusted = PackTrust::isTrusted(section);

    if (program.language == Language::Python) {
        const QString python = findPython();
        if (python.isEmpty()) {
            failToStart(QStringLiteral("no python3 found on PATH"));
            return;
        }
        // A file, not `python3 -c`, so tracebacks name a line a learner can
        // find; in the run's own scratch folder, so no other run sees it.
        // -I keeps the script's folder and the working directory off
        // sys.path (what -P does from 3.11 on) and ignores PYTHON* variables
        // and the user's site-packages, so nothing can shadow a module.
        ProcessRunner::Request request = programRequest(python, {QStringLiteral("-I"), pythonScriptName()});
        request.scratchFiles = {{pythonScriptName(), program.text.toUtf8()}};
        request.readOnlyPaths = interpreterPaths(python);
        m_runner->start(request);
        return;
    }

    if (!program.edited && !section.demoExecutable.isEmpty()) {
        startProgram(section.demoExecutable, {});
        return;
    }
    m_runAfterCompile = true;
    compile(section, program);
}

void SectionRunner::prepare(const Section &section, const Program &program)
{
    Q_ASSERT(!isBusy() && program.language == Language::Cpp);
    if (!program.edited && !section.demoExecutable.isEmpty()) {
        CompileReport report;
        report.outcome = CompileReport::Outcome::Prebuilt;
        QTimer::singleShot(0, this, [this, report] { Q_EMIT compiled(report); });
        return;
    }
    m_runAfterCompile = false;
    compile(section, program);
}

void SectionRunner::compile(const Section &section, const Program &program)
{
    ProgramCompiler::Request request;
    request.source = program.text;
    request.sourceName = section.cpp.fileName.isEmpty() ? section.id + QLatin1String(".cpp") : section.cpp.fileName;
    // Unedited text maps back to the pack's file; edited text is its own.
    m_sourceLines = program.edited ? QList<int>() : section.cpp.sourceLines;
    request.sourceLines = m_sourceLines;
    m_report = CompileReport {};
    m_report.compiler = ProgramCompiler::compilerSummary();
    m_compiling = true;
    m_cancelling = false;
    m_compileClock.start();
    Q_EMIT compileStarted();
    m_compiler->compile(request);
}

void SectionRunner::compileFinished(const QString &executable, bool reused)
{
    m_compiling = false;
    m_report.outcome = reused ? CompileReport::Outcome::Reused : CompileReport::Outcome::Compiled;
    m_report.milliseconds = reused ? 0 : double(m_compileClock.nsecsElapsed()) / 1e6;
    // Read before the signal: a receiver may start the next run from it.
    const bool runNow = std::exchange(m_runAfterCompile, false);
    Q_EMIT compiled(m_report);
    if (runNow)
        startProgram(executable, {});
}

void SectionRunner::compileFailed(const CompileFailure &failure)
{
    m_compiling = false;
    m_report.outcome = m_cancelling || failure.reason == CompileFailure::Reason::Cancelled
        ? CompileReport::Outcome::Cancelled
        : CompileReport::Outcome::Failed;
    m_report.milliseconds = double(m_compileClock.nsecsElapsed()) / 1e6;
    // Without a compiler or a writable cache the compiler said nothing, or
    // not why: the reason comes first.
    QStringList output;
    if (failure.reason != CompileFailure::Reason::Failed || failure.output.isEmpty())
        output.append(failure.message);
    if (!failure.output.isEmpty())
        output.append(failure.output);
    m_report.output = output.join(QLatin1String("\n\n"));
    m_report.diagnostics = failure.diagnostics;
    // Unedited pack code was compiled as displayed, but its diagnostics name
    // the lines of its file; the pane wants its own lines too.
    for (Diagnostic &diagnostic : m_report.diagnostics) {
        if (diagnostic.line <= 0)
            continue;
        if (m_sourceLines.isEmpty())
            diagnostic.displayedLine = diagnostic.line;
        else if (const qsizetype index = m_sourceLines.indexOf(diagnostic.line); index >= 0)
            diagnostic.displayedLine = int(index) + 1;
    }
    Q_EMIT compiled(m_report);
}

void SectionRunner::stop()
{
    if (m_compiling) {
        m_cancelling = true;
        m_compiler->cancel();
    } else {
        m_runner->stop();
    }
}

bool SectionRunner::isBusy() const
{
    return m_compiling || m_runner->isRunning();
}

ProcessRunner::Request SectionRunner::programRequest(const QString &program, const QStringList &arguments) const
{
    ProcessRunner::Request request;
    request.program = program;
    request.arguments = arguments;
    request.standardInput = m_standardInput;
    request.limits = m_limits;
    request.trusted = m_trusted;
    request.outputToTerminal = true;
    return request;
}

void SectionRunner::startProgram(const QString &program, const QStringList &arguments)
{
    m_runner->start(programRequest(program, arguments));
}

QStringList SectionRunner::interpreterPaths(const QString &python)
{
    const QFileInfo interpreter(QFileInfo(python).canonicalFilePath());
    if (interpreter.dir().dirName() == QLatin1String("bin"))
        return {QFileInfo(interpreter.path()).path()};
    return {};
}

QString SectionRunner::pythonScriptName()
{
    return QStringLiteral("duet-section.py");
}

void SectionRunner::failToStart(const QString &message)
{
    RunResult result;
    result.ending = RunResult::Ending::FailedToStart;
    result.errorMessage = message;
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

} // namespace Duet

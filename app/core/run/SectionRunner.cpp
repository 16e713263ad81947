#include "SectionRunner.h"

#include "ProcessRunner.h"
#include "ProgramCompiler.h"

#include "core/sandbox/PackTrust.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

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
    connect(m_compiler, &ProgramCompiler::finished, this, [this](const QString &executable, bool reused) {
        m_compiling = false;
        Q_EMIT compileFinished(reused);
        startProgram(executable, {});
    });
    connect(m_compiler, &ProgramCompiler::failed, this, [this](const CompileFailure &failure) {
        m_compiling = false;
        Q_EMIT compileFailed(failure.diagnosticsWithOutput(), failure.output);
        Q_EMIT compileFailedWith(failure);
    });
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
        // An interpreter outside /usr (/opt/python3.13, ~/.pyenv/…) needs its
        // own prefix to find its standard library.
        const QFileInfo interpreter(QFileInfo(python).canonicalFilePath());
        if (interpreter.dir().dirName() == QLatin1String("bin"))
            request.readOnlyPaths = {QFileInfo(interpreter.path()).path()};
        m_runner->start(request);
        return;
    }

    if (!program.edited && !section.demoExecutable.isEmpty()) {
        startProgram(section.demoExecutable, {});
        return;
    }
    ProgramCompiler::Request request;
    request.source = program.text;
    request.sourceName = section.cpp.fileName.isEmpty() ? section.id + QLatin1String(".cpp") : section.cpp.fileName;
    // Unedited text maps back to the pack's file; edited text is its own.
    if (!program.edited)
        request.sourceLines = section.cpp.sourceLines;
    m_compiling = true;
    Q_EMIT compileStarted();
    m_compiler->compile(request);
}

void SectionRunner::stop()
{
    if (m_compiling)
        m_compiler->cancel();
    else
        m_runner->stop();
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
    return request;
}

void SectionRunner::startProgram(const QString &program, const QStringList &arguments)
{
    m_runner->start(programRequest(program, arguments));
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

#include "SectionRunner.h"

#include "ProcessRunner.h"
#include "ProgramCompiler.h"

#include <QDir>
#include <QSaveFile>
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
    connect(m_compiler, &ProgramCompiler::failed, this, [this](const Diagnostics &diagnostics, const QString &output) {
        m_compiling = false;
        Q_EMIT compileFailed(diagnostics, output);
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

    if (program.language == Language::Python) {
        const QString python = findPython();
        if (python.isEmpty()) {
            failToStart(QStringLiteral("no python3 found on PATH"));
            return;
        }
        // A file, not `python3 -c`, so tracebacks name a line a learner can find.
        const QString folder
            = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/python");
        QDir().mkpath(folder);
        QSaveFile script(QDir(folder).filePath(section.id + QLatin1String(".py")));
        if (!script.open(QIODevice::WriteOnly) || script.write(program.text.toUtf8()) < 0 || !script.commit()) {
            failToStart(QStringLiteral("cannot write the Python program to %1: %2").arg(folder, script.errorString()));
            return;
        }
        startProgram(python, {script.fileName()});
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

void SectionRunner::startProgram(const QString &program, const QStringList &arguments)
{
    ProcessRunner::Request request;
    request.program = program;
    request.arguments = arguments;
    request.standardInput = m_standardInput;
    request.workingDirectory = QDir::tempPath();
    request.limits = m_limits;
    m_runner->start(request);
}

void SectionRunner::failToStart(const QString &message)
{
    RunResult result;
    result.ending = RunResult::Ending::FailedToStart;
    result.errorMessage = message;
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

} // namespace Duet

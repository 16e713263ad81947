#include "ProgramCompiler.h"

#include "CompilerCacheKey.h"
#include "PrecompiledHeader.h"
#include "ProcessRunner.h"
#include "RunLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Duet
{

namespace
{

constexpr auto sourceFileName = QLatin1StringView("program.cpp");
constexpr auto executableName = QLatin1StringView("program");

Diagnostic::Severity severityOf(QStringView word)
{
    if (word == QLatin1String("warning"))
        return Diagnostic::Severity::Warning;
    if (word == QLatin1String("note"))
        return Diagnostic::Severity::Note;
    return Diagnostic::Severity::Error;
}

/// A compiler needs more room than a lesson program, and more time.
ProcessRunner::Request compilerRun(const QString &compiler, const QStringList &arguments, const QString &directory)
{
    ProcessRunner::Request run;
    run.program = compiler;
    run.arguments = arguments;
    run.workingDirectory = directory;
    run.limits.wallMilliseconds = 300'000;
    run.limits.cpuSeconds = 300;
    run.limits.addressSpaceBytes = qint64(8) << 30;
    run.limits.fileSizeBytes = qint64(2) << 30;
    run.limits.outputBytesPerStream = qint64(4) << 20;
    return run;
}

} // namespace

ProgramCompiler::ProgramCompiler(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
{
    connect(m_runner, &ProcessRunner::finished, this, [this](const RunResult &result) {
        if (m_buildingHeader)
            headerStepFinished(result);
        else
            programCompiled(result);
    });
}

ProgramCompiler::~ProgramCompiler() = default;

QString ProgramCompiler::findCompiler()
{
    const QString fromEnvironment = qEnvironmentVariable("CXX");
    if (!fromEnvironment.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(fromEnvironment);
        if (!found.isEmpty())
            return found;
    }
    for (const QLatin1StringView name : {QLatin1StringView("clang++"), QLatin1StringView("g++")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QStringList ProgramCompiler::compileFlags(bool forDebugging)
{
    QStringList flags {QStringLiteral("-std=c++23")};
    if (forDebugging)
        flags += {QStringLiteral("-O0"), QStringLiteral("-g")};
    else
        flags += QStringLiteral("-O2");
    flags += {QStringLiteral("-Wall"), QStringLiteral("-Wextra"), QStringLiteral("-pthread"),
              QStringLiteral("-fdiagnostics-color=never")};
    return flags;
}

QString ProgramCompiler::compilerSummary()
{
    const QString compiler = findCompiler();
    if (compiler.isEmpty())
        return {};
    QStringList words {QFileInfo(compiler).fileName()};
    for (const QString &flag : compileFlags()) {
        if (flag.startsWith(QLatin1String("-std=")) || flag.startsWith(QLatin1String("-O")))
            words.append(flag);
    }
    return words.join(QLatin1Char(' '));
}

Diagnostics ProgramCompiler::parseDiagnostics(const QString &output, const QString &compiledFile,
                                              const Request &request)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.+?):(\d+):(?:(\d+):)? (fatal error|error|warning|note): (.*)$)"),
        QRegularExpression::MultilineOption);
    Diagnostics diagnostics;
    for (auto match = pattern.globalMatch(output); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        if (found.capturedView(1) != compiledFile)
            continue;
        int line = found.capturedView(2).toInt();
        if (line >= 1 && line <= request.sourceLines.size())
            line = request.sourceLines.at(line - 1);
        diagnostics.append({request.sourceName, line, found.capturedView(3).toInt(), severityOf(found.capturedView(4)),
                            found.captured(5)});
    }
    return diagnostics;
}

void ProgramCompiler::compile(const Request &request)
{
    m_request = request;
    const QString compiler = findCompiler();
    if (compiler.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed({{m_request.sourceName, 0, 0, Diagnostic::Severity::Error,
                            QStringLiteral("no C++ compiler found on PATH (looked for $CXX, clang++ and g++)")}},
                          {});
        });
        return;
    }
    const QStringList flags = compileFlags(request.forDebugging);
    m_buildDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/programs/")
        + compilerCacheKey(compiler, flags, request.source.toUtf8());
    const QString executable = QDir(m_buildDirectory).filePath(executableName);
    if (QFileInfo(executable).isExecutable()) {
        qCDebug(lcRun) << "reusing" << executable;
        QTimer::singleShot(0, this, [this, executable] { Q_EMIT finished(executable, true); });
        return;
    }

    QDir().mkpath(m_buildDirectory);
    QSaveFile sourceFile(QDir(m_buildDirectory).filePath(sourceFileName));
    if (!sourceFile.open(QIODevice::WriteOnly) || sourceFile.write(request.source.toUtf8()) < 0
        || !sourceFile.commit()) {
        const QString reason = sourceFile.errorString();
        QTimer::singleShot(0, this, [this, reason] {
            Q_EMIT failed({{m_request.sourceName, 0, 0, Diagnostic::Severity::Error,
                            QStringLiteral("cannot write the program to the cache: %1").arg(reason)}},
                          {});
        });
        return;
    }

    m_compiler = compiler;
    const PrecompiledHeader header(compiler, flags);
    if (!header.isBuilt()) {
        qCDebug(lcRun) << "precompiling the standard headers in" << header.directory();
        m_headerSteps = header.prepareBuild();
        m_headerStepCount = int(m_headerSteps.size());
        m_buildingHeader = true;
        Q_EMIT stageStarted(Stage::PrecompilingHeaders, 1, m_headerStepCount);
        m_runner->start(compilerRun(compiler, m_headerSteps.takeFirst(), header.directory()));
        return;
    }
    compileProgram();
}

void ProgramCompiler::headerStepFinished(const RunResult &result)
{
    const PrecompiledHeader header(m_compiler, compileFlags(m_request.forDebugging));
    if (result.ending == RunResult::Ending::Stopped) {
        m_buildingHeader = false;
        Q_EMIT failed(
            {{m_request.sourceName, 0, 0, Diagnostic::Severity::Error, QStringLiteral("compiling was cancelled")}}, {});
        return;
    }
    if (result.succeeded() && !m_headerSteps.isEmpty()) {
        Q_EMIT stageStarted(Stage::PrecompilingHeaders, m_headerStepCount - int(m_headerSteps.size()) + 1,
                            m_headerStepCount);
        m_runner->start(compilerRun(m_compiler, m_headerSteps.takeFirst(), header.directory()));
        return;
    }
    m_buildingHeader = false;
    // Without a usable precompiled header the program still compiles, only slower.
    if (!result.succeeded() || !header.finishBuild())
        qCWarning(lcRun) << "could not precompile the standard headers:" << result.standardError.left(2000);
    compileProgram();
}

void ProgramCompiler::compileProgram()
{
    const PrecompiledHeader header(m_compiler, compileFlags(m_request.forDebugging));
    QStringList arguments = compileFlags(m_request.forDebugging);
    if (header.isBuilt())
        arguments += header.useArguments();
    // An absolute source path makes the compiler name it that way in
    // diagnostics, which is how they are matched to the program.
    arguments += QStringList {QDir(m_buildDirectory).filePath(sourceFileName), QStringLiteral("-o"),
                              QDir(m_buildDirectory).filePath(executableName + QLatin1String(".part"))};
    qCDebug(lcRun) << "compiling" << m_request.sourceName << "in" << m_buildDirectory;
    Q_EMIT stageStarted(Stage::Compiling, 1, 1);
    m_runner->start(compilerRun(m_compiler, arguments, m_buildDirectory));
}

void ProgramCompiler::programCompiled(const RunResult &result)
{
    const QString output = QString::fromUtf8(result.standardError + result.standardOutput);
    const QString executable = QDir(m_buildDirectory).filePath(executableName);
    if (result.succeeded() && QFile::rename(executable + QLatin1String(".part"), executable)) {
        Q_EMIT finished(executable, false);
        return;
    }
    Diagnostics diagnostics = parseDiagnostics(output, QDir(m_buildDirectory).filePath(sourceFileName), m_request);
    if (result.ending != RunResult::Ending::Exited || diagnostics.isEmpty()) {
        diagnostics.append({m_request.sourceName, 0, 0, Diagnostic::Severity::Error,
                            result.ending == RunResult::Ending::Stopped
                                ? QStringLiteral("compiling was cancelled")
                                : QStringLiteral("the compiler failed: %1").arg(result.describeEnding())});
    }
    Q_EMIT failed(diagnostics, output);
}

void ProgramCompiler::cancel()
{
    m_runner->stop();
}

bool ProgramCompiler::isCompiling() const
{
    return m_runner->isRunning();
}

} // namespace Duet

#include "ProgramCompiler.h"

#include "CompilerCacheKey.h"
#include "ProcessRunner.h"
#include "ProgramCache.h"
#include "RunLogging.h"
#include "core/run/ProgramFlags.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace Duet
{

namespace
{

/// Toolchain identities probed so far in this process, by compiler.
QHash<QString, QByteArray> &knownToolchains()
{
    static QHash<QString, QByteArray> toolchains;
    return toolchains;
}

bool saysDiskIsFull(const QString &output)
{
    return output.contains(QLatin1String("No space left on device"));
}

} // namespace

ProgramCompiler::ProgramCompiler(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
{
    qRegisterMetaType<CompileFailure>();
    connect(m_runner, &ProcessRunner::finished, this, &ProgramCompiler::stepFinished);
}

ProgramCompiler::~ProgramCompiler()
{
    if (!m_buildFolder.isEmpty())
        ProgramCache().discard(m_buildFolder);
}

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
    QStringList flags;
    for (const std::string_view flag : programFlags) {
        const QString text = QString::fromLatin1(flag);
        if (forDebugging && text.startsWith(QLatin1String("-O")))
            flags += {QStringLiteral("-O0"), QStringLiteral("-g")};
        else
            flags += text;
    }
    // Plain text: the messages are read, linked and shown by Duet.
    flags += QStringLiteral("-fdiagnostics-color=never");
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
        diagnostics.append({request.sourceName, line, found.capturedView(3).toInt(),
                            Diagnostic::severityNamed(found.capturedView(4)), found.captured(5)});
    }
    return diagnostics;
}

QByteArray ProgramCompiler::knownToolchain(const QString &compiler)
{
    return knownToolchains().value(compiler);
}

bool ProgramCompiler::isCompiling() const
{
    return m_step != Step::Idle;
}

void ProgramCompiler::cancel()
{
    m_runner->stop();
}

void ProgramCompiler::compile(const Request &request)
{
    Q_ASSERT(m_step == Step::Idle);
    m_request = request;
    m_rebuiltHeader = false;
    m_header.reset();
    m_compiler = findCompiler();
    if (m_compiler.isEmpty()) {
        failSoon(CompileFailure::Reason::NoCompiler,
                 QStringLiteral("no C++ compiler found on PATH (looked for $CXX, clang++ and g++)"));
        return;
    }
    const auto known = knownToolchains().constFind(m_compiler);
    if (known != knownToolchains().cend()) {
        m_toolchain = *known;
        toolchainKnown();
        return;
    }
    // Once per compiler and process: what version it is and which standard
    // library it uses, so that an upgrade of either is a new cache key.
    m_step = Step::Toolchain;
    startTool(Toolchain::probeArguments(m_compiler), QDir::tempPath(), QStringLiteral("/bin/sh"));
}

void ProgramCompiler::startTool(const QStringList &arguments, const QString &directory, const QString &program)
{
    // A compiler needs more room than a lesson program, and more time. It is
    // Duet's own tool and runs outside the sandbox, under the supervisor.
    ProcessRunner::Request run;
    run.program = program.isEmpty() ? m_compiler : program;
    run.arguments = arguments;
    run.workingDirectory = directory;
    run.sandboxed = false;
    run.limits.wallMilliseconds = 300'000;
    run.limits.cpuSeconds = 300;
    run.limits.addressSpaceBytes = qint64(8) << 30;
    run.limits.fileSizeBytes = qint64(2) << 30;
    run.limits.outputBytesPerStream = qint64(4) << 20;
    m_runner->start(run);
}

void ProgramCompiler::stepFinished(const RunResult &result)
{
    if (result.ending == RunResult::Ending::Stopped) {
        fail(CompileFailure::Reason::Cancelled, QStringLiteral("compiling was cancelled"));
        return;
    }
    switch (m_step) {
    case Step::Toolchain:
        if (!result.succeeded())
            qCWarning(lcRun) << "could not ask" << m_compiler << "about its version:" << result.describeEnding();
        m_toolchain = Toolchain::identity(m_compiler, result.standardOutput);
        knownToolchains().insert(m_compiler, m_toolchain);
        toolchainKnown();
        return;
    case Step::Header:
        headerStepFinished(result);
        return;
    case Step::Program:
        programCompiled(result);
        return;
    case Step::Idle:
        return;
    }
}

void ProgramCompiler::toolchainKnown()
{
    m_key = compilerCacheKey(m_toolchain, compileFlags(m_request.forDebugging), m_request.source.toUtf8());
    const QString executable = ProgramCache().verifiedExecutable(m_key);
    if (!executable.isEmpty()) {
        qCDebug(lcRun) << "reusing" << executable;
        m_step = Step::Idle;
        QTimer::singleShot(0, this, [this, executable] { Q_EMIT finished(executable, true); });
        return;
    }
    const PrecompiledHeader &header = m_header.emplace(m_compiler, m_toolchain, compileFlags(m_request.forDebugging));
    if (header.isUsable())
        compileProgram();
    else
        buildHeader();
}

void ProgramCompiler::buildHeader()
{
    if (!m_header) {
        compileProgram();
        return;
    }
    qCDebug(lcRun) << "precompiling the standard headers in" << m_header->directory();
    m_header->discard();
    m_headerSteps = m_header->prepareBuild();
    m_headerStepCount = int(m_headerSteps.size());
    m_step = Step::Header;
    Q_EMIT stageStarted(Stage::PrecompilingHeaders, 1, m_headerStepCount);
    startTool(m_headerSteps.takeFirst(), m_header->directory());
}

void ProgramCompiler::headerStepFinished(const RunResult &result)
{
    if (!m_header) {
        compileProgram();
        return;
    }
    if (result.succeeded() && !m_headerSteps.isEmpty()) {
        Q_EMIT stageStarted(Stage::PrecompilingHeaders, m_headerStepCount - int(m_headerSteps.size()) + 1,
                            m_headerStepCount);
        startTool(m_headerSteps.takeFirst(), m_header->directory());
        return;
    }
    // Without a usable precompiled header the program still compiles, only slower.
    if (!result.succeeded() || !m_header->finishBuild()) {
        qCWarning(lcRun) << "could not precompile the standard headers:" << result.describeEnding()
                         << result.standardError.left(2000);
        m_header->discard();
    }
    compileProgram();
}

void ProgramCompiler::compileProgram()
{
    const ProgramCache cache;
    const auto folder = cache.makeBuildFolder(m_key);
    if (!folder) {
        fail(CompileFailure::Reason::CacheUnwritable, folder.error());
        return;
    }
    m_buildFolder = *folder;
    const QDir build(m_buildFolder);
    QFile source(build.filePath(ProgramCache::sourceFileName));
    const QByteArray text = m_request.source.toUtf8();
    if (!source.open(QIODevice::WriteOnly) || source.write(text) != text.size() || !source.flush()) {
        fail(CompileFailure::Reason::CacheUnwritable,
             QStringLiteral("cannot write the program to the build cache: %1").arg(source.errorString()));
        return;
    }
    source.close();
    QStringList arguments = compileFlags(m_request.forDebugging);
    if (m_header && m_header->isUsable())
        arguments += m_header->useArguments();
    // An absolute source path makes the compiler name it that way in
    // diagnostics, which is how they are matched to the program.
    arguments += QStringList {source.fileName(), QStringLiteral("-o"), build.filePath(ProgramCache::executableName)};
    qCDebug(lcRun) << "compiling" << m_request.sourceName << "in" << m_buildFolder;
    m_step = Step::Program;
    Q_EMIT stageStarted(Stage::Compiling, 1, 1);
    startTool(arguments, m_buildFolder);
}

void ProgramCompiler::programCompiled(const RunResult &result)
{
    const QString output = QString::fromUtf8(result.standardError + result.standardOutput);
    const ProgramCache cache;
    if (!result.succeeded() && !m_rebuiltHeader && m_header && PrecompiledHeader::reportsProblem(output)) {
        qCWarning(lcRun) << "the compiler blamed the precompiled header; building it again";
        cache.discard(m_buildFolder);
        m_buildFolder.clear();
        m_rebuiltHeader = true;
        buildHeader();
        return;
    }
    if (result.succeeded()) {
        // g++ compiles on without a precompiled header it finds invalid, and
        // says so: the next compile builds it again.
        if (m_header && PrecompiledHeader::reportsProblem(output))
            m_header->discard();
        const auto installed = cache.install(m_buildFolder, m_key);
        if (!installed) {
            fail(CompileFailure::Reason::CacheUnwritable, installed.error(), output);
            return;
        }
        m_buildFolder.clear();
        m_step = Step::Idle;
        cache.trim(Settings().value(Setting::cacheProgramsBytes));
        Q_EMIT finished(*installed, false);
        return;
    }
    const QString compiledFile = QDir(m_buildFolder).filePath(ProgramCache::sourceFileName);
    const Diagnostics diagnostics = parseDiagnostics(output, compiledFile, m_request);
    if (saysDiskIsFull(output))
        fail(CompileFailure::Reason::CacheUnwritable,
             QStringLiteral("the build cache has no room left (No space left on device)"), output, diagnostics);
    else
        fail(CompileFailure::Reason::Failed, QStringLiteral("the compiler failed: %1").arg(result.describeEnding()),
             output, diagnostics);
}

void ProgramCompiler::fail(CompileFailure::Reason reason, const QString &message, const QString &output,
                           const Diagnostics &diagnostics)
{
    CompileFailure failure;
    failure.reason = reason;
    failure.message = message;
    failure.output = output;
    failure.diagnostics = diagnostics;
    failure.sourceName = m_request.sourceName;
    if (!m_buildFolder.isEmpty()) {
        failure.compiledFile = QDir(m_buildFolder).filePath(ProgramCache::sourceFileName);
        ProgramCache().discard(m_buildFolder);
        m_buildFolder.clear();
    }
    m_step = Step::Idle;
    Q_EMIT failed(failure);
}

void ProgramCompiler::failSoon(CompileFailure::Reason reason, const QString &message)
{
    QTimer::singleShot(0, this, [this, reason, message] { fail(reason, message); });
}

} // namespace Duet
